// The verbs of rules/<lang>/speech_verbs.tsv, read and checked in one place
// for every stage that asks what a verb of speech is (the quote stage's
// cues; the entity stage's "a place that speaks is no place").
//
// Columns (rules/README.md, "speech_verbs.tsv"): lemma, class (speech,
// report, belief, evidence), forms ("said|says|saying"), clause (bare, that,
// to, quote or empty), object (listener, stance or empty), kind (speech, belief,
// evidence or empty: what the verb reports, the quote's `cue_type`; empty
// takes it from the class, report giving speech).
#ifndef SAYSO_RULES_SPEECH_VERBS_HPP
#define SAYSO_RULES_SPEECH_VERBS_HPP

#include <cstdint>
#include <string>
#include <vector>

#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::rules {

enum class VerbClass : std::uint8_t { speech, report, belief, evidence };

struct SpeechVerbEntry {
  std::string lemma;
  VerbClass verb_class = VerbClass::speech;
  std::string clause;            // "", "bare", "that", "to", "quote", "finite" or "as"
  bool object_is_listener = false;
  bool object_is_stance = false;  // its object alone, even a name or a short noun phrase, is the stance taken
  CueType kind = CueType::speech;  // what the verb reports: the `cue_type` of the quotes it cues
  std::vector<std::string> forms;  // the inflected forms, as written (the lemma not repeated)
  // The words that open the reason given for an object ("for", "over": "blasted the board for its
  // delays"); when there are any, an object alone is reported only with one of them after it.
  std::vector<std::string> reason_words;
};

// Every row of every speech_verbs.tsv for `language` (the embedded file and
// any extension), in file order. A bad class, clause, object or kind value
// is an error at its file:line:column.
Result<std::vector<SpeechVerbEntry>> read_speech_verbs(const RuleSet& rules, const std::string& language);

}  // namespace sayso::rules

#endif  // SAYSO_RULES_SPEECH_VERBS_HPP
