#include "link/kb_linker.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "lexicon/phrase_trie.hpp"
#include "lexicon/cue_phrases.hpp"
#include "lexicon/pronouns.hpp"
#include "lexicon/token_keys.hpp"
#include "link/gender.hpp"

namespace sayso::link {
namespace {

using lexicon::City;
using lexicon::GazetteerKind;
using lexicon::Gazetteers;
using lexicon::PhraseTrie;
using lexicon::Subdivision;

// A city this large is known beyond its country (see kb_linker.hpp, rule 3).
constexpr std::uint64_t kLargeCity = 100000;
// Words that may stand between a role and the organisation or country before
// it ("Russian foreign ministry spokesperson"): at most this many.
constexpr std::size_t kMaxBridgeWords = 3;

// What the gazetteers hold under one name.
struct PlaceEntries {
  std::vector<std::size_t> countries;
  std::vector<std::size_t> subdivisions;
  std::vector<std::size_t> cities;
};

void add_unique(std::vector<std::size_t>& v, std::size_t x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// add_unique() of each of `found` (no repeats) in turn: what it would do
// when `into` is empty (take them all) or holds them already in the same
// order (nothing), the usual case of a place named again, without a search
// per entry.
void merge_unique(std::vector<std::size_t>& into, const std::vector<std::size_t>& found) {
  if (into.empty()) {
    into = found;  // one allocation of the exact size (none when `found` is empty)
  } else if (into != found) {
    for (const auto x : found) add_unique(into, x);
  }
}

// The countries a document names, by code: a code of two capital letters
// (ISO 3166-1 alpha-2, every code countries.tsv gives) is a bit of a
// 26 x 26 table, answered by one read without a branch per compare, where
// a binary search of the codes mispredicted about once a step (it is asked
// about every candidate city, twice); a code of another shape is looked
// up in a sorted list of views (into the entities, which outlive the set).
class CountryCodes {
 public:
  void insert(std::string_view code) {
    const std::size_t bit = bit_of(code);
    if (bit != kNoBit) bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    else others_.insert(std::lower_bound(others_.begin(), others_.end(), code), code);
  }
  bool contains(std::string_view code) const {
    const std::size_t bit = bit_of(code);
    if (bit != kNoBit) return ((bits_[bit / 64] >> (bit % 64)) & 1u) != 0;
    return std::binary_search(others_.begin(), others_.end(), code);
  }

 private:
  static constexpr std::size_t kNoBit = SIZE_MAX;
  static std::size_t bit_of(std::string_view code) {
    if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') return kNoBit;
    return static_cast<std::size_t>(code[0] - 'A') * 26 + static_cast<std::size_t>(code[1] - 'A');
  }
  std::uint64_t bits_[(26 * 26 + 63) / 64] = {};
  std::vector<std::string_view> others_;  // sorted
};

class DocumentLinker {
 public:
  DocumentLinker(const Gazetteers& gazetteers, const UserKnowledgeBase& user_kb, const LinkLexicon& words,
                 const text::Tokenizer& tokenizer, DocumentBuilder& builder)
      : g_(gazetteers), user_kb_(user_kb), words_(words), tokenizer_(tokenizer), builder_(builder), doc_(builder.document()),
        mentions_(doc_.mentions()), tokens_(doc_.tokens()), entities_(builder.entities()),
        keys_(lexicon::token_keys(builder)), mention_of_token_(builder.mention_of_token()) {}

  void run() {
    link_places();
    link_user_kb();
    tie_appositions();
    GenderJudge(g_, words_.pronouns).decide(builder_, mention_of_token_, apposition_role_, std::move(known_genders_));
    set_affiliations();
  }

 private:
  std::string_view key(std::size_t t) const { return keys_[t]; }
  // The mention over token t (of several, the last), else kNone.
  std::size_t mention_at(std::size_t t) const {
    const std::uint32_t mi = mention_of_token_[t];
    return mi == kNoMention ? kNone : std::size_t{mi};
  }
  bool is_token(std::size_t t, std::string_view text) const {
    return t < tokens_.size() && doc_.slice(tokens_[t].span) == text;
  }
  bool same_sentence(std::size_t t, std::size_t mi) const {
    return t < tokens_.size() && mention_at(t) != kNone && mentions_[mention_at(t)].sentence == mentions_[mi].sentence;
  }

  // Whether mentions `a` and `b` have the same words (token keys).
  bool same_words(std::size_t a, std::size_t b) const {
    const Mention& ma = mentions_[a];
    const Mention& mb = mentions_[b];
    if (ma.token_count != mb.token_count) return false;
    for (std::size_t k = 0; k < ma.token_count; ++k) {
      if (keys_.key_index(ma.first_token + k) != keys_.key_index(mb.first_token + k)) return false;
    }
    return true;
  }

  // The gazetteer entries whose whole name is the mention's.
  PlaceEntries lookup(std::size_t mi) {
    PlaceEntries out;
    lookup_into(mi, out);
    return out;
  }
  // lookup() into `out`, cleared first: its vectors keep their room from
  // call to call.
  void lookup_into(std::size_t mi, PlaceEntries& out) {
    out.countries.clear();
    out.subdivisions.clear();
    out.cities.clear();
    const Mention& m = mentions_[mi];
    matches_.clear();
    g_.trie().match_all(keys_, m.first_token, m.first_token + m.token_count, matches_);
    for (const auto& match : matches_) {
      if (match.length != m.token_count) continue;
      for (const auto v : match.values) {
        switch (lexicon::kind_of(v)) {
          case GazetteerKind::country: add_unique(out.countries, lexicon::index_of(v)); break;
          case GazetteerKind::subdivision: add_unique(out.subdivisions, lexicon::index_of(v)); break;
          case GazetteerKind::city: add_unique(out.cities, lexicon::index_of(v)); break;
          default: break;
        }
      }
    }
  }

  // The GPE mention that qualifies mention `mi` right after it: "Paris, Texas".
  std::size_t qualifier_after(std::size_t mi) const {
    const Mention& m = mentions_[mi];
    const std::size_t comma = m.first_token + m.token_count;
    if (!is_token(comma, ",") || comma + 1 >= tokens_.size()) return kNone;
    const std::size_t q = mention_at(comma + 1);
    if (q == kNone || mentions_[q].first_token != comma + 1 || mentions_[q].type != EntityType::gpe) return kNone;
    return mentions_[q].sentence == m.sentence ? q : kNone;
  }

  // The GPE mention that mention `mi` qualifies: "Atlanta" in "Atlanta, Georgia".
  std::size_t qualified_before(std::size_t mi) const {
    const Mention& m = mentions_[mi];
    if (m.first_token < 2 || !is_token(m.first_token - 1, ",")) return kNone;
    const std::size_t q = mention_at(m.first_token - 2);
    if (q == kNone || mentions_[q].type != EntityType::gpe || mentions_[q].sentence != m.sentence) return kNone;
    return q;
  }

  // The code of the subdivision of city `c` ("US-TX"; empty when it has no
  // admin code), made in `buffer` (kept from call to call: no string made
  // per candidate city).
  static std::string_view subdivision_code_of(const City& c, std::string& buffer) {
    buffer.clear();
    if (c.admin.empty()) return buffer;
    buffer.append(c.country).append(1, '-').append(c.admin);
    return buffer;
  }
  // Whether `code` is subdivision_code_of(c), read in place (no string made
  // per candidate city: a common city name has dozens).
  static bool is_subdivision_code_of(const City& c, std::string_view code) {
    if (c.admin.empty()) return code.empty();
    return code.size() == c.country.size() + 1 + c.admin.size() && code.substr(0, c.country.size()) == c.country &&
           code[c.country.size()] == '-' && code.substr(c.country.size() + 1) == c.admin;
  }

  // Whether mention `mi` qualifies a city of subdivision `sub` ("Atlanta, Georgia").
  bool qualifies_city_in(std::size_t mi, const Subdivision& sub) {
    const std::size_t q = qualified_before(mi);
    if (q == kNone) return false;
    lookup_into(q, found_);  // free: link_places() has filed its mentions' entries by now
    for (const std::size_t ci : found_.cities) {
      if (is_subdivision_code_of(g_.city(ci), sub.code)) return true;
    }
    return false;
  }

  void set_subdivision_link(Entity& e, const Subdivision& sub) const {
    e.kb = KbLink{};
    e.kb.source = "iso3166";
    e.kb.id = sub.code;
    e.kb.country = sub.country;
  }

  void link_places() {
    enum class Kind { none, country, subdivision, city };
    std::vector<PlaceEntries> entries(entities_.size());
    std::vector<Kind> kinds(entities_.size(), Kind::none);
    std::vector<std::size_t> chosen_subdivision(entities_.size(), kNone);
    // Per entity, the mention whose words it looked up last: a place named
    // again in the same words finds the same entries, merged already.
    std::vector<std::size_t> looked_up(entities_.size(), kNone);
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (m.type != EntityType::gpe || m.entity == kNone) continue;
      if (looked_up[m.entity] != kNone && same_words(looked_up[m.entity], mi)) continue;
      looked_up[m.entity] = mi;
      lookup_into(mi, found_);
      PlaceEntries& into = entries[m.entity];
      merge_unique(into.countries, found_.countries);
      merge_unique(into.subdivisions, found_.subdivisions);
      merge_unique(into.cities, found_.cities);
    }

    // Countries and states first: they are the context of the cities.
    for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
      Entity& e = entities_[ei];
      if (e.type == EntityType::norp && !e.country_code.empty()) {
        e.kb = KbLink{};
        e.kb.source = "iso3166";
        e.kb.id = e.country_code;
        e.kb.country = e.country_code;
        continue;
      }
      if (e.type != EntityType::gpe) continue;
      const PlaceEntries& p = entries[ei];
      // A state named right after one of its cities ("Atlanta, Georgia").
      for (const std::size_t si : p.subdivisions) {
        for (const std::size_t mi : e.mentions) {
          if (chosen_subdivision[ei] == kNone && qualifies_city_in(mi, g_.subdivision(si))) chosen_subdivision[ei] = si;
        }
      }
      if (chosen_subdivision[ei] != kNone) {
        kinds[ei] = Kind::subdivision;
        e.country_code.clear();  // a state, not the country of the same name
      } else if (!e.country_code.empty()) {
        kinds[ei] = Kind::country;
      } else if (!p.subdivisions.empty()) {
        const bool large_city = std::any_of(p.cities.begin(), p.cities.end(),
                                            [&](std::size_t ci) { return g_.city(ci).population >= kLargeCity; });
        kinds[ei] = large_city ? Kind::city : Kind::subdivision;
      } else if (!p.cities.empty()) {
        kinds[ei] = Kind::city;
      }
      if (kinds[ei] == Kind::country) {
        e.kb = KbLink{};
        e.kb.source = "iso3166";
        e.kb.id = e.country_code;
        e.kb.country = e.country_code;
      }
    }

    // The codes of the countries named (the entities' codes stay as they
    // are from here on).
    CountryCodes named_countries;
    for (const Entity& e : entities_) {
      if ((e.type == EntityType::gpe || e.type == EntityType::norp) && !e.country_code.empty()) {
        named_countries.insert(e.country_code);
      }
    }
    auto country_named = [&](std::string_view code) { return named_countries.contains(code); };

    // States and provinces: the one a city qualifies, the only one of the
    // name, or the only one in a country the document names.
    std::vector<std::string_view> named_subdivisions;  // into the gazetteers; sorted below
    for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
      if (kinds[ei] != Kind::subdivision) continue;
      const PlaceEntries& p = entries[ei];
      std::size_t si = chosen_subdivision[ei];
      if (si == kNone && p.subdivisions.size() == 1) si = p.subdivisions.front();
      if (si == kNone) {
        std::size_t count = 0;
        for (const std::size_t s : p.subdivisions) {
          if (country_named(g_.subdivision(s).country)) {
            si = s;
            ++count;
          }
        }
        if (count != 1) si = kNone;
      }
      if (si == kNone) continue;  // ambiguous: no link rather than a guess
      set_subdivision_link(entities_[ei], g_.subdivision(si));
      named_subdivisions.push_back(g_.subdivision(si).code);
    }
    std::sort(named_subdivisions.begin(), named_subdivisions.end());
    auto subdivision_named = [&](std::string_view code) {
      return std::binary_search(named_subdivisions.begin(), named_subdivisions.end(), code);
    };

    // Cities.
    for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
      if (kinds[ei] != Kind::city) continue;
      Entity& e = entities_[ei];
      const std::vector<std::size_t>& candidates = entries[ei].cities;
      std::vector<PlaceEntries> qualifiers;
      for (const std::size_t mi : e.mentions) {
        const std::size_t q = qualifier_after(mi);
        if (q != kNone) qualifiers.push_back(lookup(q));
      }
      bool large_elsewhere = false;
      for (const std::size_t ci : candidates) {
        const City c = g_.city(ci);
        if (c.population >= kLargeCity && !country_named(c.country)) large_elsewhere = true;
      }
      std::size_t best = kNone;
      std::tuple<bool, bool, bool, std::uint64_t> best_key{};
      for (const std::size_t ci : candidates) {
        const City c = g_.city(ci);
        bool qualified = false;
        for (const PlaceEntries& q : qualifiers) {
          for (const std::size_t k : q.countries) qualified |= g_.country(k).code == c.country;
          for (const std::size_t k : q.subdivisions) qualified |= is_subdivision_code_of(c, g_.subdivision(k).code);
        }
        const bool in_named_country = country_named(c.country) && (c.population >= kLargeCity || !large_elsewhere);
        // The city's subdivision code is made only when some subdivision is named.
        const bool in_named_subdivision = !named_subdivisions.empty() && subdivision_named(subdivision_code_of(c, code_));
        const std::tuple<bool, bool, bool, std::uint64_t> k{qualified, in_named_subdivision, in_named_country,
                                                            c.population};
        // Ties go to the lower GeoNames id, so that the answer never depends on file order.
        if (best == kNone || k > best_key ||
            (k == best_key && c.geonames_id < g_.city(best).geonames_id)) {
          best = ci;
          best_key = k;
        }
      }
      if (best == kNone) continue;
      const City c = g_.city(best);
      e.kb = KbLink{};
      e.kb.source = "geonames";
      e.kb.id = std::to_string(c.geonames_id);
      e.kb.country = std::string(c.country);
      e.kb.admin = std::string(c.admin);
      e.kb.population = c.population;
      e.kb.lat = c.lat();
      e.kb.lon = c.lon();
      e.kb.has_coordinates = c.has_coordinates;
    }
  }

  std::string mention_key(std::size_t mi) const {
    const Mention& m = mentions_[mi];
    std::string k;
    for (std::size_t t = m.first_token; t < m.first_token + m.token_count; ++t) {
      if (!k.empty()) k += ' ';
      k += key(t);
    }
    return k;
  }

  void link_user_kb() {
    if (user_kb_.empty()) return;
    known_genders_.resize(entities_.size());
    for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
      Entity& e = entities_[ei];
      if (e.type != EntityType::person && e.type != EntityType::org) continue;
      auto of_type = [&](const std::vector<std::size_t>& found) {
        std::vector<std::size_t> out;
        for (const std::size_t k : found) {
          if (user_kb_.entries()[k].type == e.type) out.push_back(k);
        }
        return out;
      };
      // The canonical name first; else every mention, whole. A person's
      // one-word mention ("Osei") counts only when no longer name is known.
      const std::string name_key = UserKnowledgeBase::phrase_key(tokenizer_, e.name);
      std::vector<std::size_t> found = of_type(user_kb_.find(name_key));
      if (found.empty()) {
        const bool one_word_name = name_key.find(' ') == std::string::npos;
        for (const std::size_t mi : e.mentions) {
          if (e.type == EntityType::person && mentions_[mi].token_count < 2 && !one_word_name) continue;
          for (const std::size_t k : of_type(user_kb_.find(mention_key(mi)))) add_unique(found, k);
        }
      }
      if (found.size() != 1) continue;  // none, or ambiguous: no link rather than a guess
      const UserKbEntry& entry = user_kb_.entries()[found.front()];
      e.kb = KbLink{};
      e.kb.source = "user";
      e.kb.id = entry.id;
      if (e.type == EntityType::person && entry.gender != Gender::unknown) {
        known_genders_[ei].push_back({GenderClueKind::knowledge_base, entry.gender, "kb:" + entry.id});
      }
    }
  }

  // The entity a role names (the first country, organisation or nationality
  // in it, in text order; a nationality stands for its country when the
  // document names it), else kNone.
  std::size_t affiliation_in(std::size_t first, std::size_t end) const {
    for (std::size_t t = first; t < end; ++t) {
      const std::size_t mi = mention_at(t);
      if (mi == kNone) continue;
      const Mention& m = mentions_[mi];
      if (m.entity == kNone) continue;
      if (m.type == EntityType::gpe || m.type == EntityType::org) return m.entity;
      if (m.type == EntityType::norp) return country_of_nationality(m.entity);
    }
    return kNone;
  }

  std::size_t country_of_nationality(std::size_t norp) const {
    const auto it = country_entity_.find(entities_[norp].country_code);
    return it == country_entity_.end() ? norp : it->second;
  }

  // "Russian foreign ministry spokesperson": the organisation, country or
  // nationality a few words before the role.
  std::size_t affiliation_before(const RoleMention& r) const {
    const Sentence& s = doc_.sentences()[r.sentence];
    std::size_t t = r.first_token, bridge = 0;
    while (t > s.first_token) {
      const std::size_t prev = t - 1;
      const std::size_t mi = mention_at(prev);
      if (mi != kNone) {
        const EntityType type = mentions_[mi].type;
        if (bridge == 0 || (type != EntityType::gpe && type != EntityType::org && type != EntityType::norp)) {
          return kNone;
        }
        return affiliation_in(mentions_[mi].first_token, prev + 1);
      }
      if (tokens_[prev].kind != TokenKind::word || words_.phrases.is(key(prev), lexicon::CueRole::role_bridge_breaker) || ++bridge > kMaxBridgeWords) {
        return kNone;
      }
      t = prev;
    }
    return kNone;
  }

  // "spokesperson for the Foreign Ministry", "president of Acme": the
  // organisation or country right after the role.
  std::size_t affiliation_after(const RoleMention& r) const {
    const Sentence& s = doc_.sentences()[r.sentence];
    const std::size_t end = s.first_token + s.token_count;
    std::size_t t = r.first_token + r.token_count;
    if (t >= end) return kNone;
    const std::string_view k = key(t);
    if (!words_.phrases.is(k, lexicon::CueRole::role_affiliation_preposition)) return kNone;
    ++t;
    if (t < end && words_.phrases.is(key(t), lexicon::CueRole::definite_article)) ++t;
    if (t >= end) return kNone;
    const std::size_t mi = mention_at(t);
    if (mi == kNone || mentions_[mi].first_token != t) return kNone;
    const EntityType type = mentions_[mi].type;
    if (type != EntityType::gpe && type != EntityType::org) return kNone;
    return mentions_[mi].entity;
  }

  std::size_t role_affiliation(const RoleMention& r) const {
    std::size_t a = affiliation_in(r.first_token, r.first_token + r.token_count);
    if (a == kNone) a = affiliation_before(r);
    if (a == kNone) a = affiliation_after(r);
    return a;
  }

  // "John Kirby, the State Department spokesman,": a role right after a
  // person and a comma describes that person.
  void tie_appositions() {
    // The role starting at a token (of several, the last), found by a
    // binary search of the roles by first token: a document holds few roles,
    // and an array by token would be filled for each of its tokens.
    std::vector<std::pair<std::size_t, std::size_t>> role_starts;  // (first token, role index)
    role_starts.reserve(doc_.roles().size());
    for (std::size_t ri = 0; ri < doc_.roles().size(); ++ri) role_starts.emplace_back(doc_.roles()[ri].first_token, ri);
    std::sort(role_starts.begin(), role_starts.end());
    auto role_at = [&](std::size_t t) {
      const auto after = std::upper_bound(role_starts.begin(), role_starts.end(), std::make_pair(t, kNone));
      return after != role_starts.begin() && (after - 1)->first == t ? (after - 1)->second : kNone;
    };
    apposition_role_.assign(mentions_.size(), kNone);
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (m.type != EntityType::person || m.entity == kNone) continue;
      std::size_t t = m.first_token + m.token_count;
      if (!is_token(t, ",")) continue;
      ++t;
      if (t < tokens_.size()) {
        const std::string_view k = key(t);
        if (words_.phrases.is(k, lexicon::CueRole::definite_article) ||
            words_.phrases.is(k, lexicon::CueRole::indefinite_article)) {
          ++t;
        }
      }
      const std::size_t ri = t < tokens_.size() ? role_at(t) : kNone;
      if (ri == kNone) continue;
      const RoleMention& r = doc_.roles()[ri];
      if (r.person_mention != kNone || r.sentence != m.sentence) continue;
      apposition_role_[mi] = ri;
      Entity& e = entities_[m.entity];
      const std::string_view role = doc_.slice(r.span);  // made a string only when new
      if (std::find(e.roles.begin(), e.roles.end(), role) == e.roles.end()) e.roles.emplace_back(role);
    }
  }

  void set_affiliations() {
    for (std::size_t ei = entities_.size(); ei-- > 0;) {
      if (entities_[ei].type == EntityType::gpe && !entities_[ei].country_code.empty()) {
        country_entity_[entities_[ei].country_code] = ei;  // the first such entity wins
      }
    }
    // Roles in text order; the first that names a country or organisation wins.
    std::vector<std::pair<std::size_t, std::size_t>> tied;  // (role, person entity)
    // Room for every role and apposition at once, not by doubling.
    tied.reserve(doc_.roles().size() + static_cast<std::size_t>(std::count_if(
        apposition_role_.begin(), apposition_role_.end(), [](std::size_t ri) { return ri != kNone; })));
    for (std::size_t ri = 0; ri < doc_.roles().size(); ++ri) {
      const RoleMention& r = doc_.roles()[ri];
      if (r.person_mention != kNone && mentions_[r.person_mention].entity != kNone) {
        tied.emplace_back(ri, mentions_[r.person_mention].entity);
      }
    }
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
      if (apposition_role_[mi] != kNone) tied.emplace_back(apposition_role_[mi], mentions_[mi].entity);
    }
    std::sort(tied.begin(), tied.end());
    for (const auto& [ri, ei] : tied) {
      Entity& e = entities_[ei];
      if (e.affiliation != kNone) continue;
      const std::size_t a = role_affiliation(doc_.roles()[ri]);
      if (a != kNone && a != ei) e.affiliation = a;
    }
  }

  const Gazetteers& g_;
  const UserKnowledgeBase& user_kb_;
  const LinkLexicon& words_;
  const text::Tokenizer& tokenizer_;
  DocumentBuilder& builder_;
  const Document& doc_;
  const std::vector<Mention>& mentions_;
  const std::vector<Token>& tokens_;
  std::vector<Entity>& entities_;
  const core::TokenKeys& keys_;  // the builder's token keys (lexicon::token_keys)
  // Per token, the mention over it (of several, the last), else kNoMention:
  // the builder's, filled by entities::link_entities (DocumentBuilder::mention_of_token).
  const std::vector<std::uint32_t>& mention_of_token_;
  std::vector<std::size_t> apposition_role_;  // per mention: the role of an apposition, else kNone
  std::vector<std::vector<GenderClue>> known_genders_;  // per entity: what the user knowledge base says
  std::map<std::string, std::size_t> country_entity_;  // ISO code -> the GPE entity of that country
  std::vector<PhraseTrie::Match> matches_;  // lookup()'s, kept from call to call
  PlaceEntries found_;  // link_places()'s lookup of each mention, kept from mention to mention
  std::string code_;    // link_places()' subdivision code of a candidate city, kept from city to city
};

}  // namespace

Result<std::shared_ptr<const KbLinker>> KbLinker::create(const lexicon::Gazetteers& gazetteers,
                                                         const text::Tokenizer& tokenizer,
                                                         const std::string& knowledge_base_path,
                                                         const rules::RuleSet& rules, const std::string& language) {
  LinkLexicon words;
  auto pronouns = lexicon::Pronouns::load(rules, language);
  if (!pronouns) return pronouns.error();
  words.pronouns = std::move(pronouns).value();
  auto phrases = lexicon::CuePhrases::load(rules, language);
  if (!phrases) return phrases.error();
  words.phrases = std::move(phrases).value();
  UserKnowledgeBase kb;
  if (!knowledge_base_path.empty()) {
    auto loaded = UserKnowledgeBase::load(knowledge_base_path, tokenizer);
    if (!loaded) return loaded.error();
    kb = std::move(loaded).value();
  }
  return create(gazetteers, tokenizer, std::move(kb), std::move(words));
}

std::shared_ptr<const KbLinker> KbLinker::create(const lexicon::Gazetteers& gazetteers,
                                                 const text::Tokenizer& tokenizer, UserKnowledgeBase user_kb,
                                                 LinkLexicon words) {
  return std::shared_ptr<const KbLinker>(new KbLinker(gazetteers, tokenizer, std::move(user_kb), std::move(words)));
}

void KbLinker::link(DocumentBuilder& builder) const {
  if (builder.mention_of_token().size() != builder.tokens().size()) builder.index_mentions_by_token();
  DocumentLinker(*gazetteers_, user_kb_, words_, *tokenizer_, builder).run();
}

}  // namespace sayso::link
