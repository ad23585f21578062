// The quotation marks of rules/common/quote_marks.tsv and how they pair: the
// one answer to "which mark closes which" that sentence splitting
// (text/sentence_segmenter.cpp) and quote finding (quotes/quote_finder.cpp)
// both use, so that adding a pair to the file changes both.
//
// Immutable after load(); safe to share between threads.
#ifndef SAYSO_RULES_QUOTE_MARKS_HPP
#define SAYSO_RULES_QUOTE_MARKS_HPP

#include <array>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/rule_set.hpp"
#include "sayso/status.hpp"

namespace sayso::rules {

// The `kind` column: a quotation never nests in one of its own kind. The
// values are those rules/common/columns.tsv declares, in its order.
enum class QuoteKind : std::uint8_t { double_mark, single_mark, angle, single_angle, corner, white_corner };
inline constexpr std::size_t kQuoteKinds = 6;

struct QuoteMark {
  std::vector<std::pair<char32_t, QuoteKind>> closes_for;  // as an opener: the marks that close it, with the pair's kind
  std::vector<QuoteKind> closes_kinds;                      // as a closer: the kinds it closes
  QuoteKind kind = QuoteKind::double_mark;                  // of its first pair in the file
  bool can_open = false;
  bool undirected = false;  // the same character opens and closes (" ')
  bool apostrophe_like = false;
  // Whether this mark, as an opener, is closed by `close`.
  bool closed_by(char32_t close) const noexcept;
};

class QuoteMarks {
 public:
  // Reads common/quote_marks.tsv (with its extensions). Every row pairs an
  // opening and a closing mark, one character each, of a kind.
  static Result<QuoteMarks> load(const RuleSet& rules);

  // The mark `c` is, or null when the file lists no pair with it.
  const QuoteMark* find(char32_t c) const noexcept {
    if (c < 0x80) return ascii_[c] < 0 ? nullptr : &marks_[static_cast<std::size_t>(ascii_[c])];
    const auto it = others_.find(c);
    return it == others_.end() ? nullptr : &marks_[it->second];
  }
  bool is_mark(char32_t c) const noexcept { return find(c) != nullptr; }

 private:
  QuoteMark& mark_for(char32_t c);

  std::vector<QuoteMark> marks_;
  std::array<std::int16_t, 0x80> ascii_{};  // index in marks_, or -1
  std::unordered_map<char32_t, std::size_t> others_;
};

}  // namespace sayso::rules

#endif  // SAYSO_RULES_QUOTE_MARKS_HPP
