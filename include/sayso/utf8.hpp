// sayso/utf8.hpp — UTF-8 over raw bytes, as sayso reads it, for programs
// that check, repair or show text before or after the pipeline (the `sayso`
// command-line tool's input reader and views use it).
//
// Validation follows the Unicode standard (RFC 3629): no overlong forms, no
// surrogates, nothing above U+10FFFF. NUL is valid UTF-8. Every function is
// thread-safe and allocates only where it returns a string.
#ifndef SAYSO_UTF8_HPP
#define SAYSO_UTF8_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sayso {

// The offset of the first byte that does not start a valid UTF-8 sequence,
// or nullopt when all of `bytes` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept;

// A copy of `bytes` in which every byte that is not part of a valid sequence
// is U+FFFD (three bytes), for showing bytes of unknown encoding as text.
std::string replace_invalid_utf8(std::string_view bytes);

// The length of the valid sequence starting at bytes[pos], or 0 when none
// starts there (pos at or past the end included).
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t pos) noexcept;

// The code point at bytes[pos]; requires pos < bytes.size(). An invalid byte
// reads as U+FFFD (and sayso's repair byte, U+001A, as itself).
char32_t utf8_code_point_at(std::string_view bytes, std::size_t pos) noexcept;

// The number of code points in `bytes` (each invalid byte counts as one).
std::size_t count_code_points(std::string_view bytes) noexcept;

// Appends the UTF-8 encoding of `code_point` (a Unicode scalar value) to `out`.
void append_utf8(char32_t code_point, std::string& out);

}  // namespace sayso

#endif  // SAYSO_UTF8_HPP
