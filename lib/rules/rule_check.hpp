// Checking a rules directory for every error at once, for
// sayso::check_rules (sayso/rules_check.hpp), which adds loading the rules.
//
// RuleTable::parse() (rule_table.hpp) stops at the first malformed line,
// which is what a pipeline needs. A person fixing a rules directory wants the
// whole list: check_rule_syntax() reads every *.tsv file under a directory
// with the same reader (RuleTable::check) — UTF-8, a header line with no
// empty column names, rows with at most as many tab-separated cells as the
// header, and, for a file declared in rules/common/columns.tsv, its required
// columns and the values of its typed columns — and reports every line that
// breaks one, as file:line:column.
//
// A file whose name matches no rule file ("en/speach_verbs.tsv", or an
// extension "STEM.TAG.tsv" of an unknown STEM) is a warning, naming the
// closest known name: nothing would read it.
#ifndef SAYSO_RULES_RULE_CHECK_HPP
#define SAYSO_RULES_RULE_CHECK_HPP

#include <string>
#include <string_view>
#include <vector>

#include "sayso/status.hpp"

namespace sayso::rules {

// Every error in one rule file's `content`, in line order (typed columns
// checked when common/columns.tsv declares the file's stem); empty when the
// file is well formed. Each error has ErrorCode::rule_syntax,
// `file_name` as its file, and the 1-based line and byte column (column 0
// for an empty file). A line with invalid UTF-8 is reported once for its
// first bad byte and still checked for its cells.
std::vector<Error> check_rule_table_syntax(std::string_view content, const std::string& file_name);

struct RuleCheckReport {
  std::size_t files_checked = 0;  // the *.tsv files found
  std::vector<Error> errors;      // by file path, then line
  std::vector<Error> warnings;    // files nothing reads, by file path
};

// Checks every *.tsv file under `directory` (recursively, following
// symbolic links, in path order). A file is named in errors by its path as
// `directory` + its relative path, the way a pipeline built from the
// directory names it. A file that cannot be read is an ErrorCode::io error
// of the report (naming the file); the call fails, with ErrorCode::io, only
// when the directory itself cannot be read.
Result<RuleCheckReport> check_rule_syntax(const std::string& directory);

}  // namespace sayso::rules

#endif  // SAYSO_RULES_RULE_CHECK_HPP
