// The quote view: the per-document index every sieve reads. Which sentence,
// paragraph and mention each token belongs to, whether it is inside a
// marked quotation, where speech verbs and "according to" stand, and the
// token questions asked of them (a cue at a token, a time phrase before it).
// Built once per document, then read only.
#ifndef SAYSO_QUOTES_QUOTE_VIEW_HPP
#define SAYSO_QUOTES_QUOTE_VIEW_HPP

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/gazetteers.hpp"
#include "lexicon/phrase_trie.hpp"
#include "lexicon/token_keys.hpp"
#include "core/document_builder.hpp"
#include "core/token_index.hpp"
#include "core/uninit_vector.hpp"
#include "quotes/cue_lexicon.hpp"
#include "quotes/key_facts.hpp"
#include "quotes/quote_finder.hpp"
#include "quotes/sieve_table.hpp"

namespace sayso::quotes {

// A dash between words: em, en, horizontal bar, or two hyphens.
inline bool is_dash(std::string_view k) {
  return k == "\xE2\x80\x94" || k == "\xE2\x80\x93" || k == "\xE2\x80\x95" || k == "--";
}
// A dash, or a lone hyphen written in its place ("the pier - and the ferry").
inline bool is_dash_or_hyphen(std::string_view k) { return is_dash(k) || k == "-"; }
// "?", "!", and the doubled ends of excited writing: "!!", "?!", "!?".
inline bool is_question_or_exclamation(std::string_view k) {
  return !k.empty() && k.find_first_not_of("?!") == std::string::npos;
}
inline bool is_sentence_punct(std::string_view k) {
  return k == "." || k == "!" || k == "?" || k == ";" || k == ":" || k == "...";
}

// Where the cue that attributed a quotation stands.
enum class CuePlace : std::uint8_t {
  none,
  after_quote,   // right after the closing mark: "…," said X / "…," X said
  before_quote,  // right before the opening mark: X said: "…"
  in_sentence,   // elsewhere in the quote's sentence
};

struct SpeakerRef {
  enum class Kind { none, mention, pronoun, role, group, org_noun, described } kind = Kind::none;
  std::size_t mention = kNone;
  std::size_t first = 0;  // tokens [first, last]
  std::size_t last = 0;
  std::string word;       // the pronoun or noun, normalised
  bool source = false;    // a document or study ("the poll"), not a person or group

  // A speaker described by a noun phrase as written, tokens [first, last]
  // with head `word` ("the two lawmakers", "one official").
  static SpeakerRef described_phrase(std::size_t first, std::size_t last, std::string_view word) {
    SpeakerRef ref;
    ref.kind = Kind::described;
    ref.first = first;
    ref.last = last;
    ref.word = std::string(word);
    return ref;
  }
};

struct Attribution {
  bool decided = false;
  std::string speaker;
  std::size_t entity = kNone;
  ByteSpan speaker_mention;
  ByteSpan cue;
  SieveInfo sieve{"", 0};
  // Where the cue that decided stands: structural facts later steps read
  // (never the sieve's name).
  CuePlace cue_place = CuePlace::none;
};

// A quotation while the sieves work on it: a Quote without its id (given
// to the quotes kept, at the end) and with its sieve's name pointing into
// the sieve table (SieveInfo::name) instead of a string of its own. A page
// of quotation marks keeps hundreds of thousands of these in flight, and
// drops most of them.
struct QuoteInFlight {
  QuoteKind kind = QuoteKind::direct;
  ByteSpan span;
  std::size_t nested_in = kNone;       // index of the enclosing quote
  std::string speaker;                 // as Quote::speaker
  std::size_t speaker_entity = kNone;
  ByteSpan speaker_mention;
  ByteSpan cue;
  CueType cue_type = CueType::none;
  const char* sieve = "";              // the deciding sieve's SieveInfo::name; "" for none
  double confidence = 0;

  // Takes back who said it and why (speaker, cue, sieve, confidence): the
  // quotation stays, nobody's (its kind and cue_type are kept).
  void clear_attribution() {
    speaker.clear();
    speaker_entity = kNone;
    speaker_mention = {};
    cue = {};
    sieve = "";
    confidence = 0;
  }

  // The Quote the document keeps, with its id ("Q1", ...).
  Quote finish(std::string id) && {
    Quote q;
    q.id = std::move(id);
    q.kind = kind;
    q.span = span;
    q.nested_in = nested_in;
    q.speaker = std::move(speaker);
    q.speaker_entity = speaker_entity;
    q.speaker_mention = speaker_mention;
    q.cue = cue;
    q.cue_type = cue_type;
    q.sieve = sieve;
    q.confidence = confidence;
    return q;
  }
};

// Gives a reported clause the speaker `a` found and the sieve that decided.
inline void attribute(QuoteInFlight& q, const Attribution& a, const SieveInfo& sieve) {
  q.speaker = a.speaker;
  q.speaker_entity = a.entity;
  q.speaker_mention = a.speaker_mention;
  q.sieve = sieve.name;
  q.confidence = sieve.confidence;
}

// The sentence-level sieves try at most this many speech verbs (nearest
// first) and as many "according to" per quote, so that a sentence of
// thousands of quotations costs linear time.
constexpr std::size_t kMaxSentenceCues = 32;
// How far after a quote sentence-cue looks for a clause of its own, and how
// far before a cue opening_subject looks for the sentence's subject, in tokens.
constexpr std::size_t kMaxClauseLookahead = 64;

// Which sentence and which mention each token belongs to: 32 bits each.
using core::TokenIndex;

struct QuoteTokens {
  std::size_t open = kNone;   // token of the opening mark
  std::size_t close = kNone;  // token of the closing mark
};

class QuoteView {
 public:
  // Indexes `builder`'s document: its tokens, sentences and mentions, the
  // quotations `finder` finds in it, and the speech verbs of `cues`; `words`
  // is what `cues` says of each word by word id (the stage's). Every
  // reference must outlive the view.
  QuoteView(DocumentBuilder& builder, const QuoteFinder& finder, const CueLexicon& cues,
            const lexicon::Gazetteers& gazetteers, const WordFacts& words);

  DocumentBuilder& builder() const { return builder_; }
  // The quotations the finder found, and their first and last tokens
  // (open == kNone: a quotation of no tokens).
  const std::vector<RawQuote>& raw_quotes() const { return raw_; }
  const std::vector<QuoteTokens>& quote_tokens() const { return qtokens_; }

  // --- tokens and cues ---
  // The first token that begins at or after `byte` (tokens_.size(): none),
  // as std::lower_bound by span.begin. The halving picks its half with a
  // select, not a branch: which half holds the answer is as good as random,
  // and a branch there mispredicted about half of the ten or so steps of
  // each search.
  std::size_t token_at(std::size_t byte) const {
    const Token* first = tokens_.data();
    std::size_t count = tokens_.size();
    if (count == 0) return 0;
    // The answer lies in [first, first + count]; each step keeps a part of
    // count - half tokens that holds it.
    while (count > 1) {
      const std::size_t half = count / 2;
      first = first[half].span.begin < byte ? first + half : first;
      count -= half;
    }
    return static_cast<std::size_t>(first - tokens_.data()) + (first->span.begin < byte ? 1 : 0);
  }
  std::size_t sentence_begin(std::size_t t) const { return doc_.sentences()[token_sentence_[t]].first_token; }
  std::size_t sentence_end(std::size_t t) const {
    const Sentence& s = doc_.sentences()[token_sentence_[t]];
    return s.first_token + s.token_count;
  }
  std::size_t paragraph_of(std::size_t t) const { return doc_.sentences()[token_sentence_[t]].paragraph; }
  // Whether token t opens the document's first line, its headline: the
  // first token of the first paragraph (a reported clause read again, or a
  // later sentence of that paragraph, starts elsewhere).
  bool opens_headline(std::size_t t) const {
    return paragraph_of(t) == 0 && tokens_[t].span.begin == doc_.paragraphs()[0].span.begin;
  }
  // Whether token t is in the sentence that opens the headline.
  bool in_headline(std::size_t t) const { return opens_headline(sentence_begin(t)); }
  // Whether token t is in a headline set above an article: the sentence
  // that opens the document is its whole first line, and more paragraphs
  // follow (a document that opens with a paragraph of prose has none).
  bool in_headline_line(std::size_t t) const {
    if (!in_headline(t) || doc_.paragraphs().size() < 2) return false;
    return doc_.sentences()[token_sentence_[t]].span.end >= doc_.paragraphs()[0].span.end;
  }
  // Whether every token of t's sentence before t may open it ahead of a
  // quotation: inside quotation marks, a dash or hyphen, punctuation, or a
  // word of a PERSON's name. Read where a quotation opens: the openers at
  // the start of the last sentence asked are remembered (opener_run_), so
  // that a sentence of many quotations and nothing else is read once, not
  // once per quotation.
  bool only_openers_before(std::size_t t) const;
  // The first PERSON entity whose name's last word has the token key
  // `surname` ("ruiz" for Ann Ruiz), or kNone.
  std::size_t person_with_surname(std::string_view surname) const;

  // A speech verb starting at t: its length in tokens (0 when none).
  // Inline: most tokens start no speech verb form, and say so here.
  // A t past the last token starts none.
  std::size_t cue_at(std::size_t t, std::size_t end, std::size_t* verb = nullptr) const {
    if (t >= end || t + 1 >= cue_match_begin_.size() || !may_start_cue(t)) return 0;
    return cue_of_matches(t, end, verb);
  }
  // A one-word speech verb at t that reads as a clause's own verb, where a
  // clause is cut: any but a verb that reports only "Y as Z" (speech_verbs.tsv,
  // clause "as"), which ends no other clause.
  bool clause_verb_cue_at(std::size_t t) const {
    std::size_t verb = 0;
    return cue_at(t, t + 1, &verb) != 0 && !verb_list_[verb].object_with_as;
  }
  // False when cue_at(t, end) is 0 for every end: t starts no speech verb
  // form, or stands in a quotation or a mention. True says only "perhaps".
  bool may_start_cue(std::size_t t) const {
    return cue_match_begin_[t] != cue_match_begin_[t + 1] && !in_quote_[t] && token_mention_[t] == kNone;
  }
  // The first token from t on, before `end`, that cue_at() may find a cue
  // at, or `end`: cue_at(k, e) is 0 for every k in [t, that token) and
  // every e. (Found by the sentence cue scan: a form that fits before a
  // nearer end fits before the document's, and the words around reject a
  // form by its length only when it is one word, then the token's one form.)
  // For a loop over a stretch that asks cue_at at every token.
  std::size_t next_cue_token(std::size_t t, std::size_t end) const { return first_listed_in(cue_tokens_, t, end); }
  // The last token before `end` that cue_at() may find a cue at (as
  // next_cue_token), or kNone.
  std::size_t previous_cue_token(std::size_t end) const {
    const auto it = std::lower_bound(cue_tokens_.begin(), cue_tokens_.end(), end);
    return it == cue_tokens_.begin() ? kNone : *(it - 1);
  }
  // The first token from t on, before `end`, where "according to" starts
  // outside quotation marks (according_tokens_), or `end`.
  std::size_t next_according_token(std::size_t t, std::size_t end) const {
    return first_listed_in(according_tokens_, t, end);
  }
  // The first token from t on, before `end`, outside quotation marks, whose
  // key is an acquaintance phrase or its first word (acquaintance_tokens_), or `end`.
  std::size_t next_acquaintance_token(std::size_t t, std::size_t end) const {
    return first_listed_in(acquaintance_tokens_, t, end);
  }
  // A time phrase ("Friday", "on Friday") ending just before token `end`,
  // not before `begin`: its first token, or `end` when there is none. What
  // stands between a verb and the colon or comma that opens its quotation.
  std::size_t time_phrase_before(std::size_t end, std::size_t begin) const {
    if (end <= begin) return end;
    const std::size_t mi = token_mention_[end - 1];
    if (mi == kNone || doc_.mentions()[mi].type != EntityType::date) return end;
    const std::size_t first = doc_.mentions()[mi].first_token;
    // (a date that begins before `begin` is none: "Wednesday morning saying"
    // at a sentence's start leaves no noun before it for subject_of_document)
    if (first < begin) return end;
    return first > begin && is_role(keys_[first - 1], lexicon::CueRole::day_preposition) ? first - 1 : first;
  }
  // A speech verb ending at token t (inclusive): its first token, or kNone.
  std::size_t cue_ending_at(std::size_t t, std::size_t begin) const {
    for (std::size_t len = 1; len <= 3 && len <= t + 1; ++len) {
      const std::size_t start = t + 1 - len;
      if (start < begin) break;
      if (cue_at(start, t + 1) == len) return start;
    }
    return kNone;
  }
  ByteSpan span_of(std::size_t first, std::size_t last) const {
    return {tokens_[first].span.begin, tokens_[last].span.end};
  }
  // The reported clause of tokens [first, end): a quotation it opens that
  // runs past `end` is kept to its closing mark, no further than `limit`
  // ("… on Sunday “childish.”").
  ByteSpan clause_span(std::size_t first, std::size_t end, std::size_t limit) const {
    std::size_t span_end = end;
    while (span_end < limit && in_quote_[span_end] && in_quote_[span_end - 1]) ++span_end;
    return span_of(first, span_end - 1);
  }

  bool is_speaker_mention(std::size_t mi) const {
    const EntityType type = doc_.mentions()[mi].type;
    return type == EntityType::person || type == EntityType::org || type == EntityType::gpe ||
           type == EntityType::norp;
  }
  // Whether token t's key alone is a gazetteer title that is no honorific
  // ("minister", not "Mr"). Filed by word id when the stage was made
  // (KeyRecord::role_word) and read with the key's other facts:
  // the gazetteer trie's nodes and values, cold by the time the quote stage
  // runs, are not walked per document.
  bool is_role_word(std::size_t t) const { return key_facts_.of_token(t).role_word; }

  // Whether token t is an abbreviated title before a name ("Ms.", "Sen.",
  // "Gov.", "Prof."): a capitalised word of two to five characters that
  // ends in a period. Asked wherever a scan steps over a title to the name.
  bool is_abbreviated_title(std::size_t t) const {
    constexpr std::size_t kLongestAbbreviatedTitle = 5;
    return tokens_[t].kind == TokenKind::word && tokens_[t].shape == TokenShape::capitalized && keys_[t].size() > 1 &&
           keys_[t].size() <= kLongestAbbreviatedTitle && keys_[t].back() == '.';
  }

  // The gender a noun for one person at token t says ("woman", "spokesman"):
  // lexicon::person_noun_gender; unknown for any other word. Answered once
  // per distinct key (person_gender_).
  Gender person_noun_gender(std::size_t t) const {
    std::uint8_t& known = person_gender_[keys_.key_index(t)];
    if (known == kPersonGenderUnknown) {
      known = static_cast<std::uint8_t>(
          lexicon::person_noun_gender(person_nouns_, gazetteers_, keys_[t], keys_.hash(t), keys_.word_id(t)));
    }
    return static_cast<Gender>(known);
  }

  // "the society" at t - 1, t: the head word of an organisation named
  // before, after the definite article (and no speaker noun or role of its own).
  bool names_org_by_head(std::size_t t) const;
  // The first token of a phrase naming a document ("in a statement", "on
  // its website") that ends just before token `end`, not before `begin`;
  // `end` when there is none. Stands between a verb and its colon.
  std::size_t document_phrase_before(std::size_t end, std::size_t begin) const;
  // Whether token t is an -ing form ("saying"), which never takes an inverted speaker.
  // (Inline, from the token's key record: asked of some 10,000 tokens per
  // hundred articles, each an out-of-line call with the view's address test.)
  bool is_participle(std::size_t t) const { return token_has_role(t, lexicon::CueRole::participle_ending); }
  // Whether a normalised word plays `role` (cue_phrases.tsv). A token's key
  // (keys_[t]) is answered from the document's table of key facts.
  // (The key view's record inline; any other string out of line, so that
  // the callers inline the common case.)
  bool is_role(std::string_view k, lexicon::CueRole role) const {
    if (const KeyFacts::Facts* facts = key_facts_.of_view(k)) return facts->has_role(role);
    return is_role_of_string(k, role);
  }
  bool is_role_of_string(std::string_view k, lexicon::CueRole role) const;
  // SpeakerLexicon::is_described_head(k), from the key's record when k is a
  // key view of the document (the word's three hashed probes filed by word
  // id when the stage was made: KeyRecord::described).
  bool is_described_head(std::string_view k) const {
    const KeyFacts::Facts* facts = key_facts_.of_view(k);
    if (facts == nullptr) return lexicon_.is_described_head(k);
    return described_head(*facts, k);
  }
  // is_role(keys_[t], role) for token t, from its key's record without the
  // view's address test: for loops that ask it of every token.
  bool token_has_role(std::size_t t, lexicon::CueRole role) const { return key_facts_.of_token(t).has_role(role); }
  // What speaker noun token t's key is (speaker_nouns.tsv: SpeakerLexicon::nouns), or null when none.
  // Looked up by the key's hash, and only for a key whose record says it
  // is a speaker or described noun (KeyRecord::described, set for every
  // speaker noun): most keys are neither, and cost no lookup.
  const SpeakerNoun* speaker_noun(std::size_t t) const {
    if (!key_facts_.of_token(t).described) return nullptr;
    const auto it = lexicon_.nouns.find(keys_[t], keys_.hash(t));
    return it == lexicon_.nouns.end() ? nullptr : &it->second;
  }
  // is_described_head(keys_[t]) for token t, from its key's record.
  bool token_is_described_head(std::size_t t) const { return described_head(key_facts_.of_token(t), keys_[t]); }
  // Whether a person's name (a person mention) starts at token t.
  bool person_named_from(std::size_t t) const {
    const std::size_t mi = token_mention_[t];
    return mi != kNone && doc_.mentions()[mi].first_token == t && doc_.mentions()[mi].type == EntityType::person;
  }
  // Whether a normalised word ends as a plural noun or a verb in the third
  // person does ("officials", "says"; not "boss"): the `plural_ending` and
  // `singular_ending` roles of cue_phrases.tsv.
  bool has_plural_ending(std::string_view k) const {
    return is_role(k, lexicon::CueRole::plural_ending) && !is_role(k, lexicon::CueRole::singular_ending);
  }
  // Pronouns::form(k, c) and Pronouns::gender_of(k), answered from the
  // key's record when k is a key view of the document (no hashed lookup).
  const lexicon::PronounForm* pronoun_form(std::string_view k, lexicon::PronounCase c) const {
    const KeyFacts::Facts* facts = key_facts_.of_view(k);
    if (facts == nullptr) return pronouns_.form(k, c);
    if (!facts->pronoun) return nullptr;
    for (const lexicon::PronounForm& f : *key_facts_.pronoun_forms(*facts)) {
      if (f.grammatical_case == c) return &f;
    }
    return nullptr;
  }
  bool is_pronoun(std::string_view k, lexicon::PronounCase c) const { return pronoun_form(k, c) != nullptr; }
  Gender pronoun_gender(std::string_view k) const {
    const KeyFacts::Facts* facts = key_facts_.of_view(k);
    if (facts != nullptr && !facts->pronoun) return Gender::unknown;
    return pronouns_.gender_of(k);
  }
  // Pronouns that can name a speaker outside quotation marks: subject
  // pronouns but the addressee's ("he", "they", "we").
  bool is_subject_pronoun(std::string_view k) const {
    const lexicon::PronounForm* f = pronoun_form(k, lexicon::PronounCase::subject);
    return f != nullptr && f->person != 2;
  }
  // ... of the third person ("he", "it", "they").
  bool is_third_person_subject(std::string_view k) const {
    const lexicon::PronounForm* f = pronoun_form(k, lexicon::PronounCase::subject);
    return f != nullptr && f->person == 3;
  }
  bool is_definite(std::string_view k) const { return is_role(k, lexicon::CueRole::definite_article); }
  bool is_indefinite(std::string_view k) const { return is_role(k, lexicon::CueRole::indefinite_article); }
  bool is_article(std::string_view k) const { return is_definite(k) || is_indefinite(k); }
  // A subject pronoun for a thing ("it"), which can only be a source.
  bool is_neuter_subject(std::string_view k) const {
    const lexicon::PronounForm* f = pronoun_form(k, lexicon::PronounCase::subject);
    return f != nullptr && f->gender == lexicon::PronounGender::neuter;
  }
  // A pronoun that names who was told ("told him"): an object, not a thing.
  bool is_listener_pronoun(std::string_view k) const {
    const lexicon::PronounForm* f = pronoun_form(k, lexicon::PronounCase::object);
    return f != nullptr && f->gender != lexicon::PronounGender::neuter;
  }
  // "he" or "she": a subject pronoun with a gender.
  bool he_or_she(std::string_view k) const {
    return is_pronoun(k, lexicon::PronounCase::subject) && pronoun_gender(k) != Gender::unknown;
  }
  // A possessive of the third person that opens a speaker phrase ("his aide").
  bool is_possessive_pronoun(std::string_view k) const {
    const lexicon::PronounForm* f = pronoun_form(k, lexicon::PronounCase::possessive);
    return f != nullptr && f->person == 3;
  }
  // Words that may stand between a speaker and the speech verb: "he later said",
  // "Berger has since said", "officials also told".
  bool is_adverb_or_auxiliary(std::string_view k) const { return is_role(k, lexicon::CueRole::adverb_or_auxiliary); }
  // The closed class of token t (function_words.tsv), if it has one.
  std::optional<FunctionClass> function_class(std::size_t t) const {
    const std::uint8_t c = key_facts_.of_token(t).function_class;
    if (c == KeyFacts::Facts::kNoClass) return std::nullopt;
    return static_cast<FunctionClass>(c);
  }
  bool is_class(std::size_t t, FunctionClass c) const { return function_class(t) == c; }
  // Token t (before `end`) is the possessive "'s": the name or the date before
  // it owns the noun that follows ("Friday's vote", "the Ledger's editor")
  // and is no phrase of its own.
  bool is_possessive_clitic(std::size_t t, std::size_t end) const {
    return t < end && tokens_[t].kind == TokenKind::clitic && keys_[t] == "'s";
  }

 protected:
  // The first token of `listed` (a list of tokens in text order) from t on,
  // before `end`, or `end`.
  static std::size_t first_listed_in(const std::vector<std::size_t>& listed, std::size_t t, std::size_t end) {
    const auto it = std::lower_bound(listed.begin(), listed.end(), t);
    return it == listed.end() || *it >= end ? end : *it;
  }
  // SpeakerLexicon::is_described_head(k) for a key k of the document, from
  // its record `facts`: no function word, and a described noun or ending.
  bool described_head(const KeyFacts::Facts& facts, std::string_view k) const {
    if (facts.function_class != KeyFacts::Facts::kNoClass) return false;
    return facts.described || lexicon_.has_described_ending(k);
  }
  // Fills in_quote_ and qtokens_ (requires raw_).
  void mark_quotes();
  // Fills cue_match_begin_ and cue_match_list_, cue_verdicts_, cue_tokens_, cue_verbs_,
  // according_tokens_, acquaintance_tokens_ and complementizer_tokens_
  // (requires in_quote_), in one pass over the tokens.
  void find_sentence_cues();
  // Appends to cue_match_list_ the speech verb forms starting at token t
  // (within its sentence), shortest first, as PhraseTrie::match_all gives
  // them; `start` is where t's key stands in the verb trie.
  void list_verb_forms(std::size_t t, const VerbStart& start);
  // cue_at() for a token outside quotations and mentions that starts at
  // least one speech verb form: the longest that fits, unless the words
  // around make it a noun or a distance ("the report", "so-called").
  // Answered from the token's verdict when its longest form fits before
  // `end` (the verdicts are made by find_sentence_cues), else judged again.
  std::size_t cue_of_matches(std::size_t t, std::size_t end, std::size_t* verb) const;
  // What cue_of_matches answers, judged from the words around t (no verdict read).
  std::size_t judge_cue(std::size_t t, std::size_t end, std::size_t* verb) const;
  // Whether an object that "as" follows opens at token k, the token after a
  // verb of clause "as" ("sees [the pier as] unsafe"): a few words that no
  // preposition, "as" or "that" opens, then "as" (named_as) before the
  // sentence's end, with no punctuation, quotation mark or "that" between,
  // and no clause after "as" ("saw the pier as it fell").
  bool as_object_follows(std::size_t k) const;
  // Whether the token before t counts a plural noun (cue_phrases.tsv
  // plural_quantifier, or digits other than "1" or a year, not after a
  // capitalised name: "Channel 4"), so that a form with the third person's
  // ending at t is that noun; not the second number of a share ("one in
  // five says").
  bool counts_a_plural(std::size_t t) const;
  // Token k is a plain noun (a lowercase word of no function class, no
  // adverb, outside quotations) or a title ("the state senator").
  bool noun_follows(std::size_t k) const;

  DocumentBuilder& builder_;
  const Document& doc_;
  const std::vector<Token>& tokens_;
  const lexicon::PhraseTrie& verbs_;
  std::size_t verb_max_words_;
  const std::vector<Verb>& verb_list_;
  const SpeakerLexicon& lexicon_;
  const rules::HashedStringMap<CueType>& cue_nouns_;  // cue_nouns.tsv: what each noun reports
  const lexicon::Pronouns& pronouns_;
  const lexicon::PersonNouns& person_nouns_;
  // cue_phrases.tsv's phrases (lexicon::CuePhrases' questions, the same
  // answers). Asked of the document's keys, a phrase's first (last) word is
  // answered from its key's record first: the roles the key plays alone,
  // and the roles of the phrases of several words it opens (ends). Most
  // keys open (end) no phrase of the role asked, and cost no filter and no
  // hashed lookup.
  class DocumentPhrases {
   public:
    // `facts` is the view's key_facts_, not yet made when this is: only its
    // address is kept here.
    DocumentPhrases(const lexicon::CuePhrases& phrases, const KeyFacts& facts) : phrases_(phrases), facts_(facts) {}
    bool is(std::string_view word, lexicon::CueRole role) const { return phrases_.is(word, role); }
    template <typename Keys>
    std::size_t ending_before(const Keys& keys, std::size_t end, lexicon::CueRole role) const {
      if constexpr (std::is_same_v<Keys, core::TokenKeys>) {
        if (end != 0 && &keys == &facts_.keys()) {
          const KeyFacts::Facts& f = facts_.of_token(end - 1);
          if (f.size != 0 && !(f.ends_phrases && facts_.phrase_ends(f).has(role))) return f.roles.has(role) ? 1 : 0;
        }
      }
      return phrases_.ending_before(keys, end, role);
    }
    template <typename Keys>
    std::size_t starting_at(const Keys& keys, std::size_t start, std::size_t limit, lexicon::CueRole role) const {
      if constexpr (std::is_same_v<Keys, core::TokenKeys>) {
        if (start < limit && &keys == &facts_.keys()) {
          const KeyFacts::Facts& f = facts_.of_token(start);
          // (an empty key is asked as before)
          if (f.size != 0 && !(f.opens_phrases && facts_.phrase_starts(f).has(role))) return f.roles.has(role) ? 1 : 0;
        }
      }
      return phrases_.starting_at(keys, start, limit, role);
    }

   private:
    const lexicon::CuePhrases& phrases_;
    const KeyFacts& facts_;
  };
  DocumentPhrases phrases_;
  const lexicon::TitleCase& title_case_;
  const lexicon::Gazetteers& gazetteers_;
  const core::TokenKeys& keys_;  // the builder's token keys (lexicon::token_keys)
  KeyFacts key_facts_;           // what cue_phrases.tsv and function_words.tsv say of each key
  TokenIndex token_sentence_;
  TokenIndex token_mention_;
  std::vector<std::uint8_t> in_quote_;  // 1: inside a marked quotation (marks included); 1 byte per token
  // Found once per document (run()), so that no sieve rescans a sentence
  // for each of its quotes: the tokens where a speech verb outside
  // quotation marks starts (cue_at) and its verb, in text order; the tokens
  // of "according to" outside quotation marks; per sentence, the first token
  // that is no quotation, dash, punctuation or person's name (kNone: none).
  std::vector<std::size_t> cue_tokens_;
  std::vector<std::size_t> cue_verbs_;
  std::vector<std::size_t> according_tokens_;
  // The tokens whose key is a complementizer ("that"), quoted or not, in
  // text order: where a noun's clause may open ("his claim that …").
  std::vector<std::size_t> complementizer_tokens_;
  // The tokens outside quotation marks whose key is an `acquaintance`
  // phrase of cue_phrases.tsv or the first word of one ("close" of "close
  // to", "with" of "with knowledge of"), in text order: the only places
  // acquainted_speaker_before can read one.
  std::vector<std::size_t> acquaintance_tokens_;
  // The (length, verb index) of each speech verb form starting at token t:
  // cue_match_list_[cue_match_begin_[t] .. cue_match_begin_[t + 1]);
  // 32-bit, like TokenIndex (at most three forms per token).
  core::UninitVector<std::uint32_t> cue_match_begin_;  // every entry written by find_sentence_cues
  std::vector<std::pair<std::uint8_t, std::uint32_t>> cue_match_list_;
  // cue_match_list_ (and the cue lists) and complementizer_tokens_ are
  // reserved for one every this many tokens.
  static constexpr std::size_t kTokensPerVerbFormAtMost = 16;
  static constexpr std::size_t kTokensPerComplementizerAtMost = 32;
  // The judgement of each token that may start a cue (may_start_cue), at
  // cue_verdicts_[cue_match_begin_[t]]: its longest form's length, and
  // cue_at(t, end)'s length and verb for every end that form fits before.
  // A token's answer depends on `end` only through which forms fit, and is
  // asked some four times (the sentence cue scan, the sieves, the speaker
  // phrases); filled by find_sentence_cues, empty before.
  struct CueVerdict {
    std::uint8_t longest = 0;
    std::uint8_t length = 0;  // 0: no cue there
    std::uint32_t verb = 0;
  };
  std::vector<CueVerdict> cue_verdicts_;
  std::vector<RawQuote> raw_;
  std::vector<QuoteTokens> qtokens_;
  rules::HashedStringMap<std::size_t> org_heads_;  // head word -> first token naming the organisation
  // person_noun_gender's answers by distinct key index: a Gender, or
  // kPersonGenderUnknown when not asked yet. Filled as the (const) sieves
  // ask: a view is made and read by one thread, within one call of
  // QuoteStage::run.
  static constexpr std::uint8_t kPersonGenderUnknown = 0xFF;
  mutable std::vector<std::uint8_t> person_gender_;
  // only_openers_before's reading of one sentence's start (made and read
  // by the view's one thread, as person_gender_): every token of the
  // sentence before `end` opens it, and `end` is its first other token
  // when `found_other`.
  struct OpenerRun {
    std::size_t sentence = kNone;
    std::size_t end = 0;
    bool found_other = false;
  };
  mutable OpenerRun opener_run_;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_QUOTE_VIEW_HPP
