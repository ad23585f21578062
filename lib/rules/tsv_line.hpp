// The line-level syntax every rule file shares (rules/README.md): comments,
// blank lines, tab-separated cells trimmed of spaces. Used by RuleTable (the
// loader) and by the rules checker, so that both read a file the same way.
#ifndef SAYSO_RULES_TSV_LINE_HPP
#define SAYSO_RULES_TSV_LINE_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace sayso::rules {

// A cell without surrounding spaces and carriage returns.
inline std::string_view trim_cell(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// True for a blank line or one whose first non-blank character is '#'.
inline bool is_comment_or_blank(std::string_view line) {
  for (const char c : line) {
    if (c == ' ' || c == '\t' || c == '\r') continue;
    return c == '#';
  }
  return true;
}

struct TsvCell {
  std::string_view text;  // trimmed
  std::size_t column;     // 1-based byte column where the text starts (of the cell, when empty)
};

// The tab-separated cells of one line.
inline std::vector<TsvCell> split_tsv_line(std::string_view line) {
  std::vector<TsvCell> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    const std::string_view raw =
        line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    const std::string_view cell = trim_cell(raw);
    cells.push_back({cell, start + static_cast<std::size_t>(cell.empty() ? 0 : cell.data() - raw.data()) + 1});
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

}  // namespace sayso::rules

#endif  // SAYSO_RULES_TSV_LINE_HPP
