// Reads the documents of the CLI's inputs one at a time: plain text files
// (one document each, id = path), directories (every *.txt below, in path
// order), JSONL files (one document per line) and standard input ("-").
#ifndef SAYSO_APPS_INPUT_READER_HPP
#define SAYSO_APPS_INPUT_READER_HPP

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sayso::cli {

enum class InputFormat { automatic, text, jsonl };

struct InputOptions {
  InputFormat format = InputFormat::automatic;  // automatic: by extension (.jsonl, .ndjson -> jsonl)
  std::string id_field = "id";
  std::string text_field = "text";
  bool repair_utf8 = false;  // JSONL: replace invalid bytes with U+FFFD before parsing
};

struct InputDocument {
  std::string id;
  std::string text;
  std::optional<std::string> error;  // set when the document could not be read
};

class InputReader {
 public:
  InputReader(std::vector<std::string> inputs, InputOptions options);

  // The next document, or false at the end of all inputs. A problem with one
  // input (unreadable file, a line that is not JSON) yields a document with
  // `error` set; reading goes on with the next.
  bool next(InputDocument& out);

  // Input bytes consumed so far (whole files; JSONL lines with their line
  // break), for progress reports.
  std::uint64_t bytes_read() const noexcept { return bytes_read_; }
  // The total size of the inputs when every one is a regular file (standard
  // input included), else nothing. Computed once, when the reader is built.
  std::optional<std::uint64_t> total_bytes() const noexcept { return total_bytes_; }

 private:
  bool open_next_source(InputDocument& out);
  bool next_jsonl_line(InputDocument& out);
  void parse_jsonl(const std::string& line, InputDocument& out) const;

  std::vector<std::string> pending_;  // inputs not yet opened, in order (reversed)
  InputOptions options_;
  // The JSONL stream being read, if any.
  std::unique_ptr<std::ifstream> file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  std::size_t jsonl_line_ = 0;
  std::uint64_t bytes_read_ = 0;
  std::optional<std::uint64_t> total_bytes_;
};

}  // namespace sayso::cli

#endif  // SAYSO_APPS_INPUT_READER_HPP
