// The documented options of `sayso extract` (README, rules/README.md,
// docs/knowledge-base.md), each through the CLI, on texts written for these tests.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <string>
#include <utility>
#include <vector>

#include "cli_runner.hpp"

using nlohmann::json;
using sayso_test::run_cli;
using sayso_test::temp_dir;
using sayso_test::write_file;

namespace {

// Runs `sayso extract OPTIONS -` on `text` and parses its one record.
json extract_one(const std::string& options, const std::string& text) {
  // ctest runs the tests of this file in parallel processes: a folder each.
  static int call = 0;
  const auto dir = temp_dir("options-input-" + std::to_string(getpid()) + "-" + std::to_string(++call));
  write_file(dir / "input.txt", text);
  const auto run = run_cli("extract --quiet " + options + " - < '" + (dir / "input.txt").string() + "'");
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

std::vector<std::pair<int, int>> sentence_spans(const json& record) {
  std::vector<std::pair<int, int>> out;
  for (const auto& s : record["sentences"]) out.emplace_back(s["start"].get<int>(), s["end"].get<int>());
  return out;
}

// (quoted text, speaker) of each quote; an unattributed one has speaker "".
std::vector<std::pair<std::string, std::string>> quotes_of(const json& record) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& q : record["quotes"]) {
    out.emplace_back(q["text"].get<std::string>(), q["speaker"].is_null() ? "" : q["speaker"].get<std::string>());
  }
  return out;
}

const json* entity_named(const json& record, const std::string& name) {
  for (const auto& e : record["entities"]) {
    if (e["name"] == name) return &e;
  }
  return nullptr;
}

using Quotes = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("option --kb links people and organisations to the user's ids", "[cli][kb]") {
  const std::string text =
      "On Friday, Marta Quinlan, who leads the dockworkers, met Daniel Osei of the Port Ellis Harbour Authority.";
  const json linked = extract_one("--kb '" SAYSO_SOURCE_DIR "/examples/kb-example.tsv'", text);
  for (const auto& [name, id] : {std::pair<const char*, const char*>{"Marta Quinlan", "hs-p1"},
                                 {"Daniel Osei", "hs-p2"},
                                 {"Port Ellis Harbour Authority", "hs-o1"}}) {
    INFO(name);
    const json* e = entity_named(linked, name);
    REQUIRE(e);
    CHECK((*e)["kb"] == json({{"source", "user"}, {"id", id}}));
  }
  CHECK((*entity_named(linked, "Marta Quinlan"))["gender_evidence"] == "kb:hs-p1");  // the KB decides first

  const json plain = extract_one("", text);
  REQUIRE(entity_named(plain, "Marta Quinlan"));
  CHECK((*entity_named(plain, "Marta Quinlan"))["kb"].is_null());

  // A bad knowledge base is a usage error that names the file and the line.
  const auto dir = temp_dir("options-kb");
  write_file(dir / "bad.tsv", "id\ttype\tname\nq1\tPERSON\tAda Lind\nq2\tPLANET\tMars\n");
  const auto run = run_cli("extract --kb '" + (dir / "bad.tsv").string() + "' - </dev/null 2>&1");
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("bad.tsv:3:") != std::string::npos);
}

TEST_CASE("option --rules DIR: an extension file adds its rows to the embedded rules", "[cli][rules]") {
  const std::string text = "\"Nonsense,\" Tom Berger harrumphed. \"We will win,\" said Ann Ruiz.";
  CHECK(quotes_of(extract_one("", text)) == Quotes{{"\"We will win,\"", "Ann Ruiz"}});

  const auto dir = temp_dir("options-rules-extension");
  write_file(dir / "en" / "speech_verbs.newsroom.tsv",
             "lemma\tforms\tclass\tclause\tobject\nharrumph\tharrumphs|harrumphed|harrumphing\tspeech\tbare\n");
  const json extended = extract_one("--rules '" + dir.string() + "'", text);
  CHECK(quotes_of(extended) == Quotes{{"\"Nonsense,\"", "Tom Berger"}, {"\"We will win,\"", "Ann Ruiz"}});
  CHECK(extended["quotes"][0]["cue"]["text"] == "harrumphed");
}

TEST_CASE("option --rules-replace uses the directory alone", "[cli][rules]") {
  const std::string text = "\"We will win,\" said Ann Ruiz. The vote is on Friday.";
  const auto dir = temp_dir("options-rules-replace");
  write_file(dir / "en" / "README.txt", "no rule files here\n");

  // Without --rules-replace an empty directory adds nothing.
  const json added = extract_one("--rules '" + dir.string() + "'", text);
  CHECK(quotes_of(added) == Quotes{{"\"We will win,\"", "Ann Ruiz"}});
  CHECK(added["entities"].size() == 2);  // Ann Ruiz, Friday

  // With it, no speech verbs, patterns or names: sentences only.
  const json alone = extract_one("--rules-replace --rules '" + dir.string() + "'", text);
  CHECK(alone["quotes"].empty());
  CHECK(alone["entities"].empty());
  CHECK(sentence_spans(alone) == sentence_spans(added));

  // A copy of the default rules replaces them with the same result.
  const json copy = extract_one("--rules-replace --rules '" SAYSO_SOURCE_DIR "/rules'", text);
  CHECK(copy == added);
}

TEST_CASE("option --language reads rules/LANG/ of a rules directory", "[cli][rules]") {
  const std::string text = "Ann Ruiz murrat: \"The vote is on Friday.\"";
  const auto dir = temp_dir("options-language");
  write_file(dir / "zz" / "speech_verbs.tsv", "lemma\tforms\tclass\nmurrar\tmurrat\tspeech\n");
  write_file(dir / "zz" / "given_names.tsv", "name\tgender\nAnn\tfemale\n");
  write_file(dir / "zz" / "entity_patterns.tsv", "label\tpriority\tpattern\nPERSON\t33\t< [given&cap] [cap]+ >\n");
  const json zz = extract_one("--language zz --rules '" + dir.string() + "'", text);
  CHECK(quotes_of(zz) == Quotes{{"\"The vote is on Friday.\"", "Ann Ruiz"}});
  const auto missing = run_cli("extract --language qq --rules '" + dir.string() + "' - </dev/null 2>&1");
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.find("no rules for language 'qq'") != std::string::npos);
}

TEST_CASE("option --line-breaks through the CLI", "[cli][paragraphs]") {
  const std::string wrapped = "The talks will resume\non Friday in the capital.\n";
  CHECK(sentence_spans(extract_one("--line-breaks join", wrapped)) == std::vector<std::pair<int, int>>{{0, 47}});
  CHECK(sentence_spans(extract_one("--line-breaks paragraph", wrapped)) ==
        std::vector<std::pair<int, int>>{{0, 21}, {22, 47}});
  // auto (the default) joins a line that ends in a space and keeps page
  // furniture on its own.
  const std::string scraped = "The talks will resume \non Friday.\nAccessibility links\nBreaking News\n";
  CHECK(sentence_spans(extract_one("", scraped)) == std::vector<std::pair<int, int>>{{0, 33}, {34, 53}, {54, 67}});
  CHECK(extract_one("", scraped) == extract_one("--line-breaks auto", scraped));

  const auto run = run_cli("extract --line-breaks sometimes - </dev/null 2>&1");
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("--line-breaks must be auto, paragraph or join") != std::string::npos);
}

TEST_CASE("a .ndjson file is read as JSONL", "[cli]") {
  const auto dir = temp_dir("options-ndjson");
  write_file(dir / "batch.ndjson",
             "{\"id\":\"one\",\"text\":\"\\\"We will win,\\\" said Ann Ruiz.\"}\n"
             "{\"id\":\"two\",\"text\":\"Nothing was said.\"}\n");
  const auto run = run_cli("extract --quiet '" + (dir / "batch.ndjson").string() + "'");
  REQUIRE(run.exit_code == 0);
  std::vector<json> records;
  for (std::size_t pos = 0, eol; pos < run.out.size(); pos = eol + 1) {
    eol = run.out.find('\n', pos);
    records.push_back(json::parse(run.out.substr(pos, eol - pos)));
  }
  REQUIRE(records.size() == 2);
  CHECK(records[0]["id"] == "one");
  CHECK(quotes_of(records[0]) == Quotes{{"\"We will win,\"", "Ann Ruiz"}});
  CHECK(records[1]["id"] == "two");
  CHECK(records[1]["quotes"].empty());
}
