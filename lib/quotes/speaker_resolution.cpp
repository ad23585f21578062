#include "quotes/speaker_resolution.hpp"

#include <algorithm>
#include <utility>

namespace sayso::quotes {

using lexicon::normalize_token;

namespace {
// How many sentence-opening pronouns a "he" or "she" follows back to its name.
constexpr int kMaxPronounChain = 4;
}  // namespace

SpeakerRef SpeakerResolver::sentence_subject_pronoun(std::size_t before, const std::string& pronoun) const {
  const std::size_t from = sentence_begin(before);
  if (before <= from) return {};
  SpeakerRef subject = main_clause_subject(from, before);
  if (subject.kind != SpeakerRef::Kind::pronoun || subject.word != pronoun) return {};
  return subject;
}

SpeakerRef SpeakerResolver::document_owner(const SpeakerRef& ref) const {
  if (ref.last >= tokens_.size()) return {};
  // The document noun that heads the phrase: its last word, or the one
  // before a preposition of its issuer ("a statement from the ministry").
  std::size_t head = ref.last;
  for (std::size_t t = ref.first; t < ref.last; ++t) {
    if (lexicon_.document_nouns.count(keys_[t]) != 0 && token_has_role(t + 1, lexicon::CueRole::issuer_preposition)) {
      head = t;
      break;
    }
  }
  // A common noun, not the last word of a name ("the Harbour Post").
  if (lexicon_.document_nouns.count(keys_[head]) == 0 || token_mention_[head] != kNone ||
      tokens_[head].shape != TokenShape::lower) {
    return {};
  }
  const auto speaker_mention = [&](std::size_t t) {
    const std::size_t mi = token_mention_[t];
    if (mi == kNone || !is_speaker_mention(mi)) return SpeakerRef{};
    const Mention& m = doc_.mentions()[mi];
    SpeakerRef owner;
    owner.kind = SpeakerRef::Kind::mention;
    owner.mention = mi;
    owner.first = m.first_token;
    owner.last = m.first_token + m.token_count - 1;
    return owner;
  };
  // Inside the phrase: an owner before 's ("the agency's website"), a name
  // as modifier ("the WADA report").
  for (std::size_t t = ref.first; t < head; ++t) {
    if (keys_[t] == "'s" && t > ref.first) {
      if (SpeakerRef owner = speaker_mention(t - 1); owner.kind != SpeakerRef::Kind::none) return owner;
      const SpeakerNoun* noun = speaker_noun(t - 1);
      if (names_org_by_head(t - 1) || (noun != nullptr && *noun == SpeakerNoun::org)) {
        SpeakerRef owner;
        owner.kind = SpeakerRef::Kind::org_noun;
        owner.first = t >= 2 && token_has_role(t - 2, lexicon::CueRole::definite_article) ? t - 2 : t - 1;
        owner.last = t - 1;
        owner.word = keys_[t - 1];
        return owner;
      }
      return {};
    }
    if (SpeakerRef owner = speaker_mention(t); owner.kind != SpeakerRef::Kind::none) return owner;
  }
  // After it: "a statement from the ministry", "a column in the Review".
  const std::size_t s_end = sentence_end(head);
  const std::size_t after = head + 1;
  if (after + 1 < s_end && token_has_role(after, lexicon::CueRole::issuer_preposition)) {
    std::size_t name = after + 1;
    if (token_has_role(name, lexicon::CueRole::definite_article) && name + 1 < s_end) ++name;
    if (SpeakerRef owner = speaker_mention(name); owner.kind != SpeakerRef::Kind::none &&
                                                  doc_.mentions()[owner.mention].first_token == name &&
                                                  doc_.mentions()[owner.mention].type != EntityType::gpe) {
      return owner;
    }
  }
  // Before it: "the board issued a statement calling ...".
  const std::size_t s_begin = sentence_begin(ref.first);
  if (ref.first > s_begin + 1 && lexicon_.document_verbs.count(keys_[ref.first - 1]) != 0) {
    const SpeakerRef issuer = speaker_ending_before(ref.first - 1, s_begin);
    if (issuer.kind == SpeakerRef::Kind::mention || issuer.kind == SpeakerRef::Kind::org_noun ||
        issuer.kind == SpeakerRef::Kind::pronoun || issuer.kind == SpeakerRef::Kind::role) {
      return issuer;
    }
  }
  return {};
}

std::size_t SpeakerResolver::role_before_complement(const SpeakerRef& ref, std::size_t& head) const {
  constexpr std::size_t kMostModifiers = 3;  // "the U.N. special mediator"
  head = kNone;
  if (ref.last >= tokens_.size() || ref.first > ref.last) return kNone;
  // The role word at `role`, before a preposition; its phrase starts at a
  // determiner not before `limit`, or right after a name and its comma.
  const auto role_phrase_first = [&](std::size_t role, std::size_t limit) -> std::size_t {
    if (in_quote_[role] || !is_serving_role_word(role)) return kNone;
    std::size_t first = role;
    while (first > limit && first + kMostModifiers > role) {
      const std::size_t k = first - 1;
      if (in_quote_[k]) return kNone;
      if (is_article(keys_[k]) || is_possessive_pronoun(keys_[k])) return k;
      // The role word right after a name and its comma: "Ann Ruiz, chairwoman of …".
      if (keys_[k] == "," && first == role) return apposed_person(first, ref.last) == kNone ? kNone : first;
      if ((tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::number) || function_class(k) ||
          cue_at(k, k + 1)) {
        return kNone;
      }
      first = k;
    }
    return kNone;
  };
  const auto preposition = [&](std::size_t p) {
    return !in_quote_[p] && token_has_role(p, lexicon::CueRole::group_preposition);
  };
  // The phrase read is what the role serves: "a spokesman for [the harbour board]".
  if (ref.first >= 2 && preposition(ref.first - 1)) {
    const std::size_t first = role_phrase_first(ref.first - 2, sentence_begin(ref.first - 2));
    if (first != kNone) {
      head = ref.first - 2;
      return first;
    }
  }
  // The phrase read holds the role and what it serves: "[the envoy at the quota talks]".
  for (std::size_t p = ref.first + 1; p < ref.last && p <= ref.first + kMostModifiers + 1; ++p) {
    if (!preposition(p)) continue;
    const std::size_t first = role_phrase_first(p - 1, ref.first);
    if (first == ref.first) {
      head = p - 1;
      return first;
    }
    break;
  }
  return kNone;
}

std::size_t SpeakerResolver::apposed_person(std::size_t first, std::size_t last) const {
  if (first < 2 || last < first || last >= tokens_.size() || first >= tokens_.size() || keys_[first - 1] != ",") return kNone;
  const std::size_t mi = token_mention_[first - 2];
  if (mi == kNone) return kNone;
  const Mention& m = doc_.mentions()[mi];
  if (m.type != EntityType::person || m.entity == kNone || m.first_token + m.token_count + 1 != first ||
      in_quote_[m.first_token]) {
    return kNone;
  }
  const std::size_t s_begin = sentence_begin(m.first_token);
  if (m.first_token != after_dateline(s_begin, first)) return kNone;
  // "Ruiz, a pilot said, “…”": an attribution set into the name's sentence,
  // whose verb is followed by a comma, a colon or a quotation.
  std::size_t t = last + 1;
  while (t < tokens_.size() && token_has_role(t, lexicon::CueRole::adverb_or_auxiliary)) ++t;
  const std::size_t verb = t < tokens_.size() ? cue_at(t, std::min(t + 3, tokens_.size())) : 0;
  const std::size_t after = t + verb;
  if (verb != 0 && after < tokens_.size() &&
      (keys_[after] == "," || keys_[after] == ":" || tokens_[after].kind == TokenKind::quote_mark)) {
    return kNone;
  }
  return m.entity;
}

std::size_t SpeakerResolver::described_person_before(std::size_t anchor, std::size_t after, Gender gender,
                                                    bool allow_inside_quotes, std::size_t& first) const {
  constexpr std::size_t kMostModifiers = 4;  // "a tall retired harbour pilot"
  constexpr std::size_t kFurthest = 80;      // tokens back from the anchor
  first = kNone;
  if (gender == Gender::unknown) return kNone;
  bool someone_new_after = false;  // an indefinite object skipped ("the flat of a man")
  for (std::size_t t = std::min(anchor, tokens_.size()); t-- > 0 && t + kFurthest > anchor;) {
    if (after != kNone && t <= after) break;
    if (tokens_[t].shape != TokenShape::lower || token_mention_[t] != kNone || (!allow_inside_quotes && in_quote_[t])) {
      continue;
    }
    // With no fitting name before, a role that says no gender fits too
    // ("A reporter for the Harbour Wire … he said"): the pronoun's own
    // gender is all the text gives.
    const Gender noun_gender = person_noun_gender(t);
    const bool genderless_role = after == kNone && noun_gender == Gender::unknown && is_role_word(t);
    if (noun_gender != gender && !genderless_role) continue;
    // The head of its phrase: not an owner ("the woman's lawyer") nor a
    // title before a name ("spokeswoman Ann Ruiz", whose name is nearer).
    if (t + 1 < tokens_.size() && (keys_[t + 1] == "'s" || token_mention_[t + 1] != kNone)) continue;
    // A determiner, a possessive or an owner's "'s" over a few modifiers.
    std::size_t k = t;
    std::size_t opening = kNone;
    while (k > 0 && t - k <= kMostModifiers) {
      const std::size_t b = k - 1;
      if (!allow_inside_quotes && in_quote_[b]) break;
      if (is_class(b, FunctionClass::determiner)) {
        opening = b;
        break;
      }
      if (keys_[b] == "'s" && b > 0) {
        const std::size_t owner = token_mention_[b - 1];
        opening = owner != kNone ? doc_.mentions()[owner].first_token
                                 : (b >= 2 && is_article(keys_[b - 2]) ? b - 2 : b - 1);
        break;
      }
      if ((tokens_[b].kind != TokenKind::word && tokens_[b].kind != TokenKind::number) || function_class(b) ||
          cue_at(b, b + 1)) {
        break;
      }
      k = b;
    }
    if (opening == kNone) continue;
    // ... but not one in apposition: in "Her husband, a ferry captain," the
    // apposition describes the husband, who says the gender.
    if (noun_gender != gender && opening > 0 && keys_[opening - 1] == ",") continue;
    // With a name that fits before it, only someone new: an indefinite
    // phrase ("a retired pilot"), or a plain noun right after "the" ("the
    // woman"); "the actress", "her son", "the businessman" may be the one
    // named before.
    if (after != kNone && !token_has_role(opening, lexicon::CueRole::indefinite_article) &&
        !(opening + 1 == t && token_has_role(opening, lexicon::CueRole::definite_article) &&
          person_nouns_.is_plain(keys_[t]))) {
      continue;
    }
    // No object of a preposition ("the boat of a fisherman", "with a man
    // and his son"); but someone new there makes a definite phrase before
    // it ambiguous ("the man ... the flat of a young man ... he").
    if (opening > 0 && (is_class(opening - 1, FunctionClass::preposition) ||
                        token_has_role(opening - 1, lexicon::CueRole::agent_preposition))) {
      someone_new_after = someone_new_after || token_has_role(opening, lexicon::CueRole::indefinite_article);
      continue;
    }
    if (someone_new_after && !token_has_role(opening, lexicon::CueRole::indefinite_article)) return kNone;
    first = opening;
    return t;
  }
  return kNone;
}

bool SpeakerResolver::person_holds_role_word(const Mention& m, std::string_view word) const {
  if (m.type != EntityType::person) return false;
  for (const auto& role : doc_.entities()[m.entity].roles) {
    if (normalize_token(role).find(word) != std::string::npos) return true;
  }
  return false;
}

std::size_t SpeakerResolver::sole_later_holder(const std::string& word, std::size_t anchor) const {
  constexpr std::size_t kParagraphsAhead = 6;
  if (word.empty() || anchor >= tokens_.size()) return kNone;
  const auto& mentions = doc_.mentions();
  const auto holds = [&](const Mention& m) { return m.entity != kNone && person_holds_role_word(m, word); };
  constexpr std::size_t kMentionsBack = 300;
  const std::size_t paragraph = paragraph_of(anchor);
  const std::size_t at = static_cast<std::size_t>(
      std::lower_bound(mentions.begin(), mentions.end(), anchor,
                       [](const Mention& m, std::size_t t) { return m.first_token < t; }) -
      mentions.begin());
  // Somebody named in the six paragraphs before holds it: not someone new.
  for (std::size_t mi = at, steps = 0; mi-- > 0 && steps < kMentionsBack; ++steps) {
    if (paragraph_of(mentions[mi].first_token) + kParagraphsAhead < paragraph) break;
    if (holds(mentions[mi])) return kNone;
  }
  std::size_t holder = kNone;
  for (std::size_t mi = at; mi < mentions.size(); ++mi) {
    const Mention& m = mentions[mi];
    if (paragraph_of(m.first_token) > paragraph + kParagraphsAhead) break;
    if (!holds(m)) continue;
    if (holder != kNone && holder != m.entity) return kNone;
    holder = m.entity;
  }
  return holder;
}

Attribution SpeakerResolver::resolve(const SpeakerRef& ref_in, std::size_t anchor, bool allow_inside_quotes,
                                     int depth) const {
  Attribution a;
  SpeakerRef ref = ref_in;
  // A document speaks for whoever the sentence says issued it.
  if (ref.kind == SpeakerRef::Kind::described || ref.kind == SpeakerRef::Kind::group ||
      ref.kind == SpeakerRef::Kind::org_noun) {
    if (const SpeakerRef owner = document_owner(ref); owner.kind != SpeakerRef::Kind::none) ref = owner;
  }
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
  // A role with what it serves after a preposition names a person, not
  // what it serves: the name it is in apposition to ("Ann Ruiz, chairwoman
  // of the board"), the holder of the role named before ("the envoy at
  // the quota talks"), else, for an indefinite one, the one holder named after
  // it ("A spokesman for the harbour board says" and then "Board spokesman
  // Ilse Varga told").
  if (ref.kind != SpeakerRef::Kind::none && ref.kind != SpeakerRef::Kind::pronoun) {
    std::size_t head = kNone;
    const std::size_t role_first = role_before_complement(ref, head);
    if (role_first != kNone) {
      const std::string word(keys_[head]);
      std::size_t ei = apposed_person(role_first, ref.last);
      if (ei == kNone && token_has_role(role_first, lexicon::CueRole::definite_article)) {
        ei = scan_back([&](const Mention& m) { return person_holds_role_word(m, word); });
      }
      // (Only "a spokesman for …" introduces someone the text names later:
      // "the retired minister of fisheries" is not the one named after it.)
      if (ei == kNone && token_has_role(role_first, lexicon::CueRole::indefinite_article))
        ei = sole_later_holder(word, anchor);
      if (ei != kNone) {
        set_entity(ei);
        a.speaker_mention = span_of(role_first, ref.last);
        return a;
      }
    }
  }
  // An indefinite description right after a name and its comma is the
  // name's apposition even when its closing comma is missing: "Ann Ruiz, a
  // harbour pilot says …".
  if (ref.kind == SpeakerRef::Kind::described && ref.first < tokens_.size() &&
      token_has_role(ref.first, lexicon::CueRole::indefinite_article)) {
    if (const std::size_t ei = apposed_person(ref.first, ref.last); ei != kNone) {
      set_entity(ei);
      a.speaker_mention = span_of(ref.first, ref.last);
      return a;
    }
  }
  switch (ref.kind) {
    case SpeakerRef::Kind::none:
      return a;
    case SpeakerRef::Kind::mention: {
      const Mention& m = mentions[ref.mention];
      // A lone capitalised word typed as a people, place or country is the
      // surname of a person named before, when one (and only one) has it:
      // "Mark Cuban ... “…,” Cuban said".
      const bool placelike = m.type == EntityType::norp || m.type == EntityType::gpe || m.type == EntityType::loc;
      if (placelike && m.token_count == 1 && tokens_[m.first_token].shape == TokenShape::capitalized) {
        const std::string_view surname = keys_[m.first_token];
        std::size_t person = kNone;
        bool ambiguous = false;
        scan_back_mention([&](const Mention& p) {
          if (p.type != EntityType::person || p.token_count < 2 ||
              keys_[p.first_token + p.token_count - 1] != surname) {
            return false;
          }
          if (person != kNone && person != p.entity) ambiguous = true;
          person = p.entity;
          return false;  // look at them all
        });
        if (person != kNone && !ambiguous) {
          set_entity(person);
          break;
        }
      }
      if (m.entity == kNone) return a;
      set_entity(m.entity);
      break;
    }
    case SpeakerRef::Kind::pronoun: {
      std::size_t ei = kNone;
      const lexicon::PronounForm* pronoun = pronoun_form(ref.word, lexicon::PronounCase::subject);
      // An owner stands for its subject pronoun: "his claim that …" is his.
      if (pronoun == nullptr) pronoun = pronoun_form(ref.word, lexicon::PronounCase::possessive);
      if (pronoun != nullptr && pronoun_gender(ref.word) != Gender::unknown) {
        const Gender want = pronoun_gender(ref.word);
        const auto fits = [&](const Mention& m) {
          if (m.type != EntityType::person || m.entity == kNone) return false;
          const Gender g = entities[m.entity].gender;
          return g == Gender::unknown || g == want;
        };
        // A fitting mention that can be a subject: none after a preposition or before 's.
        const auto subject_like = [&](const Mention& m) {
          if (!fits(m) || (!allow_inside_quotes && in_quote_[m.first_token])) return false;
          const std::size_t before = m.first_token;
          const bool object = before > 0 && (token_has_role(before - 1, lexicon::CueRole::agent_preposition) ||
                                             is_class(before - 1, FunctionClass::preposition));
          const std::size_t after = m.first_token + m.token_count;
          const bool owner = after < tokens_.size() && keys_[after] == "'s";
          return !object && !owner;
        };
        // Salience: when the sentence of the nearest candidate (at token
        // `candidate`) has the same pronoun as its subject ("She told
        // reporter Tom Reyes ..."), the candidate is an object or a
        // listener; the pronoun there names the speaker.
        const auto chained_through = [&](std::size_t candidate, Attribution& out) {
          if (depth >= kMaxPronounChain) return false;
          const SpeakerRef subject = sentence_subject_pronoun(candidate, ref.word);
          if (subject.kind != SpeakerRef::Kind::pronoun) return false;
          Attribution chained = resolve(subject, subject.first, allow_inside_quotes, depth + 1);
          if (!chained.decided) return false;
          out = std::move(chained);
          out.speaker_mention = span_of(ref.first, ref.last);
          return true;
        };
        // Within the sentence of the nearest candidate, its subject: in
        // "Berger attacked Lund. “…,” he said." he is Berger.
        const std::size_t nearest = scan_back_mention(fits);
        // A person the text describes ("the woman", "a retired fisherman")
        // after that name is the antecedent, unless a fitting name in the
        // description's sentence is its subject ("Berger thanked a
        // fisherman").
        std::size_t described_first = kNone;
        const std::size_t described = described_person_before(
            anchor, nearest == kNone ? kNone : mentions[nearest].first_token + mentions[nearest].token_count - 1, want,
            allow_inside_quotes, described_first);
        bool named_subject = false;
        if (described != kNone && nearest != kNone && mentions[nearest].sentence == token_sentence_[described]) {
          for (std::size_t mi = nearest + 1; mi-- > 0 && mentions[mi].sentence == mentions[nearest].sentence;) {
            named_subject = named_subject || subject_like(mentions[mi]);
          }
        }
        if (described != kNone && !named_subject) {
          if (chained_through(described_first, a)) return a;
          const SpeakerRef phrase = SpeakerRef::described_phrase(described_first, described, keys_[described]);
          Attribution as_described = resolve(phrase, described_first, allow_inside_quotes, depth + 1);
          if (as_described.decided) as_described.speaker_mention = span_of(ref.first, ref.last);
          return as_described;
        }
        if (nearest != kNone && chained_through(mentions[nearest].first_token, a)) return a;
        if (nearest != kNone) {
          ei = mentions[nearest].entity;
          const std::size_t sentence = mentions[nearest].sentence;
          for (std::size_t mi = nearest; mi-- > 0 && mentions[mi].sentence == sentence;) {
            if (subject_like(mentions[mi])) ei = mentions[mi].entity;
          }
        }
      } else if (pronoun != nullptr && pronoun->number == lexicon::PronounNumber::plural) {
        // The nearest group or organisation that spoke ("Diplomats said ... They described"),
        // else the nearest group noun or organisation.
        for (std::size_t t = anchor; t-- > 0 && t + 80 > anchor;) {
          if (in_quote_[t]) continue;
          const SpeakerNoun* noun = speaker_noun(t);
          const bool group = noun != nullptr && *noun == SpeakerNoun::group;
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
          const SpeakerNoun* noun = speaker_noun(t);
          if (noun != nullptr && *noun != SpeakerNoun::org) {
            // The pronoun is still where the text names its speaker.
            a.decided = true;
            a.speaker = std::string(doc_.slice(tokens_[t].span));
            a.speaker_mention = span_of(ref.first, ref.last);
            return a;
          }
          const std::size_t mi = token_mention_[t];
          if (mi != kNone && (mentions[mi].type == EntityType::org || mentions[mi].type == EntityType::norp)) {
            ei = mentions[mi].entity;
            break;
          }
        }
      } else if (pronoun != nullptr && pronoun->gender == lexicon::PronounGender::neuter) {
        // Salience: the organisation that is the subject of the pronoun's own
        // sentence ("The Orchard Board sharply criticised Port Ellis's new
        // dam ... what it called"), else the nearest organisation or place.
        if (ref.first < tokens_.size() && ref.first > sentence_begin(ref.first)) {
          const SpeakerRef subject = main_clause_subject(sentence_begin(ref.first), ref.first);
          if (subject.kind == SpeakerRef::Kind::mention && subject.last < ref.first &&
              doc_.mentions()[subject.mention].type == EntityType::org) {
            ei = doc_.mentions()[subject.mention].entity;
          }
        }
        if (ei == kNone) {
          ei = scan_back([](const Mention& m) { return m.type == EntityType::org || m.type == EntityType::gpe; });
        }
      }
      // Nobody it can stand for: no speaker. (A "they" as written was right
      // under half the time on the training split.)
      if (ei == kNone) return a;
      set_entity(ei);
      break;
    }
    case SpeakerRef::Kind::role: {
      // The person whose role contains the noun; else the latest person.
      // A subject "the judge" right after "According to Ruiz," is not Ruiz,
      // even when the entity stage read the two as a name and its apposition.
      std::size_t not_entity = kNone;
      if (ref.first >= 2 && keys_[ref.first - 1] == "," && token_mention_[ref.first - 2] != kNone) {
        const Mention& before = mentions[token_mention_[ref.first - 2]];
        if (before.first_token + before.token_count + 1 == ref.first) not_entity = before.entity;
      }
      std::size_t ei = scan_back([&](const Mention& m) {
        if (m.type != EntityType::person || (not_entity != kNone && m.entity == not_entity)) return false;
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
      // A name that modifies the noun says whose it is: an organisation's is
      // the speaker ("the Harbour Wire news agency": Harbour Wire); a person's
      // or a place's leaves the phrase as written ("the Berger campaign", "the
      // Norwegian government"), never the nearest organisation before it.
      std::size_t modifier = kNone;
      for (std::size_t t = ref.first; t < ref.last && modifier == kNone; ++t) {
        if (token_mention_[t] != kNone && mentions[token_mention_[t]].first_token >= ref.first &&
            mentions[token_mention_[t]].entity != kNone) {
          modifier = token_mention_[t];
        }
      }
      if (modifier != kNone) {
        if (mentions[modifier].type == EntityType::org) {
          set_entity(mentions[modifier].entity);
          break;
        }
        if (!set_as_written(ref)) return a;
        break;
      }
      // The nearest organisation whose name holds the noun ("the authority":
      // Port Ellis Harbour Authority), else the nearest organisation.
      std::size_t ei = scan_back([&](const Mention& m) {
        return m.type == EntityType::org && normalize_token(entities[m.entity].name).find(ref.word) != std::string::npos;
      });
      // A capitalised head is a name of its own the entity stage did not
      // read ("The Fishermen's Union said"), not any organisation before it.
      if (ei == kNone && ref.last < tokens_.size() && tokens_[ref.last].shape != TokenShape::lower) {
        if (!set_as_written(ref)) return a;
        break;
      }
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
      if (!a.speaker.empty() && token_has_role(ref.first, lexicon::CueRole::definite_article))
        a.speaker = std::string(doc_.slice(span_of(ref.first + 1, ref.last)));
      break;
  }
  a.speaker_mention = span_of(ref.first, ref.last);
  return a;
}

Attribution SpeakerResolver::attribute_by_cue(std::size_t cue_first, std::size_t cue_len, std::size_t limit_begin,
                                             std::size_t limit_end, std::size_t anchor) const {
  std::size_t verb = 0;
  cue_at(cue_first, cue_first + cue_len, &verb);
  // A passive ("was openly mocked for ...") names no speaker before it.
  {
    std::size_t p = cue_first;
    while (p > limit_begin && token_has_role(p - 1, lexicon::CueRole::adverb_or_auxiliary) &&
           !token_has_role(p - 1, lexicon::CueRole::passive_auxiliary)) {
      --p;
    }
    if (p > limit_begin && token_has_role(p - 1, lexicon::CueRole::passive_auxiliary) && !is_participle(cue_first)) {
      return {};
    }
  }
  // Subject before the verb, else the speaker after it ("said Varga").
  SpeakerRef ref = speaker_ending_before(cue_first, limit_begin);
  // A relative clause on a name: "Ann Ruiz, who has long said …" is Ruiz's;
  // its speaker mention is the relative pronoun, as a pronoun's is.
  std::size_t relative = kNone;
  if (ref.kind == SpeakerRef::Kind::none) {
    std::size_t p = cue_first;
    while (p > limit_begin && token_has_role(p - 1, lexicon::CueRole::adverb_or_auxiliary)) --p;
    if (p >= limit_begin + 3 && token_has_role(p - 1, lexicon::CueRole::question_word) &&
        is_class(p - 1, FunctionClass::pronoun) && keys_[p - 2] == "," && token_mention_[p - 3] != kNone) {
      const std::size_t mi = token_mention_[p - 3];
      const Mention& m = doc_.mentions()[mi];
      if ((m.type == EntityType::person || m.type == EntityType::org) && m.first_token + m.token_count == p - 2 &&
          m.first_token >= limit_begin) {
        ref.kind = SpeakerRef::Kind::mention;
        ref.mention = mi;
        ref.first = m.first_token;
        ref.last = p - 3;
        relative = p - 1;
      }
    }
  }
  // Only a source shows or finds: "Berger had shown poor taste" is no speech.
  if (!can_report(ref, verb)) return {};
  // "“…,” said X" inverts; a participle does not: in ", saying Berger's
  // remarks are …" Berger is what was said about.
  const bool participle = is_participle(cue_first);
  // Only a cue after a quotation inverts (after this one, or "“…,” said X, “…”"):
  // "Ruiz, a rival of Vogt's, called the plan “…”" names what was called after the verb.
  const bool after_quotation =
      cue_first > anchor || (cue_first > limit_begin && tokens_[cue_first - 1].kind == TokenKind::quote_mark) ||
      (cue_first > limit_begin + 1 && keys_[cue_first - 1] == "," && tokens_[cue_first - 2].kind == TokenKind::quote_mark);
  if (ref.kind == SpeakerRef::Kind::none && after_quotation && cue_first > limit_begin &&
      !verb_list_[verb].object_is_listener &&
      !participle && (keys_[cue_first - 1] == "," || tokens_[cue_first - 1].kind == TokenKind::quote_mark)) {
    ref = speaker_starting_at(cue_first + cue_len, limit_end).first;
  }
  // "Lena Vogt, a rival whom Ruiz fired, said …", "Ruiz welcomed the plan and said …"
  if (ref.kind == SpeakerRef::Kind::none) ref = opening_subject(limit_begin, cue_first);
  Attribution a = resolve(ref, std::min(anchor, ref.kind == SpeakerRef::Kind::none ? anchor : ref.first));
  if (a.decided) a.cue = span_of(cue_first, cue_first + cue_len - 1);
  if (a.decided && relative != kNone && ref.kind == SpeakerRef::Kind::mention) a.speaker_mention = span_of(relative, relative);
  return a;
}

}  // namespace sayso::quotes
