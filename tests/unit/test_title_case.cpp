// Title Case, tested in one place (lib/lexicon/title_case.hpp): the minor
// words of rules/<lang>/title_case_minor.tsv and the tally of a run of
// tokens that the entity stage (headlines) and the quote stage (quoted
// titles) both ask. Texts and words written for these tests.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "lexicon/phrase_trie.hpp"
#include "lexicon/title_case.hpp"
#include "rules/rule_set.hpp"
#include "sayso/sayso.hpp"
#include "temp_files.hpp"

using namespace sayso;

namespace {

const lexicon::TitleCase& english() {
  static const lexicon::TitleCase t = lexicon::TitleCase::load(rules::RuleSet::embedded(), "en").value();
  return t;
}

// The tally of every token of `text` (one line, tokenised as the pipeline does).
lexicon::TitleCaseRun run_of(const std::string& text) {
  static const Pipeline p = [] {
    PipelineOptions o;
    o.depth = PipelineDepth::text;
    return Pipeline::create(o).value();
  }();
  const auto doc = p.extract(text);
  REQUIRE(doc.ok());
  lexicon::TitleCaseRun run(english());
  for (const Token& t : doc.value().tokens()) run.add(t, lexicon::normalize_token(doc.value().slice(t.span)));
  return run;
}

}  // namespace

TEST_CASE("title case: the minor words, and words that are not minor", "[lexicon][title-case]") {
  for (const char* minor : {"a", "an", "the", "and", "or", "as", "if", "of", "in", "to", "with", "from", "into"}) {
    INFO(minor);
    CHECK(english().is_minor(minor));
  }
  // Verbs, pronouns, nouns and adverbs are capitalised in Title Case, however short.
  for (const char* word : {"is", "be", "it", "he", "his", "not", "has", "was", "ferry", "up", "said"}) {
    INFO(word);
    CHECK_FALSE(english().is_minor(word));
  }
  CHECK_FALSE(english().is_minor("Of"));  // keys are lowercase: the caller passes the token key
  CHECK_FALSE(english().is_minor("withstanding"));
}

TEST_CASE("title case: every word but the minor ones begins with a capital", "[lexicon][title-case]") {
  const auto headline = run_of("Ferry Crews Return to the Harbour as Storm Eases");
  CHECK(headline.title_case());
  CHECK(headline.words() == 6);  // "to", "the", "as" do not count
  CHECK(headline.capitalised() == 6);

  CHECK_FALSE(run_of("Ferry crews return to the harbour").title_case());
  // A short word that is no minor word still counts against Title Case.
  CHECK_FALSE(run_of("Ferry Crews is Back in Harbour").title_case());
  CHECK(run_of("Ferry Crews Is Back in Harbour").title_case());
  // A word that begins in lowercase is no capitalised word, whatever follows.
  CHECK_FALSE(run_of("Harbour Fans Love eFerry Rides").title_case());

  // Minor words count for nothing in either case; numbers and marks neither.
  const auto title = run_of("The Tides of Route 9, Again!");
  CHECK(title.title_case());
  CHECK(title.words() == 3);  // Tides, Route, Again
  // A run of minor words alone is (vacuously) Title Case with no words.
  CHECK(run_of("of the").title_case());
  CHECK(run_of("of the").words() == 0);
}

TEST_CASE("title case: a language's own minor words, and a bad cell names its file, line and column",
          "[lexicon][title-case]") {
  const auto dir = sayso_test::fresh_directory("lexicon_title_case");
  sayso_test::write_file(dir / "xx" / "title_case_minor.tsv", "word\nzo\nvek\n");
  const auto rules = rules::RuleSet::with_directory(rules::RuleSet(), dir.string()).value();
  const auto loaded = lexicon::TitleCase::load(rules, "xx");
  REQUIRE(loaded.ok());
  CHECK(loaded.value().is_minor("zo"));
  CHECK(loaded.value().is_minor("vek"));
  CHECK_FALSE(loaded.value().is_minor("of"));

  sayso_test::write_file(dir / "xx" / "title_case_minor.tsv", "word\nzo\nvek zo\n");
  const auto bad = lexicon::TitleCase::load(rules::RuleSet::with_directory(rules::RuleSet(), dir.string()).value(), "xx");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().to_string().find("title_case_minor.tsv:3:1") != std::string::npos);
}
