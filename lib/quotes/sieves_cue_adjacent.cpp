#include "quotes/sieves.hpp"

#include <algorithm>

namespace sayso::quotes {

std::size_t Attributor::after_closing_mark(const QuoteTokens& qt, std::size_t& after_end) const {
  const std::size_t s_end = sentence_end(qt.close);
  std::size_t t = qt.close + 1;
  // “Why now?” Brandt demanded. — the sentence ended at the question mark,
  // the attribution is the next one, in the same paragraph.
  after_end = s_end;
  // “She asked us, ‘Where is the ferry?’” Brandt said. — also when the question
  // ends a quotation inside the quote: its closing marks come first.
  std::size_t last = qt.close - 1;
  while (last > qt.open + 1 && tokens_[last].kind == TokenKind::quote_mark) --last;
  if (t >= s_end && s_end < tokens_.size() && qt.close > qt.open + 1 &&
      is_question_or_exclamation(keys_[last]) && paragraph_of(s_end) == paragraph_of(qt.close)) {
    t = s_end;
    after_end = sentence_end(s_end);
  }
  if (t < after_end && keys_[t] == ",") ++t;
  return t;
}

// "…," said harbour spokesperson Ilse Varga.
Attribution Attributor::after_cue_speaker(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  std::size_t after_end = 0;
  const std::size_t t = after_closing_mark(qt, after_end);
  if (t >= after_end || before_wins(q)) return {};
  std::size_t verb = 0;
  const std::size_t len = cue_at(t, after_end, &verb);
  // "…," referring to the winter timetable: a participle is no inverted
  // attribution; what follows it is its object.
  if (len == 0 || verb_list_[verb].object_is_listener || is_participle(t)) return {};
  const auto [ref, after] = speaker_starting_at(t + len, after_end);
  (void)after;
  Attribution a = resolve(ref, qt.open);
  if (a.decided) a.cue = span_of(t, t + len - 1);
  return a;
}

// "…," Berger said Friday. / "…," he told reporters. / "…," the spokesman said.
Attribution Attributor::after_speaker_cue(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  std::size_t after_end = 0;
  const std::size_t t = after_closing_mark(qt, after_end);
  if (t >= after_end || cue_at(t, after_end) != 0 || before_wins(q)) return {};
  Attribution a;
  auto [ref, after] = speaker_starting_at(t, after_end);
  std::size_t c = after;
  // "Sen. Ann Ruiz (D-Maine), a transport committee member, said": the
  // parenthesis before the apposition.
  const auto skip_parenthesis = [&] {
    if (c < after_end && keys_[c] == "(") {
      std::size_t close = c + 1;
      while (close < after_end && close < c + 8 && keys_[close] != ")") ++close;
      if (close < after_end && keys_[close] == ")") c = close + 1;
    }
  };
  if (ref.kind == SpeakerRef::Kind::mention) skip_parenthesis();
  // "the mayor, Anna Lindqvist, said": the name in apposition is the speaker.
  if (ref.kind != SpeakerRef::Kind::none && ref.kind != SpeakerRef::Kind::mention && c + 2 < after_end &&
      keys_[c] == "," && token_mention_[c + 1] != kNone &&
      doc_.mentions()[token_mention_[c + 1]].type == EntityType::person) {
    const Mention& named = doc_.mentions()[token_mention_[c + 1]];
    const std::size_t close = named.first_token + named.token_count;
    if (named.first_token == c + 1 && close < after_end && keys_[close] == ",") {
      ref.kind = SpeakerRef::Kind::mention;
      ref.mention = token_mention_[c + 1];
      ref.first = named.first_token;
      ref.last = close - 1;
      c = close + 1;
    }
  }
  // "Nadia Osei, the executive director of the Harbour Literacy Center,
  // told ...": a person's apposition, up to its closing comma. It may run
  // over a few commas of its own, an age and a place ("Nadia Osei, 67, a
  // retired clerk in Dover, Del., said", "Nadia Osei, 30, of Dover, Del.,
  // who was polled, said"), when the first part is an age or a part opens
  // with a relative pronoun or a preposition, and no part opens with a coordinator
  // or is a person's name (a list of speakers: "Osei, Berger and Ruiz said").
  if (((ref.kind == SpeakerRef::Kind::mention && doc_.mentions()[ref.mention].type == EntityType::person) ||
       ref.kind == SpeakerRef::Kind::described || ref.kind == SpeakerRef::Kind::role) &&
      c < after_end && keys_[c] == ",") {
    std::size_t comma = c;
    bool chained = false;  // past a first part that allows more
    for (std::size_t part = 0; part < 4; ++part) {
      std::size_t close = comma + 1;
      while (close < after_end && close < comma + 25 && keys_[close] != "," && !in_quote_[close] &&
             !is_sentence_punct(keys_[close])) {
        ++close;
      }
      if (close + 1 >= after_end || keys_[close] != "," || close == comma + 1) break;
      const std::size_t first = comma + 1;
      if (part > 0) {
        const std::size_t mi = token_mention_[first];
        if (is_class(first, FunctionClass::conjunction) || token_has_role(first, lexicon::CueRole::coordinator) ||
            (mi != kNone && doc_.mentions()[mi].type == EntityType::person)) {
          break;
        }
      }
      if (cue_at(close + 1, after_end)) {
        if (part == 0 || chained) c = close + 1;
        break;
      }
      chained = chained || (part == 0 && close == first + 1 && tokens_[first].kind == TokenKind::number) ||
                token_has_role(first, lexicon::CueRole::relative_opener) || is_class(first, FunctionClass::preposition);
      comma = close;
    }
  }
  // "Rep. Lena Vogt (D-Ore.) said": skip a short parenthesis.
  skip_parenthesis();
  while (c < after_end && token_has_role(c, lexicon::CueRole::adverb_or_auxiliary)) ++c;
  if (ref.kind != SpeakerRef::Kind::none) {
    if (const std::size_t cue_len = cue_at(c, after_end); cue_len != 0 && !is_participle(c)) {
      a = resolve(ref, qt.open);
      if (a.decided) {
        a.cue = span_of(c, c + cue_len - 1);
        return a;
      }
    }
  }
  return a;
}

// A name after a dash: “The council must listen.” ― Rosa Medina
Attribution Attributor::dash_name(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  const QuoteKind kind = q.kind;
  Attribution a;
  std::size_t d = qt.close + 1;
  if (d < tokens_.size() && (keys_[d] == "," || keys_[d] == ".")) ++d;
  const auto dash = [&](std::size_t k) { return is_dash_or_hyphen(keys_[k]); };
  // Only a whole statement that opens its sentence, or follows other
  // signed ones: a fragment inside reported speech followed by "--Kim
  // Hjelmgaard" is a byline.
  const bool opens = kind == QuoteKind::direct && only_openers_before(qt.open);
  // The signature may stand alone in the next paragraph ("“…”" then "― Rosa
  // Medina."), under a quotation that is its whole paragraph.
  const std::size_t para = paragraph_of(qt.close);
  const auto whole_paragraph = [&] {
    const ByteSpan p = doc_.paragraphs()[para].span;
    return tokens_[qt.open].span.begin == p.begin && (d >= tokens_.size() || paragraph_of(d) != para);
  };
  const auto signature_ends_paragraph = [&](std::size_t after_name) {
    if (after_name < tokens_.size() && keys_[after_name] == ".") ++after_name;
    return after_name >= tokens_.size() || paragraph_of(after_name) != paragraph_of(d);
  };
  const bool same_paragraph = d < tokens_.size() && paragraph_of(d) == para;
  const bool next_paragraph = d < tokens_.size() && paragraph_of(d) == para + 1 && whole_paragraph();
  if (opens && d + 1 < tokens_.size() && !in_quote_[d] && dash(d) && (same_paragraph || next_paragraph)) {
    const std::size_t mi = token_mention_[d + 1];
    if (mi != kNone && doc_.mentions()[mi].first_token == d + 1 && doc_.mentions()[mi].type == EntityType::person &&
        (same_paragraph || signature_ends_paragraph(d + 1 + doc_.mentions()[mi].token_count))) {
      SpeakerRef ref;
      ref.kind = SpeakerRef::Kind::mention;
      ref.mention = mi;
      ref.first = d + 1;
      ref.last = d + doc_.mentions()[mi].token_count;
      a = resolve(ref, qt.open);
    }
  }
  return a;
}

// Before the opening mark: X said: "…" / X said Friday, "…"
Attribution Attributor::before_speaker_cue(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  const std::size_t s_begin = sentence_begin(qt.open);
  Attribution a;
  if (qt.open > s_begin) {
    std::size_t b = qt.open - 1;
    if (keys_[b] == "," || keys_[b] == ":") {
      if (b == s_begin) return a;
      --b;
    }
    if (token_has_role(b, lexicon::CueRole::complementizer) && b > s_begin) --b;  // Berger tweeted that, "…"
    if (keys_[b] == "," && b > s_begin) --b;
    if (const std::size_t phrase = time_phrase_before(b + 1, s_begin); phrase != b + 1) {
      if (phrase == s_begin) return a;
      b = phrase - 1;
    }
    // "The ministry said in a statement: “…”", "… said on its website on Monday, “…”".
    if (const std::size_t phrase = document_phrase_before(b + 1, s_begin); phrase != b + 1) {
      if (phrase == s_begin) return a;
      b = phrase - 1;
      if (const std::size_t time = time_phrase_before(b + 1, s_begin); time != b + 1) {
        if (time == s_begin) return a;
        b = time - 1;
      }
    }
    std::size_t cue_first = cue_ending_at(b, s_begin);
    // "X told me, “…”", "X told reporters: “…”": the verb before who was told.
    const bool colon_like = keys_[qt.open - 1] == "," || keys_[qt.open - 1] == ":";
    for (std::size_t verb_end = b; colon_like && cue_first == kNone && verb_end-- > s_begin && verb_end + 4 > b;) {
      std::size_t verb = 0;
      const std::size_t first = cue_ending_at(verb_end, s_begin);
      if (first == kNone || cue_at(first, verb_end + 1, &verb) == 0 || !verb_list_[verb].object_is_listener) continue;
      if (after_listener(verb_end + 1, b + 1) == b + 1) {
        cue_first = first;
        b = verb_end;
      }
      break;
    }
    if (cue_first == kNone) cue_first = listener_cue_ending_at(b, s_begin);  // "…, telling reporters: “…”"
    if (cue_first != kNone) {
      SpeakerRef ref = speaker_ending_before(cue_first, s_begin);
      // "The trust sent an email to members saying: “…”": the document's issuer.
      if (is_participle(cue_first) && cue_first > s_begin + 2 && keys_[cue_first - 1] != ",") {
        const SpeakerRef issuer = subject_of_document(cue_first, s_begin);
        if (issuer.kind != SpeakerRef::Kind::none) ref = issuer;
      }
      // "…, Ruiz's deputy told supporters, saying: “…”": the sentence's subject.
      if (is_participle(cue_first) && cue_first > s_begin && keys_[cue_first - 1] == ",") {
        const SpeakerRef subject = participle_subject(s_begin, cue_first);
        if (subject.kind != SpeakerRef::Kind::none) ref = subject;
      }
      // "Lena Vogt, a rival whom Ruiz fired, said: “…”"
      if (ref.kind == SpeakerRef::Kind::none) ref = opening_subject(s_begin, cue_first);
      std::size_t verb = 0;
      const std::size_t cue_len = cue_at(cue_first, b + 1, &verb);
      if (!can_report(ref, verb)) ref = SpeakerRef{};  // "Berger shows “real grit”"
      a = resolve(ref, ref.kind == SpeakerRef::Kind::none ? qt.open : ref.first);
      if (a.decided) {
        a.cue = span_of(cue_first, cue_first + cue_len - 1);
        return a;
      }
    }
    // "But, said Ruiz, “…”": the verb before its speaker.
    if (cue_first == kNone && colon_like) {
      if (Attribution inverted = inverted_before(b, s_begin); inverted.decided) return inverted;
    }
  }
  return a;
}

Attribution Attributor::inverted_before(std::size_t b, std::size_t s_begin) const {
  constexpr std::size_t kLongestSpeaker = 6;
  const std::size_t first = after_dateline(s_begin, b + 1);
  for (std::size_t k = b; k-- > first && k + kLongestSpeaker + 1 > b;) {
    if (in_quote_[k] || keys_[k] == "," || is_sentence_punct(keys_[k])) break;
    std::size_t verb = 0;
    const std::size_t len = cue_at(k, b + 1, &verb);
    if (len == 0) continue;
    if (is_participle(k) || verb_list_[verb].object_is_listener || k + len > b) return {};
    // At the sentence's start, or after a conjunction that opens it ("But, said …").
    const bool opens = k == first || (k == first + 2 && keys_[k - 1] == "," && is_class(first, FunctionClass::conjunction)) ||
                       (k == first + 1 && is_class(first, FunctionClass::conjunction));
    if (!opens || is_class(k + len, FunctionClass::preposition)) return {};  // "said of Ruiz:"
    const auto [ref, after] = speaker_starting_at(k + len, b + 1);
    if (ref.kind == SpeakerRef::Kind::none || after != b + 1 || ref.first != k + len) return {};
    Attribution a = resolve(ref, ref.first);
    if (a.decided) a.cue = span_of(k, k + len - 1);
    return a;
  }
  return {};
}

std::size_t Attributor::listener_cue_ending_at(std::size_t b, std::size_t s_begin) const {
  // A verb of telling a few words back whose listener ends at `b`.
  for (std::size_t k = b; k-- > s_begin && k + 8 > b;) {
    if (in_quote_[k] || keys_[k] == "," || is_sentence_punct(keys_[k])) break;
    std::size_t verb = 0;
    const std::size_t len = cue_at(k, b + 1, &verb);
    if (len == 0) continue;
    if (verb_list_[verb].object_is_listener && k + len <= b && after_listener(k + len, b + 1) == b + 1) return k;
    break;
  }
  return kNone;
}

// A paragraph that ends "X said:" introduces the quote that opens the next one.
Attribution Attributor::paragraph_ending_cue(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  const std::size_t para = paragraph_of(qt.open);
  const bool opens_paragraph = tokens_[qt.open].span.begin == doc_.paragraphs()[para].span.begin;
  if (opens_paragraph && para > 0 && qt.open >= 2 && keys_[qt.open - 1] == ":" &&
      paragraph_of(qt.open - 1) == para - 1) {
    const std::size_t colon = qt.open - 1;
    const std::size_t from = sentence_begin(colon);
    const std::size_t b = time_phrase_before(colon, from);  // "X said on Friday:"
    const std::size_t cue_first = b > from ? cue_ending_at(b - 1, from) : kNone;
    if (cue_first != kNone) {
      const SpeakerRef ref = speaker_ending_before(cue_first, from);
      Attribution s = resolve(ref, ref.kind == SpeakerRef::Kind::none ? colon : ref.first);
      if (s.decided) {
        s.cue = span_of(cue_first, b - 1);
        return s;
      }
    }
    // "Cruz called them on it, then echoed the point:", "Vogt told the crowd, to
    // loud applause:": the nearest verb of speech of the sentence the colon ends.
    if (cue_first == kNone) {
      auto cue = std::lower_bound(cue_tokens_.begin(), cue_tokens_.end(), colon);
      const auto first = std::lower_bound(cue_tokens_.begin(), cue, from);
      if (cue != first) {
        --cue;
        const std::size_t c = *cue;
        const std::size_t len = cue_at(c, colon);
        if (len != 0 && !verb_list_[cue_verbs_[static_cast<std::size_t>(cue - cue_tokens_.begin())]].quotes_only) {
          Attribution s = attribute_by_cue(c, len, from, colon, colon);
          if (s.decided) return s;
        }
      }
    }
    // "The ministry issued this statement:", "Ruiz posted a
    // statement:": a document put out (documents.tsv, noun and verb) right
    // before the colon is its issuer's words.
    if (cue_first == kNone && colon > from + 2) {
      std::size_t put_out = kNone;
      for (std::size_t k = colon - 1; k > from && k + 5 > colon; --k) {
        if (in_quote_[k]) break;
        if (lexicon_.document_verbs.count(keys_[k]) != 0) {
          put_out = k;
          break;
        }
      }
      if (put_out != kNone) {
        const SpeakerRef issuer = subject_of_document(colon, from);
        if (issuer.kind == SpeakerRef::Kind::mention || issuer.kind == SpeakerRef::Kind::org_noun ||
            issuer.kind == SpeakerRef::Kind::role) {
          Attribution s = resolve(issuer, issuer.first);
          if (s.decided) {
            s.cue = span_of(put_out, colon - 1);
            return s;
          }
        }
      }
    }
  }
  return {};
}

bool Attributor::opens_with_subordinate_cue(const QuoteTokens& qt) const {
  const std::size_t s_begin = sentence_begin(qt.open);
  if (qt.open < s_begin + 3 || keys_[qt.open - 1] != ",") return false;
  const std::size_t first = after_dateline(s_begin, qt.open);
  if (first + 2 >= qt.open || !is_class(first, FunctionClass::subordinator)) return false;
  for (std::size_t t = first + 1; t + 1 < qt.open; ++t) {
    if (in_quote_[t] || keys_[t] == "," || is_sentence_punct(keys_[t])) return false;
  }
  return cue_ending_at(qt.open - 2, first + 1) != kNone;
}

bool Attributor::before_wins(const MarkedQuote& q) const {
  return opens_with_subordinate_cue(q.tokens) && before_speaker_cue(q).decided;
}

// KAMAU: "…"
Attribution Attributor::transcript_label_marked(const MarkedQuote& q) const {
  const QuoteTokens& qt = q.tokens;
  if (q.kind != QuoteKind::direct || qt.open < 2 || keys_[qt.open - 1] != ":") return {};
  const std::size_t colon = qt.open - 1;
  const std::size_t para = paragraph_of(qt.open);
  std::size_t first = colon;
  while (first > 0 && first + 3 > colon && tokens_[first - 1].kind == TokenKind::word &&
         tokens_[first - 1].shape == TokenShape::all_caps && tokens_[first - 1].span.size() >= 2 &&
         paragraph_of(first - 1) == para) {
    --first;
  }
  if (first == colon || tokens_[first].span.begin != doc_.paragraphs()[para].span.begin) return {};
  Attribution a;
  a.speaker_mention = span_of(first, colon - 1);
  a.cue = span_of(colon, colon);
  if (const std::size_t ei = person_with_surname(keys_[colon - 1]); ei != kNone) {
    a.decided = true;
    a.entity = ei;
    a.speaker = doc_.entities()[ei].name;
    return a;
  }
  // No person of that name: the label itself, if it reads as a name. A
  // label in capitals reads as an acronym to the entity stage; a place or
  // a date is no label.
  for (std::size_t t = first; t < colon; ++t) {
    if (token_mention_[t] != kNone) {
      const EntityType type = doc_.mentions()[token_mention_[t]].type;
      if (type != EntityType::person && type != EntityType::org) return {};
    }
    if (function_class(t) || gazetteers_.is_common_word(keys_[t]) || is_role_word(t)) return {};
  }
  a.decided = true;
  a.speaker = std::string(doc_.slice(a.speaker_mention));
  return a;
}

}  // namespace sayso::quotes
