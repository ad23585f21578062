#include "rules/rule_schema.hpp"

#include <charconv>

#include "core/utf8.hpp"
#include "rules/rule_set.hpp"
#include "rules/rule_table.hpp"

namespace sayso::rules {
namespace {

constexpr const char* kColumnsFile = "common/columns.tsv";

std::optional<CellType> cell_type_named(std::string_view name) {
  static const std::pair<const char*, CellType> kTypes[] = {
      {"text", CellType::text},       {"word", CellType::word},     {"character", CellType::character},
      {"integer", CellType::integer}, {"number", CellType::number}, {"one_of", CellType::one_of},
  };
  for (const auto& [type_name, type] : kTypes) {
    if (name == type_name) return type;
  }
  return std::nullopt;
}

bool is_integer(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool is_number(std::string_view s) {
  double value = 0;  // from_chars: the C locale whatever the process's
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && end == s.data() + s.size();
}

// "a, b or c" (", or empty" appended for an optional column).
std::string listed(const std::vector<std::string>& values, bool optional) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() && !optional ? " or " : ", ";
    out += values[i];
  }
  if (optional) out += " or empty";
  return out;
}

}  // namespace

std::vector<std::string> FileSchema::required_columns() const {
  std::vector<std::string> names;
  for (const ColumnSchema& column : columns) {
    if (column.required) names.push_back(column.name);
  }
  return names;
}

Result<RuleSchemas> RuleSchemas::parse(std::string_view content, const std::string& file_name) {
  auto table = RuleTable::parse(content, file_name, {"file", "column", "required", "type"});
  if (!table) return table.error();
  const RuleTable& t = table.value();
  const std::size_t file_col = t.column_index("file"), column_col = t.column_index("column");
  const std::size_t required_col = t.column_index("required"), type_col = t.column_index("type");
  const std::size_t values_col = t.column_index("values");
  RuleSchemas schemas;
  for (const RuleRow& row : t.rows()) {
    ColumnSchema column;
    column.name = RuleTable::cell(row, column_col);
    const std::string& required = RuleTable::cell(row, required_col);
    if (required != "yes" && required != "no") {
      return t.error_at(row, required_col, "required must be yes or no, not '" + required + "'");
    }
    column.required = required == "yes";
    const auto type = cell_type_named(RuleTable::cell(row, type_col));
    if (!type) {
      return t.error_at(row, type_col, "type must be text, word, character, integer, number or one_of, not '" +
                                           RuleTable::cell(row, type_col) + "'");
    }
    column.type = *type;
    column.values = split_alternatives(RuleTable::cell(row, values_col));
    if ((column.type == CellType::one_of) != !column.values.empty()) {
      return t.error_at(row, values_col, "values are given for a column of type one_of, and only for one");
    }
    FileSchema& file = schemas.files_[RuleTable::cell(row, file_col)];
    file.stem = RuleTable::cell(row, file_col);
    for (const ColumnSchema& other : file.columns) {
      if (other.name == column.name) return t.error_at(row, column_col, "column '" + column.name + "' is declared twice");
    }
    file.columns.push_back(std::move(column));
  }
  return schemas;
}

const Result<RuleSchemas>& RuleSchemas::embedded() {
  static const Result<RuleSchemas> schemas = []() -> Result<RuleSchemas> {
    const RuleSet rules = RuleSet::embedded();
    const auto file = rules.files().find(kColumnsFile);
    if (file == rules.files().end()) {
      return Error(ErrorCode::internal, std::string("the embedded rules lack ") + kColumnsFile);
    }
    return parse(file->second.content, file->second.display_name);
  }();
  return schemas;
}

const FileSchema* RuleSchemas::find(std::string_view stem) const {
  const auto it = files_.find(stem);
  return it == files_.end() ? nullptr : &it->second;
}

std::string rule_file_stem(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const std::size_t dot = path.find('.', 1);
  return std::string(path.substr(0, dot));
}

std::optional<std::string> check_cell(const ColumnSchema& column, std::string_view cell) {
  switch (column.type) {
    case CellType::text:
      return std::nullopt;
    case CellType::word:
      if (cell.find(' ') == std::string_view::npos) return std::nullopt;
      return column.name + " must be one word, without spaces, not '" + std::string(cell) + "'";
    case CellType::character:
      if (core::count_code_points(cell) == 1) return std::nullopt;
      return column.name + " must be one character, not '" + std::string(cell) + "'";
    case CellType::integer:
      if (is_integer(cell)) return std::nullopt;
      return column.name + " must be an integer, not '" + std::string(cell) + "'";
    case CellType::number:
      if (is_number(cell)) return std::nullopt;
      return column.name + " must be a number, not '" + std::string(cell) + "'";
    case CellType::one_of:
      for (const std::string& value : column.values) {
        if (cell == value) return std::nullopt;
      }
      return column.name + " must be " + listed(column.values, !column.required) + ", not '" + std::string(cell) + "'";
  }
  return std::nullopt;
}

}  // namespace sayso::rules
