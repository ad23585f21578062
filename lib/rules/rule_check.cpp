#include "rules/rule_check.hpp"

#include <algorithm>
#include <optional>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "rules/rule_schema.hpp"
#include "rules/rule_set.hpp"
#include "rules/rule_table.hpp"

namespace sayso::rules {
namespace {

// The edit distance between two names (insertions, deletions, substitutions).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// A warning when no loader reads the file: its base path ("en/x.tsv" for
// "en/x.tsv" and "en/x.TAG.tsv") is none of the embedded rule files'.
std::optional<Error> check_rule_file_name(const std::string& relative_path, const std::string& display_name) {
  static const RuleSet embedded = RuleSet::embedded();
  const std::string base = base_path_of(relative_path);
  if (embedded.files().count(base)) return std::nullopt;
  std::string closest;
  std::size_t best = static_cast<std::size_t>(-1);
  for (const auto& [known, file] : embedded.files()) {
    const std::size_t d = edit_distance(base, known);
    if (d < best) {
      best = d;
      closest = known;
    }
  }
  std::string message = "no rule file is named '" + base + "', so nothing would read this file";
  if (!closest.empty()) {
    message += "; the closest name is '" + closest + "'";
    if (base != relative_path) message += " (its extensions are named '" + closest.substr(0, closest.size() - 4) + ".TAG.tsv')";
  }
  return Error::at_location(ErrorCode::rule_syntax, message, display_name, 0);
}

}  // namespace

std::vector<Error> check_rule_table_syntax(std::string_view content, const std::string& file_name) {
  const Result<RuleSchemas>& schemas = RuleSchemas::embedded();
  const FileSchema* schema = schemas ? schemas.value().find(rule_file_stem(file_name)) : nullptr;
  return RuleTable::check(content, file_name, schema);
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
    if (auto name_warning = check_rule_file_name(fs::relative(path, root, ec).generic_string(), path.string())) {
      report.warnings.push_back(std::move(*name_warning));
    }
    report.errors.insert(report.errors.end(), std::make_move_iterator(errors.begin()),
                         std::make_move_iterator(errors.end()));
  }
  return report;
}

}  // namespace sayso::rules
