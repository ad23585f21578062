#include "rules/rule_check.hpp"

#include <algorithm>
#include <optional>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "rules/rule_set.hpp"
#include "rules/tsv_line.hpp"
#include "core/utf8.hpp"

namespace sayso::rules {
namespace {

Error syntax_error(std::string message, const std::string& file, std::size_t line, std::size_t column) {
  return Error::at_location(ErrorCode::rule_syntax, std::move(message), file, line, column);
}

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

// An error when no loader reads the file: its base path ("en/x.tsv" for
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
  std::vector<Error> errors;
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);

  std::size_t header_size = 0;
  bool have_header = false;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    const std::string_view line = content.substr(pos, eol - pos);
    ++line_number;
    if (const auto bad = text::find_invalid_utf8(line)) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(line[*bad]));
      errors.push_back(syntax_error(std::string("invalid UTF-8 (byte ") + byte + ")", file_name,
                                    line_number, *bad + 1));
    }
    if (!is_comment_or_blank(line)) {
      const std::vector<TsvCell> cells = split_tsv_line(line);
      if (!have_header) {
        for (const TsvCell& cell : cells) {
          if (cell.text.empty()) {
            errors.push_back(
                syntax_error("empty column name in the header line", file_name, line_number, cell.column));
          }
        }
        header_size = cells.size();
        have_header = true;
      } else if (cells.size() > header_size) {
        errors.push_back(syntax_error(
            "too many cells: " + std::to_string(cells.size()) + " where the header names " +
                std::to_string(header_size) + " columns (are spaces where tabs belong?)",
            file_name, line_number, cells[header_size].column));
      }
    }
    if (eol == content.size()) break;
    pos = eol + 1;
  }
  if (!have_header) {
    errors.push_back(syntax_error("no header line (the file is empty)", file_name, line_number, 0));
  }
  return errors;
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
    if (auto name_error = check_rule_file_name(fs::relative(path, root, ec).generic_string(), path.string())) {
      errors.insert(errors.begin(), std::move(*name_error));
    }
    report.errors.insert(report.errors.end(), std::make_move_iterator(errors.begin()),
                         std::make_move_iterator(errors.end()));
  }
  return report;
}

}  // namespace sayso::rules
