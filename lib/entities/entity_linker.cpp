#include "entities/entity_linker.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "lexicon/token_keys.hpp"
#include "lexicon/given_name_gender.hpp"

namespace sayso::entities {
namespace {

// The words of a mention, normalised: a run of the document's token keys,
// read in place (no vector of views copied per mention or per cluster).
// Two words are equal when their key indexes are (equal keys share theirs).
class KeyRun {
 public:
  KeyRun() = default;
  KeyRun(const core::TokenKeys& keys, std::size_t first, std::size_t count) : keys_(&keys), first_(first), count_(count) {}
  std::size_t size() const noexcept { return count_; }
  std::string_view operator[](std::size_t i) const noexcept { return (*keys_)[first_ + i]; }
  std::string_view front() const noexcept { return (*this)[0]; }
  std::string_view back() const noexcept { return (*this)[count_ - 1]; }
  std::uint32_t key_index(std::size_t i) const noexcept { return keys_->key_index(first_ + i); }
  std::uint64_t hash(std::size_t i) const noexcept { return keys_->hash(first_ + i); }

 private:
  const core::TokenKeys* keys_ = nullptr;
  std::size_t first_ = 0;
  std::size_t count_ = 0;
};

// Whether the last `count` words of `a` from `a_from` are those of `b` from `b_from`.
bool same_words(const KeyRun& a, std::size_t a_from, const KeyRun& b, std::size_t b_from, std::size_t count) {
  for (std::size_t k = 0; k < count; ++k) {
    if (a.key_index(a_from + k) != b.key_index(b_from + k)) return false;
  }
  return true;
}

bool operator==(const KeyRun& a, const KeyRun& b) { return a.size() == b.size() && same_words(a, 0, b, 0, a.size()); }

// A run of lowercase letters a name spells (an acronym's letters, a name's
// initials) in one 64-bit word, the first letter in the lowest byte: two
// runs are equal when their words are. Only runs of 1 to 8 letters are
// packed; an acronym is at most 8 letters (acronym_letters), so a longer run
// of initials can never equal one and is kept as kTooManyLetters, equal to
// no acronym (its bytes are no letters) and filed nowhere.
using Letters = std::uint64_t;
constexpr Letters kNoLetters = 0;
constexpr Letters kTooManyLetters = UINT64_MAX;
constexpr std::size_t kMostLetters = 8;

// `letters` with `c` appended as its `count`-th letter (from 0), or
// kTooManyLetters past kMostLetters.
Letters with_letter(Letters letters, std::size_t count, char c) {
  if (count >= kMostLetters) return kTooManyLetters;
  return letters | (Letters{static_cast<unsigned char>(c)} << (8 * count));
}

struct Cluster {
  EntityType type;
  // The words of the fullest name: a run of the document's token keys,
  // which outlive the clusters.
  KeyRun keys;
  // The document's key index (core::TokenKeys::key_index) of the first and
  // the last of those words, which the indexes by word file it under.
  std::uint32_t first_key = 0;
  std::uint32_t last_key = 0;
  // The name, a view into the document's text or the gazetteers (both
  // outlive the clusters): made a string once, for the entity, not again
  // each time a longer mention renames the cluster.
  std::string_view name;
  // initials(keys) for the organisations and places the initials index
  // files (ClusterIndex::add), kept to compare with a mention's acronym.
  Letters initials = kNoLetters;
  std::size_t name_tokens = 0;
  std::size_t last_mention = 0;   // position of the latest mention, for recency
  bool fixed_name = false;        // the gazetteer gives the name
  std::string_view country_code;  // into the gazetteers
  std::size_t mention_count = 0;  // its mentions are listed once all are linked
  // People: the token of the first word of the fullest name, and the gender
  // the clues seen so far give (see person_gender in link_entities).
  std::size_t name_first_token = 0;
  Gender title_gender = Gender::unknown;  // of the first gendered title before one of its mentions
  Gender name_gender = Gender::unknown;   // of the fullest name's given name, once asked
  bool name_gender_asked = false;
};

bool ends_with(const KeyRun& whole, const KeyRun& tail) {
  if (tail.size() > whole.size()) return false;
  return same_words(whole, whole.size() - tail.size(), tail, 0, tail.size());
}

// "U.N." -> "un"; "NATO" -> "nato" (2 to 8 letters); kNoLetters when the
// word is not an acronym.
Letters acronym_letters(std::string_view key) {
  Letters letters = kNoLetters;
  std::size_t count = 0;
  for (const char c : key) {
    if (c == '.') continue;
    if (c < 'a' || c > 'z' || count == kMostLetters) return kNoLetters;
    letters = with_letter(letters, count++, c);
  }
  return count >= 2 ? letters : kNoLetters;
}

// The first letters of a name's words but the words acronyms skip
// ("World Health Organization" -> "who"); kNoLetters when none,
// kTooManyLetters past eight (no acronym spells them).
Letters initials(const KeyRun& keys, const NameContextWords& context) {
  Letters out = kNoLetters;
  std::size_t count = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::string_view k = keys[i];
    if (k.empty() || k[0] < 'a' || k[0] > 'z') continue;
    if (context.is(k, keys.hash(i), NameContext::initials_skip)) continue;
    out = with_letter(out, count++, k[0]);
    if (out == kTooManyLetters) break;
  }
  return out;
}

// Each key's clusters as a chain through one array of links, in the order
// filed: no vector per key. The indexes below map their keys to a Chain.
class ClusterChains {
 public:
  static constexpr std::uint32_t kEnd = UINT32_MAX;
  struct Chain {
    std::uint32_t first = kEnd;
    std::uint32_t last = kEnd;
  };
  void append(Chain& chain, std::size_t cluster) {
    const auto link = static_cast<std::uint32_t>(links_.size());
    links_.push_back({cluster, kEnd});
    if (chain.first == kEnd) chain.first = link;
    else links_[chain.last].next = link;
    chain.last = link;
  }
  // Room for `links` filings (a cluster is filed again only when a mention
  // renames it, so a document files at most one link per mention).
  void reserve(std::size_t links) { links_.reserve(links); }
  void collect(const Chain& chain, std::vector<std::size_t>& out) const {
    for (std::uint32_t link = chain.first; link != kEnd; link = links_[link].next) out.push_back(links_[link].cluster);
  }

 private:
  struct Link {
    std::size_t cluster;
    std::uint32_t next;
  };
  std::vector<Link> links_;
};

// Clusters by the letters their name spells (initials, an acronym's
// letters), in an open-addressed table of Letters words: no string made or
// hashed per filing. A cluster whose name grows is filed again under its
// new letters; the old entry stays behind, so whoever reads an entry checks
// it against the cluster's current name (it may also find a cluster twice).
// A document files few (organisations and places of two words or more):
// nothing is allocated before the first filing.
class LettersIndex {
 public:
  bool empty() const noexcept { return filed_ == 0; }
  // Files nothing under kNoLetters or kTooManyLetters: a lookup of either
  // finds nothing (no name's letters can equal them).
  void add(Letters key, std::size_t cluster) {
    if (key == kNoLetters || key == kTooManyLetters) return;
    if (2 * (filed_ + 1) > slots_.size()) grow();
    Slot& slot = slots_[find_slot(key)];
    if (slot.key == kNoLetters) {
      slot.key = key;
      ++filed_;
    }
    chains_.append(slot.chain, cluster);
  }
  void lookup(Letters key, std::vector<std::size_t>& out) const {
    if (key == kNoLetters || key == kTooManyLetters || slots_.empty()) return;
    const Slot& slot = slots_[find_slot(key)];
    if (slot.key == key) chains_.collect(slot.chain, out);
  }

 private:
  struct Slot {
    Letters key = kNoLetters;  // kNoLetters: empty
    ClusterChains::Chain chain;
  };
  // The slot of `key`, or the empty one where it would go.
  std::size_t find_slot(Letters key) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    while (slots_[i].key != kNoLetters && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(16, 2 * slots_.size()));
    old.swap(slots_);
    for (const Slot& slot : old) {
      if (slot.key != kNoLetters) slots_[find_slot(slot.key)] = slot;
    }
  }
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t filed_ = 0;    // distinct keys filed
  ClusterChains chains_;
};

// Clusters by a word of their name, filed under the word's key index in
// the document (core::TokenKeys::key_index: equal keys share their index),
// so that filing and looking up read an array, with no hashing and no string
// made. The same chains as StringIndex's, with the same order and the same
// stale entries.
class KeyIndex {
 public:
  KeyIndex(std::size_t distinct_keys, std::size_t links) : by_key_(distinct_keys) { chains_.reserve(links); }
  void add(std::uint32_t key, std::size_t cluster) { chains_.append(by_key_[key], cluster); }
  void lookup(std::uint32_t key, std::vector<std::size_t>& out) const { chains_.collect(by_key_[key], out); }

 private:
  std::vector<ClusterChains::Chain> by_key_;
  ClusterChains chains_;
};

// What link_entities() looks clusters up by, so that each mention meets only
// the clusters it may join.
struct ClusterIndex {
  // The indexes by word sized for one filing per mention (`mentions`), the
  // most a document makes, so that none grows by doubling; the indexes by
  // letters file a few organisations and places, and grow.
  ClusterIndex(const NameContextWords& words, std::size_t distinct_keys, std::size_t mentions)
      : context(words), by_last(distinct_keys, mentions), by_first(distinct_keys, mentions) {}
  const NameContextWords& context;
  KeyIndex by_last;         // the last word of the name
  KeyIndex by_first;        // people and organisations: the first word of a name of two or more
  LettersIndex by_initials;  // organisations and places of two words or more: the initials of the name ("nato")
  LettersIndex by_acronym;   // organisations named by one word: its acronym letters

  // Files cluster `ci` under its current name (call when the name changes);
  // sets its initials.
  void add(std::size_t ci, Cluster& c) {
    // An empty key is filed nowhere.
    if (!c.keys.back().empty()) by_last.add(c.last_key, ci);
    if ((c.type == EntityType::person || c.type == EntityType::org) && c.keys.size() >= 2 && !c.keys.front().empty()) {
      by_first.add(c.first_key, ci);
    }
    // Places too: "KSC" may stand for "Kennedy Space Center".
    if (c.type == EntityType::loc || c.type == EntityType::gpe) {
      if (c.keys.size() >= 2) {
        c.initials = initials(c.keys, context);
        by_initials.add(c.initials, ci);
      }
    }
    if (c.type == EntityType::org) {
      c.initials = initials(c.keys, context);
      by_initials.add(c.initials, ci);
      if (c.keys.size() == 1) by_acronym.add(acronym_letters(c.keys[0]), ci);
    }
  }
};

}  // namespace

// Reads the token keys (lexicon::token_keys), filled by the recogniser before it.
void link_entities(DocumentBuilder& builder, const std::vector<MentionInfo>& infos, const lexicon::Gazetteers& gazetteers,
                   const NameContextWords& context) {
  const Document& doc = builder.document();
  const core::TokenKeys& token_keys = lexicon::token_keys(builder);
  auto& mentions = builder.mentions();
  std::vector<Cluster> clusters;
  // At most one cluster per mention: sized once, so that no cluster (three
  // strings) is moved when the array would grow.
  clusters.reserve(mentions.size());
  // A gazetteer entry -> its cluster: a country or a demonym by the mention's
  // type and the country's code (both kinds meet under one key), an
  // organisation of the list by its index whatever the type.
  using EntryKey = std::pair<std::uint64_t, std::string_view>;
  constexpr std::uint64_t kOrgEntry = std::uint64_t{1} << 40;
  std::map<EntryKey, std::size_t> by_entry;
  ClusterIndex index(context, token_keys.distinct_count(), mentions.size());
  std::vector<std::size_t> candidates;
  // A person's gender as far as the mentions linked so far tell, weighed as
  // link::GenderJudge weighs (a title before a mention outranks the given
  // name of the fullest name); the judge decides the entity's gender later,
  // from all the evidence.
  auto person_gender = [&](Cluster& c) {
    if (c.title_gender != Gender::unknown) return c.title_gender;
    if (!c.name_gender_asked) {
      c.name_gender_asked = true;
      if (c.name_tokens >= 2) {
        c.name_gender = lexicon::given_name_gender_as_written(gazetteers, doc.slice(doc.tokens()[c.name_first_token].span));
      }
    }
    return c.name_gender;
  };
  // The gendered titles (titles.tsv: "Mr.", "Mrs.", "spokeswoman"), in text
  // order: a mention right after one takes its gender.
  const auto& roles = builder.roles();
  std::size_t next_role = 0;

  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    const KeyRun keys(token_keys, m.first_token, m.token_count);  // the mention's words, normalised
    const std::string_view text = doc.slice(m.span);
    const MentionInfo& info = infos[mi];
    const std::uint32_t first_key = token_keys.key_index(m.first_token);
    const std::uint32_t last_key = token_keys.key_index(m.first_token + m.token_count - 1);
    // The gender of a title right before the mention, in its sentence.
    Gender title_gender = Gender::unknown;
    while (next_role < roles.size() && roles[next_role].first_token + roles[next_role].token_count < m.first_token) ++next_role;
    if (next_role < roles.size() && roles[next_role].first_token + roles[next_role].token_count == m.first_token &&
        roles[next_role].sentence == m.sentence && m.type == EntityType::person) {
      title_gender = roles[next_role].gender;
    }
    // Set when the only people the mention's name matches are of the other
    // gender than its title's ("Ms. Ortiz" after only "Carlos Ortiz").
    bool other_gender_only = false;

    std::size_t target = kNone;
    bool has_entry_key = false;
    EntryKey entry_key;
    std::string_view fixed_name;    // into the gazetteers
    std::string_view country_code;  // into the gazetteers
    if (info.has_entry) {
      switch (info.kind) {
        case lexicon::GazetteerKind::country:
          country_code = gazetteers.country(info.index).code;
          fixed_name = gazetteers.country(info.index).name;
          entry_key = {static_cast<std::uint64_t>(m.type), country_code};
          has_entry_key = true;
          break;
        case lexicon::GazetteerKind::demonym:
          country_code = gazetteers.demonym(info.index).code;
          entry_key = {static_cast<std::uint64_t>(m.type), country_code};
          has_entry_key = true;
          break;
        case lexicon::GazetteerKind::organization:
          fixed_name = gazetteers.organization(info.index).name;
          entry_key = {kOrgEntry | static_cast<std::uint64_t>(info.index), std::string_view()};
          has_entry_key = true;
          break;
        default:
          break;
      }
    }
    if (has_entry_key) {
      const auto it = by_entry.find(entry_key);
      if (it != by_entry.end()) target = it->second;
    }

    if (target == kNone) {
      // Every match but an acronym's shares the last word of the name: the
      // candidates come from the indexes, not from every cluster, so that a
      // document naming thousands of people costs linear time.
      candidates.clear();
      if (!keys.back().empty()) index.by_last.lookup(last_key, candidates);
      // An organisation's acronym letters (one word) and initials, made once
      // for the mention. The initials are compared only with an
      // organisation of one word's acronym letters, all filed in by_acronym:
      // while it is empty they are not made.
      const Letters mention_acronym =
          m.type == EntityType::org && keys.size() == 1 ? acronym_letters(keys[0]) : kNoLetters;
      const Letters mention_initials =
          m.type == EntityType::org && !index.by_acronym.empty() ? initials(keys, context) : kNoLetters;
      index.by_initials.lookup(mention_acronym, candidates);
      index.by_acronym.lookup(mention_initials, candidates);
      // "Bre-X" for "Bre-X Minerals Ltd" shares the first word, not the last.
      if (m.type == EntityType::org && info.short_form && keys.size() == 1 && !keys[0].empty()) {
        index.by_first.lookup(first_key, candidates);
      }
      std::size_t best_recency = 0;
      // A mention after a gendered title prefers a person of that gender (0),
      // then one of unknown gender (1), then one whose given name alone says
      // the other gender (2: the title outranks a given name, as the judge
      // weighs them, and "Lindsey" names men too); never one whose title
      // says the other gender (3: "Mr. Ortiz" after "Mrs. Ortiz").
      int best_rank = 0;
      for (const std::size_t ci : candidates) {
        Cluster& c = clusters[ci];
        if (c.type != m.type) continue;
        bool match = c.keys == keys;
        if (!match && m.type == EntityType::person) {
          // "Kerry" -> "John Kerry"; "John Kerry" absorbs an earlier lone "Kerry".
          match = ends_with(c.keys, keys) || (c.name_tokens == 1 && keys.size() > 1 && ends_with(keys, c.keys));
        }
        if (!match && m.type == EntityType::org) {
          match = (keys.size() >= 2 && ends_with(c.keys, keys)) ||
                  (c.keys.size() >= 2 && keys.size() > c.keys.size() && ends_with(keys, c.keys));
          if (!match && keys.size() == 1) {
            match = mention_acronym != kNoLetters && mention_acronym == c.initials;
            // "Lumenism" for "Church of Lumenism".
            match = match || (c.keys.size() >= 3 && context.is(c.keys[c.keys.size() - 2], NameContext::name_of) &&
                             c.keys.back() == keys[0]);
            // "Bre-X" for "Bre-X Minerals Ltd", "Church" for "Lumenist Church":
            // a short form the recogniser found as one.
            match = match || (info.short_form && c.keys.size() >= 2 &&
                              (c.keys.front() == keys[0] || c.keys.back() == keys[0]));
          }
          if (!match && c.keys.size() == 1) {
            const Letters a = acronym_letters(c.keys[0]);
            match = a != kNoLetters && a == mention_initials;
          }
        }
        if (!match) continue;
        int rank = 0;
        if (title_gender != Gender::unknown) {
          const Gender g = person_gender(c);
          rank = g == title_gender ? 0 : g == Gender::unknown ? 1 : c.title_gender == Gender::unknown ? 2 : 3;
        }
        // The most recently mentioned match of the best rank (each cluster's
        // last mention is its own).
        if (target == kNone || rank < best_rank || (rank == best_rank && c.last_mention > best_recency)) {
          target = ci;
          best_recency = c.last_mention;
          best_rank = rank;
        }
      }
      if (target != kNone && best_rank == 3) {
        target = kNone;
        other_gender_only = true;
      }
      // "KSC" after "Kennedy Space Center": an acronym in capitals that no
      // list knows and no organisation explains stands for the place whose
      // initials it spells, and takes its type.
      if (target == kNone && m.type == EntityType::org && keys.size() == 1 && !info.has_entry &&
          std::none_of(text.begin(), text.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
        const Letters a = mention_acronym;  // an organisation of one word's
        candidates.clear();
        index.by_initials.lookup(a, candidates);
        for (const std::size_t ci : candidates) {
          const Cluster& c = clusters[ci];
          if ((c.type != EntityType::loc && c.type != EntityType::gpe) || c.keys.size() < 2) continue;
          if (a != c.initials) continue;
          if (target == kNone || c.last_mention > best_recency) {
            target = ci;
            best_recency = c.last_mention;
          }
        }
        if (target != kNone) {
          m.type = clusters[target].type;
          m.rule_index = builder.rule_index("link:acronym-of-place");
        }
      }
      // A lone first name that begins exactly one person's name ("Odile" after "Odile Brack").
      if (target == kNone && !other_gender_only && m.type == EntityType::person && keys.size() == 1) {
        candidates.clear();
        if (!keys[0].empty()) index.by_first.lookup(first_key, candidates);
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        std::size_t found = kNone, count = 0;
        for (const std::size_t ci : candidates) {
          if (clusters[ci].type == EntityType::person && clusters[ci].keys.size() >= 2 && clusters[ci].keys.front() == keys[0]) {
            found = ci;
            ++count;
          }
        }
        if (count == 1) target = found;
      }
    }

    if (target == kNone) {
      clusters.emplace_back().type = m.type;  // in place (the array is sized for every mention)
      target = clusters.size() - 1;
    }
    Cluster& c = clusters[target];
    ++c.mention_count;
    c.last_mention = mi;
    if (has_entry_key) by_entry.try_emplace(entry_key, target);  // no node made when the entry is filed
    if (!country_code.empty() && c.country_code.empty()) c.country_code = country_code;
    if (!fixed_name.empty() && !c.fixed_name) {
      c.name = fixed_name;
      c.fixed_name = true;
    }
    if (keys.size() > c.name_tokens) {
      c.keys = keys;
      c.first_key = first_key;
      c.last_key = last_key;
      c.name_tokens = keys.size();
      if (!c.fixed_name) c.name = text;
      c.name_first_token = m.first_token;
      c.name_gender_asked = false;
      index.add(target, c);
    }
    if (c.title_gender == Gender::unknown) c.title_gender = title_gender;
    m.entity = target;
  }

  // The clusters become the entities (and are not used after).
  auto& entities = builder.entities();
  entities.clear();
  entities.reserve(clusters.size());
  for (std::size_t ci = 0; ci < clusters.size(); ++ci) {
    Entity& e = entities.emplace_back();  // in place: an Entity is large to move
    // "E1", "E2", ...: written in place, where "E" + std::to_string() made a
    // string and then moved its digits to insert the letter.
    char id[24] = {'E'};
    e.id.assign(id, std::to_chars(id + 1, id + sizeof id, ci + 1).ptr);
    e.type = clusters[ci].type;
    e.name.assign(clusters[ci].name);
    e.mentions.reserve(clusters[ci].mention_count);
    // Most entities have no code: no call to assign an empty one.
    if (!clusters[ci].country_code.empty()) e.country_code.assign(clusters[ci].country_code);
  }
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) entities[mentions[mi].entity].mentions.push_back(mi);

  // Roles: extend each over the places, organisations and nationalities that
  // qualify it ("U.S." + "Secretary of State"), and tie it to the person named
  // right after it.
  // The mention over each token (of several, the last): the mentions are
  // final now (linking changes a type at most), so the index serves the
  // linkers after this one too.
  builder.index_mentions_by_token();
  const std::vector<std::uint32_t>& mention_index_of_token = builder.mention_of_token();
  auto mention_of_token = [&](std::size_t t) {
    const std::uint32_t mi = mention_index_of_token[t];
    return mi == kNoMention ? kNone : std::size_t{mi};
  };
  for (RoleMention& r : builder.roles()) {
    const Sentence& s = doc.sentences()[r.sentence];
    std::size_t first = r.first_token;
    while (first > s.first_token) {
      const std::size_t prev = first - 1;
      const Token& t = doc.tokens()[prev];
      const std::size_t mi = mention_of_token(prev);
      if (mi != kNone && mentions[mi].type != EntityType::person && mentions[mi].type != EntityType::date) {
        first = mentions[mi].first_token;
      } else if (t.kind == TokenKind::clitic && prev > s.first_token && mention_of_token(prev - 1) != kNone &&
                 mentions[mention_of_token(prev - 1)].type != EntityType::person) {
        first = prev;
      } else {
        break;
      }
    }
    r.token_count += r.first_token - first;
    r.first_token = first;
    r.span.begin = doc.tokens()[first].span.begin;
    const std::size_t after = r.first_token + r.token_count;
    if (after < s.first_token + s.token_count) {
      const std::size_t mi = mention_of_token(after);
      if (mi != kNone && mentions[mi].type == EntityType::person && mentions[mi].first_token == after) {
        r.person_mention = mi;
        Entity& e = entities[mentions[mi].entity];
        const std::string_view role = doc.slice(r.span);  // made a string only when new
        if (std::find(e.roles.begin(), e.roles.end(), role) == e.roles.end()) e.roles.emplace_back(role);
      }
    }
  }
}

}  // namespace sayso::entities
