// The public UTF-8 functions (sayso/utf8.hpp) over core/utf8.hpp.
#include "sayso/utf8.hpp"

#include "core/utf8.hpp"

namespace sayso {

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept {
  return core::find_invalid_utf8(bytes);
}

std::string replace_invalid_utf8(std::string_view bytes) { return core::replace_invalid_utf8(bytes); }

std::size_t utf8_sequence_length(std::string_view bytes, std::size_t pos) noexcept {
  return pos < bytes.size() ? core::valid_sequence_length(bytes, pos) : 0;
}

char32_t utf8_code_point_at(std::string_view bytes, std::size_t pos) noexcept {
  return core::decode_at(bytes, pos).code_point;
}

std::size_t count_code_points(std::string_view bytes) noexcept { return core::count_code_points(bytes); }

void append_utf8(char32_t code_point, std::string& out) { core::append_utf8(code_point, out); }

}  // namespace sayso
