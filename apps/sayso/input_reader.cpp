#include "input_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <limits>
#include <string_view>

#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "sayso/document.hpp"
#include "sayso/utf8.hpp"

#include "sayso/utf8.hpp"

namespace sayso::cli {
namespace fs = std::filesystem;

namespace {

bool is_jsonl_name(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

// Appends a whole stream to `out` in large blocks (no stringstream copy),
// or stops once `out` holds `at_most` bytes (0: no limit).
bool read_all(std::istream& in, std::string& out, std::uint64_t size_hint, std::size_t at_most = 0) {
  constexpr std::size_t kBlock = 1u << 20;
  std::size_t size = out.size();
  // Room for the whole file plus the last (short) block read: no regrowth.
  if (size_hint > 0 && size_hint < out.max_size() / 2) out.reserve(size + static_cast<std::size_t>(size_hint) + kBlock);
  while (in && (at_most == 0 || size < at_most)) {
    const std::size_t block = at_most == 0 ? kBlock : std::min(kBlock, at_most - size);
    out.resize(size + block);
    in.read(&out[size], static_cast<std::streamsize>(block));
    size += static_cast<std::size_t>(in.gcount());
  }
  out.resize(size);
  return !in.bad();
}

// Reads a stream to its end without keeping it; the number of bytes skipped.
std::uint64_t skip_all(std::istream& in) {
  char block[1 << 16];
  std::uint64_t skipped = 0;
  while (in) {
    in.read(block, sizeof block);
    skipped += static_cast<std::uint64_t>(in.gcount());
  }
  return skipped;
}

// std::getline that keeps at most `cap` bytes of the line: a longer line is
// read to its end and dropped, and `whole` tells it. False at the end of the
// stream with nothing read.
bool read_line_capped(std::istream& in, std::string& line, std::size_t cap, std::uint64_t& length, bool& whole) {
  line.clear();
  length = 0;
  whole = true;
  std::streambuf* buffer = in.rdbuf();
  bool any = false;
  while (true) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(any ? std::ios::eofbit : (std::ios::eofbit | std::ios::failbit));
      return any;
    }
    any = true;
    if (c == '\n') return true;
    ++length;
    if (line.size() < cap) {
      line.push_back(static_cast<char>(c));
    } else {
      whole = false;
    }
  }
}

bool is_text_file_name(const fs::path& path) { return path.extension() == ".txt"; }

// Lists every *.txt file below `root` into `out`, one Source each, and one
// Source with an error for each entry that cannot be listed or read: a
// subdirectory that cannot be opened, a *.txt name that leads nowhere (a
// dangling or looping symbolic link) or to something that is not a file.
// Symbolic links to directories are not followed (no cycles); the file
// `exclude` is left out.
void list_directory(const fs::path& root, const std::optional<FileIdentity>& exclude,
                    std::vector<InputReader::Source>& out) {
  std::vector<fs::path> directories{root};
  while (!directories.empty()) {
    const fs::path directory = std::move(directories.back());
    directories.pop_back();
    std::error_code ec;
    fs::directory_iterator it(directory, ec);
    if (ec) {
      out.push_back({directory.string(), "cannot list directory: " + ec.message()});
      continue;
    }
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::error_code type_ec;
      const fs::file_status own = entry.symlink_status(type_ec);
      if (!type_ec && fs::is_directory(own)) {
        directories.push_back(entry.path());
        continue;
      }
      if (!is_text_file_name(entry.path())) continue;
      const fs::file_status target = type_ec ? own : entry.status(type_ec);
      if (type_ec) {
        out.push_back({entry.path().string(), "cannot read: " + type_ec.message()});
      } else if (fs::is_regular_file(target)) {
        if (exclude && identify_file(entry.path().string()) == exclude) continue;
        out.push_back({entry.path().string(), std::nullopt});
      } else if (!fs::is_directory(target)) {  // a link to a directory is not followed
        out.push_back({entry.path().string(), "not a regular file"});
      }
    }
    if (ec) out.push_back({directory.string(), "cannot list the rest of the directory: " + ec.message()});
  }
}

// The id and text fields of a JSONL line read without building a DOM.
// Only a line this reader is sure of gets an answer: an object whose values
// are strings, literals, nested arrays and objects, integers of at most 18
// digits and decimals without exponent, and in which each of the two
// fields appears at most once. Anything else (a number that could
// overflow, an escaped surrogate not in a pair, a control character, a
// syntax error, nesting deeper than 64) gives no answer, and the caller
// asks nlohmann, whose answer and error messages are the contract.
class FlatJsonFields {
 public:
  FlatJsonFields(std::string_view line, const std::string& id_field, const std::string& text_field)
      : p_(line.data()), end_(line.data() + line.size()), id_field_(id_field), text_field_(text_field) {}

  enum class Id { absent, null, string, integer };
  enum class Text { absent, string, other };
  Id id_kind = Id::absent;
  std::string id;
  Text text_kind = Text::absent;
  std::string text;

  // True when the line is a JSON object read to its end.
  bool read() {
    skip_space();
    if (!eat('{')) return false;
    skip_space();
    if (eat('}')) return at_end();
    for (;;) {
      skip_space();
      std::string key;
      if (!eat('"') || !read_string(&key)) return false;
      skip_space();
      if (!eat(':')) return false;
      skip_space();
      if (key == id_field_) {
        if (id_kind != Id::absent || !read_id()) return false;
      } else if (key == text_field_) {
        if (text_kind != Text::absent) return false;
        if (p_ < end_ && *p_ == '"') {
          ++p_;
          if (!read_string(&text)) return false;
          text_kind = Text::string;
        } else {
          if (!skip_value(1)) return false;
          text_kind = Text::other;
        }
      } else if (!skip_value(1)) {
        return false;
      }
      skip_space();
      if (eat(',')) continue;
      if (eat('}')) return at_end();
      return false;
    }
  }

 private:
  static constexpr int kMostDepth = 64;

  bool eat(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  void skip_space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool at_end() {
    skip_space();
    return p_ == end_;
  }
  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }
  static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool read_hex4(unsigned& out) {
    if (end_ - p_ < 4) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const int d = hex_digit(p_[i]);
      if (d < 0) return false;
      out = out * 16 + static_cast<unsigned>(d);
    }
    p_ += 4;
    return true;
  }
  // The end of the run of plain string bytes from `p`: the first '"', '\\'
  // or control character below 0x20, or `end`. Eight bytes at a time: the
  // reader runs on one thread for all the workers, and most of a news
  // JSONL line is such runs (the text, and the other fields it skips).
  static const char* plain_run_end(const char* p, const char* end) {
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "plain_run_end reads the first byte as the lowest");
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    while (end - p >= 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, p, 8);
      // The high bit of each byte that is '"', '\\' or below 0x20 (and
      // maybe of bytes after such a byte: only the lowest one counts).
      const std::uint64_t quote = chunk ^ (kOnes * '"');
      const std::uint64_t backslash = chunk ^ (kOnes * '\\');
      const std::uint64_t stops =
          (((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | ((chunk - kOnes * 0x20) & ~chunk)) &
          kHighs;
      if (stops != 0) return p + __builtin_ctzll(stops) / 8;
      p += 8;
    }
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20) ++p;
    return p;
  }
  // After the opening quote; appends the decoded string to `out` when given.
  // The line's UTF-8 was checked before, so bytes from 0x20 up are copied as they are.
  bool read_string(std::string* out) {
    for (;;) {
      const char* run = p_;
      p_ = plain_run_end(p_, end_);
      if (out) out->append(run, static_cast<std::size_t>(p_ - run));
      if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
      if (*p_++ == '"') return true;
      if (p_ == end_) return false;
      const char escape = *p_++;
      char plain = 0;
      switch (escape) {
        case '"': plain = '"'; break;
        case '\\': plain = '\\'; break;
        case '/': plain = '/'; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': {
          unsigned cp = 0;
          if (!read_hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned low = 0;
            if (!literal("\\u") || !read_hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          if (out) sayso::append_utf8(static_cast<char32_t>(cp), *out);
          continue;
        }
        default: return false;
      }
      if (out) *out += plain;
    }
  }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }
  // A number no parser could overflow: up to 18 integer digits with no
  // leading zero, an optional fraction, no exponent, 30 characters at most.
  bool skip_number(bool* integer) {
    const char* start = p_;
    eat('-');
    if (p_ == end_ || !is_digit(*p_)) return false;
    if (*p_ == '0' && p_ + 1 < end_ && is_digit(p_[1])) return false;
    const char* digits = p_;
    while (p_ < end_ && is_digit(*p_)) ++p_;
    if (p_ - digits > 18) return false;
    *integer = true;
    if (eat('.')) {
      *integer = false;
      const char* fraction = p_;
      while (p_ < end_ && is_digit(*p_)) ++p_;
      if (p_ == fraction) return false;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) return false;
    return p_ - start <= 30;
  }
  bool read_id() {
    if (eat('"')) {
      id_kind = Id::string;
      return read_string(&id);
    }
    if (literal("null")) {
      id_kind = Id::null;
      return true;
    }
    // A non-negative integer is written back as its digits; other ids are left to nlohmann.
    if (p_ == end_ || !is_digit(*p_)) return false;
    const char* start = p_;
    bool integer = false;
    if (!skip_number(&integer) || !integer) return false;
    id.assign(start, p_);
    id_kind = Id::integer;
    return true;
  }
  bool skip_value(int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '"': ++p_; return read_string(nullptr);
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      case '{':
      case '[': {
        if (depth >= kMostDepth) return false;
        const char close = *p_ == '{' ? '}' : ']';
        const bool object = close == '}';
        ++p_;
        skip_space();
        if (eat(close)) return true;
        for (;;) {
          skip_space();
          if (object) {
            if (!eat('"') || !read_string(nullptr)) return false;
            skip_space();
            if (!eat(':')) return false;
            skip_space();
          }
          if (!skip_value(depth + 1)) return false;
          skip_space();
          if (eat(',')) continue;
          return eat(close);
        }
      }
      default: {
        bool integer = false;
        return skip_number(&integer);
      }
    }
  }

  const char* p_;
  const char* end_;
  const std::string& id_field_;
  const std::string& text_field_;
};

// Collects the raw text of a number that is the value of one top-level key
// (nlohmann's DOM turns integers beyond 64 bits into doubles).
class RawNumberOfKey : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit RawNumberOfKey(const std::string& key) : key_(key) {}
  std::optional<std::string> raw;

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t& s) override {
    if (wanted_ && depth_ == 1) raw = s;
    return value();
  }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    wanted_ = depth_ == 1 && k == key_;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  bool value() {
    if (depth_ == 1) wanted_ = false;
    return true;
  }
  bool open() {
    value();
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }
  const std::string& key_;
  int depth_ = 0;
  bool wanted_ = false;
};

// The id as written in the line: strings as they are, numbers with all
// their digits, anything else as compact JSON.
std::string id_text(const nlohmann::json& id, const std::string& line, const std::string& id_field) {
  if (id.is_string()) return id.get<std::string>();
  if (id.is_number_float()) {
    RawNumberOfKey raw(id_field);
    nlohmann::json::sax_parse(line, &raw);
    if (raw.raw) return *raw.raw;
  }
  return id.dump();
}

// The id, text or error of one JSONL line. `location` is "file:line", the
// id of a line without one; `first_object_seen`: an earlier line was a
// JSON object (the first object is read by nlohmann, for its keys).
void read_jsonl_fields(const std::string& line, const std::string& location, std::size_t line_number,
                       bool first_object_seen, const InputOptions& options, JsonlCounts& counts,
                       InputDocument& out) {
  const std::string* source = &line;
  std::string repaired;
  const auto bad = sayso::find_invalid_utf8(line);
  if (bad) {
    if (!options.repair_utf8) {
      out.id = location;
      out.error = "invalid UTF-8 at byte " + std::to_string(*bad) + " of line " +
                  std::to_string(line_number) + " (use --repair-utf8 to replace invalid bytes)";
      out.error_code = InputError::invalid_utf8;
      // Recover the id if the line is otherwise JSON, so the error record can be matched.
      repaired = sayso::replace_invalid_utf8(line);
      const nlohmann::json j = nlohmann::json::parse(repaired, nullptr, false);
      if (j.is_object()) {
        ++counts.objects;
        if (j.contains(options.text_field)) ++counts.with_text_field;
        const auto id = j.find(options.id_field);
        if (id != j.end() && !id->is_null()) {
          ++counts.with_id_field;
          out.id = id_text(*id, repaired, options.id_field);
        }
      }
      return;
    }
    repaired = sayso::replace_invalid_utf8(line);
    source = &repaired;
  }
  // The first object is read by nlohmann for its list of keys; the others
  // by the flat reader when it is sure of the line.
  if (first_object_seen) {
    FlatJsonFields fields(*source, options.id_field, options.text_field);
    if (fields.read()) {
      ++counts.objects;
      if (fields.id_kind == FlatJsonFields::Id::absent || fields.id_kind == FlatJsonFields::Id::null) {
        out.id = location;
      } else {
        ++counts.with_id_field;
        out.id = std::move(fields.id);
      }
      if (fields.text_kind == FlatJsonFields::Text::absent) {
        out.error = "no field '" + options.text_field + "' (see --text-field)";
        out.error_code = InputError::missing_field;
        return;
      }
      ++counts.with_text_field;
      if (fields.text_kind != FlatJsonFields::Text::string) {
        out.error = "field '" + options.text_field + "' is not a string";
        out.error_code = InputError::missing_field;
        return;
      }
      out.text = std::move(fields.text);
      return;
    }
  }
  const nlohmann::json j = nlohmann::json::parse(*source, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    out.id = location;
    out.error = j.is_discarded() ? "line is not valid JSON" : "line is not a JSON object";
    out.error_code = InputError::bad_json;
    return;
  }
  if (!first_object_seen && counts.objects == 0) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      counts.first_keys += (counts.first_keys.empty() ? "" : ", ") + it.key();
    }
  }
  ++counts.objects;
  const auto id = j.find(options.id_field);
  if (id == j.end() || id->is_null()) {
    out.id = location;
  } else {
    ++counts.with_id_field;
    out.id = id_text(*id, *source, options.id_field);
  }
  const auto text = j.find(options.text_field);
  if (text == j.end()) {
    out.error = "no field '" + options.text_field + "' (see --text-field)";
    out.error_code = InputError::missing_field;
    return;
  }
  ++counts.with_text_field;
  if (!text->is_string()) {
    out.error = "field '" + options.text_field + "' is not a string";
    out.error_code = InputError::missing_field;
    return;
  }
  out.text = text->get<std::string>();
}

}  // namespace

std::size_t jsonl_line_cap(std::size_t max_document_bytes) noexcept {
  constexpr std::size_t kFieldsAllowance = std::size_t{1} << 20;
  const std::size_t most = std::numeric_limits<std::size_t>::max();
  if (max_document_bytes == 0 || max_document_bytes > (most - kFieldsAllowance) / 6) return most;
  return 6 * max_document_bytes + kFieldsAllowance;
}

const char* input_error_name(InputError error) noexcept {
  switch (error) {
    case InputError::io: return "io";
    case InputError::invalid_utf8: return "invalid_utf8";
    case InputError::bad_json: return "bad_json";
    case InputError::missing_field: return "missing_field";
    case InputError::too_large: return "too_large";
  }
  return "io";
}

std::optional<FileIdentity> identify_file(const std::string& path) {
  struct stat st {};
  if (path == "-" ? ::fstat(STDIN_FILENO, &st) != 0 : ::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileIdentity{st.st_dev, st.st_ino};
}

InputReader::InputReader(std::vector<std::string> inputs, InputOptions options)
    : options_(std::move(options)) {
  // Expand directories now, so that the order is fixed: sorted paths of *.txt.
  std::vector<Source> expanded;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<Source> listed;
      list_directory(input, options_.exclude, listed);
      std::sort(listed.begin(), listed.end(), [](const Source& a, const Source& b) { return a.path < b.path; });
      if (listed.empty()) warnings_.push_back("directory '" + input + "' holds no *.txt file");
      expanded.insert(expanded.end(), std::make_move_iterator(listed.begin()), std::make_move_iterator(listed.end()));
    } else {
      expanded.push_back({input, std::nullopt});
    }
  }

  std::uint64_t total = 0;
  bool known = true;
  for (const Source& input : expanded) {
    if (input.error) continue;
    struct stat st {};
    if (input.path == "-" ? ::fstat(STDIN_FILENO, &st) != 0 : ::stat(input.path.c_str(), &st) != 0) {
      if (input.path == "-") known = false;
      continue;  // a missing file: an error record, no bytes
    }
    if (!S_ISREG(st.st_mode)) {
      known = false;  // a pipe or a terminal: its size is unknown
      break;
    }
    total += static_cast<std::uint64_t>(st.st_size);
  }
  if (known) total_bytes_ = total;
  pending_.assign(std::make_move_iterator(expanded.rbegin()), std::make_move_iterator(expanded.rend()));
}

bool InputReader::next(InputDocument& out) {
  while (true) {
    if (jsonl_ && next_jsonl_line(out)) return true;
    if (pending_.empty()) return false;
    if (open_next_source(out)) return true;
  }
}

bool InputReader::open_next_source(InputDocument& out) {
  const Source input = std::move(pending_.back());
  pending_.pop_back();
  file_.reset();
  jsonl_ = nullptr;
  out = InputDocument{};

  if (input.error) {  // an entry of a directory that could not be listed or read
    out.id = input.path;
    out.error = *input.error;
    return true;
  }
  const bool is_stdin = input.path == "-";
  bool jsonl = options_.format == InputFormat::jsonl ||
               (options_.format == InputFormat::automatic && !is_stdin && is_jsonl_name(input.path));
  std::istream* stream = &std::cin;
  if (!is_stdin) {
    file_ = std::make_unique<std::ifstream>(input.path, std::ios::binary);
    if (!*file_) {
      out.id = input.path;
      std::error_code ec;
      out.error = fs::exists(input.path, ec) ? "cannot open file" : "no such file or directory";
      file_.reset();
      return true;
    }
    stream = file_.get();
  } else if (options_.format == InputFormat::automatic && stdin_holds_jsonl()) {
    jsonl = true;
    jsonl_notice_ = "sayso extract: reading standard input as JSONL (its first line is a JSON object with a '" +
                    options_.text_field + "' field); --input-format text reads it as one text document";
  }
  if (jsonl) {
    jsonl_ = stream;
    jsonl_name_ = is_stdin ? "<stdin>" : input.path;
    jsonl_line_ = 0;
    return false;  // documents come from next_jsonl_line()
  }
  out.id = is_stdin ? "-" : input.path;
  if (is_stdin && peeked_line_) {  // the line read to tell JSONL from text belongs to the text
    out.text = std::move(*peeked_line_);
    if (peeked_line_ended_) out.text.push_back('\n');
    peeked_line_.reset();
  }
  std::error_code size_ec;
  const std::uint64_t size_hint = is_stdin ? 0 : fs::file_size(input.path, size_ec);
  // The user's limit, or else the longest a document can be (which the
  // library refuses too): a longer file is refused unread.
  const std::size_t limit = options_.max_document_bytes == 0
                                ? sayso::kMaxDocumentBytes
                                : std::min(options_.max_document_bytes, sayso::kMaxDocumentBytes);
  if (!size_ec && size_hint > limit) {
    out.error = "document of " + std::to_string(size_hint) + " bytes is longer than the limit of " +
                std::to_string(limit) + " bytes (refused from the file's size, unread)";
    out.error_code = InputError::too_large;
    bytes_read_ += size_hint;
    file_.reset();
    return true;
  }
  // A pipe has no size: read one byte past the limit at most, then skip the rest.
  if (!read_all(*stream, out.text, size_ec ? 0 : size_hint, limit + 1)) {
    out.text.clear();
    out.error = "cannot read file";
  } else if (out.text.size() > limit) {
    const std::uint64_t skipped = skip_all(*stream);
    bytes_read_ += skipped;
    out.error = "document of " + std::to_string(out.text.size() + skipped) + " bytes is longer than the limit of " +
                std::to_string(limit) + " bytes";
    out.error_code = InputError::too_large;
    out.text = std::string();
  }
  bytes_read_ += out.text.size();
  file_.reset();
  return true;
}

// Reads standard input's first line (kept for whoever reads on) and tells
// whether it is a JSON object with the text field.
bool InputReader::stdin_holds_jsonl() {
  std::string line;
  if (!std::getline(std::cin, line)) {
    std::cin.clear(std::cin.rdstate() & ~std::ios::failbit);  // empty input: an empty document
    return false;
  }
  peeked_line_ended_ = !std::cin.eof();
  peeked_line_ = line;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
  const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  return j.is_object() && j.contains(options_.text_field);
}

// The reader keeps its line buffer's room from line to line up to this
// size; a longer line's room goes with it.
constexpr std::size_t kLineBufferKept = std::size_t{1} << 20;

bool InputReader::next_jsonl_line(InputDocument& out) {
  std::string& line = line_buffer_;  // kept from line to line: no regrowth per line
  while (true) {
    if (peeked_line_) {
      line = std::move(*peeked_line_);
      peeked_line_.reset();
    } else if (options_.max_document_bytes == 0) {
      if (!std::getline(*jsonl_, line)) break;
    } else {
      std::uint64_t length = 0;
      bool whole = true;
      if (!read_line_capped(*jsonl_, line, jsonl_line_cap(options_.max_document_bytes), length, whole)) break;
      if (!whole) {
        ++jsonl_line_;
        bytes_read_ += length + 1;
        out = InputDocument{};
        out.id = jsonl_name_ + ":" + std::to_string(jsonl_line_);
        out.error = "line of " + std::to_string(length) + " bytes, read no further: a line over " +
                    std::to_string(jsonl_line_cap(options_.max_document_bytes)) +
                    " bytes cannot hold a document within the limit of " +
                    std::to_string(options_.max_document_bytes) + " bytes (its text escaped, and other fields)";
        out.error_code = InputError::too_large;
        out.notice = std::move(jsonl_notice_);
        jsonl_notice_.clear();
        return true;
      }
    }
    ++jsonl_line_;
    bytes_read_ += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not documents
    out = InputDocument{};
    std::string location = jsonl_name_ + ":" + std::to_string(jsonl_line_);
    if (defer_ && jsonl_counts_.objects > 0) {
      // A line of news goes out as a copy of its exact size, allocated once,
      // and the buffer stays the reader's; a long line goes out as it is
      // (no second copy of it at once), and so does the buffer's room.
      out.deferred = DeferredJsonlLine{line.size() < kLineBufferKept ? std::string(line) : std::move(line),
                                       std::move(location), jsonl_line_};
    } else {
      read_jsonl_fields(line, location, jsonl_line_, jsonl_counts_.objects > 0, options_, jsonl_counts_, out);
    }
    if (line.capacity() >= kLineBufferKept) std::string().swap(line);  // not held through the batch
    out.notice = std::move(jsonl_notice_);
    jsonl_notice_.clear();
    return true;
  }
  if (jsonl_->bad()) {
    out = InputDocument{};
    out.id = jsonl_name_;
    out.error = "read error after line " + std::to_string(jsonl_line_);
    jsonl_ = nullptr;
    file_.reset();
    return true;
  }
  jsonl_ = nullptr;
  file_.reset();
  return false;
}

void add_counts(JsonlCounts& to, const JsonlCounts& more) {
  to.objects += more.objects;
  to.with_text_field += more.with_text_field;
  to.with_id_field += more.with_id_field;
  if (to.first_keys.empty()) to.first_keys = more.first_keys;
}

void read_deferred_jsonl(InputDocument& doc, const InputOptions& options, JsonlCounts& counts) {
  if (!doc.deferred) return;
  const DeferredJsonlLine deferred = std::move(*doc.deferred);
  doc.deferred.reset();
  read_jsonl_fields(deferred.line, deferred.location, deferred.number, true, options, counts, doc);
}

}  // namespace sayso::cli
