#include "quotes/speaker_phrase.hpp"

#include <algorithm>

namespace sayso::quotes {

bool SpeakerPhrases::can_report(const SpeakerRef& ref, std::size_t verb) const {
  if (verb_list_[verb].verb_class != VerbClass::evidence) return true;
  // Only a source shows or finds: "a new poll shows", "it shows", "Gallup found".
  if (ref.source) return true;
  if (ref.kind == SpeakerRef::Kind::pronoun) return is_neuter_subject(ref.word);
  if (ref.kind == SpeakerRef::Kind::mention) return doc_.mentions()[ref.mention].type == EntityType::org;
  return false;
}

SpeakerRef SpeakerPhrases::acquainted_speaker_before(std::size_t end, std::size_t limit) const {
  constexpr std::size_t kLongestAcquaintance = 12;  // tokens from the acquaintance phrase to the verb
  std::size_t t = end;
  while (t > limit && token_has_role(t - 1, lexicon::CueRole::adverb_or_auxiliary) && token_mention_[t - 1] == kNone) {
    --t;
  }
  // The phrase starts in [reach, t), outside quotation marks, where the key
  // is its word or its first word (acquaintance_tokens_): where none does
  // (most verbs), there is nothing to read.
  const std::size_t reach = std::max(limit + 1, t >= kLongestAcquaintance ? t + 1 - kLongestAcquaintance : 0);
  if (next_acquaintance_token(reach, t) == t) return {};
  for (std::size_t p = t; p-- > limit + 1 && p + kLongestAcquaintance > t;) {
    if (in_quote_[p] || tokens_[p].kind == TokenKind::quote_mark || keys_[p] == "," || is_sentence_punct(keys_[p])) {
      return {};
    }
    const std::size_t length = phrases_.starting_at(keys_, p, t, lexicon::CueRole::acquaintance);
    if (length == 0 || p + length >= t) {
      // A finite verb of speech ends the noun phrase ("her thinking" does not).
      if (cue_at(p, p + 1) && !is_participle(p)) return {};
      continue;
    }
    SpeakerRef ref = speaker_ending_before_simple(p, limit);
    if (ref.kind == SpeakerRef::Kind::none || ref.last + 1 != p) return {};
    if (ref.kind == SpeakerRef::Kind::role) ref.kind = SpeakerRef::Kind::described;
    if (ref.kind != SpeakerRef::Kind::group && ref.kind != SpeakerRef::Kind::described) return {};
    ref.source = false;
    ref.last = t - 1;
    return ref;
  }
  return {};
}

bool SpeakerPhrases::follows_coordinator(std::size_t verb, std::size_t limit) const {
  std::size_t t = verb;
  while (t > limit && token_has_role(t - 1, lexicon::CueRole::adverb_or_auxiliary) && token_mention_[t - 1] == kNone) {
    --t;
  }
  return t > limit && !in_quote_[t - 1] && token_has_role(t - 1, lexicon::CueRole::coordinator);
}

SpeakerRef SpeakerPhrases::speaker_ending_before(std::size_t end, std::size_t limit) const {
  // "people close to the mayor said": the people, not the mayor.
  if (const SpeakerRef acquainted = acquainted_speaker_before(end, limit); acquainted.kind != SpeakerRef::Kind::none) {
    return acquainted;
  }
  SpeakerRef ref = speaker_ending_before_simple(end, limit);
  // "The deputy leader of the harbour board said", "a member of the council
  // said": a role with what it serves is a person; the organisation or group
  // after the preposition only tells whom the person serves. (A document
  // "from" its issuer is left to the issuer: documents.tsv.) So does a role
  // or a name there: "The wife of the senator said", "A spokesman for Ann
  // Ruiz said" are not the senator's or Ruiz's words.
  if (ref.kind == SpeakerRef::Kind::org_noun || ref.kind == SpeakerRef::Kind::group ||
      ref.kind == SpeakerRef::Kind::described || ref.kind == SpeakerRef::Kind::role ||
      ref.kind == SpeakerRef::Kind::mention) {
    const SpeakerRef role = role_with_complement_before(end, limit);
    // Before a role or a name, only a person's noun ("A column in the
    // Harbour Post said" is the paper's).
    const auto person_head = [&] {
      for (std::size_t t = role.first; t <= role.last; ++t) {
        if (keys_[t] == role.word) return is_role_word(t) || person_noun_gender(t) != Gender::unknown;
      }
      return false;
    };
    if (role.kind != SpeakerRef::Kind::none && role.first < ref.first && role.last >= ref.last &&
        lexicon_.document_nouns.count(role.word) == 0 &&
        ((ref.kind != SpeakerRef::Kind::role && ref.kind != SpeakerRef::Kind::mention) || person_head())) {
      return role;
    }
  }
  if (ref.kind != SpeakerRef::Kind::none && ref.kind != SpeakerRef::Kind::described) return ref;
  // A group or a name followed by a prepositional phrase: "Experts on North
  // Korea said", "Economists at the University of Port Ellis estimated".
  // A longer one only after a group that opens the sentence or follows a
  // comma ("Organizers of the march against the new harbour levy said"):
  // elsewhere a group far before the verb is mostly an object.
  constexpr std::size_t kNearGroup = 9, kFarGroup = 14;
  // Not before a verb coordinated with an earlier one ("greeted voters at
  // the dock and said"): the group there is the earlier verb's object.
  const bool coordinated_verb = follows_coordinator(end, limit);
  for (std::size_t p = end; !coordinated_verb && p-- > limit && p + kFarGroup > end;) {
    if (in_quote_[p] || is_sentence_punct(keys_[p]) || keys_[p] == "," || cue_at(p, p + 1)) break;
    if (p + 1 >= end) continue;
    // "The skippers — residents of the island — said": a group right after
    // a dash that another dash closes before the verb heads an aside about
    // the subject before it ("… - Residents of the island said": a dash
    // that closes an earlier aside opens the subject).
    if (p > limit && is_dash_or_hyphen(keys_[p - 1]) && !in_quote_[p - 1]) {
      bool closed = false;
      for (std::size_t k = p + 1; k < end && !closed; ++k) closed = !in_quote_[k] && is_dash_or_hyphen(keys_[k]);
      if (closed) break;
    }
    if (!token_has_role(p + 1, lexicon::CueRole::group_preposition)) {
      continue;
    }
    const SpeakerNoun* noun = speaker_noun(p);
    if (noun != nullptr && *noun != SpeakerNoun::org) {
      if (p + kNearGroup <= end &&
          (*noun == SpeakerNoun::source || !(p == limit || p == after_dateline(limit, end) || keys_[p - 1] == ","))) {
        break;
      }
      SpeakerRef group;
      group.kind = SpeakerRef::Kind::group;
      group.first = group.last = p;
      group.word = keys_[p];
      group.source = *noun == SpeakerNoun::source;
      return group;
    }
  }
  if (ref.kind == SpeakerRef::Kind::none) return role_with_complement_before(end, limit);
  return ref;
}

std::size_t SpeakerPhrases::share_number_before(std::size_t end, std::size_t limit) const {
  const std::size_t unit = end > limit ? phrases_.ending_before(keys_, end, lexicon::CueRole::share_unit) : 0;
  if (unit == 0 || end < limit + unit + 1) return kNone;
  const std::size_t number = end - unit - 1;
  if (in_quote_[number] || in_quote_[end - 1]) return kNone;
  if (tokens_[number].kind == TokenKind::number) return number;
  if (tokens_[number].kind != TokenKind::word) return kNone;
  // "six", "Twenty-four": number words, alone or two joined by a hyphen.
  const std::string_view k = keys_[number];
  if (token_has_role(number, lexicon::CueRole::number_word)) return number;
  const std::size_t hyphen = k.find('-');
  if (hyphen != std::string_view::npos && is_role(k.substr(0, hyphen), lexicon::CueRole::number_word) &&
      is_role(k.substr(hyphen + 1), lexicon::CueRole::number_word)) {
    return number;
  }
  return kNone;
}

bool SpeakerPhrases::is_base_form_before_plural(std::size_t c) const {
  std::size_t verb = 0;
  const std::size_t length = cue_at(c, c + 3, &verb);
  const std::size_t after = c + length;
  return length == 1 && verb_list_[verb].lemma == keys_[c] && after < tokens_.size() && !in_quote_[after] &&
         tokens_[after].kind == TokenKind::word && tokens_[after].shape == TokenShape::lower && !function_class(after) &&
         has_plural_ending(keys_[after]);
}

SpeakerRef SpeakerPhrases::headline_subject(std::size_t last, std::size_t end, std::size_t limit) const {
  constexpr std::size_t kMostModifiers = 2;  // "former rival", "senior party official"
  if (end != last + 1 || end >= tokens_.size() || in_quote_[last] || token_mention_[last] != kNone ||
      tokens_[last].kind != TokenKind::word || function_class(last)) {
    return {};
  }
  // A Title Case headline capitalises its noun and its verb alike
  // ("Harbour Pilot Says Ferries Will Run").
  const bool title_case =
      tokens_[end].shape == TokenShape::capitalized && tokens_[last].shape == TokenShape::capitalized;
  if (tokens_[last].shape != TokenShape::lower && !title_case) return {};
  const std::string_view head = keys_[last];
  // (groups, organisations and sources are in speaker_nouns.tsv's other kinds)
  const bool person = speaker_noun(last) == nullptr && (token_is_described_head(last) || is_role_word(last));
  if (!person || has_plural_ending(head)) return {};
  // A present "-s" form right after it: "engineer says", not "engineer said".
  std::size_t verb = 0;
  if (!cue_at(end, end + 1, &verb) || keys_[end] == verb_list_[verb].lemma || keys_[end].back() != 's') return {};
  std::size_t first = last;
  bool named = false;  // a name modifies the noun in sentence case
  while (first > limit && first + kMostModifiers > last) {
    const std::size_t p = first - 1;
    // (the sentence's first word is capitalised: "Senior engineer says")
    const bool lower = tokens_[p].shape == TokenShape::lower ||
                       ((p == limit || title_case) && tokens_[p].shape == TokenShape::capitalized);
    // (a name may modify the noun in a headline: "Medina Aide Says …",
    // "Oslo harbour chief says …", "Danish envoy warns …")
    const bool name = token_mention_[p] != kNone;
    if (name && !title_case && !in_quote_[p] && tokens_[p].shape != TokenShape::lower) {
      first = p;
      named = true;
      continue;
    }
    if (in_quote_[p] || tokens_[p].kind != TokenKind::word || !lower || (name && !title_case) || function_class(p) ||
        cue_at(p, p + 1) || token_has_role(p, lexicon::CueRole::adverb_or_auxiliary)) {
      break;
    }
    first = p;
  }
  // It opens its clause: the sentence's start, a comma or a quotation mark before it.
  if (first > limit && keys_[first - 1] != "," && tokens_[first - 1].kind != TokenKind::quote_mark) return {};
  // With a name before it, only a verb that reports a clause: neither the
  // object of a stance ("Oslo envoy praises the levy") nor a plan or wish
  // "to" do something ("Oslo camp plans to …").
  if (named && (verb_list_[verb].object_is_stance ||
                (end + 1 < tokens_.size() && token_has_role(end + 1, lexicon::CueRole::infinitive_marker)))) {
    return {};
  }
  SpeakerRef ref;
  ref.kind = SpeakerRef::Kind::described;
  ref.first = first;
  ref.last = last;
  ref.word = head;
  return ref;
}

std::size_t SpeakerPhrases::aside_dash_opening(std::size_t t, std::size_t limit) const {
  // A dash, or a hyphen standing alone as one.
  const auto dash = [&](std::size_t k) { return !in_quote_[k] && is_dash_or_hyphen(keys_[k]); };
  // An aside with no verb of speech; a relative clause describes the
  // subject before it even with one ("Ruiz — who said last year that the
  // pier would hold — now argues …").
  constexpr std::size_t kLongestAside = 32;  // tokens between the dashes
  // (t >= limit + 3 and dash(t - 1): aside_dash_before asked)
  bool speech = false;
  for (std::size_t open = t - 2; open > limit && open + kLongestAside + 1 > t; --open) {
    if (dash(open)) {
      if (open + 2 >= t) return t;
      const bool relative = token_has_role(open + 1, lexicon::CueRole::relative_opener);
      return relative || !speech ? open : t;
    }
    if (in_quote_[open] || is_sentence_punct(keys_[open])) return t;
    if (cue_at(open, open + 1)) speech = true;
  }
  return t;
}

std::size_t SpeakerPhrases::purpose_lead_in_before(std::size_t to, std::size_t limit) const {
  constexpr std::size_t kLongestPurpose = 8;  // tokens between the verb and "to"
  if (to >= tokens_.size() || to < limit + 3) return to;
  // "went on to say" is a lead-in (speaker_ending_before_simple reads it).
  if (phrases_.ending_before(keys_, to, lexicon::CueRole::lead_in) != 0) return to;
  for (std::size_t k = to - 1; k > limit && k + kLongestPurpose + 1 > to; --k) {
    if (in_quote_[k] || tokens_[k].kind == TokenKind::quote_mark || keys_[k] == "," || is_sentence_punct(keys_[k])) {
      return to;
    }
    if (tokens_[k].shape == TokenShape::lower && token_has_role(k, lexicon::CueRole::purpose_lead_in)) {
      return k + 1 < to ? k : to;
    }
    if (cue_at(k, k + 1)) return to;
    // "Ruiz met the skippers who came to argue", "Ruiz sat down while the
    // crews rose to argue": a clause of its own, with a subject of its own,
    // before "to" (a subordinator that also opens an adjunct, "after the
    // vote", is no stop).
    if (token_has_role(k, lexicon::CueRole::relative_opener) || token_has_role(k, lexicon::CueRole::complementizer) ||
        token_has_role(k, lexicon::CueRole::question_word) ||
        (is_class(k, FunctionClass::subordinator) && !token_has_role(k, lexicon::CueRole::adjunct_opener))) {
      return to;
    }
  }
  return to;
}

std::size_t SpeakerPhrases::copula_before(std::size_t k, std::size_t limit) const {
  constexpr std::size_t kLongestDegree = 3;  // adverbs between "be" and its predicate
  for (std::size_t j = k; j > limit && j + kLongestDegree >= k; --j) {
    const std::size_t p = j - 1;
    if (in_quote_[p] || (tokens_[p].kind != TokenKind::word && tokens_[p].kind != TokenKind::clitic)) return kNone;
    if (token_has_role(p, lexicon::CueRole::passive_auxiliary)) return p > limit ? p : kNone;
    // "more likely", "slightly more inclined": a degree word; no negation.
    if (token_has_role(p, lexicon::CueRole::negation) ||
        !(token_has_role(p, lexicon::CueRole::adverb_or_auxiliary) || is_class(p, FunctionClass::adverb) ||
          is_class(p, FunctionClass::quantifier))) {
      return kNone;
    }
  }
  return kNone;
}

std::size_t SpeakerPhrases::lead_in_start(std::size_t end, std::size_t limit) const {
  if (end < limit + 2 || end > tokens_.size() || !token_has_role(end - 1, lexicon::CueRole::infinitive_marker)) {
    return end;
  }
  const std::size_t to = end - 1;
  // "She went on to say", "Berger continued to insist".
  if (const std::size_t n = phrases_.ending_before(keys_, to, lexicon::CueRole::lead_in); n != 0 && to - n >= limit) {
    return to - n;
  }
  // "Ruiz is likely to argue", "the crews are much more likely to argue": the subject of "be".
  if (const std::size_t n = phrases_.ending_before(keys_, to, lexicon::CueRole::copular_lead_in);
      n != 0 && to - n > limit) {
    if (const std::size_t be = copula_before(to - n, limit); be != kNone) return be;
  }
  // "Vogt was the first skipper in the guild to endorse Ruiz": an
  // `ordinal_lead_in` after "the" and a short noun phrase (no comma,
  // quotation, participle or verb of speech) before "to"; the subject of
  // "be" before it speaks ("one of the first …" is not read).
  constexpr std::size_t kLongestNoun = 6;  // tokens between the ordinal and "to"
  for (std::size_t k = to - 1; k > limit + 2 && k + kLongestNoun + 1 >= to; --k) {
    if (in_quote_[k] || tokens_[k].kind != TokenKind::word || cue_at(k, k + 1) || is_participle(k)) break;
    if (tokens_[k].shape != TokenShape::lower || !token_has_role(k, lexicon::CueRole::ordinal_lead_in) ||
        !token_has_role(k - 1, lexicon::CueRole::definite_article) || in_quote_[k - 1]) {
      continue;
    }
    if (const std::size_t be = copula_before(k - 1, limit); be != kNone) return be;
    break;
  }
  // A headline's future: "Mayor Ruiz to call for a levy", "Dockers' Union to
  // endorse Ruiz". The name that opens the headline, right before "to", is
  // the subject; up to three capitalised words may stand before it ("Rep.",
  // "Union Rival"). Not a name after "to" ("Ruiz to Harbour Board: …"): a
  // capitalised verb only in a headline in Title Case ("Ruiz To Call For …"),
  // and only a verb of speech in its base form, as after "to" ("Ruiz To
  // Planned Harbours: …" is a label's addressee, "Planned" no infinitive).
  const auto base_form_after_to = [&] {
    std::size_t verb = 0;
    return cue_at(end, tokens_.size(), &verb) != 0 && keys_[end] == verb_list_[verb].lemma;
  };
  if (const std::size_t mi = token_mention_[to - 1];
      mi != kNone && is_speaker_mention(mi) && !in_quote_[to - 1] && in_headline(to) &&
      end < tokens_.size() && token_mention_[end] == kNone &&
      (tokens_[end].shape == TokenShape::lower || (tokens_[to].shape != TokenShape::lower && base_form_after_to())) &&
      doc_.mentions()[mi].first_token + doc_.mentions()[mi].token_count == to) {
    constexpr std::size_t kLongestTitle = 3;
    const std::size_t opens = sentence_begin(to);
    const std::size_t first = doc_.mentions()[mi].first_token;
    if (first >= opens && first <= opens + kLongestTitle && first >= limit) {
      bool titles = true;
      for (std::size_t k = opens; k < first; ++k) {
        titles = titles && tokens_[k].kind == TokenKind::word && tokens_[k].shape != TokenShape::lower &&
                 !in_quote_[k] && !function_class(k) && !cue_at(k, k + 1);
      }
      if (titles) return to;
    }
  }
  return end;
}

SpeakerRef SpeakerPhrases::speaker_ending_before_simple(std::size_t end, std::size_t limit) const {
  SpeakerRef ref;
  // Skip adverbs and auxiliaries between subject and verb ("officials here
  // said"), and a short parenthesis ("Sen. Lena Vogt (D-Ore.) said").
  std::size_t t = end;
  // "She went on to say", "Berger continued to insist": the subject is before the lead-in.
  // The verb after "to" is then an infinitive, never a passive participle.
  bool across_lead_in = false;
  bool floated = false;  // a floating quantifier was skipped ("Ruiz and Vogt both said")
  if (t >= limit + 2 && token_has_role(t - 1, lexicon::CueRole::infinitive_marker)) {
    if (const std::size_t start = lead_in_start(t, limit); start != t) {
      t = start;
      across_lead_in = true;
    }
    // "Ruiz went on the radio to argue": the subject is before the purpose's verb.
    else if (const std::size_t verb = purpose_lead_in_before(t - 1, limit); verb != t - 1) t = verb;
  }
  const auto is_adverb = [&](std::size_t k) {
    return token_has_role(k, lexicon::CueRole::adverb_or_auxiliary) ||
           (is_class(k, FunctionClass::adverb) && !token_has_role(k, lexicon::CueRole::negation));
  };
  // "Ruiz was asked", "the plan is said to": a passive verb of speech has no speaker before it.
  const bool passive_cue = !across_lead_in && end < tokens_.size() && !is_participle(end) && cue_at(end, end + 3) != 0;
  for (bool moved = true; moved && t > limit;) {
    moved = false;
    while (t > limit && is_adverb(t - 1) && token_mention_[t - 1] == kNone) {
      if (passive_cue && token_has_role(t - 1, lexicon::CueRole::passive_auxiliary)) return ref;
      --t;
      moved = true;
    }
    // A quantifier floating after its subject or an auxiliary: "Ruiz and
    // Vogt both argued", "the skippers have all said" (floating_quantifier).
    // Not one that opens its clause ("Both said", "and both vowed": the
    // whole subject), nor one after a verb ("said all agreed").
    if (t > limit + 1 && token_has_role(t - 1, lexicon::CueRole::floating_quantifier) && !in_quote_[t - 1] &&
        tokens_[t - 1].shape == TokenShape::lower) {
      const std::size_t p = t - 2;
      const bool after_subject = token_mention_[p] != kNone || keys_[p] == ")" ||
                                 tokens_[p].kind == TokenKind::clitic ||
                                 (tokens_[p].kind == TokenKind::word && !cue_at(p, p + 1) &&
                                  (!function_class(p) || is_class(p, FunctionClass::auxiliary)));
      if (after_subject && !in_quote_[p]) {
        --t;
        moved = true;
        floated = true;
      }
    }
    // An emphatic reflexive belongs to the subject before it: "Ruiz herself said".
    if (t > limit + 1 && is_pronoun(keys_[t - 1], lexicon::PronounCase::reflexive) && !in_quote_[t - 1]) {
      --t;
      moved = true;
    }
    // A time between subject and verb: "Ruiz on Tuesday said", "A column
    // in the review on Thursday said".
    if (const std::size_t time = time_phrase_before(t, limit); time != t && time > limit) {
      t = time;
      moved = true;
    }
    // ... and one with no date in it: "Ruiz last week said", "a harbour
    // poll this month shows" (relative_time of cue_phrases.tsv).
    if (const std::size_t n = phrases_.ending_before(keys_, t, lexicon::CueRole::relative_time);
        n != 0 && t > limit + n && !in_quote_[t - 1]) {
      t -= n;
      moved = true;
    }
    // A document between subject and verb: "Ruiz in a statement said", "the
    // board on its website warned" (the subject is before it).
    if (const std::size_t document = document_phrase_before(t, limit); document != t && document > limit) {
      t = document;
      moved = true;
    }
    if (t > limit + 1 && keys_[t - 1] == ")" && !in_quote_[t - 1]) {
      std::size_t open = t - 1;
      while (open > limit && open + 8 > t && keys_[open] != "(") --open;
      if (keys_[open] == "(" && open > limit) {
        t = open;
        moved = true;
      }
    }
    // An aside between two dashes: "Ruiz — a baker from the harbour —
    // said", "The three pilots - Ruiz, Vogt and Holm - agreed". Not one
    // that holds a verb of speech or a quotation of its own.
    if (const std::size_t open = aside_dash_before(t, limit); open != t) {
      t = open;
      moved = true;
    }
  }
  if (t <= limit) return ref;
  std::size_t last = t - 1;
  // A time between commas after an apposition: "Ruiz, who grew up in Dover,
  // Delaware, in May 2012, said" (the apposition is before it).
  if (keys_[last] == "," && last > limit + 2 && !in_quote_[last]) {
    std::size_t time = time_phrase_before(last, limit);
    if (time != last && time > limit + 2 && is_class(time - 1, FunctionClass::preposition)) --time;  // "in May 2012"
    if (time != last && time > limit + 1 && keys_[time - 1] == "," && !in_quote_[time - 1]) last = time - 1;
  }
  // An apposition between subject and verb: "Ilse Varga, the Harbour Office
  // spokeswoman, said"; or a name in apposition: "a third, Peter Okafor, said".
  if (keys_[last] == "," && last > limit) {
    // Before a finite verb, a long apposition or relative clause is read
    // too ("Ines Vos, a potter and teacher at the oldest studio on the
    // island's north coast, said"), when no quotation or sentence's end
    // stands in it; before a participle ("…, citing") only a short one.
    constexpr std::size_t kShortApposition = 12, kLongApposition = 24;
    const bool finite_verb = end < tokens_.size() && !is_participle(end);
    const std::size_t longest = finite_verb ? kLongApposition : kShortApposition;
    std::size_t k = last;
    std::size_t steps = 0;
    while (k > limit && steps < longest) {
      --k;
      ++steps;
      if (keys_[k] == ",") break;
      if (steps > kShortApposition &&
          (in_quote_[k] || tokens_[k].kind == TokenKind::quote_mark || is_sentence_punct(keys_[k]))) {
        break;
      }
    }
    // "Ruiz, at a forum in Columbus, Ohio, said": "Ohio"
    // qualifies the place before it; the subject is before the adjunct.
    const auto is_place_qualifier = [&](std::size_t comma, std::size_t until) {
      const std::size_t q = comma + 1 < until ? token_mention_[comma + 1] : kNone;
      return q != kNone && doc_.mentions()[q].type == EntityType::gpe && doc_.mentions()[q].first_token == comma + 1 &&
             comma + 1 + doc_.mentions()[q].token_count == until && comma > limit && token_mention_[comma - 1] != kNone &&
             doc_.mentions()[token_mention_[comma - 1]].type == EntityType::gpe;
    };
    if (k > limit && keys_[k] == "," && is_place_qualifier(k, last)) {
      std::size_t earlier = k;
      for (std::size_t more = 0; earlier > limit && more < 16; ++more) {
        --earlier;
        if (keys_[earlier] == "," || in_quote_[earlier] || is_sentence_punct(keys_[earlier])) break;
      }
      // (a relative clause too: "Ruiz, who grew up in Dover, Delaware, said")
      const bool adjunct = earlier + 1 < k && (is_class(earlier + 1, FunctionClass::preposition) ||
                                               is_class(earlier + 1, FunctionClass::subordinator) ||
                                               (tokens_[earlier + 1].shape == TokenShape::lower &&
                                                token_has_role(earlier + 1, lexicon::CueRole::relative_opener)));
      if (earlier > limit && keys_[earlier] == "," && adjunct && token_mention_[earlier - 1] != kNone &&
          is_speaker_mention(token_mention_[earlier - 1]) &&
          doc_.mentions()[token_mention_[earlier - 1]].type != EntityType::gpe) {
        k = earlier;
      }
    }
    // "State Sen. Ines Vos (R), a guild supporter, said": the name before
    // its short parenthesis.
    std::size_t owner_end = k;  // the token after the subject, before the apposition's comma
    if (k > limit + 1 && keys_[k] == "," && keys_[k - 1] == ")" && !in_quote_[k - 1]) {
      std::size_t open = k - 1;
      while (open > limit && open + 8 > k && keys_[open] != "(") --open;
      if (keys_[open] == "(" && open > limit) owner_end = open;
    }
    // Only a person owns a long one: "Ruiz, whose town, Galway, is …" is
    // no apposition of Galway's.
    std::size_t owner = owner_end > limit ? token_mention_[owner_end - 1] : kNone;
    // A name after a preposition is its object, not the subject: in "Ruiz,
    // facing a challenge in Maine, a quiet state, said" the apposition is
    // Maine's, and the subject is the person before the comma that opens
    // the adjunct, else nobody.
    // An organisation or place after "of" or "at" is its own speaker
    // ("Lee Ames of the Harbour Post, a weekly, said" leaves the person to
    // the affiliation), but not inside an apposition or relative clause of a
    // person's set off by a comma: "Ruiz, director of the Harbour Guild, a
    // union of dockers, said" is Ruiz's.
    std::size_t affiliation = kNone;  // the first token of such an object, before its article
    if (owner != kNone && doc_.mentions()[owner].type != EntityType::person) {
      std::size_t a = doc_.mentions()[owner].first_token;
      if (a > limit && token_has_role(a - 1, lexicon::CueRole::definite_article)) --a;
      if (a > limit && token_has_role(a - 1, lexicon::CueRole::affiliation_preposition)) affiliation = a - 1;
    }
    bool object_of_preposition =
        owner != kNone && doc_.mentions()[owner].first_token > limit &&
        (affiliation != kNone ||
         (is_class(doc_.mentions()[owner].first_token - 1, FunctionClass::preposition) &&
          !token_has_role(doc_.mentions()[owner].first_token - 1, lexicon::CueRole::affiliation_preposition)));
    const bool affiliated = affiliation != kNone;
    if (object_of_preposition) {
      std::size_t earlier = doc_.mentions()[owner].first_token;
      for (std::size_t more = 0; earlier > limit && more < 16; ++more) {
        --earlier;
        if (keys_[earlier] == "," || in_quote_[earlier] || is_sentence_punct(keys_[earlier])) break;
      }
      const std::size_t person = earlier > limit && keys_[earlier] == "," ? token_mention_[earlier - 1] : kNone;
      // The word before the person's name, over an abbreviated title ("Mr.").
      std::size_t before_person = person != kNone ? doc_.mentions()[person].first_token : limit;
      while (before_person > limit && is_abbreviated_title(before_person - 1)) --before_person;
      // (for "of" and "at", a person who is no preposition's object: "Apart
      // from Ruiz, the head of the Harbour Guild, a union, said")
      if (person != kNone && doc_.mentions()[person].type == EntityType::person && is_speaker_mention(person) &&
          doc_.mentions()[person].first_token >= limit &&
          !(affiliated && before_person > limit && is_class(before_person - 1, FunctionClass::preposition))) {
        k = earlier;
        owner_end = earlier;
        owner = person;
        object_of_preposition = false;
      } else if (affiliated) {
        object_of_preposition = false;  // no person before: the organisation's own apposition
      }
    }
    const bool owner_fits = owner != kNone && is_speaker_mention(owner) && !object_of_preposition &&
                            (steps <= kShortApposition || doc_.mentions()[owner].type == EntityType::person);
    const std::size_t named = k + 1 < last ? token_mention_[k + 1] : kNone;
    // "one early backer, harbour pilot Tom Vogt, said": a person's name
    // that ends the apposition after titles and modifiers only (no
    // function word, "a spokesman for Tom Vogt" names whom he speaks for;
    // no participle, "including Tom Vogt" names one of a group).
    const std::size_t titled = k + 1 < last ? token_mention_[last - 1] : kNone;
    const auto only_modifiers_before = [&](std::size_t first_of_name) {
      for (std::size_t p = k + 1; p < first_of_name; ++p) {
        if (tokens_[p].kind != TokenKind::word || in_quote_[p] || function_class(p) || cue_at(p, p + 1) ||
            is_participle(p)) {
          return false;  // "most skippers, including Tom Vogt, said": a member, not the speaker
        }
      }
      return true;
    };
    if (k > limit && keys_[k] == "," && named != kNone && doc_.mentions()[named].type == EntityType::person &&
        doc_.mentions()[named].first_token == k + 1 &&
        doc_.mentions()[named].first_token + doc_.mentions()[named].token_count == last) {
      last = last - 1;
    } else if (k > limit && keys_[k] == "," && owner_fits) {
      last = owner_end - 1;
    } else if (k > limit && keys_[k] == "," && titled != kNone && doc_.mentions()[titled].type == EntityType::person &&
               doc_.mentions()[titled].first_token > k + 1 &&
               doc_.mentions()[titled].first_token + doc_.mentions()[titled].token_count == last &&
               only_modifiers_before(doc_.mentions()[titled].first_token)) {
      last = last - 1;
    } else if (k > limit && keys_[k] == "," && steps <= kShortApposition) {
      // "Two harbour pilots, Ruiz and Vogt, said": a speaker phrase that
      // is no name owns a short apposition too.
      // Not an attribution set off by commas ("His sister, he says, plans
      // …"): no verb of speech or subject pronoun in the apposition.
      for (std::size_t p = k + 1; p < last; ++p) {
        if (cue_at(p, p + 1) || is_subject_pronoun(keys_[p])) return ref;
      }
      const SpeakerRef owner_phrase = speaker_ending_before_simple(owner_end, limit);
      if (owner_phrase.kind != SpeakerRef::Kind::none && owner_phrase.kind != SpeakerRef::Kind::mention &&
          owner_phrase.last + 1 == owner_end) {
        return owner_phrase;
      }
      if (owner_phrase.kind == SpeakerRef::Kind::none) return plural_with_named_members(k, last, limit);
      return ref;
    } else {
      return ref;
    }
  }
  if (in_quote_[last]) return ref;
  const std::size_t mi = token_mention_[last];
  if (mi != kNone) {
    const Mention& m = doc_.mentions()[mi];
    if (is_speaker_mention(mi) && m.first_token + m.token_count - 1 == last) {
      // "Aides to Ruiz and Vogt all agree", "Aides to Ruiz all agree": the
      // names a floating quantifier follows are a preposition's objects,
      // not the subject it stands for.
      if (floated) {
        std::size_t q = m.first_token;
        if (q > limit + 1 && token_has_role(q - 1, lexicon::CueRole::coordinator)) {
          q -= 2;
          if (token_mention_[q] != kNone) q = doc_.mentions()[token_mention_[q]].first_token;
        }
        if (q > limit && is_class(q - 1, FunctionClass::preposition)) return ref;
      }
      ref.kind = SpeakerRef::Kind::mention;
      ref.mention = mi;
      ref.first = m.first_token;
      ref.last = last;
      // "A reporter for the Harbour Post said": the person described, not the
      // organisation after the preposition.
      if (m.type != EntityType::person) {
        std::size_t p = m.first_token;
        if (p > limit && token_has_role(p - 1, lexicon::CueRole::definite_article)) --p;
        // "Sen. Ann Ruiz of Maine said", "Lee Ames of the Harbour Post asked":
        // the person named before the preposition, whose place or employer it is.
        if (p > limit + 1 && token_has_role(p - 1, lexicon::CueRole::affiliation_preposition)) {
          const std::size_t before = token_mention_[p - 2];
          if (before != kNone && doc_.mentions()[before].type == EntityType::person &&
              doc_.mentions()[before].first_token + doc_.mentions()[before].token_count == p - 1 &&
              is_speaker_mention(before)) {
            ref.mention = before;
            ref.first = doc_.mentions()[before].first_token;
            ref.last = p - 2;
            return ref;
          }
        }
        if (p > limit + 1 && token_has_role(p - 1, lexicon::CueRole::affiliation_preposition)) {
          const std::size_t head = p - 2;
          std::size_t det = head;
          while (det > limit && det + 3 > head && tokens_[det - 1].kind == TokenKind::word &&
                 tokens_[det - 1].shape == TokenShape::lower && !function_class(det - 1)) {
            --det;  // modifiers: "a senior reporter"
          }
          const bool opened = det > limit && (is_class(det - 1, FunctionClass::determiner) ||
                                              is_class(det - 1, FunctionClass::quantifier));
          if (opened && tokens_[head].shape == TokenShape::lower && token_mention_[head] == kNone &&
              speaker_noun(head) == nullptr && (token_is_described_head(head) || is_role_word(head))) {
            ref.kind = SpeakerRef::Kind::described;
            ref.mention = kNone;
            ref.first = det - 1;
            ref.word = keys_[head];
          }
        }
      }
    }
    return ref;
  }
  const std::string_view k = keys_[last];
  // "he", "she", "they". Not the writer's "I" or "we": in reported speech
  // they are mostly the writer's own opinion ("I think that …"), which is no
  // quotation (measured on the training split: under half right).
  if (is_third_person_subject(k)) {
    ref.kind = SpeakerRef::Kind::pronoun;
    ref.first = ref.last = last;
    ref.word = k;
    return ref;
  }
  // "Many said", "others argue", "one added": a word standing alone for some
  // of a group (lone_speaker), at the start of its clause; reported as written.
  // So is a given name the entity stage left alone ("Bob said").
  const bool opens_clause = last == limit || is_sentence_punct(keys_[last - 1]) || keys_[last - 1] == "," ||
                            tokens_[last - 1].kind == TokenKind::quote_mark ||
                            is_class(last - 1, FunctionClass::conjunction);
  const auto is_given_name = [&](std::size_t word) {
    if (tokens_[word].shape != TokenShape::capitalized || token_mention_[word] != kNone) return false;
    std::vector<lexicon::PhraseTrie::Match> matches;
    gazetteers_.trie().match_all(keys_, word, word + 1, matches);
    for (const auto& m : matches) {
      for (const auto v : m.values) {
        if (lexicon::kind_of(v) == lexicon::GazetteerKind::given_name) return true;
      }
    }
    return false;
  };
  // A quantifier standing alone is the subject only when nothing but
  // auxiliaries stands between it and the verb ("most recently said" is an
  // adverb), and a base form followed by a plural is a noun compound ("most
  // state laws", "some claim forms"), not its verb.
  const auto lone_subject = [&]() {
    if (!token_has_role(last, lexicon::CueRole::lone_speaker) &&
        !token_has_role(last, lexicon::CueRole::standalone_speaker)) {
      return false;
    }
    for (std::size_t b = last + 1; b < end; ++b) {
      if (!is_class(b, FunctionClass::auxiliary) && tokens_[b].kind != TokenKind::clitic) return false;
    }
    return !is_base_form_before_plural(end);
  };
  if (tokens_[last].kind == TokenKind::word && opens_clause && (lone_subject() || is_given_name(last))) {
    ref.kind = SpeakerRef::Kind::described;
    ref.first = ref.last = last;
    ref.word = k;
    return ref;
  }
  // "those surveyed said": a phrase of several words that stands for a
  // group (lone_speaker), at the start of its clause and right before the
  // verb or its auxiliaries.
  if (tokens_[last].kind == TokenKind::word && !in_quote_[last]) {
    const std::size_t n = phrases_.ending_before(keys_, last + 1, lexicon::CueRole::lone_speaker);
    if (n > 1 && last + 1 >= limit + n) {
      const std::size_t first = last + 1 - n;
      bool verb_next = true;
      for (std::size_t b = last + 1; b < end; ++b) {
        verb_next = verb_next && (is_class(b, FunctionClass::auxiliary) || tokens_[b].kind == TokenKind::clitic);
      }
      const bool opens = first == limit || is_sentence_punct(keys_[first - 1]) || keys_[first - 1] == "," ||
                         tokens_[first - 1].kind == TokenKind::quote_mark ||
                         is_class(first - 1, FunctionClass::conjunction);
      if (opens && verb_next && !in_quote_[first]) {
        ref.kind = SpeakerRef::Kind::described;
        ref.first = first;
        ref.last = last;
        ref.word = k;
        return ref;
      }
    }
  }
  if (last > limit && names_org_by_head(last)) {
    ref.kind = SpeakerRef::Kind::org_noun;
    ref.first = last - 1;
    ref.last = last;
    ref.word = k;
    return ref;
  }
  const SpeakerNoun* noun = speaker_noun(last);
  // A Title Case headline capitalises the noun a name owns and the verb
  // alike: "Ann Ruiz's Son Says …", "Berger's Aide Tells …".
  const bool owned_in_title_case = last >= limit + 2 && keys_[last - 1] == "'s" && token_mention_[last - 2] != kNone &&
                                   token_mention_[last] == kNone && tokens_[last].shape == TokenShape::capitalized &&
                                   end < tokens_.size() && tokens_[end].shape == TokenShape::capitalized &&
                                   in_headline(end) && cue_at(end, end + 1);
  const bool lower_head = tokens_[last].shape == TokenShape::lower || owned_in_title_case;
  const bool role = noun == nullptr && is_role_word(last) && lower_head;
  if (last >= limit + 2 && tokens_[last].kind == TokenKind::word && lower_head &&
      keys_[last - 1] == "'s" && token_mention_[last - 2] != kNone &&
      (noun == nullptr || *noun == SpeakerNoun::org) && token_is_described_head(last)) {
    // "Ruiz's team says", "Berger's campaign said": the phrase itself.
    const Mention& owner = doc_.mentions()[token_mention_[last - 2]];
    ref.kind = SpeakerRef::Kind::described;
    ref.first = owner.first_token;
    ref.last = last;
    ref.word = k;
    return ref;
  }
  if (noun == nullptr && !role && tokens_[last].kind == TokenKind::word && tokens_[last].shape == TokenShape::lower &&
      token_is_described_head(last)) {
    // A described speaker: "the announcer said", "a witness told" — the phrase itself,
    // its determiner over at most three modifiers ("the reclusive retired shipping magnate").
    for (std::size_t p = last; p-- > limit && p + 5 > last;) {
      const std::string_view pk = keys_[p];
      if (in_quote_[p]) break;
      if (tokens_[p].kind == TokenKind::clitic && keys_[p] == "'s") continue;  // "the ad's narrator"
      if (tokens_[p].kind != TokenKind::word) break;
      // "the announcer", "his colleague", "one former aide": a determiner opens the phrase.
      if (is_article(pk) || is_possessive_pronoun(pk) || is_role(pk, lexicon::CueRole::lone_speaker)) {
        if (p + 1 > last) break;
        // "an emotional appeal": a base-form cue after a singular noun phrase is a noun itself.
        std::size_t verb = 0;
        if (cue_at(end, end + 3, &verb) && verb_list_[verb].lemma == keys_[end] && !has_plural_ending(k)) break;
        ref.kind = SpeakerRef::Kind::described;
        ref.first = determiner_start(p, limit);  // "a few witnesses"
        ref.last = last;
        ref.word = k;
        return ref;
      }
      // "the use of executive": the head is before "of", so no described speaker.
      if (token_has_role(p, lexicon::CueRole::adverb_or_auxiliary) || cue_at(p, p + 1) ||
          token_has_role(p, lexicon::CueRole::phrase_breaker)) {
        break;
      }
    }
  }
  if (noun != nullptr || role) {
    // The phrase reaches back over its modifiers: "the aid group", "U.S. officials".
    std::size_t first = last;
    bool owned = false;  // "Tom Berger's campaign manager"
    // (for a relative pronoun before the phrase: adverbs only between the
    // head and the verb, and an auxiliary right after the verb, the gap's)
    bool function_word_passed = false;
    bool verb_follows_head = end + 1 < tokens_.size() && is_class(end + 1, FunctionClass::auxiliary);
    for (std::size_t b = last + 1; b < end; ++b) verb_follows_head = verb_follows_head && !is_class(b, FunctionClass::auxiliary);
    while (first > limit && first + 5 > last) {
      const std::size_t p = first - 1;
      const std::string_view pk = keys_[p];
      // (a dash opens the phrase: "The ferry is late — residents said …")
      if (in_quote_[p] || is_sentence_punct(pk) || pk == "," || tokens_[p].kind == TokenKind::quote_mark ||
          is_dash_or_hyphen(pk)) {
        break;
      }
      if (cue_at(p, p + 1)) break;
      // A relative pronoun with a subject after it (object_relative) or
      // "that" before a plural opens the clause the phrase is the subject
      // of, when that clause has a gap right after the verb: "a levy that
      // port officials said would pass", "a crew who harbour pilots say is
      // the best" ("that" before a singular is a determiner). Only right
      // before the phrase's words and a verb with no auxiliary ("a plan that
      // voters would reject" is no report).
      if (tokens_[p].shape == TokenShape::lower && !function_word_passed && verb_follows_head &&
          (token_has_role(p, lexicon::CueRole::object_relative) ||
           (token_has_role(p, lexicon::CueRole::complementizer) && has_plural_ending(k)))) {
        break;
      }
      function_word_passed = function_word_passed || function_class(p).has_value();
      if (pk == "'s" && p > limit && token_mention_[p - 1] != kNone &&
          doc_.mentions()[token_mention_[p - 1]].first_token >= limit) {
        first = doc_.mentions()[token_mention_[p - 1]].first_token;
        owned = true;
        break;
      }
      first = p;
      // A name inside the phrase counts as one word: "a Harbour Wire/Quillmark poll".
      if (const std::size_t pm = token_mention_[p]; pm != kNone && doc_.mentions()[pm].first_token >= limit) {
        first = doc_.mentions()[pm].first_token;
      }
      if (is_article(pk) || is_possessive_pronoun(pk) || is_role(pk, lexicon::CueRole::lone_speaker)) {
        first = determiner_start(p, limit);  // "a few aides"
        break;
      }
    }
    ref.first = first;
    ref.last = last;
    ref.word = k;
    if (role) ref.kind = SpeakerRef::Kind::role;
    else ref.kind = *noun != SpeakerNoun::org ? SpeakerRef::Kind::group : SpeakerRef::Kind::org_noun;
    ref.source = noun != nullptr && *noun == SpeakerNoun::source;
    // A bare plural group noun needs no article; a role or organisation noun
    // does. "A Democratic aide", "a spokesman": someone new, reported as written.
    // So is "one leading expert", "another adviser".
    if (ref.kind == SpeakerRef::Kind::role && (token_has_role(first, lexicon::CueRole::indefinite_article) ||
                                               token_has_role(first, lexicon::CueRole::lone_speaker) || owned)) {
      ref.kind = SpeakerRef::Kind::described;
    } else if (owned) {
      // "Ruiz's campaign", "the party's leaders": the phrase as written.
      ref.kind = SpeakerRef::Kind::described;
    } else if (ref.kind == SpeakerRef::Kind::org_noun && token_has_role(first, lexicon::CueRole::indefinite_article) &&
               indefinite_org_speaks(last, end)) {
      // "A civil rights group says": an organisation new to the text, as written.
      ref.kind = SpeakerRef::Kind::described;
    } else if (ref.kind == SpeakerRef::Kind::org_noun && person_owns_bare_org_noun(last, limit)) {
      // "Ruiz campaign says", opening its clause with no article: the phrase as written.
      ref.kind = SpeakerRef::Kind::described;
      ref.first = doc_.mentions()[token_mention_[last - 1]].first_token;
    } else if (ref.kind != SpeakerRef::Kind::group &&
               !(token_has_role(first, lexicon::CueRole::definite_article) || is_possessive_pronoun(keys_[first]))) {
      ref.kind = SpeakerRef::Kind::none;
    }
  }
  return ref;
}

SpeakerRef SpeakerPhrases::plural_with_named_members(std::size_t comma, std::size_t close, std::size_t limit) const {
  // The apposition: a member_opener ("including") and names joined by
  // commas and coordinators, nothing else.
  if (comma + 2 >= close || !token_has_role(comma + 1, lexicon::CueRole::member_opener) ||
      tokens_[comma + 1].shape != TokenShape::lower) {
    return {};
  }
  bool named = false;
  for (std::size_t p = comma + 2; p < close; ++p) {
    if (in_quote_[p]) return {};
    const std::size_t mi = token_mention_[p];
    if (mi != kNone && is_speaker_mention(mi)) {
      named = true;
      continue;
    }
    if (keys_[p] == "," || token_has_role(p, lexicon::CueRole::coordinator)) continue;
    // "the Harbour Post": an article before a name.
    if (token_has_role(p, lexicon::CueRole::definite_article) && p + 1 < close && token_mention_[p + 1] != kNone) {
      continue;
    }
    return {};
  }
  if (!named || comma <= limit) return {};
  // The group: a plural lowercase head over lowercase modifiers and names,
  // back to a determiner or quantifier that opens its clause ("Several
  // contenders", "The harbour contenders"), or a bare plural opening it.
  const std::size_t last = comma - 1;
  if (in_quote_[last] || tokens_[last].kind != TokenKind::word || tokens_[last].shape != TokenShape::lower ||
      token_mention_[last] != kNone || function_class(last) || !has_plural_ending(keys_[last]) ||
      cue_at(last, last + 1)) {
    return {};
  }
  constexpr std::size_t kLongestGroup = 5;
  std::size_t first = last;
  while (first > limit && first + kLongestGroup > last) {
    const std::size_t p = first - 1;
    if (in_quote_[p] || tokens_[p].kind != TokenKind::word || cue_at(p, p + 1)) break;
    const auto fc = function_class(p);
    if (fc && (*fc == FunctionClass::determiner || *fc == FunctionClass::quantifier)) {
      first = p;
      break;
    }
    if (fc || (tokens_[p].shape != TokenShape::lower && token_mention_[p] == kNone)) break;
    first = p;
  }
  const bool opens = first == limit || is_sentence_punct(keys_[first - 1]) || keys_[first - 1] == "," ||
                     is_class(first - 1, FunctionClass::conjunction) || is_class(first - 1, FunctionClass::subordinator);
  if (!opens) return {};
  return SpeakerRef::described_phrase(first, last, keys_[last]);
}

std::size_t SpeakerPhrases::determiner_start(std::size_t p, std::size_t limit) const {
  const bool article_before = token_has_role(p, lexicon::CueRole::lone_speaker) && p > limit && !in_quote_[p - 1] &&
                              token_has_role(p - 1, lexicon::CueRole::indefinite_article);
  return article_before ? p - 1 : p;
}

std::size_t SpeakerPhrases::after_dateline(std::size_t from, std::size_t end) const {
  for (std::size_t k = from; k < end && k < from + 12; ++k) {
    const std::string_view key = keys_[k];
    if (is_dash(key)) {
      return k > from ? k + 1 : from;
    }
    // A spaced hyphen ends a dateline too when the place is in capitals or an
    // agency in brackets closes it: "PORT ELLIS, Maine (Harbour Wire) - ...".
    if (key == "-" && k > from && (tokens_[from].shape == TokenShape::all_caps || keys_[k - 1] == ")")) {
      return k + 1;
    }
    // Only capitals, numbers, commas, periods and an agency in brackets.
    const Token& t = tokens_[k];
    const bool dateline_token = t.kind == TokenKind::number || key == "," || key == "." || key == "(" ||
                                key == ")" || (t.kind == TokenKind::word && t.shape != TokenShape::lower);
    if (!dateline_token || in_quote_[k]) return from;
  }
  return from;
}

std::size_t SpeakerPhrases::after_listener(std::size_t b, std::size_t end) const {
  if (b >= end) return b;
  const auto group = [&](std::size_t k) {
    if (k >= end) return false;
    const SpeakerNoun* noun = speaker_noun(k);
    return noun != nullptr && *noun == SpeakerNoun::group;
  };
  const std::size_t mi = token_mention_[b];
  if (mi != kNone && doc_.mentions()[mi].first_token == b && doc_.mentions()[mi].type != EntityType::date) {
    b += doc_.mentions()[mi].token_count;
    // "told the Ledger's Ann Ruiz": the name owns who was told.
    if (is_possessive_clitic(b, end)) return after_possessed_phrase(b, end);
    return b < end && group(b) ? b + 1 : b;  // "told U.N. reporters"
  }
  const std::string_view k = keys_[b];
  if (is_listener_pronoun(k) || group(b)) return b + 1;
  // "told the Wexby Herald": an article before a name the entity stage
  // found without it.
  if (token_has_role(b, lexicon::CueRole::listener_article) && b + 1 < end && token_mention_[b + 1] != kNone) {
    const Mention& m = doc_.mentions()[token_mention_[b + 1]];
    if (m.first_token == b + 1 && m.type != EntityType::date) {
      b += 1 + m.token_count;
      if (is_possessive_clitic(b, end)) return after_possessed_phrase(b, end);
      return b;
    }
  }
  if (token_has_role(b, lexicon::CueRole::listener_article) && b + 1 < end && token_mention_[b + 1] == kNone &&
      tokens_[b + 1].kind == TokenKind::word && !function_class(b + 1)) {
    b += 2;  // "told the Ledger", "told a reporter"
    // "told the Harbour Ledger"; not "told the crews Berg's boat …", whose
    // name opens the clause.
    const bool name_goes_on = tokens_[b - 1].shape != TokenShape::lower;
    while (name_goes_on && b < end && tokens_[b].kind == TokenKind::word && tokens_[b].shape != TokenShape::lower) ++b;
    if (is_possessive_clitic(b, end)) return after_possessed_phrase(b, end);  // "told the Ledger's news desk"
  }
  return b;
}

std::size_t SpeakerPhrases::after_possessed_phrase(std::size_t b, std::size_t end) const {
  if (!is_possessive_clitic(b, end)) return b;
  std::size_t k = b + 1;
  if (k < end && tokens_[k].kind == TokenKind::quote_mark) {
    // A title in its marks: past the closing mark, if it closes soon.
    constexpr std::size_t kLongestTitle = 8;
    for (std::size_t c = k + 1; c < end && c <= k + kLongestTitle; ++c) {
      if (tokens_[c].kind == TokenKind::quote_mark) return c + 1;
    }
    return b;
  }
  const auto plain_word = [&](std::size_t t) {
    return t < end && tokens_[t].kind == TokenKind::word && !function_class(t) && !in_quote_[t];
  };
  while (plain_word(k) && tokens_[k].shape != TokenShape::lower) ++k;
  // then its lowercase head: "the Ledger's news desk", "Friday's packed meeting"
  constexpr std::size_t kLongestPlainHead = 2;
  const std::size_t head = k;
  while (plain_word(k) && tokens_[k].shape == TokenShape::lower && k < head + kLongestPlainHead) ++k;
  return k > b + 1 ? k : b;
}

bool SpeakerPhrases::opening_participle(std::size_t t) const {
  // Not a name ("Harding") and not a hyphenated adjective ("Long-serving dockers").
  return is_participle(t) && token_mention_[t] == kNone && keys_[t].find('-') == std::string_view::npos;
}

std::size_t SpeakerPhrases::after_place_region(std::size_t s, std::size_t before) const {
  if (s < 2 || s >= before || keys_[s - 1] != "," || tokens_[s - 2].shape == TokenShape::lower ||
      tokens_[s - 2].kind != TokenKind::word) {
    return s;
  }
  const std::size_t mi = token_mention_[s];
  if (mi == kNone) return s;
  const Mention& m = doc_.mentions()[mi];
  const std::size_t after = m.first_token + m.token_count;
  const bool place = m.type == EntityType::gpe || m.type == EntityType::loc;
  if (!place || m.first_token != s || after >= before || keys_[after] != ",") return s;
  return after + 1;
}

SpeakerRef SpeakerPhrases::main_clause_subject(std::size_t from, std::size_t before) const {
  std::size_t s = after_dateline(from, before);
  while (s < before && token_has_role(s, lexicon::CueRole::clause_conjunction)) ++s;
  for (int adjuncts = 0; adjuncts < 2 && s < before; ++adjuncts) {
    const bool opens_adjunct = std::binary_search(according_tokens_.begin(), according_tokens_.end(), s) ||
                               token_has_role(s, lexicon::CueRole::adverb_or_auxiliary) ||
                               is_class(s, FunctionClass::preposition) || is_class(s, FunctionClass::subordinator) ||
                               is_class(s, FunctionClass::adverb) ||
                               opening_participle(s);  // "Greeting the crowd, Berger said"
    // "And then Ruiz turned to the crews, saying …": a lone adverb right
    // before the subject (a person named or a subject pronoun) is no
    // adjunct that a comma closes; the comma found would be the verb's.
    if (s + 1 < before && tokens_[s].kind == TokenKind::word && !is_class(s, FunctionClass::preposition) &&
        !is_class(s, FunctionClass::subordinator) && !opening_participle(s) &&
        (is_adverb_or_auxiliary(keys_[s]) || is_class(s, FunctionClass::adverb)) &&
        (is_subject_pronoun(keys_[s + 1]) || person_named_from(s + 1))) {
      ++s;
      break;
    }
    if (!opens_adjunct) {
      // "Hours later, …", "Two weeks earlier, …": a short phrase that an adverb closes.
      std::size_t comma = s + 1;
      while (comma < before && comma < s + 4 && keys_[comma] != "," && tokens_[comma].kind == TokenKind::word) ++comma;
      const bool time_phrase = comma < before && keys_[comma] == "," && token_mention_[s] == kNone &&
                               (token_has_role(comma - 1, lexicon::CueRole::adverb_or_auxiliary) ||
                                is_class(comma - 1, FunctionClass::adverb));
      if (time_phrase) {
        s = comma + 1;
        continue;
      }
      // "A few hours later they …", "A couple of years later, he …": a
      // longer one, that a comma or a subject pronoun closes.
      constexpr std::size_t kLongestTimePhrase = 6;
      std::size_t close = s + 1;
      while (close < before && close < s + kLongestTimePhrase && tokens_[close].kind == TokenKind::word &&
             token_mention_[close] == kNone && !in_quote_[close] &&
             !token_has_role(close, lexicon::CueRole::adverb_or_auxiliary) && !is_class(close, FunctionClass::adverb) &&
             !cue_at(close, close + 1)) {
        ++close;
      }
      const bool closed =
          close + 1 < before && close > s + 1 && token_mention_[s] == kNone &&
          (token_has_role(close, lexicon::CueRole::adverb_or_auxiliary) || is_class(close, FunctionClass::adverb)) &&
          (keys_[close + 1] == "," || is_subject_pronoun(keys_[close + 1]));
      if (!closed) break;
      s = keys_[close + 1] == "," ? close + 2 : close + 1;
      continue;
    }
    std::size_t comma = s + 1;
    while (comma < before && comma < s + 15 && keys_[comma] != "," && !in_quote_[comma]) ++comma;
    if (comma >= before || keys_[comma] != ",") return {};
    s = after_place_region(comma + 1, before);
  }
  if (s >= before || in_quote_[s]) return {};
  const auto [ref, after] = speaker_starting_at(s, before);
  (void)after;
  if (ref.kind == SpeakerRef::Kind::mention && doc_.mentions()[ref.mention].type == EntityType::norp) return {};
  return ref;
}

SpeakerRef SpeakerPhrases::participle_subject(std::size_t from, std::size_t cue) const {
  if (cue >= from + 3 && keys_[cue - 1] == ",") {
    const std::size_t before = cue_ending_at(cue - 2, from);
    if (before != kNone) {
      const SpeakerRef ref = speaker_ending_before(before, from);
      if (ref.kind != SpeakerRef::Kind::none) return ref;
    }
  }
  return main_clause_subject(from, cue);
}

SpeakerRef SpeakerPhrases::opening_subject(std::size_t from, std::size_t cue) const {
  SpeakerRef ref;
  // "…, said", "… and then said", "… before saying": the verb's subject is not beside it.
  std::size_t b = cue;
  while (b > from && token_has_role(b - 1, lexicon::CueRole::adverb_or_auxiliary)) --b;
  if (b <= from) return ref;
  const bool after_preposition = is_participle(cue) && (is_class(b - 1, FunctionClass::preposition) ||
                                                        is_class(b - 1, FunctionClass::subordinator));
  if (!(keys_[b - 1] == "," || token_has_role(b - 1, lexicon::CueRole::coordinator) || after_preposition)) return ref;
  std::size_t subject = after_dateline(from, cue);
  while (subject < cue && token_has_role(subject, lexicon::CueRole::clause_conjunction)) ++subject;
  // "However, Lindgren met with Berger ... and declared": an opening adverb and its comma.
  if (subject + 1 < cue && keys_[subject + 1] == "," && tokens_[subject].kind == TokenKind::word &&
      (token_has_role(subject, lexicon::CueRole::adverb_or_auxiliary) || is_class(subject, FunctionClass::adverb))) {
    subject += 2;
  } else if (subject + 1 < cue && tokens_[subject].kind == TokenKind::word && is_subject_pronoun(keys_[subject + 1]) &&
             (token_has_role(subject, lexicon::CueRole::adverb_or_auxiliary) ||
              is_class(subject, FunctionClass::adverb))) {
    ++subject;  // "Then he cut into Berger, calling him …"
  }
  // An opening participle phrase is an adjunct: "Greeting the crowd, Berger
  // smiled and said" — the subject follows its comma.
  if (subject < cue && opening_participle(subject)) {
    std::size_t comma = subject + 1;
    while (comma < cue && comma < subject + 15 && keys_[comma] != "," && !in_quote_[comma]) ++comma;
    if (comma >= cue || keys_[comma] != ",") return ref;
    subject = comma + 1;
  }
  if (cue > subject + kMaxClauseLookahead) return ref;
  // "For most skippers, calling it a ruin is unfair": before a participle,
  // a phrase that a preposition opens is that preposition's object, not the
  // participle's subject ("Among the crews, most say …" has a subject of
  // its own after the comma).
  // "On Tuesday, Ruiz smiled before saying": a phrase that its comma closes
  // before a subject and a verb of its own opens the sentence; the subject
  // follows the comma.
  if (subject < cue && is_participle(cue) && tokens_[subject].kind == TokenKind::word &&
      is_class(subject, FunctionClass::preposition)) {
    std::size_t comma = subject + 1;
    while (comma < cue && comma < subject + 8 && keys_[comma] != "," && !in_quote_[comma] &&
           !cue_at(comma, comma + 1)) {
      ++comma;
    }
    const std::size_t after = comma + 1;
    if (comma >= cue || keys_[comma] != "," || after + 2 >= b || in_quote_[after] || !person_named_from(after)) {
      return ref;
    }
    subject = after;
  }
  const std::size_t mi = subject < cue ? token_mention_[subject] : kNone;
  bool other_cue = false;
  for (std::size_t k = subject; k < cue && !other_cue; ++k) other_cue = cue_at(k, k + 1) != 0;
  if (mi != kNone && doc_.mentions()[mi].first_token == subject && is_speaker_mention(mi) &&
      doc_.mentions()[mi].type != EntityType::norp && !other_cue) {
    ref.kind = SpeakerRef::Kind::mention;
    ref.mention = mi;
    ref.first = subject;
    ref.last = subject + doc_.mentions()[mi].token_count - 1;
  } else if (mi == kNone && !other_cue && subject < cue) {
    // "The mayor looked into the camera and said", "He smiled and joked".
    const auto [phrase, after] = speaker_starting_at(subject, cue);
    (void)after;
    // A person after a title ("Representative Ann Ruiz"), a pronoun or a noun
    // that names speakers; not any phrase ("A month later").
    bool person = phrase.kind == SpeakerRef::Kind::mention && doc_.mentions()[phrase.mention].type == EntityType::person;
    for (std::size_t k = subject; person && k < phrase.first; ++k) {
      person = tokens_[k].kind == TokenKind::word && tokens_[k].shape != TokenShape::lower;  // only a title before the name
    }
    if (person || phrase.kind == SpeakerRef::Kind::pronoun || phrase.kind == SpeakerRef::Kind::role ||
        phrase.kind == SpeakerRef::Kind::group || phrase.kind == SpeakerRef::Kind::org_noun) {
      ref = phrase;
    }
  }
  return ref;
}

std::pair<SpeakerRef, std::size_t> SpeakerPhrases::source_after_according_to(std::size_t start,
                                                                            std::size_t limit) const {
  auto found = speaker_starting_at(start, limit);
  // A name or a group; a described source reaches to the comma ("a press
  // release from the Lantern Trust").
  if (found.first.kind != SpeakerRef::Kind::none && found.first.kind != SpeakerRef::Kind::described) return found;
  constexpr std::size_t kLongestSource = 20;  // "early results of exit polls conducted by X for Y"
  // A dash or a parenthesis ends it too: "according to the Coastal Budget
  // Center - a small share of …" (what follows is the writer's aside).
  std::size_t stop = start;
  while (stop < limit && stop < start + kLongestSource && keys_[stop] != "," && !is_sentence_punct(keys_[stop]) &&
         !is_dash_or_hyphen(keys_[stop]) && keys_[stop] != "(" &&
         tokens_[stop].kind != TokenKind::quote_mark &&
         !in_quote_[stop]) {
    ++stop;
  }
  // One bare word is a manner, not a source: "according to plan".
  if (stop == start || (stop == start + 1 && tokens_[start].shape == TokenShape::lower)) return found;
  // A relative clause of the source is the source's own, not its head: "a
  // port official who was not authorized to speak".
  std::size_t head_end = stop;
  for (std::size_t t = start + 1; t < stop; ++t) {
    if (tokens_[t].shape == TokenShape::lower &&
        (token_has_role(t, lexicon::CueRole::relative_opener) ||
         token_has_role(t, lexicon::CueRole::complementizer))) {  // "documents that were later released"
      head_end = t;
      break;
    }
  }
  SpeakerRef ref;
  ref.kind = SpeakerRef::Kind::described;
  ref.first = start;
  ref.last = head_end - 1;
  ref.word = keys_[head_end - 1];
  ref.source = true;
  return {ref, stop};
}

std::pair<SpeakerRef, std::size_t> SpeakerPhrases::speaker_starting_at(std::size_t start, std::size_t limit) const {
  SpeakerRef ref;
  if (start >= limit) return {ref, start};
  const std::string_view k0 = keys_[start];
  if (is_third_person_subject(k0) && !is_neuter_subject(k0)) {
    ref.kind = SpeakerRef::Kind::pronoun;
    ref.first = ref.last = start;
    ref.word = k0;
    return {ref, start + 1};
  }
  // '“…,” another added.', '“…,” one said.'
  if (token_has_role(start, lexicon::CueRole::lone_speaker) && start + 1 < limit && cue_at(start + 1, limit)) {
    ref.kind = SpeakerRef::Kind::described;
    ref.first = ref.last = start;
    ref.word = k0;
    return {ref, start + 1};
  }
  // Role material, then a person: "regional harbour office spokesperson Ilse Varga".
  std::size_t first_other_mention = kNone;
  for (std::size_t t = start; t < limit && t < start + 10; ++t) {
    const std::string_view k = keys_[t];
    if (in_quote_[t] || tokens_[t].kind == TokenKind::quote_mark || is_sentence_punct(k) || k == ",") break;
    // "“…,” when Ruiz blasted him": a new clause, not the speaker's modifiers.
    if (is_class(t, FunctionClass::subordinator) || is_class(t, FunctionClass::conjunction)) break;
    const std::size_t mi = token_mention_[t];
    if (mi != kNone && is_speaker_mention(mi)) {
      const Mention& m = doc_.mentions()[mi];
      const std::size_t after_name = m.first_token + m.token_count;
      if (after_name + 1 < limit && keys_[after_name] == "'s" && tokens_[after_name + 1].shape == TokenShape::lower) {
        // "Ann Ruiz's deputy": the owner is not the speaker;
        // the phrase is, when a speaker noun heads it.
        // The last such noun before the verb heads it: "Berger's former campaign strategist".
        std::size_t head = kNone;
        for (std::size_t h = after_name + 1; h < limit && h < after_name + 6; ++h) {
          if (tokens_[h].kind != TokenKind::word || tokens_[h].shape != TokenShape::lower || cue_at(h, h + 1)) break;
          if (token_is_described_head(h) || is_role_word(h) || speaker_noun(h) != nullptr) head = h;
        }
        if (head != kNone) {
          ref.kind = SpeakerRef::Kind::described;
          ref.first = m.first_token;
          ref.last = head;
          ref.word = keys_[head];
          return {ref, head + 1};
        }
        return {ref, start};
      }
      if (m.type == EntityType::person) {
        ref.kind = SpeakerRef::Kind::mention;
        ref.mention = mi;
        ref.first = m.first_token;
        ref.last = m.first_token + m.token_count - 1;
        return {ref, ref.last + 1};
      }
      if (first_other_mention == kNone) first_other_mention = mi;
      t = m.first_token + m.token_count - 1;
      continue;
    }
    if (cue_at(t, t + 1) && t > start) break;
    if (t == start + 1 && names_org_by_head(t)) {
      ref.kind = SpeakerRef::Kind::org_noun;
      ref.first = start;
      ref.last = t;
      ref.word = k;
      return {ref, t + 1};
    }
    const SpeakerNoun* noun = speaker_noun(t);
    // "an intelligence source", "the ad's narrator": a described speaker after a determiner.
    const bool described = noun == nullptr && tokens_[t].shape == TokenShape::lower && t > start &&
                           token_is_described_head(t) &&
                           (is_article(keys_[start]) || is_class(start, FunctionClass::quantifier) ||  // "another supporter"
                            is_possessive_pronoun(keys_[start])) &&                                     // "his colleague"
                           !is_role_word(t);
    if (described) {
      const std::size_t after = t + 1;
      const bool more = after < limit && tokens_[after].kind == TokenKind::word && !cue_at(after, after + 1) &&
                        (token_is_described_head(after) || speaker_noun(after) != nullptr ||
                         is_role_word(after) || token_mention_[after] != kNone);
      if (!more) {
        ref.kind = SpeakerRef::Kind::described;
        ref.first = start;
        ref.last = t;
        ref.word = k;
        return {ref, t + 1};
      }
    }
    if (noun != nullptr || (is_role_word(t) && tokens_[t].shape == TokenShape::lower)) {
      // "the spokesman", "the aid group", "officials" — unless a name follows.
      const std::size_t after = t + 1;
      // More role words follow ("harbour office spokesperson Ilse Varga").
      if (after < limit && tokens_[after].kind == TokenKind::word && !cue_at(after, after + 1) &&
          !token_has_role(after, lexicon::CueRole::adverb_or_auxiliary) && tokens_[after].shape != TokenShape::lower) {
        continue;
      }
      if (after < limit && (speaker_noun(after) != nullptr || is_role_word(after))) continue;
      if (after < limit && token_mention_[after] != kNone &&
          doc_.mentions()[token_mention_[after]].type == EntityType::person) {
        continue;
      }
      if (after < limit && token_mention_[after] != kNone && first_other_mention == kNone &&
          is_speaker_mention(token_mention_[after])) {
        continue;  // "The aid group Lantern Trust"
      }
      ref.first = start;
      ref.last = t;
      ref.word = k;
      if (noun != nullptr) {
        ref.kind = *noun != SpeakerNoun::org ? SpeakerRef::Kind::group : SpeakerRef::Kind::org_noun;
        ref.source = *noun == SpeakerNoun::source;
      }
      else ref.kind = SpeakerRef::Kind::role;
      // "said a spokesman", "one official said": someone new, reported as written.
      const bool lone = token_has_role(start, lexicon::CueRole::lone_speaker);
      if (ref.kind == SpeakerRef::Kind::role && (token_has_role(start, lexicon::CueRole::indefinite_article) || lone)) {
        ref.kind = SpeakerRef::Kind::described;
      }
      // "the spokesman", "a school spokesman", "his aide": a role or an
      // organisation noun needs its determiner.
      if (ref.kind != SpeakerRef::Kind::group && !is_article(keys_[start]) && !is_possessive_pronoun(keys_[start]) &&
          !(lone && ref.kind == SpeakerRef::Kind::described)) {
        ref.kind = SpeakerRef::Kind::none;
        return {ref, start};
      }
      return {ref, t + 1};
    }
    // A number that modifies a role: "72-year-old fisherman Otto Brandt", "a 28-year-old teacher".
    const bool number_modifier = tokens_[t].kind == TokenKind::number && t + 1 < limit &&
                                 tokens_[t + 1].kind == TokenKind::word && tokens_[t + 1].shape == TokenShape::lower &&
                                 (is_role_word(t + 1) || token_is_described_head(t + 1));
    if (tokens_[t].kind != TokenKind::word && tokens_[t].kind != TokenKind::clitic && !number_modifier) break;
  }
  if (first_other_mention != kNone) {
    const Mention& m = doc_.mentions()[first_other_mention];
    bool only_modifiers = m.first_token <= start + 3;
    for (std::size_t k = start; k < m.first_token && only_modifiers; ++k) {
      only_modifiers = tokens_[k].kind == TokenKind::word && !cue_at(k, k + 1) && !is_subject_pronoun(keys_[k]);
    }
    if (m.first_token == start || only_modifiers) {
      ref.kind = SpeakerRef::Kind::mention;
      ref.mention = first_other_mention;
      ref.first = m.first_token;
      ref.last = m.first_token + m.token_count - 1;
      return {ref, ref.last + 1};
    }
  }
  return {ref, start};
}

bool SpeakerPhrases::tidy_speaker_phrase(SpeakerRef& ref) const {
  using FC = FunctionClass;
  // A clause's words before its subject: "as polls show …", "after news
  // outlets declared …": the phrase starts after the subordinator that
  // opens the subject's clause (not after "that", "what" or "which": the
  // clause of a relative has a gap, and reports otherwise).
  for (std::size_t t = ref.last; t-- > ref.first;) {
    if (in_quote_[t]) break;
    const auto c = function_class(t);
    // ("more than six in 10": "than" qualifies a number.)
    if (c && *c == FC::subordinator && !token_has_role(t, lexicon::CueRole::complementizer) &&
        phrases_.ending_before(keys_, t + 1, lexicon::CueRole::number_qualifier) == 0) {
      ref.first = t + 1;
      break;
    }
  }
  // Leading words that are not the phrase's own: "that Charlotte officials",
  // "and local leaders", "After campaign aides".
  while (ref.first < ref.last) {
    const auto c = function_class(ref.first);
    if (!c || *c == FC::determiner || *c == FC::quantifier) break;
    // "at least half": a number's qualifier is the share's own.
    if (phrases_.starting_at(keys_, ref.first, ref.last + 1, lexicon::CueRole::number_qualifier) > 1) break;
    ++ref.first;
  }
  // "one", "another" alone before or after a verb of speech: a person of a
  // group named before, reported as written.
  if (ref.first == ref.last && token_has_role(ref.first, lexicon::CueRole::lone_speaker)) return true;
  // The writer's "I" or "we" (read only where the writer asks: writer_asking).
  if (ref.first == ref.last && !in_quote_[ref.first]) {
    const lexicon::PronounForm* f = pronoun_form(keys_[ref.first], lexicon::PronounCase::subject);
    if (f != nullptr && f->person == 1) return true;
  }
  // "both" (standalone_speaker), but not after a dash: "the old guard of the
  // board — both said …" names its group in the same sentence, and that
  // group is the speaker.
  if (ref.first == ref.last && token_has_role(ref.first, lexicon::CueRole::standalone_speaker)) {
    return ref.first == 0 || !is_dash(keys_[ref.first - 1]);
  }
  // "the two", "all three": a group phrase of lone_speaker that is the whole
  // phrase, though it ends in a number word, and the whole subject: not a
  // share of it ("one of the two said") and not a noun's modifier ("the two
  // states hold": a group takes no verb in "-s").
  if (ref.first < ref.last &&
      phrases_.ending_before(keys_, ref.last + 1, lexicon::CueRole::lone_speaker) == ref.last - ref.first + 1) {
    const std::size_t next = ref.last + 1;
    const bool verb_next = next < tokens_.size() && tokens_[next].kind == TokenKind::word && !in_quote_[next] &&
                           !has_plural_ending(keys_[next]);
    const bool whole = ref.first == 0 || !is_class(ref.first - 1, FC::preposition);
    return verb_next && whole;
  }
  // A share of a group, with what it is a share of: "47%", "Only six in
  // 10", "Thirty percent of those asked", "about 6 in 10 island women".
  // So is a fraction: "nearly half", "two-thirds of the skippers".
  for (std::size_t t = ref.first; t <= ref.last; ++t) {
    // (share_number_before(ref.first + 1, ref.first) is always kNone: a
    // number and its unit take two tokens.)
    if (!share_ends_before(t + 1, ref.first)) continue;
    for (std::size_t k = ref.first; k <= ref.last; ++k) {
      if (tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::number && keys_[k] != "%") return false;
      // "less than half of what skippers earn": a clause inside, no share of a group.
      if (token_has_role(k, lexicon::CueRole::free_relative)) return false;
    }
    return true;
  }
  // A share of a group a plural pronoun names: "most of them", "many of you".
  if (ref.first + 2 <= ref.last && token_has_role(ref.last - 1, lexicon::CueRole::partitive_preposition)) {
    const lexicon::PronounForm* f = pronoun_form(keys_[ref.last], lexicon::PronounCase::object);
    if (f != nullptr && f->person != 1 && f->number != lexicon::PronounNumber::singular) {
      for (std::size_t t = ref.first; t <= ref.last; ++t) {
        if (tokens_[t].kind != TokenKind::word) return false;
      }
      return true;
    }
  }
  // The head is a word, not a function word: not "the car and", "a series of".
  if (tokens_[ref.last].kind != TokenKind::word || function_class(ref.last)) return false;
  for (std::size_t t = ref.first; t < ref.last; ++t) {
    // No clause inside ("the report came as officials") and no punctuation
    // ("the plan's best parts - critics"); "'s" and "of" are the phrase's own.
    // A slash between two names joins them: "a Harbour Wire/Quillmark poll".
    const bool joins_names = keys_[t] == "/" && t > ref.first && tokens_[t - 1].shape != TokenShape::lower &&
                             tokens_[t + 1].shape != TokenShape::lower && tokens_[t - 1].kind == TokenKind::word &&
                             tokens_[t + 1].kind == TokenKind::word;
    if (tokens_[t].kind != TokenKind::word && tokens_[t].kind != TokenKind::number && !joins_names &&
        !(tokens_[t].kind == TokenKind::clitic && keys_[t] == "'s")) {
      return false;
    }
    const auto c = function_class(t);
    if (c && (*c == FC::pronoun || *c == FC::subordinator || *c == FC::auxiliary)) return false;
    // A determiner before a preposition is an object pronoun: "her of the death ...".
    if (c && *c == FC::determiner && function_class(t + 1) == FC::preposition) return false;
  }
  return true;
}

SpeakerRef SpeakerPhrases::role_with_complement_before(std::size_t end, std::size_t limit) const {
  constexpr std::size_t kLongestPhrase = 10;  // tokens from the determiner to the verb
  constexpr std::size_t kMostModifiers = 3;   // "the retired deputy minister"
  if (end > tokens_.size() || end < limit + 4) return {};
  // Over adverbs and auxiliaries: "The minister of fisheries has long argued".
  std::size_t after = end;
  while (after > limit && token_has_role(after - 1, lexicon::CueRole::adverb_or_auxiliary) &&
         token_mention_[after - 1] == kNone) {
    --after;
  }
  if (after < limit + 4) return {};
  const std::size_t last = after - 1;
  for (std::size_t p = last; p > limit + 1 && p + kLongestPhrase > last; --p) {
    const std::string_view k = keys_[p];
    if (in_quote_[p] || is_sentence_punct(k) || k == "," || is_dash(k) || cue_at(p, p + 1)) return {};
    if (p == last || !token_has_role(p, lexicon::CueRole::group_preposition)) continue;
    // The role word before the preposition: a title's or a described noun,
    // lowercase, not a group's, an organisation's or a source's.
    const std::size_t role = p - 1;
    if (!is_serving_role_word(role)) continue;
    // Its determiner, over at most three modifiers.
    for (std::size_t first = role; first > limit && first + kMostModifiers + 1 > role; --first) {
      const std::size_t d = first - 1;
      const std::string_view dk = keys_[d];
      if (in_quote_[d]) return {};
      if (is_article(dk) || is_possessive_pronoun(dk)) {
        // It opens its clause: not the object of a verb or a preposition,
        // nor a name's apposition ("Ann Ruiz, a founder of the … think
        // tank, said": the verb comes after the apposition's comma).
        if (d > limit && tokens_[d - 1].kind == TokenKind::word && !is_class(d - 1, FunctionClass::conjunction)) {
          return {};
        }
        if (d > limit + 1 && keys_[d - 1] == "," && (token_mention_[d - 2] != kNone || keys_[d - 2] == ")")) return {};
        SpeakerRef ref;
        ref.kind = token_has_role(d, lexicon::CueRole::indefinite_article) ? SpeakerRef::Kind::described
                                                                           : SpeakerRef::Kind::role;
        ref.first = d;
        ref.last = last;
        ref.word = std::string(keys_[role]);
        // A noun phrase, with no clause inside: "the senator from Ohio who …" is none.
        SpeakerRef tidy = ref;
        if (!tidy_speaker_phrase(tidy) || tidy.first != ref.first) return {};
        return ref;
      }
      if ((tokens_[d].kind != TokenKind::word && tokens_[d].kind != TokenKind::number) ||
          (function_class(d) && !is_class(d, FunctionClass::adverb)) || cue_at(d, d + 1)) {
        return {};
      }
    }
    return {};
  }
  return {};
}

bool SpeakerPhrases::is_serving_role_word(std::size_t t) const {
  return tokens_[t].kind == TokenKind::word && tokens_[t].shape == TokenShape::lower && token_mention_[t] == kNone &&
         speaker_noun(t) == nullptr && (is_role_word(t) || token_is_described_head(t));
}

bool SpeakerPhrases::person_owns_bare_org_noun(std::size_t noun, std::size_t limit) const {
  if (noun == 0 || noun - 1 < limit) return false;
  const std::size_t mi = token_mention_[noun - 1];
  if (mi == kNone) return false;
  const Mention& m = doc_.mentions()[mi];
  if (m.type != EntityType::person || m.first_token < limit || m.first_token + m.token_count != noun) return false;
  const std::size_t b = m.first_token;
  return b == limit || is_sentence_punct(keys_[b - 1]) || tokens_[b - 1].kind == TokenKind::quote_mark ||
         is_dash(keys_[b - 1]);
}

bool SpeakerPhrases::indefinite_org_speaks(std::size_t noun, std::size_t end) const {
  if (end >= tokens_.size()) return false;
  // "a group called the Harbour Guild" names the group.
  if (token_has_role(end, lexicon::CueRole::naming_verb)) return false;
  // "a court order to …", "a watchdog report": a base form right after a
  // singular noun is a noun compound, not its verb.
  std::size_t verb = 0;
  const std::size_t length = cue_at(end, std::min(end + 3, tokens_.size()), &verb);
  if (end == noun + 1 && length != 0 && verb_list_[verb].lemma == keys_[end]) return false;
  // "a hacking group known as …", "a group described as …": a participle
  // that names or describes the group, not its verb.
  return !(end + length < tokens_.size() && token_has_role(end + length, lexicon::CueRole::named_as));
}

}  // namespace sayso::quotes
