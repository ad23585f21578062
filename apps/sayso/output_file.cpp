#include "output_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace sayso::cli {
namespace fs = std::filesystem;

OutputFile::~OutputFile() {
  if (!temporary_.empty() && !committed_) {
    file_.close();
    ::unlink(temporary_.c_str());
  }
}

std::optional<std::string> OutputFile::open(const std::string& target) {
  target_ = target;
  struct stat st {};
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {  // a device or a pipe: nothing to protect, nothing to rename
    file_.open(target, std::ios::binary);
    if (!file_) return "cannot write '" + target + "'";
    return std::nullopt;
  }
  fs::path path(target);
  std::error_code ec;
  if (exists && fs::is_symlink(path, ec)) {  // replace the file the link names, not the link
    const fs::path resolved = fs::canonical(path, ec);
    if (!ec) {
      path = resolved;
      target_ = resolved.string();
    }
  }
  const fs::path directory = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string pattern = (directory / ("." + path.filename().string() + ".sayso-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    return "cannot write '" + target + "': cannot create a temporary file in '" + directory.string() +
           "': " + std::strerror(errno);
  }
  temporary_ = name.data();
  mode_t mode = st.st_mode & 07777;
  if (!exists) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(fd, mode);
  ::close(fd);
  file_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!file_) return "cannot write '" + temporary_ + "'";
  return std::nullopt;
}

std::optional<std::string> OutputFile::commit() {
  file_.flush();
  if (!file_) return "writing '" + target_ + "' failed";
  file_.close();
  if (file_.fail()) return "writing '" + target_ + "' failed";
  if (temporary_.empty()) return std::nullopt;
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    return "cannot replace '" + target_ + "' with '" + temporary_ + "': " + std::strerror(errno);
  }
  committed_ = true;
  return std::nullopt;
}

}  // namespace sayso::cli
