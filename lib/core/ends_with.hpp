// Whether a word ends with a given suffix, for the few-byte endings the
// rules list ("-s", "-ing", "-ist").
#ifndef SAYSO_CORE_ENDS_WITH_HPP
#define SAYSO_CORE_ENDS_WITH_HPP

#include <cstddef>
#include <string_view>

namespace sayso::core {

// Whether `word` ends with the bytes of `suffix` (true for an empty suffix).
// Compared byte by byte from the end: the suffixes asked are a few bytes,
// for which a call of memcmp (what std::string_view::compare makes of a
// length known only at run time) costs more than the comparison.
constexpr bool ends_with_bytes(std::string_view word, std::string_view suffix) noexcept {
  if (suffix.size() > word.size()) return false;
  const std::size_t offset = word.size() - suffix.size();
  for (std::size_t i = suffix.size(); i-- > 0;) {
    if (word[offset + i] != suffix[i]) return false;
  }
  return true;
}

}  // namespace sayso::core

#endif  // SAYSO_CORE_ENDS_WITH_HPP
