#include "entities/pattern_automaton.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace sayso::entities {
namespace {

using Lanes = PatternAutomaton::Lanes;

// Rows of 64-bit words while the tables are made, turned into Lanes after.
struct WordRows {
  std::size_t words = 0;  // per row
  std::vector<std::uint64_t> bits;
  WordRows(std::size_t rows, std::size_t words_per_row) : words(words_per_row), bits(rows * words_per_row, 0) {}
  void set(std::size_t row, std::size_t bit) { bits[row * words + bit / 64] |= std::uint64_t{1} << (bit % 64); }
  std::uint64_t* row(std::size_t r) { return bits.data() + r * words; }
  std::vector<Lanes> lanes() const {
    std::vector<Lanes> out(bits.size() / 2);
    if (out.empty()) return out;  // no rows (a rule set with no patterns): nothing to copy, and no pointer to copy from
    std::memcpy(static_cast<void*>(out.data()), bits.data(), out.size() * sizeof(Lanes));
    return out;
  }
};

// Sets `bit` in by_half[h] for every half h of a token's flags (below
// by_half.size(), a power of two) that holds the bits `required` and none
// of `forbidden`: each subset of the other bits is visited once.
void file_passing_halves(std::vector<std::uint64_t>& by_half, std::uint32_t required, std::uint32_t forbidden,
                         std::uint64_t bit) {
  if (required & forbidden) return;  // no token passes
  const auto free = static_cast<std::uint32_t>(by_half.size() - 1) & ~(required | forbidden);
  for (std::uint32_t sub = free;; sub = (sub - 1) & free) {
    by_half[sub | required] |= bit;
    if (sub == 0) break;
  }
}

}  // namespace

Result<PatternAutomaton> PatternAutomaton::build(const std::vector<TokenPattern>& patterns, std::size_t literal_count) {
  // The test elements of each pattern, and the bit of its last one: a
  // pattern takes the next bits of the current word, or the next word's.
  std::vector<std::vector<const PatternElement*>> elements(patterns.size());
  std::vector<std::size_t> base(patterns.size(), 0);
  std::size_t word = 0;
  std::size_t bit = 0;  // the next free bit of `word`
  for (std::size_t pi = 0; pi < patterns.size(); ++pi) {
    for (const PatternElement& e : patterns[pi].elements) {
      if (e.kind == PatternElement::Kind::test) elements[pi].push_back(&e);
    }
    const std::size_t n = elements[pi].size();
    if (n > 64) return Error(ErrorCode::rule_syntax, patterns[pi].source + ": a pattern has more than 64 elements");
    if (bit + n > 64) {
      ++word;
      bit = 0;
    }
    base[pi] = word * 64 + bit;
    bit += n;
  }
  PatternAutomaton a;
  a.lanes_ = (word + 2) / 2;
  const std::size_t words = 2 * a.lanes_;
  enum Mask { first, last, not_last, repeats, optional_last, optional_chain, flags_only, kMasks };
  WordRows masks(kMasks, words);
  WordRows by_literal(literal_count + 1, words);
  constexpr std::size_t kPhraseTests = static_cast<std::size_t>(PhraseTest::orgsuffix) + 1;
  static_assert(kPhraseTests <= 2 * kPhraseLowBits, "a phrase mask fits in two halves");
  WordRows by_phrase(kPhraseTests, words);
  std::vector<std::pair<FlagTest, std::vector<std::size_t>>> tests;  // with their elements' bits
  a.pattern_of_bit_.assign(words * 64, 0);
  for (std::size_t pi = 0; pi < patterns.size(); ++pi) {
    const std::size_t n = elements[pi].size();
    for (std::size_t j = 0; j < n; ++j) {
      const PatternElement& e = *elements[pi][j];
      const std::size_t b = base[pi] + n - 1 - j;
      a.pattern_of_bit_[b] = static_cast<std::uint16_t>(pi);
      const bool is_last = j + 1 == n;
      const bool optional = e.quantifier == '?' || e.quantifier == '*';
      if (j == 0) masks.set(first, b);
      masks.set(is_last ? last : not_last, b);
      if (e.quantifier == '*' || e.quantifier == '+') masks.set(repeats, b);
      if (optional) masks.set(is_last ? optional_last : optional_chain, b);
      if (!e.literal_ids.empty()) {
        for (const std::uint32_t id : e.literal_ids) by_literal.set(id, b);
      } else if (e.phrase != PhraseTest::none) {
        by_phrase.set(static_cast<std::size_t>(e.phrase), b);
      } else {
        masks.set(flags_only, b);
      }
      auto test = std::find_if(tests.begin(), tests.end(), [&](const auto& t) {
        return t.first.required == e.required && t.first.forbidden == e.forbidden;
      });
      if (test == tests.end()) test = tests.insert(test, {FlagTest{e.required, e.forbidden}, {}});
      test->second.push_back(b);
    }
  }
  const std::vector<Lanes> mask_lanes = masks.lanes();
  auto mask = [&](Mask m) {
    const auto from = mask_lanes.begin() + static_cast<std::ptrdiff_t>(m * a.lanes_);
    return std::vector<Lanes>(from, from + static_cast<std::ptrdiff_t>(a.lanes_));
  };
  a.first_ = mask(first);
  a.last_ = mask(last);
  a.not_last_ = mask(not_last);
  a.repeats_ = mask(repeats);
  a.optional_last_ = mask(optional_last);
  a.optional_chain_ = mask(optional_chain);
  // Every token offers the elements of flags alone: each literal's row
  // (literal 0 for none) holds them too.
  for (std::size_t id = 0; id <= literal_count; ++id) {
    for (std::size_t w = 0; w < words; ++w) by_literal.row(id)[w] |= masks.row(flags_only)[w];
  }
  a.by_literal_ = by_literal.lanes();
  WordRows low(std::size_t{1} << kPhraseLowBits, words);
  WordRows high(std::size_t{1} << kPhraseLowBits, words);
  for (std::size_t half = 0; half < (std::size_t{1} << kPhraseLowBits); ++half) {
    for (std::size_t b = 0; b < kPhraseLowBits; ++b) {
      if (!((half >> b) & 1u)) continue;
      for (std::size_t w = 0; w < words; ++w) {
        low.row(half)[w] |= by_phrase.row(b)[w];
        if (b + kPhraseLowBits < kPhraseTests) high.row(half)[w] |= by_phrase.row(b + kPhraseLowBits)[w];
      }
    }
  }
  a.by_low_phrases_ = low.lanes();
  a.by_high_phrases_ = high.lanes();
  WordRows test_elements(tests.size(), words);
  for (std::size_t t = 0; t < tests.size(); ++t) {
    a.flag_tests_.push_back(tests[t].first);
    for (const std::size_t b : tests[t].second) test_elements.set(t, b);
  }
  a.test_elements_ = test_elements.lanes();
  static_assert(kLastTokenTest < (1u << (2 * kLowFlagBits)), "token flags fit in two halves of ten bits");
  a.tests_by_low_flags_.assign(std::size_t{1} << kLowFlagBits, 0);
  a.tests_by_high_flags_.assign(std::size_t{1} << kLowFlagBits, 0);
  for (std::size_t t = 0; t < a.flag_tests_.size() && t < 64; ++t) {
    const FlagTest& test = a.flag_tests_[t];
    const std::uint64_t test_bit = std::uint64_t{1} << t;
    file_passing_halves(a.tests_by_low_flags_, test.required & kLowFlagMask, test.forbidden & kLowFlagMask, test_bit);
    file_passing_halves(a.tests_by_high_flags_, test.required >> kLowFlagBits, test.forbidden >> kLowFlagBits,
                        test_bit);
  }
  return a;
}

PatternAutomaton::Scanner::Scanner(const PatternAutomaton& automaton)
    : a_(automaton), cached_passes_((std::size_t{1} << kCacheBits) * automaton.lanes_) {
  static_assert(kLastTokenTest < (1u << 31), "flags of all ones are no token's");
  cached_flags_.fill(UINT32_MAX);
}

inline const Lanes* PatternAutomaton::Scanner::passed_by_flags(std::uint32_t f) {
  const std::size_t slot = (f * 0x9E3779B1u) >> (32 - kCacheBits);
  if (cached_flags_[slot] == f) return cached_passes_.data() + slot * a_.lanes_;
  return fill(slot, f);
}

// The elements whose flag tests a token with flags `f` passes, into `slot`.
const Lanes* PatternAutomaton::Scanner::fill(std::size_t slot, std::uint32_t f) {
  const std::size_t lanes = a_.lanes_;
  Lanes* const passed = cached_passes_.data() + slot * lanes;
  cached_flags_[slot] = f;
  for (std::size_t l = 0; l < lanes; ++l) passed[l] = Lanes{0, 0};
  auto add = [&](std::size_t t) {
    const Lanes* const elements = a_.test_elements_.data() + t * lanes;
    for (std::size_t l = 0; l < lanes; ++l) passed[l] |= elements[l];
  };
  for (std::uint64_t tests = a_.tests_by_low_flags_[f & kLowFlagMask] &
                             a_.tests_by_high_flags_[(f >> kLowFlagBits) & kLowFlagMask];
       tests != 0; tests &= tests - 1) {
    add(static_cast<std::size_t>(__builtin_ctzll(tests)));
  }
  for (std::size_t t = 64; t < a_.flag_tests_.size(); ++t) {
    const FlagTest& test = a_.flag_tests_[t];
    if ((f & test.required) == test.required && !(f & test.forbidden)) add(t);
  }
  return passed;
}

std::size_t PatternAutomaton::Scanner::scan(std::size_t count, const std::uint32_t* flags,
                                            const std::uint32_t* literals, const std::uint16_t* phrases,
                                            const std::vector<LongPhrase>& long_phrases, Lanes* states,
                                            std::uint32_t* live) {
  // A state of a few Lanes (the English rules take three) is a fixed
  // number of register operations, its masks kept in registers.
  switch (a_.lanes_) {
    case 1: return scan_lanes<1>(count, flags, literals, phrases, long_phrases, states, live);
    case 2: return scan_lanes<2>(count, flags, literals, phrases, long_phrases, states, live);
    case 3: return scan_lanes<3>(count, flags, literals, phrases, long_phrases, states, live);
    case 4: return scan_lanes<4>(count, flags, literals, phrases, long_phrases, states, live);
    default: return scan_lanes<0>(count, flags, literals, phrases, long_phrases, states, live);
  }
}

template <std::size_t kLanes>
std::size_t PatternAutomaton::Scanner::scan_lanes(std::size_t count, const std::uint32_t* flags,
                                                  const std::uint32_t* literals, const std::uint16_t* phrases,
                                                  const std::vector<LongPhrase>& long_phrases, Lanes* states,
                                                  std::uint32_t* live) {
  const PatternAutomaton& a = a_;
  const std::size_t lanes = kLanes != 0 ? kLanes : a.lanes_;
  // The masks copied into locals: the stores to the states (Lanes too)
  // cannot change them, so the loop need not read them again after each.
  std::array<Lanes, 6 * kLanes> fixed_masks;
  std::vector<Lanes> runtime_masks(kLanes != 0 ? 0 : 6 * lanes);
  Lanes* const masks = kLanes != 0 ? fixed_masks.data() : runtime_masks.data();
  std::size_t copied = 0;
  for (const std::vector<Lanes>* mask :
       {&a.not_last_, &a.last_, &a.repeats_, &a.optional_last_, &a.optional_chain_, &a.first_}) {
    for (std::size_t l = 0; l < lanes; ++l) masks[copied++] = (*mask)[l];
  }
  const Lanes* const not_last = masks;
  const Lanes* const last = masks + lanes;
  const Lanes* const repeats = masks + 2 * lanes;
  const Lanes* const optional_last = masks + 3 * lanes;
  const Lanes* const optional_chain = masks + 4 * lanes;
  const Lanes* const first = masks + 5 * lanes;
  // The elements that may match from a token on whose own test passes,
  // given the state `after` them: the next element (one bit lower) may
  // match from there, or the element is the last, or it repeats and may
  // match again from there.
  auto advance = [&](const Lanes* after, std::size_t l) {
    return ((after[l] << 1) & not_last[l]) | last[l] | (after[l] & repeats[l]);
  };
  // An optional element may match (as nothing) where the element after it
  // may, and an optional last element anywhere: through each run of
  // optional elements the match of the one after it carries up as an
  // addition's carry does (`chain + seeds`), with no loop over the run.
  auto close = [&](Lanes* s) {
    for (std::size_t l = 0; l < lanes; ++l) {
      const Lanes set = s[l] | optional_last[l];
      const Lanes chain = optional_chain[l];
      const Lanes seeds = (set << 1) & chain;
      s[l] = set | seeds | (chain & ~(chain + seeds));
    }
  };
  Lanes* const end = states + count * lanes;
  for (std::size_t l = 0; l < lanes; ++l) end[l] = Lanes{0, 0};
  close(end);
  std::size_t live_begin = count;  // the live starts are live[live_begin, count), in order
  std::size_t long_left = long_phrases.size();
  for (std::size_t i = count; i-- > 0;) {
    const Lanes* const by_flags = passed_by_flags(flags[i]);
    const Lanes* const by_literal = a.by_literal_.data() + literals[i] * lanes;
    const Lanes* const by_low = a.by_low_phrases_.data() + (phrases[i] & kPhraseLowMask) * lanes;
    const Lanes* const by_high = a.by_high_phrases_.data() + (phrases[i] >> kPhraseLowBits) * lanes;
    const Lanes* const after = states + (i + 1) * lanes;
    Lanes* const s = states + i * lanes;
    for (std::size_t l = 0; l < lanes; ++l) {
      const Lanes passed = by_flags[l] & (by_literal[l] | by_low[l] | by_high[l]);
      s[l] = passed & advance(after, l);
    }
    for (; long_left > 0 && long_phrases[long_left - 1].token == i; --long_left) {
      const LongPhrase& p = long_phrases[long_left - 1];
      const Lanes* const low = a.by_low_phrases_.data() + (p.passes & kPhraseLowMask) * lanes;
      const Lanes* const high = a.by_high_phrases_.data() + (p.passes >> kPhraseLowBits) * lanes;
      const Lanes* const after_phrase = states + (i + p.length) * lanes;
      for (std::size_t l = 0; l < lanes; ++l) s[l] |= by_flags[l] & (low[l] | high[l]) & advance(after_phrase, l);
    }
    close(s);
    Lanes starts{0, 0};
    for (std::size_t l = 0; l < lanes; ++l) starts |= s[l] & first[l];
    // live_begin > i here: at most the tokens after this one were filed.
    live[live_begin - 1] = static_cast<std::uint32_t>(i);
    live_begin -= (starts[0] | starts[1]) != 0;
  }
  return live_begin;
}

}  // namespace sayso::entities
