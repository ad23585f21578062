// A minimal streaming JSON writer: appends to a std::string, no allocation
// beyond the output, keys in the order written, each piece written into room
// made ahead (no std::string::append per piece). Strings must be UTF-8; a
// byte 0x1A that is a repair mark (see sayso/document.hpp) is written as
// U+FFFD, any other as U+001A.
#ifndef SAYSO_OUTPUT_JSON_WRITER_HPP
#define SAYSO_OUTPUT_JSON_WRITER_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "sayso/document.hpp"

namespace sayso::output {

// Which bytes 0x1A of the strings written for one Document are repair marks
// (shown as U+FFFD) and which are U+001A characters of the input. A string
// is a slice of the document's text or a copy of one (a name, a role).
class RepairMarks {
 public:
  // No document, or one that was not repaired: no 0x1A is a mark.
  explicit RepairMarks(const Document* document = nullptr)
      : document_(document && document->repaired() ? document : nullptr) {}
  // Every 0x1A is a mark (for text repaired without a Document).
  static RepairMarks all() {
    RepairMarks marks;
    marks.all_ = true;
    return marks;
  }
  // Whether s[i], a byte 0x1A, is a repair mark.
  bool is_mark(std::string_view s, std::size_t i) const noexcept;

 private:
  const Document* document_ = nullptr;
  bool all_ = false;
};

// Numbers for JSON and CSV, always in the C locale's form ('.' as the
// decimal point, no grouping) whatever locale the host process set: these go
// through std::to_chars, never printf or iostreams.
// `n` in decimal digits.
void append_number(std::uint64_t n, std::string& out);
// `d` as printf("%.<significant_digits>g") would write it in the C locale.
void append_number(double d, int significant_digits, std::string& out);
// `d` as printf("%.<decimals>f") would write it in the C locale.
void append_fixed(double d, int decimals, std::string& out);

// Appends `s` as a JSON string literal, quotes included; `repaired`: every
// 0x1A is a repair mark.
void append_json_string(std::string_view s, std::string& out, bool repaired = false);
void append_json_string(std::string_view s, std::string& out, const RepairMarks& marks);

// `n` in decimal digits at `p`, which has room for 20 bytes; returns the
// end. The digit count from the number's bit length, then two digits at a
// time from a table (std::to_chars counts the digits in a loop).
inline char* write_decimal(char* p, std::uint64_t n) noexcept {
  static constexpr std::uint64_t kPowers[20] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
      10000000ull, 100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
      10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
      100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull};
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  const auto bits = static_cast<unsigned>(64 - __builtin_clzll(n | 1));
  const unsigned guess = (bits * 1233) >> 12;  // floor(log10(2^bits)), at most one too few digits
  char* const end = p + guess + ((n | 1) >= kPowers[guess]);
  char* q = end;
  while (n > 0xFFFFFFFFu) {
    q -= 2;
    std::memcpy(q, kPairs + 2 * (n % 100), 2);
    n /= 100;
  }
  auto m = static_cast<std::uint32_t>(n);  // 32-bit divisions from here: offsets are below 4 GiB
  while (m >= 100) {
    q -= 2;
    std::memcpy(q, kPairs + 2 * (m % 100), 2);
    m /= 100;
  }
  if (m >= 10) {
    std::memcpy(q - 2, kPairs + 2 * m, 2);
  } else {
    q[-1] = static_cast<char>('0' + m);
  }
  return end;
}

// A key the writer copies as it is: a name of at most kMaxLength bytes with
// nothing to escape, kept with its quotes and colon. Made at compile time
// (`constexpr JsonKey kStart("start");`): a name that needs escaping or is
// too long does not compile.
class JsonKey {
 public:
  static constexpr std::size_t kMaxLength = 21;
  template <std::size_t N>
  constexpr explicit JsonKey(const char (&name)[N]) : bytes_{}, size_(N + 2) {  // N - 1 bytes, two quotes, a colon
    static_assert(N - 1 <= kMaxLength, "a JsonKey holds at most kMaxLength bytes");
    bytes_[0] = '"';
    for (std::size_t i = 0; i + 1 < N; ++i) {
      const auto c = static_cast<unsigned char>(name[i]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) throw "a JsonKey is plain ASCII with nothing to escape";
      bytes_[i + 1] = name[i];
    }
    bytes_[N] = '"';
    bytes_[N + 1] = ':';
  }
  // `"name":`, padded to kQuotedBytes so that it is copied in fixed-size moves.
  static constexpr std::size_t kQuotedBytes = kMaxLength + 3;
  const char* quoted() const noexcept { return bytes_; }
  std::size_t size() const noexcept { return size_; }

 private:
  char bytes_[kQuotedBytes];
  std::size_t size_;
};

// A string value the writer copies as it is, quotes included: the name of
// an enum's value, made once and written many times. A text of more than
// JsonKey::kMaxLength bytes, or with a byte to escape, is not kept
// (`plain()` is false): the caller writes it with JsonWriter::value.
class JsonLiteral {
 public:
  JsonLiteral() = default;
  explicit JsonLiteral(std::string_view text) noexcept {
    if (text.size() > JsonKey::kMaxLength) return;
    for (const char ch : text) {
      const auto c = static_cast<unsigned char>(ch);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) return;
    }
    bytes_[0] = '"';
    std::memcpy(bytes_ + 1, text.data(), text.size());
    bytes_[text.size() + 1] = '"';
    size_ = text.size() + 2;
  }
  bool plain() const noexcept { return size_ != 0; }
  // `"text"`, padded to JsonKey::kQuotedBytes.
  const char* quoted() const noexcept { return bytes_; }
  std::size_t size() const noexcept { return size_; }

 private:
  char bytes_[JsonKey::kQuotedBytes] = {};
  std::size_t size_ = 0;
};

// Writes JSON after what a std::string holds. The writer works in room it adds
// to the string ahead of what it writes: what it wrote is in the string, and
// the string holds nothing else past it, once the writer is destroyed or
// after sync(). Nothing else may change the string while the writer lives,
// except between sync() and resume().
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, RepairMarks marks = RepairMarks())
      : out_(out), marks_(marks), cur_(out.data() + out.size()), end_(cur_) {}
  ~JsonWriter() { sync(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Gives the string back with exactly what was written.
  void sync() { out_.resize(static_cast<std::size_t>(cur_ - out_.data())); end_ = cur_; }
  // Writes on at the string's end after the caller changed it (after sync()).
  void resume() { cur_ = end_ = out_.data() + out_.size(); }
  // The string's size once synced: what it held plus what was written.
  std::size_t size() const noexcept { return static_cast<std::size_t>(cur_ - out_.data()); }

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view name);
  JsonWriter& key(const JsonKey& name) {
    room(JsonKey::kQuotedBytes + 1);
    *cur_ = ',';
    cur_ += need_comma_;
    std::memcpy(cur_, name.quoted(), JsonKey::kQuotedBytes);
    cur_ += name.size();
    need_comma_ = false;
    return *this;
  }
  // key(name).value(n), written in one piece.
  JsonWriter& field(std::string_view name, std::uint64_t n);
  JsonWriter& field(const JsonKey& name, std::uint64_t n) {
    key(name);
    return value(n);
  }
  // key("start").value(start), then "end", "byte_start", "byte_end" (the
  // form of every span of a record) with one check of room; a byte offset
  // equal to its code point offset (ASCII before it) is copied from the
  // digits just written, not formatted again.
  JsonWriter& span_fields(std::uint64_t start, std::uint64_t end, std::uint64_t byte_start, std::uint64_t byte_end) {
    room(4 * 20 + 48);
    *cur_ = ',';
    cur_ += need_comma_;
    std::memcpy(cur_, "\"start\":", 8);
    const char* const start_digits = cur_ += 8;
    cur_ = write_decimal(cur_, start);
    const auto start_size = static_cast<std::size_t>(cur_ - start_digits);
    std::memcpy(cur_, ",\"end\":", 7);
    const char* const end_digits = cur_ += 7;
    cur_ = write_decimal(cur_, end);
    const auto end_size = static_cast<std::size_t>(cur_ - end_digits);
    std::memcpy(cur_, ",\"byte_start\":", 14);
    cur_ += 14;
    cur_ = byte_start == start ? copy_digits(cur_, start_digits, start_size) : write_decimal(cur_, byte_start);
    std::memcpy(cur_, ",\"byte_end\":", 12);
    cur_ += 12;
    cur_ = byte_end == end ? copy_digits(cur_, end_digits, end_size) : write_decimal(cur_, byte_end);
    need_comma_ = true;
    return *this;
  }
  JsonWriter& value(std::string_view s) {
    separate();
    string(s);
    need_comma_ = true;
    return *this;
  }
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  // A plain() literal, in one fixed-size move.
  JsonWriter& value(const JsonLiteral& literal) {
    room(JsonKey::kQuotedBytes + 1);
    *cur_ = ',';
    cur_ += need_comma_;
    std::memcpy(cur_, literal.quoted(), JsonKey::kQuotedBytes);
    cur_ += literal.size();
    need_comma_ = true;
    return *this;
  }
  JsonWriter& value(std::uint64_t n) {
    room(21);  // a comma and at most 20 digits
    *cur_ = ',';
    cur_ += need_comma_;
    cur_ = write_decimal(cur_, n);
    need_comma_ = true;
    return *this;
  }
  JsonWriter& value(double d);
  // What value(double) writes for `d` (4 significant digits, or null when
  // it is not finite), made in `buf` of kDoubleTextBytes or a literal: for
  // a caller that writes the same number many times and keeps its text.
  static constexpr std::size_t kDoubleTextBytes = 64;
  static std::string_view double_text(double d, char* buf);
  JsonWriter& value(bool b);
  JsonWriter& null();
  // A JSON value the caller formatted (a number), written as it is.
  JsonWriter& raw(std::string_view json);

  // Appends `s` as a JSON string literal, quotes included.
  void string(std::string_view s);

 private:
  // The `size` digits at `digits` (written before, at least 20 bytes before
  // `to`) copied to `to`, in one 20-byte move; returns the end.
  static char* copy_digits(char* to, const char* digits, std::size_t size) {
    std::memcpy(to, digits, 20);
    return to + size;
  }
  // At least `n` bytes of room at cur_.
  void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - cur_) < n) grow(n);
  }
  void grow(std::size_t n);
  void put(std::string_view bytes) {
    room(bytes.size());
    std::memcpy(cur_, bytes.data(), bytes.size());
    cur_ += bytes.size();
  }
  void separate() {
    room(1);
    *cur_ = ',';
    cur_ += need_comma_;
  }
  JsonWriter& open(char bracket) {
    room(2);
    *cur_ = ',';
    cur_ += need_comma_;
    *cur_++ = bracket;
    need_comma_ = false;
    return *this;
  }
  JsonWriter& close(char bracket) {
    room(1);
    *cur_++ = bracket;
    need_comma_ = true;
    return *this;
  }

  std::string& out_;
  RepairMarks marks_;
  char* cur_;  // where the next byte goes
  char* end_;  // the end of the room: out_.data() + out_.size()
  bool need_comma_ = false;
};

}  // namespace sayso::output

#endif  // SAYSO_OUTPUT_JSON_WRITER_HPP
