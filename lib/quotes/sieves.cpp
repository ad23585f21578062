#include "quotes/sieves.hpp"

#include <algorithm>
#include <string>

#include "quotes/nesting.hpp"
#include "core/char_class.hpp"
#include "core/utf8.hpp"

namespace sayso::quotes {
namespace {

// The sieves for quotations in marks, in the order they run: from the words
// right beside the quote outwards, not by confidence (docs/attribution.md).
struct MarkedSieve {
  const SieveInfo& info;
  CuePlace cue_place;  // where the cue stands when this sieve decides
  Attribution (Attributor::*apply)(const MarkedQuote&) const;
};
const MarkedSieve kMarkedSieves[] = {
    {kAfterCueSpeaker, CuePlace::after_quote, &Attributor::after_cue_speaker},
    {kAfterSpeakerCue, CuePlace::after_quote, &Attributor::after_speaker_cue},
    {kDashName, CuePlace::none, &Attributor::dash_name},
    {kTranscriptLabel, CuePlace::before_quote, &Attributor::transcript_label_marked},
    {kBeforeSpeakerCue, CuePlace::before_quote, &Attributor::before_speaker_cue},
    {kSentenceCue, CuePlace::in_sentence, &Attributor::sentence_cue},
    {kAccordingTo, CuePlace::none, &Attributor::according_to},
    {kNamedAs, CuePlace::none, &Attributor::named_as},
    {kColonIntro, CuePlace::none, &Attributor::colon_intro},
    {kBeforeSpeakerCue, CuePlace::before_quote, &Attributor::paragraph_ending_cue},
    {kContinuation, CuePlace::none, &Attributor::continuation},
    {kNextParagraph, CuePlace::none, &Attributor::continuation_next_paragraph},
    {kSoundBite, CuePlace::none, &Attributor::sound_bite},
};

}  // namespace

// The sieves for reported speech, in the order they read a sentence; the
// first that reads a clause in the words decides. Direct calls in a fixed
// order, not a table of member pointers: each call site then has one
// target, which the processor predicts (a table's one call site cycles
// through ten targets and mispredicts nearly every call).
bool Attributor::run_indirect_sieves(const IndirectSentence& words, std::vector<QuoteInFlight>& out) const {
  return transcript_label(words, out) || headline_claim(words, out) || indirect_according_to(words, out) ||
         indirect_source_frame_outer(words, out) || indirect_source_closes(words, out) ||
         indirect_passive_agent(words, out) || indirect_cue(words, out) || indirect_name_colon(words, out) ||
         after_clause_once(words, out) || indirect_source_frame(words, out);
}

QuoteKind Attributor::kind_of(const QuoteTokens& qt) const {
  // The words inside the marks: counted up to kWordsOfAStatement, the
  // count that decides with the first word; a first word that is not
  // capitalised decides alone (mixed), so the count stops there too.
  constexpr std::size_t kWordsOfAStatement = 6;
  std::size_t words = 0;
  bool starts_upper = false, first_seen = false, ends_punct = false;
  for (std::size_t t = qt.open + 1; t < qt.close; ++t) {
    const Token& tok = tokens_[t];
    if (tok.kind != TokenKind::word && tok.kind != TokenKind::number) continue;
    if (!first_seen) {
      first_seen = true;
      starts_upper = tok.kind == TokenKind::number || core::is_upper(core::decode_at(doc_.slice(tok.span), 0).code_point);
      if (!starts_upper) return QuoteKind::mixed;
    }
    if (++words >= kWordsOfAStatement) return QuoteKind::direct;
  }
  if (!starts_upper) return QuoteKind::mixed;
  if (qt.close > qt.open + 1) {
    const std::string_view last = keys_[qt.close - 1];
    ends_punct = last == "." || last == "," || is_question_or_exclamation(last) || last == "..." || last == "-" ||
                 last == "--" || last == "\xE2\x80\x94";
  }
  return ends_punct ? QuoteKind::direct : QuoteKind::mixed;  // (fewer than kWordsOfAStatement words)
}

std::vector<std::string> marked_sieve_order() {
  std::vector<std::string> names;
  for (const MarkedSieve& sieve : kMarkedSieves) names.emplace_back(sieve.info.name);
  return names;
}

Attribution Attributor::attribute_marked(const MarkedQuote& quote) const {
  for (const MarkedSieve& sieve : kMarkedSieves) {
    Attribution a = (this->*sieve.apply)(quote);
    if (a.decided) {
      a.sieve = sieve.info;
      a.cue_place = sieve.cue_place;
      if (sieve.cue_place == CuePlace::after_quote || sieve.cue_place == CuePlace::before_quote) {
        relayed_by_source(quote.tokens, a);
      }
      return a;
    }
  }
  return {};
}

// '"…," Ruiz said, according to the Harbour Gazette.': the words reach the
// page through the source after "according to", which closes the sentence
// of the quote's cue; that source is the one the text gives for them.
void Attributor::relayed_by_source(const QuoteTokens& qt, Attribution& a) const {
  const std::size_t to = sentence_end(qt.close);
  auto according = std::upper_bound(according_tokens_.begin(), according_tokens_.end(), qt.close);
  for (; according != according_tokens_.end() && *according < to; ++according) {
    const std::size_t c = *according;
    if (in_quote_[c] || tokens_[c].span.begin < a.cue.end) continue;
    // Not the source of a later quotation of the sentence.
    bool other_quote = false;
    for (std::size_t t = qt.close + 1; t < c; ++t) other_quote = other_quote || in_quote_[t];
    if (other_quote) return;
    const std::size_t len = phrases_.starting_at(keys_, c, to, lexicon::CueRole::according_to);
    if (len == 0) continue;
    const SpeakerRef ref = source_after_according_to(c + len, to).first;
    if (ref.kind == SpeakerRef::Kind::none) return;
    Attribution s = resolve(ref, c);
    if (!s.decided) return;
    a.speaker = std::move(s.speaker);
    a.entity = s.entity;
    a.speaker_mention = s.speaker_mention;
    a.cue = span_of(c, c + len - 1);
    a.sieve = kAccordingTo;  // the source after "according to" decided, not the verb's subject
    return;
  }
}

std::vector<QuoteInFlight> Attributor::marked_quotes(const std::vector<Attribution>& done,
                                                    const std::vector<QuoteKind>& kinds,
                                                    std::vector<CuePlace>& places) const {
  std::vector<QuoteInFlight> quotes;
  quotes.reserve(raw_.size());  // no growth slack: a page of marks makes many quotes
  for (std::size_t qi = 0; qi < raw_.size(); ++qi) {
    if (qtokens_[qi].open == kNone) continue;
    QuoteInFlight q;
    q.kind = kinds[qi];
    // A capitalised quote that a cue right beside it attributes is a statement:
    // «Nous reconstruirons le pont», a dit le maire.
    if (q.kind == QuoteKind::mixed && done[qi].decided && done[qi].cue_place == CuePlace::after_quote) {
      for (std::size_t t = qtokens_[qi].open + 1; t < qtokens_[qi].close; ++t) {
        if (tokens_[t].kind != TokenKind::word) continue;
        if (tokens_[t].shape == TokenShape::capitalized || tokens_[t].shape == TokenShape::all_caps) {
          q.kind = QuoteKind::direct;
        }
        break;
      }
    }
    q.span = raw_[qi].span;
    const Attribution& a = done[qi];
    if (a.decided) {
      q.speaker = a.speaker;
      q.speaker_entity = a.entity;
      q.speaker_mention = a.speaker_mention;
      q.cue = a.cue;
      q.sieve = a.sieve.name;
      q.confidence = a.sieve.confidence;
    }
    quotes.push_back(std::move(q));
    places.push_back(a.decided ? a.cue_place : CuePlace::none);
  }
  return quotes;
}

bool Attributor::after_clause_once(const IndirectSentence& sentence, std::vector<QuoteInFlight>& out) const {
  AfterClauseReading& last = after_clause_read_;
  if (last.from != sentence.from || last.end != sentence.end) {
    std::vector<QuoteInFlight> read;
    last.found = indirect_after_clause(sentence, read);  // (true: one quote read, never more)
    if (last.found) last.quote = std::move(read.front());
    last.from = sentence.from;
    last.end = sentence.end;
  }
  if (last.found) out.push_back(last.quote);
  return last.found;
}

void Attributor::find_indirect(std::vector<QuoteInFlight>& out, bool keep_unattributed) const {
  std::vector<QuoteInFlight> unattributed;  // the current sentence's clauses without a speaker
  for (std::size_t si = 0; si < doc_.sentences().size(); ++si) {
    builder_.deadline().check();
    const std::size_t end = indirect_clause_end(si);
    if (end == kNone) continue;
    const Sentence& s = doc_.sentences()[si];
    const std::size_t first_quote = out.size();
    const IndirectSentence sentence{si, s.first_token, s.first_token + s.token_count, end,
                                    keep_unattributed ? &unattributed : nullptr, first_quote};
    run_indirect_sieves(sentence, out);
    // A remark in parentheses after the full stop is read as a sentence of
    // its own: "… old. (As the board reported, the pier was rebuilt.)"
    if (const std::size_t remark = closing_remark(si); remark != kNone) {
      const std::size_t inner_to = sentence.to - 1;  // before ")"
      std::size_t inner_end = inner_to;
      while (inner_end > remark + 1 && is_sentence_punct(keys_[inner_end - 1])) --inner_end;
      if (inner_end < inner_to && inner_end >= remark + 5) {
        run_indirect_sieves(IndirectSentence{si, remark + 1, inner_to, inner_end,
                                             keep_unattributed ? &unattributed : nullptr, first_quote},
                            out);
      }
    }
    // Kept when no attributed quote of the sentence overlaps them.
    for (std::size_t i = 0; i < unattributed.size(); ++i) {
      const QuoteInFlight& q = unattributed[i];
      const auto overlaps = [&](const QuoteInFlight& o) {
        return o.span.begin < q.span.end && q.span.begin < o.span.end;
      };
      const bool covered = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first_quote), out.end(), overlaps);
      const bool repeated = std::any_of(unattributed.begin(), unattributed.begin() + static_cast<std::ptrdiff_t>(i),
                                        [&](const QuoteInFlight& o) { return o.span == q.span; });
      if (!covered && !repeated) out.push_back(q);
    }
    unattributed.clear();
  }
}

void nest_quotes(std::vector<QuoteInFlight>& list, std::vector<CuePlace>* places) {
  auto before = [](const QuoteInFlight& a, const QuoteInFlight& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.kind == QuoteKind::indirect && b.kind != QuoteKind::indirect;  // the clause first
  };
  // A list already in that order (the second call: the drops keep it) is
  // left as the stable sort would leave it.
  std::vector<std::size_t> order;
  if (!std::is_sorted(list.begin(), list.end(), before)) {
    order.resize(list.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return before(list[i], list[j]); });
  }
  // Into that order in place, cycle by cycle (a sorted copy would hold every
  // quote twice: a page of quotation marks makes hundreds of thousands).
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    QuoteInFlight held = std::move(list[start]);
    const CuePlace held_place = places != nullptr ? (*places)[start] : CuePlace::none;
    std::size_t to = start;
    while (true) {
      const std::size_t from = order[to];
      order[to] = to;  // placed
      if (from == start) break;
      list[to] = std::move(list[from]);
      if (places != nullptr) (*places)[to] = (*places)[from];
      to = from;
    }
    list[to] = std::move(held);
    if (places != nullptr) (*places)[to] = held_place;
  }
  const auto parents = innermost_containers(list.size(), [&](std::size_t i) { return list[i].span; });
  for (std::size_t i = 0; i < list.size(); ++i) {
    list[i].nested_in = parents[i];
    // Quoted words that are the whole reported clause: same span, still inside the clause.
    if (i > 0 && list[i].span == list[i - 1].span && list[i - 1].kind == QuoteKind::indirect &&
        list[i].kind != QuoteKind::indirect) {
      list[i].nested_in = i - 1;
    }
  }
}

}  // namespace sayso::quotes
