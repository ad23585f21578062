// The lexicon views over rules/ (lib/lexicon/): pronouns with case, person,
// number and gender, and words and phrases by role. Texts and words written
// for these tests.
#include <catch2/catch.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/document_builder.hpp"
#include "lexicon/cue_phrases.hpp"
#include "lexicon/gazetteers.hpp"
#include "lexicon/person_nouns.hpp"
#include "lexicon/pronouns.hpp"
#include "lexicon/token_keys.hpp"
#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "sayso/sayso.hpp"
#include "text/tokenizer.hpp"
#include "temp_files.hpp"

using namespace sayso;

namespace {

std::filesystem::path fresh_directory(const std::string& name) {
  return sayso_test::fresh_directory("lexicon_" + name);
}

using sayso_test::write_file;

rules::RuleSet only(const std::filesystem::path& dir) {
  return rules::RuleSet::with_directory(rules::RuleSet(), dir.string()).value();
}

}  // namespace

TEST_CASE("pronouns: case, person, number and gender from pronouns.tsv", "[lexicon]") {
  const auto pronouns = lexicon::Pronouns::load(rules::RuleSet::embedded(), "en");
  REQUIRE(pronouns.ok());
  const lexicon::Pronouns& p = pronouns.value();
  CHECK(p.gender_of("him") == Gender::male);
  CHECK(p.gender_of("herself") == Gender::female);
  CHECK(p.gender_of("they") == Gender::unknown);
  CHECK(p.gender_of("it") == Gender::unknown);
  CHECK(p.gender_of("table") == Gender::unknown);
  CHECK(p.is("her", lexicon::PronounCase::object));
  CHECK(p.is("her", lexicon::PronounCase::possessive));
  CHECK_FALSE(p.is("her", lexicon::PronounCase::subject));
  REQUIRE(p.form("you", lexicon::PronounCase::subject));
  CHECK(p.form("you", lexicon::PronounCase::subject)->person == 2);
  REQUIRE(p.form("they", lexicon::PronounCase::subject));
  CHECK(p.form("they", lexicon::PronounCase::subject)->number == lexicon::PronounNumber::plural);
  CHECK(p.forms("table").empty());
}

TEST_CASE("pronouns: may_be_gendered lets through every male and female form, and few others", "[lexicon]") {
  const auto dir = fresh_directory("pronouns_gendered");
  write_file(dir / "xx" / "pronouns.tsv",
             "word\tcase\tperson\tnumber\tgender\n"
             "zo\tsubject\t3\tsingular\tmale\n"
             "zai\tobject\t3\tsingular\tfemale\n"
             "zen\tsubject\t3\tplural\tany\n"
             "vu\tsubject\t3\tsingular\tneuter\n");
  const auto loaded = lexicon::Pronouns::load(only(dir), "xx");
  REQUIRE(loaded.ok());
  const lexicon::Pronouns& p = loaded.value();
  for (const std::string_view word : {"zo", "zai", "zen", "vu", "zora", "va"}) {
    // The filter never hides a gendered word.
    if (p.gender_of(word) != Gender::unknown) CHECK(p.may_be_gendered(word));
  }
  CHECK(p.may_be_gendered("zo"));
  CHECK(p.may_be_gendered("zai"));
  // Pronouns of no gender, and words of no gendered form's shape.
  CHECK(p.may_be_pronoun("zen"));
  CHECK_FALSE(p.may_be_gendered("zen"));  // a gendered form's first byte and length, not its last byte
  CHECK_FALSE(p.may_be_gendered("vu"));
  CHECK_FALSE(p.may_be_gendered("zora"));
  CHECK_FALSE(p.may_be_gendered("va"));
}

TEST_CASE("pronouns: a wrong value names its file, line and column", "[lexicon]") {
  const auto dir = fresh_directory("pronouns");
  write_file(dir / "xx" / "pronouns.tsv", "word\tcase\tperson\tnumber\tgender\nzo\tsubject\t3\tsingular\tfeminine\n");
  const auto loaded = lexicon::Pronouns::load(only(dir), "xx");
  REQUIRE_FALSE(loaded.ok());
  const std::string message = loaded.error().to_string();
  CHECK(message.find("pronouns.tsv:2:") != std::string::npos);
  CHECK(message.find("gender must be any, male, female or neuter, not 'feminine'") != std::string::npos);
}

TEST_CASE("pronouns: a made-up language needs only its file", "[lexicon]") {
  const auto dir = fresh_directory("made_up");
  write_file(dir / "xx" / "pronouns.tsv", "word\tcase\tperson\tnumber\tgender\nzo\tsubject\t3\tsingular\tfemale\n"
                                          "zu\tsubject\t3\tsingular\tmale\n");
  const auto loaded = lexicon::Pronouns::load(only(dir), "xx");
  REQUIRE(loaded.ok());
  CHECK(loaded.value().gender_of("zo") == Gender::female);
  CHECK(loaded.value().gender_of("zu") == Gender::male);
  CHECK(loaded.value().gender_of("he") == Gender::unknown);
}

TEST_CASE("person nouns: the gender of a noun for one person, from person_nouns.tsv and titles.tsv", "[lexicon]") {
  const rules::RuleSet& rule_set = rules::RuleSet::embedded();
  const auto nouns = lexicon::PersonNouns::load(rule_set, "en");
  REQUIRE(nouns.ok());
  const text::Tokenizer tokenizer(std::make_shared<const rules::TextRules>(rules::TextRules::load(rule_set, "en").value()));
  const auto gazetteers = lexicon::Gazetteers::load(rule_set, "en", tokenizer);
  REQUIRE(gazetteers.ok());
  const auto gender = [&](std::string_view key) {
    return lexicon::person_noun_gender(nouns.value(), gazetteers.value(), key);
  };
  // person_nouns.tsv
  CHECK(gender("woman") == Gender::female);
  CHECK(gender("fisherman") == Gender::male);
  CHECK(gender("half-brother") == Gender::male);
  // a one-word role of titles.tsv with a gender
  CHECK(gender("spokeswoman") == Gender::female);
  CHECK(gender("chairman") == Gender::male);
  // no gender: a noun for men and women alike, an honorific, no noun for a person
  CHECK(gender("parent") == Gender::unknown);
  CHECK(gender("official") == Gender::unknown);
  CHECK(gender("mr.") == Gender::unknown);
  CHECK(gender("harbour") == Gender::unknown);
  // plain nouns say only sex and age
  CHECK(nouns.value().is_plain("woman"));
  CHECK_FALSE(nouns.value().is_plain("actress"));
  CHECK_FALSE(nouns.value().is_plain("spokeswoman"));
}

TEST_CASE("person nouns: a made-up language needs only its file, and a wrong gender names its place", "[lexicon]") {
  const auto dir = fresh_directory("person_nouns");
  write_file(dir / "xx" / "person_nouns.tsv", "noun\tgender\tkind\nzora\tfemale\tplain\nvek\tmale\trole\n");
  const auto loaded = lexicon::PersonNouns::load(only(dir), "xx");
  REQUIRE(loaded.ok());
  CHECK(loaded.value().gender_of("zora") == Gender::female);
  CHECK(loaded.value().gender_of("vek") == Gender::male);
  CHECK(loaded.value().gender_of("woman") == Gender::unknown);
  CHECK(loaded.value().is_plain("zora"));
  const auto bad_dir = fresh_directory("person_nouns_bad");
  write_file(bad_dir / "xx" / "person_nouns.tsv", "noun\tgender\tkind\nzora\tfeminine\tplain\n");
  const auto bad = lexicon::PersonNouns::load(only(bad_dir), "xx");
  REQUIRE_FALSE(bad.ok());
  const std::string message = bad.error().to_string();
  CHECK(message.find("person_nouns.tsv:2:6:") != std::string::npos);
  CHECK(message.find("not 'feminine'") != std::string::npos);
}

TEST_CASE("cue phrases: words, phrases and endings by role", "[lexicon]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::CuePhrases& c = phrases.value();
  const std::vector<std::string> keys = {"as", "reported", "according", "to", "the", "so", "-", "called", "plan"};
  CHECK(c.starting_at(keys, 2, keys.size(), lexicon::CueRole::according_to) == 2);
  CHECK(c.starting_at(keys, 2, 3, lexicon::CueRole::according_to) == 0);  // the phrase must fit
  CHECK(c.starting_at(keys, 1, keys.size(), lexicon::CueRole::according_to) == 0);
  CHECK(c.ending_before(keys, 8, lexicon::CueRole::distance) == 3);        // "so - called"
  CHECK(c.ending_before(keys, 7, lexicon::CueRole::distance_prefix) == 2); // "so -"
  CHECK(c.is("dubbed", lexicon::CueRole::naming_verb));
  CHECK_FALSE(c.is("dubbed", lexicon::CueRole::lead_in));
  CHECK(c.is("quietly", lexicon::CueRole::adverb_or_auxiliary));  // the ending "-ly"
  CHECK_FALSE(c.is("fly", lexicon::CueRole::adverb_or_auxiliary));  // too short for an ending
  // One threshold for every ending: three bytes before it.
  CHECK(c.is("early", lexicon::CueRole::adverb_or_auxiliary));
  CHECK_FALSE(c.is("ally", lexicon::CueRole::adverb_or_auxiliary));
  CHECK(c.is("hens", lexicon::CueRole::plural_ending));
  CHECK_FALSE(c.is("gas", lexicon::CueRole::plural_ending));
  CHECK_FALSE(c.is("need", lexicon::CueRole::past_ending));
  CHECK(c.is("moored", lexicon::CueRole::past_ending));
  CHECK(c.is("rowing", lexicon::CueRole::participle_ending));
  CHECK(c.is("glass", lexicon::CueRole::singular_ending));
  CHECK(c.is("boss", lexicon::CueRole::singular_ending));  // listed: too short for "-ss"
  // The endings by the word's last byte: "-s" and "-ss" share theirs.
  using lexicon::CueRole;
  CHECK(c.ending_roles_of("glass").has(CueRole::plural_ending));
  CHECK(c.ending_roles_of("glass").has(CueRole::singular_ending));
  CHECK(c.ending_roles_of("hens").has(CueRole::plural_ending));
  CHECK_FALSE(c.ending_roles_of("hens").has(CueRole::singular_ending));
  CHECK(c.ending_roles_of("boss").has(CueRole::plural_ending));
  CHECK_FALSE(c.ending_roles_of("boss").has(CueRole::singular_ending));  // "-ss" needs three bytes before it
  CHECK(c.ending_roles_of("moored").has(CueRole::past_ending));
  CHECK_FALSE(c.ending_roles_of("moored").has(CueRole::plural_ending));
  CHECK(c.ending_roles_of("rowing").has(CueRole::participle_ending));
  CHECK(c.ending_roles_of("quietly").has(CueRole::adverb_or_auxiliary));
  CHECK_FALSE(c.ending_roles_of("pelican").any());
  CHECK_FALSE(c.ending_roles_of("ally").any());
  CHECK(c.is("the", lexicon::CueRole::definite_article));
  CHECK_FALSE(c.is("a", lexicon::CueRole::definite_article));
}

TEST_CASE("cue phrases: words of a phrase are split at any run of spaces, and a phrase of spaces is refused",
          "[lexicon]") {
  const auto dir = fresh_directory("phrase_words");
  write_file(dir / "xx" / "cue_phrases.tsv",
             "phrase\trole\n  as  told   by \taccording_to\nZorbled\tnaming_verb\n-ish \tplural_ending\n");
  const auto loaded = lexicon::CuePhrases::load(only(dir), "xx");
  REQUIRE(loaded.ok());
  const lexicon::CuePhrases& c = loaded.value();
  const std::vector<std::string> keys = {"as", "told", "by", "them"};
  CHECK(c.starting_at(keys, 0, keys.size(), lexicon::CueRole::according_to) == 3);
  CHECK(c.is("zorbled", lexicon::CueRole::naming_verb));  // normalised: lowercase
  CHECK_FALSE(c.is("zorbled", lexicon::CueRole::according_to));
  CHECK(c.is("greenish", lexicon::CueRole::plural_ending));  // the ending "-ish"
  write_file(dir / "xx" / "cue_phrases.tsv", "phrase\trole\n   \tnaming_verb\n");
  const auto refused = lexicon::CuePhrases::load(only(dir), "xx");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().to_string().find("cue_phrases.tsv:2:") != std::string::npos);
}

TEST_CASE("cue phrases: an ending longer than four bytes is compared beyond the word's last four", "[lexicon]") {
  // ending_roles_of() compares a word's last four bytes with each ending's
  // at once; "-ation" shares its last four with "-tion" words it does not
  // end ("combustion"), which the rest of the ending must refuse.
  const auto dir = fresh_directory("long_endings");
  write_file(dir / "xx" / "cue_phrases.tsv",
             "phrase\trole\n-ation\tparticiple_ending\n-ion\tpast_ending\n-s\tplural_ending\n-ss\tsingular_ending\n");
  const auto loaded = lexicon::CuePhrases::load(only(dir), "xx");
  REQUIRE(loaded.ok());
  const lexicon::CuePhrases& c = loaded.value();
  using lexicon::CueRole;
  CHECK(c.ending_roles_of("creation").has(CueRole::participle_ending));
  CHECK(c.ending_roles_of("creation").has(CueRole::past_ending));
  CHECK_FALSE(c.ending_roles_of("combustion").has(CueRole::participle_ending));  // "-tion", not "-ation"
  CHECK(c.ending_roles_of("combustion").has(CueRole::past_ending));
  CHECK_FALSE(c.ending_roles_of("station").has(CueRole::participle_ending));  // three bytes before "-ation"
  CHECK(c.ending_roles_of("station").has(CueRole::past_ending));
  CHECK_FALSE(c.ending_roles_of("lotion").has(CueRole::participle_ending));
  CHECK_FALSE(c.ending_roles_of("orbit").any());
  CHECK(c.ending_roles_of("glass").has(CueRole::singular_ending));
  CHECK(c.ending_roles_of("glass").has(CueRole::plural_ending));
  CHECK_FALSE(c.ending_roles_of("hens").has(CueRole::singular_ending));
  // The same answers as is(), which compares the endings byte by byte.
  for (const std::string word : {"creation", "combustion", "station", "nation", "glasses", "glass", "hens", "orbit"}) {
    for (const CueRole role : {CueRole::participle_ending, CueRole::past_ending, CueRole::plural_ending,
                               CueRole::singular_ending}) {
      CHECK(c.ending_roles_of(word).has(role) == c.is(word, role));
    }
  }
}

TEST_CASE("cue phrases: an unknown role names its file, line and column", "[lexicon]") {
  const auto dir = fresh_directory("roles");
  write_file(dir / "xx" / "cue_phrases.tsv", "phrase\trole\nchristened\tnaming_verbs\n");
  const auto loaded = lexicon::CuePhrases::load(only(dir), "xx");
  REQUIRE_FALSE(loaded.ok());
  const std::string message = loaded.error().to_string();
  CHECK(message.find("cue_phrases.tsv:2:12: unknown role 'naming_verbs'") != std::string::npos);
}

TEST_CASE("cue phrases: every role of the role column has its row in rules/README.md", "[lexicon]") {
  // rules/common/columns.tsv lists the roles the loader accepts; the
  // README's table of roles says what each one means.
  const auto read = [](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  const std::string columns = read(std::filesystem::path(SAYSO_SOURCE_DIR) / "rules" / "common" / "columns.tsv");
  const std::string readme = read(std::filesystem::path(SAYSO_SOURCE_DIR) / "rules" / "README.md");
  const std::string row = "\ncue_phrases\trole\t";
  const std::size_t at = columns.find(row);
  REQUIRE(at != std::string::npos);
  const std::size_t line_end = columns.find('\n', at + 1);
  const std::string line = columns.substr(at + 1, line_end - at - 1);
  const std::string roles = line.substr(line.rfind('\t') + 1);
  std::size_t count = 0;
  for (std::size_t b = 0, e = 0; b < roles.size(); b = e + 1) {
    e = roles.find('|', b);
    if (e == std::string::npos) e = roles.size();
    const std::string role = roles.substr(b, e - b);
    ++count;
    INFO(role);
    CHECK(readme.find("\n| `" + role + "` |") != std::string::npos);
  }
  CHECK(count == lexicon::kCueRoleCount);
}

TEST_CASE("cue phrases: a role past the 64th is kept and answered like any other", "[lexicon]") {
  // The last role sits past bit 63 of a word's mask; the filters fold it
  // onto the bit of role (index % 64), which must not make one answer for
  // the other.
  constexpr lexicon::CueRole high = lexicon::CueRole::warning_verb;
  static_assert(static_cast<std::size_t>(high) >= 64, "a role past the 64th");
  constexpr auto folded = static_cast<lexicon::CueRole>(static_cast<std::size_t>(high) % 64);
  // (the names of the first roles, in the enum's order)
  const std::array<std::string, 18> first_names = {
      "absolute_opener",     "according_to",            "acquaintance",      "adjunct_opener",
      "adverb_or_auxiliary", "affiliation_preposition", "agent_preposition", "approximator",
      "clause_conjunction",  "clause_continuation",     "comment_opener",    "comparison_opener",
      "complementizer",      "contrast_conjunction",    "coordinator",       "copula",
      "dash_concession",     "date_preposition"};
  REQUIRE(static_cast<std::size_t>(folded) < first_names.size());
  const std::string folded_name = first_names[static_cast<std::size_t>(folded)];
  const auto dir = fresh_directory("high_role");
  write_file(dir / "xx" / "cue_phrases.tsv",
             "phrase\trole\nglorp\twarning_verb\nglorp\twarning_preposition\nplinth\t" + folded_name +
                 "\n-ixx\twarning_verb\nflim flam\twarning_verb\nflim zap\t" + folded_name + "\n");
  const auto loaded = lexicon::CuePhrases::load(only(dir), "xx");
  REQUIRE(loaded.ok());
  const lexicon::CuePhrases& c = loaded.value();
  CHECK(c.is("glorp", high));
  CHECK(c.is("glorp", lexicon::CueRole::warning_preposition));
  CHECK_FALSE(c.is("glorp", folded));
  CHECK(c.roles_of("glorp").has(high));
  CHECK(c.roles_of("glorp").has(lexicon::CueRole::warning_preposition));
  CHECK_FALSE(c.roles_of("glorp").has(folded));
  // The folded role shares the filters' bit with the high role: no answer for it.
  CHECK(c.is("plinth", folded));
  CHECK_FALSE(c.is("plinth", high));
  CHECK_FALSE(c.roles_of("plinth").has(high));
  // An ending of the high role, and phrases of several words.
  CHECK(c.is("bloomixx", high));
  CHECK(c.roles_of("bloomixx").has(high));
  CHECK_FALSE(c.is("bloomixx", folded));
  const std::vector<std::string> keys = {"then", "flim", "flam", "glorp"};
  CHECK(c.starting_at(keys, 1, keys.size(), high) == 2);
  CHECK(c.ending_before(keys, 3, high) == 2);
  CHECK(c.starting_at(keys, 1, keys.size(), folded) == 0);
  CHECK(c.phrase_roles_starting_with("flim").has(high));
  CHECK(c.phrase_roles_starting_with("flim").has(folded));
  CHECK_FALSE(c.phrase_roles_starting_with("flim").has(lexicon::CueRole::warning_preposition));
}

TEST_CASE("cue phrases: a row added in a rules directory changes the quote stage", "[lexicon][quotes]") {
  const std::string text = "Ann Ruiz said the old boat christened \"Sea Queen\" would sail again.";
  auto count_fragments = [&](const Pipeline& pipeline) {
    std::size_t fragments = 0;
    const auto extracted = pipeline.extract(text);  // kept alive: the loop reads into it
    for (const Quote& q : extracted.value().quotes()) fragments += q.kind == QuoteKind::mixed;
    return fragments;
  };
  CHECK(count_fragments(Pipeline::create().value()) == 1);  // "christened" names nothing by default
  const auto dir = fresh_directory("christened");
  write_file(dir / "en" / "cue_phrases.local.tsv", "phrase\trole\nchristened\tnaming_verb\n");
  PipelineOptions options;
  options.rules_directory = dir.string();
  CHECK(count_fragments(Pipeline::create(options).value()) == 0);  // now a name: nobody's quote
}

TEST_CASE("token keys: filled once, each distinct key stored once, each with its hash", "[lexicon][token_keys]") {
  // "Otto’s KITE Flew, kite flew" as six tokens: a typographic apostrophe,
  // capitals, and two keys met again in another case.
  DocumentBuilder builder("", "Otto\xE2\x80\x99s KITE Flew, kite flew", false);
  builder.tokens().push_back({{0, 8}, TokenKind::word, TokenShape::capitalized, true, false});
  builder.tokens().push_back({{9, 13}, TokenKind::word, TokenShape::all_caps, true, false});
  builder.tokens().push_back({{14, 18}, TokenKind::word, TokenShape::capitalized, true, false});
  builder.tokens().push_back({{18, 19}, TokenKind::punctuation, TokenShape::none, false, false});
  builder.tokens().push_back({{20, 24}, TokenKind::word, TokenShape::lower, true, false});
  builder.tokens().push_back({{25, 29}, TokenKind::word, TokenShape::lower, true, false});
  const core::TokenKeys& keys = lexicon::token_keys(builder);
  REQUIRE(keys.size() == 6);
  CHECK(keys[0] == "otto's");
  CHECK(keys[1] == "kite");
  CHECK(keys[2] == "flew");
  CHECK(keys[3] == ",");
  CHECK(keys[4] == "kite");
  CHECK(keys[5] == "flew");
  for (std::size_t t = 0; t < keys.size(); ++t) CHECK(keys.hash(t) == lexicon::key_hash(keys[t]));
  CHECK(std::vector<std::string_view>(keys.begin() + 1, keys.begin() + 3) == std::vector<std::string_view>{"kite", "flew"});
  // A second call finds them filled: the same store, not a second fill.
  CHECK(&lexicon::token_keys(builder) == &keys);
  // Equal keys are one stored key.
  CHECK(keys.distinct_count() == 4);
  CHECK(keys[4].data() == keys[1].data());
  CHECK(keys[5].data() == keys[2].data());
}

TEST_CASE("token keys: lowered a word of eight bytes at a time, whatever the length and wherever the token ends",
          "[lexicon][token_keys]") {
  // Tokens of 8, 9, 17 and 3 bytes, the last two ending less than eight
  // bytes before the text's end (their words are not read past it), and a
  // capital in each word of the long ones.
  const std::string text = "ZeppeLIN ZeppeLINs AbcdefgHIjklmnoPq @[`{ Zed";
  DocumentBuilder builder("", text, false);
  builder.tokens().push_back({{0, 8}, TokenKind::word, TokenShape::mixed, true, false});
  builder.tokens().push_back({{9, 18}, TokenKind::word, TokenShape::mixed, true, false});
  builder.tokens().push_back({{19, 36}, TokenKind::word, TokenShape::mixed, true, false});
  builder.tokens().push_back({{37, 41}, TokenKind::symbol, TokenShape::none, true, false});
  builder.tokens().push_back({{42, 45}, TokenKind::word, TokenShape::capitalized, true, false});
  builder.tokens().push_back({{9, 17}, TokenKind::word, TokenShape::mixed, true, false});  // "ZeppeLIN" again
  const core::TokenKeys& keys = lexicon::token_keys(builder);
  REQUIRE(keys.size() == 6);
  CHECK(keys[0] == "zeppelin");
  CHECK(keys[1] == "zeppelins");
  CHECK(keys[2] == "abcdefghijklmnopq");
  CHECK(keys[3] == "@[`{");  // the bytes next to A, Z, a and z stay as they are
  CHECK(keys[4] == "zed");
  CHECK(keys[5].data() == keys[0].data());
  CHECK(keys.distinct_count() == 5);
  for (std::size_t t = 0; t < keys.size(); ++t) CHECK(keys.hash(t) == lexicon::key_hash(keys[t]));
}

TEST_CASE("token keys: a short key met first near the text's end is the same key met later in one word",
          "[lexicon][token_keys]") {
  // "Owl" within eight bytes of the end is lowered through the buffer
  // (push_back_padded); "OWL" and "owl" earlier in the text, asked after
  // it, go one word in a register (push_back_word): the same stored key.
  // "owls" is another key of another length with the same first bytes.
  const std::string text = "OWL owls owl Owl";
  DocumentBuilder builder("", text, false);
  builder.tokens().push_back({{13, 16}, TokenKind::word, TokenShape::capitalized, true, false});
  builder.tokens().push_back({{0, 3}, TokenKind::word, TokenShape::all_caps, true, false});
  builder.tokens().push_back({{4, 8}, TokenKind::word, TokenShape::lower, true, false});
  builder.tokens().push_back({{9, 12}, TokenKind::word, TokenShape::lower, true, false});
  const core::TokenKeys& keys = lexicon::token_keys(builder);
  REQUIRE(keys.size() == 4);
  CHECK(keys[0] == "owl");
  CHECK(keys[1].data() == keys[0].data());
  CHECK(keys[2] == "owls");
  CHECK(keys[3].data() == keys[0].data());
  CHECK(keys.distinct_count() == 2);
  for (std::size_t t = 0; t < keys.size(); ++t) CHECK(keys.hash(t) == lexicon::key_hash(keys[t]));
}

TEST_CASE("token keys: many distinct keys and their repeats, past the growth of the table that finds them",
          "[lexicon][token_keys]") {
  core::TokenKeys keys;
  keys.reset(0);
  const auto word = [](std::size_t i) { return "w" + std::to_string(i % 5000); };
  for (std::size_t i = 0; i < 12000; ++i) keys.push_back(word(i), lexicon::key_hash(word(i)));
  keys.shrink_to_fit();
  keys.push_back("w17", lexicon::key_hash("w17"));  // after shrink_to_fit: the slots are found again
  keys.push_back("fresh", lexicon::key_hash("fresh"));
  REQUIRE(keys.size() == 12002);
  CHECK(keys.distinct_count() == 5001);
  for (std::size_t i = 0; i < 12000; ++i) {
    REQUIRE(keys[i] == word(i));
    CHECK(keys.hash(i) == lexicon::key_hash(word(i)));
  }
  CHECK(keys[12000].data() == keys[17].data());
  CHECK(keys[12001] == "fresh");
  // The same hash with other bytes is another key.
  keys.push_back("w5017", lexicon::key_hash("w17"));
  CHECK(keys[12002] == "w5017");
  CHECK(keys.distinct_count() == 5002);
  // A key already held is found by its bytes, and keeps the hash it came with.
  keys.push_back("w18", 0);
  CHECK(keys[12003].data() == keys[18].data());
  CHECK(keys.hash(12003) == lexicon::key_hash("w18"));
  CHECK(keys.distinct_count() == 5002);
}

TEST_CASE("hashed string maps and sets: found by key, with or without its hash", "[lexicon][rules]") {
  rules::HashedStringMap<int> map;
  rules::HashedStringSet set;
  for (int i = 0; i < 200; ++i) {  // past several growths of the slot table
    CHECK(map.emplace("w" + std::to_string(i), i).second);
    CHECK(set.insert("w" + std::to_string(i)).second);
  }
  CHECK_FALSE(map.emplace("w7", 70).second);
  CHECK_FALSE(set.insert("w7").second);
  CHECK(map.size() == 200);
  CHECK(set.size() == 200);
  for (int i = 0; i < 200; ++i) {
    const std::string key = "w" + std::to_string(i);
    const auto it = map.find(key, lexicon::key_hash(key));
    REQUIRE(it != map.end());
    CHECK(it->second == i);
    CHECK(set.count(std::string_view(key)) == 1);
  }
  CHECK(map.find("w200") == map.end());
  CHECK(map.count("") == 0);
  CHECK(set.find("x1") == set.end());
  // A right key with a wrong hash is not found: the hash is trusted.
  CHECK(map.find("w3", lexicon::key_hash("w4")) == map.end());
  map["w3"] += 5;
  map["fresh"] = 1;
  CHECK(map.find("w3")->second == 8);
  CHECK(map.size() == 201);
  CHECK(map.begin()->first == "w0");  // insertion order
}

TEST_CASE("hashed view maps and sets: views found with their hashes, in insertion order", "[lexicon][rules]") {
  std::vector<std::string> words;  // the viewed strings outlive the map and set
  for (int i = 0; i < 200; ++i) words.push_back("v" + std::to_string(i));
  rules::HashedViewMap<int> map;
  rules::HashedViewSet set;
  for (int i = 0; i < 200; ++i) {  // past several growths of the slot table
    map(words[i], lexicon::key_hash(words[i])) = i;
    set.insert(words[i], lexicon::key_hash(words[i]));
  }
  set.insert(words[7], lexicon::key_hash(words[7]));  // already there
  ++map(words[7], lexicon::key_hash(words[7]));
  CHECK(map.size() == 200);
  CHECK(set.size() == 200);
  for (int i = 0; i < 200; ++i) {
    const std::string copy = words[i];  // another string of the same bytes
    const int* value = map.find(copy, lexicon::key_hash(copy));
    REQUIRE(value != nullptr);
    CHECK(*value == (i == 7 ? 8 : i));
    CHECK(set.count(copy, lexicon::key_hash(copy)) == 1);
    CHECK(map.key(static_cast<std::size_t>(i)) == words[i]);
    CHECK(map.hash(static_cast<std::size_t>(i)) == lexicon::key_hash(words[i]));
  }
  CHECK(map.find("v200", lexicon::key_hash("v200")) == nullptr);
  CHECK(set.count("", lexicon::key_hash("")) == 0);
  // A right key with a wrong hash is not found: the hash is trusted.
  CHECK(map.find("v3", lexicon::key_hash("v4")) == nullptr);
  CHECK(map(std::string_view("fresh"), lexicon::key_hash("fresh")) == 0);
  CHECK(map.size() == 201);
}
