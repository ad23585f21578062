#include "quotes/sieves.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "quotes/nesting.hpp"

namespace sayso::quotes {

using lexicon::normalize_token;

Attribution Attributor::continuation(const MarkedQuote& q) const { return continue_turn(q, false); }

Attribution Attributor::continuation_next_paragraph(const MarkedQuote& q) const { return continue_turn(q, true); }

Attribution Attributor::continue_turn(const MarkedQuote& q, bool next_paragraph) const {
  const QuoteTokens& qt = q.tokens;
  const std::size_t qi = q.index;
  const QuoteKind kind = q.kind;
  const std::vector<Attribution>& done = q.done;
  const std::vector<QuoteTokens>& all = qtokens_;
  // An attribution of its own that could not be resolved ("…,” another
  // supporter wrote", "…,” he said" with no man named before, "…!” Okoro
  // said." with the sentence ended at the "!"): someone speaks who is not
  // necessarily the previous speaker. Only a he or she that fits the
  // previous speaker lets the turn continue.
  bool own_attribution = false;
  Gender own_pronoun_gender = Gender::unknown;
  {
    std::size_t s_end = 0;
    const std::size_t after_close = after_closing_mark(qt, s_end);
    for (std::size_t k = after_close; k < s_end && k < after_close + 8 && !in_quote_[k]; ++k) {
      if (cue_at(k, s_end)) {
        own_attribution = k > after_close || k + 1 < s_end;
        if (k == after_close + 1 && is_pronoun(keys_[after_close], lexicon::PronounCase::subject)) {
          own_pronoun_gender = pronoun_gender(keys_[after_close]);
        }
        break;
      }
    }
  }

  // Continuation of the previous quote's speaker (whole statements only).
  if (qi > 0 && kind == QuoteKind::direct) {
    std::size_t prev = qi;
    while (prev-- > 0) {
      if (raw_[prev].parent == kNone) break;
    }
    bool fits = true;
    if (own_attribution && prev < qi && done[prev].decided) {
      const std::size_t ei = done[prev].entity;
      fits = own_pronoun_gender != Gender::unknown && ei != kNone &&
             doc_.entities()[ei].type == EntityType::person &&
             (doc_.entities()[ei].gender == Gender::unknown || doc_.entities()[ei].gender == own_pronoun_gender);
    }
    if (fits && prev < qi && raw_[prev].parent == kNone && done[prev].decided) {
      const std::size_t para = paragraph_of(qt.open);
      const std::size_t prev_para = paragraph_of(all[prev].close);
      // Nothing named between the two quotes.
      bool intervening = false;
      const std::size_t prev_sentence = token_sentence_[all[prev].close];
      for (std::size_t p = all[prev].close + 1; p < qt.open && !intervening; ++p) {
        if (in_quote_[p] || token_sentence_[p] == prev_sentence) continue;
        const std::size_t mi = token_mention_[p];
        intervening = mi != kNone && doc_.mentions()[mi].type == EntityType::person &&
                      doc_.mentions()[mi].entity != done[prev].entity;
        if (!intervening && mi == kNone && cue_at(p, p + 1)) intervening = false;
      }
      if (!next_paragraph && !intervening && para == prev_para) {
        // The mention that named the speaker of the turn names this part too.
        Attribution s = done[prev];
        s.cue = {};
        return s;
      }
      const bool opens_paragraph = tokens_[qt.open].span.begin == doc_.paragraphs()[para].span.begin;
      const std::size_t prev_para_end = doc_.paragraphs()[prev_para].span.end;
      const bool prev_ends_paragraph = token_sentence_[all[prev].close] ==
                                       token_sentence_[token_at(prev_para_end) == 0 ? 0 : token_at(prev_para_end) - 1];
      // Single marks after double ones ('…' after "…") are headline style:
      // a subhead, not the turn going on. A question someone asked (“…?”
      // the host asked) is answered by someone else in the next paragraph.
      const bool headline_marks = raw_[qi].mark_kind == rules::QuoteKind::single_mark &&
                                  raw_[prev].mark_kind != rules::QuoteKind::single_mark;
      const std::size_t prev_cue = done[prev].cue.empty() ? kNone : token_at(done[prev].cue.begin);
      const bool asked = all[prev].close > all[prev].open + 1 && keys_[all[prev].close - 1] == "?" &&
                         prev_cue < tokens_.size() && token_has_role(prev_cue, lexicon::CueRole::question_verb);
      if (next_paragraph && !intervening && opens_paragraph && para == prev_para + 1 && prev_ends_paragraph &&
          !headline_marks && !asked) {
        Attribution s = done[prev];
        s.cue = {};
        return s;
      }
    }
  }
  return {};
}

Attribution Attributor::sound_bite(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  if (q.kind != QuoteKind::direct) return {};
  // Only a quotation that opens its sentence and stands alone in it (so
  // with no attribution of its own).
  const std::size_t s_begin = sentence_begin(qt.open);
  const std::size_t s_end = sentence_end(qt.close);
  if (qt.open != s_begin || s_begin == 0) return {};
  for (std::size_t t = qt.close + 1; t < s_end; ++t) {
    if (!in_quote_[t] && (tokens_[t].kind == TokenKind::word || tokens_[t].kind == TokenKind::number)) return {};
  }
  // The sentence before: in the same paragraph, or the last one of the
  // previous paragraph when the quotation opens its own.
  const std::size_t prev_last = s_begin - 1;
  const std::size_t para = paragraph_of(qt.open);
  const bool opens_paragraph = tokens_[qt.open].span.begin == doc_.paragraphs()[para].span.begin;
  if (paragraph_of(prev_last) != para && !(opens_paragraph && paragraph_of(prev_last) + 1 == para)) return {};
  const std::size_t from = sentence_begin(prev_last);
  const std::size_t to = sentence_end(prev_last);
  // It introduces the words: it ends with a full stop or a colon, outside
  // quotation marks, and quotes nobody itself.
  const std::string_view end_mark = keys_[to - 1];
  if (in_quote_[to - 1] || !(end_mark == "." || end_mark == ":")) return {};
  for (std::size_t t = from; t < to; ++t) {
    if (in_quote_[t]) return {};
  }
  // Its first verb of speech whose subject resolves names the speaker.
  auto cue = std::lower_bound(cue_tokens_.begin(), cue_tokens_.end(), from);
  for (std::size_t tried = 0; cue != cue_tokens_.end() && *cue < to && tried < 4; ++cue, ++tried) {
    const std::size_t c = *cue;
    const std::size_t verb = cue_verbs_[static_cast<std::size_t>(cue - cue_tokens_.begin())];
    const VerbClass verb_class = verb_list_[verb].verb_class;
    if (verb_class != VerbClass::speech && verb_class != VerbClass::report) continue;
    const std::size_t len = cue_at(c, to);
    if (len == 0) continue;
    const SpeakerRef ref = speaker_ending_before(c, from);
    if (ref.kind != SpeakerRef::Kind::mention && ref.kind != SpeakerRef::Kind::pronoun &&
        ref.kind != SpeakerRef::Kind::role) {
      continue;
    }
    Attribution s = resolve(ref, ref.first);
    if (!s.decided) continue;
    s.cue = span_of(c, c + len - 1);
    return s;
  }
  return {};
}

bool Attributor::governed_by_participle(const QuoteInFlight& fragment, const QuoteInFlight& clause) const {
  if (fragment.cue.empty() || fragment.cue.begin < clause.span.begin || fragment.cue.end > fragment.span.begin) {
    return false;
  }
  const std::size_t cue = token_at(fragment.cue.begin);
  if (cue == 0 || cue >= tokens_.size() || !is_participle(cue) || keys_[cue - 1] != ",") return false;
  if (fragment.speaker_mention.begin < clause.span.begin || fragment.speaker_mention.end > fragment.cue.begin) {
    return false;
  }
  // Nothing but the participle's objects between it and the fragment: "her
  // a", other quoted words, commas, a coordinator.
  const std::size_t open = token_at(fragment.span.begin);
  for (std::size_t t = cue + 1; t < open && t < tokens_.size(); ++t) {
    if (in_quote_[t] || keys_[t] == "," || tokens_[t].kind == TokenKind::quote_mark || function_class(t)) continue;
    return false;
  }
  return open <= cue + 16;
}

void Attributor::nested_possessive(std::vector<Attribution>& done) const {
  const std::vector<QuoteTokens>& qtokens = qtokens_;
  for (std::size_t qi = 0; qi < raw_.size(); ++qi) {
    builder_.deadline().check();
    const QuoteTokens& qt = qtokens[qi];
    if (qt.open == kNone || raw_[qi].parent == kNone) continue;
    const std::size_t outer = raw_[qi].parent;
    std::size_t b = qt.open;
    if (b > qtokens[outer].open + 1 && (keys_[b - 1] == "," || keys_[b - 1] == ":")) --b;
    if (b <= qtokens[outer].open + 1) continue;
    const std::size_t verb = b - 1;
    if (!(token_has_role(verb, lexicon::CueRole::copula) || cue_ending_at(verb, qtokens[outer].open + 1) != kNone)) {
      continue;
    }
    for (std::size_t p = verb; p-- > qtokens[outer].open + 1;) {
      if (is_possessive_pronoun(keys_[p]) || he_or_she(keys_[p])) {
        const Gender want = pronoun_gender(keys_[p]) == Gender::female ? Gender::female : Gender::male;
        // The latest person named inside quotations, other than the outer speaker.
        const auto& mentions = doc_.mentions();
        const auto from_it = std::lower_bound(mentions.begin(), mentions.end(), p,
                                              [](const Mention& m, std::size_t t) { return m.first_token < t; });
        const std::size_t from_index = static_cast<std::size_t>(from_it - mentions.begin());
        for (std::size_t mi = from_index, steps = 0; mi-- > 0 && steps < 300; ++steps) {
          const Mention& m = mentions[mi];
          if (m.first_token >= p || m.type != EntityType::person || !in_quote_[m.first_token]) continue;
          if (m.entity == done[outer].entity) continue;
          const Gender g = doc_.entities()[m.entity].gender;
          if (g != Gender::unknown && g != want) continue;
          Attribution a;
          a.decided = true;
          a.entity = m.entity;
          a.speaker = doc_.entities()[m.entity].name;
          a.speaker_mention = span_of(p, p);
          a.sieve = kNestedPossessive;
          done[qi] = a;
          break;
        }
        break;
      }
    }
  }
}

// Whether the words of token t's sentence outside quotation marks are in
// Title Case (lexicon/title_case.hpp), four of them at least.
bool Attributor::title_case_outside_quotes(std::size_t t) const {
  constexpr std::size_t kFewestWords = 4;
  lexicon::TitleCaseRun run(title_case_);
  for (std::size_t k = sentence_begin(t); k < sentence_end(t); ++k) {
    if (!in_quote_[k] && tokens_[k].kind != TokenKind::quote_mark) run.add(tokens_[k], keys_[k]);
  }
  return run.title_case() && run.words() >= kFewestWords;
}

void Attributor::reported_clause(std::vector<QuoteInFlight>& all, const std::vector<CuePlace>& places) const {
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].nested_in == kNone || all[all[i].nested_in].kind != QuoteKind::indirect ||
        all[i].kind == QuoteKind::indirect) {
      continue;
    }
    const QuoteInFlight clause = all[all[i].nested_in];
    if (clause.speaker.empty()) continue;  // a clause kept without a speaker (--keep-unattributed)
    // A headline's label and colon ("Ruiz: Levy Is a ‘Failure’", "Ruiz:
    // ‘We Will Win.’"): the marks are the headline's shorthand for the
    // label's claim (re-cased, cut), the claim the reported clause already
    // is; no quotation of their own, even one a colon introduced. Not a
    // later sentence of the first paragraph ("… Ruiz: the levy is “a
    // failure” …"), whose marks quote. So with any reported clause of a
    // Title Case headline above an article ("Ruiz Calls Levy ‘A Failure’"):
    // the corpus has no direct or mixed quote in a headline (a first line of
    // prose, "A reporter called it “chaos.”", may quote).
    const std::size_t clause_first = token_at(clause.span.begin);
    if ((std::string_view(clause.sieve) == kIndirectColon.name && in_headline(clause_first)) ||
        (in_headline_line(clause_first) && title_case_outside_quotes(clause_first))) {
      all[i].clear_attribution();
      continue;
    }
    // "sees the pier as “a death trap”": a verb that reports only an object
    // with "as" attributes no quotation (speech_verbs.tsv, clause "as").
    std::size_t clause_verb = 0;
    const std::size_t cue_first = token_at(clause.cue.begin);
    if (cue_at(cue_first, sentence_end(cue_first), &clause_verb) != 0 && verb_list_[clause_verb].object_with_as) continue;
    // A speaker found inside the clause is part of what is reported ("He told
    // reporters the authority had offered “a fair package”"): the words are the reporter's.
    const bool speaker_inside_clause = all[i].kind == QuoteKind::mixed && !all[i].speaker.empty() &&
                                       clause.span.begin <= all[i].speaker_mention.begin &&
                                       all[i].speaker_mention.end <= clause.span.end;
    if (all[i].speaker.empty() ||
        ((places[i] == CuePlace::in_sentence || speaker_inside_clause) && !governed_by_participle(all[i], clause))) {
      all[i].speaker = clause.speaker;
      all[i].speaker_entity = clause.speaker_entity;
      all[i].speaker_mention = clause.speaker_mention;
      all[i].cue = clause.cue;
      all[i].sieve = kReportedClause.name;
      all[i].confidence = kReportedClause.confidence;
    }
  }
}

// "'Long fight' ahead" above "... said the strike would be "a long fight
// for every worker"".
void Attributor::headline_echo(std::vector<QuoteInFlight>& all) const {
  // The quotes one may echo: attributed and not indirect, each with the
  // paragraph of its first token (kNone past the last token) and its
  // normalised text, made when first asked; listed when a first quote
  // looks for an echo (most documents have none that does), from the
  // quotes after it. A pass attributes only its own quote, so the list
  // holds for every later pass. `all` is in text order
  // (nest_quotes): the paragraphs never fall from one quote to the next, so
  // a search that stops at the first later quote more than three
  // paragraphs on reads, of the listed ones, those before such a quote and
  // no other. A pass reads only them, not every later quote (a paragraph of
  // thousands of unattributed marks made it quadratic).
  struct Echoed {
    std::size_t index;      // in `all`
    std::size_t paragraph;  // of the quote's first token; kNone: past the last token
    std::optional<std::string> text;
  };
  std::vector<Echoed> echoed;
  bool listed = false;
  std::size_t next = 0;  // the first listed quote after quote i
  for (std::size_t i = 0; i < all.size(); ++i) {
    builder_.deadline().check();
    QuoteInFlight& q = all[i];
    if (!q.speaker.empty() || q.kind == QuoteKind::indirect) continue;
    const std::size_t first = token_at(q.span.begin);
    if (first >= tokens_.size()) continue;
    const std::size_t s_last = sentence_end(first) - 1;
    if (is_sentence_punct(keys_[s_last]) || tokens_[s_last].kind == TokenKind::quote_mark) continue;
    std::vector<std::string> words;
    for (std::size_t t = first; t < tokens_.size() && tokens_[t].span.end <= q.span.end; ++t) {
      if (tokens_[t].kind == TokenKind::word && keys_[t].size() >= 4) words.emplace_back(keys_[t]);
    }
    if (words.empty()) continue;
    if (!listed) {
      for (std::size_t j = i + 1; j < all.size(); ++j) {
        if (all[j].speaker.empty() || all[j].kind == QuoteKind::indirect) continue;
        const std::size_t later_first = token_at(all[j].span.begin);
        echoed.push_back({j, later_first < tokens_.size() ? paragraph_of(later_first) : kNone, std::nullopt});
      }
      listed = true;
    }
    while (next < echoed.size() && echoed[next].index <= i) ++next;
    const std::size_t para = paragraph_of(first);
    for (std::size_t k = next; k < echoed.size(); ++k) {
      Echoed& later = echoed[k];
      if (later.paragraph == kNone || later.paragraph > para + 3) break;
      if (!later.text) later.text = normalize_token(doc_.slice(all[later.index].span));
      const std::string& later_text = *later.text;
      const bool echoes = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        return later_text.find(w) != std::string::npos;
      });
      if (!echoes) continue;
      const QuoteInFlight& source = all[later.index];
      q.speaker = source.speaker;
      q.speaker_entity = source.speaker_entity;
      q.sieve = kHeadlineEcho.name;
      q.confidence = kHeadlineEcho.confidence;
      break;
    }
  }
}

}  // namespace sayso::quotes
