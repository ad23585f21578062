#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "core/document_builder.hpp"
#include "sayso/sayso.hpp"

using namespace sayso;

namespace {

const Pipeline& pipeline(InvalidUtf8Policy policy = InvalidUtf8Policy::reject) {
  static const Pipeline reject = Pipeline::create().value();
  static const Pipeline repair = [] {
    PipelineOptions o;
    o.invalid_utf8 = InvalidUtf8Policy::repair;
    return Pipeline::create(o).value();
  }();
  return policy == InvalidUtf8Policy::reject ? reject : repair;
}

}  // namespace

TEST_CASE("code point and byte offsets convert both ways", "[document]") {
  // "é" is 2 bytes, "“" 3 bytes, "😀" 4 bytes.
  std::string text = "Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D \xF0\x9F\x98\x80 end.";
  for (int i = 0; i < 10; ++i) text += " More text after the emoji, repeated to cross index blocks.";
  const auto doc = pipeline().extract(text, "d1");
  REQUIRE(doc.ok());
  const Document& d = doc.value();
  CHECK(d.id() == "d1");
  CHECK(d.code_point_offset(0) == 0);
  CHECK(d.code_point_offset(3) == 3);
  CHECK(d.code_point_offset(5) == 4);   // after é
  CHECK(d.code_point_offset(6) == 5);   // the space
  CHECK(d.code_point_offset(9) == 6);   // after “
  CHECK(d.code_point_offset(text.size()) == d.code_point_count());
  for (std::size_t cp = 0; cp <= d.code_point_count(); ++cp) {
    const std::size_t b = d.byte_offset(cp);
    REQUIRE(d.code_point_offset(b) == cp);
  }
}

TEST_CASE("code point offsets count every block, whatever mix of 1- to 4-byte characters", "[document]") {
  // Characters of every length at every alignment, across many 64-byte blocks.
  const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", " ", "Zq"};
  std::string text;
  for (int i = 0; i < 400; ++i) text += pieces[(i * 7 + i / 5) % 6];
  text += ".";
  const auto doc = pipeline().extract(text, "d2");
  REQUIRE(doc.ok());
  const Document& d = doc.value();
  std::size_t starts = 0;
  for (std::size_t b = 0; b <= text.size(); ++b) {
    REQUIRE(d.code_point_offset(b) == starts);
    if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++starts;
  }
  CHECK(d.code_point_count() == starts);
}

TEST_CASE("invalid UTF-8 is rejected with its byte offset, or repaired on request", "[document]") {
  const std::string text = "Good start. Bad \xFF byte. \xC3";
  const auto rejected = pipeline().extract(text);
  REQUIRE_FALSE(rejected.ok());
  CHECK(rejected.error().code() == ErrorCode::invalid_utf8);
  CHECK(rejected.error().has_byte_offset());
  CHECK(rejected.error().byte_offset() == 16);

  const auto repaired = pipeline(InvalidUtf8Policy::repair).extract(text);
  REQUIRE(repaired.ok());
  const Document& d = repaired.value();
  CHECK(d.repaired());
  CHECK(d.text().size() == text.size());
  CHECK(d.text()[16] == '\x1A');
  CHECK(d.code_point_count() == text.size());  // every byte is one code point here
  CHECK(d.sentences().size() >= 2);
}

TEST_CASE("NUL bytes, a BOM, CRLF and non-breaking spaces are handled", "[document]") {
  static const char kText[] = "\xEF\xBB\xBF" "First\xC2\xA0line here.\r\n\r\nSecond\0para.";
  const std::string text(kText, sizeof kText - 1);  // the NUL inside included, the terminator not
  const auto doc = pipeline().extract(text);
  REQUIRE(doc.ok());
  const Document& d = doc.value();
  REQUIRE(d.paragraphs().size() == 2);
  CHECK(d.slice(d.paragraphs()[0].span) == "First\xC2\xA0line here.");
  REQUIRE(d.sentences().size() == 2);
  CHECK(d.sentences()[0].span.begin == 3);  // after the BOM
  CHECK(d.code_point_offset(d.sentences()[0].span.begin) == 1);
  // NUL and NBSP separate words.
  bool found_second = false;
  for (const Token& t : d.tokens()) found_second = found_second || d.slice(t.span) == "Second";
  CHECK(found_second);
}

TEST_CASE("sentences index their paragraph and tokens", "[document]") {
  const auto doc = pipeline().extract("One two. Three four.\n\nFive six.");
  REQUIRE(doc.ok());
  const Document& d = doc.value();
  REQUIRE(d.sentences().size() == 3);
  CHECK(d.sentences()[0].paragraph == 0);
  CHECK(d.sentences()[2].paragraph == 1);
  std::size_t next = 0;
  for (const Sentence& s : d.sentences()) {
    CHECK(s.first_token == next);
    next += s.token_count;
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      CHECK(s.span.begin <= d.tokens()[i].span.begin);
      CHECK(d.tokens()[i].span.end <= s.span.end);
    }
  }
  CHECK(next == d.tokens().size());
  CHECK(d.tokens().size() == 9);
}

TEST_CASE("empty and white-space-only documents give empty layers", "[document]") {
  for (const std::string text : {std::string(), std::string(" \n\t\n"), std::string("\0\0", 2)}) {
    const auto doc = pipeline().extract(text);
    REQUIRE(doc.ok());
    CHECK(doc.value().sentences().empty());
    CHECK(doc.value().tokens().empty());
  }
}

TEST_CASE("a pipeline gives the same document every time", "[document]") {
  const std::string text = "\"We will not wait,\" she said. The U.S. Senate met at 5 p.m. Friday.";
  const auto a = pipeline().extract(text);
  const auto b = pipeline().extract(text);
  std::string ja, jb;
  append_json_record(a.value(), ja);
  append_json_record(b.value(), jb);
  CHECK(ja == jb);
}

TEST_CASE("document builder: rule indexes in the order names are first filed, the same on every later ask", "[document]") {
  DocumentBuilder builder("rules", "A short text about kites.", false);
  CHECK(builder.rule_index("") == 0);  // index 0: no rule
  // Enough names that the table grows several times.
  constexpr std::uint32_t kNames = 300;
  for (std::uint32_t i = 0; i < kNames; ++i) CHECK(builder.rule_index("kite-rule-" + std::to_string(i)) == i + 1);
  for (std::uint32_t i = kNames; i-- > 0;) CHECK(builder.rule_index("kite-rule-" + std::to_string(i)) == i + 1);
  CHECK(builder.rule_index("") == 0);
  CHECK(builder.rule_index("kite-rule-300") == kNames + 1);  // a new name after the growth
  builder.mentions().push_back(Mention{});
  builder.mentions().back().rule_index = 42;
  const Document doc = std::move(builder).finish();
  CHECK(doc.rule_name(doc.mentions().back()) == "kite-rule-41");
}

TEST_CASE("document builder: the mention over each token, the last of several, filled again on demand", "[document]") {
  DocumentBuilder builder("mentions", "Kite makers of Old Harbour met.", false);
  builder.tokens().resize(7);
  CHECK(builder.mention_of_token().empty());  // not filled before it is asked for
  auto add = [&](std::size_t first, std::size_t count) {
    Mention m;
    m.first_token = first;
    m.token_count = count;
    builder.mentions().push_back(m);
  };
  add(0, 1);  // "Kite"
  add(3, 2);  // "Old Harbour"
  add(4, 1);  // "Harbour", over the one before it
  builder.index_mentions_by_token();
  CHECK(builder.mention_of_token() == std::vector<std::uint32_t>{0, kNoMention, kNoMention, 1, 2, kNoMention, kNoMention});
  builder.mentions().erase(builder.mentions().begin());
  builder.index_mentions_by_token();
  CHECK(builder.mention_of_token() == std::vector<std::uint32_t>{kNoMention, kNoMention, kNoMention, 0, 1, kNoMention, kNoMention});
}
