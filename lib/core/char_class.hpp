// Character classes the text layer decides on, for Unicode code points.
// ASCII is answered from a table; the rest asks ICU's character properties.
#ifndef SAYSO_CORE_CHAR_CLASS_HPP
#define SAYSO_CORE_CHAR_CLASS_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sayso::core {

namespace char_class_detail {

// One bit per class, for the ASCII table below.
enum : std::uint16_t {
  kSpace = 1 << 0,
  kLetter = 1 << 1,
  kUpper = 1 << 2,
  kLower = 1 << 3,
  kDigit = 1 << 4,
  kQuoteMark = 1 << 5,
  kApostropheLike = 1 << 6,
  kSentenceTerminal = 1 << 7,
  kDash = 1 << 8,
  kOpenBracket = 1 << 9,
  kCloseBracket = 1 << 10,
  kPunctuation = 1 << 11,
  kLineBreak = 1 << 12,
};

// The classes of one ASCII character; the functions below answer ASCII from
// a table of these, so that the per-character tests of the text layer cost
// one load, and ask ICU only beyond ASCII.
constexpr std::uint16_t ascii_classes_of(unsigned c) {
  std::uint16_t bits = 0;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0 || c == 0x1A) {
    bits |= kSpace;
  }
  if (c == '\n' || c == '\r' || c == '\v' || c == '\f') bits |= kLineBreak;
  if (c >= 'A' && c <= 'Z') bits |= kLetter | kUpper;
  if (c >= 'a' && c <= 'z') bits |= kLetter | kLower;
  if (c >= '0' && c <= '9') bits |= kDigit;
  if (c == '"' || c == '\'' || c == '`') bits |= kQuoteMark;
  if (c == '\'' || c == '`') bits |= kApostropheLike;
  if (c == '.' || c == '!' || c == '?') bits |= kSentenceTerminal;
  if (c == '-') bits |= kDash;
  if (c == '(' || c == '[' || c == '{') bits |= kOpenBracket;
  if (c == ')' || c == ']' || c == '}') bits |= kCloseBracket;
  if ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')) {
    bits |= kPunctuation;
  }
  return bits;
}

struct AsciiTable {
  std::uint16_t bits[128];
};

constexpr AsciiTable make_ascii_table() {
  AsciiTable table{};
  for (unsigned c = 0; c < 128; ++c) table.bits[c] = ascii_classes_of(c);
  return table;
}

inline constexpr AsciiTable kAscii = make_ascii_table();

inline bool ascii_has(char32_t c, std::uint16_t bit) noexcept { return (kAscii.bits[c] & bit) != 0; }

// The same questions for code points beyond ASCII (ICU's properties).
bool is_space_beyond_ascii(char32_t c) noexcept;
bool is_letter_beyond_ascii(char32_t c) noexcept;
bool is_upper_beyond_ascii(char32_t c) noexcept;
bool is_lower_beyond_ascii(char32_t c) noexcept;
bool is_digit_beyond_ascii(char32_t c) noexcept;
bool is_quote_mark_beyond_ascii(char32_t c) noexcept;
bool is_sentence_terminal_beyond_ascii(char32_t c) noexcept;
bool is_dash_beyond_ascii(char32_t c) noexcept;
bool is_open_bracket_beyond_ascii(char32_t c) noexcept;
bool is_close_bracket_beyond_ascii(char32_t c) noexcept;
bool is_punctuation_beyond_ascii(char32_t c) noexcept;

}  // namespace char_class_detail

// White_Space plus the invisible separators scraped text carries: U+200B
// ZERO WIDTH SPACE, U+2060 WORD JOINER, U+FEFF BOM / ZWNBSP, and the
// repair byte U+001A and NUL, so that none of them ever glues two words.
inline bool is_space(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kSpace) : is_space_beyond_ascii(c);
}
// LF, VT, FF, CR, NEL, U+2028, U+2029.
inline bool is_line_break(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kLineBreak) : (c == 0x85 || c == 0x2028 || c == 0x2029);
}
// U+2029 PARAGRAPH SEPARATOR: always a paragraph break.
inline bool is_paragraph_separator(char32_t c) noexcept { return c == 0x2029; }

inline bool is_letter(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kLetter) : is_letter_beyond_ascii(c);
}
inline bool is_upper(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kUpper) : is_upper_beyond_ascii(c);
}
inline bool is_lower(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kLower) : is_lower_beyond_ascii(c);
}
inline bool is_digit(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kDigit) : is_digit_beyond_ascii(c);
}
inline bool is_alnum(char32_t c) noexcept { return is_letter(c) || is_digit(c); }
// Combining marks and joiners (ZWJ, ZWNJ) that belong to the preceding letter.
bool is_mark(char32_t c) noexcept;

// Any quotation mark: " ' ` “ ” ‘ ’ ‚ „ ‟ ‛ « » ‹ › 「 」 『 』 ＂ ＇ 〝 〞.
inline bool is_quote_mark(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kQuoteMark) : is_quote_mark_beyond_ascii(c);
}
// ' ’ ‘ ` and the modifier letter apostrophe ʼ: marks that may also be an apostrophe.
inline bool is_apostrophe_like(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kApostropheLike) : (c == 0x2019 || c == 0x2018 || c == 0x02BC);
}
// Sentence-final punctuation: . ! ? … ‼ ⁇ ⁈ ⁉ 。 ． ！ ？ and the like.
inline bool is_sentence_terminal(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kSentenceTerminal) : is_sentence_terminal_beyond_ascii(c);
}
// Hyphens and dashes: - ‐ ‑ ‒ – — ― −.
inline bool is_dash(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kDash) : is_dash_beyond_ascii(c);
}
// Opening and closing brackets: ( [ { and ) ] }, plus their Unicode kin.
inline bool is_open_bracket(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kOpenBracket) : is_open_bracket_beyond_ascii(c);
}
inline bool is_close_bracket(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kCloseBracket) : is_close_bracket_beyond_ascii(c);
}
// Any punctuation (Unicode general category P*).
inline bool is_punctuation(char32_t c) noexcept {
  using namespace char_class_detail;
  return c < 0x80 ? ascii_has(c, kPunctuation) : is_punctuation_beyond_ascii(c);
}

// An ASCII letter A to Z lowered, any other byte as it is: the one ASCII
// lowercasing every fast path shares (fold_case() folds the rest).
constexpr char to_lower_ascii(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Eight bytes at a time, in a 64-bit word read with memcpy: the high bit of
// each byte of `word` that equals `byte` (and maybe of a byte after such a
// byte: only the lowest set bit is exact). Zero when no byte equals it.
constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;
constexpr std::uint64_t kEveryHighBit = 0x8080808080808080ULL;
constexpr std::uint64_t bytes_equal_to(std::uint64_t word, unsigned char byte) noexcept {
  const std::uint64_t x = word ^ (kEveryByte * byte);
  return (x - kEveryByte) & ~x & kEveryHighBit;
}
// The same for the bytes below `bound` (at most 0x80).
constexpr std::uint64_t bytes_below(std::uint64_t word, unsigned char bound) noexcept {
  return (word - kEveryByte * bound) & ~word & kEveryHighBit;
}

// How many of the eight bytes at `p`, from the first, are ASCII lowercase
// letters (a to z): a word's letters passed eight at a time. Reads exactly
// eight bytes.
inline std::size_t lowercase_ascii_run(const unsigned char* p) noexcept {
  std::uint64_t chunk;
  std::memcpy(&chunk, p, 8);
  const std::uint64_t ascii = ~chunk & kEveryHighBit;                   // high bit set where the byte is ASCII
  const std::uint64_t low7 = chunk & ~kEveryHighBit;                    // below 0x80: the adds carry into no neighbour
  const std::uint64_t from_a = low7 + 0x1F1F1F1F1F1F1F1FULL;    // high bit set where the byte is 'a' (0x61) or more
  const std::uint64_t beyond_z = low7 + 0x0505050505050505ULL;  // high bit set where the byte is beyond 'z' (0x7A)
  const std::uint64_t other = ~(ascii & from_a & ~beyond_z) & kEveryHighBit;
  if (other == 0) return 8;
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "lowercase_ascii_run reads the first byte as the lowest");
  return static_cast<std::size_t>(__builtin_ctzll(other)) / 8;
}

// The eight bytes of `word` with each ASCII uppercase letter (A to Z)
// lowered, as to_lower_ascii does one byte. Requires every byte below 0x80
// (the adds below would carry into a neighbour otherwise).
constexpr std::uint64_t lower_ascii_word(std::uint64_t word) noexcept {
  const std::uint64_t from_A = word + 0x3F3F3F3F3F3F3F3FULL;    // high bit set where the byte is 'A' (0x41) or more
  const std::uint64_t beyond_Z = word + 0x2525252525252525ULL;  // high bit set where the byte is beyond 'Z' (0x5A)
  const std::uint64_t upper = from_A & ~beyond_Z & kEveryHighBit;
  return word | (upper >> 2);  // 0x80 >> 2 is 0x20, the case bit
}

// Unicode simple case folding of UTF-8 text ("U.S." -> "u.s."), for
// case-insensitive lookups. Invalid bytes are copied unchanged.
std::string fold_case(std::string_view utf8);

}  // namespace sayso::core

#endif  // SAYSO_CORE_CHAR_CLASS_HPP
