#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "rules/rule_set.hpp"
#include "rules/rule_table.hpp"
#include "rules/text_rules.hpp"

using namespace sayso;
using namespace sayso::rules;

namespace {

std::filesystem::path make_rules_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("sayso_test_rules_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "en");
  return dir;
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

}  // namespace

TEST_CASE("a rule table has comments, a header and tab-separated rows", "[rules]") {
  const auto table = RuleTable::parse("# a comment\n\nword\tkind\nMr.\ttitle\r\n  # indented comment\netc.\n",
                                      "test.tsv", {"word"});
  REQUIRE(table.ok());
  const RuleTable& t = table.value();
  REQUIRE(t.rows().size() == 2);
  CHECK(t.rows()[0].line == 4);
  CHECK(RuleTable::cell(t.rows()[0], t.column_index("kind")) == "title");
  CHECK(RuleTable::cell(t.rows()[1], t.column_index("kind")).empty());  // missing trailing cell
  CHECK(t.column_index("nope") == RuleTable::npos);
}

TEST_CASE("a malformed rule line is an error naming file, line and column", "[rules]") {
  SECTION("too many cells") {
    const auto r = RuleTable::parse("word\tkind\nMr.\ttitle\textra\n", "abbr.tsv", {"word"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::rule_syntax);
    CHECK(r.error().file() == "abbr.tsv");
    CHECK(r.error().line() == 2);
    CHECK(r.error().column() == 11);
    CHECK(r.error().to_string().rfind("abbr.tsv:2:11: too many cells", 0) == 0);
  }
  SECTION("missing column in the header") {
    const auto r = RuleTable::parse("# c\nwords\n", "x.tsv", {"word"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line() == 2);
  }
  SECTION("empty required cell") {
    const auto r = RuleTable::parse("word\tkind\n\ttitle\n", "x.tsv", {"word", "kind"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line() == 2);
    CHECK(r.error().message().find("'word' is empty") != std::string::npos);
  }
  SECTION("empty file") {
    CHECK_FALSE(RuleTable::parse("# only a comment\n", "x.tsv", {}).ok());
  }
  SECTION("invalid UTF-8") {
    const auto r = RuleTable::parse("word\nok\nbad\xFF\n", "x.tsv", {"word"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line() == 3);
  }
}

TEST_CASE("extension files are named STEM.TAG.tsv", "[rules]") {
  CHECK(base_path_of("en/abbreviations.newsroom.tsv") == "en/abbreviations.tsv");
  CHECK(base_path_of("en/abbreviations.tsv") == "en/abbreviations.tsv");
  CHECK(base_path_of("README.md") == "README.md");
  CHECK(base_path_of("en/.hidden.tsv") == "en/.hidden.tsv");
}

TEST_CASE("the embedded rules load and know common abbreviations", "[rules]") {
  const auto rules = TextRules::load(RuleSet::embedded(), "en");
  REQUIRE(rules.ok());
  const TextRules& r = rules.value();
  CHECK(r.abbreviation("Mr.") == AbbreviationKind::title);
  CHECK(r.abbreviation("MR.") == AbbreviationKind::title);
  CHECK(r.abbreviation("Gen.") == AbbreviationKind::title);
  CHECK(r.abbreviation("e.g.") == AbbreviationKind::title);
  CHECK(r.abbreviation("etc.") == AbbreviationKind::ordinary);
  CHECK(r.abbreviation("p.m.") == AbbreviationKind::time);
  CHECK(r.abbreviation("No.") == AbbreviationKind::before_number);
  CHECK(r.abbreviation("no.") == AbbreviationKind::before_number);
  CHECK(r.abbreviation("Ill.").has_value());
  CHECK_FALSE(r.abbreviation("ill.").has_value());  // a capitalised entry needs a capital
  CHECK_FALSE(r.abbreviation("house.").has_value());
  CHECK(r.is_sentence_starter("The"));
  CHECK(r.is_sentence_starter("THE"));
  CHECK_FALSE(r.is_sentence_starter("Senate"));
}

TEST_CASE("a rules directory adds to and replaces the embedded rules", "[rules]") {
  const auto dir = make_rules_dir("add");
  write_file(dir / "en" / "abbreviations.local.tsv", "abbreviation\tkind\nCorpn.\tordinary\n");
  auto set = RuleSet::with_directory(RuleSet::embedded(), dir.string());
  REQUIRE(set.ok());
  auto rules = TextRules::load(set.value(), "en");
  REQUIRE(rules.ok());
  CHECK(rules.value().abbreviation("Corpn.") == AbbreviationKind::ordinary);
  CHECK(rules.value().abbreviation("Mr.") == AbbreviationKind::title);  // embedded still there

  // A file with the embedded file's name replaces it.
  write_file(dir / "en" / "abbreviations.tsv", "abbreviation\tkind\nZz.\ttitle\n");
  set = RuleSet::with_directory(RuleSet::embedded(), dir.string());
  REQUIRE(set.ok());
  rules = TextRules::load(set.value(), "en");
  REQUIRE(rules.ok());
  CHECK(rules.value().abbreviation("Zz.") == AbbreviationKind::title);
  CHECK_FALSE(rules.value().abbreviation("Mr.").has_value());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a bad value in a rules directory is reported with its real path", "[rules]") {
  const auto dir = make_rules_dir("bad");
  write_file(dir / "en" / "abbreviations.tsv", "abbreviation\tkind\nMr.\ttitle\nDr\ttitle\nSt.\tsaint\n");
  auto set = RuleSet::with_directory(RuleSet(), dir.string());
  REQUIRE(set.ok());
  const auto rules = TextRules::load(set.value(), "en");
  REQUIRE_FALSE(rules.ok());
  CHECK(rules.error().line() == 3);
  CHECK(rules.error().file() == (dir / "en" / "abbreviations.tsv").string());
  CHECK(rules.error().message().find("final period") != std::string::npos);

  write_file(dir / "en" / "abbreviations.tsv", "abbreviation\tkind\nSt.\tsaint\n");
  set = RuleSet::with_directory(RuleSet(), dir.string());
  const auto rules2 = TextRules::load(set.value(), "en");
  REQUIRE_FALSE(rules2.ok());
  CHECK(rules2.error().line() == 2);
  CHECK(rules2.error().column() == 5);
  CHECK(rules2.error().message().find("unknown kind 'saint'") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a missing rules directory is an io error", "[rules]") {
  const auto set = RuleSet::with_directory(RuleSet(), "/nonexistent/sayso/rules");
  REQUIRE_FALSE(set.ok());
  CHECK(set.error().code() == ErrorCode::io);
}
