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
    if (is_class(k, FunctionClass::subordinator) || is_role(keys_[k], lexicon::CueRole::question_word)) {
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
    std::size_t c = 0;
    if (has_left && (!has_right || qt.open - *std::prev(left) <= *right - qt.close)) {
      c = *--left;
    } else {
      c = *right++;
      next_right();
    }
    const std::size_t len = cue_at(c, to);
    Attribution s = attribute_by_cue(c, len, from, to, qt.open);
    if (!s.decided && is_participle(c) && c > from && keys_[c - 1] == ",") {
      // "…, declaring that …": the subject of the main clause.
      const SpeakerRef ref = participle_subject(from, c);
      if (ref.kind != SpeakerRef::Kind::none) {
        s = resolve(ref, ref.first);
        if (s.decided) s.cue = span_of(c, c + len - 1);
      }
    }
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
