// What the fuzz targets share: a check that names what failed before it
// aborts (libFuzzer then saves the input), and an offset reference computed
// independently of the library, so that a target can verify every span's
// code point offsets against its byte offsets.
#ifndef SAYSO_FUZZ_FUZZ_CHECKS_HPP
#define SAYSO_FUZZ_FUZZ_CHECKS_HPP

#include <time.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace sayso::fuzz {

// Aborts with `what` on stderr when `condition` is false.
inline void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

// Code point offsets of a UTF-8 text, counted without the library: a byte
// starts a code point unless it is a continuation byte (10xxxxxx). The text
// is a document's text(), valid UTF-8 once repaired bytes read as 0x1A.
class CodePointReference {
 public:
  explicit CodePointReference(std::string_view text) : text_(text), before_(text.size() + 1, 0) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      before_[i + 1] = before_[i] + (is_continuation(i) ? 0 : 1);
    }
  }

  // True when `byte_offset` lies on a code point boundary of the text.
  bool is_boundary(std::size_t byte_offset) const {
    return byte_offset <= text_.size() && (byte_offset == text_.size() || !is_continuation(byte_offset));
  }

  // The code point offset of a boundary byte offset.
  std::size_t code_point_offset(std::size_t byte_offset) const { return before_[byte_offset]; }

  // Checks a [byte_begin, byte_end) span and its code point offsets.
  void check_span(std::size_t byte_begin, std::size_t byte_end, std::size_t cp_begin, std::size_t cp_end,
                  const char* what) const {
    require(byte_begin <= byte_end && byte_end <= text_.size(), what);
    require(is_boundary(byte_begin) && is_boundary(byte_end), what);
    require(code_point_offset(byte_begin) == cp_begin && code_point_offset(byte_end) == cp_end, what);
  }

 private:
  bool is_continuation(std::size_t i) const {
    return (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80;
  }

  std::string_view text_;
  std::vector<std::size_t> before_;  // before_[b]: code points in text_[0, b)
};

// The offset of the first byte that does not start a well-formed UTF-8
// sequence (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF), or npos. Written apart from the library's validator, as its
// reference.
inline std::size_t first_invalid_utf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    std::size_t length = 0;
    char32_t code_point = 0;
    char32_t smallest = 0;
    if (lead < 0x80) {
      ++pos;
      continue;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2, code_point = lead & 0x1F, smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, code_point = lead & 0x0F, smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, code_point = lead & 0x07, smallest = 0x10000;
    } else {
      return pos;
    }
    if (pos + length > bytes.size()) return pos;
    for (std::size_t i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(bytes[pos + i]);
      if ((next & 0xC0) != 0x80) return pos;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    if (code_point < smallest || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return pos;
    }
    pos += length;
  }
  return std::string_view::npos;
}

inline bool is_valid_utf8(std::string_view bytes) { return first_invalid_utf8(bytes) == std::string_view::npos; }

// The most CPU time a document of `bytes` bytes may take: 200 ms plus 50 ms
// per KB, instrumented. Generous, so that it never flakes, yet it catches an
// input whose cost explodes: a near-hang, or a blow-up on a small input.
// (Slow growth on large inputs is the hostile-input suite's to catch.)
inline std::chrono::nanoseconds time_allowed(std::size_t bytes) {
  return std::chrono::milliseconds(200 + 50 * static_cast<long long>(bytes) / 1024);
}

// CPU time of the calling thread: unlike wall time, it does not grow when
// other work shares the machine.
inline std::chrono::nanoseconds thread_cpu_time() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return std::chrono::seconds(t.tv_sec) + std::chrono::nanoseconds(t.tv_nsec);
}

}  // namespace sayso::fuzz

#endif  // SAYSO_FUZZ_FUZZ_CHECKS_HPP
