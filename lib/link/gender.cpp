#include "link/gender.hpp"

#include <algorithm>

#include "lexicon/given_name_gender.hpp"
#include "lexicon/phrase_trie.hpp"
#include "lexicon/token_keys.hpp"

namespace sayso::link {
namespace {

// Pronouns count for the only person of a sentence in this many sentences after it.
constexpr std::size_t kPronounWindow = 2;
// The given-name clue of a first word as written, whose gender as looked up
// by its key is `as_keyed`: when that decides nothing, the word without its
// diacritics is looked up.
GenderClue given_name_clue_of(const lexicon::Gazetteers& gazetteers, std::string_view first_word, Gender as_keyed) {
  GenderClue clue{GenderClueKind::given_name, lexicon::given_name_gender_as_written(gazetteers, first_word, as_keyed), {}};
  if (clue.gender != Gender::unknown) clue.evidence = "given-name:" + std::string(first_word);
  return clue;
}

}  // namespace

const GenderClue* strongest_clue(const std::vector<GenderClue>& clues) {
  const GenderClue* best = nullptr;
  for (const GenderClue& clue : clues) {
    if (clue.gender == Gender::unknown) continue;
    if (best == nullptr || clue.kind < best->kind) best = &clue;
  }
  return best;
}

GenderDecision decide_gender(const std::vector<GenderClue>& clues) {
  const GenderClue* best = strongest_clue(clues);
  if (best == nullptr) return {};
  return {best->gender, best->evidence};
}

GenderClue pronoun_clue(int male, int female) {
  GenderClue clue{GenderClueKind::pronouns, Gender::unknown,
                  "pronouns:he=" + std::to_string(male) + ",she=" + std::to_string(female)};
  if (male >= 2 && female == 0) clue.gender = Gender::male;
  if (female >= 2 && male == 0) clue.gender = Gender::female;
  return clue;
}

GenderClue GenderJudge::given_name_clue(std::string_view first_word) const {
  return given_name_clue_of(*gazetteers_, first_word,
                            lexicon::given_name_gender(*gazetteers_, lexicon::normalize_token(first_word)));
}

GenderClue GenderJudge::surname_clue(std::string_view name) const {
  GenderClue clue{GenderClueKind::surname_ending, Gender::unknown, {}};
  // Case folding maps no character to a space or from one, so the last
  // word is normalised alone.
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return clue;  // a lone name may not be a surname
  const std::string surname = lexicon::normalize_token(name.substr(space + 1));
  clue.gender = gazetteers_->gender_of_surname(surname);
  if (clue.gender != Gender::unknown) clue.evidence = "surname-ending:" + surname;
  return clue;
}

void GenderJudge::add_pronoun_clues(const Document& doc, const core::TokenKeys& keys,
                                    const std::vector<std::uint32_t>& mention_of_token,
                                    std::vector<std::uint8_t>& strongest,
                                    std::vector<GenderDecision>& decisions) const {
  const auto& sentences = doc.sentences();
  const auto& mentions = doc.mentions();
  const auto& tokens = doc.tokens();
  const auto& entities = doc.entities();
  // Whether the pronouns could still decide an entity's gender: no clue of
  // a stronger kind did (see decide()).
  auto open = [&](std::size_t ei) {
    return entities[ei].type == EntityType::person && strongest[ei] > static_cast<std::uint8_t>(GenderClueKind::pronouns);
  };
  // The PERSON mentions of each sentence, in mention order: sentence si's
  // are person_mentions[persons_begin[si], persons_begin[si + 1]) (one array
  // filled by counting, no vector per sentence).
  auto is_person = [&](const Mention& m) {
    return m.type == EntityType::person && m.entity != kNone && m.sentence < sentences.size();
  };
  // A window counts for its sentence's person up to the first mention of
  // another person in the sentences after it, and from its own first
  // mention on; so two persons' windows never share a token when each token
  // is in at most one mention (mention_of_token names it) and each mention
  // lies in its sentence. Then a window whose person is decided already may
  // be skipped: no other window would have counted its tokens. Else every
  // window runs (a token goes to the first window that counts it).
  bool disjoint = true;
  std::size_t covered_end = 0;  // the end of the mentions so far (text order)
  std::size_t open_persons = 0;
  std::vector<std::size_t> persons_begin(sentences.size() + 1, 0);
  for (const Mention& m : mentions) {
    const std::size_t end = m.first_token + m.token_count;
    if (m.first_token < covered_end || m.token_count == 0) disjoint = false;
    covered_end = std::max(covered_end, end);
    if (!is_person(m)) continue;
    const Sentence& s = sentences[m.sentence];
    if (m.first_token < s.first_token || end > s.first_token + s.token_count) disjoint = false;
    ++persons_begin[m.sentence + 1];
    if (open(m.entity)) ++open_persons;
  }
  if (open_persons == 0) return;  // every person decided: no count can change a gender
  std::vector<int> he(entities.size(), 0), she(entities.size(), 0);
  // Per distinct key of the document (core::TokenKeys::key_index), the
  // pronoun's gender, asked of every key at once: a test of its first byte,
  // length and last byte against the gendered forms (may_be_gendered) that
  // nearly always says no, where asking a key when a window
  // first meets it branched on "asked yet?" at every word, a coin toss.
  std::vector<Gender> gender_of_key(keys.distinct_count(), Gender::unknown);
  for (std::size_t k = 0; k < gender_of_key.size(); ++k) {
    const std::string_view key = keys.distinct_key(k);
    if (pronouns_->may_be_gendered(key)) gender_of_key[k] = pronouns_->gender_of(key);
  }
  // Per token, whether a window has counted it already (a token may lie in
  // three sentences' windows).
  std::vector<std::uint8_t> counted(tokens.size(), 0);
  for (std::size_t si = 0; si < sentences.size(); ++si) persons_begin[si + 1] += persons_begin[si];
  std::vector<std::size_t> person_mentions(persons_begin.back());
  {
    std::vector<std::size_t> next(persons_begin.begin(), persons_begin.end() - 1);
    for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
      if (is_person(mentions[mi])) person_mentions[next[mentions[mi].sentence]++] = mi;
    }
  }
  // Returns false at a mention of another person (when told to stop there).
  auto count = [&](std::size_t entity, std::size_t from, std::size_t to, bool stop_at_other) {
    for (std::size_t t = from; t < to; ++t) {
      const std::uint32_t mi = mention_of_token[t];
      if (mi != kNoMention) {
        if (stop_at_other && mentions[mi].type == EntityType::person && mentions[mi].entity != entity) return false;
        continue;
      }
      // A word's key's gender, unknown (0) for another token: a product, not
      // a branch on the token's kind (words and the rest alternate).
      const auto g = static_cast<Gender>(static_cast<std::uint8_t>(gender_of_key[keys.key_index(t)]) *
                                         static_cast<std::uint8_t>(tokens[t].kind == TokenKind::word));
      if (g == Gender::unknown || counted[t] != 0) continue;
      (g == Gender::male ? he : she)[entity]++;
      counted[t] = 1;
    }
    return true;
  };
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const auto persons_first = person_mentions.begin() + static_cast<std::ptrdiff_t>(persons_begin[si]);
    const auto persons_last = person_mentions.begin() + static_cast<std::ptrdiff_t>(persons_begin[si + 1]);
    if (persons_first == persons_last) continue;
    const std::size_t entity = mentions[*persons_first].entity;
    if (disjoint && !open(entity)) continue;
    const bool alone = std::all_of(persons_first, persons_last, [&](std::size_t mi) { return mentions[mi].entity == entity; });
    if (!alone) continue;
    const Mention& first = mentions[*persons_first];
    const Sentence& s = sentences[si];
    count(entity, first.first_token + first.token_count, s.first_token + s.token_count, false);
    for (std::size_t sj = si + 1; sj < sentences.size() && sj <= si + kPronounWindow; ++sj) {
      const Sentence& next = sentences[sj];
      if (!count(entity, next.first_token, next.first_token + next.token_count, true)) break;
    }
  }
  // Only a clue that says male or female is kept: one that does not decides nothing.
  for (std::size_t ei = 0; ei < entities.size(); ++ei) {
    if (open(ei) && (he[ei] != 0 || she[ei] != 0)) {
      GenderClue clue = pronoun_clue(he[ei], she[ei]);
      if (clue.gender == Gender::unknown) continue;
      strongest[ei] = static_cast<std::uint8_t>(GenderClueKind::pronouns);
      decisions[ei] = {clue.gender, std::move(clue.evidence)};
    }
  }
}

void GenderJudge::decide(DocumentBuilder& builder, const std::vector<std::uint32_t>& mention_of_token,
                         const std::vector<std::size_t>& apposition_role,
                         std::vector<std::vector<GenderClue>> known) const {
  const Document& doc = builder.document();
  const auto& mentions = doc.mentions();
  const auto& tokens = doc.tokens();
  const auto& roles = doc.roles();
  const core::TokenKeys& keys = lexicon::token_keys(builder);
  std::vector<Entity>& entities = builder.entities();
  std::vector<lexicon::PhraseTrie::Match> matches;
  // The kinds are gathered strongest first. Per entity the decision so far
  // is kept with its kind (`strongest`, kNoKind when none): a clue of that
  // kind or a weaker one can no longer change it (the first clue of the
  // strongest kind decides), so it is neither looked for nor made, and a
  // clue of a stronger kind replaces it. The result is decide_gender() of
  // every clue, without a list of clues per entity.
  constexpr std::uint8_t kNoKind = UINT8_MAX;
  std::vector<GenderDecision> decisions(entities.size());
  std::vector<std::uint8_t> strongest(entities.size(), kNoKind);
  for (std::size_t ei = 0; ei < entities.size() && ei < known.size(); ++ei) {
    const GenderClue* best = strongest_clue(known[ei]);
    if (best == nullptr) continue;
    strongest[ei] = static_cast<std::uint8_t>(best->kind);
    decisions[ei] = {best->gender, best->evidence};
  }
  auto wants = [&](std::size_t ei, GenderClueKind kind) { return strongest[ei] > static_cast<std::uint8_t>(kind); };
  // Call only when wants(ei, kind).
  auto take = [&](std::size_t ei, GenderClueKind kind, Gender gender, std::string evidence) {
    strongest[ei] = static_cast<std::uint8_t>(kind);
    decisions[ei] = {gender, std::move(evidence)};
  };
  // A role's evidence names its last word: "title:spokeswoman".
  auto title_evidence = [&](const RoleMention& r) {
    return "title:" + std::string(doc.slice(tokens[r.first_token + r.token_count - 1].span));
  };

  for (const RoleMention& r : roles) {
    if (r.person_mention == kNone || r.gender == Gender::unknown) continue;
    const std::size_t ei = mentions[r.person_mention].entity;
    if (ei != kNone && wants(ei, GenderClueKind::title)) take(ei, GenderClueKind::title, r.gender, title_evidence(r));
  }

  for (std::size_t ei = 0; ei < entities.size(); ++ei) {
    const Entity& e = entities[ei];
    if (e.type != EntityType::person || !wants(ei, GenderClueKind::given_name)) continue;
    // The fullest name: the first mention of most words.
    std::size_t best = kNone, best_tokens = 0;
    for (const std::size_t mi : e.mentions) {
      if (mentions[mi].token_count > best_tokens) {
        best = mi;
        best_tokens = mentions[mi].token_count;
      }
    }
    if (best != kNone && best_tokens >= 2) {
      const std::size_t first = mentions[best].first_token;
      matches.clear();
      gazetteers_->trie().match_all(keys, first, first + 1, matches);
      GenderClue given = given_name_clue_of(*gazetteers_, doc.slice(tokens[first].span),
                                            lexicon::given_name_gender(*gazetteers_, matches));
      if (given.gender != Gender::unknown) take(ei, GenderClueKind::given_name, given.gender, std::move(given.evidence));
    }
  }

  add_pronoun_clues(doc, keys, mention_of_token, strongest, decisions);

  for (std::size_t ei = 0; ei < entities.size(); ++ei) {
    if (entities[ei].type != EntityType::person || !wants(ei, GenderClueKind::surname_ending)) continue;
    GenderClue surname = surname_clue(entities[ei].name);
    if (surname.gender != Gender::unknown) take(ei, GenderClueKind::surname_ending, surname.gender, std::move(surname.evidence));
  }

  for (std::size_t mi = 0; mi < mentions.size() && mi < apposition_role.size(); ++mi) {
    if (apposition_role[mi] == kNone || mentions[mi].entity == kNone) continue;
    const RoleMention& r = roles[apposition_role[mi]];
    if (r.gender == Gender::unknown || !wants(mentions[mi].entity, GenderClueKind::apposition_title)) continue;
    take(mentions[mi].entity, GenderClueKind::apposition_title, r.gender, title_evidence(r));
  }

  for (std::size_t ei = 0; ei < entities.size(); ++ei) {
    Entity& e = entities[ei];
    if (e.type != EntityType::person) continue;
    e.gender = decisions[ei].gender;
    e.gender_evidence = std::move(decisions[ei].evidence);
  }
}

}  // namespace sayso::link
