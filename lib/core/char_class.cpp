#include "core/char_class.hpp"

#include <unicode/uchar.h>

#include "core/utf8.hpp"

namespace sayso::core {

namespace char_class_detail {

bool is_space_beyond_ascii(char32_t c) noexcept {
  if (c == 0x200B || c == 0x2060 || c == 0xFEFF) return true;
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_letter_beyond_ascii(char32_t c) noexcept { return u_isalpha(static_cast<UChar32>(c)); }

bool is_upper_beyond_ascii(char32_t c) noexcept {
  return u_isUUppercase(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool is_lower_beyond_ascii(char32_t c) noexcept { return u_isULowercase(static_cast<UChar32>(c)); }

bool is_digit_beyond_ascii(char32_t c) noexcept { return u_isdigit(static_cast<UChar32>(c)); }

bool is_quote_mark_beyond_ascii(char32_t c) noexcept {
  switch (c) {
    case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x201A: case 0x201E:
    case 0x201F: case 0x201B: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF02: case 0xFF07:
    case 0x301D: case 0x301E: case 0x301F:
      return true;
    default:
      return false;
  }
}

bool is_sentence_terminal_beyond_ascii(char32_t c) noexcept {
  switch (c) {
    case 0x2026:  // …
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:
    case 0x3002: case 0xFF0E: case 0xFF01: case 0xFF1F: case 0xFF61:
    case 0x0589: case 0x061F: case 0x06D4: case 0x0964: case 0x0965:
      return true;
    default:
      return false;
  }
}

bool is_dash_beyond_ascii(char32_t c) noexcept {
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

bool is_open_bracket_beyond_ascii(char32_t c) noexcept {
  return u_charType(static_cast<UChar32>(c)) == U_START_PUNCTUATION && !is_quote_mark(c);
}

bool is_close_bracket_beyond_ascii(char32_t c) noexcept {
  return u_charType(static_cast<UChar32>(c)) == U_END_PUNCTUATION && !is_quote_mark(c);
}

bool is_punctuation_beyond_ascii(char32_t c) noexcept { return u_ispunct(static_cast<UChar32>(c)); }

}  // namespace char_class_detail

bool is_mark(char32_t c) noexcept {
  if (c < 0x300) return false;
  if (c == 0x200C || c == 0x200D) return true;
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  return (mask & U_GC_M_MASK) != 0;
}

std::string fold_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const auto c = static_cast<unsigned char>(utf8[pos]);
    if (c < 0x80) {
      out.push_back(to_lower_ascii(static_cast<char>(c)));
      ++pos;
      continue;
    }
    const std::size_t len = valid_sequence_length(utf8, pos);
    if (len == 0) {
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    const Decoded d = decode_at(utf8, pos);
    append_utf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(d.code_point), U_FOLD_CASE_DEFAULT)), out);
    pos += len;
  }
  return out;
}

}  // namespace sayso::core
