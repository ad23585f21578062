// The gazetteers of the entity stage, compiled from rule files into one
// phrase trie (a single lookup pass over the tokens finds every entry of every
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
//   <lang>/sports_words.tsv  word, kind (topic | play | sport)      (a set, not in the trie)
//   <lang>/surname_endings.tsv ending, gender, min_length   (a list, not in the trie)
#ifndef SAYSO_LEXICON_GAZETTEERS_HPP
#define SAYSO_LEXICON_GAZETTEERS_HPP

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/phrase_trie.hpp"
#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::lexicon {

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

// The entries, as views into the compiled gazetteers (valid while the
// Gazetteers object lives).
struct Country {
  std::string_view code;  // ISO 3166-1 alpha-2
  std::string_view name;  // the canonical English name
};
struct Demonym {
  std::string_view code;
};
struct Subdivision {
  std::string_view code;  // ISO 3166-2 ("US-TX")
  std::string_view country;
  std::string_view name;
  std::string_view type;  // as ISO 3166-2 names it: "State", "County"; "Country" for a nation inside a state (England)
};
struct City {
  std::uint32_t geonames_id = 0;
  std::string_view name;
  std::string_view country;  // ISO 3166-1 alpha-2
  std::string_view admin;    // the admin1 code ("TX" in the US), may be empty
  std::uint32_t population = 0;
  // Coordinates in 1e-5 degrees (GeoNames' precision).
  std::int32_t lat_e5 = 0;
  std::int32_t lon_e5 = 0;
  bool has_coordinates = false;  // both lat and lon were given

  double lat() const noexcept { return lat_e5 / 1e5; }
  double lon() const noexcept { return lon_e5 / 1e5; }
};
struct Organization {
  std::string_view name;  // canonical
};
struct Title {
  Gender gender = Gender::unknown;
  bool honorific = false;  // Mr., Dr., Sen. (as opposed to a role: Secretary of State)
};
struct GivenName {
  Gender gender = Gender::unknown;  // the gender of most bearers
  double share = 0;                 // the share of bearers with that gender, 0..1
  std::uint64_t count = 0;          // bearers of the name, all genders (0: unknown)

  // A name counted with fewer than 300 bearers is weak evidence that a
  // capitalised word is a name (it still counts for gender); an uncounted
  // name is not rare.
  static constexpr std::uint64_t kFewestCommonBearers = 300;
  bool is_rare() const noexcept { return count != 0 && count < kFewestCommonBearers; }
};

// The gazetteers live in one binary image (rules/binary_image.hpp) and are
// read in place: the entries' records, the phrase trie, 16 bits of word
// facts by trie key id (word_facts()) and the surname endings filed by
// last byte, in sections whose layout has a version that open() checks
// (kImageLayoutVersion in gazetteers.cpp). The image of the default rules
// is compiled at build time (tools/compile_gazetteers.cpp) and embedded in
// the library, so creating a pipeline costs no parsing; a rule set that changes any input file (see
// input_paths()) is compiled when the pipeline is created, which takes
// about 1.1-1.5 s of processor time and 180 MB for the full default lists.
//
// Immutable; safe to share across threads.
class Gazetteers {
 public:
  // The embedded image when every file the gazetteers of `language` are
  // compiled from is the embedded one, else compile().
  static Result<Gazetteers> load(const rules::RuleSet& rules, const std::string& language,
                                 const text::Tokenizer& tokenizer);
  // Compiles the rule files, whatever their origin.
  static Result<Gazetteers> compile(const rules::RuleSet& rules, const std::string& language,
                                    const text::Tokenizer& tokenizer);
  // The base paths of the rule files the gazetteers are compiled from: the
  // lists above, and the text rules the tokenizer reads (the phrases are
  // tokenised as text is).
  static std::vector<std::string> input_paths(const std::string& language);

  // Whether this is the image embedded at build time.
  bool from_embedded_image() const noexcept { return owned_image_ == nullptr; }
  // The compiled image (what the build embeds).
  std::string_view image() const noexcept { return image_; }

  // The phrase trie's keys include the common words and the words of
  // sports: a word's key id in the trie (trie().find_key(), kNoKey when
  // absent) answers whether it starts a phrase, is a common word and is a
  // word of sports, in one probe.
  const PhraseTrieView& trie() const noexcept { return trie_; }
  bool is_common_word(std::string_view normalized) const noexcept { return is_common_word_id(trie_.find_key(normalized)); }
  // The same for the word of trie key id `id` (kNoKey: none).
  bool is_common_word_id(std::uint32_t id) const noexcept { return (word_facts(id) & WordFacts::common_word) != 0; }
  // 1: a word of sports reporting (goal, match); 2: a word of playing (defeated, drew);
  // 3: the name of a sport (soccer, cricket), a topic word too; 0: none of these.
  int sports_word(std::string_view normalized) const noexcept { return sports_word_id(trie_.find_key(normalized)); }
  // The same for the word of trie key id `id` (kNoKey: none).
  int sports_word_id(std::uint32_t id) const noexcept {
    return (word_facts(id) & WordFacts::sports_kind) >> WordFacts::sports_kind_shift;
  }

  // What the gazetteers say of one word alone, as bits of WordFacts, by the
  // word's trie key id (kNoKey: 0). Compiled into the image with the trie,
  // one 16-bit record a word, so that a caller who asks this of each
  // distinct word of a document reads one array by word id, not the trie's
  // nodes and values and the entries' records behind them.
  struct WordFacts {
    static constexpr std::uint16_t common_word = 1u << 0;  // common_words.tsv
    static constexpr std::uint16_t sports_kind = 3u << 1;  // sports_word_id() << sports_kind_shift
    static constexpr int sports_kind_shift = 1;
    static constexpr std::uint16_t starts_phrase = 1u << 3;  // some phrase begins with the word (PhraseTrieView::starts_phrase)
    // The kinds of the entries that are the word alone (one_key_values()):
    static constexpr std::uint16_t given_name = 1u << 4;  // a given name, not a rare one (GivenName::is_rare)
    static constexpr std::uint16_t non_name = 1u << 5;
    static constexpr std::uint16_t title = 1u << 6;
    static constexpr std::uint16_t org_head = 1u << 7;
    static constexpr std::uint16_t demonym = 1u << 8;
    static constexpr std::uint16_t country = 1u << 9;
  };
  std::uint16_t word_facts(std::uint32_t id) const noexcept {
    return id == PhraseTrieView::kNoKey ? std::uint16_t{0} : word_facts_[id];
  }

  // The trie key ids, in increasing order, of the words whose entries alone
  // include a title that is no honorific ("minister", "spokesman"; not
  // "Mr"): a few hundred, compiled with the trie, so that a stage can file
  // them by id when it is made without reading every word's facts.
  const rules::ImageArray<std::uint32_t>& role_word_ids() const noexcept { return role_words_; }

  // Asks the cache for word_facts(id), to be read a little later.
  void prefetch_word_facts(std::uint32_t id) const noexcept {
    if (id < word_facts_.size()) __builtin_prefetch(word_facts_.begin() + id);
  }

  // The gender a surname's ending implies (surname_endings.tsv: the longest
  // ending that fits, the first listed among equals), or unknown; only the
  // endings of the surname's last byte are tried.
  Gender gender_of_surname(std::string_view normalized_surname) const noexcept;

  std::size_t country_count() const noexcept { return countries_.size(); }
  std::size_t city_count() const noexcept { return cities_.size(); }
  std::size_t given_name_count() const noexcept { return given_names_.size(); }
  Country country(std::size_t i) const noexcept;
  Demonym demonym(std::size_t i) const noexcept { return {pool_[demonyms_[i]]}; }
  Subdivision subdivision(std::size_t i) const noexcept;
  City city(std::size_t i) const noexcept;
  // city(i).population without building the record (asked per city hit).
  std::uint32_t city_population(std::size_t i) const noexcept { return cities_[i].population; }
  Organization organization(std::size_t i) const noexcept { return {pool_[organizations_[i]]}; }
  Title title(std::size_t i) const noexcept { return titles_[i]; }
  GivenName given_name(std::size_t i) const noexcept {
    const GivenNameRecord& r = given_names_[i];
    return {static_cast<Gender>(r.gender), r.share, r.count};
  }

  // The records of the image (public for the compiler in gazetteers.cpp).
  struct CountryRecord {
    rules::StringRef code, name;
  };
  struct SubdivisionRecord {
    rules::StringRef code, country, name, type;
  };
  struct CityRecord {
    std::uint32_t geonames_id, population;
    std::int32_t lat_e5, lon_e5;
    rules::StringRef name, country, admin;
    std::uint32_t has_coordinates;
  };
  struct SurnameEndingRecord {
    rules::StringRef ending;   // normalised
    std::uint32_t min_length;  // in bytes of the normalised surname
    std::uint32_t gender;      // a Gender
  };
  struct GivenNameRecord {  // no padding: images are compared byte for byte
    double share;
    std::uint64_t count;
    std::uint32_t gender;  // a Gender
    std::uint32_t unused;
  };

 private:
  static Result<Gazetteers> open(std::shared_ptr<const std::string> owned_image, std::string_view image);

  std::shared_ptr<const std::string> owned_image_;  // null: the embedded image
  std::string_view image_;
  std::string language_;  // the language the image was compiled for
  rules::StringPool pool_;
  PhraseTrieView trie_;
  rules::ImageArray<std::uint16_t> word_facts_;  // by trie key id: WordFacts bits
  rules::ImageArray<std::uint32_t> role_words_;  // role_word_ids()
  // Filed by last byte, longest ending first within one; the endings of
  // last byte b are [surname_ending_begin_[b], surname_ending_begin_[b + 1]).
  rules::ImageArray<SurnameEndingRecord> surname_endings_;
  rules::ImageArray<std::uint32_t> surname_ending_begin_;  // 257 offsets
  rules::ImageArray<CountryRecord> countries_;
  rules::ImageArray<rules::StringRef> demonyms_;
  rules::ImageArray<SubdivisionRecord> subdivisions_;
  rules::ImageArray<CityRecord> cities_;
  rules::ImageArray<rules::StringRef> organizations_;
  rules::ImageArray<Title> titles_;
  rules::ImageArray<GivenNameRecord> given_names_;
};

// The image compiled at build time (8-byte aligned); the size is 0 in the
// build tool that makes it, and in builds that cannot run that tool.
extern const char* const kEmbeddedGazetteerImage;
extern const std::size_t kEmbeddedGazetteerImageSize;

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_GAZETTEERS_HPP
