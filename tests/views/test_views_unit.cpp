// The views' building blocks on records made by hand: marks that cross in
// the HTML view, code point offsets over multi-byte text, text that tries
// to drive a terminal or a browser, and records that point past the text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "html_view.hpp"
#include "record_view.hpp"
#include "show_view.hpp"

using sayso::cli::EntityView;
using sayso::cli::QuoteView;
using sayso::cli::RecordView;
using sayso::cli::SpanView;

namespace {

SpanView span(std::size_t start, std::size_t end, std::string text = {}) {
  SpanView s;
  s.start = start;
  s.end = end;
  s.text = std::move(text);
  s.present = true;
  return s;
}

QuoteView quote(std::string id, std::string kind, SpanView where, std::string speaker) {
  QuoteView q;
  q.id = std::move(id);
  q.kind = std::move(kind);
  q.span = std::move(where);
  q.speaker = std::move(speaker);
  q.sieve = "test-sieve";
  q.confidence = 0.5;
  return q;
}

EntityView entity(std::string id, std::string type, std::string name, std::vector<SpanView> mentions) {
  EntityView e;
  e.id = std::move(id);
  e.type = std::move(type);
  e.name = std::move(name);
  e.mentions = std::move(mentions);
  return e;
}

// The element names in order of opening and closing, failing on a close
// that does not match the innermost open element; and the text between tags.
struct Markup {
  std::vector<std::string> opened;
  std::string text;
};

Markup read_markup(const std::string& html) {
  Markup m;
  std::vector<std::string> stack;
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      m.text += html[i++];
      continue;
    }
    const std::size_t end = html.find('>', i);
    REQUIRE(end != std::string::npos);
    std::string tag = html.substr(i + 1, end - i - 1);
    i = end + 1;
    if (tag[0] == '/') {
      REQUIRE(!stack.empty());
      CHECK(stack.back() == tag.substr(1));
      stack.pop_back();
    } else {
      const std::string name = tag.substr(0, tag.find(' '));
      stack.push_back(name);
      m.opened.push_back(name);
    }
  }
  CHECK(stack.empty());
  return m;
}

std::string text_div(const std::string& section) {
  const std::size_t start = section.find("<div class=\"text\">");
  REQUIRE(start != std::string::npos);
  const std::size_t from = start + 18;
  return section.substr(from, section.rfind("</div>") - from);
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("views: marks that cross a quote's edges split, the quote stays one element", "[views][html]") {
  //                 0         1         2         3
  //                 0123456789012345678901234567890123456
  const std::string text = "Ada Brook said the tide rises by noon.";
  RecordView record;
  record.id = "crossing";
  record.quotes.push_back(quote("Q1", "indirect", span(15, 37, "the tide rises by noon"), "Ada Brook"));
  record.quotes[0].speaker_mention = span(0, 9, "Ada Brook");
  record.quotes[0].cue = span(10, 14, "said");
  // A mention that starts before the quote and ends inside it, and one that
  // starts inside it and ends after it.
  record.entities.push_back(entity("E1", "PERSON", "Ada Brook", {span(0, 9), span(11, 18)}));
  record.entities.push_back(entity("E2", "DATE", "noon", {span(33, 38)}));
  std::string out;
  sayso::cli::append_html_section(record, text, "doc-1", out);
  const std::string div = text_div(out);
  const Markup markup = read_markup(div);
  CHECK(markup.text == text);
  CHECK(count(div, "data-quote=\"Q1\"") == 1);
  CHECK(count(div, "<mark ") == 1);
  CHECK(div.find("id=\"doc-1-Q1\"") != std::string::npos);
  CHECK(div.find("<u class=\"spk s0\">Ada Brook</u>") != std::string::npos);
  // The mention that starts inside the cue splits the cue, not itself.
  CHECK(div.find("<u class=\"cue s0\">s</u><span class=\"ent t-PERSON\"") != std::string::npos);
  // The mention that runs past the quote's end is cut there; the quote stays whole.
  CHECK(div.find("<span class=\"ent t-DATE\" data-type=\"DATE\" title=\"DATE \u00b7 E2 \u00b7 noon\">noon</span></mark>"
                 "<span class=\"ent t-DATE\"") != std::string::npos);
}

TEST_CASE("views: code point offsets land on the right bytes in multi-byte text", "[views][html]") {
  // "Zoë" has a two-byte letter, the emoji four bytes, 東京 three each.
  const std::string text = "Zo\u00eb \U0001F600 \u6771\u4eac said \"all clear\" today.";
  RecordView record;
  record.id = "unicode";
  // Code points: Z o ë ␠ 😀 ␠ 東 京 ␠ s a i d ␠ " ...
  record.quotes.push_back(quote("Q1", "direct", span(14, 25, "\"all clear\""), "Zo\u00eb"));
  record.entities.push_back(entity("E1", "GPE", "\u6771\u4eac", {span(6, 8)}));
  std::string out;
  sayso::cli::append_html_section(record, text, "doc-7", out);
  CHECK(out.find("tabindex=\"0\" data-tip=\"speaker: Zo\u00eb") != std::string::npos);
  CHECK(out.find("\">&quot;all clear&quot;</mark>") != std::string::npos);
  CHECK(out.find("title=\"GPE \u00b7 E1 \u00b7 \u6771\u4eac\">\u6771\u4eac</span>") != std::string::npos);
}

TEST_CASE("views: article text cannot add markup, script or control characters", "[views][html]") {
  const std::string text = "<script>alert(1)</script> \"x\" onmouseover=\"y\" & \x1b[2J\x01 end";
  RecordView record;
  record.id = "<b>id</b>";
  record.quotes.push_back(quote("Q1", "direct", span(26, 29, "\"x\""), "<i>Speaker</i>"));
  std::string out;
  sayso::cli::append_html_section(record, text, "doc-1", out);
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find("<b>") == std::string::npos);
  CHECK(out.find("<i>") == std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x01') == std::string::npos);
  CHECK(out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(out.find("onmouseover=&quot;y&quot; &amp; \xEF\xBF\xBD[2J\xEF\xBF\xBD end") != std::string::npos);
  CHECK(out.find("data-speaker=\"&lt;i&gt;Speaker&lt;/i&gt;\"") != std::string::npos);
}

TEST_CASE("views: a record that points past its text marks nothing there and does not fail", "[views][html]") {
  const std::string text = "Short.";
  RecordView record;
  record.id = "short";
  record.quotes.push_back(quote("Q1", "direct", span(4, 40, "?"), "Someone"));
  record.quotes.push_back(quote("Q2", "direct", span(50, 60, "?"), "Someone"));
  std::string out;
  sayso::cli::append_html_section(record, text, "doc-1", out);
  const Markup markup = read_markup(text_div(out));
  CHECK(markup.text == text);
  CHECK(count(out, "data-quote=\"Q1\"") == 1);  // clipped to the text's end
  CHECK(count(out, "data-quote=\"Q2\"") == 0);  // wholly past it
}

TEST_CASE("views: show wraps, marks '?' and keeps escape sequences out", "[views][show]") {
  RecordView record;
  record.id = "doc\x1b[31m";
  record.quotes.push_back(quote("Q1", "direct",
                                span(0, 10, "\"One two three four five six seven eight nine ten eleven.\x1b[2J\""),
                                "Kit Moss"));
  record.quotes.back().cue = span(0, 4, "said");
  record.quotes.push_back(quote("Q2", "direct", span(20, 30, "\"Unclaimed words.\""), ""));
  sayso::cli::ShowOptions options;
  options.width = 30;
  std::string plain;
  sayso::cli::append_show(record, options, plain);
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(plain.find("\n? \u25b8 \"Unclaimed") != std::string::npos);
  CHECK(plain.find("cue:") != std::string::npos);
  CHECK(plain.find("said)") != std::string::npos);
  std::size_t line_start = 0;
  for (std::size_t nl = plain.find('\n'); nl != std::string::npos; nl = plain.find('\n', line_start)) {
    const std::string line = plain.substr(line_start, nl - line_start);
    // Code points, not bytes: the arrow and U+FFFD are wider in bytes.
    std::size_t columns = 0;
    for (const char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    CHECK(columns <= 30);
    line_start = nl + 1;
  }
  options.colour = true;
  std::string coloured;
  sayso::cli::append_show(record, options, coloured);
  CHECK(coloured.find("\x1b[1;34mKit\x1b[0m") != std::string::npos);  // the first speaker's colour
  CHECK(coloured.find("\x1b[4msaid)\x1b[0m") != std::string::npos);   // the cue underlined
  CHECK(coloured.find("\x1b[2J") == std::string::npos);
}
