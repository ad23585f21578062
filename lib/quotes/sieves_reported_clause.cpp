// Reported clauses: the subject of a cue where the sieves' first reading
// finds none, where a clause ends, noun cues, and what a cue reports
// (sieves.hpp; docs/attribution.md, "Finding the clause, then its speaker",
// "Where a clause ends" and "Cue types"). Every word is read by its role
// (cue_phrases.tsv), its class (function_words.tsv) or its lexicon entry.
#include <algorithm>
#include <string>
#include <vector>

#include "quotes/sieves.hpp"

namespace sayso::quotes {

using lexicon::CueRole;

CueType Attributor::cue_type_of(ByteSpan cue) const {
  if (cue.empty()) return CueType::none;
  const std::size_t t = token_at(cue.begin);
  if (t >= tokens_.size()) return CueType::none;
  // The longest verb form that starts the cue and fits in it.
  std::size_t length = 0, verb = 0;
  for (std::size_t k = cue_match_begin_[t]; k < cue_match_begin_[t + 1]; ++k) {
    const auto [len, v] = cue_match_list_[k];
    if (len > length && tokens_[t + len - 1].span.end <= cue.end) {
      length = len;
      verb = v;
    }
  }
  if (length != 0) return verb_list_[verb].kind;
  // "In a poll released Monday, …": a source shows what the clause says.
  if (token_has_role(t, CueRole::source_frame)) return CueType::evidence;
  const auto noun = cue_nouns_.find(keys_[t]);
  if (noun != cue_nouns_.end()) return noun->second;
  return CueType::speech;  // "according to", "X:" and the other cue phrases
}

SpeakerRef Attributor::subject_across_adjunct(std::size_t c, std::size_t from) const {
  // "… gave them ten days to explain": an infinitive has no subject of its own.
  if (c <= from + 1 || token_has_role(c - 1, CueRole::infinitive_marker)) return {};
  // A time phrase: "Reyes on Friday said", "who in 2010 said", "Okafor last week said".
  {
    std::size_t t = time_phrase_before(c, from);
    if (t < c && t > from && token_has_role(t - 1, CueRole::time_adjunct)) --t;
    if (t < c) {
      const SpeakerRef ref = speaker_ending_before(t, from);
      if (ref.kind != SpeakerRef::Kind::none) return ref;
    }
  }
  // A relative clause between commas: "The official, who asked not to be named, said".
  if (keys_[c - 1] == "," && !in_quote_[c - 1]) {
    for (std::size_t k = c - 1; k-- > from + 1 && k + 24 > c;) {
      if (in_quote_[k] || is_sentence_punct(keys_[k]) || tokens_[k].kind == TokenKind::quote_mark) break;
      if (keys_[k] != ",") continue;
      if (token_has_role(k + 1, CueRole::question_word)) {
        const SpeakerRef ref = speaker_ending_before(k, from);
        if (ref.kind != SpeakerRef::Kind::none) return ref;
      }
      break;
    }
  }
  // A group with a relative clause of its own, no commas: "Skippers who
  // have worked the route for years say", "some who live by the pier argue".
  // The group as written, opening its own clause.
  if (const SpeakerRef group = group_with_relative_clause(c, from); group.kind != SpeakerRef::Kind::none) {
    return group;
  }
  // A source with a postmodifier: "A 2019 study by the institute found",
  // "The newest harbour survey released Monday shows", "an analysis of the
  // reports shows". The head is the last source noun before a preposition
  // or a past form that opens the postmodifier. Not before a coordinated
  // verb ("found a memo from the board and said"): the earlier verb's object.
  if (follows_coordinator(c, from)) return {};
  for (std::size_t h = c - 1; h-- > from && h + 16 > c;) {
    if (in_quote_[h] || is_sentence_punct(keys_[h]) || keys_[h] == "," || cue_at(h, h + 1) ||
        tokens_[h].kind == TokenKind::quote_mark || is_subject_pronoun(keys_[h]) ||
        is_class(h, FunctionClass::subordinator)) {
      break;
    }
    const auto noun = lexicon_.nouns.find(keys_[h]);
    if (noun == lexicon_.nouns.end() || noun->second != SpeakerNoun::source) continue;
    const bool opens_modifier = is_class(h + 1, FunctionClass::preposition) ||
                                (tokens_[h + 1].shape == TokenShape::lower && token_has_role(h + 1, CueRole::past_ending));
    if (h + 1 >= c || !opens_modifier) continue;
    // The phrase as written reaches back to its determiner ("A 2019 study").
    std::size_t first = h;
    while (first > from && first + 6 > h && tokens_[first - 1].kind != TokenKind::punctuation &&
           !in_quote_[first - 1] && !is_class(first - 1, FunctionClass::preposition) &&
           !is_class(first - 1, FunctionClass::conjunction) && !cue_at(first - 1, first)) {
      --first;
      if (is_class(first, FunctionClass::determiner)) break;
    }
    SpeakerRef ref = SpeakerRef::described_phrase(first, h, keys_[h]);
    ref.source = true;
    return ref;
  }
  return {};
}

SpeakerRef Attributor::group_with_relative_clause(std::size_t c, std::size_t from) const {
  const std::size_t end = skip_adverbs_before(c, from);  // the relative clause ends before `end`
  // A passive names no speaker: "Growers who say … were offered loans".
  if (is_passive_between(end, c)) return {};
  constexpr std::size_t kLongestClause = 14;
  for (std::size_t k = end; k-- > from + 1 && k + kLongestClause > end;) {
    if (in_quote_[k] || is_sentence_punct(keys_[k]) || keys_[k] == "," || tokens_[k].kind == TokenKind::quote_mark ||
        is_dash(keys_[k])) {
      return {};
    }
    // A verb of speech inside the relative clause is the clause's own ("A
    // nurse who asked not to be named said", "who was not authorised to
    // speak"): the scan goes on to its pronoun. Only right after the
    // pronoun or "to" (over adverbs and auxiliaries): any other is a main
    // clause's verb ("Skippers who fish said the wind would say …").
    if (cue_at(k, k + 1)) {
      const std::size_t t = skip_adverbs_before(k, from);
      if (t > from && !in_quote_[t - 1] && tokens_[t - 1].shape == TokenShape::lower &&
          (token_has_role(t - 1, CueRole::relative_opener) || token_has_role(t - 1, CueRole::infinitive_marker))) {
        continue;
      }
      return {};
    }
    // "who", "which", and "whose", "whom" ("officials whose laws were struck down say").
    if (!token_has_role(k, CueRole::relative_opener) || tokens_[k].shape != TokenShape::lower) continue;
    // "voters who say …" is indirect-relative's; a clause needs a word or two.
    if (k + 2 >= end) return {};
    const std::size_t head = k - 1;
    const std::string_view hk = keys_[head];
    const bool sentence_start = head == from || head == after_dateline(from, c);
    if (tokens_[head].kind != TokenKind::word || token_mention_[head] != kNone ||
        !(tokens_[head].shape == TokenShape::lower || (sentence_start && tokens_[head].shape == TokenShape::capitalized))) {
      return {};
    }
    // Two relative clauses joined ("a nurse who works at the clinic and who
    // asked not to be named"): the group stands before the first.
    if (token_has_role(head, CueRole::coordinator) && tokens_[head].shape == TokenShape::lower) continue;
    const bool group = (!function_class(head) && has_plural_ending(hk)) || token_has_role(head, CueRole::lone_speaker) ||
                       lexicon_.nouns.count(hk) != 0 ||
                       // a person described: "A nurse who …", "the senior official who …"
                       (tokens_[head].shape == TokenShape::lower &&
                        (is_described_head(hk) || is_role_word(head)));
    if (!group) return {};
    // The noun phrase reaches back to its determiner ("the skippers"), over
    // lowercase modifiers ("island skippers"), and a modifier capitalised
    // only because it opens the sentence ("Senior skippers who …").
    const std::size_t opening = after_dateline(from, c);
    std::size_t first = head;
    while (first > from && first + 4 > head && !is_class(first, FunctionClass::determiner) &&
           tokens_[first - 1].kind == TokenKind::word && !in_quote_[first - 1] &&
           (tokens_[first - 1].shape == TokenShape::lower || is_class(first - 1, FunctionClass::determiner) ||
            ((first - 1 == from || first - 1 == opening) && tokens_[first - 1].shape == TokenShape::capitalized &&
             token_mention_[first - 1] == kNone)) &&
           !is_class(first - 1, FunctionClass::preposition) && !is_class(first - 1, FunctionClass::conjunction) &&
           !is_class(first - 1, FunctionClass::subordinator) && !cue_at(first - 1, first) &&
           !token_has_role(first - 1, lexicon::CueRole::adverb_or_auxiliary)) {
      --first;
    }
    const bool opens = phrase_opens_clause(first, from, c);
    if (!opens) return {};
    // The head alone: a phrase that holds a clause is no speaker phrase
    // (tidy_speaker_phrase).
    return SpeakerRef::described_phrase(first, head, hk);
  }
  return {};
}

SpeakerRef Attributor::speaker_of_cue_before(std::size_t comma, std::size_t from) const {
  // "X said, adding", "X said in a statement, adding", "..., said X, adding".
  for (std::size_t k = comma; k-- > from && k + 12 > comma;) {
    if (is_sentence_punct(keys_[k]) || (keys_[k] == "," && k + 1 < comma)) break;
    std::size_t verb = 0;
    const std::size_t len = cue_at(k, comma, &verb);
    if (!len || verb_list_[verb].quotes_only) continue;
    SpeakerRef ref = speaker_ending_before(k, from);
    if (ref.kind == SpeakerRef::Kind::none && k > from &&
        (keys_[k - 1] == "," || tokens_[k - 1].kind == TokenKind::quote_mark) && !is_participle(k)) {
      const auto [after, end] = speaker_starting_at(k + len, comma);
      if (end == comma) ref = after;
    }
    return ref;
  }
  return {};
}

SpeakerRef Attributor::speaker_of_set_off_cue_before(std::size_t comma, std::size_t from) const {
  // The attribution between the comma (or closing mark) before it and `comma`.
  std::size_t opening = kNone;
  for (std::size_t k = comma; k-- > from && k + 12 > comma;) {
    if (is_sentence_punct(keys_[k])) return {};
    // A closing mark is the last token of its quotation; an opening one is
    // followed by quoted words.
    const bool closing_mark = tokens_[k].kind == TokenKind::quote_mark && in_quote_[k] && !in_quote_[k + 1];
    if (keys_[k] == "," || closing_mark) {
      opening = k;
      break;
    }
  }
  if (opening == kNone || opening + 2 >= comma) return {};
  const SpeakerRef ref = speaker_of_cue_before(comma, from);
  if (ref.kind == SpeakerRef::Kind::none || ref.first <= opening) return {};
  return ref;
}

// Steps back from the verb at `c` over lowercase adverbs and auxiliaries
// that are no mention ("has long", "also") and an aside between dashes, to
// no earlier than `from`.
std::size_t Attributor::skip_adverbs_before(std::size_t c, std::size_t from) const {
  std::size_t t = c;
  const auto skip_adverbs = [&] {
    while (t > from && token_mention_[t - 1] == kNone && tokens_[t - 1].shape == TokenShape::lower &&
           (token_has_role(t - 1, lexicon::CueRole::adverb_or_auxiliary) || is_class(t - 1, FunctionClass::adverb) ||
            is_class(t - 1, FunctionClass::auxiliary))) {
      --t;
    }
  };
  skip_adverbs();
  if (const std::size_t open = aside_dash_before(t, from); open != t) {
    t = open;
    skip_adverbs();
  }
  return t;
}

SpeakerRef Attributor::subject_by_name(std::size_t c, std::size_t from) const {
  const std::size_t t = skip_adverbs_before(c, from);
  if (t <= from || in_quote_[t - 1]) return {};
  const std::size_t last = t - 1;
  const auto& mentions = doc_.mentions();
  SpeakerRef ref;
  // A name the entity stage typed as a place: "The Orvik Fisheries Board estimates".
  if (const std::size_t mi = token_mention_[last]; mi != kNone) {
    const Mention& m = mentions[mi];
    const bool opens = m.first_token == from || token_has_role(m.first_token - 1, lexicon::CueRole::definite_article) || keys_[m.first_token - 1] == ",";
    if (m.type != EntityType::loc || m.entity == kNone || m.first_token + m.token_count != t || !opens) return {};
    ref.kind = SpeakerRef::Kind::mention;
    ref.mention = mi;
    ref.first = m.first_token;
    ref.last = last;
    return ref;
  }
  // A lone capitalised word, the surname of a person named before.
  if (tokens_[last].kind != TokenKind::word || tokens_[last].shape != TokenShape::capitalized) return {};
  if (last > from && (tokens_[last - 1].kind == TokenKind::word && tokens_[last - 1].shape != TokenShape::lower)) return {};
  if (last > from && !(keys_[last - 1] == "," || token_has_role(last - 1, CueRole::clause_conjunction) ||
                       is_class(last - 1, FunctionClass::subordinator))) {
    return {};
  }
  const auto it = std::lower_bound(mentions.begin(), mentions.end(), last,
                                   [](const Mention& m, std::size_t k) { return m.first_token < k; });
  std::size_t found = kNone;
  for (std::size_t mi = static_cast<std::size_t>(it - mentions.begin()), steps = 0; mi-- > 0 && steps < 300; ++steps) {
    const Mention& m = mentions[mi];
    if (m.type != EntityType::person || m.entity == kNone || m.token_count < 2) continue;
    if (keys_[m.first_token + m.token_count - 1] != keys_[last]) continue;
    if (found != kNone && mentions[found].entity != m.entity) return {};  // two people of that name
    found = mi;
  }
  if (found == kNone) {
    // A name the entity stage did not mark and nobody bears: a capitalised
    // word that is no common word, title or function word ("Quillmark
    // reported", "In 2014, Quillmark found"), reported as written.
    if (gazetteers_.is_common_word(keys_[last]) || is_role_word(last) || function_class(last) ||
        is_subject_pronoun(keys_[last])) {
      return {};
    }
    // It may find or show, as a pollster or a publisher does ("Quillmark finds").
    SpeakerRef name = SpeakerRef::described_phrase(last, last, keys_[last]);
    name.source = true;
    return name;
  }
  ref.kind = SpeakerRef::Kind::mention;
  ref.mention = found;
  ref.first = ref.last = last;
  return ref;
}

SpeakerRef Attributor::subject_of_document(std::size_t c, std::size_t from) const {
  // "sent an email to members saying": the document before whom it went to
  // (the preposition and at most three lowercase words, no name).
  constexpr std::size_t kLongestAddressee = 3;
  // "released a statement Wednesday saying": over a time phrase after the noun.
  c = time_phrase_before(c, from + 1);
  std::size_t n = c;
  for (std::size_t to = c - 1; to > from + 1 && to + kLongestAddressee + 1 >= c; --to) {
    if (in_quote_[to] || tokens_[to].kind != TokenKind::word || tokens_[to].shape != TokenShape::lower) break;
    if (token_has_role(to, lexicon::CueRole::infinitive_marker) && to + 1 < c) {
      n = to;
      break;
    }
  }
  if (n <= from) return {};
  const std::string_view noun = keys_[n - 1];
  const auto listed = lexicon_.nouns.find(noun);
  const bool document = (listed != lexicon_.nouns.end() && listed->second == SpeakerNoun::source) ||
                        lexicon_.described.count(noun) != 0 || cue_nouns_.count(noun) != 0;
  if (!document || tokens_[n - 1].shape != TokenShape::lower) return {};
  // "issued a statement", "released a new report": a determiner within
  // three words before the noun, and a verb before it; "sent out an email":
  // over the verb's particle.
  std::size_t det = n - 1;
  while (det > from && det + 4 > n && !is_class(det - 1, FunctionClass::determiner)) --det;
  if (det <= from + 1 || !is_class(det - 1, FunctionClass::determiner)) return {};
  std::size_t verb = det - 2;
  // ("a march with a speech": no finite verb before the preposition, none.)
  if (verb > from && is_class(verb, FunctionClass::preposition) && tokens_[verb].shape == TokenShape::lower &&
      is_finite_verb(verb - 1) && !function_class(verb - 1)) {
    --verb;
  }
  if (tokens_[verb].kind != TokenKind::word || tokens_[verb].shape != TokenShape::lower || function_class(verb)) return {};
  return main_clause_subject(from, verb);
}

SpeakerRef Attributor::subject_of_absolute(std::size_t c, std::size_t from) const {
  // "with most skippers saying", "with the harbour board arguing": a short
  // noun phrase after the opener, then the participle.
  constexpr std::size_t kLongestSubject = 6;
  std::size_t opener = c;
  while (opener > from && opener + kLongestSubject + 1 > c && !token_has_role(opener - 1, CueRole::absolute_opener)) {
    const std::size_t p = opener - 1;
    if (in_quote_[p] || tokens_[p].kind == TokenKind::punctuation || tokens_[p].kind == TokenKind::quote_mark) return {};
    --opener;
  }
  if (opener <= from || opener >= c || !token_has_role(opener - 1, CueRole::absolute_opener)) return {};
  // The phrase is an adjunct of its own: it opens the sentence or follows a
  // comma or a dash ("ran ads with both papers urging …" is a preposition's
  // object and its participle).
  const std::size_t w = opener - 1;
  // (a spaced hyphen is a dash too: "… for the job - with half saying …")
  if (w != from && w != after_dateline(from, c) && keys_[w - 1] != "," && keys_[w - 1] != "-" && !is_dash(keys_[w - 1])) {
    return {};
  }
  // The whole phrase: a share of a group ("40 percent of islanders", not
  // "islanders"), a speaker, or a noun phrase of people in numbers.
  for (const SpeakerRef& ref : {share_of_group(c, opener), speaker_ending_before(c, opener), subject_noun_phrase(c, opener)}) {
    if (ref.kind != SpeakerRef::Kind::none && ref.first == opener) return ref;
  }
  return {};
}

SpeakerRef Attributor::subject_of_coordinated_verb(std::size_t c, std::size_t from) const {
  std::size_t k = c;
  while (k > from && token_has_role(k - 1, lexicon::CueRole::adverb_or_auxiliary) && token_mention_[k - 1] == kNone) --k;
  if (k <= from + 2 || !token_has_role(k - 1, CueRole::clause_conjunction)) return {};
  if (k > from + 40) return {};  // the subject opens a sentence nearby (and the scan stays short)
  for (std::size_t t = from; t + 1 < k; ++t) {
    if (cue_at(t, t + 1) || in_quote_[t] || keys_[t] == ";" || keys_[t] == ":") return {};
  }
  const SpeakerRef ref = main_clause_subject(from, k - 1);
  if (ref.kind == SpeakerRef::Kind::none || ref.first + 1 >= k) return {};
  return ref;
}

SpeakerRef Attributor::subject_of_earlier_verb(std::size_t c, std::size_t from, std::size_t* relative_pronoun,
                                               bool inflected_cue) const {
  std::size_t k = c;
  while (k > from && token_has_role(k - 1, lexicon::CueRole::adverb_or_auxiliary) && token_mention_[k - 1] == kNone) --k;
  if (k <= from + 2 || !token_has_role(k - 1, CueRole::coordinator) || in_quote_[k - 1]) return {};
  std::size_t phrase_end = k - 1;  // the coordinator, or the comma before it
  if (keys_[phrase_end - 1] == ",") --phrase_end;
  // "Ruiz served on the board - “ten long years” - and said …": an aside
  // between dashes before the coordinator (a quoted fragment too, no verb
  // of speech and no sentence end outside quotation marks) is no stop.
  if (phrase_end > from + 3 && !in_quote_[phrase_end - 1] && is_dash_or_hyphen(keys_[phrase_end - 1])) {
    constexpr std::size_t kLongestAside = 16;  // tokens between the dashes
    for (std::size_t open = phrase_end - 2; open > from + 1 && open + kLongestAside + 1 > phrase_end; --open) {
      if (in_quote_[open]) continue;
      if (is_dash_or_hyphen(keys_[open])) {
        if (open + 2 < phrase_end) phrase_end = open;
        break;
      }
      if (is_sentence_punct(keys_[open]) || cue_at(open, open + 1)) break;
    }
  }
  constexpr std::size_t kMaxVerbPhrase = 20;  // tokens from the earlier verb to the coordinator
  for (std::size_t v = phrase_end; v > from && v + kMaxVerbPhrase > phrase_end;) {
    --v;
    const std::string_view key = keys_[v];
    // "Ruiz called the plan “a folly” and said …": a short quoted fragment
    // inside the earlier verb's object, after a word of it, with no verb of
    // speech and no sentence end inside.
    if (in_quote_[v] && tokens_[v].kind == TokenKind::quote_mark) {
      constexpr std::size_t kLongestFragment = 12;
      std::size_t open = v;
      bool fragment = true;
      while (open > from && in_quote_[open - 1] && v - open < kLongestFragment + 1) {
        --open;
        if (tokens_[open].kind == TokenKind::quote_mark) break;
        const std::string_view word = keys_[open];
        if (cue_at(open, open + 1) || is_sentence_punct(word) || word == ",") {
          fragment = false;
        }
      }
      if (fragment && open > from + 1 && open < v && tokens_[open].kind == TokenKind::quote_mark &&
          tokens_[open - 1].kind == TokenKind::word && !in_quote_[open - 1]) {
        phrase_end -= std::min(phrase_end - v, v - open + 1);
        v = open;
        continue;
      }
    }
    if (in_quote_[v] || tokens_[v].kind == TokenKind::quote_mark || key == ";" || key == ":" || key == "(" ||
        key == ")" || is_dash_or_hyphen(key)) {
      return {};
    }
    if (is_class(v, FunctionClass::subordinator) || token_has_role(v, CueRole::relative_opener) ||
        token_has_role(v, CueRole::relative_subject) || token_has_role(v, CueRole::complementizer) ||
        token_has_role(v, CueRole::question_word) || token_has_role(v, CueRole::coordinator) ||
        is_subject_pronoun(key)) {
      return {};
    }
    // "are on hand to greet them and announce …": a verb after "to" (not
    // "to" before a noun phrase: "has given to many candidates, but plans").
    // A cue in a past or present form is no infinitive's sister: "agreed to
    // close the pier but later said …" reads on to the verb before "to".
    const auto verb_after_to = [&](std::size_t t) {
      return t + 1 < phrase_end && tokens_[t + 1].kind == TokenKind::word && tokens_[t + 1].shape == TokenShape::lower &&
             (!function_class(t + 1) || is_class(t + 1, FunctionClass::auxiliary));
    };
    if (token_has_role(v, CueRole::infinitive_marker) && verb_after_to(v)) {
      if (inflected_cue) continue;
      if (!function_class(v + 1)) return {};
    }
    if (inflected_cue && v > from && token_has_role(v - 1, CueRole::infinitive_marker) && verb_after_to(v - 1)) continue;
    // "Ruiz's", "being", "planned": a possessive and a participle are no verb
    // of the phrase's own subject.
    const bool possessive = tokens_[v].kind == TokenKind::clitic && key == "'s" && v > from && !is_subject_pronoun(keys_[v - 1]);
    if (possessive || is_participle(v)) continue;
    // The nearest verb, a verb of speech too ("called the plan fair, and
    // said"): nothing between it and the coordinator holds a finite verb.
    if (cue_at(v, v + 1) == 0 && !is_finite_verb(v)) continue;
    // The nearest verb decides. Its subject opens the sentence, over titles
    // before a name, or follows an opening adjunct and its comma ("On
    // Monday, Ruiz toured …"); not after a verb or a preposition ("said she
    // regretted it and promised": the inner clause's subject), nor in a
    // subordinate clause ("when Ruiz toured the pier and said …, the crews":
    // measured, its clauses ran on into the main clause).
    const SpeakerRef ref = speaker_ending_before(v, from);
    if (ref.kind == SpeakerRef::Kind::none) {
      // "Ruiz, who toured the pier and said …": the relative pronoun's
      // noun phrase, as for a relative clause's own verb of speech.
      if (relative_pronoun != nullptr) {
        const SpeakerRef relative = relative_clause_subject(v, from, *relative_pronoun);
        if (relative.kind != SpeakerRef::Kind::none) return relative;
      }
      // "The skippers toured the pier and said …": a group that opens the sentence.
      return group_opening_sentence(v, from);
    }
    std::size_t opens = after_dateline(from, v);
    while (opens < ref.first && token_has_role(opens, CueRole::clause_conjunction)) ++opens;
    std::size_t phrase = ref.first;
    while (phrase > opens && tokens_[phrase - 1].kind == TokenKind::word && tokens_[phrase - 1].shape != TokenShape::lower &&
           !in_quote_[phrase - 1] && !function_class(phrase - 1)) {
      --phrase;
    }
    if (phrase <= opens) return ref;
    const std::string_view w = keys_[phrase - 1];
    if (w != ",") return {};
    // "Asked about the levy on Monday, Ruiz nodded and said …": an opening
    // subordinate clause (a subordinator, a participle or a past form first,
    // no comma inside) may hold a verb, a verb of speech too.
    bool subordinate = is_class(opens, FunctionClass::subordinator) || is_participle(opens) ||
                       token_has_role(opens, CueRole::past_ending);
    for (std::size_t t = opens; subordinate && t + 1 < phrase; ++t) {
      if (keys_[t] == "," || keys_[t] == ";" || keys_[t] == ":" || is_dash_or_hyphen(keys_[t])) subordinate = false;
    }
    if (!subordinate && has_finite_verb(opens, phrase - 1)) return {};
    for (std::size_t t = opens; t + 1 < phrase; ++t) {
      if ((!subordinate && cue_at(t, t + 1)) || in_quote_[t]) return {};
    }
    return ref;
  }
  return {};
}

SpeakerRef Attributor::subject_noun_phrase(std::size_t c, std::size_t from, bool no_share_at_c) const {
  // "The skippers continue to argue", "most crews are likely to say": the
  // group is the subject of the lead-in before "to".
  const std::size_t v = lead_in_start(c, from);
  std::size_t t = skip_adverbs_before(v, from);
  if (t <= from) return {};
  // "Cement makers, for instance, argue …": a short aside of lowercase
  // words between commas, with no verb, pronoun or name, stands between
  // the group and its verb.
  constexpr std::size_t kLongestAside = 3;
  bool aside = false;
  if (keys_[t - 1] == "," && !in_quote_[t - 1]) {
    std::size_t open = t - 1;
    while (open > from && open + kLongestAside > t - 1) {
      const std::size_t p = open - 1;
      if (keys_[p] == ",") break;
      if (in_quote_[p] || tokens_[p].kind != TokenKind::word || tokens_[p].shape != TokenShape::lower ||
          token_mention_[p] != kNone || cue_at(p, p + 1) || is_subject_pronoun(keys_[p]) || is_finite_verb(p) ||
          is_participle(p)) {
        open = t;
        break;
      }
      open = p;
    }
    if (open > from + 1 && open < t - 1 && keys_[open - 1] == ",") {
      t = open - 1;
      aside = true;
    }
  }
  const std::size_t last = t - 1;
  const std::string_view head = keys_[last];
  // "The skippers were asked to …": a passive verb of speech names no
  // speaker before it, only whom it was said to.
  if (is_passive_between(t, v)) return {};
  // A share of a group: "On tolls, 47% say …", "Only six in 10 said …".
  // (share_of_group is a const reading of the document: asked again with
  // the same arguments it gives the same answer.)
  if (!(no_share_at_c && v == c)) {
    if (const SpeakerRef share = share_of_group(v, from); share.kind != SpeakerRef::Kind::none) return share;
  }
  // The head: a lowercase noun or a quantifier, not a function word, an
  // adverb, a participle, a past form or a name. A sentence's first word is
  // capitalised whatever it is: a common plural there is still a noun
  // ("Skippers say …", "Companies argue …").
  if (in_quote_[last] || tokens_[last].kind != TokenKind::word ||
      (tokens_[last].shape != TokenShape::lower && !is_capitalised_common_plural_opening(last, from, c)) ||
      token_mention_[last] != kNone || (is_participle(last) && lexicon_.evidence_nouns.count(head) == 0) ||
      cue_at(last, last + 1) || token_has_role(last, lexicon::CueRole::adverb_or_auxiliary) ||
      token_has_role(last, CueRole::past_ending)) {
    return {};
  }
  const auto fc = function_class(last);
  if (fc && *fc != FunctionClass::quantifier) return {};
  std::size_t first = last;
  while (first > from && first + 6 > last) {
    const std::size_t p = first - 1;
    const std::string_view pk = keys_[p];
    if (in_quote_[p] || tokens_[p].kind == TokenKind::punctuation || tokens_[p].kind == TokenKind::quote_mark ||
        cue_at(p, p + 1) || reason_frame_before(p, from)) {
      break;
    }
    // A word of no closed class reads as a determiner here (it may stand in
    // the phrase). value_or, not `pc && *pc != …`: gcc -O3 keeps pc in one
    // stack slot across the loop and tests the payload before the flag, so
    // an empty optional's unset payload was read (memcheck; harmless, the
    // flag decided, but noise that hides real reads).
    const FunctionClass pc = function_class(p).value_or(FunctionClass::determiner);
    const bool joins = token_has_role(p, CueRole::coordinator) || token_has_role(p, CueRole::group_preposition);
    if (pc != FunctionClass::determiner && pc != FunctionClass::quantifier && !joins) break;
    // A verb before the phrase is no part of it: "the skipper gave a spoken warning".
    if (tokens_[p].shape == TokenShape::lower && token_has_role(p, CueRole::past_ending)) return {};
    if (tokens_[p].kind != TokenKind::word && tokens_[p].kind != TokenKind::number &&
        !(tokens_[p].kind == TokenKind::clitic && pk == "'s")) {
      break;
    }
    first = p;
  }
  // A coordinator joins two nouns inside the phrase ("Companies and
  // individuals"); one that the scan reached first opens the clause
  // instead ("…, but security specialists say"): the phrase follows it.
  if (first < last && token_has_role(first, CueRole::coordinator) && is_class(first, FunctionClass::conjunction)) ++first;
  // The phrase opens the sentence or follows a conjunction, subordinator or comma.
  const bool opens = phrase_opens_clause(first, from, c) || reason_frame_before(first - 1, from);
  if (!opens || token_has_role(first, CueRole::coordinator) || is_class(first, FunctionClass::preposition)) return {};
  // `c` may be the end of the document (a group closing an unpunctuated
  // last sentence): no token there, so no verb to read.
  const bool verb_token = c < tokens_.size();
  // "a club called the Tidewater Rowers": a thing named, not a speaker.
  if (verb_token && token_has_role(first, lexicon::CueRole::indefinite_article) && token_has_role(c, CueRole::naming_verb)) return {};
  // "a commission report implicated …": a singular noun before a base form
  // is a compound noun, not a subject and its verb.
  std::size_t verb = 0;
  if (verb_token && cue_at(c, c + 3, &verb) != 0 && keys_[c] == verb_list_[verb].lemma &&
      !has_plural_ending(head) && is_class(first, FunctionClass::determiner) && !token_has_role(first, lexicon::CueRole::definite_article)) {
    return {};
  }
  // A body of findings shows and finds as a study does: "The results
  // show", "Exit polling found", "Polling of island voters shows" (the noun
  // before the complement). Only a verb of evidence: these nouns speak
  // nowhere else (speaker_nouns.tsv, `evidence`).
  if (verb_token && cue_at(c, c + 3, &verb) != 0 && verb_list_[verb].verb_class == VerbClass::evidence) {
    std::size_t findings = lexicon_.evidence_nouns.count(head) != 0 ? last : kNone;
    for (std::size_t k = first; findings == kNone && k < last; ++k) {
      if (token_has_role(k + 1, CueRole::group_preposition) && lexicon_.evidence_nouns.count(keys_[k]) != 0) {
        findings = k;
      }
    }
    if (findings != kNone) {
      SpeakerRef ref = SpeakerRef::described_phrase(first, last, keys_[findings]);
      ref.source = true;
      return ref;
    }
  }
  // People speak in groups and numbers: a plural head ("Investor groups",
  // "Polling averages"), a number or a quantifier ("Most island
  // families"); a singular thing ("the big kettle") does not.
  const bool plural = has_plural_ending(head);
  const bool counted = fc.has_value() || tokens_[last - (last > first ? 1 : 0)].kind == TokenKind::number;
  if (fc.has_value() && last == first && is_base_form_before_plural(c)) return {};  // "most claim forms"
  // Across an aside, a plural and an "-s" form do not agree: "… and three
  // boats, however, suggests" is the end of a longer subject.
  if (aside && plural && verb_token && cue_at(c, c + 3, &verb) != 0 && keys_[c] != verb_list_[verb].lemma &&
      keys_[c].back() == 's') {
    return {};
  }
  if (!plural && !counted) {
    // "Many skippers at the harbour said": a group and where it is, the
    // group's noun before the preposition; a base form after the singular
    // noun that ends the phrase is a compound ("… her own email server").
    if (verb_token && cue_at(c, c + 3, &verb) != 0 && keys_[c] == verb_list_[verb].lemma) return {};
    for (std::size_t k = first + 1; k + 1 < last; ++k) {
      if (!token_has_role(k, CueRole::group_preposition) || !is_class(k, FunctionClass::preposition)) continue;
      const std::size_t g = k - 1;
      if (tokens_[g].shape != TokenShape::lower || function_class(g) || !has_plural_ending(keys_[g])) return {};
      return SpeakerRef::described_phrase(first, last, keys_[g]);
    }
    return {};
  }
  return SpeakerRef::described_phrase(first, last, head);
}

SpeakerRef Attributor::group_opening_sentence(std::size_t v, std::size_t from) const {
  const std::size_t opens = clause_opening(from, v);
  const std::size_t t = skip_adverbs_before(v, from);
  if (t <= opens) return {};
  if (const std::size_t mi = token_mention_[t - 1]; mi != kNone) {
    const Mention& m = doc_.mentions()[mi];
    const bool after_determiner = m.first_token == opens + 1 && tokens_[opens].kind == TokenKind::word &&
                                  (is_class(opens, FunctionClass::determiner) || is_class(opens, FunctionClass::quantifier));
    if (m.type != EntityType::norp || m.first_token + m.token_count != t || !has_plural_ending(keys_[t - 1]) ||
        (m.first_token != opens && !after_determiner)) {
      return {};
    }
    SpeakerRef ref;
    ref.kind = SpeakerRef::Kind::mention;
    ref.mention = mi;
    ref.first = m.first_token;
    ref.last = t - 1;
    return ref;
  }
  const SpeakerRef ref = subject_noun_phrase(v, from);
  if (ref.kind == SpeakerRef::Kind::none || ref.first != opens) return {};
  return ref;
}

bool Attributor::phrase_opens_clause(std::size_t first, std::size_t from, std::size_t c) const {
  return first == from || first == after_dateline(from, c) || keys_[first - 1] == "," ||
         is_class(first - 1, FunctionClass::conjunction) || is_class(first - 1, FunctionClass::subordinator) ||
         is_dash(keys_[first - 1]);
}

std::size_t Attributor::clause_opening(std::size_t from, std::size_t before) const {
  std::size_t opens = after_dateline(from, before);
  while (opens < before && token_has_role(opens, CueRole::clause_conjunction)) ++opens;
  return opens;
}

std::size_t Attributor::opening_finite_verb(std::size_t from, std::size_t before) const {
  const std::size_t opens = clause_opening(from, before);
  constexpr std::size_t kLongestGroup = 7;  // tokens before the verb
  for (std::size_t v = opens + 1; v < before && v <= opens + kLongestGroup; ++v) {
    if (in_quote_[v]) return kNone;
    if (is_finite_verb(v)) return v;
    if (tokens_[v].kind != TokenKind::word && tokens_[v].kind != TokenKind::number &&
        !(tokens_[v].kind == TokenKind::clitic && keys_[v] == "'s")) {
      return kNone;
    }
  }
  return kNone;
}

bool Attributor::opens_clause_between(std::size_t b, std::size_t end) const {
  for (std::size_t k = b; k < end; ++k) {
    if (in_quote_[k]) continue;
    const std::string_view key = keys_[k];
    if (key == ";" || key == ":" || is_class(k, FunctionClass::subordinator) || token_has_role(k, CueRole::relative_opener) ||
        token_has_role(k, CueRole::relative_subject) || token_has_role(k, CueRole::complementizer) ||
        token_has_role(k, CueRole::question_word)) {
      return true;
    }
  }
  return false;
}

bool Attributor::is_passive_between(std::size_t t, std::size_t c) const {
  if (c >= tokens_.size() || is_participle(c)) return false;  // "were saying": progressive
  for (std::size_t k = t; k < c; ++k) {
    if (token_has_role(k, CueRole::passive_auxiliary)) return true;
  }
  return false;
}

bool Attributor::is_capitalised_common_plural_opening(std::size_t k, std::size_t from, std::size_t c) const {
  if (tokens_[k].shape != TokenShape::capitalized || (k != from && k != after_dateline(from, c)) ||
      !gazetteers_.is_common_word(keys_[k]) || !has_plural_ending(keys_[k]) || function_class(k)) {
    return false;
  }
  // "Ferries report gives …": a base form with an -s word after it is the
  // second noun of a compound, and the -s word its verb.
  return !is_base_form_before_plural(c);
}

SpeakerRef Attributor::share_of_group(std::size_t c, std::size_t from) const {
  const std::size_t t = skip_adverbs_before(c, from);
  // After the share, what it is a share of: "of those asked", "island women".
  constexpr std::size_t kLongestGroup = 6;
  for (std::size_t end = t; end > from && end + kLongestGroup >= t; --end) {
    std::size_t number = share_number_before(end, from);
    // "half", "a third", "two-thirds": a fraction is a share by itself.
    if (const std::size_t n = phrases_.ending_before(keys_, end, CueRole::share_fraction);
        number == kNone && n != 0 && end >= from + n && !in_quote_[end - n]) {
      number = end - n;
    }
    if (number != kNone) {
      // "only", "about", "more than": how near the number is.
      std::size_t first = number;
      while (first > from) {
        const std::size_t q = phrases_.ending_before(keys_, first, CueRole::number_qualifier);
        if (q == 0 || first < from + q) break;
        first -= q;
      }
      const bool opens =
          phrase_opens_clause(first, from, c) || keys_[first - 1] == ":" || keys_[first - 1] == ";";
      if (!opens || in_quote_[first]) return {};
      return SpeakerRef::described_phrase(first, t - 1, keys_[t - 1]);
    }
    // A word of the group: no verb, pronoun, clause or punctuation.
    const std::size_t k = end - 1;
    if (in_quote_[k] || cue_at(k, k + 1) || (tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::number) ||
        is_subject_pronoun(keys_[k]) || token_has_role(k, CueRole::relative_subject) ||
        token_has_role(k, CueRole::free_relative) ||  // "half of what skippers earn": a clause, no group
        is_class(k, FunctionClass::subordinator) || is_class(k, FunctionClass::auxiliary) ||
        is_class(k, FunctionClass::conjunction)) {
      return {};
    }
  }
  return {};
}

SpeakerRef Attributor::partitive_of_group(std::size_t c, std::size_t from) const {
  const std::size_t t = skip_adverbs_before(c, from);
  if (t < from + 3 || is_passive_between(t, c)) return {};
  const std::size_t last = t - 1;
  if (in_quote_[last] || tokens_[last].kind != TokenKind::word || tokens_[last].shape != TokenShape::lower ||
      token_mention_[last] != kNone) {
    return {};
  }
  // What it is a share of: a plural pronoun ("them", "you"), a group phrase
  // ("those polled"), or a determiner over at most four modifiers and a
  // plural head ("the skippers", "his closest aides", "Ruiz's backers").
  std::size_t of = kNone;
  const lexicon::PronounForm* pronoun = pronoun_form(keys_[last], lexicon::PronounCase::object);
  if (pronoun != nullptr) {
    if (pronoun->person == 1 || pronoun->number == lexicon::PronounNumber::singular) return {};
    of = last - 1;
  } else if (const std::size_t n = phrases_.ending_before(keys_, t, CueRole::lone_speaker);
             n > 1 && t >= from + n + 2) {
    of = t - n - 1;
  } else {
    if (!has_plural_ending(keys_[last]) || function_class(last) || cue_at(last, last + 1) || is_participle(last)) {
      return {};
    }
    constexpr std::size_t kLongestModifiers = 4;
    std::size_t p = last;
    while (p > from + 2 && p + kLongestModifiers >= last) {
      const std::size_t q = p - 1;
      if (in_quote_[q]) return {};
      if (is_class(q, FunctionClass::determiner) || is_possessive_pronoun(keys_[q])) {
        of = q - 1;
        break;
      }
      if (keys_[q] == "'s" && tokens_[q].kind == TokenKind::clitic && q > from + 2 && token_mention_[q - 1] != kNone) {
        const std::size_t owner = doc_.mentions()[token_mention_[q - 1]].first_token;
        if (owner <= from + 1) return {};
        of = owner - 1;
        break;
      }
      const bool modifier = (tokens_[q].kind == TokenKind::word || tokens_[q].kind == TokenKind::number) &&
                            !function_class(q) && !cue_at(q, q + 1);
      if (!modifier) return {};
      p = q;
    }
  }
  if (of == kNone) return {};
  const std::size_t first = partitive_share_before(of, from);
  if (first == kNone) return {};
  const bool opens = phrase_opens_clause(first, from, c) || keys_[first - 1] == ":" || keys_[first - 1] == ";" ||
                     is_class(first - 1, FunctionClass::adverb);
  if (!opens) return {};
  return SpeakerRef::described_phrase(first, last, keys_[last]);
}

std::size_t Attributor::partitive_share_before(std::size_t of, std::size_t from) const {
  if (of <= from || in_quote_[of] || !token_has_role(of, CueRole::partitive_preposition)) return kNone;
  // The quantifier: "most", "some", "both", "one", "two", "half", "a third".
  const std::size_t q = of - 1;
  std::size_t first = kNone;
  if (const std::size_t n = phrases_.ending_before(keys_, of, CueRole::share_fraction); n != 0 && of >= from + n) {
    first = of - n;
  } else if (tokens_[q].kind == TokenKind::word &&
             (is_class(q, FunctionClass::quantifier) || token_has_role(q, CueRole::lone_speaker) ||
              token_has_role(q, CueRole::number_word))) {
    first = q;
  }
  if (first == kNone || in_quote_[first]) return kNone;
  // "at least", "only", "nearly": how near the share is.
  while (first > from) {
    const std::size_t n = phrases_.ending_before(keys_, first, CueRole::number_qualifier);
    if (n == 0 || first < from + n) break;
    first -= n;
  }
  return first;
}

SpeakerRef Attributor::object_of_control_verb(std::size_t c, std::size_t from) const {
  if (c < from + 3 || !token_has_role(c - 1, CueRole::infinitive_marker)) return {};
  const std::size_t to = c - 1;
  constexpr std::size_t kLongestObject = 6;
  for (std::size_t v = to - 1; v-- > from && v + kLongestObject + 1 > to;) {
    if (in_quote_[v] || tokens_[v].kind == TokenKind::punctuation || tokens_[v].kind == TokenKind::quote_mark ||
        cue_at(v, v + 1)) {
      return {};
    }
    if (tokens_[v].shape != TokenShape::lower || !token_has_role(v, CueRole::object_control)) continue;
    const SpeakerRef ref = speaker_ending_before(to, v + 1);
    if (ref.kind == SpeakerRef::Kind::none || ref.first <= v) return {};
    // A title or role before the name ("forced Sen. Ann Ruiz to admit", "led
    // party chairwoman Ann Ruiz to declare"): words of no function class,
    // no name of their own; not a possessive, a determiner or "of".
    for (std::size_t k = v + 1; k < ref.first; ++k) {
      if (ref.kind != SpeakerRef::Kind::mention || tokens_[k].kind != TokenKind::word || function_class(k) ||
          token_mention_[k] != kNone || cue_at(k, k + 1)) {
        return {};
      }
    }
    return ref;
  }
  return {};
}

bool Attributor::opens_subject_and_verb(std::size_t s, std::size_t end) const {
  const auto lower_word = [&](std::size_t k) {
    return k < end && tokens_[k].kind == TokenKind::word && tokens_[k].shape == TokenShape::lower;
  };
  const auto finite_verb = [&](std::size_t k) { return lower_word(k) && (is_finite_verb(k) || clause_verb_cue_at(k)); };
  if (s < end && token_mention_[s] != kNone && is_speaker_mention(token_mention_[s]) &&
      doc_.mentions()[token_mention_[s]].first_token == s) {
    s += doc_.mentions()[token_mention_[s]].token_count;
  } else if (s < end && is_subject_pronoun(keys_[s]) && !is_neuter_subject(keys_[s])) {
    ++s;
  } else if (s + 1 < end && (token_has_role(s, lexicon::CueRole::definite_article) || is_class(s, FunctionClass::quantifier)) && lower_word(s + 1) &&
             !function_class(s + 1)) {
    s += 2;
    for (int more = 0; more < 2 && lower_word(s) && !function_class(s) && !finite_verb(s); ++more) ++s;
  } else if (lower_word(s) && !function_class(s) && has_plural_ending(keys_[s]) &&
             !finite_verb(s)) {
    ++s;  // "analysts agreed": a bare plural
  } else {
    return false;
  }
  while (s < end && lower_word(s) && token_has_role(s, lexicon::CueRole::adverb_or_auxiliary) && !is_class(s, FunctionClass::auxiliary)) ++s;
  return finite_verb(s);
}

std::size_t Attributor::reported_clause_end(std::size_t b, std::size_t end, bool object_only) const {
  const auto lower_word = [&](std::size_t k) {
    return k < end && tokens_[k].kind == TokenKind::word && tokens_[k].shape == TokenShape::lower;
  };
  const auto finite_verb = [&](std::size_t k) {
    if (!lower_word(k)) return false;
    return is_finite_verb(k) || clause_verb_cue_at(k);
  };
  const auto new_subject_and_verb = [&](std::size_t s) { return opens_subject_and_verb(s, end); };
  // "that, if the weather holds, the ferry …": the first comma after an
  // opening adjunct leads to the clause's own subject. An adjunct that a
  // subordinator or a preposition opens ("that if her son, who had left,
  // were home, she would …", "that with the votes she had, the bill …",
  // "even if it rains, …") runs over its own commas to the one before the
  // clause's subject and verb; not an infinitive, a preposition the verb
  // governs ("warned against …") or an approximator ("about 40 …").
  const std::size_t adjunct_word =
      b + 1 < end && lower_word(b) && is_class(b, FunctionClass::adverb) ? b + 1 : b;
  const bool long_adjunct = lower_word(adjunct_word) &&
                            (is_class(adjunct_word, FunctionClass::subordinator) ||
                             is_class(adjunct_word, FunctionClass::preposition)) &&
                            !token_has_role(adjunct_word, CueRole::complementizer) &&
                            !token_has_role(adjunct_word, CueRole::infinitive_marker) &&
                            !token_has_role(adjunct_word, CueRole::warning_preposition) &&
                            !token_has_role(adjunct_word, CueRole::approximator);
  constexpr std::size_t kLongestAdjunct = 30;
  bool opening_adjunct = keys_[b] == "," || is_class(b, FunctionClass::subordinator) || long_adjunct;
  int depth = 0;           // parentheses opened inside the clause
  bool verb_seen = false;  // a clause before the comma ("no matter what, …" is none)
  bool any_verb = false;   // the same, quoted words too ("he was “the best” and Ruiz said …")
  for (std::size_t k = b; k < end; ++k) {
    // (token k - 1 asked once: verb_seen implies any_verb, so once any_verb
    // holds, only verb_seen still needs the answer)
    const bool verb_before = k > b && (!any_verb || (!in_quote_[k] && !verb_seen)) && finite_verb(k - 1);
    any_verb = any_verb || verb_before;
    if (in_quote_[k]) continue;
    const std::string_view key = keys_[k];
    verb_seen = verb_seen || verb_before;
    if (key == "(") ++depth;
    if (key == ")") {
      if (depth == 0 && k > b + 2) return k;
      --depth;
    }
    // "criticized the plan and challenged her to a debate", "vowed to cut
    // fares and praised the crews", "referred to Ruiz but stopped short of …":
    // an object or an infinitive has no verb a finite one after "and" could
    // join, so that verb is the cue's own (after an object of one word too).
    if (k > b && (object_only || token_has_role(b, CueRole::infinitive_marker)) && !verb_seen &&
        token_has_role(k, CueRole::coordinator) && finite_verb(k + 1) && !is_participle(k + 1)) {
      return k;
    }
    if (k <= b + 2) continue;
    // "said the pier would hold — though the storm was the worst in years":
    // after a dash, a concession or a contrast is the writer's. Not an
    // aside that a second dash closes ("— even if it rains — the ferry …"),
    // nor the dash that closes one ("— the pier and the quay — but …").
    if (is_dash_or_hyphen(key) && phrases_.starting_at(keys_, k + 1, end, CueRole::dash_concession) != 0) {
      std::size_t dashes_before = 0;
      for (std::size_t j = b; j < k; ++j) dashes_before += !in_quote_[j] && is_dash_or_hyphen(keys_[j]) ? 1 : 0;
      bool closed = false;
      for (std::size_t j = k + 1; j < end && !closed; ++j) closed = !in_quote_[j] && is_dash_or_hyphen(keys_[j]);
      if (!closed && dashes_before % 2 == 0) return k;
    }
    // "… and Ruiz warned that …": a coordinated clause of another speaker,
    // after a clause of its own: with no verb before it, "and" joins two
    // subjects of one verb ("said the crews and the skippers want …").
    if ((any_verb || object_only || !token_has_role(k, CueRole::fragment_coordinator)) &&
        token_has_role(k, CueRole::clause_conjunction) && k + 1 < end && new_subject_and_verb(k + 1)) {
      std::size_t verb = k + 1;
      while (verb < end && verb < k + 8 && !cue_at(verb, verb + 1)) ++verb;
      // (not a verb after "to": "a pledge he and others made to support …";
      // nor one that reports only "Y as Z", which ends no other clause:
      // "said the crews were tired and the skippers see the levy as unfair")
      std::size_t v = 0;
      if (verb < end && cue_at(verb, verb + 1, &v) && !verb_list_[v].object_with_as &&
          verb_list_[v].kind != CueType::belief &&
          !token_has_role(verb - 1, CueRole::infinitive_marker)) {
        return k;
      }
    }
    if (key == ",") {
      if (long_adjunct && opening_adjunct && k > b && k < b + kLongestAdjunct) {
        if (new_subject_and_verb(k + 1)) {
          opening_adjunct = false;
          continue;
        }
        // Any other comma ends the clause as it would after the adjunct
        // (", forcing …"), but a new subject and its verb do not.
      } else if (opening_adjunct && k > b) {
        opening_adjunct = false;
        continue;
      }
      // ", focusing on people under 30", ", implicitly putting …": the writer's adjunct.
      std::size_t next = k + 1;
      if (next < end && lower_word(next) && token_has_role(next, lexicon::CueRole::adverb_or_auxiliary) && !is_class(next, FunctionClass::auxiliary)) {
        ++next;
      }
      if (lower_word(next) && is_participle(next) && !token_has_role(next, CueRole::clause_continuation)) return k;
      // ", and arrived by ambulance …": a past form coordinated with the
      // reporting verb goes on with the sentence's subject, not the clause.
      if (next < end && token_has_role(next, CueRole::clause_conjunction) && lower_word(next + 1) &&
          token_has_role(next + 1, CueRole::past_ending)) {
        return k;
      }
      // ", compared with 40 percent a year ago": the writer's comparison.
      if (phrases_.starting_at(keys_, k + 1, end, CueRole::comparison_opener) != 0) return k;
      // ", which the mayor said would …", ", which rose in May, according to
      // the board": the relative clause is another source's report.
      if (verb_seen && relative_reports_itself(k, end)) return k;
      // ", said the harbour master": an attribution of its own, inverted.
      if (lower_word(k + 1) && !is_participle(k + 1) && cue_at(k + 1, k + 2) != 0 &&
          speaker_starting_at(k + 2, end).first.kind != SpeakerRef::Kind::none) {
        return k;
      }
      // ", a claim that …", ", a move which …", ", a bold promise that …":
      // the writer's comment on the clause (a noun of up to three words).
      if (k + 3 < end && token_has_role(k + 1, lexicon::CueRole::indefinite_article)) {
        constexpr std::size_t kCommentWords = 3;
        std::size_t w = k + 2;
        while (w < end && w < k + 2 + kCommentWords && lower_word(w) && !function_class(w)) ++w;
        if (w > k + 2 && w < end &&
            (token_has_role(w, CueRole::complementizer) || token_has_role(w, CueRole::question_word))) {
          return k;
        }
      }
      // ", but most islanders say …": a contrast whose own verb of speech
      // follows a subject of its own (not ", and that …", ", but then added …").
      const std::size_t after_conjunction = k + 2;
      if (after_conjunction < end && token_has_role(k + 1, CueRole::contrast_conjunction) &&
          !token_has_role(after_conjunction, CueRole::complementizer) &&
          !(lower_word(after_conjunction) && (token_has_role(after_conjunction, lexicon::CueRole::adverb_or_auxiliary) ||
                                              is_class(after_conjunction, FunctionClass::auxiliary) ||
                                              is_class(after_conjunction, FunctionClass::adverb)))) {
        for (std::size_t j = after_conjunction + 1; j < end && j < k + 12; ++j) {
          if (in_quote_[j] || keys_[j] == "," || is_sentence_punct(keys_[j]) || tokens_[j].kind == TokenKind::quote_mark) break;
          std::size_t v = 0;
          if (lower_word(j) && !is_participle(j) && cue_at(j, end, &v) && !verb_list_[v].quotes_only &&
              !token_has_role(j - 1, CueRole::infinitive_marker)) {
            return k;
          }
        }
      }
      // ", the ferry line has seemed to …", ", Ms. Vogt is also sure …",
      // ", but analysts agreed …": a new subject and its verb.
      if (verb_seen && new_subject_and_verb(k + 1)) return k;
      if (verb_seen && k + 2 < end && token_has_role(k + 1, CueRole::contrast_conjunction) && new_subject_and_verb(k + 2)) {
        return k;
      }
      continue;
    }
    if (!object_only) continue;
    // An object ends at a dash ("— a metaphor for …") and before a clause
    // of the act's circumstances ("denounced the state of the buoys when
    // the storm came"); a date or "in a letter" stays with it, as news attribution
    // draws it (measured on the PolNeAR training split).
    if (is_dash(key) || token_has_role(k, CueRole::object_circumstance)) return k;
  }
  return end;
}

bool Attributor::is_told_clause(std::size_t b, std::size_t end, bool title_case) const {
  if (b < end && (in_quote_[b] || token_has_role(b, CueRole::infinitive_marker))) return true;
  bool verb = false;
  for (std::size_t k = b; k < end; ++k) {
    // "told the crews she'd stay", "they're": a contracted verb after a subject pronoun.
    if (tokens_[k].kind == TokenKind::clitic && k > b && is_subject_pronoun(keys_[k - 1])) return true;
    // A Title Case headline capitalises the clause's verb: "Tells Crews
    // They Must Stay", "Tells Crews Ferry Will Run"; only an auxiliary or a
    // word after a subject pronoun is surely one ("Tells Crews Of Delayed
    // Ferries" reports nothing).
    if (title_case && tokens_[k].kind == TokenKind::word && tokens_[k].shape == TokenShape::capitalized &&
        !in_quote_[k] && token_mention_[k] == kNone && k > b &&
        (is_class(k, FunctionClass::auxiliary) || (is_subject_pronoun(keys_[k - 1]) && !function_class(k)))) {
      return true;
    }
    if (tokens_[k].kind != TokenKind::word || tokens_[k].shape != TokenShape::lower || token_mention_[k] != kNone) continue;
    const std::string_view w = keys_[k];
    const bool after_subject = k > b && (is_subject_pronoun(keys_[k - 1]) || token_mention_[k - 1] != kNone);
    const bool third_person = has_plural_ending(w) && after_subject;
    verb = verb || is_class(k, FunctionClass::auxiliary) || token_has_role(k, CueRole::past_ending) || third_person ||
           (after_subject && !function_class(k));
  }
  return verb;
}

bool Attributor::same_verb_form(std::size_t a, std::size_t va, std::size_t b, std::size_t vb) const {
  enum class Form { base, participle, present, past };
  const auto form = [&](std::size_t t, std::size_t v) {
    const std::string_view key = keys_[t];
    const std::string& lemma = verb_list_[v].lemma;
    if (key == lemma) return Form::base;
    if (is_participle(t)) return Form::participle;
    // The third person adds an ending to the base form ("warns", "pushes").
    if (key.size() > lemma.size() && key.substr(0, lemma.size()) == lemma && key.back() == 's') return Form::present;
    return Form::past;
  };
  // Only a past cue and a present verb after it tell them apart ("says …
  // and conceded" is still the writer's coordination); a participle or a
  // base form ("did say … and called") goes with either.
  return !(form(a, va) == Form::past && form(b, vb) == Form::present);
}

bool Attributor::is_reported_object(std::size_t b, std::size_t end, bool stance) const {
  if (b >= end) return false;
  if (tokens_[b].shape == TokenShape::lower && is_class(b, FunctionClass::auxiliary)) return false;
  if (stance) return true;
  // A short plain noun phrase: a determiner and at most three lowercase
  // words, no name, no quotation, no preposition, no second determiner
  // ("the latest offer").
  // A name, a complement or a quotation makes it a report: "denounced
  // Ruiz", "called the plan a mistake", "called it “a disgrace”".
  constexpr std::size_t kShortObject = 4;
  if (end - b > kShortObject || !is_class(b, FunctionClass::determiner)) return true;
  // "described the deal as fair": what "as" opens after the object is
  // the description given (named_as), a report however short.
  for (std::size_t k = b; k < end; ++k) {
    if (in_quote_[k] || tokens_[k].kind != TokenKind::word || tokens_[k].shape != TokenShape::lower ||
        token_mention_[k] != kNone || is_class(k, FunctionClass::preposition) ||
        (k > b && is_class(k, FunctionClass::determiner)) || (k > b + 1 && token_has_role(k, CueRole::named_as))) {
      return true;
    }
  }
  return false;
}

bool Attributor::names_a_thing(std::size_t c, std::size_t b, std::size_t end, std::size_t from) const {
  if (!token_has_role(c, CueRole::naming_verb) || b >= end) return false;
  std::size_t k = b;
  if (token_has_role(k, lexicon::CueRole::definite_article) && k + 1 < end) ++k;
  const std::size_t name = k;
  while (k < end && !in_quote_[k] &&
         (tokens_[k].kind == TokenKind::number || (k > name && tokens_[k].kind == TokenKind::clitic) ||
          (tokens_[k].kind == TokenKind::word && tokens_[k].shape != TokenShape::lower))) {
    ++k;
  }
  if (k == name) return false;
  // "the man called Ruiz took the bus": the sentence's own verb follows.
  if (k < end && is_finite_verb(k)) return true;
  // Nothing describes the name: the object ends, or a phrase or another
  // conjunct follows ("called Harbour First, which …", "called Tide after …").
  const bool bare = k == end || (tokens_[k].kind == TokenKind::punctuation && !in_quote_[k]) ||
                    is_class(k, FunctionClass::preposition) || token_has_role(k, CueRole::coordinator);
  if (!bare) return false;
  if (c > from && token_has_role(c - 1, CueRole::copula)) return true;  // "is called Tide"
  // The named thing is indefinite: "a club", "an anti-levy group", "one
  // group", "another" (a few words before the verb, none of them a verb).
  constexpr std::size_t kNamedThingWords = 4;
  for (std::size_t j = c; j > from && j + kNamedThingWords >= c; --j) {
    const std::size_t w = j - 1;
    if (tokens_[w].kind != TokenKind::word || in_quote_[w]) return false;
    if (token_has_role(w, CueRole::named_thing_determiner)) return true;
    if (is_finite_verb(w)) return false;
  }
  return false;
}

bool Attributor::is_finite_verb(std::size_t t) const {
  if (tokens_[t].kind != TokenKind::word || tokens_[t].shape != TokenShape::lower) return false;
  return is_class(t, FunctionClass::auxiliary) || token_has_role(t, CueRole::past_ending) ||
         token_has_role(t, CueRole::finite_form);
}

bool Attributor::has_finite_verb(std::size_t b, std::size_t end) const {
  for (std::size_t k = b; k < end; ++k) {
    if (!in_quote_[k] && is_finite_verb(k)) return true;
  }
  return false;
}

bool Attributor::has_verb_or_cue(std::size_t b, std::size_t end) const {
  for (std::size_t k = b; k < end; ++k) {
    if (!in_quote_[k] && (is_finite_verb(k) || cue_at(k, k + 1) != 0)) return true;
  }
  return false;
}

bool Attributor::is_circumstance_only(std::size_t b, std::size_t end) const {
  if (b >= end || in_quote_[b] || tokens_[b].kind != TokenKind::word || tokens_[b].shape != TokenShape::lower ||
      !is_class(b, FunctionClass::preposition)) {
    return false;
  }
  if (token_has_role(b, CueRole::warning_preposition)) return false;
  if (token_has_role(b, CueRole::approximator) && b + 1 < end &&
      (tokens_[b + 1].kind == TokenKind::number || is_class(b + 1, FunctionClass::quantifier))) {
    return false;
  }
  return !has_finite_verb(b, end);
}

bool Attributor::belief_joins_clause(std::size_t b, std::size_t conjunction, std::size_t next_verb) const {
  // A belief or a wish is held by the clause's subject as readily as by the
  // speaker; coordinated with a clause that has its own finite verb, it
  // goes on with that clause's subject ("says he is proud of the crews and
  // expects a record season"). A verb of speech there is the speaker's
  // next act ("… and added that …").
  return verb_list_[next_verb].kind == CueType::belief && has_finite_verb(b, conjunction);
}

bool Attributor::figures_follow(std::size_t comma, std::size_t end) const {
  // A finding goes on with its figures: "found the mayor ahead, 52 percent
  // to 40 percent", "shows the ferry losing riders, with about a third
  // choosing the bridge" (an absolute phrase that a number or a quantifier
  // opens).
  const std::size_t next = comma + 1;
  if (next >= end || in_quote_[next]) return false;
  if (tokens_[next].kind == TokenKind::number) return true;
  std::size_t figure = next + 1;
  if (figure + 1 < end && token_has_role(figure, CueRole::approximator)) ++figure;  // "with about 40 …"
  return figure < end && token_has_role(next, CueRole::absolute_opener) &&
         (tokens_[figure].kind == TokenKind::number || is_class(figure, FunctionClass::quantifier));
}

bool Attributor::relative_reports_itself(std::size_t comma, std::size_t end) const {
  const std::size_t pronoun = comma + 1;
  if (pronoun + 1 >= end || in_quote_[pronoun] || tokens_[pronoun].shape != TokenShape::lower ||
      !token_has_role(pronoun, CueRole::relative_subject)) {
    return false;
  }
  // ", which the mayor said would …": the pronoun is the gap of the
  // clause that the verb of speech reports.
  if (opens_subject_and_verb(pronoun + 1, end)) {
    constexpr std::size_t kSubjectWords = 6;
    for (std::size_t j = pronoun + 1; j < end && j <= pronoun + kSubjectWords; ++j) {
      if (in_quote_[j] || keys_[j] == ",") break;
      if (tokens_[j].shape == TokenShape::lower && cue_at(j, j + 1) != 0) {
        return j + 1 < end;
      }
    }
  }
  // ", which rose in May, according to the board.": the source closes
  // the sentence right after the relative clause.
  for (std::size_t j = pronoun + 1; j + 1 < end; ++j) {
    if (in_quote_[j] || is_sentence_punct(keys_[j])) return false;
    if (keys_[j] != ",") continue;
    if (phrases_.starting_at(keys_, j + 1, end, CueRole::according_to) == 0) return false;
    for (std::size_t r = j + 1; r < end; ++r) {
      if (keys_[r] == "," || in_quote_[r]) return false;
    }
    return true;
  }
  return false;
}

bool Attributor::object_list_goes_on(std::size_t b, std::size_t comma, std::size_t end) const {
  constexpr int kMaxItems = 6;
  std::size_t k = comma + 1;
  for (int item = 0; item < kMaxItems && k < end; ++item) {
    // An item that opens with a participle is the writer's adjunct, unless
    // the object is a list of them ("banning X, freezing Y and ending Z").
    if (tokens_[k].shape == TokenShape::lower && is_participle(k) && !is_participle(b)) return false;
    bool coordinated = false;
    for (; k < end && !(keys_[k] == "," && !in_quote_[k]); ++k) {
      if (in_quote_[k]) continue;
      if (keys_[k] == ";" || keys_[k] == ":" || is_dash(keys_[k]) || is_sentence_punct(keys_[k])) return false;
      if (has_finite_verb(k, k + 1)) return false;  // a clause, not an item
      coordinated = coordinated || token_has_role(k, CueRole::fragment_coordinator);
    }
    if (coordinated) return true;
    ++k;
  }
  return false;
}

bool Attributor::find_noun_cues(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const {
  const std::size_t from = sentence.from, end = sentence.end;
  bool added = false;
  // A cue noun n right before a complementizer: only the complementizers'
  // tokens are visited (from + 1 <= n, n + 4 < end).
  const auto first = std::lower_bound(complementizer_tokens_.begin(), complementizer_tokens_.end(), from + 2);
  for (auto it = first; it != complementizer_tokens_.end() && *it + 3 < end; ++it) {
    std::size_t n = *it - 1;
    // "Ruiz's point was that …", "their fear is that …", "her answer has
    // been that …": a form of "be" between the noun and "that" makes the
    // clause what the noun says (never a relative clause).
    bool copular = false;
    if (!in_quote_[n] && tokens_[n].shape == TokenShape::lower && token_has_role(n, CueRole::passive_auxiliary)) {
      std::size_t m = n - 1;
      if (m > from && is_class(m, FunctionClass::auxiliary) && tokens_[m].shape == TokenShape::lower) --m;  // "has been"
      if (m > from && cue_nouns_.count(keys_[m]) != 0) {
        n = m;
        copular = true;
      }
    }
    if (in_quote_[n] || cue_nouns_.count(keys_[n]) == 0) continue;
    if (tokens_[n].shape != TokenShape::lower) continue;
    // The owner: "his", "their", "Ruiz's", "the ministry's"; before "be",
    // over at most three words that qualify the noun ("Ruiz's most pointed
    // claim was that"). Before "that" alone such words are as often a
    // compound's ("her harbour filing statements that") or open a
    // phrase another verb reports ("quoted her latest claim that").
    constexpr std::size_t kModifiersBeforeNoun = 3;
    std::size_t owner_end = n;
    while (copular && owner_end > from + 1 && owner_end + kModifiersBeforeNoun > n && !in_quote_[owner_end - 1] &&
           tokens_[owner_end - 1].kind == TokenKind::word && tokens_[owner_end - 1].shape == TokenShape::lower &&
           token_mention_[owner_end - 1] == kNone && !cue_at(owner_end - 1, owner_end) &&
           !is_possessive_pronoun(keys_[owner_end - 1]) &&
           (!function_class(owner_end - 1) || is_class(owner_end - 1, FunctionClass::quantifier) ||
            is_class(owner_end - 1, FunctionClass::adverb))) {
      --owner_end;
    }
    SpeakerRef ref;
    const std::string_view before = keys_[owner_end - 1];
    if (is_possessive_pronoun(before)) {
      ref.kind = SpeakerRef::Kind::pronoun;
      ref.first = ref.last = owner_end - 1;
      ref.word = before;
    } else if (before == "'s" && owner_end >= from + 2) {
      ref = speaker_ending_before_simple(owner_end - 1, from);
    }
    // "Ruiz expressed concern that …", "she made the suggestion that …": the
    // subject of a light verb (cue_phrases.tsv) whose object the noun heads,
    // over at most two words of the object before it ("grave", "the").
    constexpr std::size_t kObjectWordsBeforeNoun = 2;
    if (ref.kind == SpeakerRef::Kind::none) {
      std::size_t v = n - 1;
      while (v > from && v + kObjectWordsBeforeNoun >= n && !token_has_role(v, CueRole::light_verb) &&
             tokens_[v].shape == TokenShape::lower && token_mention_[v] == kNone && !in_quote_[v] &&
             (!function_class(v) || is_class(v, FunctionClass::determiner))) {
        --v;
      }
      if (v > from && !in_quote_[v] && tokens_[v].shape == TokenShape::lower && token_has_role(v, CueRole::light_verb)) {
        ref = speaker_ending_before(v, from);
      }
    }
    // The clause: a subject, then a verb with something after it.
    const std::size_t b = *it + 1;
    const auto b_class = function_class(b);
    const bool subject = (tokens_[b].kind == TokenKind::word || tokens_[b].kind == TokenKind::number) &&
                         (!b_class || *b_class == FunctionClass::determiner || *b_class == FunctionClass::quantifier ||
                          *b_class == FunctionClass::pronoun || is_subject_pronoun(keys_[b]));
    if (!subject || in_quote_[b]) continue;
    std::size_t verb = b + 1;
    while (verb < end && verb < b + 8) {
      if (tokens_[verb].shape == TokenShape::lower && token_mention_[verb] == kNone &&
          (is_class(verb, FunctionClass::auxiliary) || token_has_role(verb, CueRole::past_ending) ||
           cue_at(verb, verb + 1))) {
        break;
      }
      ++verb;
    }
    while (verb + 1 < end && is_class(verb + 1, FunctionClass::auxiliary)) ++verb;  // "had been"
    if (verb + 1 >= end) continue;
    if (!copular &&
        (tokens_[verb + 1].kind == TokenKind::punctuation || is_class(verb + 1, FunctionClass::preposition) ||
         is_class(verb + 1, FunctionClass::subordinator) || is_class(verb + 1, FunctionClass::conjunction) ||
         token_has_role(verb + 1, CueRole::infinitive_marker))) {
      continue;  // "the claims that he made at the rally": a relative clause
    }
    // After "be" the clause is the sentence's complement: it runs to the
    // sentence's end ("Ruiz's point was that the fees, in fact, had doubled").
    std::size_t clause_end = copular ? end : reported_clause_end(b, end, false);
    // "Her claim that the strike would go on was denied": the sentence's own
    // verb after the clause's ends it (not "… and it was", a new subject's).
    // After "be" the clause is the sentence's own complement and goes on.
    for (std::size_t k = verb + 1; !copular && k < clause_end; ++k) {
      if (in_quote_[k]) continue;
      // A clause inside a noun phrase ends at the phrase's first comma,
      // semicolon or dash: "his claim that X, which …", "her suggestion that X — while …".
      if (keys_[k] == "," || keys_[k] == ";" || is_dash(keys_[k])) {
        clause_end = k;
        break;
      }
      if (!is_class(k, FunctionClass::auxiliary) || tokens_[k].shape != TokenShape::lower) continue;
      const std::size_t p = k - 1;
      if (is_subject_pronoun(keys_[p]) || token_mention_[p] != kNone || is_class(p, FunctionClass::auxiliary) ||
          is_class(p, FunctionClass::pronoun) || token_has_role(p, CueRole::complementizer) ||
          token_has_role(p, CueRole::question_word) || tokens_[p].kind != TokenKind::word) {
        continue;
      }
      clause_end = k;
      break;
    }
    if (clause_end < b + 3) continue;
    const ByteSpan span = span_of(b, clause_end - 1);
    // Found already by a verb ("she claimed that …"); an object that holds
    // it ("dismissed her claim that …") is another attribution.
    const bool covered = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(sentence.first_quote), out.end(),
                                     [&](const QuoteInFlight& o) {
      return o.kind == QuoteKind::indirect && span.begin <= o.span.begin && o.span.begin < span.end;
    });
    if (covered) continue;
    // "X suggests that Ruiz's best argument is that …": a clause inside
    // another report is that report's.
    if (copular && std::any_of(out.begin() + static_cast<std::ptrdiff_t>(sentence.first_quote), out.end(),
                               [&](const QuoteInFlight& o) {
                                 return o.kind == QuoteKind::indirect && o.span.begin <= tokens_[n].span.begin &&
                                        tokens_[n].span.begin < o.span.end;
                               })) {
      continue;
    }
    QuoteInFlight q;
    q.kind = QuoteKind::indirect;
    q.span = span;
    q.cue = span_of(n, *it);
    const Attribution a = ref.kind == SpeakerRef::Kind::none ? Attribution{} : resolve(ref, ref.first);
    if (!a.decided) {
      if (sentence.unattributed != nullptr) sentence.unattributed->push_back(std::move(q));
      continue;
    }
    attribute(q, a, kIndirectNounCue);
    out.push_back(std::move(q));
    added = true;
  }
  return added;
}

}  // namespace sayso::quotes
