// One rule file parsed: a table of tab-separated rows under a header line.
//
// Format (specified for users in rules/README.md):
//   - UTF-8 text; lines end with LF or CRLF.
//   - Empty lines and lines whose first non-blank character is '#' are ignored.
//   - The first other line is the header: the column names, tab-separated.
//   - Every following line is a row with at most as many tab-separated cells
//     as the header; missing trailing cells are empty. Cells are trimmed of
//     surrounding spaces.
//   - A file's typed columns are declared in rules/common/columns.tsv
//     (rule_schema.hpp): parse_declared() and check() hold its cells to them.
//
// This is the one reader of rule files: loaders stop at the first error
// (parse, parse_declared), `sayso rules check` collects them all (check).
#ifndef SAYSO_RULES_RULE_TABLE_HPP
#define SAYSO_RULES_RULE_TABLE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_schema.hpp"
#include "sayso/status.hpp"

namespace sayso::rules {

struct RuleRow {
  std::size_t line = 0;              // 1-based line number in the file
  std::vector<std::string> cells;    // one per header column
  std::vector<std::size_t> columns;  // 1-based byte column where each cell starts
};

class RuleTable {
 public:
  // Parses `content`; `file_name` is used in error messages. Requires the
  // header to name every column in `required_columns` (others are allowed
  // and ignored by loaders that do not know them). A row with more cells than
  // the header, or an empty cell in a required column, is an error.
  static Result<RuleTable> parse(std::string_view content, std::string file_name,
                                 const std::vector<std::string>& required_columns);

  // Parses a rule file whose columns rules/common/columns.tsv declares,
  // found by the stem of `file_name` ("en/titles.extra.tsv" -> "titles"):
  // the header must name every required column, and every cell of a
  // declared column must be a value of its type. An error when the stem has
  // no declaration.
  static Result<RuleTable> parse_declared(std::string_view content, std::string file_name);

  // Every error parse() or parse_declared() would meet, not only the first,
  // in line order; empty when the file is well formed. With a null `schema`
  // only the shared format is checked. A line with invalid UTF-8 is
  // reported once, at its first bad byte, and still checked for its cells.
  static std::vector<Error> check(std::string_view content, const std::string& file_name,
                                  const FileSchema* schema);

  const std::string& file_name() const noexcept { return file_name_; }
  const std::vector<std::string>& header() const noexcept { return header_; }
  const std::vector<RuleRow>& rows() const noexcept { return rows_; }

  // Index of a column by name, or npos when the header lacks it.
  std::size_t column_index(std::string_view name) const noexcept;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // The cell of `row` in column `index` ("" for npos).
  static const std::string& cell(const RuleRow& row, std::size_t index) noexcept;

  // An error located at a row's cell, for loaders that reject a value.
  Error error_at(const RuleRow& row, std::size_t column_index, const std::string& message) const;

 private:
  // The one reader behind parse, parse_declared and check: stops at the
  // first error unless `all_errors` collects them.
  static Result<RuleTable> read(std::string_view content, std::string file_name,
                                const std::vector<std::string>& required_columns, const FileSchema* schema,
                                std::vector<Error>* all_errors);

  std::string file_name_;
  std::vector<std::string> header_;
  std::vector<RuleRow> rows_;
};

// The alternatives of a cell written "a|b|c", trimmed; empty ones dropped.
std::vector<std::string> split_alternatives(const std::string& cell);

}  // namespace sayso::rules

#endif  // SAYSO_RULES_RULE_TABLE_HPP
