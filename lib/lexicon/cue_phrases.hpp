// The words and phrases around a cue that the quote stage and the linker
// read by their role ("according to" introduces a source, "so-called" keeps
// a writer's distance, "dubbed" names a thing, "went on to" leads in to a
// verb ...), read once from rules/<language>/cue_phrases.tsv (rules/
// README.md lists every role). C++ asks for a role, never for a word.
//
// Immutable after load(); read from many threads at once.
#ifndef SAYSO_LEXICON_CUE_PHRASES_HPP
#define SAYSO_LEXICON_CUE_PHRASES_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "sayso/status.hpp"

namespace sayso::lexicon {

// The roles, as named in the file's `role` column (rules/README.md says
// what each one means).
enum class CueRole : std::uint8_t {
  absolute_opener,
  according_to,
  acquaintance,
  adjunct_opener,
  adverb_or_auxiliary,
  affiliation_preposition,
  agent_preposition,
  approximator,
  clause_conjunction,
  clause_continuation,
  comment_opener,
  comparison_opener,
  complementizer,
  contrast_conjunction,
  coordinator,
  copula,
  dash_concession,
  date_preposition,
  day_preposition,
  definite_article,
  distance,
  distance_prefix,
  document_preposition,
  finite_form,
  fragment_coordinator,
  free_relative,
  group_preposition,
  headline_label_preposition,
  indefinite_article,
  infinitive_marker,
  issuer_preposition,
  lead_in,
  copular_lead_in,
  ordinal_lead_in,
  purpose_lead_in,
  lone_speaker,
  standalone_speaker,
  floating_quantifier,
  listener_article,
  light_verb,
  medium,
  member_opener,
  named_as,
  named_thing_determiner,
  naming_verb,
  negation,
  number_qualifier,
  number_word,
  no_clause_opener,
  noun_determiner,
  noun_first_form,
  object_circumstance,
  object_relative,
  object_control,
  participle_ending,
  participle_keeps_verb,
  partitive_preposition,
  passive_auxiliary,
  past_ending,
  phrase_breaker,
  plural_ending,
  plural_quantifier,
  question_verb,
  question_word,
  reason_frame,
  relative_opener,
  relative_time,
  relative_subject,
  role_bridge_breaker,
  role_affiliation_preposition,
  share_unit,
  share_fraction,
  short_adjunct_opener,
  singular_ending,
  source_frame,
  source_frame_noun,
  time_adjunct,
  time_subordinator,
  trailing_belief_form,
  viewpoint_noun,
  warning_preposition,
  warning_verb,
};
inline constexpr std::size_t kCueRoleCount = static_cast<std::size_t>(CueRole::warning_verb) + 1;

// A set of roles (a word's roles: CuePhrases::roles_of), one bit per role in
// two 64-bit words. A test of one given role reads one word.
class CueRoleMask {
 public:
  static constexpr std::size_t kCapacity = 128;
  constexpr CueRoleMask() = default;
  // The set of `role` alone.
  static constexpr CueRoleMask of(CueRole role) {
    CueRoleMask m;
    const auto i = static_cast<unsigned>(role);
    m.words_[i / 64] = std::uint64_t{1} << (i % 64);
    return m;
  }
  constexpr bool has(CueRole role) const {
    const auto i = static_cast<unsigned>(role);
    return (words_[i / 64] >> (i % 64) & 1) != 0;
  }
  constexpr bool any() const { return (words_[0] | words_[1]) != 0; }
  constexpr bool none() const { return !any(); }
  constexpr CueRoleMask& operator|=(CueRoleMask other) {
    words_[0] |= other.words_[0];
    words_[1] |= other.words_[1];
    return *this;
  }
  friend constexpr CueRoleMask operator|(CueRoleMask a, CueRoleMask b) { return a |= b; }
  friend constexpr bool operator==(CueRoleMask a, CueRoleMask b) {
    return a.words_[0] == b.words_[0] && a.words_[1] == b.words_[1];
  }
  friend constexpr bool operator!=(CueRoleMask a, CueRoleMask b) { return !(a == b); }

 private:
  std::uint64_t words_[2] = {0, 0};
};
static_assert(kCueRoleCount <= CueRoleMask::kCapacity, "CueRoleMask keeps a word's roles in 128 bits");

class CuePhrases {
 public:
  // Reads the cue_phrases.tsv files of `language`; an error names
  // file:line:column (an unknown role, an empty phrase).
  static Result<CuePhrases> load(const rules::RuleSet& rules, const std::string& language);

  // An ending ("-ly", "-s", "-ing") applies only to a word with at least
  // this many bytes before it: "early" is a "-ly" adverb but "ally" and
  // "only" are not, "cops" ends as a plural but "gas" does not, "based" is
  // a past form but "need" is not. Every test of an ending asks is(), so
  // this is the one threshold.
  static constexpr std::size_t kShortestStemBeforeEnding = 3;

  // Whether a normalised word is a one-word phrase of `role`, or ends with
  // one of its endings after at least kShortestStemBeforeEnding bytes.
  // Inline: the filters answer most questions without a call.
  bool is(std::string_view word, CueRole role) const {
    const bool may_be_word = word.empty() || (word_filter_[filter_slot(word)] & filter_bit(role)) != 0;
    const bool may_end_so = word.size() > kShortestStemBeforeEnding && ending_roles_.has(role);
    return (may_be_word || may_end_so) && is_after_filters(word, role, may_be_word);
  }
  // Every role `word` plays by is(): has(role) when is(word, role). One hashed lookup and one pass over the endings, for a caller
  // that asks many roles of the same word (the quote stage asks them once
  // per distinct word of a document).
  CueRoleMask roles_of(std::string_view word) const { return roles_of(word, rules::image_hash(word)); }
  // The same for a word given with its rules::image_hash (a token key's).
  CueRoleMask roles_of(std::string_view word, std::uint64_t hash) const;
  // The roles that have phrases of several words whose first word is
  // `word` (starting_at() may find one of them at it).
  CueRoleMask phrase_roles_starting_with(std::string_view word) const {
    return phrase_roles_starting_with(word, rules::image_hash(word));
  }
  CueRoleMask phrase_roles_starting_with(std::string_view word, std::uint64_t hash) const;
  // The roles `word` plays by its endings alone (roles_of() is these and
  // the roles of the one-word phrase `word`, if it is one).
  // Inline: most words end in no ending's last byte, and cost no call.
  CueRoleMask ending_roles_of(std::string_view word) const {
    if (word.size() <= kShortestStemBeforeEnding) return {};
    const auto last = static_cast<unsigned char>(word.back());
    if ((ending_last_bytes_[last / 64] >> (last % 64) & 1) == 0) return {};
    return ending_roles_of_filtered(word);
  }
  // Whether ending_roles_of(word) asks the endings at all (the word is
  // longer than kShortestStemBeforeEnding and its last byte ends some
  // ending), answered without a branch: for a caller that lists the words
  // to ask first (about one in three), instead of a test per word that
  // mispredicts as often. For a word listed,
  // ending_roles_of_filtered(word) equals ending_roles_of(word); for any
  // other, ending_roles_of(word) is the empty mask (do not ask the filtered
  // form).
  bool may_have_ending_roles(std::string_view word) const noexcept {
    static constexpr char kNoLastByte = 0;  // read instead of a short word's (maybe absent) last byte
    const bool long_enough = word.size() > kShortestStemBeforeEnding;
    const char* last_byte = long_enough ? word.data() + word.size() - 1 : &kNoLastByte;
    const auto last = static_cast<unsigned char>(*last_byte);
    return long_enough & (((ending_last_bytes_[last / 64] >> (last % 64)) & 1) != 0);
  }
  // ending_roles_of() for a word that may_have_ending_roles().
  CueRoleMask ending_roles_of_filtered(std::string_view word) const;
  // The one-word phrases and their roles, and the first words of the
  // phrases of several words with the roles of those phrases: for a caller
  // that files the answers of roles_of() and phrase_roles_starting_with()
  // by word id (quotes::WordFacts).
  const rules::HashedStringMap<CueRoleMask>& one_word_roles() const noexcept { return words_; }
  const rules::HashedStringMap<CueRoleMask>& phrase_start_roles() const noexcept { return phrase_starts_; }
  // The last words of the phrases of several words with the roles of those
  // phrases (ending_before() may find one of them ending at such a word).
  const rules::HashedStringMap<CueRoleMask>& phrase_end_roles() const noexcept { return phrase_ends_; }

  // The length in tokens of the longest phrase of `role` that ends right
  // before token `end` (keys[end - n, end)), or 0. `keys`: a document's
  // core::TokenKeys, or any random-access sequence of normalised words.
  template <typename Keys>
  std::size_t ending_before(const Keys& keys, std::size_t end, CueRole role) const {
    if (end == 0) return 0;
    const std::string_view last = keys[end - 1];
    std::size_t longest = is(last, role) ? 1 : 0;
    if (!may_edge_phrase(phrase_last_filter_, last, role)) return longest;
    for (const std::size_t i : phrases_by_role_[static_cast<std::size_t>(role)]) {
      const Phrase& p = phrases_[i];
      if (p.keys.size() > end || p.keys.size() <= longest) continue;
      if (std::equal(p.keys.begin(), p.keys.end(), keys.begin() + static_cast<std::ptrdiff_t>(end - p.keys.size()))) {
        longest = p.keys.size();
      }
    }
    return longest;
  }
  // The length in tokens of the longest phrase of `role` that starts at
  // token `start` and fits before `limit`, or 0.
  template <typename Keys>
  std::size_t starting_at(const Keys& keys, std::size_t start, std::size_t limit, CueRole role) const {
    if (start >= limit) return 0;
    const std::string_view first = keys[start];
    std::size_t longest = is(first, role) ? 1 : 0;
    if (!may_edge_phrase(phrase_first_filter_, first, role)) return longest;
    for (const std::size_t i : phrases_by_role_[static_cast<std::size_t>(role)]) {
      const Phrase& p = phrases_[i];
      if (start + p.keys.size() > limit || p.keys.size() <= longest) continue;
      if (std::equal(p.keys.begin(), p.keys.end(), keys.begin() + static_cast<std::ptrdiff_t>(start))) {
        longest = p.keys.size();
      }
    }
    return longest;
  }

 private:
  // The bit of `role` in the filters below: the filters fold the roles
  // into 64 bits (role % 64), so a bit may stand for two roles; a filter
  // only says where no answer can be, and a set bit sends the question on
  // to the exact tables.
  static constexpr std::uint64_t filter_bit(CueRole role) {
    return std::uint64_t{1} << (static_cast<unsigned>(role) % 64);
  }
  // A slot of word_filter_ for a non-empty word, from its length and three
  // of its bytes (no full hash).
  static std::size_t filter_slot(std::string_view word) {
    const std::size_t n = word.size();
    const auto byte = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(word[i])); };
    return (n * 0x9E37 + byte(0) * 0x3B + byte(n - 1) * 0x1F3 + byte(n / 2) * 0x61) % kWordFilterSlots;
  }
  // False when no phrase of several words of `role` has `word` at the edge
  // that `filter` (phrase_first_filter_ or phrase_last_filter_) records.
  static bool may_edge_phrase(const std::vector<std::uint64_t>& filter, std::string_view word, CueRole role) {
    return word.empty() || (filter[filter_slot(word)] & filter_bit(role)) != 0;
  }
  // is() once a filter lets `word` through: the hashed lookup (when
  // `may_be_word`) and the endings.
  bool is_after_filters(std::string_view word, CueRole role, bool may_be_word) const;
  void index();  // fills word_filter_, ending_roles_ and phrases_by_role_ after loading

  rules::HashedStringMap<CueRoleMask> words_;  // one-word phrases: their roles
  struct Phrase {
    CueRole role;
    std::vector<std::string> keys;
  };
  std::vector<Phrase> phrases_;  // phrases of several words
  static constexpr std::size_t kTailBytes = sizeof(std::uint32_t);
  struct Ending {
    CueRole role;
    std::string ending;
    // The ending's last bytes (four at most) where they stand in a word's
    // last four bytes, and which of those four they are (index() fills
    // both): one compare instead of a loop over the bytes.
    std::uint32_t tail = 0;
    std::uint32_t tail_mask = 0;
  };
  std::vector<Ending> endings_;

  // Filters that answer most questions without a hashed lookup (is() is
  // asked for nearly every token by the quote stage): the roles of the
  // one-word phrases whose filter_slot() is each slot, the roles that have
  // endings, and the indices in phrases_ of each role's phrases.
  static constexpr std::size_t kWordFilterSlots = 1024;
  std::vector<std::uint64_t> word_filter_ = std::vector<std::uint64_t>(kWordFilterSlots, 0);
  CueRoleMask ending_roles_;
  std::array<std::vector<std::size_t>, kCueRoleCount> phrases_by_role_;
  // The roles of the phrases of several words whose first (last) word has
  // each filter_slot(): starting_at() (ending_before()) compares a role's
  // phrases only when the word at that edge may be one of theirs.
  std::vector<std::uint64_t> phrase_first_filter_ = std::vector<std::uint64_t>(kWordFilterSlots, 0);
  std::vector<std::uint64_t> phrase_last_filter_ = std::vector<std::uint64_t>(kWordFilterSlots, 0);
  rules::HashedStringMap<CueRoleMask> phrase_starts_;  // first word of a phrase of several words: its roles
  rules::HashedStringMap<CueRoleMask> phrase_ends_;    // last word of a phrase of several words: its roles
  // For roles_of(): the last bytes of the endings, one bit each, and the
  // endings (endings_, ordered by last byte) that end with each byte b:
  // [ending_begin_[b], ending_begin_[b + 1]).
  std::array<std::uint64_t, 4> ending_last_bytes_{};
  std::array<std::uint32_t, 257> ending_begin_{};
};

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_CUE_PHRASES_HPP
