// The words and phrases around a cue that the quote stage and the linker
// read by their role ("according to" introduces a source, "so-called" keeps
// a writer's distance, "dubbed" names a thing, "went on to" leads in to a
// verb ...), read once from rules/<language>/cue_phrases.tsv (rules/
// README.md lists every role). C++ asks for a role, never for a word.
//
// Immutable after load(); read from many threads at once.
#ifndef SAYSO_LEXICON_CUE_PHRASES_HPP
#define SAYSO_LEXICON_CUE_PHRASES_HPP

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/rule_set.hpp"
#include "sayso/status.hpp"

namespace sayso::lexicon {

// The roles, as named in the file's `role` column (rules/README.md says
// what each one means).
enum class CueRole : std::uint8_t {
  according_to,
  adjunct_opener,
  adverb_or_auxiliary,
  affiliation_preposition,
  agent_preposition,
  clause_conjunction,
  clause_continuation,
  complementizer,
  contrast_conjunction,
  coordinator,
  copula,
  date_preposition,
  day_preposition,
  definite_article,
  distance,
  distance_prefix,
  document_preposition,
  fragment_coordinator,
  group_preposition,
  indefinite_article,
  infinitive_marker,
  issuer_preposition,
  lead_in,
  lone_speaker,
  listener_article,
  medium,
  named_as,
  naming_verb,
  negation,
  no_clause_opener,
  noun_determiner,
  object_circumstance,
  participle_ending,
  participle_keeps_verb,
  passive_auxiliary,
  past_ending,
  phrase_breaker,
  question_word,
  relative_subject,
  role_bridge_breaker,
  role_affiliation_preposition,
  short_adjunct_opener,
  time_adjunct,
  trailing_belief_form,
  warning_preposition,
  warning_verb,
};
inline constexpr std::size_t kCueRoleCount = static_cast<std::size_t>(CueRole::warning_verb) + 1;

class CuePhrases {
 public:
  // Reads the cue_phrases.tsv files of `language`; an error names
  // file:line:column (an unknown role, an empty phrase).
  static Result<CuePhrases> load(const rules::RuleSet& rules, const std::string& language);

  // Whether a normalised word is a one-word phrase of `role`, or ends with
  // one of its endings ("-ly": a word of more than four letters that ends so).
  bool is(const std::string& word, CueRole role) const;
  // The length in tokens of the longest phrase of `role` that ends right
  // before token `end` (keys[end - n, end)), or 0.
  std::size_t ending_before(const std::vector<std::string>& keys, std::size_t end, CueRole role) const;
  // The length in tokens of the longest phrase of `role` that starts at
  // token `start` and fits before `limit`, or 0.
  std::size_t starting_at(const std::vector<std::string>& keys, std::size_t start, std::size_t limit,
                          CueRole role) const;

 private:
  static std::uint64_t bit(CueRole role) { return std::uint64_t{1} << static_cast<unsigned>(role); }

  std::unordered_map<std::string, std::uint64_t> words_;  // one-word phrases: their roles
  struct Phrase {
    CueRole role;
    std::vector<std::string> keys;
  };
  std::vector<Phrase> phrases_;  // phrases of several words
  struct Ending {
    CueRole role;
    std::string ending;
  };
  std::vector<Ending> endings_;
};

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_CUE_PHRASES_HPP
