#include "input_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>

#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace sayso::cli {
namespace fs = std::filesystem;

namespace {

bool is_jsonl_name(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

std::string replace_invalid_utf8(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t len = text::valid_sequence_length(bytes, pos);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++pos;
    } else {
      out.append(bytes, pos, len);
      pos += len;
    }
  }
  return out;
}

// Reads a whole stream into `out` in large blocks (no stringstream copy).
bool read_all(std::istream& in, std::string& out, std::uint64_t size_hint) {
  constexpr std::size_t kBlock = 1u << 20;
  out.clear();
  // Room for the whole file plus the last (short) block read: no regrowth.
  if (size_hint > 0 && size_hint < out.max_size() / 2) out.reserve(static_cast<std::size_t>(size_hint) + kBlock);
  std::size_t size = 0;
  while (in) {
    out.resize(size + kBlock);
    in.read(&out[size], static_cast<std::streamsize>(kBlock));
    size += static_cast<std::size_t>(in.gcount());
  }
  out.resize(size);
  return !in.bad();
}

}  // namespace

InputReader::InputReader(std::vector<std::string> inputs, InputOptions options)
    : options_(std::move(options)) {
  // Expand directories now, so that the order is fixed: sorted paths of *.txt.
  std::vector<std::string> expanded;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<std::string> files;
      for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path().string());
      }
      if (ec) {
        expanded.push_back("\x01" + input + "\x01" + ec.message());  // reported as an error document
        continue;
      }
      std::sort(files.begin(), files.end());
      expanded.insert(expanded.end(), files.begin(), files.end());
    } else {
      expanded.push_back(input);
    }
  }
  pending_.assign(expanded.rbegin(), expanded.rend());

  std::uint64_t total = 0;
  bool known = true;
  for (const std::string& input : expanded) {
    struct stat st {};
    if (input == "-" ? ::fstat(STDIN_FILENO, &st) != 0 : ::stat(input.c_str(), &st) != 0) {
      if (input == "-") known = false;
      continue;  // a missing file: an error record, no bytes
    }
    if (!S_ISREG(st.st_mode)) {
      known = false;  // a pipe or a terminal: its size is unknown
      break;
    }
    total += static_cast<std::uint64_t>(st.st_size);
  }
  if (known) total_bytes_ = total;
}

bool InputReader::next(InputDocument& out) {
  while (true) {
    if (jsonl_ && next_jsonl_line(out)) return true;
    if (pending_.empty()) return false;
    if (open_next_source(out)) return true;
  }
}

bool InputReader::open_next_source(InputDocument& out) {
  const std::string input = pending_.back();
  pending_.pop_back();
  file_.reset();
  jsonl_ = nullptr;
  out = InputDocument{};

  if (!input.empty() && input[0] == '\x01') {  // a directory that could not be listed
    const std::size_t sep = input.find('\x01', 1);
    out.id = input.substr(1, sep - 1);
    out.error = "cannot list directory: " + input.substr(sep + 1);
    return true;
  }
  const bool is_stdin = input == "-";
  const bool jsonl = options_.format == InputFormat::jsonl ||
                     (options_.format == InputFormat::automatic && !is_stdin && is_jsonl_name(input));
  std::istream* stream = &std::cin;
  if (!is_stdin) {
    file_ = std::make_unique<std::ifstream>(input, std::ios::binary);
    if (!*file_) {
      out.id = input;
      std::error_code ec;
      out.error = fs::exists(input, ec) ? "cannot open file" : "no such file or directory";
      file_.reset();
      return true;
    }
    stream = file_.get();
  }
  if (jsonl) {
    jsonl_ = stream;
    jsonl_name_ = is_stdin ? "<stdin>" : input;
    jsonl_line_ = 0;
    return false;  // documents come from next_jsonl_line()
  }
  out.id = is_stdin ? "-" : input;
  std::error_code size_ec;
  const std::uint64_t size_hint = is_stdin ? 0 : fs::file_size(input, size_ec);
  if (!read_all(*stream, out.text, size_ec ? 0 : size_hint)) {
    out.text.clear();
    out.error = "cannot read file";
  }
  bytes_read_ += out.text.size();
  file_.reset();
  return true;
}

bool InputReader::next_jsonl_line(InputDocument& out) {
  std::string line;
  while (std::getline(*jsonl_, line)) {
    ++jsonl_line_;
    bytes_read_ += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not documents
    out = InputDocument{};
    parse_jsonl(line, out);
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

void InputReader::parse_jsonl(const std::string& line, InputDocument& out) const {
  const std::string location = jsonl_name_ + ":" + std::to_string(jsonl_line_);
  const std::string* source = &line;
  std::string repaired;
  const auto bad = text::find_invalid_utf8(line);
  if (bad) {
    if (!options_.repair_utf8) {
      out.id = location;
      out.error = "invalid UTF-8 at byte " + std::to_string(*bad) + " of line " +
                  std::to_string(jsonl_line_) + " (use --repair-utf8 to replace invalid bytes)";
      // Recover the id if the line is otherwise JSON, so the error record can be matched.
      const nlohmann::json j = nlohmann::json::parse(replace_invalid_utf8(line), nullptr, false);
      if (j.is_object() && j.contains(options_.id_field)) {
        const auto& id = j[options_.id_field];
        out.id = id.is_string() ? id.get<std::string>() : id.dump();
      }
      return;
    }
    repaired = replace_invalid_utf8(line);
    source = &repaired;
  }
  const nlohmann::json j = nlohmann::json::parse(*source, nullptr, false);
  if (j.is_discarded()) {
    out.id = location;
    out.error = "line is not valid JSON";
    return;
  }
  if (!j.is_object()) {
    out.id = location;
    out.error = "line is not a JSON object";
    return;
  }
  const auto id = j.find(options_.id_field);
  if (id == j.end() || id->is_null()) {
    out.id = location;
  } else {
    out.id = id->is_string() ? id->get<std::string>() : id->dump();
  }
  const auto text = j.find(options_.text_field);
  if (text == j.end()) {
    out.error = "no field '" + options_.text_field + "' (see --text-field)";
    return;
  }
  if (!text->is_string()) {
    out.error = "field '" + options_.text_field + "' is not a string";
    return;
  }
  out.text = text->get<std::string>();
}

}  // namespace sayso::cli
