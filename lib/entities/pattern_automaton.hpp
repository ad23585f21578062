// The token patterns of rules/<lang>/entity_patterns.tsv as one automaton
// (a bit-parallel NFA, Shift-And style) run over a sentence from its last
// token back: for every token it tells which patterns may match starting
// there, so that the matcher (entity_recognizer.cpp) runs only at those
// starts and no pattern is tried token by token.
//
// Each test element of each pattern (captures `<` `>` are no elements here)
// is one bit of a state, a pattern's elements side by side in one 64-bit
// word, patterns in order: element j of a pattern of n at bit
// `base + n - 1 - j` (its first element highest). The state at
// token i holds the elements j from which elements j to the pattern's end
// may match from i. It is made from the state at i + 1 with a few word
// operations: an element passes at i and the next one may match from
// i + 1 (or it is the last, or it repeats and may match again from i + 1),
// then the optional elements before a set one. A phrase of L > 1 tokens
// starting at i (few) reads the state at i + L the same way.
//
// What a token passes is read from tables made once: by its flags (through
// a per-document cache, Scanner), by its literal id and by its phrase mask.
//
// Exactness: a superset. Every (start, pattern) the matcher can match is
// named; some it does not match are too (a phrase test passed by a longer
// phrase is taken to pass at one token as well, and the kMaxPatternTokens
// bound of a match is not kept).
//
// Immutable after build(); share it across threads. A Scanner is per
// document (or per thread): it caches what the flags it met pass.
#ifndef SAYSO_ENTITIES_PATTERN_AUTOMATON_HPP
#define SAYSO_ENTITIES_PATTERN_AUTOMATON_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "entities/token_pattern.hpp"
#include "sayso/status.hpp"

namespace sayso::entities {

class PatternAutomaton {
 public:
  // Two 64-bit words, ANDed, ORed and shifted as one (a GCC and Clang
  // vector: one SSE2 register on x86-64). A state is lanes() of them.
  using Lanes = std::uint64_t __attribute__((vector_size(16)));

  // `literal_count`: the largest literal id of the patterns' elements (ids
  // from 1; 0 is no literal). Fails when a pattern has more than 64 test
  // elements.
  static Result<PatternAutomaton> build(const std::vector<TokenPattern>& patterns, std::size_t literal_count);
  // Empty: only for assigning a built one to.
  PatternAutomaton() = default;

  // The Lanes of one state.
  std::size_t lanes() const noexcept { return lanes_; }

  // A phrase of more than one token starting at `token` (sentence-local),
  // with the phrase tests it passes (bit PhraseTest).
  struct LongPhrase {
    std::uint32_t token;
    std::uint32_t length;
    std::uint16_t passes;
  };

  class Scanner {
   public:
    explicit Scanner(const PatternAutomaton& automaton);

    // Runs the automaton over a sentence of `count` tokens, given each
    // token's flags (TokenTest), literal id and phrase mask (bit
    // PhraseTest: some phrase starting there passes it), and its phrases of
    // more than one token in token order. Writes the state of token i at
    // states + i * lanes() for i in [0, count] (count + 1 states), and at
    // live[n, count) the tokens where some pattern may start, in order;
    // returns n.
    std::size_t scan(std::size_t count, const std::uint32_t* flags, const std::uint32_t* literals,
                     const std::uint16_t* phrases, const std::vector<LongPhrase>& long_phrases, Lanes* states,
                     std::uint32_t* live);

   private:
    // scan() for states of kLanes Lanes (0: lanes() of them).
    template <std::size_t kLanes>
    std::size_t scan_lanes(std::size_t count, const std::uint32_t* flags, const std::uint32_t* literals,
                           const std::uint16_t* phrases, const std::vector<LongPhrase>& long_phrases, Lanes* states,
                           std::uint32_t* live);
    const Lanes* passed_by_flags(std::uint32_t f);
    const Lanes* fill(std::size_t slot, std::uint32_t f);
    const PatternAutomaton& a_;
    static constexpr std::size_t kCacheBits = 6;
    // A small direct-mapped cache by the token's flags: the elements whose
    // flag tests they pass. An empty slot holds flags of all ones, which no
    // token has.
    std::array<std::uint32_t, std::size_t{1} << kCacheBits> cached_flags_;
    std::vector<Lanes> cached_passes_;
  };

  // Calls f(pattern index) for each pattern that may start where the state
  // is `state` (lanes() Lanes), in pattern order.
  template <typename F>
  void for_each_start(const Lanes* state, F&& f) const {
    for (std::size_t l = 0; l < lanes_; ++l) {
      const Lanes starts = state[l] & first_[l];
      for (std::size_t half = 0; half < 2; ++half) {
        for (std::uint64_t bits = starts[half]; bits != 0; bits &= bits - 1) {
          const std::size_t bit = (2 * l + half) * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
          f(static_cast<std::size_t>(pattern_of_bit_[bit]));
        }
      }
    }
  }

 private:
  std::size_t lanes_ = 0;
  // Masks of elements (each lanes_ Lanes): the patterns' first elements,
  // their last, the repeated ones (`*` `+`), the optional ones (`?` `*`)
  // that are last, and those that are not (through which a match of the
  // element after passes on to them: see scan).
  std::vector<Lanes> first_;
  std::vector<Lanes> last_;
  std::vector<Lanes> not_last_;
  std::vector<Lanes> repeats_;
  std::vector<Lanes> optional_last_;
  std::vector<Lanes> optional_chain_;
  std::vector<std::uint16_t> pattern_of_bit_;  // by bit of a state
  // By literal id: the elements with that literal and those with no
  // literal and no phrase, whose flags alone decide (lanes_ Lanes a row).
  std::vector<Lanes> by_literal_;
  // By the low and the high kPhraseLowBits bits of a phrase mask: the
  // elements whose phrase test has a bit set there.
  static constexpr std::uint32_t kPhraseLowBits = 7;
  static constexpr std::uint32_t kPhraseLowMask = (1u << kPhraseLowBits) - 1;
  std::vector<Lanes> by_low_phrases_;
  std::vector<Lanes> by_high_phrases_;
  // The distinct (required, forbidden) flag tests of the elements, with
  // their elements (rows of test_elements_); the first 64 as bits, found by
  // the low and high ten bits of a token's flags (a test passes where both
  // halves pass).
  struct FlagTest {
    std::uint32_t required;
    std::uint32_t forbidden;
  };
  std::vector<FlagTest> flag_tests_;
  std::vector<Lanes> test_elements_;
  static constexpr std::uint32_t kLowFlagBits = 10;
  static constexpr std::uint32_t kLowFlagMask = (1u << kLowFlagBits) - 1;
  std::vector<std::uint64_t> tests_by_low_flags_;
  std::vector<std::uint64_t> tests_by_high_flags_;
};

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_PATTERN_AUTOMATON_HPP
