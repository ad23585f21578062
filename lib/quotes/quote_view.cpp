#include "quotes/quote_view.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>

#include "core/uninit_vector.hpp"

namespace sayso::quotes {

using lexicon::normalize_token;

QuoteView::QuoteView(DocumentBuilder& builder, const QuoteFinder& finder, const CueLexicon& cues,
                     const lexicon::Gazetteers& gazetteers, const WordFacts& word_facts)
    : builder_(builder),
      doc_(builder.document()),
      tokens_(doc_.tokens()),
      verbs_(cues.verbs),
      verb_max_words_(cues.verb_max_words),
      verb_list_(cues.verb_list),
      lexicon_(cues.speakers),
      cue_nouns_(cues.cue_nouns),
      pronouns_(cues.pronouns),
      person_nouns_(cues.person_nouns),
      phrases_(cues.phrases, key_facts_),
      title_case_(cues.title_case),
      gazetteers_(gazetteers),
      keys_(lexicon::token_keys(builder, word_facts.vocabulary())),
      key_facts_(keys_, cues.phrases, word_facts, KeyFacts::Deferred{}) {
  const std::size_t n = tokens_.size();
  token_sentence_.assign(n, 0);
  for (std::size_t s = 0; s < doc_.sentences().size(); ++s) {
    const Sentence& sentence = doc_.sentences()[s];
    for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      token_sentence_.set(t, s);
    }
  }
  token_mention_.assign(n, kNone);
  for (std::size_t mi = 0; mi < doc_.mentions().size(); ++mi) {
    const Mention& m = doc_.mentions()[mi];
    for (std::size_t t = m.first_token; t < m.first_token + m.token_count; ++t) token_mention_.set(t, mi);
  }
  raw_ = finder.find(doc_.text(), doc_.paragraphs());
  // The key records asked for above have come in while the finder read the text.
  key_facts_.fill();
  // The head word of each organisation's name, with the first token that
  // names it: the last word ("Port Ellis Society"), or the word before
  // its first function word ("Northern Society for Bee Health").
  // Once per entity, at its first mention (a later mention of the same name
  // would find the same head).
  std::vector<bool> seen(doc_.entities().size(), false);
  std::vector<std::string> words;  // one name's normalised words; its room kept from name to name
  // (both sized once: a head per organisation, a few words a name)
  constexpr std::size_t kNameWordsReserved = 8;
  const auto orgs = static_cast<std::size_t>(std::count_if(
      doc_.entities().begin(), doc_.entities().end(), [](const Entity& e) { return e.type == EntityType::org; }));
  if (orgs != 0) {
    org_heads_.reserve(orgs);
    words.reserve(kNameWordsReserved);
  }
  for (const Mention& m : doc_.mentions()) {
    if (m.type != EntityType::org || m.entity == kNone || seen[m.entity]) continue;
    seen[m.entity] = true;
    words.clear();
    const std::string_view name = doc_.entities()[m.entity].name;
    for (std::size_t b = 0, e = 0; b < name.size(); b = e + 1) {
      e = name.find(' ', b);
      if (e == std::string_view::npos) e = name.size();
      if (e > b) words.push_back(normalize_token(name.substr(b, e - b)));
    }
    if (words.size() < 2) continue;
    std::size_t head = words.size() - 1;
    for (std::size_t w = 1; w < words.size(); ++w) {
      if (lexicon_.function_words.count(words[w]) != 0) {
        head = w - 1;
        break;
      }
    }
    if (head == 0 && words.size() > 2) continue;  // "Friends of the Earth"
    org_heads_.emplace(words[head], m.first_token);
  }
  person_gender_.assign(keys_.distinct_count(), kPersonGenderUnknown);
  mark_quotes();
  find_sentence_cues();
}

bool QuoteView::is_role_of_string(std::string_view k, lexicon::CueRole role) const { return phrases_.is(k, role); }

std::size_t QuoteView::person_with_surname(std::string_view surname) const {
  for (std::size_t ei = 0; ei < doc_.entities().size(); ++ei) {
    const Entity& e = doc_.entities()[ei];
    if (e.type != EntityType::person) continue;
    const std::size_t space = e.name.rfind(' ');
    if (lexicon::normalize_token(space == std::string::npos ? e.name : e.name.substr(space + 1)) == surname) return ei;
  }
  return kNone;
}

bool QuoteView::names_org_by_head(std::size_t t) const {
  if (t == 0 || !is_definite(keys_[t - 1]) || tokens_[t].shape != TokenShape::lower || token_mention_[t] != kNone) {
    return false;
  }
  const auto it = org_heads_.find(keys_[t]);
  return it != org_heads_.end() && it->second < t && lexicon_.nouns.count(keys_[t], keys_.hash(t)) == 0 && !is_role_word(t);
}

std::size_t QuoteView::document_phrase_before(std::size_t end, std::size_t begin) const {
  if (end < begin + 2 || lexicon_.document_nouns.count(keys_[end - 1], keys_.hash(end - 1)) == 0 || in_quote_[end - 1]) return end;
  // "in a statement", "in a written statement", "on its website".
  for (std::size_t p = end - 1; p-- > begin && p + 5 > end;) {
    if (is_role(keys_[p], lexicon::CueRole::document_preposition)) return p;
    if (in_quote_[p] || tokens_[p].kind != TokenKind::word || token_mention_[p] != kNone) break;
    if (tokens_[p].shape != TokenShape::lower) break;
  }
  return end;
}

void QuoteView::mark_quotes() {
  const std::size_t n = tokens_.size();
  in_quote_.assign(n, 0);
  qtokens_.assign(raw_.size(), QuoteTokens{});
  // The quotations come ordered by start (QuoteFinder::find), so their token
  // spans by first token: each marks only the tokens past those marked
  // before, and nested quotations cost no more than flat ones.
  std::size_t marked_until = 0;  // tokens before this are marked where they must be
  std::size_t last_open = 0;
  bool in_order = true;
  for (std::size_t qi = 0; qi < raw_.size(); ++qi) {
    QuoteTokens& qt = qtokens_[qi];
    qt.open = token_at(raw_[qi].span.begin);
    const std::size_t last = token_at(raw_[qi].span.end);
    qt.close = last == 0 ? 0 : last - 1;
    if (qt.open >= n || qt.close >= n || qt.close <= qt.open) {
      qt.open = qt.close = kNone;
      continue;
    }
    in_order = in_order && qt.open >= last_open;
    last_open = qt.open;
    const std::size_t from = std::max(qt.open, marked_until);
    if (in_order && from <= qt.close) {
      std::fill(in_quote_.begin() + static_cast<std::ptrdiff_t>(from),
                in_quote_.begin() + static_cast<std::ptrdiff_t>(qt.close + 1), std::uint8_t{1});
    }
    marked_until = std::max(marked_until, qt.close + 1);
  }
  if (in_order) return;
  // Out of order (the finder never gives that): each span marked by its
  // ends, the marks summed, still linear.
  std::vector<int> depth(n + 1, 0);
  for (const QuoteTokens& qt : qtokens_) {
    if (qt.open == kNone) continue;
    depth[qt.open] += 1;
    depth[qt.close + 1] -= 1;
  }
  int open = 0;
  for (std::size_t t = 0; t < n; ++t) {
    open += depth[t];
    in_quote_[t] = open != 0;
  }
}

void QuoteView::find_sentence_cues() {
  const std::size_t n = tokens_.size();
  if (n >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("sayso: more than 2^32 - 2 tokens in a document");
  }
  // The tokens whose key's scan byte is not 0 (some one in ten): the only
  // ones that can start a form, be a complementizer or "according to".
  // Listed without a branch, so that the pass below looks at them only.
  core::UninitVector<std::uint32_t> scanned(n + 1);  // [0, scanned_count) written below
  std::size_t scanned_count = 0;
  for (std::size_t t = 0; t < n; ++t) {
    scanned[scanned_count] = static_cast<std::uint32_t>(t);
    scanned_count += key_facts_.scan(keys_.key_index(t)) != 0;
  }
  // The form count before each token: 0 here; below, a token where forms
  // start gets the count before it and the token after it the count after,
  // and a running maximum then fills the rest (no branch per run of tokens).
  cue_match_begin_.assign(n + 1, 0);
  // Room for a form every kTokensPerVerbFormAtMost tokens (news text has
  // one every twenty or so), so that the lists rarely grow by reallocation;
  // a cue starts only where a form does.
  const std::size_t forms_reserved = n / kTokensPerVerbFormAtMost + 4;
  cue_match_list_.reserve(forms_reserved);
  std::vector<CueVerdict> verdicts;  // by form, as cue_verdicts_
  verdicts.reserve(forms_reserved);
  cue_tokens_.reserve(forms_reserved);
  cue_verbs_.reserve(forms_reserved);
  // Room for a complementizer every kTokensPerComplementizerAtMost tokens
  // (news has one every seventy or so), so that the list rarely grows.
  complementizer_tokens_.reserve(n / kTokensPerComplementizerAtMost + 4);
  std::uint32_t match_count = 0;  // (tested where it grows, not at every token)
  for (std::size_t i = 0; i < scanned_count; ++i) {
    const std::size_t t = scanned[i];
    const std::uint32_t key = keys_.key_index(t);
    const std::uint8_t scan = key_facts_.scan(key);
    if (scan & KeyFacts::kScanComplementizer) complementizer_tokens_.push_back(t);
    if (scan & KeyFacts::kScanVerbStart) {
      cue_match_begin_[t] = match_count;
      list_verb_forms(t, key_facts_.verb_start(key));
      match_count = static_cast<std::uint32_t>(cue_match_list_.size());
      cue_match_begin_[t + 1] = match_count;  // t's forms, for judge_cue below
      if (may_start_cue(t)) {
        // Every form fits before the document's end: the verdict for any end
        // that the longest form fits before.
        verdicts.resize(match_count);
        CueVerdict& verdict = verdicts[cue_match_begin_[t]];
        for (std::uint32_t k = cue_match_begin_[t]; k < match_count; ++k) {
          verdict.longest = std::max(verdict.longest, cue_match_list_[k].first);
        }
        std::size_t verb = 0;
        verdict.length = static_cast<std::uint8_t>(judge_cue(t, n, &verb));
        verdict.verb = static_cast<std::uint32_t>(verb);
        if (verdict.length != 0) {
          cue_tokens_.push_back(t);
          cue_verbs_.push_back(verb);
        }
      }
    }
    if (in_quote_[t]) continue;  // no "according to" and no acquaintance phrase inside a quotation
    // "according to" and the acquaintance phrases only where the key is
    // their word or starts their phrase (one test of the scan byte for both;
    // an acquaintance phrase is read where it is asked).
    if ((scan & (KeyFacts::kScanAccordingTo | KeyFacts::kScanAcquaintance)) != 0) {
      if ((scan & KeyFacts::kScanAccordingTo) != 0 &&
          phrases_.starting_at(keys_, t, n, lexicon::CueRole::according_to) != 0) {
        according_tokens_.push_back(t);
      }
      if ((scan & KeyFacts::kScanAcquaintance) != 0) acquaintance_tokens_.push_back(t);
    }
  }
  std::uint32_t before = 0;
  for (std::uint32_t& count : cue_match_begin_) {
    before = std::max(before, count);
    count = before;
  }
  verdicts.resize(match_count);
  cue_verdicts_ = std::move(verdicts);
}

bool QuoteView::only_openers_before(std::size_t t) const {
  if (doc_.sentences().empty()) return true;
  const std::size_t si = token_sentence_[t];
  const Sentence& sentence = doc_.sentences()[si];
  OpenerRun& run = opener_run_;
  if (run.sentence != si) run = OpenerRun{si, sentence.first_token, false};
  const std::size_t end = std::min(t, sentence.first_token + sentence.token_count);
  if (run.found_other) return run.end >= end;
  // Reads on from where the last ask stopped: each token of the sentence
  // is read at most once while its quotations are asked in text order.
  for (; run.end < end; ++run.end) {
    const std::size_t k = run.end;
    const bool opener = in_quote_[k] || is_dash_or_hyphen(keys_[k]) || tokens_[k].kind == TokenKind::punctuation ||
                        (token_mention_[k] != kNone && doc_.mentions()[token_mention_[k]].type == EntityType::person);
    if (!opener) {
      run.found_other = true;
      return false;
    }
  }
  return true;
}

void QuoteView::list_verb_forms(std::size_t t, const VerbStart& start) {
  // Looked up once per token. A key's first step in the trie, and its id
  // there, come with its key facts (VerbStart, filed by word when the stage
  // was made): the trie's hashed edge lookups, whose nodes miss the cache,
  // are asked only past a first key that longer forms go on from.
  const std::size_t n = tokens_.size();
  const Sentence* sentence = doc_.sentences().empty() ? nullptr : &doc_.sentences()[token_sentence_[t]];
  const std::size_t sentence_end_token = sentence == nullptr ? n : sentence->first_token + sentence->token_count;
  const std::size_t limit = std::min(sentence_end_token, t + verb_max_words_);
  if (limit <= t) return;
  if (start.one_word != 0) cue_match_list_.push_back({std::uint8_t{1}, start.one_word - 1});
  if (start.longer) {
    std::uint32_t node = start.node;
    // The first edge filtered by the next word's later-word bit, so that
    // the trie's hashed edge lookup (whose nodes miss the cache) is asked
    // only of a word that may go on a form from here ("is adamant", not
    // "is a").
    if (t + 1 < limit) {
      const std::uint8_t bit = key_facts_.verb_start(keys_.key_index(t + 1)).later_bit;
      if (bit == 0 || (key_facts_.later_edges(node) >> (bit - 1) & 1) == 0) node = 0;
    }
    for (std::size_t k = t + 1; k < limit && node != 0; ++k) {
      node = verbs_.child(node, key_facts_.verb_start(keys_.key_index(k)).key);
      if (node == 0) break;
      if (const lexicon::PhraseValues values = verbs_.node_values(node); values.size() != 0) {
        cue_match_list_.push_back({static_cast<std::uint8_t>(k - t + 1), values.front()});
      }
    }
  }
  if (cue_match_list_.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("sayso: more than 2^32 - 1 speech verb forms in a document");
  }
}

std::size_t QuoteView::cue_of_matches(std::size_t t, std::size_t end, std::size_t* verb) const {
  if (!cue_verdicts_.empty()) {
    const CueVerdict& verdict = cue_verdicts_[cue_match_begin_[t]];
    if (t + verdict.longest <= end) {
      if (verdict.length != 0 && verb) *verb = verdict.verb;
      return verdict.length;
    }
  }
  return judge_cue(t, end, verb);
}

std::size_t QuoteView::judge_cue(std::size_t t, std::size_t end, std::size_t* verb) const {
  // The longest speech verb form that starts at t and fits before `end`.
  std::size_t length = 0;
  std::size_t verb_index = 0;
  for (std::size_t k = cue_match_begin_[t]; k < cue_match_begin_[t + 1]; ++k) {
    const auto [len, v] = cue_match_list_[k];
    if (t + len <= end && len > length) {
      length = len;
      verb_index = v;
    }
  }
  if (length == 0) return 0;
  // A noun, not a verb: "an emotional appeal", "the report", "his call".
  auto determiner = [&](std::size_t k) { return is_role(keys_[k], lexicon::CueRole::noun_determiner); };
  // ("he's saying", "it's reporting": after a subject pronoun the clitic is a verb).
  if (t > 0 && determiner(t - 1) && !(t > 1 && is_subject_pronoun(keys_[t - 2]))) return 0;
  // A form far more often a noun (cue_phrases.tsv noun_first_form) is one
  // before a plain noun or a title: "the state senator", "an email server",
  // "call centres" ("they state their aims", "to post photos", "states
  // that" stay verbs).
  if (length == 1 && is_role(keys_[t], lexicon::CueRole::noun_first_form) && noun_follows(t + 1) &&
      !(t > 0 && (is_subject_pronoun(keys_[t - 1]) || is_role(keys_[t - 1], lexicon::CueRole::infinitive_marker) ||
                  is_adverb_or_auxiliary(keys_[t - 1]) || is_class(t - 1, FunctionClass::auxiliary)))) {
    return 0;
  }
  // "Republican claims", "Russian warnings": a nationality or party in the
  // singular before the form makes it a noun ("Republicans claim" stays a
  // verb); only a base form, an -s form or an -ing form can be a noun
  // ("Cuban said" is a name and its verb).
  const std::string_view form = keys_[t];
  const bool noun_form = length == 1 && (form == verb_list_[verb_index].lemma || has_plural_ending(form) ||
                                         is_role(form, lexicon::CueRole::participle_ending));
  if (t > 0 && token_mention_[t - 1] != kNone && noun_form) {
    const Mention& m = doc_.mentions()[token_mention_[t - 1]];
    const std::string_view last = keys_[t - 1];
    // Right after a quotation ("“…,” Cuban said") the word is its speaker.
    const std::size_t before = m.first_token > 0 && keys_[m.first_token - 1] == "," ? m.first_token - 1 : m.first_token;
    const bool after_quote = before > 0 && tokens_[before - 1].kind == TokenKind::quote_mark && in_quote_[before - 1];
    if (m.type == EntityType::norp && m.first_token + m.token_count == t && !has_plural_ending(last) &&
        !after_quote) {
      return 0;
    }
  }
  // Agreement: a form with the third person's ending right after a word
  // that counts a plural is that plural noun ("several reports", "in nine
  // states", "all 50 states"): a plural is no subject of that form ("some
  // say" stays a verb).
  if (has_plural_ending(form) && (length > 1 || form != verb_list_[verb_index].lemma) && counts_a_plural(t)) {
    return 0;
  }
  // "so-called", "so called", "so- called": distance, not speech.
  if (phrases_.ending_before(keys_, t, lexicon::CueRole::distance_prefix) != 0) {
    return 0;
  }
  // ... also a base form after a name that a determiner opens: "a Tom
  // Berger tweet" (but "the White House said", "the White House says").
  if (t > 0 && token_mention_[t - 1] != kNone && length == 1 && keys_[t] == verb_list_[verb_index].lemma) {
    const Mention& m = doc_.mentions()[token_mention_[t - 1]];
    const std::string_view before = m.first_token > 0 ? keys_[m.first_token - 1] : std::string_view();
    if (m.first_token + m.token_count == t && (is_role(before, lexicon::CueRole::indefinite_article) ||
                                               is_role(before, lexicon::CueRole::definite_article))) {
      return 0;
    }
    // A place in the singular is no subject of a base form either: the
    // form is part of a name or a compound ("the Idaho state senate", "a
    // Lisbon report"), unless a coordinator joins the place to another
    // ("Spain and Chile claim"), an auxiliary stands before it ("did
    // Spain claim") or a preposition makes it part of the subject
    // ("witnesses in Mali say") or a comma an apposition ("the University
    // of Oregon, Eugene, suggest"); an acronym is no such place ("NGP VAN
    // show").
    if (m.first_token + m.token_count == t && m.type == EntityType::gpe && !has_plural_ending(keys_[t - 1]) &&
        tokens_[t - 1].shape == TokenShape::capitalized &&
        !(m.first_token > 0 && (keys_[m.first_token - 1] == "," ||
                                is_role(keys_[m.first_token - 1], lexicon::CueRole::coordinator) ||
                                is_class(m.first_token - 1, FunctionClass::conjunction) ||
                                is_class(m.first_token - 1, FunctionClass::auxiliary) ||
                                is_class(m.first_token - 1, FunctionClass::preposition)))) {
      return 0;
    }
    // A base form that is also a document (documents.tsv) after a name in
    // the singular is the name's document: "the Ruiz email", "a Harbour
    // Board report" ("Ruiz emailed", "the dockers report" stay verbs).
    if (m.first_token + m.token_count == t && !has_plural_ending(keys_[t - 1]) &&
        lexicon_.document_nouns.count(keys_[t], keys_.hash(t)) != 0) {
      return 0;
    }
  }
  // ... and a base form right after a preposition other than the
  // infinitive marker: "the secretary of state said", "reached for comment".
  if (t > 0 && length == 1 && keys_[t] == verb_list_[verb_index].lemma && !in_quote_[t - 1]) {
    if (function_class(t - 1) == FunctionClass::preposition &&
        !is_role(keys_[t - 1], lexicon::CueRole::infinitive_marker)) {
      return 0;
    }
  }
  // "sees the pier as unsafe": a verb that reports only an object that
  // "as" follows is a cue there and nowhere else ("I see the harbour", "as
  // you can see", "is seen as"). (The sentence's end, not `end`, bounds the
  // object: the verdict is kept for every end the form fits before.)
  if (verb_list_[verb_index].object_with_as && !as_object_follows(t + length)) return 0;
  if (verb) *verb = verb_index;
  return length;
}

bool QuoteView::counts_a_plural(std::size_t t) const {
  if (t == 0 || in_quote_[t - 1]) return false;
  const std::size_t k = t - 1;
  if (tokens_[k].kind == TokenKind::number) {
    // Digits and separators only, more than one and no year: not "1 says",
    // "data from 2016 shows", "3rd", "9/11"; nor a name's number ("Channel
    // 4 reports").
    const std::string_view n = keys_[k];
    if (n == "1" || n.find_first_not_of("0123456789,") != std::string_view::npos ||
        (n.size() == 4 && n.find(',') == std::string_view::npos)) {
      return false;
    }
    if (k > 0 && tokens_[k - 1].kind == TokenKind::word && tokens_[k - 1].shape != TokenShape::lower &&
        !function_class(k - 1)) {
      return false;
    }
  } else if (tokens_[k].kind != TokenKind::word || !token_has_role(k, lexicon::CueRole::plural_quantifier)) {
    return false;
  }
  // "one in five says": the share's subject is its first number.
  if (k >= 2 && function_class(k - 1) == FunctionClass::preposition &&
      (tokens_[k - 2].kind == TokenKind::number || token_has_role(k - 2, lexicon::CueRole::number_word))) {
    return false;
  }
  return true;
}

bool QuoteView::noun_follows(std::size_t k) const {
  if (k >= tokens_.size() || tokens_[k].kind != TokenKind::word || in_quote_[k]) return false;
  if (is_role_word(k)) return true;
  return tokens_[k].shape == TokenShape::lower && !function_class(k) && !is_adverb_or_auxiliary(keys_[k]) &&
         !is_role(keys_[k], lexicon::CueRole::complementizer);
}

bool QuoteView::as_object_follows(std::size_t k) const {
  constexpr std::size_t kLongestObject = 8;  // "the harbour board's plan for the pier"
  if (k >= tokens_.size()) return false;
  const std::size_t stop = std::min(sentence_end(k), k + kLongestObject + 1);
  if (tokens_[k].kind != TokenKind::word || in_quote_[k] || is_role(keys_[k], lexicon::CueRole::named_as) ||
      is_role(keys_[k], lexicon::CueRole::complementizer) ||
      (tokens_[k].shape == TokenShape::lower && function_class(k) == FunctionClass::preposition)) {
    return false;
  }
  for (std::size_t j = k + 1; j < stop; ++j) {
    if (in_quote_[j] || tokens_[j].kind == TokenKind::quote_mark || tokens_[j].kind == TokenKind::punctuation ||
        is_role(keys_[j], lexicon::CueRole::complementizer)) {
      return false;
    }
    if (is_role(keys_[j], lexicon::CueRole::named_as)) {
      return j + 1 < sentence_end(k) && !is_subject_pronoun(keys_[j + 1]);
    }
  }
  return false;
}

}  // namespace sayso::quotes
