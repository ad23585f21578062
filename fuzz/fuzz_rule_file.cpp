// libFuzzer target: one rule file, read by every parser a rule file meets.
//   - RuleTable::parse (the loader every stage uses), with and without
//     required columns: rows have exactly the header's cells, in line order,
//     with 1-based columns inside their line; an error names the file and a
//     line of the input.
//   - check_rule_table_syntax (`sayso rules check`): it finds no error
//     exactly when RuleTable::parse accepts the file.
//   - parse_pattern (entity_patterns.tsv) on the "pattern" cell of every row,
//     and on every line of the input as it stands.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/token_pattern.hpp"
#include "fuzz_checks.hpp"
#include "rules/rule_check.hpp"
#include "rules/rule_table.hpp"

namespace {

using sayso::fuzz::require;

const std::string kFileName = "fuzz/rules.tsv";

std::size_t line_count(std::string_view content) {
  return static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
}

void check_error(const sayso::Error& error, std::string_view content) {
  require(error.code() == sayso::ErrorCode::rule_syntax, "a rule file error is a syntax error");
  require(error.file() == kFileName, "a rule file error names the file");
  require(error.line() >= 1 && error.line() <= line_count(content), "a rule file error names a line of the file");
  require(!error.message().empty(), "a rule file error says what is wrong");
}

void check_pattern(const std::string& text) {
  auto parsed = sayso::entities::parse_pattern(text);
  if (!parsed) {
    require(!parsed.error().message().empty(), "a pattern error says what is wrong");
    return;
  }
  int open_captures = 0;
  for (const auto& element : parsed.value()) {
    using Kind = sayso::entities::PatternElement::Kind;
    if (element.kind == Kind::capture_open) ++open_captures;
    if (element.kind == Kind::capture_close) --open_captures;
    require(element.quantifier == 0 || element.quantifier == '?' || element.quantifier == '*' ||
                element.quantifier == '+',
            "a pattern element's quantifier is one of ? * +");
  }
  require(open_captures == 0, "a parsed pattern's < and > are balanced");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);

  auto table = sayso::rules::RuleTable::parse(content, kFileName, {});
  const std::vector<sayso::Error> syntax_errors = sayso::rules::check_rule_table_syntax(content, kFileName);
  require(table.ok() == syntax_errors.empty(),
          "rules check finds an error exactly when the loader rejects the file");
  for (const sayso::Error& error : syntax_errors) check_error(error, content);
  if (!table) {
    check_error(table.error(), content);
  } else {
    const auto& t = table.value();
    std::size_t previous_line = 0;
    for (const auto& row : t.rows()) {
      require(row.cells.size() == t.header().size() && row.columns.size() == t.header().size(),
              "a row has one cell per header column");
      require(row.line > previous_line && row.line <= line_count(content), "rows are in line order");
      for (const std::size_t column : row.columns) require(column >= 1, "columns are 1-based");
      previous_line = row.line;
    }
  }

  auto patterns = sayso::rules::RuleTable::parse(content, kFileName, {"label", "pattern"});
  if (patterns) {
    const auto& t = patterns.value();
    const std::size_t pattern_column = t.column_index("pattern");
    require(pattern_column != sayso::rules::RuleTable::npos, "a required column is in the header");
    for (const auto& row : t.rows()) {
      const std::string& pattern = sayso::rules::RuleTable::cell(row, pattern_column);
      require(!pattern.empty(), "a required cell is not empty");
      check_pattern(pattern);
      for (const std::string& alternative : sayso::rules::split_alternatives(pattern)) {
        require(!alternative.empty(), "split_alternatives drops empty alternatives");
      }
    }
  } else {
    check_error(patterns.error(), content);
  }

  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    check_pattern(std::string(content.substr(pos, eol - pos)));
    pos = eol + 1;
  }
  return 0;
}
