// The sieves of attribution. Each one reads one pattern of the text (docs/
// attribution.md has them all, with what each reads) and gives a speaker
// or no answer. They run in one ordered table per kind of quote (sieves.cpp):
// a quotation in marks keeps the first sieve's answer; a sentence of
// reported speech is read by the first indirect sieve that finds a clause.
// A sieve decides from the text's structure and the facts the earlier
// steps recorded (an Attribution's cue_place), never from another sieve's
// name.
//
// Families, one file each:
//   sieves_cue_adjacent.cpp  a cue right beside the marks: after-cue-speaker,
//                            after-speaker-cue, dash-name, transcript-label,
//                            before-speaker-cue
//   sieves_sentence.cpp      the quote's sentence: sentence-cue, according-to, named-as, colon-intro
//   sieves_discourse.cpp     other quotes and paragraphs: continuation,
//                            continuation-next-paragraph, sound-bite, nested-possessive,
//                            reported-clause, headline-echo
//   sieves_indirect.cpp      reported speech without marks
//   filters.cpp              what is nobody's quote: titles, names, so-called
//                            phrases, quotes left without a speaker
//
// Const: an Attributor reads its document's view and writes nothing of it.
#ifndef SAYSO_QUOTES_SIEVES_HPP
#define SAYSO_QUOTES_SIEVES_HPP

#include <cstddef>
#include <string>
#include <vector>

#include "quotes/speaker_resolution.hpp"

namespace sayso::quotes {

// A quotation in marks, as a sieve sees it.
struct MarkedQuote {
  std::size_t index;                     // into raw_quotes() and quote_tokens()
  const QuoteTokens& tokens;
  QuoteKind kind;
  const std::vector<Attribution>& done;  // the attributions of the quotes before it
};

// A sentence as the indirect sieves see it: its tokens [from, to), and the
// end of its words before the final punctuation.
struct IndirectSentence {
  std::size_t index;
  std::size_t from;
  std::size_t to;
  std::size_t end;
  // Where a clause found without a speaker goes (--keep-unattributed);
  // null: such clauses are dropped.
  std::vector<QuoteInFlight>* unattributed = nullptr;
  // The index in the sieves' output of this sentence's first quote: a sieve
  // that looks at what was found asks only the sentence's own quotes, so
  // that its cost never grows with the document.
  std::size_t first_quote = 0;
  // 0: the sentence itself; 1: a reported clause read again for the reports
  // inside it (from..end is then the clause).
  std::size_t depth = 0;
  // Where a reading at depth 1 puts the first token (subject or cue) of
  // each report it finds, instead of emitting it.
  std::vector<std::size_t>* report_starts = nullptr;
};

class Attributor : public SpeakerResolver {
 public:
  using SpeakerResolver::SpeakerResolver;

  // --- the runners (sieves.cpp) ---
  // Direct or mixed, from the words inside the marks.
  QuoteKind kind_of(const QuoteTokens& qt) const;
  // The first answer of the marked-quote sieves, in table order (undecided: none).
  Attribution attribute_marked(const MarkedQuote& quote) const;
  // A source after "according to" later in the sentence of a quote's cue
  // replaces the speaker the cue gave (the words are the source's report).
  void relayed_by_source(const QuoteTokens& qt, Attribution& a) const;
  // The quotations in marks as quotes (quotations of no tokens left out), with
  // their attributions; a mixed quote that a cue right after it attributes
  // and that opens with a capital is a statement (direct).
  std::vector<QuoteInFlight> marked_quotes(const std::vector<Attribution>& done, const std::vector<QuoteKind>& kinds,
                                           std::vector<CuePlace>& places) const;
  // Reported speech without marks, sentence by sentence. With
  // `keep_unattributed`, a clause found without a speaker is kept (speaker
  // empty) when no attributed quote of its sentence overlaps it.
  void find_indirect(std::vector<QuoteInFlight>& out, bool keep_unattributed) const;
  // The indirect sieves on one reading of a sentence (the sentence, or a
  // remark in parentheses after it), in their fixed order; true when one of
  // them decided it.
  bool run_indirect_sieves(const IndirectSentence& words, std::vector<QuoteInFlight>& out) const;
  // "the levy, which she called “a folly”": a relative pronoun, a subject
  // of one word and a naming verb right before a mixed quotation
  // with a speaker; the clause from the pronoun to the quotation's end is
  // reported too, by that speaker (sieve indirect-relative-object).
  void relative_naming_object(const std::vector<QuoteInFlight>& marked, std::vector<QuoteInFlight>& out) const;
  // What the cue `cue` reports (its verb's or noun's kind; "according to"
  // and a speaker's colon report speech); none for an empty span.
  CueType cue_type_of(ByteSpan cue) const;

  // --- sieves for quotations in marks: one answer each, or none ---
  // sieves_cue_adjacent.cpp
  Attribution after_cue_speaker(const MarkedQuote& q) const;
  Attribution after_speaker_cue(const MarkedQuote& q) const;
  Attribution dash_name(const MarkedQuote& q) const;
  Attribution before_speaker_cue(const MarkedQuote& q) const;
  Attribution paragraph_ending_cue(const MarkedQuote& q) const;  // "X said:" ends the paragraph before
  // The verb of speech, then its speaker, ending at token `b` right before a
  // quotation's comma or colon ("But, said Ruiz, “…”", "Added the skipper:"):
  // the verb opens the sentence (after a dateline, or a conjunction and its
  // comma) and the speaker phrase right after it runs to `b`.
  Attribution inverted_before(std::size_t b, std::size_t s_begin) const;
  // transcript-label for a quotation in marks: a label in capitals and a
  // colon open the paragraph right before it ('KAMAU: “…”'): the person of
  // the document with that surname, else the label as written when it is
  // no common word, role, place or date ('NOTE:').
  Attribution transcript_label_marked(const MarkedQuote& q) const;
  // sieves_sentence.cpp
  Attribution sentence_cue(const MarkedQuote& q) const;
  Attribution according_to(const MarkedQuote& q) const;
  Attribution colon_intro(const MarkedQuote& q) const;
  // named-as: a fragment right after "as" or "as a" ('X has turned on Y
  // as a “sore loser”', and fragments coordinated with it) is the words of
  // the clause's subject, unless the clause is passive ('Y is seen as').
  Attribution named_as(const MarkedQuote& q) const;
  // sieves_discourse.cpp
  Attribution continuation(const MarkedQuote& q) const;
  Attribution continuation_next_paragraph(const MarkedQuote& q) const;
  // sound-bite: a whole statement alone in its sentence, with no cue of
  // its own, after the sentence whose verb of speech names its speaker:
  // 'Ali Noor says the crowd was calm.' then '“…”'.
  Attribution sound_bite(const MarkedQuote& q) const;

  // --- sieves over all quotes (sieves_discourse.cpp) ---
  // Nested quotes: the person the outer quote cites, when a possessive or a
  // name introduces the inner one ("His message was, 'You must act'").
  void nested_possessive(std::vector<Attribution>& done) const;
  // A fragment inside reported speech takes the reporter as its speaker
  // (`quotes` nested, `places` beside them).
  void reported_clause(std::vector<QuoteInFlight>& quotes, const std::vector<CuePlace>& places) const;
  // A headline or subhead that quotes words said further down takes their speaker.
  void headline_echo(std::vector<QuoteInFlight>& quotes) const;

  // --- sieves for reported speech (sieves_indirect.cpp): each reads one
  // sentence, adds what it finds to `out` and tells whether it found the
  // sentence's reported speech (then no later sieve reads the sentence) ---
  bool transcript_label(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  bool indirect_according_to(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // "X said CLAUSE, according to Y." / "…, Y said.": a source that closes the sentence speaks for all of it.
  bool indirect_source_closes(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // Also indirect-object, indirect-noun-cue.
  bool indirect_cue(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // "Ruiz was asked by the host whether …", "Asked by a caller why …, Ruiz
  // said …": a passive verb of speech whose agent follows "by" (cue_phrases.tsv
  // `agent_preposition`) speaks the clause after it. Adds what it finds and
  // leaves the sentence to the later sieves (the main clause is another report).
  bool indirect_passive_agent(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  bool indirect_name_colon(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // The headline's label with more than a person's name before its colon
  // ("Dr. Ann Ruiz: …", "Ruiz on the Levy: …"): the claim after the colon,
  // the person's. Asked by indirect_name_colon of the headline only.
  bool headline_label(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // The headline's person label and colon (indirect_name_colon), read
  // before the other sieves, and then the reports inside its claim
  // (indirect_cue); false for any other sentence, a label naming no person
  // or a clause read again (depth > 0).
  bool headline_claim(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  SpeakerRef writer_asking(std::size_t cue, std::size_t from, std::size_t to, std::size_t cue_len) const;
  // "In a poll released Monday, most voters backed the levy.": a fronted
  // phrase (cue_phrases.tsv `source_frame`) that holds a source
  // (`source_frame_noun`) speaks for the clause after its comma, as written,
  // when no verb of speech in the clause has a speaker of its own.
  bool indirect_source_frame(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // The same frame before a clause with a verb of speech of its own: the
  // source's quote is added and the sentence read on (always false).
  bool indirect_source_frame_outer(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // The owner of the viewpoint noun `view` (cue_phrases.tsv `viewpoint_noun`)
  // in a fronted phrase from `frame` ("in") to `comma`: "In their view,",
  // "In Ruiz's view,", "In the words of a skipper,". None otherwise (the
  // writer's "In my view,", a noun the owner does not fill up to the comma).
  SpeakerRef viewpoint_owner(std::size_t frame, std::size_t view, std::size_t comma) const;
  bool source_frame(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out, bool outer) const;
  bool indirect_after_clause(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // indirect_after_clause, read once per stretch of tokens: its answer
  // depends only on sentence.from and sentence.end (it reads no quote found
  // before it), and indirect-source-closes asks it of the sentence before
  // the sieve of its own does (sieves.cpp).
  bool after_clause_once(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;
  // "Without a boat, Ruiz said, she thought she would swim": the cue at
  // token c stands in the second part of a clause that an attribution set
  // off between commas reports (indirect_after_clause's reading).
  bool inside_interrupted_attribution(const IndirectSentence& sentence, std::size_t c) const;

  // --- filters (filters.cpp) ---
  // Titles of works, names in quotation marks and "so-called" phrases are
  // removed (`quotes` and `places` as marked_quotes() made them).
  void drop_titles(std::vector<QuoteInFlight>& quotes, std::vector<CuePlace>& places) const;
  // Quotations nobody was found for: scare quotes and titles always go;
  // whole statements and reported clauses stay only with `keep_unattributed`.
  static void drop_unattributed(std::vector<QuoteInFlight>& quotes, bool keep_unattributed);
  // "In a poll, most riders said the fares were too high": a report found
  // by its verb inside the clause of another report with a speaker is part
  // of that report, no quote of its own (`nested_in` as nest_quotes set it).
  static void drop_nested_reports(std::vector<QuoteInFlight>& quotes);

 private:
  // Whether the quote's sentence opens with a subordinator whose clause
  // ends in a verb of speech right before the quote: "When X replied, “…”".
  bool opens_with_subordinate_cue(const QuoteTokens& qt) const;
  // Such a quote belongs to that clause's speaker when before-speaker-cue
  // finds one: the sieves after the quote give way ("When Ruiz replied,
  // “…,” the court pressed her").
  bool before_wins(const MarkedQuote& q) const;
  // Whether a fragment inside reported speech is the object of a participle
  // of speech inside that clause, after a comma, whose subject it was given:
  // "According to Medina, the judge yelled at the skipper, calling him a “thief”".
  bool governed_by_participle(const QuoteInFlight& fragment, const QuoteInFlight& clause) const;
  // --- reported clauses: finding the subject of a cue, bounding the clause
  // (sieves_reported_clause.cpp; docs/attribution.md, "Finding the clause,
  // then its speaker" and "Where a clause ends") ---
  // The subject of the verb at `c` when something stands between them that
  // speaker_ending_before does not cross: a time phrase ("Reyes on Friday
  // said", "who in 2010 said"), a relative clause between commas ("The
  // official, who asked not to be named, said"), or the postmodifier of a
  // source ("A 2019 study by the institute found", "the poll released
  // Friday shows"). None when there is no such subject.
  SpeakerRef subject_across_adjunct(std::size_t c, std::size_t from) const;
  // "CLAUSE, campaign finance records show.": the source between `comma` and
  // a verb of evidence that ends the sentence; sets the verb's token, length
  // and entry.
  SpeakerRef source_before_closing_evidence(std::size_t comma, std::size_t end, std::size_t& cue, std::size_t& cue_len,
                                            std::size_t& verb) const;
  // For "X said ..., adding that ...": the speaker of the nearest cue
  // before the comma at `comma` in the sentence (its subject, or the name
  // after it in "..., said X, adding"), none when there is none.
  SpeakerRef speaker_of_cue_before(std::size_t comma, std::size_t from) const;
  // For "CLAUSE, X said on Tuesday, adding that ...": the speaker of an
  // attribution that a comma or a closing quotation mark sets off before
  // the comma at `comma`, none when the words before that comma are no
  // such attribution (the sentence's own subject and verb).
  SpeakerRef speaker_of_set_off_cue_before(std::size_t comma, std::size_t from) const;
  // The subject of the verb at `c` when the entity stage left it without a
  // mention: a capitalised word that is the surname of a person named
  // earlier in the document ("Okafor has said" at a paragraph's start, after
  // "Ada Okafor"), or a place-typed name ("The Tax Policy Center
  // estimates"). The reference points at the earlier mention.
  SpeakerRef subject_by_name(std::size_t c, std::size_t from) const;
  // From the verb at `c` back over lowercase adverbs and auxiliaries ("has
  // long", "also") that are no mention, and an aside between dashes
  // (aside_dash_before), to no earlier than `from`.
  std::size_t skip_adverbs_before(std::size_t c, std::size_t from) const;
  // For a verb of speech at `c`: a group with a relative clause between it
  // and the verb, with no comma ("Skippers who have worked the route for
  // years say", "some who live by the pier argue"): the group as written,
  // from its determiner to its head, when it opens its own clause and its
  // head is a plural, a lone_speaker word or a speaker noun.
  SpeakerRef group_with_relative_clause(std::size_t c, std::size_t from) const;
  // For a participle right after a document ("X issued a statement saying
  // that …"): the subject that opens the sentence, when the document (a
  // `source` or `described` noun of speaker_nouns.tsv, or a noun of
  // cue_nouns.tsv) is the object of its verb; none otherwise.
  SpeakerRef subject_of_document(std::size_t c, std::size_t from) const;
  // For a participle in an absolute phrase ("…, with most skippers saying
  // that …"): the noun phrase between the `absolute_opener` and the
  // participle at `c`, when it is all one speaker phrase; none otherwise.
  SpeakerRef subject_of_absolute(std::size_t c, std::size_t from) const;
  // Whether the participle at `c` is a verb of its own clause over the
  // adverbs and negations before it: a `participle_keeps_verb` word, then at
  // most two adverbs ("is already saying", "is n't saying", "and simply
  // saying"), not a noun before it ("a letter announcing").
  bool keeps_verb_across_adverbs(std::size_t c, std::size_t from) const;
  // Whether the subject `ref` of the cue at `c` follows a quotation that
  // closes right before it, so that the cue attributes that quotation
  // ("“Will the pier hold?” Tom Berger asked reporters", "“…,” Ana Ruiz has
  // said"): a subject and at most adverbs and auxiliaries before the cue,
  // no participle ("…,” he said, adding …" is the participle's own), and a
  // quotation in the same sentence that ends in "?" or "!", or that opens
  // the sentence and ends in a comma after five words or more (a short
  // title keeps its comma inside the marks: "on “Harbour Hour,” Ruiz said
  // …"). A question in marks that closes a sentence of its own leaves the
  // next sentence its own report (measured: as often right as wrong).
  bool subject_follows_its_quotation(const SpeakerRef& ref, std::size_t c, std::size_t from) const;
  // Where a reported clause [b, clause_end) ends when a report with a
  // speaker of its own begins inside it after a comma ("…, the skippers
  // say …", "…, but Ruiz argues …"): at that comma; else `clause_end`.
  // The clause is read again as a sentence (IndirectSentence::depth 1).
  std::size_t sibling_report_end(const IndirectSentence& sentence, std::size_t b, std::size_t clause_end) const;
  // The subject of the verb at `c` when a relative pronoun that is its
  // subject stands right before it, over adverbs and auxiliaries: the noun
  // phrase before the pronoun, over a comma ("Ruiz, who says …", "the
  // board, which has argued …", "residents who say …"). `pronoun` gets the
  // pronoun's token, which names the speaker at the cue. None otherwise (a
  // question: "Who said …", "asked who said …").
  SpeakerRef relative_clause_subject(std::size_t c, std::size_t from, std::size_t& pronoun) const;
  // The group that a relative pronoun with no comma before it stands for,
  // after its main clause's verb ("rebuked critics who say …"), or none.
  SpeakerRef restrictive_antecedent(std::size_t pronoun, std::size_t from) const;
  // Where a clause a share of a group reports ends: before the writer's next
  // figure or remark (share_subject in find_indirect).
  std::size_t share_finding_end(std::size_t b, std::size_t end) const;
  // Whether the sentence that opens at `from` opens with a subordinator
  // whose clause holds the subject at `subject` ("While the mayor says …,
  // …", "But even as Ruiz argued …, …"); not "that" nor a question word.
  bool opens_subordinate_clause(std::size_t from, std::size_t subject) const;
  // Whether the words at `s`, after the comma that closes such a clause,
  // open the main clause: a possessive or a quantifier and its noun, a
  // capitalised phrase before a finite verb, or any subject and its verb.
  bool opens_main_clause(std::size_t s, std::size_t end) const;
  // Whether the question word at `w`, before a subject, opens a clause of
  // time that still reports ("When Ruiz said the pier was unsafe, …"): a
  // `time_subordinator` that no verb before it asks ("asked when she said").
  bool opens_time_clause(std::size_t w, std::size_t from) const;
  // Whether the word at `w` ends a `reason_frame` ("That's why", "which is
  // why") inside the sentence: a subject after it reports as in a main
  // clause ("That's why Ruiz thinks …"), not as in a question.
  bool reason_frame_before(std::size_t w, std::size_t from) const;
  // Whether what follows a time phrase after the cue, at `p`, is what was
  // said: "that", "to" for a verb that takes it (`takes_to`), a word that opens a subject (no preposition,
  // conjunction or adverb: "vowed last week in Leeds" goes on with an
  // adjunct; no finite verb: "saying this year will …" has the phrase as
  // its subject), or the end of the sentence (a bare time phrase reports
  // nothing).
  bool opens_clause_after_time(std::size_t p, std::size_t end, bool takes_to) const;
  // Token k is a question word with a finite verb a few words after it, before
  // `end`: a reported question ("why the fares rose", "how, at dawn, the pier fell").
  bool opens_question(std::size_t k, std::size_t end) const;
  // Whether the subject at `subject` opens a comment clause ("As Ruiz
  // noted, the pier …"): a `comment_opener` right before it or before the
  // first words of its noun phrase ("As the Harbour Gazette noted", "As
  // board chair Ola Berg said"), at the sentence's start (`from`), after its
  // opening conjunction, after an opener of at most three words and its
  // comma ("However, as …", "Of course, as …") or a parenthesis. The
  // clause after the comment's comma is what was said.
  bool opens_comment_clause(std::size_t subject, std::size_t from) const;
  // For a verb of speech coordinated with an earlier verb of the same
  // subject ("The nominee outlined his plan and vowed to …", "… but said
  // …"): the subject that opens the sentence; none when another verb of
  // speech stands between.
  SpeakerRef subject_of_coordinated_verb(std::size_t c, std::size_t from) const;
  // For a verb of speech after "and" or "but" (", and", over adverbs) that
  // shares the subject of the finite verb nearest before it ("Ruiz toured
  // the pier and said …", "The crews thanked the mayor, but warned …"): that
  // verb's subject, read as a cue's subject is, when it opens the sentence
  // (after a dateline, a coordinator, an opening adjunct with no verb and
  // its comma, or an opening subordinate or participial clause with no
  // comma inside and its comma). An aside between dashes right before the
  // coordinator is skipped. None when anything between
  // the two verbs may open a new clause: a subordinator, a relative pronoun,
  // "that", a question word, a subject pronoun, another coordinator, a
  // quotation, a dash or parenthesis, a semicolon or colon, or a verb of
  // speech that reports a clause (a short quoted fragment of the earlier
  // verb's object, with no comma or sentence end in it, is no stop). When
  // that verb has no subject right before it, none; or, given
  // `relative_pronoun`, the noun phrase of a relative pronoun set off by a
  // comma before it (`Ruiz, who toured the pier and said …`), the
  // pronoun's place stored there.
  // With `inflected_cue` (the cue is a past or present form, no base
  // form), a verb after "to" is no stop: the cue cannot be coordinated with
  // the infinitive, so the verb before "to" decides.
  SpeakerRef subject_of_earlier_verb(std::size_t c, std::size_t from, std::size_t* relative_pronoun = nullptr,
                                     bool inflected_cue = false) const;
  // The last resort for the subject of the verb at `c`: a short noun phrase
  // right before it that opens the sentence or follows a conjunction, a
  // subordinator or a comma, and names people in groups or numbers (a
  // plural head, a quantifier): "Companies and individuals complain",
  // "Most island families said", reported as written. None otherwise.
  // `no_share_at_c`: the caller has asked share_of_group(c, from) and it
  // found none, so the share reading is not asked again when the phrase
  // ends right before `c` (no lead-in before "to"); the answer is the same.
  SpeakerRef subject_noun_phrase(std::size_t c, std::size_t from, bool no_share_at_c = false) const;
  // The group that opens the sentence as the subject of its finite verb at
  // `v`, for a verb whose own subject is not beside it (a participle after
  // a comma, a verb after "and"): a phrase subject_noun_phrase reads ("The
  // skippers closed the pier, saying …") or a plural nationality or party
  // right before `v`, after at most a determiner or quantifier ("Democrats
  // sued, saying …", "Other Democrats"). None otherwise.
  SpeakerRef group_opening_sentence(std::size_t v, std::size_t from) const;
  // Where the clause of the sentence that opens at `from` begins: after a
  // dateline and the clause conjunctions that open it ("And", "But"), at
  // most at `before`.
  std::size_t clause_opening(std::size_t from, std::size_t before) const;
  // Whether a subject phrase starting at `first` (cue at c, sentence words
  // from `from`) opens its clause: the sentence's first word (or the first
  // after a dateline), or after a comma, a dash, a conjunction or a
  // subordinator. Callers that also take ":", ";" or an adverb before it
  // say so beside the call.
  bool phrase_opens_clause(std::size_t first, std::size_t from, std::size_t c) const;
  // The finite verb of the sentence that opens at `from`, when a short
  // phrase with no punctuation or quotation opens the sentence before it
  // and it stands before `before`; kNone otherwise.
  std::size_t opening_finite_verb(std::size_t from, std::size_t before) const;
  // Whether a word in [b, end) outside quotation marks may open a clause
  // of its own: a subordinator, a relative or question word, "that", a
  // semicolon or colon.
  bool opens_clause_between(std::size_t b, std::size_t end) const;
  // Whether a form of "be" stands in [t, c) before the verb of speech at c,
  // which is then passive ("were asked"), not progressive ("were saying").
  bool is_passive_between(std::size_t t, std::size_t c) const;
  // Whether token k opens the sentence (or follows its dateline) as a
  // common plural capitalised only for that ("Skippers say …"): a noun
  // whose capital marks the sentence's start, not a name.
  bool is_capitalised_common_plural_opening(std::size_t k, std::size_t from, std::size_t c) const;
  // Tokens [first, end) as a plural group that speaks, whole: a noun phrase
  // as above with a plural head and no preposition or adverb ("the
  // skippers", not "mostly in campus states"). None otherwise.
  SpeakerRef plural_group_between(std::size_t first, std::size_t end) const;
  // A share of a group before the verb at `c`, opening its clause: "Only 24
  // percent said", "About six in 10 island women say", "Thirty percent of
  // those asked said", "47% say"; reported as written.
  SpeakerRef share_of_group(std::size_t c, std::size_t from) const;
  // A quantifier and a partitive_preposition before a plural noun phrase
  // or a plural pronoun, opening its clause before the verb at `c`: "Most
  // of them said", "Some of the skippers argue", "at least some of those
  // hired say"; reported as written. None before a mass noun ("some of
  // the money") or a passive.
  SpeakerRef partitive_of_group(std::size_t c, std::size_t from) const;
  // The first token of the share before a partitive "of" ("most", "half",
  // "a third", "at least some" before "of the skippers"), or kNone.
  std::size_t partitive_share_before(std::size_t of, std::size_t from) const;
  // The object of a verb of object_control before "to" and the verb of
  // speech at `c`: "prompted Ruiz to say", "led many skippers to argue";
  // none when anything but the object stands between.
  SpeakerRef object_of_control_verb(std::size_t c, std::size_t from) const;
  // The end (exclusive token) of the clause [b, end) that a cue reports,
  // at or before `end`: before the writer's participle adjunct (", ending
  // …"), before a comma or a conjunction with a new subject and its verb,
  // at a closing parenthesis the clause did not open; an object alone
  // (`object_only`) also ends before a clause of its circumstances
  // ("when …") and at a dash. Never
  // at a comma inside a list, never inside quotation marks.
  std::size_t reported_clause_end(std::size_t b, std::size_t end, bool object_only) const;
  // The end of a reported clause [b, end) whose cue stands in a clause that
  // a subordinator opens ("While Ruiz says the fares are fair, the crews
  // disagree"): the first comma outside quotation marks that a new
  // subject follows (a subject pronoun, a name, a definite noun phrase) and
  // that separates no list; `end` when there is none.
  std::size_t subordinate_clause_end(std::size_t b, std::size_t end) const;
  // Whether [b, end), after a verb of telling, is what was told: a clause
  // with a verb of its own, a to-infinitive or a quotation; "told a press
  // conference on Friday" reports nothing. In a Title Case headline
  // (`title_case`: "Ruiz Tells Crews They Must Stay") a capitalised word
  // counts too when it is an auxiliary or follows a subject pronoun.
  bool is_told_clause(std::size_t b, std::size_t end, bool title_case = false) const;
  // Whether token t's sentence is in Title Case outside its quotation marks.
  bool title_case_outside_quotes(std::size_t t) const;
  // Whether the verb form at token b (of verb vb of the cue lexicon) can
  // be coordinated with the cue at token a (verb va): not when the cue is
  // past and b present (third person). "said … and added" coordinates two
  // attributions; in "said … and expects" the second verb is the reported
  // clause's own ("she said the talks failed and expects a strike").
  bool same_verb_form(std::size_t a, std::size_t va, std::size_t b, std::size_t vb) const;
  // Whether the verb `next_verb` of the cue lexicon, after the coordinator
  // at `conjunction`, goes on with the reported clause [b, conjunction)
  // instead of ending it: a verb of belief after a clause with a finite
  // verb of its own ("said the crews had worked all winter and wanted a rest").
  bool belief_joins_clause(std::size_t b, std::size_t conjunction, std::size_t next_verb) const;
  // Whether the comma at `comma` leads to a finding's figures, which go on
  // with its object: a number ("found the mayor ahead, 52 percent to 40")
  // or an absolute phrase that a number or a quantifier opens (", with
  // about a third …"). Reads nothing at or past `end`.
  bool figures_follow(std::size_t comma, std::size_t end) const;
  // Whether the comma at `comma` opens a relative clause that carries an
  // attribution of its own, so the reported clause ends before it: a
  // subject and a verb of speech whose object is the relative pronoun
  // (", which the mayor said would …"), or a source that closes the
  // sentence after the relative clause (", which rose in May, according
  // to the board."). Reads nothing at or past `end`.
  bool relative_reports_itself(std::size_t comma, std::size_t end) const;
  // Whether [b, end), an object alone after a verb that reports without
  // "that", is reported: not a short plain noun phrase ("rejected the
  // latest offer", "has denied the claims": the act, not what was said),
  // not a verb where the object should stand ("the seat they doubt will
  // flip": the gap of a relative clause). After a verb of `stance`
  // (speech_verbs.tsv) a short plain noun phrase is reported too
  // ("opposed the levy": the stance is what the corpus counts).
  bool is_reported_object(std::size_t b, std::size_t end, bool stance) const;
  // Whether the naming verb at `c` (cue_phrases.tsv `naming_verb`) gives a
  // thing its name instead of reporting what someone called it: the object
  // [b, end) is a name with no description after it, and the main verb of
  // the sentence follows ("the man called Ruiz took the bus"), or the named
  // thing is an indefinite one or the verb a passive ("a club called the
  // Tidewater Rowers", "one group called Harbour First", "is called Tide").
  bool names_a_thing(std::size_t c, std::size_t b, std::size_t end, std::size_t from) const;
  // Whether token t is a finite verb form: a lowercase auxiliary, a past
  // form ("announced": `past_ending`) or a form no ending shows ("went",
  // "seems": `finite_form` of cue_phrases.tsv). Every test of a finite
  // verb in the reported-clause code asks this.
  bool is_finite_verb(std::size_t t) const;
  // Whether [b, end) holds a finite verb (is_finite_verb) outside
  // quotation marks ("is", "had", "announced", "took").
  bool has_finite_verb(std::size_t b, std::size_t end) const;
  // Whether [b, end) holds a finite verb or a cue outside quotation marks:
  // the main clause's verb before a phrase ("ignored critics who say …").
  bool has_verb_or_cue(std::size_t b, std::size_t end) const;
  // Whether a new subject and its finite verb open at token s, before
  // `end`: a speaker's name, a subject pronoun, a definite or quantified
  // noun phrase or a bare plural, then the verb ("the harbour office has",
  // "Ruiz warned", "analysts agreed").
  bool opens_subject_and_verb(std::size_t s, std::size_t end) const;
  // Whether [b, end), what follows a cue, is only a phrase that a
  // preposition opens, with no finite verb: the act's circumstance ("said
  // during his speech", "said over the phone"), not what was said. A
  // preposition a verb of speech governs ("cautioned against new taxes":
  // `warning_preposition`) or one before a number ("predicted between two
  // and four": `approximator`) opens what was said.
  bool is_circumstance_only(std::size_t b, std::size_t end) const;
  // Whether an object alone that opens at `b` goes on over the comma at
  // `comma` (before `end`): the comma separates the items of a list that a
  // later "and" or "or" closes ("growth, jobs and wages"), with no verb of
  // its own in between.
  bool object_list_goes_on(std::size_t b, std::size_t comma, std::size_t end) const;
  // Noun cues in the sentence: "her claim that …", "Ruiz's assertion that
  // …" (cue_nouns.tsv) give the clause after "that" to the owner (sieve
  // indirect-noun-cue); a clause no verb cue of the sentence found already
  // is added to `out` (true when one is), one without an owner goes to
  // sentence.unattributed. A relative clause ("the claims that she made at
  // the meeting") is no reported clause.
  bool find_noun_cues(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const;

  // The first token of an attribution after the closing mark (past a
  // comma), and in `after_end` the end of the sentence that holds it.
  std::size_t after_closing_mark(const QuoteTokens& qt, std::size_t& after_end) const;
  // The first token of a verb of telling whose listener ends at token `b`
  // ("telling reporters", "told the Ledger"), not before `s_begin`; else kNone.
  std::size_t listener_cue_ending_at(std::size_t b, std::size_t s_begin) const;
  // The previous quote's speaker, when this quote's turn continues it: in
  // the same paragraph, or (`next_paragraph`) opening the next one.
  Attribution continue_turn(const MarkedQuote& q, bool next_paragraph) const;
  // The end of sentence `si`'s words, before its final punctuation
  // (kNone: a sentence no indirect sieve reads).
  std::size_t indirect_clause_end(std::size_t si) const;
  // The "(" of a remark in parentheses that follows the sentence's full stop
  // and closes it ("… old. (Vogt denies it.)"), or kNone.
  std::size_t closing_remark(std::size_t si) const;

 private:
  // after_clause_once's last reading: tokens [from, end), and its quote.
  // Filled as the (const) sieves ask, like the view's person_gender_: an
  // attributor is made and read by one thread, within one QuoteStage::run.
  struct AfterClauseReading {
    std::size_t from = kNone;
    std::size_t end = kNone;
    bool found = false;
    QuoteInFlight quote;
  };
  mutable AfterClauseReading after_clause_read_;
};

// The names of the marked-quote sieves in the order they run (a name may
// come twice: before-speaker-cue reads its own sentence, then a paragraph
// that ends "X said:").
std::vector<std::string> marked_sieve_order();

// Quotes ordered by position and nested by containment (nested_in);
// `places`, when given, are kept beside their quotes.
void nest_quotes(std::vector<QuoteInFlight>& quotes, std::vector<CuePlace>* places);

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_SIEVES_HPP
