// The file named by `sayso extract -o`, written so that a failed or
// interrupted run never leaves the target half written or empty: the output
// goes to a temporary file in the target's directory, which commit() renames
// over the target. A target that exists and is not a regular file (a device
// such as /dev/null, a pipe) is written directly.
#ifndef SAYSO_APPS_OUTPUT_FILE_HPP
#define SAYSO_APPS_OUTPUT_FILE_HPP

#include <fstream>
#include <optional>
#include <ostream>
#include <string>

namespace sayso::cli {

class OutputFile {
 public:
  OutputFile() = default;
  // Removes the temporary file unless commit() succeeded.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Creates the temporary file (mode: the target's, or 0666 less the umask).
  // Returns what went wrong, or nothing.
  std::optional<std::string> open(const std::string& target);

  std::ostream& stream() { return file_; }

  // Flushes, closes and renames the temporary file over the target. Returns
  // what went wrong (the target is then untouched), or nothing.
  std::optional<std::string> commit();

 private:
  std::string target_;
  std::string temporary_;  // empty when writing the target directly
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace sayso::cli

#endif  // SAYSO_APPS_OUTPUT_FILE_HPP
