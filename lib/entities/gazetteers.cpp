#include "entities/gazetteers.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "rules/rule_table.hpp"

namespace sayso::entities {
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
      for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
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
  if (g == "female" || g == "F" || g == "f") return Gender::female;
  if (g == "male" || g == "M" || g == "m") return Gender::male;
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
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || v < 0 || v > 1) {
    return t.error_at(row, col, "share must be a number from 0 to 1, not '" + s + "'");
  }
  return v;
}

// Parses every file of one base path and hands each row to `fn`, which may
// return an Error to stop.
template <typename Fn>
std::optional<Error> for_each_row(const rules::RuleSet& rules, const std::string& path,
                                  const std::vector<std::string>& required, Fn fn) {
  for (const rules::RuleFile* file : rules.files_for(path)) {
    auto table = RuleTable::parse(file->content, file->display_name, required);
    if (!table) return table.error();
    for (const RuleRow& row : table.value().rows()) {
      if (auto error = fn(table.value(), row)) return error;
    }
  }
  return std::nullopt;
}

}  // namespace

Result<Gazetteers> Gazetteers::load(const rules::RuleSet& rules, const std::string& language,
                                    const text::Tokenizer& tokenizer) {
  Gazetteers g;
  // Room for every entry at once: the lists hold about 350,000 phrases.
  std::size_t rows = 0;
  for (const auto& [path, file] : rules.files()) rows += static_cast<std::size_t>(std::count(file.content.begin(), file.content.end(), '\n'));
  g.trie_.reserve(rows + rows / 4);
  auto add = [&](std::string_view phrase, GazetteerKind kind, std::size_t index) {
    g.trie_.insert(phrase_keys(tokenizer, phrase), make_value(kind, index));
  };
  const std::string lang = language + "/";

  auto error = for_each_row(rules, "common/countries.tsv", {"code", "name"},
                            [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::string& code = RuleTable::cell(row, t.column_index("code"));
    const std::string& name = RuleTable::cell(row, t.column_index("name"));
    const std::size_t index = g.countries_.size();
    g.countries_.push_back({code, name});
    add(name, GazetteerKind::country, index);
    for (const auto& alias : rules::split_alternatives(RuleTable::cell(row, t.column_index("aliases")))) {
      add(alias, GazetteerKind::country, index);
    }
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, "common/demonyms.tsv", {"demonym", "code"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::size_t index = g.demonyms_.size();
    g.demonyms_.push_back({RuleTable::cell(row, t.column_index("code"))});
    add(RuleTable::cell(row, t.column_index("demonym")), GazetteerKind::demonym, index);
    for (const auto& plural : rules::split_alternatives(RuleTable::cell(row, t.column_index("plural")))) {
      add(plural, GazetteerKind::demonym, index);
    }
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, "common/subdivisions.tsv", {"code", "country", "name"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::size_t index = g.subdivisions_.size();
    g.subdivisions_.push_back({RuleTable::cell(row, t.column_index("code")),
                               RuleTable::cell(row, t.column_index("country")),
                               RuleTable::cell(row, t.column_index("name"))});
    add(g.subdivisions_.back().name, GazetteerKind::subdivision, index);
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, "common/cities.tsv", {"geonames_id", "name", "country"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    City city;
    auto id = parse_number<std::uint64_t>(t, row, t.column_index("geonames_id"), 0);
    if (!id) return id.error();
    auto population = parse_number<std::uint64_t>(t, row, t.column_index("population"), 0);
    if (!population) return population.error();
    city.geonames_id = id.value();
    city.population = population.value();
    city.name = RuleTable::cell(row, t.column_index("name"));
    city.country = RuleTable::cell(row, t.column_index("country"));
    const std::string& admin = RuleTable::cell(row, t.column_index("admin"));
    if (admin.size() >= sizeof city.admin_code) {
      return t.error_at(row, t.column_index("admin"), "admin code longer than 11 bytes: '" + admin + "'");
    }
    admin.copy(city.admin_code, admin.size());
    auto lat = parse_degrees(t, row, t.column_index("lat"), 90);
    if (!lat) return lat.error();
    auto lon = parse_degrees(t, row, t.column_index("lon"), 180);
    if (!lon) return lon.error();
    if (lat.value() && lon.value()) {
      city.lat_e5 = static_cast<std::int32_t>(std::lround(*lat.value() * 1e5));
      city.lon_e5 = static_cast<std::int32_t>(std::lround(*lon.value() * 1e5));
      city.has_coordinates = true;
    }
    const std::size_t index = g.cities_.size();
    add(city.name, GazetteerKind::city, index);
    const std::string& alt = RuleTable::cell(row, t.column_index("alt_name"));
    if (!alt.empty() && alt != city.name) add(alt, GazetteerKind::city, index);
    g.cities_.push_back(std::move(city));
    return std::nullopt;
  });
  if (error) return *error;
  g.cities_.shrink_to_fit();

  error = for_each_row(rules, lang + "organizations.tsv", {"name"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::size_t index = g.organizations_.size();
    g.organizations_.push_back({RuleTable::cell(row, t.column_index("name"))});
    add(g.organizations_.back().name, GazetteerKind::organization, index);
    for (const auto& alias : rules::split_alternatives(RuleTable::cell(row, t.column_index("aliases")))) {
      add(alias, GazetteerKind::organization, index);
    }
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "titles.tsv", {"title"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    auto gender = parse_gender(t, row, t.column_index("gender"));
    if (!gender) return gender.error();
    const std::string& kind = RuleTable::cell(row, t.column_index("kind"));
    if (!kind.empty() && kind != "honorific" && kind != "role") {
      return t.error_at(row, t.column_index("kind"), "kind must be honorific or role, not '" + kind + "'");
    }
    const std::size_t index = g.titles_.size();
    g.titles_.push_back({gender.value(), kind == "honorific"});
    add(RuleTable::cell(row, t.column_index("title")), GazetteerKind::title, index);
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "org_keywords.tsv", {"word", "position"},
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

  error = for_each_row(rules, lang + "given_names.tsv", {"name", "gender"},
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
    g.trie_.match_all(keys, 0, keys.size(), matches);
    for (const auto& m : matches) {
      if (m.length != keys.size()) continue;
      for (const auto v : *m.values) {
        if (kind_of(v) != GazetteerKind::given_name) continue;
        GivenName& existing = g.given_names_[index_of(v)];
        existing.count += count.value();
        if (share.value() > existing.share) {
          existing.gender = gender.value();
          existing.share = share.value();
        }
        return std::nullopt;
      }
    }
    const std::size_t index = g.given_names_.size();
    g.given_names_.push_back({gender.value(), share.value(), count.value()});
    g.trie_.insert(keys, make_value(GazetteerKind::given_name, index));
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "non_names.tsv", {"word"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    add(RuleTable::cell(row, t.column_index("word")), GazetteerKind::non_name, g.non_names_++);
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "sports_words.tsv", {"word", "kind"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    const std::string& kind = RuleTable::cell(row, t.column_index("kind"));
    if (kind != "topic" && kind != "play") {
      return t.error_at(row, t.column_index("kind"), "kind must be topic or play, not '" + kind + "'");
    }
    g.sports_words_[normalize_token(RuleTable::cell(row, t.column_index("word")))] = kind == "topic" ? 1 : 2;
    return std::nullopt;
  });
  if (error) return *error;

  error = for_each_row(rules, lang + "surname_endings.tsv", {"ending", "gender"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    auto gender = parse_gender(t, row, t.column_index("gender"));
    if (!gender) return gender.error();
    if (gender.value() == Gender::unknown) {
      return t.error_at(row, t.column_index("gender"), "an ending must give female or male");
    }
    auto min_length = parse_number<std::size_t>(t, row, t.column_index("min_length"), 0);
    if (!min_length) return min_length.error();
    g.surname_endings_.push_back(
        {normalize_token(RuleTable::cell(row, t.column_index("ending"))), gender.value(), min_length.value()});
    return std::nullopt;
  });
  if (error) return *error;
  std::stable_sort(g.surname_endings_.begin(), g.surname_endings_.end(),
                   [](const SurnameEnding& a, const SurnameEnding& b) { return a.ending.size() > b.ending.size(); });

  error = for_each_row(rules, lang + "common_words.tsv", {"word"},
                       [&](const RuleTable& t, const RuleRow& row) -> std::optional<Error> {
    g.common_words_.insert(normalize_token(RuleTable::cell(row, t.column_index("word"))));
    return std::nullopt;
  });
  if (error) return *error;
  return g;
}

Gender Gazetteers::gender_of_surname(const std::string& surname) const {
  for (const SurnameEnding& e : surname_endings_) {
    if (surname.size() >= e.min_length && surname.size() > e.ending.size() &&
        surname.compare(surname.size() - e.ending.size(), e.ending.size(), e.ending) == 0) {
      return e.gender;
    }
  }
  return Gender::unknown;
}

}  // namespace sayso::entities
