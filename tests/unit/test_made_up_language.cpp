// Adding a language needs only rules/<lang>/: a made-up language, "zz",
// written by this test into a rules directory, gets sentences split at its
// own abbreviations, its own clitics split off, and a quotation attributed
// through its own speech verb, with no line of C++ that knows it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "sayso/sayso.hpp"
#include "temp_files.hpp"

using namespace sayso;

namespace {

using sayso_test::write_file;

}  // namespace

TEST_CASE("a made-up language works from rules/<lang>/ alone", "[rules][language]") {
  const auto dir = std::filesystem::temp_directory_path() / "sayso_test_made_up_language";
  std::filesystem::remove_all(dir);
  write_file(dir / "zz" / "VERSION", "1\n");
  write_file(dir / "zz" / "abbreviations.tsv", "abbreviation\tkind\nDro.\ttitle\n");
  write_file(dir / "zz" / "clitics.tsv", "clitic\n'ka\n");
  write_file(dir / "zz" / "given_names.tsv", "name\tgender\nTalo\tmale\nMira\tfemale\n");
  write_file(dir / "zz" / "titles.tsv", "title\tgender\tkind\nDro.\t\thonorific\n");
  write_file(dir / "zz" / "speech_verbs.tsv", "lemma\tforms\tclass\tclause\nvokar\tvokas|vokat\tspeech\tbare\n");
  write_file(dir / "zz" / "entity_patterns.tsv",
             "label\tpriority\tpattern\nPERSON\t35\t[title] < [cap]+ >\nPERSON\t33\t< [given&cap] [cap]+ >\n");

  PipelineOptions options;
  options.rules_directory = dir.string();
  options.language = "zz";
  const auto pipeline = Pipeline::create(options);
  REQUIRE(pipeline.ok());
  const std::string text = "Mira Osk vokat: \"Lenu bara Dro. Velk sunu.\" Talo'ka mosa rell.\n";
  const auto doc = pipeline.value().extract(text);
  REQUIRE(doc.ok());
  const Document& d = doc.value();

  // "Dro." is a title in zz: no sentence ends after it.
  for (const Sentence& s : d.sentences()) CHECK(d.slice(s.span).find("Dro.") + 4 != s.span.size());
  // "'ka" is a clitic in zz.
  bool clitic = false;
  for (const Token& t : d.tokens()) clitic = clitic || (d.slice(t.span) == "'ka" && t.kind == TokenKind::clitic);
  CHECK(clitic);
  // "vokat" is a speech verb in zz, and "Mira Osk" a person.
  REQUIRE(d.quotes().size() == 1);
  CHECK(d.slice(d.quotes()[0].span) == "\"Lenu bara Dro. Velk sunu.\"");
  CHECK(d.quotes()[0].speaker == "Mira Osk");

  // The same text read as English does not know the clitic.
  const auto english = Pipeline::create(PipelineOptions{}).value().extract(text);
  REQUIRE(english.ok());
  for (const Token& t : english.value().tokens()) CHECK(english.value().slice(t.span) != "'ka");

  options.language = "qq";
  CHECK_FALSE(Pipeline::create(options).ok());  // no rules/qq/
  std::filesystem::remove_all(dir);
}

TEST_CASE("a speech verb form of two words is found, whichever of its forms starts it", "[rules][language]") {
  // The quote stage reads a key's first step in the verb trie from its
  // word's facts (quotes::VerbStart, filed when the stage is made): every
  // form's first word must be filed.
  const auto dir = std::filesystem::temp_directory_path() / "sayso_test_two_word_verb";
  std::filesystem::remove_all(dir);
  write_file(dir / "zz" / "VERSION", "1\n");
  write_file(dir / "zz" / "given_names.tsv", "name\tgender\nTalo\tmale\nMira\tfemale\n");
  write_file(dir / "zz" / "speech_verbs.tsv",
             "lemma\tforms\tclass\tclause\npel vokar\tpel vokas|dun vokat\tspeech\tbare\n");
  write_file(dir / "zz" / "entity_patterns.tsv", "label\tpriority\tpattern\nPERSON\t33\t< [given&cap] [cap]+ >\n");
  PipelineOptions options;
  options.rules_directory = dir.string();
  options.language = "zz";
  const auto pipeline = Pipeline::create(options);
  REQUIRE(pipeline.ok());
  for (const std::string verb : {"pel vokas", "dun vokat"}) {
    const auto doc = pipeline.value().extract("Mira Osk " + verb + ": \"Lenu bara sunu.\"\n");
    REQUIRE(doc.ok());
    REQUIRE(doc.value().quotes().size() == 1);
    CHECK(doc.value().quotes()[0].speaker == "Mira Osk");
    CHECK(doc.value().slice(doc.value().quotes()[0].cue) == verb);
  }
  std::filesystem::remove_all(dir);
}
