// The quotation stage: finds direct, mixed and indirect quotations and
// attributes each one to its speaker with an ordered list of sieves, from the
// words beside the quote outwards (not by confidence; docs/attribution.md has
// the order). Each quote records the sieve that decided and the cue.
//
// Sieves (names as they appear in the output, with what they match):
//   after-cue-speaker     "…," said harbour spokesperson Ilse Varga.
//   after-speaker-cue     "…," Berger said Friday. / "…," he told reporters. / "…," the spokesman said.
//   before-speaker-cue    Berger said Friday: "…" / He said, "…"
//   sentence-cue          a speech verb with its subject elsewhere in the quote's sentence:
//                         Ruiz said Berger's letter did not mark "a change of heart"
//   according-to          according to X, …
//   colon-intro           … he delivered an emotional appeal: "…" (a paragraph ending
//                         "X said:" is before-speaker-cue)
//   reported-clause       a quoted fragment inside an attributed indirect quote
//   continuation          no cue: the previous quote's speaker in the same paragraph, or the
//                         previous paragraph's when this paragraph opens with the quote
//   nested-possessive     'His message was, "…"': the person the outer quote names
//   dash-name             "…" ― Rosa Medina (a whole statement that opens its sentence)
//   headline-echo         a headline's quote takes the speaker of a later quote with its words
// and for reported speech without marks (kind indirect): indirect-cue,
// indirect-after-clause, indirect-object, indirect-noun-cue,
// indirect-according-to, indirect-name-colon, transcript-label.
// docs/attribution.md lists them all with their measured confidence.
//
// Reported speech is found from its cue and bounded before it is
// attributed (sieves_reported_clause.cpp): a clause whose speaker cannot be
// resolved is kept, with no speaker, under `keep_unattributed`. Every quote
// with a cue carries the cue's type (speech, belief, evidence) from
// speech_verbs.tsv or cue_nouns.tsv.
//
// Pronouns ("he"), role nouns ("the spokesman", "the secretary") and group
// nouns ("the aid group", "diplomats") resolve by gender, role and recency.
// Other speakers are reported as written when they are noun phrases headed
// by a speaker noun (speaker_nouns.tsv) or a role, bounded by the function
// words of function_words.tsv: "A Democratic aide", "the ad's narrator".
// A sieve that cannot resolve its speaker gives none rather than a guess.
// Every word the sieves read by role (articles, "according to", "so-called",
// lead-ins, naming verbs ...) comes from rules/<lang>/cue_phrases.tsv, and
// every pronoun's case, person, number and gender from pronouns.tsv, through
// the views of lib/lexicon/.
//
// Cost: linear in the document. Speech verbs and "according to" are found
// once per document; the sentence-level sieves try at most the 32 nearest
// per quote, so a sentence of thousands of quotations is no slower per quote
// than a short one.
//
// The stage only runs the units in order: the cue lexicon (cue_lexicon.hpp),
// the per-document quote view (quote_view.hpp), speaker phrases
// (speaker_phrase.hpp) and their resolution (speaker_resolution.hpp), the
// sieves and filters (sieves.hpp) with their table (sieve_table.hpp).
//
// Immutable after create(); run() may be called from many threads at once.
#ifndef SAYSO_QUOTES_QUOTE_STAGE_HPP
#define SAYSO_QUOTES_QUOTE_STAGE_HPP

#include <memory>
#include <string>

#include "lexicon/gazetteers.hpp"
#include "core/document_builder.hpp"
#include "quotes/cue_lexicon.hpp"
#include "quotes/key_facts.hpp"
#include "quotes/quote_finder.hpp"
#include "rules/rule_set.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::quotes {

class QuoteStage {
 public:
  static Result<std::shared_ptr<const QuoteStage>> create(const rules::RuleSet& rules, const std::string& language,
                                                          const text::Tokenizer& tokenizer,
                                                          const lexicon::Gazetteers& gazetteers);

  // Requires sentences, tokens, mentions and entities; adds quotes. Direct
  // quotes and reported clauses with no speaker are kept only with
  // `keep_unattributed`; quoted fragments with no speaker (scare quotes,
  // titles) never are.
  void run(DocumentBuilder& document, bool keep_unattributed) const;

 private:
  QuoteStage(QuoteFinder finder, CueLexicon cues, const lexicon::Gazetteers& gazetteers)
      : finder_(std::move(finder)),
        cues_(std::move(cues)),
        gazetteers_(gazetteers),
        word_facts_(cues_.phrases, cues_.speakers.function_words, cues_.pronouns, gazetteers.trie(), &cues_.verbs,
                    &gazetteers, &cues_.speakers, &cues_.verb_later_keys) {}

  QuoteFinder finder_;
  CueLexicon cues_;
  const lexicon::Gazetteers& gazetteers_;  // owned by the pipeline, outlives the stage
  WordFacts word_facts_;  // what cues_ (and the gazetteers' titles) say of each word, by its id in their vocabulary
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_QUOTE_STAGE_HPP
