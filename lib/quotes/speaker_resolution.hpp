// Speaker resolution: from a speaker phrase to the speaker. A name gives
// its entity; "he"/"she" the subject of the nearest sentence with a person
// of that gender, or a person described by a noun of that gender after it
// ("a retired fisherman", lexicon::person_noun_gender); "they" the nearest group or organisation that spoke; a
// role ("the spokesman") the person who holds it; an organisation noun ("the
// authority") the organisation whose name holds it; other phrases are
// reported as written when they are noun phrases. No guess: an unresolved
// phrase gives an undecided Attribution.
#ifndef SAYSO_QUOTES_SPEAKER_RESOLUTION_HPP
#define SAYSO_QUOTES_SPEAKER_RESOLUTION_HPP

#include <cstddef>
#include <string>

#include "quotes/speaker_phrase.hpp"

namespace sayso::quotes {

class SpeakerResolver : public SpeakerPhrases {
 public:
  using SpeakerPhrases::SpeakerPhrases;

  // The speaker `ref` names, looking back from token `anchor` (mentions
  // inside quotation marks only with `allow_inside_quotes`).
  // `depth` counts the pronouns already followed back (salience: a "he"
  // whose nearest candidate sits in a sentence that "he" opens).
  Attribution resolve(const SpeakerRef& ref, std::size_t anchor, bool allow_inside_quotes = false,
                      int depth = 0) const;
  // The subject of the sentence holding token `before` when it is `pronoun`
  // ("he", "she") and comes before that token; else none.
  SpeakerRef sentence_subject_pronoun(std::size_t before, const std::string& pronoun) const;
  // The issuer of a speaker phrase headed by a document (documents.tsv):
  // "the agency's website", "the WADA report", "a statement from the
  // ministry", "the board issued a statement calling"; none when the
  // phrase is no document or the sentence does not say who issued it.
  SpeakerRef document_owner(const SpeakerRef& ref) const;
  // When the speaker phrase `ref` is what a role serves, after a preposition
  // ("a spokesman for [the harbour board]", "the envoy at [the quota talks]",
  // "Ann Ruiz, chairwoman of [the board]"): the role phrase's first token
  // (its determiner, or the role word after a name's comma), with the role
  // word in `head`; else kNone. The role word is a title's or a
  // described noun's (not a group, organisation or source noun), lowercase,
  // with at most three modifiers before it.
  std::size_t role_before_complement(const SpeakerRef& ref, std::size_t& head) const;
  // The person whose name opens the sentence right before ", " at token
  // `first`, for the phrase [first, last] before a verb of speech ("Ann
  // Ruiz, a harbour pilot says": the apposition lost its closing comma);
  // else kNone. Only a name that opens its sentence (after a dateline)
  // counts: in "Asked about Ruiz, a pilot said" Ruiz is an object; and not
  // when the verb is followed by a comma, a colon or a quotation ("Ruiz, a
  // pilot said, “…”": an attribution set into Ruiz's sentence).
  std::size_t apposed_person(std::size_t first, std::size_t last) const;
  // The nearest person the text describes by a noun of gender `gender`
  // (lexicon::person_noun_gender: "the woman", "a retired fisherman", "her
  // brother") within 80 tokens before token `anchor` and after token
  // `after` (kNone: no bound): a lowercase noun outside names and (unless
  // `allow_inside_quotes`) quotations, with a determiner, a possessive or
  // an owner's "'s" before it over at most four modifiers, that is the
  // phrase's head (no "'s" or name right after it) and no object of a
  // preposition ("the boat of a fisherman"). When `after` is given (the
  // last token of a fitting name before it) only someone new: an
  // indefinite phrase, or a `plain` noun right after "the" ("the woman"),
  // not "the actress" or "her son", who may be the one named. Its head's token, with the phrase's
  // first token in `first`; kNone when none.
  std::size_t described_person_before(std::size_t anchor, std::size_t after, Gender gender,
                                      bool allow_inside_quotes, std::size_t& first) const;
  // The one person named after token `anchor` (within six paragraphs) whose
  // role holds `word`, when nobody named in the six paragraphs before holds
  // one (both scans bounded: a long document costs no more per call): "A spokesman
  // for the harbour board says …" then "Board spokesman Ilse Varga told …".
  // kNone when none or several do.
  std::size_t sole_later_holder(const std::string& word, std::size_t anchor) const;
  // Whether mention m is a person's (of a known entity) with a role
  // holding `word` ("spokesman" in "harbour board spokesman").
  bool person_holds_role_word(const Mention& m, std::string_view word) const;
  // The speaker of the speech verb at [cue_first, cue_first + cue_len):
  // its subject, else the speaker after it when inverted ("said Varga"),
  // within [limit_begin, limit_end).
  Attribution attribute_by_cue(std::size_t cue_first, std::size_t cue_len, std::size_t limit_begin,
                               std::size_t limit_end, std::size_t anchor) const;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_SPEAKER_RESOLUTION_HPP
