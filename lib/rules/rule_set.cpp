#include "rules/rule_set.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "rules/embedded_rules.hpp"

namespace sayso::rules {

std::string base_path_of(std::string_view relative_path) {
  const std::size_t slash = relative_path.rfind('/');
  const std::size_t name_start = slash == std::string_view::npos ? 0 : slash + 1;
  const std::size_t last_dot = relative_path.rfind('.');
  if (last_dot == std::string_view::npos || last_dot < name_start) return std::string(relative_path);
  const std::size_t tag_dot = relative_path.substr(0, last_dot).rfind('.');
  if (tag_dot == std::string_view::npos || tag_dot < name_start || tag_dot == name_start) {
    return std::string(relative_path);
  }
  return std::string(relative_path.substr(0, tag_dot)) + std::string(relative_path.substr(last_dot));
}

RuleSet RuleSet::embedded() {
  RuleSet set;
  for (std::size_t i = 0; i < kEmbeddedRuleFileCount; ++i) {
    const EmbeddedRuleFile& f = kEmbeddedRuleFiles[i];
    RuleFile file{f.path, std::string("<embedded>/") + f.path, std::string_view(f.data, f.size), nullptr};
    set.files_.emplace(file.relative_path, std::move(file));
  }
  return set;
}

Result<RuleSet> RuleSet::with_directory(RuleSet over, const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path root(directory);
  if (!fs::is_directory(root, ec)) {
    return Error(ErrorCode::io, "rules directory '" + directory + "' does not exist or is not a directory");
  }
  fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink, ec);
  if (ec) return Error(ErrorCode::io, "cannot read rules directory '" + directory + "': " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Error(ErrorCode::io, "cannot read rules directory '" + directory + "': " + ec.message());
    if (!it->is_regular_file(ec)) continue;
    const fs::path& path = it->path();
    const std::string ext = path.extension().string();
    if (ext != ".tsv" && ext != ".txt" && path.filename() != "VERSION") continue;
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error(ErrorCode::io, "cannot open rule file '" + path.string() + "'");
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) return Error(ErrorCode::io, "cannot read rule file '" + path.string() + "'");
    auto storage = std::make_shared<const std::string>(content.str());
    RuleFile file{fs::relative(path, root, ec).generic_string(), path.string(), *storage, storage};
    over.files_[file.relative_path] = std::move(file);
  }
  return over;
}

std::vector<const RuleFile*> RuleSet::files_for(std::string_view base_path) const {
  std::vector<const RuleFile*> result;
  const auto base = files_.find(std::string(base_path));
  if (base != files_.end()) result.push_back(&base->second);
  for (const auto& [path, file] : files_) {
    if (path != base_path && base_path_of(path) == base_path) result.push_back(&file);
  }
  return result;
}

std::optional<Error> check_data_version(const RuleSet& rules, const std::string& language) {
  for (const std::string& path : {language + "/VERSION", std::string("common/VERSION")}) {
    const auto it = rules.files().find(path);
    if (it == rules.files().end()) continue;
    std::string_view content = it->second.content;
    while (!content.empty() && (content.back() == '\n' || content.back() == '\r' || content.back() == ' ')) {
      content.remove_suffix(1);
    }
    const std::string expected = std::to_string(kRuleDataVersion);
    if (content != expected) {
      return Error::at_location(ErrorCode::rule_syntax,
                                "the rules are written for data-format version '" + std::string(content) +
                                    "', and this sayso reads version " + expected +
                                    " (rules/README.md lists what changed between versions)",
                                it->second.display_name, 1, 1);
    }
  }
  return std::nullopt;
}

}  // namespace sayso::rules
