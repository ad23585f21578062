// Character classes the text layer decides on, for Unicode code points.
// ASCII is answered from a table; the rest asks ICU's character properties.
#ifndef SAYSO_TEXT_CHAR_CLASS_HPP
#define SAYSO_TEXT_CHAR_CLASS_HPP

#include <string>
#include <string_view>

namespace sayso::text {

// White_Space plus the invisible separators scraped text carries: U+200B
// ZERO WIDTH SPACE, U+2060 WORD JOINER, U+FEFF BOM / ZWNBSP, and the
// repair byte U+001A and NUL, so that none of them ever glues two words.
bool is_space(char32_t c) noexcept;
// LF, VT, FF, CR, NEL, U+2028, U+2029.
bool is_line_break(char32_t c) noexcept;
// U+2029 PARAGRAPH SEPARATOR: always a paragraph break.
inline bool is_paragraph_separator(char32_t c) noexcept { return c == 0x2029; }

bool is_letter(char32_t c) noexcept;
bool is_upper(char32_t c) noexcept;
bool is_lower(char32_t c) noexcept;
bool is_digit(char32_t c) noexcept;
inline bool is_alnum(char32_t c) noexcept { return is_letter(c) || is_digit(c); }
// Combining marks and joiners (ZWJ, ZWNJ) that belong to the preceding letter.
bool is_mark(char32_t c) noexcept;

// Any quotation mark: " ' ` “ ” ‘ ’ ‚ „ ‟ ‛ « » ‹ › 「 」 『 』 ＂ ＇ 〝 〞.
bool is_quote_mark(char32_t c) noexcept;
// ' ’ ‘ ` and the modifier letter apostrophe ʼ: marks that may also be an apostrophe.
bool is_apostrophe_like(char32_t c) noexcept;
// Sentence-final punctuation: . ! ? … ‼ ⁇ ⁈ ⁉ 。 ． ！ ？ and the like.
bool is_sentence_terminal(char32_t c) noexcept;
// Hyphens and dashes: - ‐ ‑ ‒ – — ― −.
bool is_dash(char32_t c) noexcept;
// Opening and closing brackets: ( [ { and ) ] }, plus their Unicode kin.
bool is_open_bracket(char32_t c) noexcept;
bool is_close_bracket(char32_t c) noexcept;
// Any punctuation (Unicode general category P*).
bool is_punctuation(char32_t c) noexcept;

// Unicode simple case folding of UTF-8 text ("U.S." -> "u.s."), for
// case-insensitive lookups. Invalid bytes are copied unchanged.
std::string fold_case(std::string_view utf8);

}  // namespace sayso::text

#endif  // SAYSO_TEXT_CHAR_CLASS_HPP
