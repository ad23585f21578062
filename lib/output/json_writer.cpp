#include "output/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace sayso::output {

void append_number(std::uint64_t n, std::string& out) {
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, static_cast<std::size_t>(result.ptr - buf));
}

void append_number(double d, int significant_digits, std::string& out) {
  char buf[64];
  const auto result = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::general, significant_digits);
  out.append(buf, result.ec == std::errc() ? static_cast<std::size_t>(result.ptr - buf) : 0);
}

void append_fixed(double d, int decimals, std::string& out) {
  char buf[400];  // a double's integer part has at most 309 digits
  const auto result = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, decimals);
  out.append(buf, result.ec == std::errc() ? static_cast<std::size_t>(result.ptr - buf) : 0);
}

bool RepairMarks::is_mark(std::string_view s, std::size_t i) const noexcept {
  if (all_) return true;
  if (!document_) return false;
  if (!document_->repair_marks_mixed()) return true;
  // Marks and U+001A characters both occur: tell them by their offset in
  // the text, where `s` lies (a slice) or where its first copy lies.
  const std::string_view text = document_->text();
  const auto begin = reinterpret_cast<std::uintptr_t>(text.data());
  const auto at = reinterpret_cast<std::uintptr_t>(s.data());
  std::size_t base = 0;
  if (at >= begin && at + s.size() <= begin + text.size()) {
    base = static_cast<std::size_t>(at - begin);
  } else {
    base = text.find(s);
    if (base == std::string_view::npos) return false;  // not from the text: a character
  }
  return document_->is_repair_mark(base + i);
}

void append_json_string(std::string_view s, std::string& out, bool repaired) {
  append_json_string(s, out, repaired ? RepairMarks::all() : RepairMarks());
}

namespace {

// The bytes append_json_string looks at: the ones it may escape, and 0xE2,
// the first byte of U+2028 and U+2029. Every other byte is copied as it is.
struct EscapeTable {
  bool look[256];
};

constexpr EscapeTable make_escape_table() {
  EscapeTable table{};
  for (unsigned c = 0; c < 256; ++c) table.look[c] = c < 0x20 || c == '"' || c == '\\' || c == 0x7F || c == 0xE2;
  return table;
}

constexpr EscapeTable kEscapeTable = make_escape_table();

}  // namespace

void append_json_string(std::string_view s, std::string& out, const RepairMarks& marks) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run_start = 0;
  auto flush = [&](std::size_t i) { out.append(s.data() + run_start, i - run_start); };
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (i < s.size() && !kEscapeTable.look[bytes[i]]) ++i;  // a run copied by flush()
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    const char* escape = nullptr;
    char buf[7];
    if (c == '"') escape = "\\\"";
    else if (c == '\\') escape = "\\\\";
    else if (c == '\n') escape = "\\n";
    else if (c == '\r') escape = "\\r";
    else if (c == '\t') escape = "\\t";
    else if (c == 0x1A && marks.is_mark(s, i)) escape = "\\ufffd";
    else if (c < 0x20 || c == 0x7F) {
      buf[0] = '\\'; buf[1] = 'u'; buf[2] = '0'; buf[3] = '0';
      buf[4] = kHex[c >> 4]; buf[5] = kHex[c & 15]; buf[6] = 0;
      escape = buf;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      // U+2028 and U+2029 are valid JSON but break JavaScript line parsing.
      flush(i);
      out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
      run_start = i + 1;
      continue;
    }
    if (escape) {
      flush(i);
      out += escape;
      run_start = i + 1;
    }
  }
  flush(s.size());
  out.push_back('"');
}

void JsonWriter::separate() {
  if (need_comma_) out_.push_back(',');
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  out_.push_back('{');
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  out_.push_back('}');
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  separate();
  out_.push_back('[');
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  out_.push_back(']');
  need_comma_ = true;
  return *this;
}

namespace {

// Writes ,"name": (the comma when `comma`) at `buf`, which holds at least
// name.size() + 4 bytes, and returns the end; null when `name` holds a byte
// to escape (the caller then writes it through append_json_string).
char* plain_key(std::string_view name, bool comma, char* buf) {
  bool escape = false;
  for (const char c : name) escape |= kEscapeTable.look[static_cast<unsigned char>(c)];
  if (escape) return nullptr;
  char* p = buf;
  if (comma) *p++ = ',';
  *p++ = '"';
  std::memcpy(p, name.data(), name.size());
  p += name.size();
  *p++ = '"';
  *p++ = ':';
  return p;
}

constexpr std::size_t kMaxPlainKey = 40;  // longer names go through append_json_string

}  // namespace

JsonWriter& JsonWriter::key(std::string_view name) {
  // A key is a short name of the writer's: the comma, the quoted name and
  // the colon in one append.
  char buf[kMaxPlainKey + 4];
  char* end = name.size() <= kMaxPlainKey ? plain_key(name, need_comma_, buf) : nullptr;
  if (end) {
    out_.append(buf, static_cast<std::size_t>(end - buf));
  } else {
    separate();
    append_json_string(name, out_);
    out_.push_back(':');
  }
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::field(std::string_view name, std::uint64_t n) {
  char buf[kMaxPlainKey + 4 + 20];  // a uint64 has at most 20 digits
  char* end = name.size() <= kMaxPlainKey ? plain_key(name, need_comma_, buf) : nullptr;
  if (!end) return key(name).value(n);
  end = std::to_chars(end, buf + sizeof buf, n).ptr;
  out_.append(buf, static_cast<std::size_t>(end - buf));
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  separate();
  append_json_string(s, out_, marks_);
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t n) {
  // The comma and the digits in one append.
  char buf[24];
  char* begin = buf + 1;
  if (need_comma_) *--begin = ',';
  const auto result = std::to_chars(buf + 1, buf + sizeof buf, n);
  out_.append(begin, static_cast<std::size_t>(result.ptr - begin));
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(double d) {
  separate();
  if (!std::isfinite(d)) {
    out_ += "null";
  } else {
    append_number(d, 4, out_);
  }
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  separate();
  out_ += b ? "true" : "false";
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  need_comma_ = true;
  return *this;
}

}  // namespace sayso::output
