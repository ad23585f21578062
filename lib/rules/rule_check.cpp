#include "rules/rule_check.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "text/utf8.hpp"

namespace sayso::rules {
namespace {

// The same trimming and comment rules as rule_table.cpp: a cell loses
// surrounding spaces and CRs; a line whose first non-blank character is '#'
// is a comment.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_comment_or_blank(std::string_view line) {
  for (const char c : line) {
    if (c == ' ' || c == '\t' || c == '\r') continue;
    return c == '#';
  }
  return true;
}

struct Cell {
  bool empty = true;
  std::size_t column = 0;  // 1-based byte column where the cell's text starts
};

std::vector<Cell> split_cells(std::string_view line) {
  std::vector<Cell> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    const std::string_view raw =
        line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    const std::string_view cell = trim(raw);
    cells.push_back(
        {cell.empty(), start + static_cast<std::size_t>(cell.empty() ? 0 : cell.data() - raw.data()) + 1});
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

Error syntax_error(std::string message, const std::string& file, std::size_t line, std::size_t column) {
  return Error::at_location(ErrorCode::rule_syntax, std::move(message), file, line, column);
}

}  // namespace

std::vector<Error> check_rule_table_syntax(std::string_view content, const std::string& file_name) {
  std::vector<Error> errors;
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);

  std::size_t header_size = 0;
  bool have_header = false;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    const std::string_view line = content.substr(pos, eol - pos);
    ++line_number;
    if (const auto bad = text::find_invalid_utf8(line)) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(line[*bad]));
      errors.push_back(syntax_error(std::string("invalid UTF-8 (byte ") + byte + ")", file_name,
                                    line_number, *bad + 1));
    }
    if (!is_comment_or_blank(line)) {
      const std::vector<Cell> cells = split_cells(line);
      if (!have_header) {
        for (const Cell& cell : cells) {
          if (cell.empty) {
            errors.push_back(
                syntax_error("empty column name in the header line", file_name, line_number, cell.column));
          }
        }
        header_size = cells.size();
        have_header = true;
      } else if (cells.size() > header_size) {
        errors.push_back(syntax_error(
            "too many cells: " + std::to_string(cells.size()) + " where the header names " +
                std::to_string(header_size) + " columns (are spaces where tabs belong?)",
            file_name, line_number, cells[header_size].column));
      }
    }
    if (eol == content.size()) break;
    pos = eol + 1;
  }
  if (!have_header) {
    errors.push_back(syntax_error("no header line (the file is empty)", file_name, line_number, 0));
  }
  return errors;
}

Result<RuleCheckReport> check_rule_syntax(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path root(directory);
  if (!fs::is_directory(root, ec)) {
    return Error(ErrorCode::io, "rules directory '" + directory + "' does not exist or is not a directory");
  }
  std::vector<fs::path> paths;
  fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink, ec);
  if (ec) return Error(ErrorCode::io, "cannot read rules directory '" + directory + "': " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Error(ErrorCode::io, "cannot read rules directory '" + directory + "': " + ec.message());
    if (it->is_regular_file(ec) && it->path().extension() == ".tsv") paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());

  RuleCheckReport report;
  for (const fs::path& path : paths) {
    ++report.files_checked;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    if (in) content << in.rdbuf();
    if (!in || in.bad()) {  // one unreadable file does not hide the others' errors
      report.errors.push_back(Error::at_location(ErrorCode::io, "cannot read the file", path.string(), 0));
      continue;
    }
    std::vector<Error> errors = check_rule_table_syntax(content.str(), path.string());
    report.errors.insert(report.errors.end(), std::make_move_iterator(errors.begin()),
                         std::make_move_iterator(errors.end()));
  }
  return report;
}

}  // namespace sayso::rules
