#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "core/char_class.hpp"
#include "core/ends_with.hpp"
#include "core/utf8.hpp"

using namespace sayso;

TEST_CASE("valid UTF-8 passes validation, including NUL and 4-byte sequences", "[utf8]") {
  CHECK_FALSE(core::find_invalid_utf8("").has_value());
  CHECK_FALSE(core::find_invalid_utf8("plain ASCII text, long enough for the fast path").has_value());
  CHECK_FALSE(core::find_invalid_utf8(std::string("a\0b", 3)).has_value());
  CHECK_FALSE(core::find_invalid_utf8("Fran\xC3\xA7ois \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80").has_value());
}

TEST_CASE("invalid UTF-8 is located at its first bad byte", "[utf8]") {
  CHECK(core::find_invalid_utf8("abc\xFF").value() == 3);
  CHECK(core::find_invalid_utf8("abcdefghij\x80xyz").value() == 10);        // stray continuation byte
  CHECK(core::find_invalid_utf8("ab\xC0\xAF").value() == 2);                // overlong '/'
  CHECK(core::find_invalid_utf8("ab\xED\xA0\x80").value() == 2);            // surrogate U+D800
  CHECK(core::find_invalid_utf8("ab\xF4\x90\x80\x80").value() == 2);        // above U+10FFFF
  CHECK(core::find_invalid_utf8("truncated \xE2\x80").value() == 10);       // sequence cut short
}

TEST_CASE("a bad byte is found wherever it lies among the blocks of ASCII the check passes at once", "[utf8]") {
  // The check passes ASCII sixteen and eight bytes at a time: a sequence
  // beyond ASCII, valid or not, at every offset of a longer text, and a bad
  // byte after a valid sequence at every distance from it.
  for (std::size_t at = 0; at < 40; ++at) {
    INFO(at);
    std::string text(48, 'a');
    text.replace(at, 3, "\xE2\x80\x9C");  // a valid quotation mark
    CHECK_FALSE(core::find_invalid_utf8(text).has_value());
    std::string bad = text;
    bad[at + 2] = 'x';  // the sequence cut short
    CHECK(core::find_invalid_utf8(bad).value() == at);
    for (std::size_t later = at + 3; later < text.size(); ++later) {
      std::string stray = text;
      stray[later] = '\x80';  // a continuation byte on its own
      CHECK(core::find_invalid_utf8(stray).value() == later);
    }
  }
}

TEST_CASE("repair replaces each invalid byte with one substitute byte, keeping offsets", "[utf8]") {
  std::string s = "ok \xE2\x80 then \xFF end \xC3\xA9";
  const std::size_t size = s.size();
  CHECK(core::repair_utf8(s) == 3);
  CHECK(s.size() == size);
  CHECK(s == "ok \x1A\x1A then \x1A end \xC3\xA9");
  CHECK_FALSE(core::find_invalid_utf8(s).has_value());
  CHECK(core::count_code_points(s) == size - 1);  // é is two bytes, one code point
}

TEST_CASE("decoding forwards and backwards", "[utf8]") {
  const std::string s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
  CHECK(core::decode_at(s, 0).code_point == U'a');
  CHECK(core::decode_at(s, 1).code_point == U'\u00E9');
  CHECK(core::decode_at(s, 1).length == 2);
  CHECK(core::decode_at(s, 3).code_point == U'\u201C');
  CHECK(core::decode_at(s, 6).code_point == U'\U0001F600');
  CHECK(core::decode_before(s, s.size()).code_point == U'\U0001F600');
  CHECK(core::decode_before(s, 6).code_point == U'\u201C');
  CHECK(core::decode_before(s, 1).code_point == U'a');
  std::string out;
  core::append_utf8(U'\u201D', out);
  core::append_utf8(U'\U0001F600', out);
  CHECK(out == "\xE2\x80\x9D\xF0\x9F\x98\x80");
}

TEST_CASE("character classes cover scraped-text whitespace and quotation marks", "[utf8]") {
  CHECK(core::is_space(U'\u00A0'));  // no-break space
  CHECK(core::is_space(U'\u200B'));  // zero width space
  CHECK(core::is_space(U'\uFEFF'));  // BOM
  CHECK(core::is_space(U'\u3000'));
  CHECK(core::is_space(U'\0'));
  CHECK_FALSE(core::is_space(U'\u200D'));  // ZWJ belongs to its letter
  CHECK(core::is_mark(U'\u200D'));
  CHECK(core::is_line_break(U'\u2028'));
  CHECK(core::is_quote_mark(U'\u00AB'));
  CHECK(core::is_quote_mark(U'\u300C'));
  CHECK(core::is_quote_mark(U'\u201E'));
  CHECK_FALSE(core::is_quote_mark(U'('));
  CHECK(core::is_sentence_terminal(U'\uFF0E'));
  CHECK(core::is_upper(U'\u00C9'));
  CHECK(core::is_lower(U'\u00E9'));
  CHECK(core::fold_case("U.S. \xC3\x89TAT") == "u.s. \xC3\xA9tat");
}

TEST_CASE("a run of lowercase ASCII letters is counted eight bytes at a time", "[utf8]") {
  auto run = [](const char* eight) { return core::lowercase_ascii_run(reinterpret_cast<const unsigned char*>(eight)); };
  CHECK(run("pumpkins") == 8);
  CHECK(run("zebrazoo") == 8);
  CHECK(run("oboEs...") == 3);
  CHECK(run("ab cdefg") == 2);
  CHECK(run("`abcdefg") == 0);            // 0x60, just below 'a'
  CHECK(run("abcdefg{") == 7);            // 0x7B, just beyond 'z'
  CHECK(run("tr\xC3\xA8s ok") == 2);      // è: a letter, but not ASCII
  CHECK(run("ab\xE1\xE2zzzz") == 2);      // 0xE1 is 'a' with the high bit set
  CHECK(run("Abcdefgh") == 0);
  CHECK(run("abcdefgZ") == 7);
}

TEST_CASE("eight ASCII bytes are lowered at once, as to_lower_ascii lowers each", "[utf8]") {
  for (unsigned first = 0; first < 0x80; first += 8) {
    std::uint64_t word = 0;
    for (unsigned k = 0; k < 8; ++k) word |= std::uint64_t{first + k} << (8 * k);  // little-endian: byte k is first + k
    const std::uint64_t lowered = core::lower_ascii_word(word);
    for (unsigned k = 0; k < 8; ++k) {
      const auto byte = static_cast<char>((lowered >> (8 * k)) & 0xFF);
      CHECK(byte == core::to_lower_ascii(static_cast<char>(first + k)));
    }
  }
}

TEST_CASE("a word ends with a suffix when its last bytes are the suffix's", "[utf8]") {
  CHECK(core::ends_with_bytes("marbles", "s"));
  CHECK(core::ends_with_bytes("weaving", "ing"));
  CHECK(core::ends_with_bytes("ing", "ing"));
  CHECK(core::ends_with_bytes("kiln", ""));
  CHECK_FALSE(core::ends_with_bytes("weaving", "inga"));  // a suffix longer than the word
  CHECK_FALSE(core::ends_with_bytes("ng", "ing"));
  CHECK_FALSE(core::ends_with_bytes("potter", "ist"));
  CHECK_FALSE(core::ends_with_bytes("glass", "xss"));     // only the last bytes match
  static_assert(core::ends_with_bytes("harbourmaster", "er"));
}
