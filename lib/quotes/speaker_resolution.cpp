#include "quotes/speaker_resolution.hpp"

namespace sayso::quotes {

using lexicon::normalize_token;

Attribution SpeakerResolver::resolve(const SpeakerRef& ref_in, std::size_t anchor, bool allow_inside_quotes) const {
  Attribution a;
  SpeakerRef ref = ref_in;
  // A phrase reported as written must be a noun phrase.
  if ((ref.kind == SpeakerRef::Kind::described || ref.kind == SpeakerRef::Kind::group) && !tidy_speaker_phrase(ref)) {
    return a;
  }
  const auto& mentions = doc_.mentions();
  const auto& entities = doc_.entities();
  const std::size_t anchor_paragraph = anchor < tokens_.size() ? paragraph_of(anchor) : 0;
  auto set_entity = [&](std::size_t ei) {
    a.decided = true;
    a.entity = ei;
    a.speaker = entities[ei].name;
  };
  // Mentions before the anchor, most recent first, within three paragraphs.
  // The nearest accepted mention before the anchor (index), or kNone.
  auto scan_back_mention = [&](auto accept) -> std::size_t {
    const auto it = std::lower_bound(mentions.begin(), mentions.end(), anchor,
                                     [](const Mention& m, std::size_t t) { return m.first_token < t; });
    std::size_t steps = 0;
    for (std::size_t mi = static_cast<std::size_t>(it - mentions.begin()); mi-- > 0 && steps < 300; ++steps) {
      const Mention& m = mentions[mi];
      if (paragraph_of(m.first_token) + 6 < anchor_paragraph) break;
      if (!allow_inside_quotes && in_quote_[m.first_token]) continue;
      if (m.entity != kNone && accept(m)) return mi;
    }
    return kNone;
  };
  // Its entity.
  auto scan_back = [&](auto accept) -> std::size_t {
    const std::size_t mi = scan_back_mention(accept);
    return mi == kNone ? kNone : mentions[mi].entity;
  };
  // The speaker phrase as written, when it is a noun phrase.
  auto set_as_written = [&](SpeakerRef& phrase) {
    if (!tidy_speaker_phrase(phrase)) return false;
    a.decided = true;
    a.speaker = std::string(doc_.slice(span_of(phrase.first, phrase.last)));
    return true;
  };
  switch (ref.kind) {
    case SpeakerRef::Kind::none:
      return a;
    case SpeakerRef::Kind::mention: {
      const Mention& m = mentions[ref.mention];
      if (m.entity == kNone) return a;
      set_entity(m.entity);
      break;
    }
    case SpeakerRef::Kind::pronoun: {
      std::size_t ei = kNone;
      const lexicon::PronounForm* pronoun = pronouns_.form(ref.word, lexicon::PronounCase::subject);
      if (he_or_she(ref.word)) {
        const Gender want = pronouns_.gender_of(ref.word);
        const auto fits = [&](const Mention& m) {
          if (m.type != EntityType::person || m.entity == kNone) return false;
          const Gender g = entities[m.entity].gender;
          return g == Gender::unknown || g == want;
        };
        // Within the sentence of the nearest candidate, its subject: in
        // "Trump attacked Cruz. “…,” he said." he is Trump. A mention after a
        // preposition or before 's is no subject.
        const std::size_t nearest = scan_back_mention(fits);
        if (nearest != kNone) {
          ei = mentions[nearest].entity;
          const std::size_t sentence = mentions[nearest].sentence;
          for (std::size_t mi = nearest; mi-- > 0 && mentions[mi].sentence == sentence;) {
            const Mention& m = mentions[mi];
            if (!fits(m) || (!allow_inside_quotes && in_quote_[m.first_token])) continue;
            const std::size_t before = m.first_token;
            const bool object =
                before > 0 && (is_role(keys_[before - 1], lexicon::CueRole::agent_preposition) ||
                               is_class(before - 1, FunctionClass::preposition));
            const std::size_t after = m.first_token + m.token_count;
            const bool owner = after < tokens_.size() && keys_[after] == "'s";
            if (!object && !owner) ei = m.entity;
          }
        }
      } else if (pronoun != nullptr && pronoun->number == lexicon::PronounNumber::plural) {
        // The nearest group or organisation that spoke ("Diplomats said ... They described"),
        // else the nearest group noun or organisation.
        for (std::size_t t = anchor; t-- > 0 && t + 80 > anchor;) {
          if (in_quote_[t]) continue;
          const auto noun = lexicon_.nouns.find(keys_[t]);
          const bool group = noun != lexicon_.nouns.end() && noun->second == SpeakerNoun::group;
          const std::size_t mi = token_mention_[t];
          const bool org = mi != kNone && (mentions[mi].type == EntityType::org || mentions[mi].type == EntityType::norp) &&
                           mentions[mi].first_token + mentions[mi].token_count - 1 == t;
          if ((group || org) && t + 1 < tokens_.size() && cue_at(t + 1, t + 4)) {
            if (group) {
              a.decided = true;
              a.speaker = std::string(doc_.slice(tokens_[t].span));
              a.speaker_mention = span_of(ref.first, ref.last);
              return a;
            }
            ei = mentions[mi].entity;
            break;
          }
        }
        for (std::size_t t = anchor; ei == kNone && t-- > 0 && t + 80 > anchor;) {
          if (in_quote_[t]) continue;
          const auto noun = lexicon_.nouns.find(keys_[t]);
          if (noun != lexicon_.nouns.end() && noun->second != SpeakerNoun::org) {
            a.decided = true;
            a.speaker = std::string(doc_.slice(tokens_[t].span));
            return a;
          }
          const std::size_t mi = token_mention_[t];
          if (mi != kNone && (mentions[mi].type == EntityType::org || mentions[mi].type == EntityType::norp)) {
            ei = mentions[mi].entity;
            break;
          }
        }
      } else if (pronoun != nullptr && pronoun->gender == lexicon::PronounGender::neuter) {
        ei = scan_back([](const Mention& m) { return m.type == EntityType::org || m.type == EntityType::gpe; });
      }
      if (ei == kNone) return a;
      set_entity(ei);
      break;
    }
    case SpeakerRef::Kind::role: {
      // The person whose role contains the noun; else the latest person.
      std::size_t ei = scan_back([&](const Mention& m) {
        if (m.type != EntityType::person) return false;
        for (const auto& role : entities[m.entity].roles) {
          if (normalize_token(role).find(ref.word) != std::string::npos) return true;
        }
        return false;
      });
      if (ei == kNone) {
        // Nobody of the document holds that role: the phrase itself ("the narrator").
        if (!set_as_written(ref)) return a;
        break;
      }
      set_entity(ei);
      break;
    }
    case SpeakerRef::Kind::org_noun: {
      // The nearest organisation whose name holds the noun ("the authority":
      // Port Ellis Harbour Authority), else the nearest organisation.
      std::size_t ei = scan_back([&](const Mention& m) {
        return m.type == EntityType::org && normalize_token(entities[m.entity].name).find(ref.word) != std::string::npos;
      });
      if (ei == kNone) ei = scan_back([](const Mention& m) { return m.type == EntityType::org; });
      if (ei == kNone) {
        // No organisation named before: the phrase itself ("The harbour authority").
        if (!set_as_written(ref)) return a;
        break;
      }
      set_entity(ei);
      break;
    }
    case SpeakerRef::Kind::described:
      a.decided = true;
      a.speaker = std::string(doc_.slice(span_of(ref.first, ref.last)));
      break;
    case SpeakerRef::Kind::group:
      a.decided = true;
      a.speaker = std::string(doc_.slice(span_of(ref.first, ref.last)));
      if (!a.speaker.empty() && is_role(keys_[ref.first], lexicon::CueRole::definite_article)) a.speaker = std::string(doc_.slice(span_of(ref.first + 1, ref.last)));
      break;
  }
  a.speaker_mention = span_of(ref.first, ref.last);
  return a;
}

Attribution SpeakerResolver::attribute_by_cue(std::size_t cue_first, std::size_t cue_len, std::size_t limit_begin,
                                             std::size_t limit_end, std::size_t anchor) const {
  // Subject before the verb, else the speaker after it ("said Zakharova").
  SpeakerRef ref = speaker_ending_before(cue_first, limit_begin);
  std::size_t verb = 0;
  cue_at(cue_first, cue_first + cue_len, &verb);
  // "“…,” said X" inverts; a participle does not: in ", saying Trump's
  // comments are …" Trump is what was said about.
  const bool participle = is_participle(cue_first);
  if (ref.kind == SpeakerRef::Kind::none && cue_first > limit_begin && !verb_list_[verb].object_is_listener &&
      !participle && (keys_[cue_first - 1] == "," || tokens_[cue_first - 1].kind == TokenKind::quote_mark)) {
    ref = speaker_starting_at(cue_first + cue_len, limit_end).first;
  }
  Attribution a = resolve(ref, std::min(anchor, ref.kind == SpeakerRef::Kind::none ? anchor : ref.first));
  if (a.decided) a.cue = span_of(cue_first, cue_first + cue_len - 1);
  return a;
}

}  // namespace sayso::quotes
