// Speaker phrases: from a cue to the words that name its speaker ("Berger",
// "the spokesman", "A Democratic aide", "he"), as a SpeakerRef over tokens.
// Nothing here decides who the speaker is (speaker_resolution.hpp does).
#ifndef SAYSO_QUOTES_SPEAKER_PHRASE_HPP
#define SAYSO_QUOTES_SPEAKER_PHRASE_HPP

#include <cstddef>
#include <utility>

#include "quotes/quote_view.hpp"

namespace sayso::quotes {

class SpeakerPhrases : public QuoteView {
 public:
  using QuoteView::QuoteView;

  // The speaker phrase that ends right before token `end` (over adverbs,
  // auxiliaries, a lead-in, a parenthesis or an apposition), not before `limit`.
  SpeakerRef speaker_ending_before(std::size_t end, std::size_t limit) const;
  SpeakerRef speaker_ending_before_simple(std::size_t end, std::size_t limit) const;
  // The verb at `verb` follows a coordinator (over adverbs and auxiliaries),
  // not before `limit`: "greeted voters at the dock and said", whose subject is
  // the earlier verb's; a noun phrase right before the coordinator is that
  // verb's object.
  bool follows_coordinator(std::size_t verb, std::size_t limit) const;
  // People described by what they know or whom they are near, ending right
  // before token `end` (over adverbs and auxiliaries), not before `limit`:
  // "people close to the mayor said", "a source familiar with the talks
  // says", "officials briefed on the plan argued". An `acquaintance` phrase
  // (cue_phrases.tsv) follows a group's noun, a described person's or a
  // role's, and the noun phrase after it runs to the verb with no comma or
  // quotation: the whole phrase speaks, as written (a role too: "the aide
  // close to the mayor" is no holder of a role named before), never the
  // noun phrase after the acquaintance. None when there is no such phrase.
  SpeakerRef acquainted_speaker_before(std::size_t end, std::size_t limit) const;
  // A role with what it serves after a preposition, ending right before
  // token `end` (over adverbs and auxiliaries) and opening its clause, not
  // before `limit`: "The retired minister of fisheries said", "A spokesman for
  // the pilots' guild said", "the organizer of the rally said". The role
  // word is a title's or a described noun (speaker_nouns.tsv), lowercase,
  // with a determiner and at most three modifiers before it. A `role`
  // after a definite article or a possessive, else `described`; none when
  // there is no such phrase. (speaker_ending_before asks it last.)
  SpeakerRef role_with_complement_before(std::size_t end, std::size_t limit) const;
  // Whether token t can be such a role word: a title's or a described
  // noun's (speaker_nouns.tsv), lowercase, no name, not a group's, an
  // organisation's or a source's noun. The one test of both readers of a
  // role with what it serves (this one and the speaker resolver's).
  bool is_serving_role_word(std::size_t t) const;
  // Whether an organisation noun after "a"/"an" ending at `noun` speaks
  // through the verb of speech at `end`, as written ("A civil rights group
  // says"): not before a naming verb ("a group called …"), a verb with
  // "as" ("a group known as …") nor a base form right after it ("a court
  // order to …": a noun compound).
  bool indefinite_org_speaks(std::size_t noun, std::size_t end) const;
  // A person's name right before an organisation noun, opening the clause: "Ruiz campaign says".
  bool person_owns_bare_org_noun(std::size_t noun, std::size_t limit) const;
  // When an aside between two dashes ends right before token `t` ("Ruiz — a
  // baker from the harbour — said"): its opening dash, not before `limit`.
  // Else `t` (no closing dash, no opening one within 32 tokens, or a verb of
  // speech, a quotation or a sentence's end between them).
  // (Most tokens before a verb are no dash: that answer is given here,
  // inline, without a call; aside_dash_opening reads the aside.)
  std::size_t aside_dash_before(std::size_t t, std::size_t limit) const {
    if (t < limit + 3 || in_quote_[t - 1] || !is_dash_or_hyphen(keys_[t - 1])) return t;
    return aside_dash_opening(t, limit);
  }
  // aside_dash_before's reading once a dash outside quotation marks ends
  // before `t` and `t` >= `limit` + 3.
  std::size_t aside_dash_opening(std::size_t t, std::size_t limit) const;
  // When "to" at `to` ends a purpose after a verb of `purpose_lead_in`
  // (cue_phrases.tsv) and its object or adjunct ("Ruiz went on the radio
  // to argue", "used the meeting to warn", "took to the web to say"): that
  // verb's token, whose subject speaks. Else `to`: a `lead_in` right before
  // "to" ("went on to say"), nothing between verb and "to", or
  // a comma, a quotation, a sentence's end or a verb of speech between, or
  // more than 8 tokens, or the verb at `limit` (no subject before it).
  std::size_t purpose_lead_in_before(std::size_t to, std::size_t limit) const;
  // The token of a form of "be" (`passive_auxiliary`) right before token
  // `k`, over at most three adverbs or degree words that are no negation
  // ("is likely", "are much more likely"), after `limit`: `k` then
  // starts the predicate of "be". Else kNone.
  std::size_t copula_before(std::size_t k, std::size_t limit) const;
  // When "to" ends right before `end` after a `lead_in` ("went on to",
  // "has yet to"), a `copular_lead_in` after a form of "be" ("is likely
  // to") or "be the" and an `ordinal_lead_in` with a short noun phrase
  // ("was the first skipper to"): the first token of that lead-in, or of
  // "be", whose subject speaks for the verb at `end`. In the headline, a
  // name that opens it right before "to" ("Mayor Ruiz to call for …"):
  // "to" itself. Else `end`.
  std::size_t lead_in_start(std::size_t end, std::size_t limit) const;
  // Whether the cue at `c` is a base form followed by a lowercase plural
  // ("claim forms", "state laws"): after a quantifier ("most claim forms")
  // a noun compound, not a verb and its object.
  bool is_base_form_before_plural(std::size_t c) const;
  // A headline drops its articles ("Bridge will reopen, engineer says",
  // "Win or lose, candidate says, …"): a bare singular noun that names a
  // person (`described` in speaker_nouns.tsv, or a role), with at most two
  // lowercase modifiers, that opens its clause (at `limit`, or after a comma
  // or a quotation mark) and ends at `last`, right before a present "-s"
  // form of a verb of speech at `end`; else no speaker. In Title Case
  // ("Former Harbour Pilot Says …": noun and verb capitalised) the noun and
  // its modifiers may be capitalised, and a modifier may be a name. In
  // sentence case a name may modify it too ("Oslo harbour chief says …"),
  // but then the verb must report a clause: no stance's object, no "to".
  SpeakerRef headline_subject(std::size_t last, std::size_t end, std::size_t limit) const;
  // When a share of a group ends right before token `end`, not before
  // `limit`: a number in figures or words and a share unit (cue_phrases.tsv:
  // "47 percent", "six in 10", "9%", "Twenty-four percent"), the number's
  // token; else kNone.
  std::size_t share_number_before(std::size_t end, std::size_t limit) const;
  // Whether a share ends right before token `end`: a number and its unit
  // (share_number_before, not before `limit`) or a fraction ("half",
  // "two-thirds": cue_phrases.tsv `share_fraction`).
  bool share_ends_before(std::size_t end, std::size_t limit) const {
    return share_number_before(end, limit) != kNone ||
           phrases_.ending_before(keys_, end, lexicon::CueRole::share_fraction) != 0;
  }
  // Whether the speaker phrase can be the subject of speech verb `verb`.
  bool can_report(const SpeakerRef& ref, std::size_t verb) const;
  // The speaker phrase that starts at `start`, before `limit`, and the token after it.
  std::pair<SpeakerRef, std::size_t> speaker_starting_at(std::size_t start, std::size_t limit) const;
  // The source after "according to": a speaker, else any noun phrase up to
  // the comma ("a 2019 fisheries board survey", "a press release from
  // the Lantern Trust"), reported as written.
  std::pair<SpeakerRef, std::size_t> source_after_according_to(std::size_t start, std::size_t limit) const;
  // The subject that opens the sentence (after a conjunction and up to two
  // opening adjuncts with their commas), for "…, VERBing that …"; none when
  // the sentence does not open with a speaker.
  SpeakerRef main_clause_subject(std::size_t from, std::size_t before) const;
  // The speaker of a participle of speech at `cue` that follows a comma: the
  // speaker of a verb of speech right before the comma ("…, Ruiz said,
  // adding …"), else main_clause_subject().
  SpeakerRef participle_subject(std::size_t from, std::size_t cue) const;
  // The subject that opens the sentence, for a cue at `cue` that follows a
  // comma or a coordinator with nothing naming a speaker right before it:
  // "Lena Vogt, a rival whom Ruiz fired, said …", "Ruiz welcomed the plan and
  // said …". None unless a speaker's name opens the sentence (after a
  // dateline, a conjunction or an opening adverb with its comma) and no other
  // verb of speech stands between it and the cue.
  SpeakerRef opening_subject(std::size_t from, std::size_t cue) const;
  // Past a verb of telling, the tokens that name who was told: "him",
  // "reporters", "The New York Times", "U.N. reporters", "the Ledger".
  std::size_t after_listener(std::size_t b, std::size_t end) const;
  // Past a possessive "'s" at `b`, the noun phrase it opens: a title in
  // quotation marks ("the Ledger's “Harbour Hour”"), or words with capitals
  // and then at most two lowercase words, none of a closed class ("the
  // Ledger's Ann Ruiz", "the Ledger's news desk"); `b` when none follows.
  std::size_t after_possessed_phrase(std::size_t b, std::size_t end) const;
  // The first token after a dateline that opens the sentence ("PORT ELLIS —",
  // "PORT ELLIS, May 3 (Harbour Wire) —", "PORT ELLIS, Maine (Harbour Wire) -"),
  // else `from`.
  std::size_t after_dateline(std::size_t from, std::size_t end) const;
  // Where a speaker phrase whose determiner is at `p` begins: at the
  // indefinite article before a lone-speaker quantifier ("a few aides":
  // "few aides" is another group), when it stands after `limit`; else `p`.
  // A plural noun phrase ending at `comma`, opening its clause, whose
  // apposition up to `close` is a member_opener and names only: "Several
  // contenders, including Ruiz and Vogt, said"; as written. None otherwise.
  SpeakerRef plural_with_named_members(std::size_t comma, std::size_t close, std::size_t limit) const;
  std::size_t determiner_start(std::size_t p, std::size_t limit) const;
  // Past the region of a place that an adjunct ends with, at token `s`
  // right after the adjunct's comma: "in Lewiston, Maine, Berger said" — a place
  // between commas after a name is where that place lies, not the subject;
  // the token after its comma. Else `s`.
  std::size_t after_place_region(std::size_t s, std::size_t before) const;
  // Whether token `t` is a participle that opens an adjunct before the
  // subject ("Greeting the crowd, Berger said"): no name, no hyphen.
  bool opening_participle(std::size_t t) const;
  // Trims a speaker phrase of leading words not its own; false when it is no
  // noun phrase (ends in a function word, holds a clause or punctuation).
  bool tidy_speaker_phrase(SpeakerRef& ref) const;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_SPEAKER_PHRASE_HPP
