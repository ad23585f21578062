#include "lexicon/gazetteers.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "core/char_class.hpp"
#include "rules/rule_table.hpp"

namespace sayso::lexicon {
namespace {

using rules::RuleRow;
using rules::RuleTable;

// The normalised token keys of a phrase, tokenised exactly as text is.
// Most entries are plain ASCII words separated by single spaces ("New York",
// "Aleppo"); those split without the tokenizer, which gives the same keys
// and keeps pipeline creation fast.
std::vector<std::string> phrase_keys(const text::Tokenizer& tokenizer, std::string_view phrase) {
  const bool plain = !phrase.empty() && phrase.front() != ' ' && phrase.back() != ' ' &&
                     phrase.find("  ") == std::string_view::npos &&
                     std::all_of(phrase.begin(), phrase.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ';
                     });
  if (plain) {
    std::vector<std::string> keys;
    std::size_t start = 0;
    while (start <= phrase.size()) {
      std::size_t space = phrase.find(' ', start);
      if (space == std::string_view::npos) space = phrase.size();
      std::string key(phrase.substr(start, space - start));
      for (char& c : key) c = core::to_lower_ascii(c);
      keys.push_back(std::move(key));
      start = space + 1;
    }
    return keys;
  }
  std::vector<Token> tokens;
  const std::string s(phrase);
  tokenizer.tokenize(s, {0, s.size()}, tokens);
  std::vector<std::string> keys;
  keys.reserve(tokens.size());
  for (const Token& t : tokens) keys.push_back(normalize_token(std::string_view(s).substr(t.span.begin, t.span.size())));
  return keys;
}

Result<Gender> parse_gender(const RuleTable& t, const RuleRow& row, std::size_t col) {
  const std::string& g = RuleTable::cell(row, col);
  if (g.empty() || g == "unknown") return Gender::unknown;
  if (g == "female") return Gender::female;  // the values rules/common/columns.tsv allows
  if (g == "male") return Gender::male;
  return t.error_at(row, col, "gender must be female, male or empty, not '" + g + "'");
}

template <typename Number>
Result<Number> parse_number(const RuleTable& t, const RuleRow& row, std::size_t col, Number fallback) {
  const std::string& s = RuleTable::cell(row, col);
  if (s.empty()) return fallback;
  Number value{};
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return t.error_at(row, col, "not a number: '" + s + "'");
  return value;
}

// A latitude or longitude in degrees; nullopt when the cell is empty.
Result<std::optional<double>> parse_degrees(const RuleTable& t, const RuleRow& row, std::size_t col, double limit) {
  const std::string& s = RuleTable::cell(row, col);
  if (s.empty()) return std::optional<double>();
  double v = 0;  // from_chars: the C locale whatever the process's, and fast
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || !(v >= -limit && v <= limit)) {
    return t.error_at(row, col, "not a coordinate from -" + std::to_string(static_cast<int>(limit)) + " to " +
                                    std::to_string(static_cast<int>(limit)) + ": '" + s + "'");
  }
  return std::optional<double>(v);
}

Result<double> parse_share(const RuleTable& t, const RuleRow& row, std::size_t col) {
  const std::string& s = RuleTable::cell(row, col);
  if (s.empty()) return 1.0;
  double v = 0;  // from_chars, not strtod: a host's locale must not turn "0.9" into an error
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || !(v >= 0 && v <= 1)) {
    return t.error_at(row, col, "share must be a number from 0 to 1, not '" + s + "'");
  }
  return v;
}

// Parses every file of one base path, checked against its declared columns
// (rules/common/columns.tsv), and hands each row to `fn`, which may return
// an Error to stop.
template <typename Fn>
std::optional<Error> for_each_row(const rules::RuleSet& rules, const std::string& path, Fn fn) {
  for (const rules::RuleFile* file : rules.files_for(path)) {
    auto table = RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    for (const RuleRow& row : table.value().rows()) {
      if (auto error = fn(table.value(), row)) return error;
    }
  }
  return std::nullopt;
}

// The lists as parsed, before they are written into an image.
struct SurnameEndingEntry {
  std::string ending;
  Gender gender;
  std::size_t min_length;
};
struct CityEntry {
  std::uint32_t geonames_id = 0;
  std::uint32_t population = 0;
  std::string name, country, admin;
  std::int32_t lat_e5 = 0, lon_e5 = 0;
  bool has_coordinates = false;
};
struct Lists {
  PhraseTrie trie;
  std::vector<std::pair<std::string, std::string>> countries;  // code, name
  std::vector<std::string> demonyms;                           // code
  struct SubdivisionEntry {
    std::string code, country, name, type;
  };
  std::vector<SubdivisionEntry> subdivisions;
  std::vector<CityEntry> cities;
  std::vector<std::string> organizations;
  std::vector<Title> titles;
  std::vector<GivenName> given_names;
  std::size_t non_names = 0;
  std::vector<std::string> sports_words;
  std::vector<std::int32_t> sports_kinds;
  std::unordered_map<std::string, std::size_t> sports_index;
  std::vector<SurnameEndingEntry> surname_endings;
  std::vector<std::string> common_words;
  std::unordered_set<std::string> common_word_set;
  std::vector<std::uint16_t> word_facts;  // by trie key id: Gazetteers::WordFacts bits
  std::vector<std::uint32_t> role_words;  // Gazetteers::role_word_ids()
};

// The layout of the sections below, checked when an image is opened.
// 1: the first; 2: 16-bit word facts (Gazetteers::WordFacts) instead of a
// byte of word flags, the surname endings filed by their last byte, and
// this version; 3: the role words' ids (Gazetteers::role_word_ids).
constexpr std::uint32_t kImageLayoutVersion = 3;

// The sections of a gazetteer image.
enum Section : std::uint32_t {
  kStrings = 1,
  kLanguage,
  kCountries,
  kDemonyms,
  kSubdivisions,
  kCities,
  kOrganizations,
  kTitles,
  kGivenNames,
  kWordFacts,
  kSurnameEndings,
  kLayoutVersion,
  kSurnameEndingsByLastByte,
  kRoleWords,
  kTrie = 30,  // to 37
};

// What the phrases of the trie say of the key of id `id` alone
// (Gazetteers::WordFacts): whether a phrase begins with it, and the kinds of
// the entries that are the key alone.
std::uint16_t facts_of_phrases(const Lists& g, std::uint32_t id) {
  using WordFacts = Gazetteers::WordFacts;
  std::uint16_t facts = g.trie.starts_phrase(id) ? WordFacts::starts_phrase : 0;
  for (const PhraseTrie::Value value : g.trie.one_key_values(id)) {
    switch (kind_of(value)) {
      case GazetteerKind::given_name:
        if (!g.given_names[index_of(value)].is_rare()) facts |= WordFacts::given_name;
        break;
      case GazetteerKind::non_name: facts |= WordFacts::non_name; break;
      case GazetteerKind::title: facts |= WordFacts::title; break;
      case GazetteerKind::org_head: facts |= WordFacts::org_head; break;
      case GazetteerKind::demonym: facts |= WordFacts::demonym; break;
      case GazetteerKind::country: facts |= WordFacts::country; break;
      default: break;
    }
  }
  return facts;
}

// Whether the entries that are the key of id `id` alone include a title
// that is no honorific (Gazetteers::role_word_ids).
bool is_role_word(const Lists& g, std::uint32_t id) {
  for (const PhraseTrie::Value value : g.trie.one_key_values(id)) {
    if (kind_of(value) == GazetteerKind::title && !g.titles[index_of(value)].honorific) return true;
  }
  return false;
}

// Where the endings of each last byte begin in `endings` (filed by last
// byte), and one more entry at the end: 257 offsets.
std::vector<std::uint32_t> surname_ending_begins(const std::vector<SurnameEndingEntry>& endings) {
  std::vector<std::uint32_t> begins(257, 0);
  for (const SurnameEndingEntry& e : endings) ++begins[static_cast<unsigned char>(e.ending.back()) + 1u];
  for (std::size_t b = 1; b < begins.size(); ++b) begins[b] += begins[b - 1];
  return begins;
}

std::string write_image(const Lists& g, const std::string& language) {
  rules::ImageWriter w;
  w.add_section(kLayoutVersion, std::vector<std::uint32_t>{kImageLayoutVersion});
  const std::vector<char> language_bytes(language.begin(), language.end());
  w.add_section(kLanguage, language_bytes);
  std::vector<Gazetteers::CountryRecord> countries;
  for (const auto& [code, name] : g.countries) countries.push_back({w.add_string(code), w.add_string(name)});
  w.add_section(kCountries, countries);
  std::vector<rules::StringRef> refs;
  for (const std::string& code : g.demonyms) refs.push_back(w.add_string(code));
  w.add_section(kDemonyms, refs);
  std::vector<Gazetteers::SubdivisionRecord> subdivisions;
  for (const auto& s : g.subdivisions) {
    subdivisions.push_back({w.add_string(s.code), w.add_string(s.country), w.add_string(s.name), w.add_string(s.type)});
  }
  w.add_section(kSubdivisions, subdivisions);
  std::vector<Gazetteers::CityRecord> cities;
  cities.reserve(g.cities.size());
  for (const CityEntry& c : g.cities) {
    cities.push_back({c.geonames_id, c.population, c.lat_e5, c.lon_e5, w.add_string(c.name), w.add_string(c.country),
                      w.add_string(c.admin), c.has_coordinates ? 1u : 0u});
  }
  w.add_section(kCities, cities);
  refs.clear();
  for (const std::string& name : g.organizations) refs.push_back(w.add_string(name));
  w.add_section(kOrganizations, refs);
  w.add_section(kTitles, g.titles);
  std::vector<Gazetteers::GivenNameRecord> given_names;
  for (const GivenName& n : g.given_names) {
    given_names.push_back({n.share, n.count, static_cast<std::uint32_t>(n.gender), 0});
  }
  w.add_section(kGivenNames, given_names);
  w.add_section(kWordFacts, g.word_facts);
  std::vector<Gazetteers::SurnameEndingRecord> endings;
  for (const auto& e : g.surname_endings) {
    endings.push_back(
        {w.add_string(e.ending), static_cast<std::uint32_t>(e.min_length), static_cast<std::uint32_t>(e.gender)});
  }
  w.add_section(kSurnameEndings, endings);
  w.add_section(kSurnameEndingsByLastByte, surname_ending_begins(g.surname_endings));
  w.add_section(kRoleWords, g.role_words);
  g.trie.write(w, kTrie);
  return std::move(w).finish(kStrings);
}

}  // namespace

Result<Gazetteers> Gazetteers::compile(const rules::RuleSet& rules, const std::string& language,
                                       const text::Tokenizer& tokenizer) {
  Lists g;
  // Room for every entry at once: the lists hold about 350,000 phrases.
  std::size_t rows = 0;
  for (const auto& [path, file] : rules.files()) rows += static_cast<std::size_t>(std::count(file.content.begin(), file.content.end(), '\n'));
  g.trie.reserve(rows + rows / 4);
  auto add = [&](std::string_view phrase, GazetteerKind kind, std::size_t index) {
    g.trie.insert(phrase_keys(tokenizer, phrase), make_value(kind, index));
  };
  const std::string lang = language + "/";

  auto error = for_each_row(rules, "common/countries.tsv",
                            [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::string& code = RuleTable::cell(row, t.column_index("code"));
    const std::string& name = RuleTable::cell(row, t.column_index("name"));
    const std::size_t index = g.countries.size();
    g.countries.push_back({code, name});
    add(name, GazetteerKind::country, index);
    for (const auto& alias : rules::split_alternatives(RuleTable::cell(row, t.column_index("aliases")))) {
      add(alias, GazetteerKind::country, index);
    }
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, "common/demonyms.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::size_t index = g.demonyms.size();
    g.demonyms.push_back(RuleTable::cell(row, t.column_index("code")));
    add(RuleTable::cell(row, t.column_index("demonym")), GazetteerKind::demonym, index);
    for (const auto& plural : rules::split_alternatives(RuleTable::cell(row, t.column_index("plural")))) {
      add(plural, GazetteerKind::demonym, index);
    }
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, "common/subdivisions.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::size_t index = g.subdivisions.size();
    g.subdivisions.push_back({RuleTable::cell(row, t.column_index("code")),
                               RuleTable::cell(row, t.column_index("country")),
                               RuleTable::cell(row, t.column_index("name")),
                               RuleTable::cell(row, t.column_index("type"))});
    add(g.subdivisions.back().name, GazetteerKind::subdivision, index);
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, "common/cities.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    CityEntry city;
    auto id = parse_number<std::uint32_t>(t, row, t.column_index("geonames_id"), 0);
    if (!id) return id.error();
    auto population = parse_number<std::uint32_t>(t, row, t.column_index("population"), 0);
    if (!population) return population.error();
    city.geonames_id = id.value();
    city.population = population.value();
    city.name = RuleTable::cell(row, t.column_index("name"));
    city.country = RuleTable::cell(row, t.column_index("country"));
    city.admin = RuleTable::cell(row, t.column_index("admin"));
    auto lat = parse_degrees(t, row, t.column_index("lat"), 90);
    if (!lat) return lat.error();
    auto lon = parse_degrees(t, row, t.column_index("lon"), 180);
    if (!lon) return lon.error();
    if (lat.value() && lon.value()) {
      city.lat_e5 = static_cast<std::int32_t>(std::lround(*lat.value() * 1e5));
      city.lon_e5 = static_cast<std::int32_t>(std::lround(*lon.value() * 1e5));
      city.has_coordinates = true;
    }
    const std::size_t index = g.cities.size();
    add(city.name, GazetteerKind::city, index);
    const std::string& alt = RuleTable::cell(row, t.column_index("alt_name"));
    if (!alt.empty() && alt != city.name) add(alt, GazetteerKind::city, index);
    g.cities.push_back(std::move(city));
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "organizations.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::size_t index = g.organizations.size();
    g.organizations.push_back(RuleTable::cell(row, t.column_index("name")));
    add(g.organizations.back(), GazetteerKind::organization, index);
    for (const auto& alias : rules::split_alternatives(RuleTable::cell(row, t.column_index("aliases")))) {
      add(alias, GazetteerKind::organization, index);
    }
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "titles.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    auto gender = parse_gender(t, row, t.column_index("gender"));
    if (!gender) return gender.error();
    const std::string& kind = RuleTable::cell(row, t.column_index("kind"));
    const std::size_t index = g.titles.size();
    g.titles.push_back({gender.value(), kind == "honorific"});
    add(RuleTable::cell(row, t.column_index("title")), GazetteerKind::title, index);
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "org_keywords.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::string& position = RuleTable::cell(row, t.column_index("position"));
    GazetteerKind kind;
    if (position == "head") kind = GazetteerKind::org_head;
    else if (position == "suffix") kind = GazetteerKind::org_suffix;
    else return t.error_at(row, t.column_index("position"), "position must be head or suffix, not '" + position + "'");
    add(RuleTable::cell(row, t.column_index("word")), kind, 0);
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "given_names.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    auto gender = parse_gender(t, row, t.column_index("gender"));
    if (!gender) return gender.error();
    auto share = parse_share(t, row, t.column_index("share"));
    if (!share) return share.error();
    auto count = parse_number<std::uint64_t>(t, row, t.column_index("count"), 0);
    if (!count) return count.error();
    // A name listed for both genders keeps the majority one.
    const std::vector<std::string> keys = phrase_keys(tokenizer, RuleTable::cell(row, t.column_index("name")));
    std::vector<PhraseTrie::Match> matches;
    g.trie.match_all(keys, 0, keys.size(), matches);
    for (const auto& m : matches) {
      if (m.length != keys.size()) continue;
      for (const auto v : m.values) {
        if (kind_of(v) != GazetteerKind::given_name) continue;
        GivenName& existing = g.given_names[index_of(v)];
        existing.count += count.value();
        if (share.value() > existing.share) {
          existing.gender = gender.value();
          existing.share = share.value();
        }
        return std::nullopt;
      }
    }
    const std::size_t index = g.given_names.size();
    g.given_names.push_back({gender.value(), share.value(), count.value()});
    g.trie.insert(keys, make_value(GazetteerKind::given_name, index));
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "non_names.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    add(RuleTable::cell(row, t.column_index("word")), GazetteerKind::non_name, g.non_names++);
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "sports_words.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::string& kind = RuleTable::cell(row, t.column_index("kind"));
    if (kind != "topic" && kind != "play" && kind != "sport") {
      return t.error_at(row, t.column_index("kind"), "kind must be topic, play or sport, not '" + kind + "'");
    }
    const std::string word = normalize_token(RuleTable::cell(row, t.column_index("word")));
    const auto [it, inserted] = g.sports_index.try_emplace(word, g.sports_words.size());
    if (inserted) {
      g.sports_words.push_back(word);
      g.sports_kinds.push_back(0);
    }
    g.sports_kinds[it->second] = kind == "topic" ? 1 : kind == "play" ? 2 : 3;  // a later row wins
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "surname_endings.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    auto gender = parse_gender(t, row, t.column_index("gender"));
    if (!gender) return gender.error();
    if (gender.value() == Gender::unknown) {
      return t.error_at(row, t.column_index("gender"), "an ending must give female or male");
    }
    auto min_length = parse_number<std::size_t>(t, row, t.column_index("min_length"), 0);
    if (!min_length) return min_length.error();
    std::string ending = normalize_token(RuleTable::cell(row, t.column_index("ending")));
    if (ending.empty()) return t.error_at(row, t.column_index("ending"), "an ending must not be empty");
    g.surname_endings.push_back({std::move(ending), gender.value(), min_length.value()});
    return std::nullopt;
  });
  if (error) return *error;
  // Filed by last byte (a surname can end only with the endings of its
  // last byte), longest first within it, then in the order of the files.
  std::stable_sort(g.surname_endings.begin(), g.surname_endings.end(),
                   [](const SurnameEndingEntry& a, const SurnameEndingEntry& b) {
                     const auto last_a = static_cast<unsigned char>(a.ending.back());
                     const auto last_b = static_cast<unsigned char>(b.ending.back());
                     return last_a != last_b ? last_a < last_b : a.ending.size() > b.ending.size();
                   });

  error = for_each_row(rules, lang + "common_words.tsv",
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    std::string word = normalize_token(RuleTable::cell(row, t.column_index("word")));
    if (g.common_word_set.insert(word).second) g.common_words.push_back(std::move(word));
    return std::nullopt;
  });
  if (error) return *error;

  // The common words and the words of sports are keys of the phrase trie
  // too, with 16 bits of facts by key id: a token's one probe in the trie's
  // keys answers what the gazetteers say of the word alone.
  auto mark_key = [&](const std::string& word, std::uint16_t facts) {
    const std::uint32_t id = g.trie.add_key(word);
    if (g.word_facts.size() <= id) g.word_facts.resize(id + 1, 0);
    g.word_facts[id] |= facts;
  };
  for (const std::string& word : g.common_words) mark_key(word, WordFacts::common_word);
  // A sports kind (1 to 3) fills the two bits of WordFacts::sports_kind and no other.
  static_assert((3u << WordFacts::sports_kind_shift) == WordFacts::sports_kind);
  for (std::size_t i = 0; i < g.sports_words.size(); ++i) {
    const auto kind = static_cast<std::uint16_t>(g.sports_kinds[i]) & 3u;
    mark_key(g.sports_words[i], static_cast<std::uint16_t>(kind << WordFacts::sports_kind_shift));
  }
  g.word_facts.resize(g.trie.key_count(), 0);
  for (std::uint32_t id = 0; id < g.word_facts.size(); ++id) {
    g.word_facts[id] |= facts_of_phrases(g, id);
    if ((g.word_facts[id] & WordFacts::title) != 0 && is_role_word(g, id)) g.role_words.push_back(id);
  }

  std::string image;
  try {
    image = write_image(g, language);
  } catch (const std::exception& e) {  // the string pool's 4 GiB limit
    return Error(ErrorCode::invalid_argument, std::string("the gazetteers are too large to compile: ") + e.what());
  }
  auto owned = std::make_shared<const std::string>(std::move(image));
  return open(owned, *owned);
}

Gender Gazetteers::gender_of_surname(std::string_view surname) const noexcept {
  if (surname.empty()) return Gender::unknown;
  const auto last = static_cast<unsigned char>(surname.back());
  const auto first = surname_endings_.begin() + surname_ending_begin_[last];
  const auto end = surname_endings_.begin() + surname_ending_begin_[last + 1];
  for (auto e = first; e != end; ++e) {
    const std::string_view ending = pool_[e->ending];
    if (surname.size() >= e->min_length && surname.size() > ending.size() &&
        surname.substr(surname.size() - ending.size()) == ending) {
      return static_cast<Gender>(e->gender);
    }
  }
  return Gender::unknown;
}

Country Gazetteers::country(std::size_t i) const noexcept {
  const CountryRecord& r = countries_[i];
  return {pool_[r.code], pool_[r.name]};
}

Subdivision Gazetteers::subdivision(std::size_t i) const noexcept {
  const SubdivisionRecord& r = subdivisions_[i];
  return {pool_[r.code], pool_[r.country], pool_[r.name], pool_[r.type]};
}

City Gazetteers::city(std::size_t i) const noexcept {
  const CityRecord& r = cities_[i];
  return {r.geonames_id, pool_[r.name],  pool_[r.country], pool_[r.admin], r.population,
          r.lat_e5,      r.lon_e5,       r.has_coordinates != 0};
}

std::vector<std::string> Gazetteers::input_paths(const std::string& language) {
  std::vector<std::string> paths = {"common/countries.tsv", "common/demonyms.tsv", "common/subdivisions.tsv",
                                    "common/cities.tsv"};
  for (const char* name : {"organizations.tsv", "titles.tsv", "org_keywords.tsv", "given_names.tsv",
                           "non_names.tsv", "sports_words.tsv", "surname_endings.tsv", "common_words.tsv",
                           // read by the tokenizer, which splits the phrases
                           "abbreviations.tsv", "sentence_starters.tsv"}) {
    paths.push_back(language + "/" + name);
  }
  return paths;
}

Result<Gazetteers> Gazetteers::load(const rules::RuleSet& rules, const std::string& language,
                                    const text::Tokenizer& tokenizer) {
  if (kEmbeddedGazetteerImageSize != 0) {
    // The embedded image is usable when the input files are exactly the
    // embedded ones: none replaced, none added, none missing.
    const rules::RuleSet embedded_rules = rules::RuleSet::embedded();
    bool same_inputs = true;
    for (const std::string& path : input_paths(language)) {
      const auto mine = rules.files_for(path);
      const auto built = embedded_rules.files_for(path);
      same_inputs &= mine.size() == built.size();
      for (std::size_t i = 0; same_inputs && i < mine.size(); ++i) {
        same_inputs &= mine[i]->embedded() && mine[i]->relative_path == built[i]->relative_path;
      }
    }
    if (same_inputs) {
      auto embedded = open(nullptr, std::string_view(kEmbeddedGazetteerImage, kEmbeddedGazetteerImageSize));
      if (!embedded) return embedded.error();
      if (embedded.value().language_ == language) return embedded;
    }
  }
  return compile(rules, language, tokenizer);
}

Result<Gazetteers> Gazetteers::open(std::shared_ptr<const std::string> owned_image, std::string_view bytes) {
  auto image = rules::ImageView::open(bytes, "<compiled gazetteers>");
  if (!image) return image.error();
  const rules::ImageView& view = image.value();
  auto layout = view.section<std::uint32_t>(kLayoutVersion);
  if (!layout) return layout.error();
  if (layout.value().size() != 1 || layout.value()[0] != kImageLayoutVersion) {
    return Error(ErrorCode::internal, "<compiled gazetteers>: the image's layout is not version " +
                                          std::to_string(kImageLayoutVersion) + " (rebuild it)");
  }
  Gazetteers g;
  g.owned_image_ = std::move(owned_image);
  g.image_ = bytes;
  g.pool_ = rules::StringPool(view.section_bytes(kStrings));
  g.language_ = std::string(view.section_bytes(kLanguage));
  std::optional<Error> error;
  auto read = [&](auto& member, std::uint32_t id) {
    using Array = std::decay_t<decltype(member)>;
    using Record = std::decay_t<decltype(*member.begin())>;
    static_assert(std::is_same_v<Array, rules::ImageArray<Record>>);
    if (error) return;
    auto section = view.section<Record>(id);
    if (!section) error = section.error();
    else member = section.value();
  };
  read(g.countries_, kCountries);
  read(g.demonyms_, kDemonyms);
  read(g.subdivisions_, kSubdivisions);
  read(g.cities_, kCities);
  read(g.organizations_, kOrganizations);
  read(g.titles_, kTitles);
  read(g.given_names_, kGivenNames);
  read(g.word_facts_, kWordFacts);
  read(g.surname_endings_, kSurnameEndings);
  read(g.surname_ending_begin_, kSurnameEndingsByLastByte);
  read(g.role_words_, kRoleWords);
  if (error) return *error;
  auto trie = PhraseTrieView::read(view, kTrie, g.pool_);
  if (!trie) return trie.error();
  g.trie_ = trie.value();
  // 257 offsets into the endings, one run per last byte: they start at 0,
  // never go down and end at the count, so that no run reaches past the endings.
  const auto& begins = g.surname_ending_begin_;
  if (begins.size() != 257 || begins[0] != 0 || begins[256] != g.surname_endings_.size() ||
      !std::is_sorted(begins.begin(), begins.end())) {
    return Error(ErrorCode::internal, "<compiled gazetteers>: the surname endings are not filed by last byte");
  }
  if (g.word_facts_.size() != g.trie_.key_count()) {
    return Error(ErrorCode::internal, "<compiled gazetteers>: " + std::to_string(g.word_facts_.size()) +
                                          " word facts for " + std::to_string(g.trie_.key_count()) + " trie keys");
  }
  for (std::size_t i = 0; i < g.role_words_.size(); ++i) {
    if (g.role_words_[i] >= g.trie_.key_count() || (i > 0 && g.role_words_[i] <= g.role_words_[i - 1])) {
      return Error(ErrorCode::internal, "<compiled gazetteers>: the role words are not increasing trie key ids");
    }
  }
  return g;
}

}  // namespace sayso::lexicon
