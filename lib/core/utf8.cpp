#include "core/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sayso::core {

std::size_t valid_sequence_length(std::string_view bytes, std::size_t pos) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  const unsigned char b0 = s[pos];
  if (b0 < 0x80) return 1;
  auto cont = [&](std::size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(pos + 1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (pos + 1 >= n) return 0;
    const unsigned char b1 = s[pos + 1];
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 > 0x9F) return 0;  // surrogates
    return cont(pos + 1) && cont(pos + 2) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (pos + 1 >= n) return 0;
    const unsigned char b1 = s[pos + 1];
    if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && b1 > 0x8F) return 0;  // above U+10FFFF
    return cont(pos + 1) && cont(pos + 2) && cont(pos + 3) ? 4 : 0;
  }
  return 0;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept {
  std::size_t pos = 0;
  const std::size_t n = bytes.size();
  while (pos < n) {
#if defined(__SSE2__)
    // Fast path over ASCII, sixteen bytes at a time, on to the first byte
    // beyond it (the eight-byte steps below then stop at once).
    while (pos + 16 <= n) {
      const auto high = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + pos))));
      if (high != 0) {
        pos += static_cast<unsigned>(__builtin_ctz(high));
        break;
      }
      pos += 16;
    }
#endif
    // Fast path over ASCII, eight bytes at a time.
    while (pos + 8 <= n) {
      std::uint64_t chunk;
      __builtin_memcpy(&chunk, bytes.data() + pos, 8);
      if (chunk & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= n) break;
    const std::size_t len = valid_sequence_length(bytes, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return std::nullopt;
}

std::size_t repair_utf8(std::string& bytes, std::vector<std::size_t>* offsets) {
  std::size_t replaced = 0;
  std::size_t pos = 0;
  const std::string_view view(bytes);
  while (pos < bytes.size()) {
    const std::size_t len = valid_sequence_length(view, pos);
    if (len == 0) {
      bytes[pos] = kSubstituteByte;
      if (offsets) offsets->push_back(pos);
      ++replaced;
      ++pos;
    } else {
      pos += len;
    }
  }
  return replaced;
}

std::string replace_invalid_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t len = valid_sequence_length(bytes, pos);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++pos;
    } else {
      out.append(bytes.substr(pos, len));
      pos += len;
    }
  }
  return out;
}

Decoded decode_multibyte_at(std::string_view bytes, std::size_t pos) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char b0 = s[pos];
  const std::size_t len = valid_sequence_length(bytes, pos);
  switch (len) {
    case 2:
      return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (s[pos + 1] & 0x3F)), 2};
    case 3:
      return {static_cast<char32_t>(((b0 & 0x0F) << 12) | ((s[pos + 1] & 0x3F) << 6) |
                                    (s[pos + 2] & 0x3F)),
              3};
    case 4:
      return {static_cast<char32_t>(((b0 & 0x07) << 18) | ((s[pos + 1] & 0x3F) << 12) |
                                    ((s[pos + 2] & 0x3F) << 6) | (s[pos + 3] & 0x3F)),
              4};
    default:
      return {U'\uFFFD', 1};
  }
}

Decoded decode_before(std::string_view bytes, std::size_t pos) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t start = pos - 1;
  // Walk back over at most three continuation bytes.
  while (start > 0 && pos - start < 4 && (s[start] & 0xC0) == 0x80) --start;
  const Decoded d = decode_at(bytes, start);
  if (start + d.length == pos) return d;
  return {U'\uFFFD', 1};
}

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t count_code_points(std::string_view bytes) noexcept {
  // Count the bytes that are not continuation bytes. On repaired text the only
  // stray continuation bytes were replaced by kSubstituteByte, so this is exact.
  std::size_t count = 0;
  for (const char c : bytes) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace sayso::core
