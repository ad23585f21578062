// Speaker resolution: from a speaker phrase to the speaker. A name gives
// its entity; "he"/"she" the subject of the nearest sentence with a person
// of that gender; "they" the nearest group or organisation that spoke; a
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
  // The speaker of the speech verb at [cue_first, cue_first + cue_len):
  // its subject, else the speaker after it when inverted ("said Varga"),
  // within [limit_begin, limit_end).
  Attribution attribute_by_cue(std::size_t cue_first, std::size_t cue_len, std::size_t limit_begin,
                               std::size_t limit_end, std::size_t anchor) const;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_SPEAKER_RESOLUTION_HPP
