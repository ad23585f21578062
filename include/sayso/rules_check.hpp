// sayso/rules_check.hpp — check a rules directory before using it.
//
//   auto report = sayso::check_rules("my-rules");
//   if (!report) { ... the directory cannot be read: report.error() ... }
//   for (const sayso::Error& e : report.value().errors) std::cerr << e.to_string() << "\n";
//
// check_rules() reports every error of every rule file at once, each as
// file:line:column with what is wrong: the shared format (UTF-8, a header,
// tab-separated cells), the required columns and the values of the typed
// columns each file declares (rules/README.md, "Typed columns"). When all
// files are clean it also loads the directory as Pipeline::create() would
// (added to the embedded rules) and reports the first error of that (a
// pattern that does not compile, a data-format VERSION this library does not
// read). A file whose name matches no rule file, so that nothing would read
// it, is a warning that names the closest known name.
//
// Thread safety: check_rules() may be called from any thread.
#ifndef SAYSO_RULES_CHECK_HPP
#define SAYSO_RULES_CHECK_HPP

#include <cstddef>
#include <string>
#include <vector>

#include "sayso/status.hpp"

namespace sayso {

struct RulesCheckReport {
  std::size_t files_checked = 0;  // the *.tsv files under the directory
  std::vector<Error> errors;      // by file path, then line; empty when the directory is usable
  std::vector<Error> warnings;    // files nothing reads, by file path
  // True when the errors come from loading the rules (reported one at a
  // time), not from the line-by-line check (reported all at once).
  bool errors_from_loading = false;
};

// Checks every rule file under `directory` (recursively, following symbolic
// links). Fails, with ErrorCode::io, only when the directory itself cannot
// be read; a file that cannot be read is an ErrorCode::io error of the report.
Result<RulesCheckReport> check_rules(const std::string& directory);

}  // namespace sayso

#endif  // SAYSO_RULES_CHECK_HPP
