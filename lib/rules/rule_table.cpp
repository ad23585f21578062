#include "rules/rule_table.hpp"

#include "rules/tsv_line.hpp"

#include "core/utf8.hpp"

namespace sayso::rules {
namespace {

const std::string kEmpty;

}  // namespace

Result<RuleTable> RuleTable::parse(std::string_view content, std::string file_name,
                                   const std::vector<std::string>& required_columns) {
  RuleTable table;
  table.file_name_ = std::move(file_name);
  if (const auto bad = text::find_invalid_utf8(content)) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < *bad; ++i) line += content[i] == '\n';
    return Error::at_location(ErrorCode::rule_syntax, "invalid UTF-8", table.file_name_, line, 0);
  }
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);

  bool have_header = false;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    const std::string_view line = content.substr(pos, eol - pos);
    ++line_number;
    const std::size_t next = eol + 1;
    if (!is_comment_or_blank(line)) {
      std::vector<std::string> cells;
      std::vector<std::size_t> columns;
      for (const TsvCell& cell : split_tsv_line(line)) {
        cells.emplace_back(cell.text);
        columns.push_back(cell.column);
      }
      if (!have_header) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
          if (cells[i].empty()) {
            return Error::at_location(ErrorCode::rule_syntax, "empty column name in the header line",
                                      table.file_name_, line_number, columns[i]);
          }
        }
        table.header_ = std::move(cells);
        for (const auto& name : required_columns) {
          if (table.column_index(name) == npos) {
            return Error::at_location(ErrorCode::rule_syntax,
                                      "the header line lacks the column '" + name + "'",
                                      table.file_name_, line_number, 1);
          }
        }
        have_header = true;
      } else {
        if (cells.size() > table.header_.size()) {
          return Error::at_location(
              ErrorCode::rule_syntax,
              "too many cells: " + std::to_string(cells.size()) + " where the header names " +
                  std::to_string(table.header_.size()) + " columns (are spaces where tabs belong?)",
              table.file_name_, line_number, columns[table.header_.size()]);
        }
        const std::size_t end_column = line.size() + 1;
        while (cells.size() < table.header_.size()) {
          cells.emplace_back();
          columns.push_back(end_column);
        }
        RuleRow row{line_number, std::move(cells), std::move(columns)};
        for (const auto& name : required_columns) {
          const std::size_t index = table.column_index(name);
          if (row.cells[index].empty()) {
            return Error::at_location(ErrorCode::rule_syntax,
                                      "the column '" + name + "' is empty", table.file_name_,
                                      line_number, row.columns[index]);
          }
        }
        table.rows_.push_back(std::move(row));
      }
    }
    if (eol == content.size()) break;
    pos = next;
  }
  if (!have_header) {
    return Error::at_location(ErrorCode::rule_syntax, "no header line (the file is empty)",
                              table.file_name_, line_number, 0);
  }
  return table;
}

std::size_t RuleTable::column_index(std::string_view name) const noexcept {
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) return i;
  }
  return npos;
}

const std::string& RuleTable::cell(const RuleRow& row, std::size_t index) noexcept {
  if (index == npos || index >= row.cells.size()) return kEmpty;
  return row.cells[index];
}

Error RuleTable::error_at(const RuleRow& row, std::size_t index, const std::string& message) const {
  const std::size_t column = index < row.columns.size() ? row.columns[index] : 1;
  return Error::at_location(ErrorCode::rule_syntax, message, file_name_, row.line, column);
}

std::vector<std::string> split_alternatives(const std::string& cell) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t bar = cell.find('|', start);
    if (bar == std::string::npos) bar = cell.size();
    const std::string_view part = trim_cell(std::string_view(cell).substr(start, bar - start));
    if (!part.empty()) parts.emplace_back(part);
    start = bar + 1;
  }
  return parts;
}

}  // namespace sayso::rules
