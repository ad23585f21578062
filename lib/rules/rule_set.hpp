// The rule files a pipeline is built from: the embedded defaults, a user's
// rules directory, or both.
//
// A rule file is named by its path relative to the rules root, with '/'
// separators: "en/abbreviations.tsv". A file named "STEM.TAG.tsv" (for
// example "en/abbreviations.newsroom.tsv") is an extension of "STEM.tsv": its
// rows are added to those of the base file. Loaders ask for a base path and
// get the base file (if any) followed by its extensions in name order.
#ifndef SAYSO_RULES_RULE_SET_HPP
#define SAYSO_RULES_RULE_SET_HPP

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sayso/status.hpp"

namespace sayso::rules {

struct RuleFile {
  std::string relative_path;  // "en/abbreviations.tsv"
  std::string display_name;   // for messages: the real path, or "<embedded>/en/abbreviations.tsv"
  std::string_view content;   // the embedded bytes in place, or *storage
  std::shared_ptr<const std::string> storage;  // a file read from disk; null for an embedded one

  // Whether the file is one of the rules compiled into the library.
  bool embedded() const noexcept { return storage == nullptr; }
};

class RuleSet {
 public:
  // The rules compiled into the library.
  static RuleSet embedded();

  // Reads every *.tsv and *.txt file and every VERSION file under
  // `directory` (recursively).
  // `over` is the set the directory adds to (its files with the same path are
  // replaced); pass an empty RuleSet to use the directory alone.
  static Result<RuleSet> with_directory(RuleSet over, const std::string& directory);

  // The base file for `base_path` followed by its extensions ("STEM.TAG.tsv"),
  // in name order. Empty when none exists.
  std::vector<const RuleFile*> files_for(std::string_view base_path) const;

  const std::map<std::string, RuleFile>& files() const noexcept { return files_; }

 private:
  std::map<std::string, RuleFile> files_;  // by relative path
};

// The data-format version of the rules this library reads. A rules tree
// states the version it is written for in rules/<lang>/VERSION and
// rules/common/VERSION (one line, the number); a file that is missing
// states nothing.
inline constexpr int kRuleDataVersion = 1;

// An ErrorCode::rule_syntax error naming the file when `<language>/VERSION`
// or `common/VERSION` of the set holds anything but kRuleDataVersion.
std::optional<Error> check_data_version(const RuleSet& rules, const std::string& language);

// "en/abbreviations.newsroom.tsv" -> "en/abbreviations.tsv"; a base path is returned unchanged.
std::string base_path_of(std::string_view relative_path);

}  // namespace sayso::rules

#endif  // SAYSO_RULES_RULE_SET_HPP
