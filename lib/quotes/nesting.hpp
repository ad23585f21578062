// The innermost enclosing span of each span, in linear time.
#ifndef SAYSO_QUOTES_NESTING_HPP
#define SAYSO_QUOTES_NESTING_HPP

#include <cstddef>
#include <vector>

#include "sayso/document.hpp"

namespace sayso::quotes {

// Requires `spans` sorted by begin, then by end descending. Returns, for each
// span, the index of the innermost other span that contains it, or kNone.
// Spans that only partly overlap do not nest. Cost: linear in the number of
// spans (the search down the stack of open spans is bounded).
template <typename SpanOf>
std::vector<std::size_t> innermost_containers(std::size_t count, SpanOf span_of) {
  constexpr std::size_t kMaxSearch = 16;
  std::vector<std::size_t> parent(count, kNone);
  std::vector<std::size_t> open;  // indexes of spans that may still contain later ones
  for (std::size_t i = 0; i < count; ++i) {
    const ByteSpan s = span_of(i);
    while (!open.empty() && span_of(open.back()).end <= s.begin) open.pop_back();
    for (std::size_t k = open.size(), steps = 0; k-- > 0 && steps < kMaxSearch; ++steps) {
      const ByteSpan o = span_of(open[k]);
      if (o.begin <= s.begin && s.end <= o.end && o != s) {
        parent[i] = open[k];
        break;
      }
    }
    open.push_back(i);
  }
  return parent;
}

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_NESTING_HPP
