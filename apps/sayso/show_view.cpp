// The terminal view of `sayso show` (show_view.hpp).
#include "show_view.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "sayso/utf8.hpp"

namespace sayso::cli {
namespace {

// SGR codes for speakers by order of appearance: bold, then the six basic
// colours and their bright forms, readable on dark and light backgrounds.
constexpr const char* kSpeakerStyles[] = {"1;34", "1;32", "1;35", "1;33", "1;36", "1;31",
                                          "1;94", "1;92", "1;95", "1;93", "1;96", "1;91"};
constexpr const char* kUnattributedStyle = "2";
constexpr const char* kDetailStyle = "2";
constexpr const char* kCueStyle = "4";
constexpr const char* kHeadingStyle = "1";

// The order entity types are listed in; others follow alphabetically.
constexpr const char* kTypeOrder[] = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"};

struct Word {
  std::string text;
  const char* style = nullptr;  // an SGR code, or nullptr for plain
};

std::size_t columns(std::string_view s) { return sayso::count_code_points(s); }

void append_words(std::string_view text, const char* style, std::vector<Word>& words) {
  const std::string clean = printable(text);
  std::size_t i = 0;
  while (i < clean.size()) {
    while (i < clean.size() && clean[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < clean.size() && clean[i] != ' ') ++i;
    if (i > start) words.push_back({clean.substr(start, i - start), style});
  }
}

void styled(std::string_view text, const char* style, bool colour, std::string& out) {
  if (colour && style) {
    out += "\x1b[";
    out += style;
    out += 'm';
    out += text;
    out += "\x1b[0m";
  } else {
    out += text;
  }
}

// Writes the words on lines of at most `width` columns: the first line
// starts after `indent` spaces, the next ones after `hanging` spaces. A word
// wider than a line gets a line of its own.
void wrap(const std::vector<Word>& words, std::size_t indent, std::size_t hanging, std::size_t width,
          bool colour, std::string& out) {
  out.append(indent, ' ');
  std::size_t column = indent;
  bool line_empty = true;
  for (const Word& word : words) {
    std::string_view text = word.text;
    if (!line_empty && column + 1 + columns(text) > width) {
      out += '\n';
      out.append(hanging, ' ');
      column = hanging;
      line_empty = true;
      while (!text.empty() && text.front() == ' ') text.remove_prefix(1);  // no gap at a line's start
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    styled(text, word.style, colour, out);
    column += columns(text);
    line_empty = false;
  }
  out += '\n';
}

std::string format_confidence(double confidence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
  return buffer;
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// How deep a quote sits in others (nested_in links), at most 8 levels.
std::size_t nesting_depth(const std::unordered_map<std::string, const QuoteView*>& by_id, const QuoteView& quote) {
  std::size_t depth = 0;
  const QuoteView* q = &quote;
  while (!q->nested_in.empty() && depth < 8) {
    ++depth;
    const auto it = by_id.find(q->nested_in);
    if (it == by_id.end()) break;
    q = it->second;
  }
  return depth;
}

void append_quotes(const RecordView& record, const ShowOptions& options, std::string& out) {
  const SpeakerOrder speakers(record);
  const std::size_t width = std::max<std::size_t>(options.width, 20);
  std::unordered_map<std::string, const QuoteView*> by_id;
  for (const QuoteView& q : record.quotes) by_id.emplace(q.id, &q);
  for (const QuoteView& q : record.quotes) {
    const std::size_t depth = nesting_depth(by_id, q);
    const std::size_t speaker = speakers.index_of(q);
    const char* speaker_style = speaker == SpeakerOrder::npos
                                    ? kUnattributedStyle
                                    : kSpeakerStyles[speaker % (sizeof kSpeakerStyles / sizeof *kSpeakerStyles)];
    std::vector<Word> words;
    if (depth > 0) words.push_back({"\u21B3", nullptr});
    append_words(q.speaker.empty() ? std::string_view("?") : std::string_view(q.speaker), speaker_style, words);
    words.push_back({"\u25B8", speaker_style});
    append_words(q.span.text, nullptr, words);
    std::vector<Word> details;
    std::string detail = "(" + q.kind;
    if (!q.sieve.empty()) detail += ", " + q.sieve;
    if (!q.speaker.empty()) detail += ", " + format_confidence(q.confidence);
    if (q.cue.present) {
      detail += ", cue:";
      append_words(detail, kDetailStyle, details);
      append_words(q.cue.text, kCueStyle, details);
      details.back().text += ")";
    } else {
      detail += ")";
      append_words(detail, kDetailStyle, details);
    }
    // Two spaces between the quote and its details, as in the summary line.
    if (!details.empty()) details.front().text.insert(0, " ");
    words.insert(words.end(), details.begin(), details.end());
    const std::size_t indent = 2 * depth;
    wrap(words, indent, indent + 4, width, options.colour, out);
  }
}

void append_entities(const RecordView& record, const ShowOptions& options, std::string& out) {
  if (record.entities.empty()) return;
  std::map<std::string, std::vector<const EntityView*>> by_type;
  for (const EntityView& e : record.entities) by_type[e.type].push_back(&e);
  std::vector<std::string> types;
  for (const char* t : kTypeOrder)
    if (by_type.count(t)) types.push_back(t);
  for (const auto& [type, list] : by_type)
    if (std::find(types.begin(), types.end(), type) == types.end()) types.push_back(type);
  std::size_t type_width = 0;
  for (const std::string& t : types) type_width = std::max(type_width, columns(t));
  out += '\n';
  styled("Entities", kHeadingStyle, options.colour, out);
  out += '\n';
  const std::size_t width = std::max<std::size_t>(options.width, 20);
  for (const std::string& type : types) {
    std::vector<const EntityView*> list = by_type[type];
    std::stable_sort(list.begin(), list.end(), [](const EntityView* a, const EntityView* b) {
      return a->mentions.size() > b->mentions.size();
    });
    std::vector<Word> words;
    std::string label = printable(type);
    label.append(type_width - columns(label) + 1, ' ');
    words.push_back({label, kHeadingStyle});
    for (std::size_t i = 0; i < list.size(); ++i) {
      const EntityView& e = *list[i];
      append_words(e.name, nullptr, words);
      std::string count = "\u00D7" + std::to_string(e.mentions.size());
      if (!e.kb_id.empty()) count += " [" + printable(e.kb_source) + ":" + printable(e.kb_id) + "]";
      if (i + 1 < list.size()) count += ",";
      append_words(count, kDetailStyle, words);
    }
    wrap(words, 2, 4 + type_width, width, options.colour, out);
  }
}

}  // namespace

void append_show(const RecordView& record, const ShowOptions& options, std::string& out) {
  styled("== " + printable(record.id) + " ==", kHeadingStyle, options.colour, out);
  out += '\n';
  if (record.failed()) {
    out += "error (" + printable(record.error_code) + "): " + printable(record.error) + "\n";
    return;
  }
  std::size_t direct = 0, mixed = 0, indirect = 0, unattributed = 0;
  for (const QuoteView& q : record.quotes) {
    if (q.kind == "direct") ++direct;
    else if (q.kind == "mixed") ++mixed;
    else if (q.kind == "indirect") ++indirect;
    if (q.speaker.empty()) ++unattributed;
  }
  const SpeakerOrder speakers(record);
  std::string summary = plural(record.quotes.size(), "quote");
  if (!record.quotes.empty()) {
    summary += " (" + std::to_string(direct) + " direct, " + std::to_string(mixed) + " mixed, " +
               std::to_string(indirect) + " indirect";
    if (unattributed) summary += ", " + std::to_string(unattributed) + " unattributed";
    summary += ")";
  }
  summary += ", " + plural(speakers.keys.size(), "speaker") + ", " + std::to_string(record.entities.size()) +
             (record.entities.size() == 1 ? " entity" : " entities");
  std::vector<Word> summary_words;
  append_words(summary, kDetailStyle, summary_words);
  wrap(summary_words, 0, 4, std::max<std::size_t>(options.width, 20), options.colour, out);
  out += '\n';
  append_quotes(record, options, out);
  append_entities(record, options, out);
}

namespace {

class ShowSink : public DocumentSink {
 public:
  ShowSink(std::ostream& out, const ShowOptions& options) : out_(out), options_(options) {}

  void add(const Document& document) override { write(record_of(document)); }
  void add_error(std::string_view id, std::string_view message, std::string_view error_code) override {
    write(error_record_of(id, message, error_code));
  }
  bool finish() override {
    out_.flush();
    return static_cast<bool>(out_);
  }
  std::string error() const override { return "writing the view failed"; }

 private:
  void write(const RecordView& record) {
    std::string text;
    if (documents_++ > 0) text += '\n';
    append_show(record, options_, text);
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  }

  std::ostream& out_;
  ShowOptions options_;
  std::size_t documents_ = 0;
};

}  // namespace

std::unique_ptr<DocumentSink> make_show_sink(std::ostream& out, const ShowOptions& options) {
  return std::make_unique<ShowSink>(out, options);
}

}  // namespace sayso::cli
