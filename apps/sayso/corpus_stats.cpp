// The figures of `sayso stats` (corpus_stats.hpp).
#include "corpus_stats.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "html_view.hpp"
#include "sayso/utf8.hpp"

namespace sayso::cli {
namespace {

constexpr std::size_t kErrorExamples = 10;
constexpr const char* kTypeOrder[] = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"};

double share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

std::string percent(std::size_t part, std::size_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", 100.0 * share(part, whole));
  return buffer;
}

// A share rounded to 4 decimals, written in the C locale.
double rounded(double value) { return static_cast<double>(static_cast<long long>(value * 10000.0 + 0.5)) / 10000.0; }

std::size_t columns(std::string_view s) { return sayso::count_code_points(s); }

// `s` printable, cut to at most `width` columns (with an ellipsis) and padded.
std::string cell(std::string_view s, std::size_t width, bool right = false) {
  std::string text = printable(s);
  if (columns(text) > width) {
    std::size_t i = 0, n = 0;
    while (i < text.size() && n + 1 < width) {
      const std::size_t length = sayso::utf8_sequence_length(text, i);
      i += length == 0 ? 1 : length;
      ++n;
    }
    text = text.substr(0, i) + "\u2026";
  }
  const std::size_t pad = width - std::min(width, columns(text));
  return right ? std::string(pad, ' ') + text : text + std::string(pad, ' ');
}

std::string number(std::size_t n) { return std::to_string(n); }

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

}  // namespace

void CorpusStats::add(const RecordView& record) {
  const std::size_t document = documents_++;
  if (record.failed()) {
    ++failed_;
    ++errors_[record.error_code];
    if (error_examples_.size() < kErrorExamples) error_examples_.emplace_back(record.id, record.error);
    return;
  }
  std::unordered_map<std::string_view, const EntityView*> entity_by_id;
  for (const EntityView& e : record.entities) entity_by_id.emplace(e.id, &e);
  for (const QuoteView& q : record.quotes) {
    ++quotes_;
    if (q.kind == "direct") ++direct_;
    else if (q.kind == "mixed") ++mixed_;
    else if (q.kind == "indirect") ++indirect_;
    if (q.speaker.empty()) continue;
    ++attributed_;
    ++sieves_[q.sieve.empty() ? std::string("(none)") : q.sieve];
    const auto found = entity_by_id.find(q.speaker_entity);
    const EntityView* e = found == entity_by_id.end() ? nullptr : found->second;
    const std::string type = e ? e->type : std::string();
    if (type == "PERSON") {
      if (e->gender == "female") ++female_;
      else if (e->gender == "male") ++male_;
      else ++unknown_gender_;
    } else {
      ++not_a_person_;
    }
    const std::string kb = e && !e->kb_id.empty() ? e->kb_source + ":" + e->kb_id : std::string();
    const std::string key = kb.empty() ? "name\t" + type + "\t" + q.speaker : "kb\t" + kb;
    auto [it, inserted] = speakers_.try_emplace(key);
    Speaker& s = it->second;
    if (inserted) {
      s.name = q.speaker;
      s.type = type.empty() ? std::string("group") : type;
      s.kb = kb;
      s.first_seen = speakers_.size();
    }
    if (e && s.gender.empty() && type == "PERSON") s.gender = e->gender;
    if (s.gender == "unknown" && e && e->gender != "unknown" && !e->gender.empty()) s.gender = e->gender;
    ++s.quotes;
    if (s.last_document != document) {
      s.last_document = document;
      ++s.documents;
    }
  }
  for (const EntityView& e : record.entities) {
    const std::string kb = e.kb_id.empty() ? std::string() : e.kb_source + ":" + e.kb_id;
    const std::string key = e.type + "\t" + (kb.empty() ? "name\t" + e.name : "kb\t" + kb);
    auto [it, inserted] = entities_.try_emplace(key);
    EntityCount& c = it->second;
    if (inserted) {
      c.name = e.name;
      c.type = e.type;
      c.kb = kb;
      c.first_seen = entities_.size();
    }
    c.mentions += e.mentions.size();
    if (c.last_document != document) {
      c.last_document = document;
      ++c.documents;
    }
  }
}

std::vector<const CorpusStats::Speaker*> CorpusStats::top_speakers(std::size_t n) const {
  std::vector<const Speaker*> list;
  for (const auto& [key, s] : speakers_) list.push_back(&s);
  std::sort(list.begin(), list.end(), [](const Speaker* a, const Speaker* b) {
    if (a->quotes != b->quotes) return a->quotes > b->quotes;
    return a->first_seen < b->first_seen;
  });
  if (list.size() > n) list.resize(n);
  return list;
}

std::vector<std::string> CorpusStats::entity_types() const {
  std::vector<std::string> types;
  for (const char* t : kTypeOrder)
    for (const auto& [key, c] : entities_)
      if (c.type == t) {
        types.push_back(t);
        break;
      }
  for (const auto& [key, c] : entities_)
    if (std::find(types.begin(), types.end(), c.type) == types.end()) types.push_back(c.type);
  return types;
}

std::vector<const CorpusStats::EntityCount*> CorpusStats::top_entities(const std::string& type,
                                                                       std::size_t n) const {
  std::vector<const EntityCount*> list;
  for (const auto& [key, c] : entities_)
    if (c.type == type) list.push_back(&c);
  std::sort(list.begin(), list.end(), [](const EntityCount* a, const EntityCount* b) {
    if (a->mentions != b->mentions) return a->mentions > b->mentions;
    return a->first_seen < b->first_seen;
  });
  if (list.size() > n) list.resize(n);
  return list;
}

std::vector<std::pair<std::string, std::size_t>> CorpusStats::gender_rows() const {
  return {{"female", female_},
          {"male", male_},
          {"unknown", unknown_gender_},
          {"not a person", not_a_person_},
          {"unattributed", quotes_ - attributed_}};
}

void CorpusStats::append_report(const StatsOptions& options, std::string& out) const {
  switch (options.format) {
    case StatsFormat::table: append_table(options, out); break;
    case StatsFormat::json: append_json(options, out); break;
    case StatsFormat::csv: append_csv(options, out); break;
    case StatsFormat::html: append_html(options, out); break;
  }
}

void CorpusStats::append_table(const StatsOptions& options, std::string& out) const {
  const auto line = [&out](const std::string& s) {
    out += s;
    out += '\n';
  };
  line("Documents       " + cell(number(documents_), 8, true) +
       (failed_ ? "   (" + number(failed_) + " failed)" : std::string()));
  line("");
  line("Quotes                   count   share");
  line("  all             " + cell(number(quotes_), 10, true));
  line("  direct          " + cell(number(direct_), 10, true) + cell(percent(direct_, quotes_), 8, true));
  line("  mixed           " + cell(number(mixed_), 10, true) + cell(percent(mixed_, quotes_), 8, true));
  line("  indirect        " + cell(number(indirect_), 10, true) + cell(percent(indirect_, quotes_), 8, true));
  line("  attributed      " + cell(number(attributed_), 10, true) + cell(percent(attributed_, quotes_), 8, true));
  line("");
  line("Quotes by speaker gender   count   share");
  for (const auto& [label, count] : gender_rows())
    line("  " + cell(label, 16) + cell(number(count), 10, true) + cell(percent(count, quotes_), 8, true));
  const std::size_t people = female_ + male_ + unknown_gender_;
  line("  gender known for " + number(female_ + male_) + " of " + number(people) + " quotes by people (" +
       percent(female_ + male_, people) + ")");
  const auto speakers = top_speakers(options.top);
  if (!speakers.empty()) {
    std::size_t name_width = 7;
    for (const Speaker* s : speakers) name_width = std::max(name_width, std::min<std::size_t>(columns(s->name), 32));
    line("");
    line("Top speakers" + std::string(name_width > 10 ? name_width - 10 : 0, ' ') +
         "  quotes   docs  type    gender   kb");
    for (const Speaker* s : speakers)
      line("  " + cell(s->name, name_width) + cell(number(s->quotes), 8, true) + cell(number(s->documents), 7, true) +
           "  " + cell(s->type, 7) + " " + cell(or_dash(s->gender), 8) + " " + printable(or_dash(s->kb)));
  }
  const auto types = entity_types();
  if (!types.empty()) {
    std::size_t name_width = 21;
    for (const std::string& type : types)
      for (const EntityCount* c : top_entities(type, options.top))
        name_width = std::max(name_width, std::min<std::size_t>(columns(c->name), 32));
    line("");
    line("Most-mentioned entities" + std::string(name_width - 21, ' ') + "  mentions   docs  kb");
    for (const std::string& type : types) {
      line("  " + printable(type));
      for (const EntityCount* c : top_entities(type, options.top))
        line("    " + cell(c->name, name_width) + cell(number(c->mentions), 9, true) +
             cell(number(c->documents), 7, true) + "  " + printable(or_dash(c->kb)));
    }
  }
  if (!sieves_.empty()) {
    line("");
    line("Sieves                          quotes");
    std::vector<std::pair<std::string, std::size_t>> sieves(sieves_.begin(), sieves_.end());
    std::stable_sort(sieves.begin(), sieves.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [name, count] : sieves) line("  " + cell(name, 28) + cell(number(count), 8, true));
  }
  line("");
  if (errors_.empty()) {
    line("Errors: none");
  } else {
    line("Errors                          documents");
    for (const auto& [code, count] : errors_) line("  " + cell(code, 28) + cell(number(count), 8, true));
    for (const auto& [id, error] : error_examples_) line("  " + printable(id) + ": " + printable(error));
  }
}

void CorpusStats::append_json(const StatsOptions& options, std::string& out) const {
  using nlohmann::ordered_json;
  ordered_json j;
  j["documents"] = documents_;
  j["failed"] = failed_;
  j["quotes"] = {{"total", quotes_},          {"direct", direct_},     {"mixed", mixed_},
                 {"indirect", indirect_},     {"attributed", attributed_},
                 {"attributed_share", rounded(share(attributed_, quotes_))}};
  ordered_json gender = ordered_json::object();
  for (const auto& [label, count] : gender_rows()) gender[label] = count;
  gender["known_share_of_quotes_by_people"] = rounded(share(female_ + male_, female_ + male_ + unknown_gender_));
  j["quotes_by_gender"] = gender;
  ordered_json speakers = ordered_json::array();
  for (const Speaker* s : top_speakers(options.top))
    speakers.push_back({{"name", s->name},
                        {"type", s->type},
                        {"gender", s->gender.empty() ? ordered_json() : ordered_json(s->gender)},
                        {"kb", s->kb.empty() ? ordered_json() : ordered_json(s->kb)},
                        {"quotes", s->quotes},
                        {"documents", s->documents}});
  j["top_speakers"] = speakers;
  ordered_json entities = ordered_json::object();
  for (const std::string& type : entity_types()) {
    ordered_json list = ordered_json::array();
    for (const EntityCount* c : top_entities(type, options.top))
      list.push_back({{"name", c->name},
                      {"kb", c->kb.empty() ? ordered_json() : ordered_json(c->kb)},
                      {"mentions", c->mentions},
                      {"documents", c->documents}});
    entities[type] = list;
  }
  j["top_entities"] = entities;
  j["sieves"] = sieves_;
  j["errors"] = errors_;
  ordered_json examples = ordered_json::array();
  for (const auto& [id, error] : error_examples_) examples.push_back({{"id", id}, {"error", error}});
  j["error_examples"] = examples;
  out += j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
}

void CorpusStats::append_csv(const StatsOptions& options, std::string& out) const {
  if (options.byte_order_mark) out += kUtf8ByteOrderMark;
  out += "section,name,type,gender,kb,count,documents,share\n";
  const bool safe = options.csv.spreadsheet_safe;
  const auto row = [&](const char* section, std::string_view name, std::string_view type, std::string_view gender,
                       std::string_view kb, std::size_t count, const std::string& documents,
                       const std::string& share_text) {
    const std::string count_text = std::to_string(count);
    bool first = true;
    for (const std::string_view c : {std::string_view(section), name, type, gender, kb, std::string_view(count_text),
                                     std::string_view(documents), std::string_view(share_text)}) {
      if (!first) out.push_back(',');
      first = false;
      append_csv_cell(c, safe, out);
    }
    out.push_back('\n');
  };
  const auto fraction = [](std::size_t part, std::size_t whole) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", share(part, whole));
    return std::string(buffer);
  };
  row("documents", "all", "", "", "", documents_, "", "");
  row("documents", "failed", "", "", "", failed_, "", fraction(failed_, documents_));
  row("quotes", "all", "", "", "", quotes_, "", "");
  row("quotes", "direct", "", "", "", direct_, "", fraction(direct_, quotes_));
  row("quotes", "mixed", "", "", "", mixed_, "", fraction(mixed_, quotes_));
  row("quotes", "indirect", "", "", "", indirect_, "", fraction(indirect_, quotes_));
  row("quotes", "attributed", "", "", "", attributed_, "", fraction(attributed_, quotes_));
  for (const auto& [label, count] : gender_rows()) row("gender", label, "", "", "", count, "", fraction(count, quotes_));
  for (const Speaker* s : top_speakers(options.top))
    row("speaker", s->name, s->type, s->gender, s->kb, s->quotes, number(s->documents), fraction(s->quotes, quotes_));
  for (const std::string& type : entity_types())
    for (const EntityCount* c : top_entities(type, options.top))
      row("entity", c->name, c->type, "", c->kb, c->mentions, number(c->documents), "");
  for (const auto& [name, count] : sieves_) row("sieve", name, "", "", "", count, "", fraction(count, attributed_));
  for (const auto& [code, count] : errors_) row("error", code, "", "", "", count, "", fraction(count, documents_));
}

namespace {

std::string esc(std::string_view s) {
  std::string out;
  append_html_escaped(s, out);
  return out;
}

// A horizontal bar chart in inline SVG: one labelled bar per row.
std::string bar_chart(const std::string& title, const std::vector<std::pair<std::string, std::size_t>>& rows,
                      const char* colour) {
  std::size_t most = 1;
  for (const auto& r : rows) most = std::max(most, r.second);
  const int row_height = 26, label_width = 210, bar_width = 380;
  const int height = static_cast<int>(rows.size()) * row_height + 8;
  std::string svg = "<figure><svg class=\"chart\" role=\"img\" "
                    "aria-label=\"" + esc(title) + "\" width=\"" + std::to_string(label_width + bar_width + 60) +
                    "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(label_width + bar_width + 60) + " " + std::to_string(height) + "\">";
  int y = 4;
  for (const auto& [label, count] : rows) {
    const int w = static_cast<int>(static_cast<double>(bar_width) * static_cast<double>(count) / static_cast<double>(most));
    svg += "<text x=\"" + std::to_string(label_width - 8) + "\" y=\"" + std::to_string(y + 17) +
           "\" text-anchor=\"end\">" + esc(label.size() > 60 ? label.substr(0, 60) : label) + "</text>";
    svg += "<rect x=\"" + std::to_string(label_width) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
           std::to_string(std::max(w, count ? 2 : 0)) + "\" height=\"" + std::to_string(row_height - 8) +
           "\" rx=\"3\" fill=\"" + colour + "\"/>";
    svg += "<text x=\"" + std::to_string(label_width + w + 6) + "\" y=\"" + std::to_string(y + 17) + "\">" +
           std::to_string(count) + "</text>";
    y += row_height;
  }
  svg += "</svg></figure>\n";
  return svg;
}

std::string html_row(const std::vector<std::string>& cells) {
  std::string s = "<tr>";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const bool number = !cells[i].empty() && cells[i].find_first_not_of("0123456789.%") == std::string::npos;
    s += i == 0 ? "<th scope=\"row\">" : number ? "<td>" : "<td class=\"l\">";
    s += esc(cells[i]);
    s += i == 0 ? "</th>" : "</td>";
  }
  return s + "</tr>\n";
}

}  // namespace

void CorpusStats::append_html(const StatsOptions& options, std::string& out) const {
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" "
         "content=\"sayso\">\n<title>sayso stats</title>\n<style>\n"
         "body{margin:0 auto;max-width:60rem;padding:1.5rem 2rem;color:#1c232b;background:#fdfcf9;"
         "font:15px/1.5 system-ui,\"DejaVu Sans\",sans-serif}\n"
         "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:2px solid #dedad0}\n"
         "table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.2rem .8rem;border-bottom:1px solid "
         "#e8e5dd;text-align:left}td{text-align:right}td.l{text-align:left}\n"
         "figure{margin:1rem 0}\n"
         ".chart text{font:13px system-ui,\"DejaVu Sans\",sans-serif;fill:#1c232b}\n"
         ".cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#f2f0ea;border-radius:6px;padding:.6rem "
         "1rem}.card b{display:block;font-size:1.4rem}\n</style>\n</head>\n<body>\n<h1>sayso stats</h1>\n";
  out += "<div class=\"cards\"><div class=\"card\"><b>" + number(documents_) + "</b>documents</div>" +
         "<div class=\"card\"><b>" + number(quotes_) + "</b>quotes</div><div class=\"card\"><b>" +
         percent(attributed_, quotes_) + "</b>attributed</div><div class=\"card\"><b>" + number(failed_) +
         "</b>failed</div></div>\n";
  out += "<h2>Quotes</h2>\n<table><tr><th>kind</th><th>count</th><th>share</th></tr>\n";
  out += html_row({"direct", number(direct_), percent(direct_, quotes_)});
  out += html_row({"mixed", number(mixed_), percent(mixed_, quotes_)});
  out += html_row({"indirect", number(indirect_), percent(indirect_, quotes_)});
  out += html_row({"attributed", number(attributed_), percent(attributed_, quotes_)});
  out += "</table>\n<h2>Quotes by speaker gender</h2>\n";
  out += bar_chart("Quotes by speaker gender", gender_rows(), "#8e44ad");
  out += "<table><tr><th>gender</th><th>quotes</th><th>share</th></tr>\n";
  for (const auto& [label, count] : gender_rows()) out += html_row({label, number(count), percent(count, quotes_)});
  out += "</table>\n<h2>Top speakers</h2>\n";
  std::vector<std::pair<std::string, std::size_t>> speaker_rows;
  const auto speakers = top_speakers(options.top);
  for (const Speaker* s : speakers) speaker_rows.emplace_back(s->name, s->quotes);
  if (!speaker_rows.empty()) out += bar_chart("Top speakers by quotes", speaker_rows, "#1f77b4");
  out += "<table><tr><th>speaker</th><th>quotes</th><th>documents</th><th>type</th><th>gender</th><th>kb</th></tr>\n";
  for (const Speaker* s : speakers)
    out += html_row({s->name, number(s->quotes), number(s->documents), s->type, or_dash(s->gender), or_dash(s->kb)});
  out += "</table>\n<h2>Most-mentioned entities</h2>\n";
  for (const std::string& type : entity_types()) {
    out += "<table><tr><th>" + esc(type) + "</th><th>mentions</th><th>documents</th><th>kb</th></tr>\n";
    for (const EntityCount* c : top_entities(type, options.top))
      out += html_row({c->name, number(c->mentions), number(c->documents), or_dash(c->kb)});
    out += "</table>\n";
  }
  out += "<h2>Sieves</h2>\n<table><tr><th>sieve</th><th>quotes</th></tr>\n";
  for (const auto& [name, count] : sieves_) out += html_row({name, number(count)});
  out += "</table>\n<h2>Errors</h2>\n";
  if (errors_.empty()) out += "<p>none</p>\n";
  else {
    out += "<table><tr><th>error code</th><th>documents</th></tr>\n";
    for (const auto& [code, count] : errors_) out += html_row({code, number(count)});
    out += "</table>\n<ul>\n";
    for (const auto& [id, error] : error_examples_) out += "<li>" + esc(id) + ": " + esc(error) + "</li>\n";
    out += "</ul>\n";
  }
  out += "</body>\n</html>\n";
}

namespace {

class StatsSink : public DocumentSink {
 public:
  StatsSink(std::ostream& out, const StatsOptions& options) : out_(out), options_(options) {}
  void add(const Document& document) override { stats_.add(record_of(document)); }
  void add_error(std::string_view id, std::string_view message, std::string_view error_code) override {
    stats_.add(error_record_of(id, message, error_code));
  }
  bool finish() override {
    std::string report;
    stats_.append_report(options_, report);
    out_.write(report.data(), static_cast<std::streamsize>(report.size()));
    out_.flush();
    return static_cast<bool>(out_);
  }
  std::string error() const override { return "writing the report failed"; }

 private:
  std::ostream& out_;
  StatsOptions options_;
  CorpusStats stats_;
};

}  // namespace

std::unique_ptr<DocumentSink> make_stats_sink(std::ostream& out, const StatsOptions& options) {
  return std::make_unique<StatsSink>(out, options);
}

bool read_records(const std::vector<std::string>& inputs, const std::function<void(const RecordView&)>& use,
                  std::ostream& errors) {
  bool all_read = true;
  for (const std::string& input : inputs) {
    std::ifstream file;
    std::istream* in = &std::cin;
    const std::string name = input == "-" ? std::string("<stdin>") : input;
    if (input != "-") {
      file.open(input, std::ios::binary);
      if (!file) {
        errors << "sayso: cannot read '" << input << "'\n";
        all_read = false;
        continue;
      }
      in = &file;
    }
    std::size_t line_number = 0;
    for (std::string line; std::getline(*in, line);) {
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto record = parse_record(line, name + ":" + std::to_string(line_number));
      if (!record) {
        errors << "sayso: " << record.error().to_string() << "\n";
        all_read = false;
        RecordView failed;
        failed.id = name + ":" + std::to_string(line_number);
        failed.error = record.error().to_string();
        failed.error_code = "bad_record";
        use(failed);
        continue;
      }
      use(record.value());
    }
  }
  return all_read;
}

}  // namespace sayso::cli
