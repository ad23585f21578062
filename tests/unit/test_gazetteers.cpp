// The compiled gazetteers: the binary image, the compiled phrase trie, and
// when the image embedded at build time is used.
#include <catch2/catch.hpp>
#include <algorithm>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "lexicon/gazetteers.hpp"
#include "lexicon/phrase_trie.hpp"
#include "rules/binary_image.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "sayso/sayso.hpp"
#include "temp_files.hpp"
#include "text/tokenizer.hpp"

using namespace sayso;

namespace {

std::filesystem::path fresh_directory(const std::string& name) {
  return sayso_test::fresh_directory("gazetteers_" + name);
}

using sayso_test::write_file;

text::Tokenizer tokenizer_for(const rules::RuleSet& rule_set) {
  return text::Tokenizer(std::make_shared<const rules::TextRules>(rules::TextRules::load(rule_set, "en").value()));
}

// The rules of `dir` alone, without the embedded lists (a failure fails the test).
rules::RuleSet rules_of_directory_alone(const std::filesystem::path& dir) {
  rules::RuleSet only;
  auto rule_set = rules::RuleSet::with_directory(std::move(only), dir.string());
  REQUIRE(rule_set.ok());
  return std::move(rule_set).value();
}

// The gazetteers compiled from `rule_set` (a failure fails the test).
lexicon::Gazetteers gazetteers_of(const rules::RuleSet& rule_set) {
  auto g = lexicon::Gazetteers::load(rule_set, "en", tokenizer_for(rule_set));
  REQUIRE(g.ok());
  return std::move(g).value();
}

// An image copied to 8-byte aligned storage.
struct AlignedImage {
  explicit AlignedImage(const std::string& bytes) : words((bytes.size() + 7) / 8) {
    std::copy(bytes.begin(), bytes.end(), reinterpret_cast<char*>(words.data()));
    size = bytes.size();
  }
  std::string_view view() const { return {reinterpret_cast<const char*>(words.data()), size}; }
  std::vector<std::uint64_t> words;
  std::size_t size;
};

}  // namespace

TEST_CASE("a binary image gives its sections back, and a damaged one is refused", "[gazetteers]") {
  rules::ImageWriter writer;
  const rules::StringRef hello = writer.add_string("hello");
  CHECK(writer.add_string("hello").offset == hello.offset);  // stored once
  writer.add_section<std::uint32_t>(7, {1, 2, 3});
  writer.add_section<char>(8, {'x'});
  rules::HashedStrings::write(writer, {"alpha", "beta", "gamma"}, 9, 10);
  const std::string bytes = std::move(writer).finish(1);

  const AlignedImage image(bytes);
  auto view = rules::ImageView::open(image.view(), "test image");
  REQUIRE(view.ok());
  auto numbers = view.value().section<std::uint32_t>(7);
  REQUIRE(numbers.ok());
  REQUIRE(numbers.value().size() == 3);
  CHECK(numbers.value()[2] == 3);
  CHECK(view.value().section_bytes(8) == "x");
  CHECK(view.value().section_bytes(99).empty());
  const rules::StringPool pool(view.value().section_bytes(1));
  CHECK(pool[hello] == "hello");
  // A section whose size is not a whole number of records.
  CHECK_FALSE(view.value().section<std::uint64_t>(7).ok());

  auto words = rules::HashedStrings::read(view.value(), 9, 10);
  REQUIRE(words.ok());
  CHECK(words.value().find("alpha", pool) == 0);
  CHECK(words.value().find("gamma", pool) == 2);
  CHECK(words.value().find("delta", pool) == rules::HashedStrings::npos);
  CHECK(words.value().find("", pool) == rules::HashedStrings::npos);
  // A padded key (zero bytes up to a multiple of eight) is compared a word
  // at a time: found, or not for other bytes of the same length.
  const auto padded = [](std::string_view s) {
    std::string p(s);
    p.resize((s.size() + 7) / 8 * 8 + 8, '\0');
    return p;
  };
  CHECK(words.value().find_padded(padded("beta").data(), 4, rules::image_hash("beta"), pool) == 1);
  CHECK(words.value().find_padded(padded("gamma").data(), 5, rules::image_hash("gamma"), pool) == 2);
  CHECK(words.value().find_padded(padded("delta").data(), 5, rules::image_hash("delta"), pool) ==
        rules::HashedStrings::npos);
  // Equal hashes (given), other bytes: no match.
  CHECK(words.value().find_padded(padded("gammb").data(), 5, rules::image_hash("gamma"), pool) ==
        rules::HashedStrings::npos);
  const std::string_view pool_bytes = view.value().section_bytes(1);
  for (const std::string_view s : {std::string_view("hello"), std::string_view("alpha"), std::string_view("gamma")}) {
    const std::size_t at = pool_bytes.find(s);
    REQUIRE(at != std::string_view::npos);
    const rules::StringRef ref{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(s.size())};
    CHECK(pool.equals_padded(ref, padded(s).data(), s.size()));
    CHECK_FALSE(pool.equals_padded(ref, padded(s).data(), s.size() - 1));
    std::string other = padded(s);
    other[s.size() - 1] ^= 1;  // the last byte differs
    CHECK_FALSE(pool.equals_padded(ref, other.data(), s.size()));
  }
  // Strings of 1 to 20 bytes, the longest at the pool's end (compared by
  // memcmp when its last word would run past it).
  const std::string long_bytes = "abcdefghijklmnopqrst";
  const rules::StringPool own(long_bytes);
  for (std::uint32_t size = 1; size <= 20; ++size) {
    for (std::uint32_t offset = 0; offset + size <= 20; offset += 3) {
      const std::string_view s = std::string_view(long_bytes).substr(offset, size);
      CHECK(own.equals_padded({offset, size}, padded(s).data(), size));
      std::string other = padded(s);
      other[0] ^= 1;
      CHECK_FALSE(own.equals_padded({offset, size}, other.data(), size));
    }
  }

  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  const AlignedImage bad1(bad_magic);
  auto refused = rules::ImageView::open(bad1.view(), "test image");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message() == "test image: not a sayso image");

  const AlignedImage truncated(bytes.substr(0, bytes.size() - 3));  // the string pool runs past the end
  auto short_image = rules::ImageView::open(truncated.view(), "test image");
  REQUIRE_FALSE(short_image.ok());
  CHECK(short_image.error().message().find("lies outside the image") != std::string::npos);
}

TEST_CASE("a compiled phrase trie finds exactly what the trie it was compiled from finds", "[gazetteers]") {
  // Random phrases over a small vocabulary, so that phrases share prefixes
  // and nodes have many children.
  std::mt19937 random(12345);
  const std::vector<std::string> vocabulary{"new", "york", "city", "united", "states", "of", "america", "san",
                                            "jose", "de", "la", "paz", "el", "salvador", "côte", "d'ivoire"};
  std::uniform_int_distribution<std::size_t> word(0, vocabulary.size() - 1);
  std::uniform_int_distribution<std::size_t> length(1, 4);
  lexicon::PhraseTrie trie;
  for (lexicon::PhraseValue value = 0; value < 400; ++value) {
    std::vector<std::string> phrase(length(random));
    for (auto& w : phrase) w = vocabulary[word(random)];
    trie.insert(phrase, value % 150);  // some phrases get several values
  }
  rules::ImageWriter writer;
  trie.write(writer, 10);
  const AlignedImage image(std::move(writer).finish(1));
  auto view = rules::ImageView::open(image.view(), "trie image");
  REQUIRE(view.ok());
  auto compiled = lexicon::PhraseTrieView::read(view.value(), 10, rules::StringPool(view.value().section_bytes(1)));
  REQUIRE(compiled.ok());
  CHECK(compiled.value().phrase_count() == trie.phrase_count());

  std::vector<std::string> text(300);
  for (auto& w : text) w = vocabulary[word(random)];
  text[17] = "unknown";
  std::vector<std::uint32_t> ids;
  for (const auto& w : text) ids.push_back(compiled.value().find_key(w));
  CHECK(ids[17] == lexicon::PhraseTrieView::kNoKey);
  std::size_t total = 0;
  for (std::size_t start = 0; start < text.size(); ++start) {
    std::vector<lexicon::PhraseMatch> expected, by_key, by_id, from_node, split;
    trie.match_all(text, start, text.size(), expected);
    compiled.value().match_all(text, start, text.size(), by_key);
    compiled.value().match_all_ids(ids, start, text.size(), by_id);
    // The walk started from the root child asked before (none: no phrase starts here).
    const std::uint32_t first = compiled.value().root_child(ids[start]);
    CHECK((first != 0) == compiled.value().starts_phrase(ids[start]));
    for (int stage = 0; stage < 3; ++stage) compiled.value().prefetch_walk(stage, ids[start]);  // no effect
    if (first != 0) {
      compiled.value().for_each_match_from(first, ids.data(), start, text.size(),
                                           [&](std::size_t length, lexicon::PhraseValues values) {
                                             from_node.push_back({length, values});
                                           });
      // The same walk in two parts: the first node's values, then the longer phrases.
      const lexicon::PhraseValues one = compiled.value().node_values(first);
      if (one.size() != 0) split.push_back({1, one});
      const std::size_t before = split.size();
      compiled.value().for_each_longer_match_from(first, ids.data(), start, text.size(),
                                                  [&](std::size_t length, lexicon::PhraseValues values) {
                                                    split.push_back({length, values});
                                                  });
      if (!compiled.value().has_children(first)) CHECK(split.size() == before);  // no longer phrase
    }
    REQUIRE(by_key.size() == expected.size());
    REQUIRE(by_id.size() == expected.size());
    REQUIRE(from_node.size() == expected.size());
    REQUIRE(split.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CHECK(by_key[i].length == expected[i].length);
      CHECK(by_id[i].length == expected[i].length);
      CHECK(from_node[i].length == expected[i].length);
      const std::vector<lexicon::PhraseValue> want(expected[i].values.begin(), expected[i].values.end());
      CHECK(std::vector<lexicon::PhraseValue>(by_key[i].values.begin(), by_key[i].values.end()) == want);
      CHECK(std::vector<lexicon::PhraseValue>(by_id[i].values.begin(), by_id[i].values.end()) == want);
      CHECK(std::vector<lexicon::PhraseValue>(from_node[i].values.begin(), from_node[i].values.end()) == want);
      CHECK(split[i].length == expected[i].length);
      CHECK(std::vector<lexicon::PhraseValue>(split[i].values.begin(), split[i].values.end()) == want);
    }
    total += expected.size();
  }
  CHECK(total > 100);  // the text does match phrases
}

TEST_CASE("the default rules use the image compiled at build time, which is what compiling them gives",
          "[gazetteers]") {
  const rules::RuleSet rule_set = rules::RuleSet::embedded();
  const text::Tokenizer tokenizer = tokenizer_for(rule_set);
  auto embedded = lexicon::Gazetteers::load(rule_set, "en", tokenizer);
  REQUIRE(embedded.ok());
  CHECK(embedded.value().from_embedded_image());
  CHECK(embedded.value().city_count() > 100000);

  auto compiled = lexicon::Gazetteers::compile(rule_set, "en", tokenizer);
  REQUIRE(compiled.ok());
  CHECK_FALSE(compiled.value().from_embedded_image());
  // Byte for byte: the compiler is deterministic and the build's image is
  // that of the rules it embeds.
  CHECK(compiled.value().image() == embedded.value().image());

  // Lookups read the image: Geneva, Switzerland, and the gender of "Maria".
  const auto& trie = embedded.value().trie();
  std::vector<lexicon::PhraseMatch> matches;
  trie.match_all({"geneva"}, 0, 1, matches);
  bool geneva = false;
  for (const auto& m : matches) {
    for (const auto v : m.values) {
      if (lexicon::kind_of(v) != lexicon::GazetteerKind::city) continue;
      const lexicon::City c = embedded.value().city(lexicon::index_of(v));
      if (c.geonames_id == 2660646) {
        geneva = true;
        CHECK(c.country == "CH");
        CHECK(c.population > 150000);
        CHECK(c.has_coordinates);
        CHECK(c.lat() == Approx(46.2).margin(0.1));
      }
    }
  }
  CHECK(geneva);
  matches.clear();
  trie.match_all({"maria"}, 0, 1, matches);
  bool maria = false;
  for (const auto& m : matches) {
    for (const auto v : m.values) {
      if (lexicon::kind_of(v) == lexicon::GazetteerKind::given_name) {
        maria = embedded.value().given_name(lexicon::index_of(v)).gender == Gender::female;
      }
    }
  }
  CHECK(maria);
  CHECK(embedded.value().is_common_word("table"));
  CHECK_FALSE(embedded.value().is_common_word("kerry"));
  CHECK(embedded.value().gender_of_surname("zakharova") == Gender::female);
}

TEST_CASE("rule files that change a gazetteer are compiled when the pipeline is created", "[gazetteers]") {
  SECTION("a rules directory that leaves the gazetteers alone keeps the embedded image") {
    const auto dir = fresh_directory("untouched");
    write_file(dir / "en" / "speech_verbs.local.tsv", "lemma\tclass\nopine\tspeech\n");
    const auto rule_set = rules::RuleSet::with_directory(rules::RuleSet::embedded(), dir.string());
    REQUIRE(rule_set.ok());
    auto g = lexicon::Gazetteers::load(rule_set.value(), "en", tokenizer_for(rule_set.value()));
    REQUIRE(g.ok());
    CHECK(g.value().from_embedded_image());
  }
  SECTION("an extension of the cities is compiled with them, and linked") {
    const auto dir = fresh_directory("extended");
    write_file(dir / "common" / "cities.local.tsv",
               "geonames_id\tname\talt_name\tcountry\tadmin\tpopulation\tlat\tlon\n"
               "99000001\tNorthmarch\t\tGB\tENG\t250000\t52.5\t-1.5\n");
    const auto rule_set = rules::RuleSet::with_directory(rules::RuleSet::embedded(), dir.string());
    REQUIRE(rule_set.ok());
    auto g = lexicon::Gazetteers::load(rule_set.value(), "en", tokenizer_for(rule_set.value()));
    REQUIRE(g.ok());
    CHECK_FALSE(g.value().from_embedded_image());

    PipelineOptions options;
    options.rules_directory = dir.string();
    const auto pipeline = Pipeline::create(options);
    REQUIRE(pipeline.ok());
    const auto doc = pipeline.value().extract("Officials in Northmarch and Geneva said the talks would go on.");
    REQUIRE(doc.ok());
    bool northmarch = false, geneva = false;
    for (const Entity& e : doc.value().entities()) {
      northmarch |= e.name == "Northmarch" && e.kb.source == "geonames" && e.kb.id == "99000001";
      geneva |= e.name == "Geneva" && e.kb.id == "2660646";  // the default cities are still there
    }
    CHECK(northmarch);
    CHECK(geneva);
  }
  SECTION("a rules directory used alone compiles only its own lists") {
    const auto dir = fresh_directory("alone");
    write_file(dir / "common" / "cities.tsv",
               "geonames_id\tname\talt_name\tcountry\tadmin\tpopulation\tlat\tlon\n"
               "99000002\tSouthmarch\t\tGB\tENG\t250000\t51.5\t-1.5\n");
    rules::RuleSet only;
    const auto rule_set = rules::RuleSet::with_directory(std::move(only), dir.string());
    REQUIRE(rule_set.ok());
    auto g = lexicon::Gazetteers::load(rule_set.value(), "en", tokenizer_for(rule_set.value()));
    REQUIRE(g.ok());
    CHECK_FALSE(g.value().from_embedded_image());
    CHECK(g.value().city_count() == 1);
    CHECK(g.value().city(0).name == "Southmarch");
    CHECK(g.value().country_count() == 0);
    CHECK_FALSE(g.value().is_common_word("table"));
  }
  SECTION("common words and words of sports are answered by the phrase trie's key ids") {
    const auto dir = fresh_directory("word_flags");
    write_file(dir / "common" / "cities.tsv",
               "geonames_id\tname\talt_name\tcountry\tadmin\tpopulation\tlat\tlon\n"
               "99000003\tHarbour Vale\t\tGB\tENG\t250000\t51.5\t-1.5\n");
    write_file(dir / "en" / "common_words.tsv", "word\nkettle\nharbour\n");
    write_file(dir / "en" / "sports_words.tsv", "word\tkind\nrelay\tplay\nkettle\ttopic\nhurling\tsport\n");
    const rules::RuleSet rule_set = rules_of_directory_alone(dir);
    const lexicon::Gazetteers gz = gazetteers_of(rule_set);
    const lexicon::PhraseTrieView& trie = gz.trie();
    // A word of a phrase that is also a common word keeps one id, and its phrase.
    const std::uint32_t harbour = trie.find_key("harbour");
    REQUIRE(harbour != lexicon::PhraseTrieView::kNoKey);
    CHECK(gz.is_common_word_id(harbour));
    CHECK(gz.sports_word_id(harbour) == 0);
    std::vector<lexicon::PhraseMatch> matches;
    trie.match_all(std::vector<std::string>{"harbour", "vale"}, 0, 2, matches);
    CHECK(matches.size() == 1);
    // Words that start no phrase have ids too, and start no match.
    const std::uint32_t kettle = trie.find_key("kettle");
    REQUIRE(kettle != lexicon::PhraseTrieView::kNoKey);
    CHECK(gz.is_common_word_id(kettle));
    CHECK(gz.sports_word_id(kettle) == 1);
    matches.clear();
    trie.match_all(std::vector<std::string>{"kettle"}, 0, 1, matches);
    CHECK(matches.empty());
    CHECK(gz.sports_word("relay") == 2);
    CHECK_FALSE(gz.is_common_word("relay"));
    CHECK(gz.sports_word("hurling") == 3);
    CHECK(gz.sports_word("vale") == 0);
    CHECK_FALSE(gz.is_common_word("vale"));
    CHECK(trie.find_key("teapot") == lexicon::PhraseTrieView::kNoKey);
    CHECK_FALSE(gz.is_common_word_id(lexicon::PhraseTrieView::kNoKey));
    CHECK(gz.sports_word_id(lexicon::PhraseTrieView::kNoKey) == 0);
  }
  SECTION("a surname's ending is the longest listed one that fits, whatever its last byte") {
    const auto dir = fresh_directory("surname_endings");
    write_file(dir / "en" / "surname_endings.tsv",
               "ending\tgender\tmin_length\nra\tfemale\t5\nvra\tmale\t4\nul\tmale\t4\n"
               "ová\tfemale\t5\nkul\tfemale\t6\nbul\tmale\t6\n");
    const rules::RuleSet rule_set = rules_of_directory_alone(dir);
    const lexicon::Gazetteers gz = gazetteers_of(rule_set);
    CHECK(gz.gender_of_surname("tallora") == Gender::female);
    CHECK(gz.gender_of_surname("tallovra") == Gender::male);  // the longer ending first
    CHECK(gz.gender_of_surname("bavra") == Gender::male);
    CHECK(gz.gender_of_surname("bara") == Gender::unknown);  // shorter than the ending's minimum
    CHECK(gz.gender_of_surname("merkul") == Gender::female);
    CHECK(gz.gender_of_surname("merbul") == Gender::male);
    CHECK(gz.gender_of_surname("merpul") == Gender::male);
    CHECK(gz.gender_of_surname("brnová") == Gender::female);  // an ending of two-byte letters
    CHECK(gz.gender_of_surname("brnovo") == Gender::unknown);
    CHECK(gz.gender_of_surname("ul") == Gender::unknown);  // a surname is more than its ending
    CHECK(gz.gender_of_surname("") == Gender::unknown);
  }
  SECTION("an empty surname ending is refused") {
    const auto dir = fresh_directory("surname_endings_empty");
    write_file(dir / "en" / "surname_endings.tsv", "ending\tgender\tmin_length\n\tfemale\t5\n");
    rules::RuleSet only;
    const auto rule_set = rules::RuleSet::with_directory(std::move(only), dir.string());
    REQUIRE(rule_set.ok());
    CHECK_FALSE(lexicon::Gazetteers::load(rule_set.value(), "en", tokenizer_for(rule_set.value())).ok());
  }
  SECTION("what a word alone is in the lists is compiled by its word id") {
    using WordFacts = lexicon::Gazetteers::WordFacts;
    const auto dir = fresh_directory("word_facts");
    write_file(dir / "common" / "countries.tsv", "code\tname\taliases\nQZ\tBellmora\t\n");
    write_file(dir / "common" / "demonyms.tsv", "demonym\tcode\tplural\nBellmoran\tQZ\t\n");
    write_file(dir / "en" / "given_names.tsv",
               "name\tgender\tshare\tcount\nOrlind\tmale\t0.98\t5200\nTessaly\tfemale\t0.9\t40\n"
               "Bellmoran\tmale\t0.7\t900\nWarden\tmale\t0.8\t\n");
    write_file(dir / "en" / "titles.tsv",
               "title\tgender\tkind\nWarden\t\trole\nHigh Reeve\t\trole\nSquo\t\thonorific\n");
    write_file(dir / "en" / "non_names.tsv", "word\tclass\nMeanwhile\tadverb\n");
    write_file(dir / "en" / "org_keywords.tsv", "word\tposition\nGuild\thead\n");
    const rules::RuleSet rule_set = rules_of_directory_alone(dir);
    const lexicon::Gazetteers gz = gazetteers_of(rule_set);
    auto facts = [&](const char* word) { return gz.word_facts(gz.trie().find_key(word)); };
    const std::uint16_t one_word = WordFacts::starts_phrase;  // each entry below is a phrase of one word
    CHECK(facts("orlind") == (one_word | WordFacts::given_name));
    // A given name of few bearers is rare: not marked, though it starts a phrase.
    CHECK(facts("tessaly") == one_word);
    // Every kind of the word's entries, whatever else it is.
    CHECK(facts("bellmoran") == (one_word | WordFacts::demonym | WordFacts::given_name));
    CHECK(facts("warden") == (one_word | WordFacts::title | WordFacts::given_name));
    CHECK(facts("bellmora") == (one_word | WordFacts::country));
    CHECK(facts("meanwhile") == (one_word | WordFacts::non_name));
    CHECK(facts("guild") == (one_word | WordFacts::org_head));
    // The first word of a longer phrase starts it, but is no entry alone; the last starts none.
    CHECK(facts("high") == WordFacts::starts_phrase);
    CHECK(facts("reeve") == 0);
    CHECK(gz.word_facts(lexicon::PhraseTrieView::kNoKey) == 0);
    // The role words: a title alone that is no honorific ("squo" is one,
    // "high reeve" is two words).
    CHECK(facts("squo") == (one_word | WordFacts::title));
    REQUIRE(gz.role_word_ids().size() == 1);
    CHECK(gz.role_word_ids()[0] == gz.trie().find_key("warden"));
  }
}

TEST_CASE("the word facts of the embedded image agree with its phrase trie", "[gazetteers]") {
  using WordFacts = lexicon::Gazetteers::WordFacts;
  const rules::RuleSet rule_set = rules::RuleSet::embedded();
  auto g = lexicon::Gazetteers::load(rule_set, "en", tokenizer_for(rule_set));
  REQUIRE(g.ok());
  const lexicon::Gazetteers& gz = g.value();
  const lexicon::PhraseTrieView& trie = gz.trie();
  std::size_t disagreements = 0;
  std::vector<std::uint32_t> role_words;
  for (std::uint32_t id = 0; id < trie.key_count(); ++id) {
    std::uint16_t expected = trie.starts_phrase(id) ? WordFacts::starts_phrase : 0;
    for (const auto value : trie.one_key_values(id)) {
      switch (lexicon::kind_of(value)) {
        case lexicon::GazetteerKind::given_name:
          if (!gz.given_name(lexicon::index_of(value)).is_rare()) expected |= WordFacts::given_name;
          break;
        case lexicon::GazetteerKind::non_name: expected |= WordFacts::non_name; break;
        case lexicon::GazetteerKind::title: expected |= WordFacts::title; break;
        case lexicon::GazetteerKind::org_head: expected |= WordFacts::org_head; break;
        case lexicon::GazetteerKind::demonym: expected |= WordFacts::demonym; break;
        case lexicon::GazetteerKind::country: expected |= WordFacts::country; break;
        default: break;
      }
    }
    const std::uint16_t kinds = gz.word_facts(id) & ~(WordFacts::common_word | WordFacts::sports_kind);
    disagreements += kinds != expected;
    // A role word: an entry of the word alone is a title that is no honorific.
    bool role = false;
    for (const auto value : trie.one_key_values(id)) {
      role = role || (lexicon::kind_of(value) == lexicon::GazetteerKind::title &&
                      !gz.title(lexicon::index_of(value)).honorific);
    }
    if (role) role_words.push_back(id);
  }
  CHECK(disagreements == 0);
  CHECK(role_words.size() > 100);
  CHECK(std::equal(role_words.begin(), role_words.end(), gz.role_word_ids().begin(), gz.role_word_ids().end()));
}
