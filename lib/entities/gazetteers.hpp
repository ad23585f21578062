// The gazetteers of the entity stage, compiled from rule files into one
// PhraseTrie (a single lookup pass over the tokens finds every entry of every
// list) plus the per-entry data that linking and gender need.
//
// Files (formats in rules/README.md; a missing file is an empty list):
//   common/countries.tsv     code, name, aliases            -> country
//   common/demonyms.tsv      demonym, code, plural          -> demonym
//   common/subdivisions.tsv  code, country, name, type      -> subdivision
//   common/cities.tsv        geonames_id, name, alt_name, country, admin, population, lat, lon -> city
//   <lang>/organizations.tsv name, aliases, type            -> organization
//   <lang>/titles.tsv        title, gender, kind            -> title
//   <lang>/org_keywords.tsv  word, position (head | suffix) -> org_head / org_suffix
//   <lang>/given_names.tsv   name, gender, share, count     -> given_name
//   <lang>/non_names.tsv     word, class                    -> non_name
//   <lang>/common_words.tsv  word                           (a set, not in the trie)
#ifndef SAYSO_ENTITIES_GAZETTEERS_HPP
#define SAYSO_ENTITIES_GAZETTEERS_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/phrase_trie.hpp"
#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::entities {

enum class GazetteerKind : std::uint8_t {
  country,
  demonym,
  subdivision,
  city,
  organization,
  title,
  org_head,
  org_suffix,
  given_name,
  non_name,
};
inline constexpr int kGazetteerKindCount = 10;

// A trie value: the kind in the top 8 bits, the entry index in the rest.
inline PhraseTrie::Value make_value(GazetteerKind kind, std::size_t index) {
  return (static_cast<PhraseTrie::Value>(kind) << 24) | static_cast<PhraseTrie::Value>(index);
}
inline GazetteerKind kind_of(PhraseTrie::Value v) { return static_cast<GazetteerKind>(v >> 24); }
inline std::size_t index_of(PhraseTrie::Value v) { return v & 0xFFFFFFu; }

using sayso::Gender;

struct Country {
  std::string code;  // ISO 3166-1 alpha-2
  std::string name;  // the canonical English name
};
struct Demonym {
  std::string code;
};
struct Subdivision {
  std::string code;
  std::string country;
  std::string name;
};
struct City {
  std::uint64_t geonames_id = 0;
  std::string name;
  std::string country;
  std::uint64_t population = 0;
  // Compact, for 135,000 entries: coordinates in 1e-5 degrees (GeoNames'
  // precision), the admin1 code ("TX" in the US; at most 11 bytes) inline.
  std::int32_t lat_e5 = 0;
  std::int32_t lon_e5 = 0;
  bool has_coordinates = false;  // both lat and lon were given
  char admin_code[12] = {};

  double lat() const noexcept { return lat_e5 / 1e5; }
  double lon() const noexcept { return lon_e5 / 1e5; }
  std::string_view admin() const noexcept { return admin_code; }
};
struct Organization {
  std::string name;  // canonical
};
struct Title {
  Gender gender = Gender::unknown;
  bool honorific = false;  // Mr., Dr., Sen. (as opposed to a role: Secretary of State)
};
struct GivenName {
  Gender gender = Gender::unknown;  // the gender of most bearers
  double share = 0;                 // the share of bearers with that gender, 0..1
  std::uint64_t count = 0;          // bearers of the name, all genders (0: unknown)
};

class Gazetteers {
 public:
  static Result<Gazetteers> load(const rules::RuleSet& rules, const std::string& language,
                                 const text::Tokenizer& tokenizer);

  const PhraseTrie& trie() const noexcept { return trie_; }
  bool is_common_word(const std::string& normalized) const { return common_words_.count(normalized) != 0; }
  // 1: a word of sports reporting (goal, match); 2: a word of playing (defeated, drew); 0: neither.
  int sports_word(const std::string& normalized) const {
    const auto it = sports_words_.find(normalized);
    return it == sports_words_.end() ? 0 : it->second;
  }

  // The gender a surname's ending implies (surname_endings.tsv), or unknown.
  Gender gender_of_surname(const std::string& normalized_surname) const;

  const std::vector<Country>& countries() const noexcept { return countries_; }
  const std::vector<Demonym>& demonyms() const noexcept { return demonyms_; }
  const std::vector<Subdivision>& subdivisions() const noexcept { return subdivisions_; }
  const std::vector<City>& cities() const noexcept { return cities_; }
  const std::vector<Organization>& organizations() const noexcept { return organizations_; }
  const std::vector<Title>& titles() const noexcept { return titles_; }
  const std::vector<GivenName>& given_names() const noexcept { return given_names_; }

 private:
  PhraseTrie trie_;
  std::unordered_set<std::string> common_words_;
  std::unordered_map<std::string, int> sports_words_;
  struct SurnameEnding {
    std::string ending;  // normalised
    Gender gender;
    std::size_t min_length;  // in bytes of the normalised surname
  };
  std::vector<SurnameEnding> surname_endings_;  // longest ending first
  std::vector<Country> countries_;
  std::vector<Demonym> demonyms_;
  std::vector<Subdivision> subdivisions_;
  std::vector<City> cities_;
  std::vector<Organization> organizations_;
  std::vector<Title> titles_;
  std::vector<GivenName> given_names_;
  std::size_t non_names_ = 0;
};

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_GAZETTEERS_HPP
