// Reads the documents of the CLI's inputs one at a time: plain text files
// (one document each, id = path), directories (every *.txt below, in path
// order), JSONL files (one document per line) and standard input ("-").
//
// Nothing is dropped in silence: an entry of a directory that cannot be
// listed or read, a line that is not JSON, a line without the text field,
// each gives one document with `error` set, and reading goes on.
#ifndef SAYSO_APPS_INPUT_READER_HPP
#define SAYSO_APPS_INPUT_READER_HPP

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sayso::cli {

enum class InputFormat {
  automatic,  // by extension (.jsonl, .ndjson -> jsonl); standard input is JSONL when its
              // first line is a JSON object with the text field, else text
  text,
  jsonl,
};

// A file as the kernel knows it: equal identities are the same file,
// whatever the paths that lead to it.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  friend bool operator==(const FileIdentity& a, const FileIdentity& b) {
    return a.device == b.device && a.inode == b.inode;
  }
};

// The identity of the file at `path` (following symbolic links), or of
// standard input for "-"; nothing when it does not exist.
std::optional<FileIdentity> identify_file(const std::string& path);

struct InputOptions {
  InputFormat format = InputFormat::automatic;
  std::string id_field = "id";
  std::string text_field = "text";
  bool repair_utf8 = false;  // JSONL: replace invalid bytes with U+FFFD before parsing
  // A file never read from a directory listing (the output file).
  std::optional<FileIdentity> exclude;
  // 0: no limit. Otherwise a text file longer than this is refused from its
  // size, unread, and a JSONL line is read no further than
  // jsonl_line_cap(max_document_bytes): the memory a huge input takes is
  // bounded before the pipeline's own check sees the text.
  std::size_t max_document_bytes = 0;
};

// The longest JSONL line read whole under a document limit: a line holds
// its text JSON-escaped (up to 6 bytes a byte, \u0000) beside its other
// fields, so a line past 6 x limit plus 1 MiB cannot be a document within
// the limit unless its other fields are huge.
std::size_t jsonl_line_cap(std::size_t max_document_bytes) noexcept;

// Why a document could not be read; its name is the record's error_code.
enum class InputError {
  io,             // a file or directory could not be opened, listed or read
  invalid_utf8,   // a JSONL line that is not UTF-8 (without --repair-utf8)
  bad_json,       // a JSONL line that is not a JSON object
  missing_field,  // a JSONL object without the text field, or whose text is not a string
  too_large,      // over InputOptions::max_document_bytes, refused before it was read whole
};

// "io", "invalid_utf8", "bad_json", "missing_field", "too_large" (the
// library's name for the same refusal).
const char* input_error_name(InputError error) noexcept;

// A JSONL line handed out unread (InputReader::defer_jsonl_fields).
struct DeferredJsonlLine {
  std::string line;        // without its line break
  std::string location;    // "file:line": the id of a line that has none
  std::size_t number = 0;  // its line number in the file, from 1
};

struct InputDocument {
  std::string id;
  std::string text;
  std::optional<std::string> error;   // set when the document could not be read
  InputError error_code = InputError::io;
  std::string notice;                 // a message for standard error that comes with this document
  // Set, and id, text and error not yet, when the reader handed the line
  // out unread: read_deferred_jsonl() reads it.
  std::optional<DeferredJsonlLine> deferred;
};

// What the JSONL lines held, to tell a user whose field names match nothing.
struct JsonlCounts {
  std::size_t objects = 0;         // lines that were JSON objects
  std::size_t with_text_field = 0;
  std::size_t with_id_field = 0;
  std::string first_keys;          // the keys of the first object, comma separated
};

// Adds the counts of `more` to `to`; `to` keeps its first_keys unless it has none.
void add_counts(JsonlCounts& to, const JsonlCounts& more);

// Reads the fields of a line the reader deferred, exactly as the reader
// would have read them (the same ids, texts, errors and messages): sets
// doc.id, text, error and error_code, clears doc.deferred, and adds what
// the line held to `counts` (never first_keys: the reader reads the first
// object itself). Safe on any thread; `options` are the reader's.
void read_deferred_jsonl(InputDocument& doc, const InputOptions& options, JsonlCounts& counts);

class InputReader {
 public:
  // Lists the directories among `inputs` at once, so that the order is fixed.
  InputReader(std::vector<std::string> inputs, InputOptions options);

  // The next document, or false at the end of all inputs. A problem with one
  // input (unreadable file, a line that is not JSON) yields a document with
  // `error` set; reading goes on with the next.
  bool next(InputDocument& out);

  // true: once a JSONL line has been a JSON object, the lines after it come
  // out unread (InputDocument::deferred), for whoever runs
  // read_deferred_jsonl(). The reader then only splits lines, and reading
  // their fields (checking UTF-8, unescaping the text, passing over the other
  // fields) is shared by the workers instead of done by the one thread that
  // feeds them all. The counts of the lines handed out unread are not in
  // jsonl_counts().
  void defer_jsonl_fields(bool defer) noexcept { defer_ = defer; }

  // Warnings found while listing the inputs (a directory with no *.txt
  // file), one message each, for standard error.
  const std::vector<std::string>& warnings() const noexcept { return warnings_; }

  // Counts over every JSONL line read so far (not those handed out unread).
  const JsonlCounts& jsonl_counts() const noexcept { return jsonl_counts_; }

  // Input bytes consumed so far (whole files; JSONL lines with their line
  // break), for progress reports.
  std::uint64_t bytes_read() const noexcept { return bytes_read_; }
  // The total size of the inputs when every one is a regular file (standard
  // input included), else nothing. Computed once, when the reader is built.
  std::optional<std::uint64_t> total_bytes() const noexcept { return total_bytes_; }

  // One input to open: a path, or an entry of a directory that could not be
  // listed or read (`error` set).
  struct Source {
    std::string path;
    std::optional<std::string> error;
  };

 private:
  bool open_next_source(InputDocument& out);
  bool next_jsonl_line(InputDocument& out);
  bool stdin_holds_jsonl();

  std::vector<Source> pending_;  // inputs not yet opened, in order (reversed)
  InputOptions options_;
  std::vector<std::string> warnings_;
  // The JSONL stream being read, if any.
  std::unique_ptr<std::ifstream> file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  std::size_t jsonl_line_ = 0;
  std::string line_buffer_;                 // the JSONL line being read
  std::optional<std::string> peeked_line_;  // standard input's first line, read to detect JSONL
  bool peeked_line_ended_ = false;          // it had a line break
  std::string jsonl_notice_;                // goes with the next JSONL document
  JsonlCounts jsonl_counts_;
  std::uint64_t bytes_read_ = 0;
  std::optional<std::uint64_t> total_bytes_;
  bool defer_ = false;
};

}  // namespace sayso::cli

#endif  // SAYSO_APPS_INPUT_READER_HPP
