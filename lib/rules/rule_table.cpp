#include "rules/rule_table.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "core/utf8.hpp"
#include "rules/tsv_line.hpp"

namespace sayso::rules {
namespace {

const std::string kEmpty;

Error syntax_error(std::string message, const std::string& file, std::size_t line, std::size_t column) {
  return Error::at_location(ErrorCode::rule_syntax, std::move(message), file, line, column);
}

}  // namespace

Result<RuleTable> RuleTable::parse(std::string_view content, std::string file_name,
                                   const std::vector<std::string>& required_columns) {
  return read(content, std::move(file_name), required_columns, nullptr, nullptr);
}

Result<RuleTable> RuleTable::parse_declared(std::string_view content, std::string file_name) {
  const Result<RuleSchemas>& schemas = RuleSchemas::embedded();
  if (!schemas) return schemas.error();
  const FileSchema* schema = schemas.value().find(rule_file_stem(file_name));
  if (!schema) {
    return Error::at_location(ErrorCode::rule_syntax,
                              "no rule file named '" + rule_file_stem(file_name) +
                                  "' is declared in common/columns.tsv",
                              file_name, 0);
  }
  return read(content, std::move(file_name), schema->required_columns(), schema, nullptr);
}

std::vector<Error> RuleTable::check(std::string_view content, const std::string& file_name,
                                    const FileSchema* schema) {
  std::vector<Error> errors;
  const auto result = read(content, file_name, schema ? schema->required_columns() : std::vector<std::string>{},
                           schema, &errors);
  if (!result && errors.empty()) errors.push_back(result.error());
  return errors;
}

Result<RuleTable> RuleTable::read(std::string_view content, std::string file_name,
                                  const std::vector<std::string>& required_columns, const FileSchema* schema,
                                  std::vector<Error>* all_errors) {
  RuleTable table;
  table.file_name_ = std::move(file_name);
  const std::string& name = table.file_name_;
  std::optional<Error> first_error;
  // Records an error; true when reading stops here.
  auto report = [&](Error error) {
    if (all_errors) {
      all_errors->push_back(std::move(error));
      return false;
    }
    first_error = std::move(error);
    return true;
  };
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);

  // The declared columns the header names, by their index in the header.
  std::vector<std::pair<std::size_t, const ColumnSchema*>> typed;
  bool have_header = false;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    const std::string_view line = content.substr(pos, eol - pos);
    ++line_number;
    const std::size_t next = eol + 1;
    if (const auto bad = core::find_invalid_utf8(line)) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(line[*bad]));
      if (report(syntax_error(std::string("invalid UTF-8 (byte ") + byte + ")", name, line_number, *bad + 1))) {
        return *first_error;
      }
    }
    if (!is_comment_or_blank(line)) {
      std::vector<std::string> cells;
      std::vector<std::size_t> columns;
      for (const TsvCell& cell : split_tsv_line(line)) {
        cells.emplace_back(cell.text);
        columns.push_back(cell.column);
      }
      if (!have_header) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
          if (cells[i].empty() &&
              report(syntax_error("empty column name in the header line", name, line_number, columns[i]))) {
            return *first_error;
          }
        }
        table.header_ = std::move(cells);
        have_header = true;
        for (const auto& required : required_columns) {
          if (table.column_index(required) == npos &&
              report(syntax_error("the header line lacks the column '" + required + "'", name, line_number, 1))) {
            return *first_error;
          }
        }
        if (schema) {
          for (const ColumnSchema& column : schema->columns) {
            const std::size_t index = table.column_index(column.name);
            if (index != npos) typed.emplace_back(index, &column);
          }
        }
      } else if (cells.size() > table.header_.size()) {
        if (report(syntax_error("too many cells: " + std::to_string(cells.size()) + " where the header names " +
                                    std::to_string(table.header_.size()) +
                                    " columns (are spaces where tabs belong?)",
                                name, line_number, columns[table.header_.size()]))) {
          return *first_error;
        }
      } else {
        const std::size_t end_column = line.size() + 1;
        while (cells.size() < table.header_.size()) {
          cells.emplace_back();
          columns.push_back(end_column);
        }
        RuleRow row{line_number, std::move(cells), std::move(columns)};
        // The row's problems, reported in column order.
        std::vector<std::pair<std::size_t, std::string>> problems;
        for (const auto& required : required_columns) {
          const std::size_t index = table.column_index(required);
          if (index != npos && row.cells[index].empty()) {
            problems.emplace_back(row.columns[index], "the column '" + required + "' is empty");
          }
        }
        for (const auto& [index, column] : typed) {
          if (row.cells[index].empty()) continue;
          if (auto problem = check_cell(*column, row.cells[index])) problems.emplace_back(row.columns[index], *problem);
        }
        std::stable_sort(problems.begin(), problems.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [column, message] : problems) {
          if (report(syntax_error(std::move(message), name, line_number, column))) return *first_error;
        }
        const bool row_ok = problems.empty();
        if (row_ok && !all_errors) table.rows_.push_back(std::move(row));
      }
    }
    if (eol == content.size()) break;
    pos = next;
  }
  if (!have_header && report(syntax_error("no header line (the file is empty)", name, line_number, 0))) {
    return *first_error;
  }
  if (all_errors && !all_errors->empty()) return all_errors->front();
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
