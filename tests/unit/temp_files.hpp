// Files the unit tests write: a fresh directory under the system's temporary
// directory, and a file written whole (its parent directories made).
#ifndef SAYSO_TESTS_TEMP_FILES_HPP
#define SAYSO_TESTS_TEMP_FILES_HPP

#include <filesystem>
#include <fstream>
#include <string>

namespace sayso_test {

// An empty directory named "sayso_test_<name>" (whatever was there is removed).
inline std::filesystem::path fresh_directory(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("sayso_test_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

}  // namespace sayso_test

#endif  // SAYSO_TESTS_TEMP_FILES_HPP
