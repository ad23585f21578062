// The HTML page of `--format html` (html_view.hpp).
#include "html_view.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <queue>
#include <set>
#include <utility>
#include <vector>

#include "sayso/utf8.hpp"

namespace sayso::cli {
namespace {

struct Rgb {
  int r, g, b;
};

// Speaker colours by order of appearance in a document (after the 12th
// they repeat). Chosen to stay apart from each other and readable as a
// light tint behind black text.
constexpr Rgb kSpeakerColours[] = {{31, 119, 180}, {214, 39, 40},  {44, 160, 44},  {148, 103, 189},
                                   {255, 127, 14}, {23, 190, 207}, {227, 119, 194}, {140, 86, 75},
                                   {188, 189, 34}, {59, 91, 219},  {194, 37, 92},  {8, 127, 91}};
constexpr std::size_t kSpeakerColourCount = sizeof kSpeakerColours / sizeof *kSpeakerColours;

struct TypeColour {
  const char* type;
  const char* colour;
  const char* meaning;
};
constexpr TypeColour kEntityTypes[] = {
    {"PERSON", "#8e44ad", "person"},          {"ORG", "#d35400", "organisation"},
    {"GPE", "#16a085", "country, city, state"}, {"LOC", "#2e7d32", "place"},
    {"NORP", "#b7950b", "nationality, group"}, {"DATE", "#7f8c8d", "date"}};

std::string css() {
  std::string s = R"CSS(
:root{--fg:#1c232b;--muted:#5b6876;--paper:#fdfcf9;--side:#f2f0ea;--line:#dedad0}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:var(--paper);font:16px/1.55 system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif}
.layout{display:grid;grid-template-columns:17rem minmax(0,1fr);grid-template-areas:"index main";min-height:100vh}
main{grid-area:main;padding:1.5rem 2.5rem 4rem;max-width:56rem}
nav.index{grid-area:index;position:sticky;top:0;height:100vh;overflow:auto;background:var(--side);border-right:1px solid var(--line);padding:1rem .9rem;font-size:14px}
nav.index h2{font-size:15px;margin:.2rem 0 .5rem}
nav.index input{width:100%;padding:.3rem .45rem;border:1px solid var(--line);border-radius:4px;font:inherit;margin-bottom:.5rem}
nav.index ol{list-style:none;margin:0;padding:0}
nav.index li{margin:0;padding:.15rem 0;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
nav.index a{color:var(--fg);text-decoration:none}
nav.index a:hover{text-decoration:underline}
nav.index .n,nav.index .c{color:var(--muted);font-size:12px}
nav.index .failed a{color:#b3261e}
.totals{color:var(--muted);margin:0 0 .6rem}
header.page h1{font-size:1.5rem;margin:0 0 .3rem}
header.page p{margin:.2rem 0;color:var(--muted);font-size:14px}
.key{display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;font-size:13px;color:var(--muted);margin:.5rem 0 1.5rem;padding:0;list-style:none}
section.doc{border-top:2px solid var(--line);padding-top:1rem;margin-top:1.5rem}
section.doc h2{font-size:1.2rem;margin:0 0 .2rem;overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:14px;margin:0 0 .6rem}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem .6rem;padding:0;margin:0 0 1rem;font-size:14px}
.legend li{display:inline-flex;align-items:center;gap:.35rem;padding:.1rem .55rem .1rem .4rem;border-radius:999px;background:var(--h);border:1px solid var(--c)}
.legend .count{font-weight:600;color:var(--c);filter:brightness(.75)}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;background:var(--c)}
.text{white-space:pre-wrap;overflow-wrap:break-word;font:17px/1.75 Georgia,"DejaVu Serif",serif;max-width:44rem}
.error-text{color:#b3261e;font-family:ui-monospace,"DejaVu Sans Mono",monospace;white-space:pre-wrap}
mark{color:inherit;background:none}
.q{position:relative;border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.q.direct{background:var(--h)}
.q.mixed{background:var(--h);outline:1.5px solid var(--c);outline-offset:0}
.q.indirect{background:var(--l);border-bottom:2px dashed var(--c)}
.q:focus{outline:2px solid var(--c);outline-offset:2px}
.q[data-tip]:hover:not(:has(.q:hover))::after,.q[data-tip]:focus::after,.q[data-tip]:target::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:10;white-space:pre;background:#1c232b;color:#fff;font:13px/1.45 system-ui,sans-serif;padding:.4rem .6rem;border-radius:5px;box-shadow:0 3px 10px rgba(0,0,0,.25);pointer-events:none}
u.spk{text-decoration:underline 3px var(--c);text-underline-offset:3px;font-weight:600}
u.cue{text-decoration:underline 2px double var(--c);text-underline-offset:3px}
.ent{border-bottom:2px dotted var(--t)}
.key .kind{padding:0 .35rem;border-radius:3px;color:var(--fg)}
.s-none{--c:#8a8f96;--h:rgba(138,143,150,.2);--l:rgba(138,143,150,.08)}
@media (max-width:800px){.layout{grid-template-columns:1fr;grid-template-areas:"main" "index"}nav.index{position:static;height:auto}main{padding:1rem}}
)CSS";
  char buffer[160];
  for (std::size_t i = 0; i < kSpeakerColourCount; ++i) {
    const Rgb& c = kSpeakerColours[i];
    std::snprintf(buffer, sizeof buffer, ".s%zu{--c:rgb(%d,%d,%d);--h:rgba(%d,%d,%d,.2);--l:rgba(%d,%d,%d,.09)}\n",
                  i, c.r, c.g, c.b, c.r, c.g, c.b, c.r, c.g, c.b);
    s += buffer;
  }
  s += ".ent{--t:#555}\n";  // before the types, which override it
  for (const TypeColour& t : kEntityTypes) s += std::string(".ent.t-") + t.type + "{--t:" + t.colour + "}\n";
  return s;
}

// The filter box of the index: hides the entries that do not match.
constexpr const char* kScript =
    "(function(){var f=document.getElementById('filter');if(!f)return;"
    "f.addEventListener('input',function(){var v=f.value.toLowerCase();"
    "document.querySelectorAll('nav.index li').forEach(function(li){"
    "li.hidden=v!==''&&li.textContent.toLowerCase().indexOf(v)<0;});});})();";

std::string speaker_class(std::size_t speaker) {
  return speaker == SpeakerOrder::npos ? "s-none" : "s" + std::to_string(speaker % kSpeakerColourCount);
}

std::string escaped(std::string_view text) {
  std::string out;
  append_html_escaped(text, out);
  return out;
}

std::string type_class(std::string_view type) {
  for (const TypeColour& t : kEntityTypes)
    if (type == t.type) return std::string("t-") + t.type;
  return "t-other";
}

std::string format_confidence(double confidence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
  return buffer;
}

// An element to wrap around a span of the text. Lower layers sit outside
// higher ones when spans are equal or cross: quotes (0), entity mentions
// (1), speaker mentions and cues (2).
struct Mark {
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  int layer = 0;
  std::string open;           // the first fragment's opening tag
  std::string open_continued; // the opening tag of a later fragment
  const char* close = "";
};

// Writes the text with the marks as properly nested elements. Marks open in
// order of start (longer first, then lower layer). When a mark would cross
// the end of an element already open, the one of the higher layer is split:
// an open element of a higher layer is closed and reopened inside the new
// one as a continued fragment; a new mark that would cross an element of
// its own or a lower layer is cut at that element's end and its rest opens
// there. So a quote is one element unless it crosses another quote.
void append_marked_text(std::string_view text, std::vector<Mark> marks, std::string& out) {
  const auto later = [&marks](std::size_t a, std::size_t b) {  // priority_queue: the top opens first
    if (marks[a].begin != marks[b].begin) return marks[a].begin > marks[b].begin;
    if (marks[a].end != marks[b].end) return marks[a].end < marks[b].end;
    if (marks[a].layer != marks[b].layer) return marks[a].layer > marks[b].layer;
    return a > b;
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> pending(later);
  std::vector<std::size_t> boundaries{0, text.size()};
  for (std::size_t i = 0; i < marks.size(); ++i) {
    marks[i].end = std::min(marks[i].end, text.size());
    if (marks[i].begin >= marks[i].end) continue;
    pending.push(i);
    boundaries.push_back(marks[i].begin);
    boundaries.push_back(marks[i].end);
  }
  std::sort(boundaries.begin(), boundaries.end());
  boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

  std::vector<std::size_t> open;  // indexes into marks; ends never increase towards the top
  std::size_t position = 0;
  for (const std::size_t boundary : boundaries) {
    if (boundary > text.size()) break;
    append_html_escaped(text.substr(position, boundary - position), out);
    position = boundary;
    while (!open.empty() && marks[open.back()].end <= boundary) {
      out += marks[open.back()].close;
      open.pop_back();
    }
    while (!pending.empty() && marks[pending.top()].begin <= boundary) {
      const std::size_t m = pending.top();
      pending.pop();
      std::vector<std::size_t> reopen;
      while (!open.empty() && marks[open.back()].end < marks[m].end) {
        const std::size_t top = open.back();
        if (marks[top].layer <= marks[m].layer) {
          Mark rest = marks[m];
          rest.begin = marks[top].end;
          rest.open = rest.open_continued;
          marks[m].end = marks[top].end;
          marks.push_back(std::move(rest));
          pending.push(marks.size() - 1);
          break;
        }
        out += marks[top].close;
        reopen.push_back(top);
        open.pop_back();
      }
      out += marks[m].open;
      open.push_back(m);
      for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
        out += marks[*it].open_continued;
        open.push_back(*it);
      }
    }
  }
  while (!open.empty()) {
    out += marks[open.back()].close;
    open.pop_back();
  }
}

// The marks of a record's quotes, speaker mentions, cues and entity
// mentions. A quote's element id is the section's anchor and the quote id
// (doc-3-Q2), unique in the page.
std::vector<Mark> marks_of(const RecordView& record, std::string_view text, std::string_view anchor) {
  const SpeakerOrder speakers(record);
  std::vector<std::size_t> offsets;
  for (const QuoteView& q : record.quotes) {
    for (const SpanView* s : {&q.span, &q.speaker_mention, &q.cue}) {
      if (!s->present) continue;
      offsets.push_back(s->start);
      offsets.push_back(s->end);
    }
  }
  for (const EntityView& e : record.entities) {
    for (const SpanView& m : e.mentions) {
      offsets.push_back(m.start);
      offsets.push_back(m.end);
    }
  }
  const CodePointIndex index(text, offsets);
  std::vector<Mark> marks;
  std::set<std::pair<std::size_t, std::size_t>> underlined;
  for (const QuoteView& q : record.quotes) {
    const std::string colour = speaker_class(speakers.index_of(q));
    std::string tip = q.speaker.empty() ? std::string("no speaker found") : "speaker: " + q.speaker;
    tip += "\n" + q.kind;
    if (!q.sieve.empty()) tip += " \u00B7 sieve " + q.sieve;
    if (!q.speaker.empty()) tip += " \u00B7 confidence " + format_confidence(q.confidence);
    if (q.cue.present) tip += "\ncue: " + q.cue.text;
    if (!q.nested_in.empty()) tip += "\ninside " + q.nested_in;
    Mark quote;
    quote.begin = index.byte_offset(q.span.start);
    quote.end = index.byte_offset(q.span.end);
    quote.layer = 0;
    const std::string classes = "q " + escaped(q.kind) + " " + colour;
    quote.open = "<mark class=\"" + classes + "\" id=\"" + escaped(anchor) + "-" + escaped(q.id) + "\" data-quote=\"" + escaped(q.id) + "\" data-speaker=\"" +
                 escaped(q.speaker) + "\" tabindex=\"0\" data-tip=\"" + escaped(tip) + "\">";
    quote.open_continued = "<mark class=\"" + classes + " cont\">";
    quote.close = "</mark>";
    marks.push_back(std::move(quote));
    const auto underline = [&](const SpanView& span, const char* what) {
      if (!span.present) return;
      Mark u;
      u.begin = index.byte_offset(span.start);
      u.end = index.byte_offset(span.end);
      if (!underlined.insert({u.begin, u.end}).second) return;
      u.layer = 2;
      u.open = std::string("<u class=\"") + what + " " + colour + "\">";
      u.open_continued = u.open;
      u.close = "</u>";
      marks.push_back(std::move(u));
    };
    underline(q.speaker_mention, "spk");
    underline(q.cue, "cue");
  }
  for (const EntityView& e : record.entities) {
    const std::string title = e.type + " \u00B7 " + e.id + " \u00B7 " + e.name +
                              (e.kb_id.empty() ? std::string() : " \u00B7 " + e.kb_source + ":" + e.kb_id);
    for (const SpanView& m : e.mentions) {
      Mark mention;
      mention.begin = index.byte_offset(m.start);
      mention.end = index.byte_offset(m.end);
      mention.layer = 1;
      mention.open = "<span class=\"ent " + type_class(e.type) + "\" data-type=\"" + escaped(e.type) +
                     "\" title=\"" + escaped(title) + "\">";
      mention.open_continued = mention.open;
      mention.close = "</span>";
      marks.push_back(std::move(mention));
    }
  }
  return marks;
}

}  // namespace

void append_html_escaped(std::string_view text, std::string& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      switch (byte) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\n': case '\t': case '\r': out.push_back(static_cast<char>(byte)); break;
        default:
          if (byte < 0x20 || byte == 0x7F) out += "\xEF\xBF\xBD";
          else out.push_back(static_cast<char>(byte));
      }
      ++i;
      continue;
    }
    const std::size_t length = sayso::utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char32_t c = sayso::utf8_code_point_at(text, i);
    if (c < 0xA0) out += "\xEF\xBF\xBD";  // C1 controls
    else out.append(text.substr(i, length));
    i += length;
  }
}

void append_html_page_start(std::string_view title, std::string& out) {
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"sayso\">\n<title>";
  append_html_escaped(title, out);
  out += "</title>\n<style>";
  out += css();
  out += "</style>\n</head>\n<body>\n<div class=\"layout\">\n<main>\n<header class=\"page\">\n<h1>";
  append_html_escaped(title, out);
  out += "</h1>\n<p>Quotes are highlighted in their speaker's colour; hover or focus (Tab) a quote for "
         "its speaker, sieve, confidence and cue.</p>\n<ul class=\"key\">"
         "<li><span class=\"kind q direct s-none\">direct</span> a whole statement in quotation marks</li>"
         "<li><span class=\"kind q mixed s-none\">mixed</span> quoted words in reported speech</li>"
         "<li><span class=\"kind q indirect s-none\">indirect</span> reported speech</li>"
         "<li><u class=\"spk s-none\">speaker</u> and <u class=\"cue s-none\">cue</u></li>";
  for (const TypeColour& t : kEntityTypes)
    out += std::string("<li><span class=\"ent t-") + t.type + "\">" + t.type + "</span> " + t.meaning + "</li>";
  out += "</ul>\n</header>\n";
}

void append_html_section(const RecordView& record, std::string_view text, std::string_view anchor,
                         std::string& out) {
  out += "<section class=\"doc";
  if (record.failed()) out += " failed";
  out += "\" id=\"";
  append_html_escaped(anchor, out);
  out += "\">\n<h2>";
  append_html_escaped(record.id.empty() ? std::string_view("(no id)") : std::string_view(record.id), out);
  out += "</h2>\n";
  if (record.failed()) {
    out += "<p class=\"error-text\">error (";
    append_html_escaped(record.error_code, out);
    out += "): ";
    append_html_escaped(record.error, out);
    out += "</p>\n</section>\n";
    return;
  }
  const SpeakerOrder speakers(record);
  std::size_t by_kind[3] = {0, 0, 0};
  std::size_t unattributed = 0;
  for (const QuoteView& q : record.quotes) {
    if (q.kind == "direct") ++by_kind[0];
    else if (q.kind == "mixed") ++by_kind[1];
    else if (q.kind == "indirect") ++by_kind[2];
    if (q.speaker.empty()) ++unattributed;
  }
  out += "<p class=\"meta\">" + std::to_string(record.quotes.size()) +
         (record.quotes.size() == 1 ? " quote" : " quotes") + " (" + std::to_string(by_kind[0]) + " direct, " +
         std::to_string(by_kind[1]) + " mixed, " + std::to_string(by_kind[2]) + " indirect) \u00B7 " +
         std::to_string(speakers.keys.size()) + (speakers.keys.size() == 1 ? " speaker" : " speakers") +
         " \u00B7 " + std::to_string(record.entities.size()) +
         (record.entities.size() == 1 ? " entity" : " entities") + "</p>\n";
  out += "<ul class=\"legend\" aria-label=\"speakers\">";
  for (std::size_t i = 0; i < speakers.keys.size(); ++i) {
    out += "<li class=\"" + speaker_class(i) + "\" data-speaker=\"" + escaped(speakers.names[i]) +
           "\"><span class=\"swatch\"></span>" + escaped(speakers.names[i]) + " <span class=\"count\">" +
           std::to_string(speakers.quote_counts[i]) + "</span></li>";
  }
  if (unattributed > 0)
    out += "<li class=\"s-none\" data-speaker=\"\"><span class=\"swatch\"></span>no speaker found "
           "<span class=\"count\">" + std::to_string(unattributed) + "</span></li>";
  out += "</ul>\n<div class=\"text\">";
  append_marked_text(text, marks_of(record, text, anchor), out);
  out += "</div>\n</section>\n";
}

namespace {

class HtmlSink : public DocumentSink {
 public:
  HtmlSink(std::ostream& out, std::string title) : out_(out) {
    std::string start;
    append_html_page_start(title, start);
    write(start);
  }

  void add(const Document& document) override { add_record(record_of(document), document.text()); }
  void add_error(std::string_view id, std::string_view message, std::string_view error_code) override {
    add_record(error_record_of(id, message, error_code), std::string_view());
  }

  bool finish() override {
    std::string end = "</main>\n<nav class=\"index\" aria-label=\"documents\">\n<h2>Documents</h2>\n"
                      "<p class=\"totals\">" +
                      std::to_string(documents_) + (documents_ == 1 ? " document" : " documents") + " \u00B7 " +
                      std::to_string(quotes_) + (quotes_ == 1 ? " quote" : " quotes");
    if (failed_ > 0) end += " \u00B7 " + std::to_string(failed_) + " failed";
    end += "</p>\n<input id=\"filter\" type=\"search\" placeholder=\"Filter\" aria-label=\"filter the "
           "documents\">\n<ol>\n" +
           index_ + "</ol>\n</nav>\n</div>\n<script>" + kScript + "</script>\n</body>\n</html>\n";
    write(end);
    out_.flush();
    return static_cast<bool>(out_);
  }
  std::string error() const override { return "writing the HTML page failed"; }

 private:
  void add_record(const RecordView& record, std::string_view text) {
    ++documents_;
    const std::string anchor = "doc-" + std::to_string(documents_);
    std::string section;
    append_html_section(record, text, anchor, section);
    write(section);
    index_ += "<li";
    if (record.failed()) {
      ++failed_;
      index_ += " class=\"failed\"";
    }
    index_ += "><span class=\"n\">" + std::to_string(documents_) + "</span> <a href=\"#" + anchor + "\">" +
              escaped(record.id.empty() ? std::string("(no id)") : record.id) + "</a> <span class=\"c\">";
    if (record.failed()) index_ += "error";
    else index_ += std::to_string(record.quotes.size()) + (record.quotes.size() == 1 ? " quote" : " quotes");
    index_ += "</span></li>\n";
    quotes_ += record.quotes.size();
  }

  void write(const std::string& s) { out_.write(s.data(), static_cast<std::streamsize>(s.size())); }

  std::ostream& out_;
  std::string index_;
  std::size_t documents_ = 0;
  std::size_t quotes_ = 0;
  std::size_t failed_ = 0;
};

}  // namespace

std::unique_ptr<DocumentSink> make_html_sink(std::ostream& out, std::string title) {
  return std::make_unique<HtmlSink>(out, std::move(title));
}

}  // namespace sayso::cli
