#include "text/paragraph_splitter.hpp"

#include <algorithm>
#include <cctype>

#include "text/char_class.hpp"
#include "text/utf8.hpp"

namespace sayso::text {
namespace {

struct Line {
  ByteSpan content;             // trimmed; empty for a blank line
  std::size_t length = 0;       // code points in content
  bool space_before_break = false;
  bool paragraph_separator = false;  // ended by U+2029
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  std::size_t line_start = 0;
  auto finish = [&](std::size_t line_end, bool para_sep) {
    Line line;
    std::size_t b = line_start;
    std::size_t e = line_end;
    while (b < e) {
      const Decoded d = decode_at(text, b);
      if (!is_space(d.code_point)) break;
      b += d.length;
    }
    while (e > b) {
      const Decoded d = decode_before(text, e);
      if (!is_space(d.code_point)) break;
      e -= d.length;
    }
    line.content = {b, e};
    line.space_before_break = e < line_end;
    line.paragraph_separator = para_sep;
    line.length = count_code_points(text.substr(b, e - b));
    lines.push_back(line);
  };
  while (pos < text.size()) {
    const Decoded d = decode_at(text, pos);
    if (is_line_break(d.code_point)) {
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

bool ends_sentence(std::string_view text, const Line& line) {
  std::size_t e = line.content.end;
  // Skip closing quotes and brackets: 'He left.”' ends a sentence.
  while (e > line.content.begin) {
    const Decoded d = decode_before(text, e);
    if (is_quote_mark(d.code_point) || is_close_bracket(d.code_point)) {
      e -= d.length;
      continue;
    }
    return is_sentence_terminal(d.code_point) || d.code_point == ':' || d.code_point == ';';
  }
  return false;
}

// "• ", "- ", "* ", "1. ", "2) ", "(iii) ", "a) ", "b. " at the start of a line.
bool starts_list_item(std::string_view text, const Line& line) {
  const std::string_view s = text.substr(line.content.begin, line.content.size());
  if (s.empty()) return false;
  const Decoded first = decode_at(s, 0);
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
  return !line.content.empty() && is_upper(decode_at(text, line.content.begin).code_point);
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
    for (std::size_t i = first; i < last; ++i) longest = std::max(longest, lines[i].length);
    hard_wrapped = longest >= 50;
    for (std::size_t i = first; i < last && hard_wrapped; ++i) {
      hard_wrapped = lines[i].length * 4 >= longest * 3;
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
