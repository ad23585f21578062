#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "rules/rule_check.hpp"
#include "rules/rule_schema.hpp"
#include "rules/rule_set.hpp"
#include "rules/rule_table.hpp"
#include "rules/speech_verbs.hpp"
#include "rules/text_rules.hpp"
#include "sayso/pipeline.hpp"
#include "sayso/rules_check.hpp"

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
  write_file(dir / "en" / "abbreviations.tsv", "abbreviation\tkind\nMr.\ttitle\nDr\ttitle\nSt.\tordinary\n");
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
  // The value of a typed column is checked by the reader, from common/columns.tsv.
  CHECK(rules2.error().message() == "kind must be title, before_number, ordinary or time, not 'saint'");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a missing rules directory is an io error", "[rules]") {
  const auto set = RuleSet::with_directory(RuleSet(), "/nonexistent/sayso/rules");
  REQUIRE_FALSE(set.ok());
  CHECK(set.error().code() == ErrorCode::io);
}

TEST_CASE("typed columns: a wrong value is reported with file, line and column by loaders and checks alike", "[rules]") {
  // A gender column that says "mal", and a share that is no number.
  const std::string titles = "title\tgender\tkind\nharbourmaster\tmal\trole\nwarden\tfemale\tsheriff\n";
  const auto loaded = RuleTable::parse_declared(titles, "en/titles.tsv");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().to_string() == "en/titles.tsv:2:15: gender must be female, male, unknown or empty, not 'mal'");
  const auto all = check_rule_table_syntax(titles, "en/titles.tsv");
  REQUIRE(all.size() == 2);
  CHECK(all[0].to_string() == loaded.error().to_string());
  CHECK(all[1].to_string() == "en/titles.tsv:3:15: kind must be honorific, role or empty, not 'sheriff'");

  const auto names = check_rule_table_syntax("name\tgender\tshare\nOrla\tfemale\tx\nTeodor\t\t0.5\n",
                                             "rules/en/given_names.extra.tsv");
  REQUIRE(names.size() == 2);
  CHECK(names[0].to_string() == "rules/en/given_names.extra.tsv:2:13: share must be a number, not 'x'");
  CHECK(names[1].to_string() == "rules/en/given_names.extra.tsv:3:8: the column 'gender' is empty");
  // A file the declarations do not know is held to the shared format only.
  CHECK(check_rule_table_syntax("name\tgender\nOrla\tmal\n", "en/notes.tsv").empty());
}

TEST_CASE("typed columns: every embedded rule file is declared in common/columns.tsv and checks clean", "[rules]") {
  const auto& schemas = RuleSchemas::embedded();
  REQUIRE(schemas.ok());
  std::size_t checked = 0;
  const RuleSet embedded = RuleSet::embedded();
  for (const auto& [path, file] : embedded.files()) {
    if (path.size() < 4 || path.compare(path.size() - 4, 4, ".tsv") != 0) continue;
    INFO(path);
    CHECK(schemas.value().find(rule_file_stem(path)) != nullptr);
    CHECK(check_rule_table_syntax(file.content, path).empty());
    ++checked;
  }
  CHECK(checked > 15);
  CHECK(rule_file_stem("/home/me/rules/en/given_names.world.tsv") == "given_names");
}

TEST_CASE("typed columns: a declaration file with a bad type is an error", "[rules]") {
  const auto bad = RuleSchemas::parse("file\tcolumn\trequired\ttype\tvalues\nverbs\tlemma\tyes\tstring\n", "c.tsv");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().to_string() ==
        "c.tsv:2:17: type must be text, word, character, integer, number or one_of, not 'string'");
  const auto good = RuleSchemas::parse(
      "file\tcolumn\trequired\ttype\tvalues\nverbs\tlemma\tyes\ttext\nverbs\tmood\tno\tone_of\tcalm|angry\n", "c.tsv");
  REQUIRE(good.ok());
  const FileSchema* verbs = good.value().find("verbs");
  REQUIRE(verbs != nullptr);
  CHECK(verbs->required_columns() == std::vector<std::string>{"lemma"});
  CHECK(check_cell(verbs->columns[1], "angry") == std::nullopt);
  CHECK(check_cell(verbs->columns[1], "glad") == "mood must be calm, angry or empty, not 'glad'");
}

TEST_CASE("the data-format VERSION of a rules tree is checked on load", "[rules]") {
  const auto dir = make_rules_dir("version");
  write_file(dir / "en" / "VERSION", std::to_string(kRuleDataVersion) + "\n");
  PipelineOptions options;
  options.rules_directory = dir.string();
  CHECK(Pipeline::create(options).ok());
  write_file(dir / "en" / "VERSION", "99\n");
  const auto pipeline = Pipeline::create(options);
  REQUIRE_FALSE(pipeline.ok());
  CHECK(pipeline.error().file() == (dir / "en" / "VERSION").string());
  CHECK(pipeline.error().message().find("version '99'") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("check_rules is public: every typed error at once, and a warning for a file nothing reads", "[rules]") {
  const auto dir = make_rules_dir("check_public");
  write_file(dir / "en" / "titles.extra.tsv", "title\tgender\nharbourmaster\tmal\nwarden\tx\n");
  write_file(dir / "en" / "titels.tsv", "title\nwarden\n");
  auto report = check_rules(dir.string());
  REQUIRE(report.ok());
  CHECK(report.value().files_checked == 2);
  REQUIRE(report.value().errors.size() == 2);
  CHECK(report.value().errors[0].line() == 2);
  CHECK(report.value().errors[0].column() == 15);
  CHECK(report.value().errors[1].line() == 3);
  REQUIRE(report.value().warnings.size() == 1);
  CHECK(report.value().warnings[0].message().find("the closest name is 'en/titles.tsv'") != std::string::npos);

  write_file(dir / "en" / "titles.extra.tsv", "title\tgender\nharbourmaster\tmale\n");
  report = check_rules(dir.string());
  REQUIRE(report.ok());
  CHECK(report.value().errors.empty());
  CHECK(report.value().warnings.size() == 1);
  CHECK_FALSE(check_rules((dir / "missing").string()).ok());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a reason word of speech_verbs.tsv is one word, else the row is an error", "[rules]") {
  // Invented rows: a reason is compared with one token, so a phrase could never match.
  const auto dir = make_rules_dir("speech_verb_reasons");
  const std::string header = "lemma\tforms\tclass\tclause\tobject\tkind\treason\n";
  write_file(dir / "en" / "speech_verbs.tsv", header + "scold\tscolds|scolded\tspeech\tthat\t\t\tfor|over\n");
  auto set = RuleSet::with_directory(RuleSet(), dir.string());
  REQUIRE(set.ok());
  const auto verbs = read_speech_verbs(set.value(), "en");
  REQUIRE(verbs.ok());
  REQUIRE(verbs.value().size() == 1);
  CHECK(verbs.value()[0].reason_words == std::vector<std::string>{"for", "over"});

  write_file(dir / "en" / "speech_verbs.tsv", header + "scold\tscolds|scolded\tspeech\tthat\t\t\tfor|because of\n");
  set = RuleSet::with_directory(RuleSet(), dir.string());
  REQUIRE(set.ok());
  const auto refused = read_speech_verbs(set.value(), "en");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().line() == 2);
  CHECK(refused.error().message() == "reason word 'because of' is more than one word (each is compared with one token)");
  std::filesystem::remove_all(dir);
}
