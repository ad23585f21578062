// libFuzzer target: the CLI's JSONL reader (apps/sayso/input_reader.*) on an
// arbitrary file. The first byte chooses --repair-utf8 (odd) or not; the
// rest is the file, handed to the reader through an in-memory file
// (memfd), so nothing is written to disk. Checks the reader's promises:
// one document per non-blank line, each with either an error or a text;
// ids and texts are valid UTF-8 whatever the bytes.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"
#include "input_reader.hpp"

namespace {

using sayso::fuzz::require;

// An in-memory file for the whole run, rewritten for each input.
int memory_file() {
  static const int fd = [] {
    const int created = ::memfd_create("sayso-fuzz-jsonl", 0);
    require(created >= 0, "memfd_create works");
    return created;
  }();
  return fd;
}

void write_file(std::string_view content) {
  const int fd = memory_file();
  require(::ftruncate(fd, 0) == 0, "the memory file is emptied");
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::pwrite(fd, content.data() + written, content.size() - written,
                               static_cast<off_t>(written));
    require(n > 0, "the memory file is written");
    written += static_cast<std::size_t>(n);
  }
}

// The lines the reader must turn into documents: every line (split at LF,
// a final CR dropped) with a character other than a space or a tab.
std::size_t document_lines(std::string_view content) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) ++count;
    pos = eol + 1;
  }
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  write_file(content);

  sayso::cli::InputOptions options;
  options.format = sayso::cli::InputFormat::jsonl;
  options.repair_utf8 = (data[0] & 1) != 0;
  sayso::cli::InputReader reader({"/proc/self/fd/" + std::to_string(memory_file())}, options);
  std::size_t documents = 0;
  sayso::cli::InputDocument document;
  while (reader.next(document)) {
    ++documents;
    require(documents <= document_lines(content), "no more documents than non-blank lines");
    require(sayso::fuzz::is_valid_utf8(document.id), "an id is valid UTF-8");
    if (document.error) {
      require(!document.error->empty(), "an error says what is wrong");
    } else {
      require(sayso::fuzz::is_valid_utf8(document.text), "a text is valid UTF-8");
    }
  }
  require(documents == document_lines(content), "one document per non-blank line");
  return 0;
}
