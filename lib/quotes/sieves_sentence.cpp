#include "quotes/sieves.hpp"

#include <algorithm>
#include <iterator>

namespace sayso::quotes {

// A speech verb elsewhere in the sentence(s) of the quote, outside quotes:
// the nearest first (on a tie, the one before the quote), at most
// kMaxSentenceCues of them, taken from the cues found once per document.
Attribution Attributor::sentence_cue(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  const std::size_t from = sentence_begin(qt.open);
  const std::size_t to = sentence_end(qt.close);
  // Cues before the quote, nearest first (walking left), and after it
  // (walking right).
  auto left = std::lower_bound(cue_tokens_.begin(), cue_tokens_.end(), qt.open);
  auto right = std::upper_bound(cue_tokens_.begin(), cue_tokens_.end(), qt.close);
  const auto left_end = std::lower_bound(cue_tokens_.begin(), left, from);
  // A clause that opens after the quote ("… “kind of riding the fence” until
  // Haley said …", "… as “Spanish,” which is what some call …") has a verb of
  // its own: its cue speaks for that clause, not for the quote.
  // (Looked for a few words on only, so that a sentence of many quotes costs linear time.)
  std::size_t clause_opens = to;
  for (std::size_t k = qt.close + 1; k < to && k < qt.close + kMaxClauseLookahead; ++k) {
    if (in_quote_[k]) continue;
    if (is_class(k, FunctionClass::subordinator) || token_has_role(k, lexicon::CueRole::question_word)) {
      clause_opens = k;
      break;
    }
  }
  // ... unless a comma sets the attribution off: "“…” if she lost, said X" and "…, X said".
  const auto set_off = [&](std::size_t c) {
    if (keys_[c - 1] == ",") return true;
    const SpeakerRef ref = speaker_ending_before(c, from);
    return ref.kind != SpeakerRef::Kind::none && ref.first > from && keys_[ref.first - 1] == ",";
  };
  std::size_t skipped = 0;
  const auto next_right = [&] {
    // A verb that frames its quotation ("blasted", "referred to … as")
    // attributes only one that follows it.
    while (right != cue_tokens_.end() && *right < to &&
           (verb_list_[cue_verbs_[static_cast<std::size_t>(right - cue_tokens_.begin())]].quotes_only ||
            (*right > clause_opens && (++skipped > kMaxSentenceCues || !set_off(*right))))) {
      ++right;
    }
  };
  next_right();
  for (std::size_t tried = 0; tried < kMaxSentenceCues; ++tried) {
    const bool has_left = left != left_end;
    const bool has_right = right != cue_tokens_.end() && *right < to;
    if (!has_left && !has_right) break;
    std::size_t c = 0, cue_index = 0;
    if (has_left && (!has_right || qt.open - *std::prev(left) <= *right - qt.close)) {
      c = *--left;
      cue_index = static_cast<std::size_t>(left - cue_tokens_.begin());
    } else {
      cue_index = static_cast<std::size_t>(right - cue_tokens_.begin());
      c = *right++;
      next_right();
    }
    // A verb of belief that reports a clause only ("worried that …") names
    // a fear, not the words of a quotation elsewhere in its sentence.
    const Verb& cue_verb = verb_list_[cue_verbs_[cue_index]];
    if (cue_verb.kind == CueType::belief && cue_verb.clause_only) continue;
    // "sees the pier as unsafe" reports that object only, never a quotation
    // elsewhere in its sentence (speech_verbs.tsv, clause "as").
    if (cue_verb.object_with_as) continue;
    const std::size_t len = cue_at(c, to);
    Attribution s;
    if (is_participle(c) && c > from && keys_[c - 1] == ",") {
      // "…, declaring that …", "the judge yelled at the skipper, calling him a
      // “thief”": the speaker of a verb of speech right before the comma,
      // else the subject of the main clause, before any name nearer the
      // participle.
      const SpeakerRef ref = participle_subject(from, c);
      if (ref.kind != SpeakerRef::Kind::none) {
        s = resolve(ref, ref.first);
        if (s.decided) s.cue = span_of(c, c + len - 1);
      }
    }
    if (!s.decided) s = attribute_by_cue(c, len, from, to, qt.open);
    if (s.decided) {
      return s;
    }
  }
  return {};
}

// "…," according to X
Attribution Attributor::according_to(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  const std::size_t from = sentence_begin(qt.open);
  const std::size_t to = sentence_end(qt.close);
  auto according = std::lower_bound(according_tokens_.begin(), according_tokens_.end(), from);
  for (std::size_t tried = 0; according != according_tokens_.end() && *according + 2 < to &&
                              tried < kMaxSentenceCues;
       ++according, ++tried) {
    const std::size_t c = *according;
    const auto [ref, after] = source_after_according_to(c + 2, to);
    (void)after;
    Attribution s = resolve(ref, c);
    if (s.decided) {
      s.cue = span_of(c, c + 1);
      return s;
    }
  }
  return {};
}

// 'Berger has turned on Medina as a “sore loser”': the subject who names
// someone or something so.
Attribution Attributor::named_as(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  if (q.kind != QuoteKind::mixed) return {};
  const std::size_t s_begin = sentence_begin(qt.open);
  // Back over an article, and over fragments coordinated before this one:
  // 'as a “cheat” and a “bore”'.
  std::size_t as = qt.open;
  while (as > s_begin + 1 && as + 40 > qt.open &&
         (token_has_role(as - 1, lexicon::CueRole::indefinite_article) ||
          token_has_role(as - 1, lexicon::CueRole::fragment_coordinator) || keys_[as - 1] == "," ||
          in_quote_[as - 1])) {
    --as;
  }
  if (as <= s_begin + 2 || !token_has_role(as - 1, lexicon::CueRole::named_as) || in_quote_[as - 1]) return {};
  // A headline without final punctuation reports nobody's words.
  const std::size_t s_last = sentence_end(qt.open) - 1;
  if (!is_sentence_punct(keys_[s_last]) && tokens_[s_last].kind != TokenKind::quote_mark) return {};
  const SpeakerRef subject = main_clause_subject(s_begin, as - 1);
  if (subject.kind != SpeakerRef::Kind::mention && subject.kind != SpeakerRef::Kind::pronoun &&
      subject.kind != SpeakerRef::Kind::role) {
    return {};
  }
  if (subject.kind == SpeakerRef::Kind::mention && doc_.mentions()[subject.mention].type == EntityType::gpe) return {};
  // The subject opens its clause: only titles and names before it ("Senate
  // leader Ann Ruiz"), no verb ("Berger admires Harbour Mayor Ilse Varga").
  for (std::size_t t = subject.first; t > s_begin && keys_[t - 1] != ",";) {
    --t;
    if (tokens_[t].kind == TokenKind::word && tokens_[t].shape == TokenShape::lower && !is_role_word(t) &&
        !is_class(t, FunctionClass::determiner)) {
      return {};
    }
  }
  const std::size_t subject_entity =
      subject.kind == SpeakerRef::Kind::mention ? doc_.mentions()[subject.mention].entity : kNone;
  for (std::size_t t = subject.last + 1; t + 1 < as; ++t) {
    if (in_quote_[t] || is_sentence_punct(keys_[t])) return {};
    // A subordinator or a relative pronoun followed by a verb-like word
    // opens a clause of its own ("that described", "who called"); "after
    // Medina", "after the" and "him as" do not.
    if ((is_class(t, FunctionClass::subordinator) || is_class(t, FunctionClass::pronoun)) && t + 1 < as &&
        tokens_[t + 1].kind == TokenKind::word && tokens_[t + 1].shape == TokenShape::lower &&
        !function_class(t + 1) && token_mention_[t + 1] == kNone) {
      return {};
    }
    // Another person named on the way who is not the object right before
    // "as" is the subject of a clause of its own: 'a harbour fee Medina
    // brought up as “unfair”'.
    if (token_mention_[t] != kNone && doc_.mentions()[token_mention_[t]].type == EntityType::person &&
        (subject_entity == kNone || doc_.mentions()[token_mention_[t]].entity != subject_entity)) {
      const Mention& other = doc_.mentions()[token_mention_[t]];
      if (other.first_token + other.token_count + 1 != as) return {};
    }
    // A passive ("is seen as"), not a progressive ("has been poking at Medina as").
    if (token_has_role(t, lexicon::CueRole::passive_auxiliary)) {
      std::size_t next = t + 1;
      while (next + 1 < as && token_has_role(next, lexicon::CueRole::adverb_or_auxiliary)) ++next;
      if (!is_participle(next)) return {};
    }
  }
  Attribution a = resolve(subject, subject.first);
  if (!a.decided) return {};
  a.cue = span_of(as - 1, as - 1);
  return a;
}

// A colon introduces the quote: the nearest person before it.
Attribution Attributor::colon_intro(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  const std::size_t s_begin = sentence_begin(qt.open);
  if (qt.open > s_begin && keys_[qt.open - 1] == ":") {
    for (std::size_t p = qt.open - 1; p-- > s_begin;) {
      if (in_quote_[p]) break;
      const std::size_t mi = token_mention_[p];
      SpeakerRef ref;
      if (mi != kNone && doc_.mentions()[mi].type == EntityType::person) {
        ref.kind = SpeakerRef::Kind::mention;
        ref.mention = mi;
        ref.first = doc_.mentions()[mi].first_token;
        ref.last = ref.first + doc_.mentions()[mi].token_count - 1;
        // The object of a preposition that names no source ("a message to
        // Ruiz:", "praise for Dr. Ruiz's plan:") is whom or what the words
        // address, not who says them; "from", "by" ... name the source
        // (cue_phrases.tsv `issuer_preposition`: "More from Ruiz:").
        std::size_t b = ref.first;
        while (b > s_begin && (is_role_word(b - 1) || is_abbreviated_title(b - 1))) --b;
        if (b > s_begin && is_class(b - 1, FunctionClass::preposition) &&
            !token_has_role(b - 1, lexicon::CueRole::issuer_preposition)) {
          break;
        }
      } else if (he_or_she(keys_[p])) {
        ref.kind = SpeakerRef::Kind::pronoun;
        ref.first = ref.last = p;
        ref.word = keys_[p];
      } else {
        continue;
      }
      Attribution s = resolve(ref, ref.first);
      if (s.decided) {
        return s;
      }
      break;
    }
  }
  return {};
}

}  // namespace sayso::quotes
