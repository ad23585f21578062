// The words the quote stage reads cues and speakers by, loaded once from
// rules/<language>/: speech_verbs.tsv (the verbs, through
// rules/speech_verbs.hpp), cue_nouns.tsv (through rules/cue_nouns.hpp),
// speaker_nouns.tsv, function_words.tsv, documents.tsv, and the
// lexicon views of pronouns.tsv, person_nouns.tsv and cue_phrases.tsv
// (lib/lexicon/).
//
// Immutable after load(); read from many threads at once.
#ifndef SAYSO_QUOTES_CUE_LEXICON_HPP
#define SAYSO_QUOTES_CUE_LEXICON_HPP

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/phrase_trie.hpp"
#include "lexicon/cue_phrases.hpp"
#include "lexicon/person_nouns.hpp"
#include "lexicon/pronouns.hpp"
#include "lexicon/title_case.hpp"
#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "rules/speech_verbs.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::quotes {

using VerbClass = rules::VerbClass;  // rules/speech_verbs.hpp

enum class SpeakerNoun : std::uint8_t { group, org, source };
enum class FunctionClass : std::uint8_t {
  determiner, quantifier, pronoun, preposition, conjunction, subordinator, auxiliary, adverb
};

// The words that make and bound a speaker phrase (speaker_nouns.tsv,
// function_words.tsv).
struct SpeakerLexicon {
  rules::HashedStringMap<SpeakerNoun> nouns;  // by normalised word
  // Nouns reported as written with their determiner or owner ("a friend",
  // "the ad", "Ruiz's team"), and endings that make such nouns
  // ("-er": "the announcer", "-ist": "a scientist").
  rules::HashedStringSet described;
  std::vector<std::string> described_endings;
  rules::HashedStringMap<FunctionClass> function_words;
  // documents.tsv: documents through which their issuer speaks
  // ("statement", "website") and the verbs that put them out ("issued").
  rules::HashedStringSet document_nouns;
  rules::HashedStringSet document_verbs;
  // speaker_nouns.tsv's `evidence` nouns: a body of findings ("results",
  // "polling") that speaks only as the subject of a verb of evidence right
  // after it ("the results show"); no speaker anywhere else.
  rules::HashedStringSet evidence_nouns;

  // Whether `word` (normalised) can head a described speaker phrase.
  bool is_described_head(std::string_view word) const;
  // Whether `word` ends with one of described_endings, three bytes or more before it.
  bool has_described_ending(std::string_view word) const;
};

struct Verb {
  std::string lemma;
  VerbClass verb_class;
  bool needs_that;          // reports speech only through "that" (denounce, describe)
  bool takes_to;            // also reports a to-infinitive (pledged to cut taxes)
  bool object_is_listener;  // the phrase after it is who was told ("told Reuters"), never the speaker
  bool object_is_stance;    // its object alone is the stance taken, even a name or a short plain noun
                            // phrase ("endorsed Ruiz", "opposed the levy")
  bool quotes_only;         // attributes quotations, reports no clause ("laughed", "scoffed")
  bool clause_only;         // reports a clause only ("maintained that …", "maintained it was …"),
                            // never an object alone ("maintained a lead": another sense)
  bool object_with_as;      // reports only an object that "as" follows ("sees the pier as unsafe"),
                            // and is a cue nowhere else ("I see the harbour", "as you can see")
  CueType kind;             // what it reports: the cue_type of its quotes (speech, belief, evidence)
  // Normalised words that open the reason for an object ("for", "over"):
  // when there are any, an object alone is reported only with one of them
  // after it ("blasted the board for its delays"; "blasted out a statement"
  // and "thanked the crowd" are acts).
  std::vector<std::string> reason_words;
};

struct CueLexicon {
  lexicon::PhraseTrie verbs;  // speech verb forms (token keys) -> index into verb_list
  std::size_t verb_max_words = 1;  // the most tokens in one of `verbs`' phrases ("show no sign of": 4)
  // The keys that come second or later in some form of `verbs` ("out" of
  // "point out", "it" and "clear" of "make it clear"), each once, as their
  // ids in `verbs`: the only keys a form's first word has an edge to.
  std::vector<std::uint32_t> verb_later_keys;
  std::vector<Verb> verb_list;
  SpeakerLexicon speakers;
  // The nouns of cue_nouns.tsv by normalised form ("claim", "claims"): what
  // each reports when a "that" clause follows ("her claim that …").
  rules::HashedStringMap<CueType> cue_nouns;
  lexicon::Pronouns pronouns;
  lexicon::PersonNouns person_nouns;  // the gender of nouns for one person ("the woman")
  lexicon::CuePhrases phrases;
  lexicon::TitleCase title_case;  // the minor words of Title Case (quoted titles)

  // Reads the files of `language`; an error names file:line:column.
  static Result<CueLexicon> load(const rules::RuleSet& rules, const std::string& language,
                                 const text::Tokenizer& tokenizer);
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_CUE_LEXICON_HPP
