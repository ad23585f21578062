// An index per token (a sentence, a mention) kept in 32 bits.
//
// The stages hold several such arrays per token (which sentence, which
// mention), and their width is much of a document's memory: 4 bytes per
// token instead of 8. Reads give std::size_t, with kNone for "none"; a value
// that does not fit (2^32 - 1 or more, other than kNone) throws
// std::length_error.
//
// Contract: not thread-safe while written; safe to read from any number of
// threads once filled.
#ifndef SAYSO_CORE_TOKEN_INDEX_HPP
#define SAYSO_CORE_TOKEN_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "sayso/document.hpp"

namespace sayso::core {

class TokenIndex {
 public:
  void assign(std::size_t count, std::size_t value) { values_.assign(count, narrow(value)); }
  void set(std::size_t t, std::size_t value) { values_[t] = narrow(value); }
  std::size_t operator[](std::size_t t) const { return values_[t] == kNarrowNone ? kNone : values_[t]; }

 private:
  static constexpr std::uint32_t kNarrowNone = static_cast<std::uint32_t>(-1);
  static std::uint32_t narrow(std::size_t value) {
    if (value == kNone) return kNarrowNone;
    if (value >= kNarrowNone) throw std::length_error("sayso: more than 2^32 - 2 sentences or mentions in a document");
    return static_cast<std::uint32_t>(value);
  }
  std::vector<std::uint32_t> values_;
};

}  // namespace sayso::core

#endif  // SAYSO_CORE_TOKEN_INDEX_HPP
