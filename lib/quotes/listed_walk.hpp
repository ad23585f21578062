// A forward walk over a sorted list of token indices (the view's cue
// tokens), for the sieves' loops "from each listed token to the next".
//
// QuoteView::next_cue_token(t, end) answers each step by a binary search of
// the document's whole list, whose comparisons go either way about half the
// time (mispredicted branches, one search per cue token of every sentence);
// a walk searches once per reading and then steps along the list. Each
// answer is the one first_listed_in(listed, t + 1, end) gives.
#ifndef SAYSO_QUOTES_LISTED_WALK_HPP
#define SAYSO_QUOTES_LISTED_WALK_HPP

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <vector>

namespace sayso::quotes {

class ListedWalk {
 public:
  // Requires `listed` sorted ascending and alive while the walk is used.
  ListedWalk(const std::vector<std::size_t>& listed, std::size_t from, std::size_t end)
      : listed_(listed), at_(std::lower_bound(listed.begin(), listed.end(), from)), end_(end) {}

  // The first listed token from `from` on, before `end`, or `end`.
  std::size_t first() const { return at_ == listed_.end() || *at_ >= end_ ? end_ : *at_; }

  // The first listed token after t, before `end`, or `end`. Steps forward
  // from the last answer (t usually lies at or after it: a loop moves on);
  // searches again only when t lies before the listed tokens passed.
  std::size_t after(std::size_t t) {
    if (at_ != listed_.begin() && *std::prev(at_) > t) at_ = std::upper_bound(listed_.begin(), at_, t);
    while (at_ != listed_.end() && *at_ <= t) ++at_;
    return first();
  }

 private:
  const std::vector<std::size_t>& listed_;
  std::vector<std::size_t>::const_iterator at_;
  std::size_t end_;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_LISTED_WALK_HPP
