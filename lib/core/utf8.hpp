// UTF-8 validation, repair and decoding over raw bytes.
//
// Validation follows the Unicode standard (RFC 3629): no overlong forms, no
// surrogates, nothing above U+10FFFF. NUL is valid UTF-8 and left alone.
#ifndef SAYSO_CORE_UTF8_HPP
#define SAYSO_CORE_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sayso::core {

// The byte that stands for an invalid byte after repair (ASCII SUBSTITUTE).
inline constexpr char kSubstituteByte = '\x1A';

// The offset of the first byte that does not start a valid UTF-8 sequence,
// or nullopt when all of `bytes` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept;

// Replaces every byte that is not part of a valid sequence with
// kSubstituteByte, in place. Returns the number of bytes replaced; their
// offsets are appended to `offsets` when it is given.
std::size_t repair_utf8(std::string& bytes, std::vector<std::size_t>* offsets = nullptr);

// A copy of `bytes` in which every byte that is not part of a valid sequence
// is U+FFFD (three bytes), for showing bytes of unknown encoding as text
// (file names, ids).
std::string replace_invalid_utf8(std::string_view bytes);

// Length of the valid sequence starting at bytes[pos], or 0 when none starts there.
std::size_t valid_sequence_length(std::string_view bytes, std::size_t pos) noexcept;

struct Decoded {
  char32_t code_point;
  std::uint8_t length;  // bytes consumed, >= 1
};

// Decodes the code point at bytes[pos]. Requires pos < bytes.size(). An
// invalid byte decodes as U+FFFD with length 1 (never happens on validated text
// except for kSubstituteByte, which decodes as itself, U+001A).
// ASCII is decoded inline; longer sequences out of line.
Decoded decode_multibyte_at(std::string_view bytes, std::size_t pos) noexcept;
inline Decoded decode_at(std::string_view bytes, std::size_t pos) noexcept {
  const auto b0 = static_cast<unsigned char>(bytes[pos]);
  if (b0 < 0x80) return {b0, 1};
  return decode_multibyte_at(bytes, pos);
}

// Decodes the code point that ends just before bytes[pos]. Requires pos > 0.
Decoded decode_before(std::string_view bytes, std::size_t pos) noexcept;

// Appends the UTF-8 encoding of a code point.
void append_utf8(char32_t code_point, std::string& out);

// Number of code points in valid UTF-8 (each invalid byte counts as one).
std::size_t count_code_points(std::string_view bytes) noexcept;

// How many of the bytes [p, p + n) start a code point (are no continuation
// byte 10xxxxxx), eight bytes at a time.
inline std::size_t count_code_point_starts(const char* p, std::size_t n) noexcept {
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    // Bit 7 of each byte of `continuation`: bit 7 of the byte set, bit 6 clear.
    const std::uint64_t continuation = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
    count += 8 - static_cast<std::size_t>((continuation * 0x0101010101010101ull) >> 56);  // the sum of its bytes
  }
  for (; i < n; ++i) count += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  return count;
}

}  // namespace sayso::core

#endif  // SAYSO_CORE_UTF8_HPP
