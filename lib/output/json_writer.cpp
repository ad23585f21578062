#include "output/json_writer.hpp"

#include "core/char_class.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

void append_json_string(std::string_view s, std::string& out, const RepairMarks& marks) {
  JsonWriter(out, marks).string(s);
}

namespace {

// The bytes JsonWriter::string looks at: the ones it may escape, and 0xE2,
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

// Room a grow adds beyond what is asked: few grows, and never more than a
// page or so of the string's reserved capacity written ahead (a caller may
// reserve far more than it will use, as address space, not memory).
constexpr std::size_t kRoomAhead = 4096;

}  // namespace

void JsonWriter::grow(std::size_t n) {
  const auto used = static_cast<std::size_t>(cur_ - out_.data());
  out_.resize(used + n + kRoomAhead);
  cur_ = out_.data() + used;
  end_ = out_.data() + out_.size();
}

namespace {

// Whether one of the eight bytes of `w` is one JsonWriter::string looks at
// (see kEscapeTable): below 0x20, '"', '\\', 0x7F or 0xE2. The lowest bit set
// is the high bit of the first such byte (the borrows of these tests only
// reach the bytes after it).
inline std::uint64_t bytes_to_look_at(std::uint64_t w) {
  return core::bytes_below(w, 0x20) | core::bytes_equal_to(w, '"') | core::bytes_equal_to(w, '\\') |
         core::bytes_equal_to(w, 0x7F) | core::bytes_equal_to(w, 0xE2);
}

#if defined(__SSE2__)
// Bit i set: byte i of the sixteen at `p` is one JsonWriter::string looks at.
inline unsigned sixteen_bytes_to_look_at(const unsigned char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i below_0x20 = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  const __m128i quote_or_backslash =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
  const __m128i del_or_e2 =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)), _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2))));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(below_0x20, _mm_or_si128(quote_or_backslash, del_or_e2))));
}
#endif

// Copies the bytes [p, end) of the string [begin, end) to `out` up to the
// first byte JsonWriter::string looks at, and returns that byte's place
// (`end` when there is none); `out` has moved on by as many bytes. Bytes
// after the first looked-at one may be written past the new `out` (never
// past out + (end - p)): what is written next overwrites them. Sixteen bytes
// at a time with SSE2, the last few of a string of sixteen or more in one
// overlapping test; a shorter string eight at a time, then one at a time
// (a short string, a mention's text, costs less byte by byte than in two
// overlapping words); never a read outside the string.
inline const unsigned char* copy_plain_run(const unsigned char* const begin, const unsigned char* p,
                                          const unsigned char* const end, char*& out) {
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the masks read the first byte as the lowest");
#if defined(__SSE2__)
  while (end - p >= 16) {
    const unsigned mask = sixteen_bytes_to_look_at(p);
    std::memcpy(out, p, 16);
    if (mask != 0) {
      const auto k = static_cast<std::size_t>(__builtin_ctz(mask));
      out += k;
      return p + k;
    }
    out += 16;
    p += 16;
  }
  if (p != end && end - begin >= 16) {
    // Fewer than sixteen bytes left of a string of sixteen or more: the
    // sixteen that end at `end` tested at once, the bits of those before `p`
    // shifted out; the n bytes copied in two overlapping moves.
    const auto n = static_cast<unsigned>(end - p);
    const unsigned mask = sixteen_bytes_to_look_at(end - 16) >> (16 - n);
    if (n >= 8) {
      std::memcpy(out, p, 8);
      std::memcpy(out + n - 8, end - 8, 8);
    } else if (n >= 4) {
      std::memcpy(out, p, 4);
      std::memcpy(out + n - 4, end - 4, 4);
    } else {
      out[0] = static_cast<char>(p[0]);
      out[n / 2] = static_cast<char>(p[n / 2]);
      out[n - 1] = static_cast<char>(p[n - 1]);
    }
    const unsigned k = mask == 0 ? n : static_cast<unsigned>(__builtin_ctz(mask));
    out += k;
    return p + k;
  }
#endif
  while (end - p >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    std::memcpy(out, &w, 8);
    if (const std::uint64_t mask = bytes_to_look_at(w); mask != 0) {
      const auto k = static_cast<std::size_t>(__builtin_ctzll(mask)) / 8;
      out += k;
      return p + k;
    }
    out += 8;
    p += 8;
  }
  // Fewer than eight bytes left: one at a time.
  while (p < end && !kEscapeTable.look[*p]) *out++ = static_cast<char>(*p++);
  return p;
}

}  // namespace

void JsonWriter::string(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  // Room for the quotes and every byte copied as it is; an escape asks for
  // its own.
  room(s.size() + 2);
  *cur_++ = '"';
  const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = begin;
  const auto* const end = p + s.size();
  for (;;) {
    p = copy_plain_run(begin, p, end, cur_);
    if (p == end) break;
    const unsigned char c = *p;
    const auto i = static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(s.data()));
    const char* escape = nullptr;
    char buf[7];
    std::size_t length = 1;  // bytes of `s` the escape stands for
    if (c == 0xE2) {  // the commonest here: a curly quotation mark or a dash
      if (end - p < 3 || p[1] != 0x80 || (p[2] != 0xA8 && p[2] != 0xA9)) {
        // Its two continuation bytes (0x80 to 0xBF) need no look either.
        const std::size_t copied = end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 ? 3 : 1;
        std::memcpy(cur_, p, copied);
        cur_ += copied;
        p += copied;
        continue;
      }
      // U+2028 and U+2029 are valid JSON but break JavaScript line parsing.
      escape = p[2] == 0xA8 ? "\\u2028" : "\\u2029";
      length = 3;
    } else if (c == '"') escape = "\\\"";
    else if (c == '\\') escape = "\\\\";
    else if (c == '\n') escape = "\\n";
    else if (c == '\r') escape = "\\r";
    else if (c == '\t') escape = "\\t";
    else if (c == 0x1A && marks_.is_mark(s, i)) escape = "\\ufffd";
    else if (c < 0x20 || c == 0x7F) {
      buf[0] = '\\'; buf[1] = 'u'; buf[2] = '0'; buf[3] = '0';
      buf[4] = kHex[c >> 4]; buf[5] = kHex[c & 15]; buf[6] = 0;
      escape = buf;
    }
    if (!escape) {  // a 0x1A that is a character
      *cur_++ = static_cast<char>(*p++);
      continue;
    }
    p += length;
    // Room for the escape (at most six bytes), the rest and the closing quote.
    room(6 + static_cast<std::size_t>(end - p) + 1);
    put(escape);
  }
  *cur_++ = '"';
}

namespace {

// Writes ,"name": (the comma when `comma`) at `buf`, which holds at least
// name.size() + 4 bytes, and returns the end; null when `name` holds a byte
// to escape (the caller then writes it through JsonWriter::string).
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

constexpr std::size_t kMaxPlainKey = 40;  // longer names go through JsonWriter::string

}  // namespace

JsonWriter& JsonWriter::key(std::string_view name) {
  // The comma, the quoted name and the colon in one piece.
  char buf[kMaxPlainKey + 4];
  char* end = name.size() <= kMaxPlainKey ? plain_key(name, need_comma_, buf) : nullptr;
  if (end) {
    put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  } else {
    separate();
    string(name);
    put(":");
  }
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::field(std::string_view name, std::uint64_t n) {
  key(name);
  return value(n);
}

std::string_view JsonWriter::double_text(double d, char* buf) {
  if (!std::isfinite(d)) return "null";
  const auto result = std::to_chars(buf, buf + kDoubleTextBytes, d, std::chars_format::general, 4);
  return std::string_view(buf, result.ec == std::errc() ? static_cast<std::size_t>(result.ptr - buf) : 0);
}

JsonWriter& JsonWriter::value(double d) {
  separate();
  char buf[kDoubleTextBytes];
  put(double_text(d, buf));
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  separate();
  put(b ? "true" : "false");
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  put("null");
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  separate();
  put(json);
  need_comma_ = true;
  return *this;
}

}  // namespace sayso::output
