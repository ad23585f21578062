// The public UTF-8 functions (include/sayso/utf8.hpp), which the command-line
// tool uses instead of the library's private core/utf8.hpp.
#include <catch2/catch.hpp>

#include <string>

#include "sayso/utf8.hpp"

TEST_CASE("the public UTF-8 functions answer as the library reads text", "[utf8]") {
  const std::string text = "Ol\xC3\xA1 \xE2\x80\x9Cmar\xE2\x80\x9D";  // Olá “mar”
  CHECK_FALSE(sayso::find_invalid_utf8(text).has_value());
  CHECK(sayso::count_code_points(text) == 9);
  CHECK(sayso::utf8_sequence_length(text, 2) == 2);
  CHECK(sayso::utf8_sequence_length(text, 3) == 0);  // inside a sequence
  CHECK(sayso::utf8_sequence_length(text, text.size()) == 0);
  CHECK(sayso::utf8_code_point_at(text, 2) == U'\u00E1');
  CHECK(sayso::utf8_code_point_at(text, 5) == U'\u201C');

  const std::string broken = "ab\xFF" "c";
  REQUIRE(sayso::find_invalid_utf8(broken).has_value());
  CHECK(*sayso::find_invalid_utf8(broken) == 2);
  CHECK(sayso::replace_invalid_utf8(broken) == "ab\xEF\xBF\xBD" "c");
  CHECK(sayso::utf8_code_point_at(broken, 2) == U'\uFFFD');

  std::string built;
  for (const char32_t c : {U'a', U'\u00E1', U'\u201C', U'\U0001F600'}) sayso::append_utf8(c, built);
  CHECK(built == "a\xC3\xA1\xE2\x80\x9C\xF0\x9F\x98\x80");
}
