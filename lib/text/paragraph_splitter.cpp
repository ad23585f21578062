#include "text/paragraph_splitter.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/char_class.hpp"
#include "core/utf8.hpp"

namespace sayso::text {
namespace {

struct Line {
  ByteSpan content;             // trimmed; empty for a blank line
  bool space_before_break = false;
  bool paragraph_separator = false;  // ended by U+2029
};

// Code points in the line's content (asked only of blocks of three lines or more).
std::size_t length_of(std::string_view text, const Line& line) {
  return core::count_code_points(text.substr(line.content.begin, line.content.size()));
}

// Whether none of the eight bytes at `p` can start a line break: all are
// ASCII and none is LF, VT, FF or CR (0x0A to 0x0D).
bool eight_bytes_hold_no_break(const unsigned char* p) {
  std::uint64_t chunk;
  std::memcpy(&chunk, p, 8);
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  if ((chunk & kHigh) != 0) return false;
  // Below 0x80 each byte plus 0x76 sets its high bit when it is at least
  // 0x0A, plus 0x72 when it is at least 0x0E, and carries into no neighbour.
  const std::uint64_t at_least_lf = chunk + 0x7676767676767676ULL;
  const std::uint64_t beyond_cr = chunk + 0x7272727272727272ULL;
  return (at_least_lf & ~beyond_cr & kHigh) == 0;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  // A line per LF and one more: the list is allocated once for text broken
  // by LF (CR, U+2028 and the rest only grow it).
  std::size_t lf = 0;
  for (const char* p = text.data(); (p = static_cast<const char*>(std::memchr(p, '\n', text.data() + text.size() - p)));
       ++p) {
    ++lf;
  }
  lines.reserve(lf + 1);
  std::size_t pos = 0;
  std::size_t line_start = 0;
  auto finish = [&](std::size_t line_end, bool para_sep) {
    Line line;
    std::size_t b = line_start;
    std::size_t e = line_end;
    while (b < e) {
      const core::Decoded d = core::decode_at(text, b);
      if (!core::is_space(d.code_point)) break;
      b += d.length;
    }
    while (e > b) {
      const core::Decoded d = core::decode_before(text, e);
      if (!core::is_space(d.code_point)) break;
      e -= d.length;
    }
    line.content = {b, e};
    line.space_before_break = e < line_end;
    line.paragraph_separator = para_sep;
    lines.push_back(line);
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < text.size()) {
#if defined(__SSE2__)
    // Sixteen bytes at once: on to the first byte that is LF, VT, FF, CR or
    // beyond ASCII (the bytes before it are ASCII other than those, which
    // the byte steps below pass over one by one), handled below.
    if (pos + 16 <= text.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + pos));
      // Signed compares: byte + (0x80 - 0x0A) lies below -128 + 4 only for 0x0A to 0x0D.
      const __m128i from_lf = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - 0x0A)));
      const auto stops = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(from_lf, _mm_set1_epi8(-128 + 4))) |
                                               _mm_movemask_epi8(v));
      if (stops == 0) {
        pos += 16;
        continue;
      }
      pos += static_cast<unsigned>(__builtin_ctz(stops));
    }
#endif
    if (pos + 8 <= text.size() && eight_bytes_hold_no_break(bytes + pos)) {
      pos += 8;
      continue;
    }
    if (bytes[pos] < 0x80 && (bytes[pos] > '\r' || bytes[pos] < '\n')) {  // ASCII other than LF VT FF CR
      ++pos;
      continue;
    }
    const core::Decoded d = core::decode_at(text, pos);
    if (core::is_line_break(d.code_point)) {
      const std::size_t end = pos;
      pos += d.length;
      if (d.code_point == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
      finish(end, d.code_point == 0x2029);
      line_start = pos;
    } else {
      pos += d.length;
    }
  }
  finish(text.size(), false);
  return lines;
}

// The last character of the line before any closing quotes and brackets
// ('He left.”' gives the full stop), or 0 when there is none.
char32_t last_before_closers(std::string_view text, const Line& line) {
  std::size_t e = line.content.end;
  while (e > line.content.begin) {
    const core::Decoded d = core::decode_before(text, e);
    if (core::is_quote_mark(d.code_point) || core::is_close_bracket(d.code_point)) {
      e -= d.length;
      continue;
    }
    return d.code_point;
  }
  return 0;
}

// Sentence-final punctuation, or a colon or semicolon, ends the line.
bool ends_sentence(std::string_view text, const Line& line) {
  const char32_t c = last_before_closers(text, line);
  return core::is_sentence_terminal(c) || c == ':' || c == ';';
}

bool starts_lower(std::string_view text, const Line& line) {
  return !line.content.empty() && core::is_lower(core::decode_at(text, line.content.begin).code_point);
}

// Whether the line's last word starts with a lowercase letter ("… at a",
// "… regularly") or the line ends in a comma: prose cut mid-sentence, not a
// headline ("… Syrian Hospital") or a dateline ("… 12, 2015").
bool ends_mid_sentence(std::string_view text, const Line& line) {
  if (line.content.empty()) return false;
  if (core::decode_before(text, line.content.end).code_point == ',') return true;
  std::size_t b = line.content.end;
  while (b > line.content.begin) {
    const core::Decoded d = core::decode_before(text, b);
    if (core::is_space(d.code_point)) break;
    b -= d.length;
  }
  // The word's first letter, past any opening quote or bracket.
  for (std::size_t i = b; i < line.content.end;) {
    const core::Decoded d = core::decode_at(text, i);
    if (core::is_lower(d.code_point)) return true;
    if (core::is_upper(d.code_point) || (d.code_point >= '0' && d.code_point <= '9')) return false;
    i += d.length;
  }
  return false;
}

// "• ", "- ", "* ", "1. ", "2) ", "(iii) ", "a) ", "b. " at the start of a line.
bool starts_list_item(std::string_view text, const Line& line) {
  const std::string_view s = text.substr(line.content.begin, line.content.size());
  if (s.empty()) return false;
  const core::Decoded first = core::decode_at(s, 0);
  if (first.code_point == 0x2022 || first.code_point == 0x25CF || first.code_point == 0x25AA ||
      first.code_point == 0x2023 || first.code_point == 0x25E6 || first.code_point == '*' ||
      ((first.code_point == '-' || first.code_point == 0x2013) && s.size() > 1 && s[1] == ' ')) {
    return true;
  }
  std::size_t i = s[0] == '(' ? 1 : 0;
  std::size_t j = i;
  while (j < s.size() && j - i < 4 && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
  if (j == i || j >= s.size()) return false;
  const bool digits = std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i),
                                  s.begin() + static_cast<std::ptrdiff_t>(j),
                                  [](char c) { return c >= '0' && c <= '9'; });
  const bool short_letters = j - i <= 3;
  if (!digits && !short_letters) return false;
  if (s[j] != '.' && s[j] != ')') return false;
  return j + 1 >= s.size() || s[j + 1] == ' ' || s[j + 1] == ')' || s[j + 1] == '\t';
}

bool starts_upper(std::string_view text, const Line& line) {
  return !line.content.empty() && core::is_upper(core::decode_at(text, line.content.begin).code_point);
}

// Marks which line breaks of a block [first, last] of non-blank lines join.
void decide_joins(std::string_view text, const std::vector<Line>& lines, std::size_t first,
                  std::size_t last, LineBreakPolicy policy, std::vector<bool>& joins) {
  if (policy == LineBreakPolicy::paragraph) return;
  if (policy == LineBreakPolicy::join) {
    for (std::size_t i = first; i < last; ++i) joins[i] = !lines[i].paragraph_separator;
    return;
  }
  bool hard_wrapped = false;
  if (last - first + 1 >= 3) {
    std::size_t longest = 0;
    for (std::size_t i = first; i < last; ++i) longest = std::max(longest, length_of(text, lines[i]));
    hard_wrapped = longest >= 50;
    for (std::size_t i = first; i < last && hard_wrapped; ++i) {
      hard_wrapped = length_of(text, lines[i]) * 4 >= longest * 3;
    }
  }
  for (std::size_t i = first; i < last; ++i) {
    if (lines[i].paragraph_separator) continue;
    const bool sentence_end = ends_sentence(text, lines[i]);
    if (hard_wrapped && !sentence_end) {
      joins[i] = true;
    } else if (lines[i].space_before_break && !sentence_end && !starts_list_item(text, lines[i + 1]) &&
               !(starts_list_item(text, lines[i]) && starts_upper(text, lines[i + 1]))) {
      joins[i] = true;
    } else if (!core::is_sentence_terminal(last_before_closers(text, lines[i])) && ends_mid_sentence(text, lines[i]) &&
               starts_lower(text, lines[i + 1]) && !starts_list_item(text, lines[i + 1])) {
      // A sentence that runs on into a line starting in lowercase ("… told
      // reporters at a" / "briefing in …"), whatever the block's shape.
      joins[i] = true;
    }
  }
}

}  // namespace

std::vector<ByteSpan> split_paragraphs(std::string_view text, LineBreakPolicy policy) {
  const std::vector<Line> lines = split_lines(text);
  std::vector<bool> joins(lines.size(), false);
  std::size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].content.empty()) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j + 1 < lines.size() && !lines[j + 1].content.empty() && !lines[j].paragraph_separator) ++j;
    decide_joins(text, lines, i, j, policy, joins);
    i = j + 1;
  }
  std::vector<ByteSpan> paragraphs;
  paragraphs.reserve(lines.size());  // at most a paragraph a line; the caller copies them out
  bool open = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].content.empty()) continue;
    if (open && k > 0 && joins[k - 1] && !lines[k - 1].content.empty()) {
      paragraphs.back().end = lines[k].content.end;
    } else {
      paragraphs.push_back(lines[k].content);
      open = true;
    }
  }
  return paragraphs;
}

}  // namespace sayso::text
