// The innermost enclosing span of each span, in linear time.
#ifndef SAYSO_QUOTES_NESTING_HPP
#define SAYSO_QUOTES_NESTING_HPP

#include <array>
#include <cstddef>
#include <vector>

#include "sayso/document.hpp"

namespace sayso::quotes {

// Requires `spans` sorted by begin, then by end descending. Calls
// on_parent(i, p) once for each span i in order, with p the index of the
// innermost other span that contains it, or kNone. Spans that only partly
// overlap do not nest. Cost: linear in the number of spans (the search down
// the stack of open spans is bounded).
template <typename SpanOf, typename OnParent>
void for_each_innermost_container(std::size_t count, SpanOf span_of, OnParent on_parent) {
  constexpr std::size_t kMaxSearch = 16;
  // The indexes of spans that may still contain later ones: as deep as the
  // quotations nest, a few at most in prose, so held here and moved to the
  // heap only past kInline (a page of nested marks).
  constexpr std::size_t kInline = 32;
  std::array<std::size_t, kInline> inline_open;
  std::vector<std::size_t> heap_open;
  std::size_t* open = inline_open.data();
  std::size_t depth = 0;
  std::size_t room = kInline;
  for (std::size_t i = 0; i < count; ++i) {
    const ByteSpan s = span_of(i);
    while (depth != 0 && span_of(open[depth - 1]).end <= s.begin) --depth;
    std::size_t parent = kNone;
    for (std::size_t k = depth, steps = 0; k-- > 0 && steps < kMaxSearch; ++steps) {
      const ByteSpan o = span_of(open[k]);
      if (o.begin <= s.begin && s.end <= o.end && o != s) {
        parent = open[k];
        break;
      }
    }
    on_parent(i, parent);
    if (depth == room) {
      if (heap_open.empty()) heap_open.assign(open, open + depth);  // (else open is heap_open's)
      heap_open.resize(2 * room);
      open = heap_open.data();
      room = heap_open.size();
    }
    open[depth++] = i;
  }
}

// The same as a vector: for each span, the index of its innermost
// container, or kNone.
template <typename SpanOf>
std::vector<std::size_t> innermost_containers(std::size_t count, SpanOf span_of) {
  std::vector<std::size_t> parent(count, kNone);
  for_each_innermost_container(count, span_of, [&](std::size_t i, std::size_t p) { parent[i] = p; });
  return parent;
}

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_NESTING_HPP
