// The typed columns of every rule file, declared once in
// rules/common/columns.tsv and used by the loaders (RuleTable::parse_declared)
// and by rule checking alike, so that a wrong value in a typed column is
// reported as file:line:column whoever reads the file.
//
// Thread safety: a RuleSchemas is immutable; embedded() is parsed once, on
// first use, and may be called from any thread.
#ifndef SAYSO_RULES_RULE_SCHEMA_HPP
#define SAYSO_RULES_RULE_SCHEMA_HPP

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sayso/status.hpp"

namespace sayso::rules {

enum class CellType {
  text,       // anything
  word,       // no spaces
  character,  // exactly one code point
  integer,    // digits, an optional leading minus
  number,     // a decimal number (digits, an optional sign, point and exponent)
  one_of,     // one of ColumnSchema::values
};

struct ColumnSchema {
  std::string name;
  bool required = false;  // the header must name it and no row may leave it empty
  CellType type = CellType::text;
  std::vector<std::string> values;  // for one_of
};

struct FileSchema {
  std::string stem;  // "speech_verbs"
  std::vector<ColumnSchema> columns;

  // The names of the required columns, in declaration order.
  std::vector<std::string> required_columns() const;
};

class RuleSchemas {
 public:
  // Parses a declaration file (the format of rules/common/columns.tsv).
  static Result<RuleSchemas> parse(std::string_view content, const std::string& file_name);

  // The declarations compiled into the library (rules/common/columns.tsv),
  // parsed on first use. A rules directory cannot replace them: they
  // describe what the library's loaders read.
  static const Result<RuleSchemas>& embedded();

  // The schema of the rule files with this stem, or null.
  const FileSchema* find(std::string_view stem) const;
  const std::map<std::string, FileSchema, std::less<>>& files() const noexcept { return files_; }

 private:
  std::map<std::string, FileSchema, std::less<>> files_;
};

// The stem of a rule file's path or name: "en/given_names.world.tsv" and
// "/home/me/rules/en/given_names.tsv" -> "given_names".
std::string rule_file_stem(std::string_view path);

// What is wrong with a non-empty `cell` of `column`, or nullopt when it is a
// value of the column's type ("gender must be female, male or empty, not 'mal'").
std::optional<std::string> check_cell(const ColumnSchema& column, std::string_view cell);

}  // namespace sayso::rules

#endif  // SAYSO_RULES_RULE_SCHEMA_HPP
