// The sayso CLI, driven from the outside.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cli_runner.hpp"

using nlohmann::json;
using sayso_test::read_file;
using sayso_test::run_cli;
using sayso_test::parse_jsonl;
using sayso_test::temp_dir;
using sayso_test::write_file;

namespace {

std::u32string to_u32(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

}  // namespace

TEST_CASE("the version and help options", "[cli]") {
  auto run = run_cli("--version");
  CHECK(run.exit_code == 0);
  CHECK(run.out.rfind("sayso ", 0) == 0);
  run = run_cli("extract --help");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("--input-format") != std::string::npos);
  CHECK(run.out.find("--text-field") != std::string::npos);
  CHECK(run_cli("extract --format xml - </dev/null 2>/dev/null").exit_code == 2);
  CHECK(run_cli("frobnicate 2>/dev/null").exit_code == 2);
}

TEST_CASE("a text file gives one record with both kinds of offsets", "[cli]") {
  const auto dir = temp_dir("cli_text");
  const std::string text = "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the mayor said. Residents cheered.\n";
  write_file(dir / "story.txt", text);
  const auto run = run_cli("extract '" + (dir / "story.txt").string() + "'");
  REQUIRE(run.exit_code == 0);
  const auto records = parse_jsonl(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["id"] == (dir / "story.txt").string());
  const auto& sentences = records[0]["sentences"];
  REQUIRE(sentences.size() == 2);
  const std::u32string u = to_u32(text);
  const auto& s0 = sentences[0];
  CHECK(u.substr(s0["start"], s0["end"].get<std::size_t>() - s0["start"].get<std::size_t>()) ==
        to_u32("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the mayor said."));
  CHECK(text.substr(s0["byte_start"], s0["byte_end"].get<std::size_t>() - s0["byte_start"].get<std::size_t>()) ==
        "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the mayor said.");
  CHECK(sentences[1]["start"] == 35);
  CHECK(sentences[1]["byte_start"] == 39);
}

TEST_CASE("a JSONL batch with a bad document and a bad line still processes the rest", "[cli]") {
  const auto dir = temp_dir("cli_jsonl");
  write_file(dir / "batch.jsonl",
             "{\"id\": \"a\", \"text\": \"First story. It is short.\"}\n"
             "{\"id\": \"b\", \"text\": \"Bad \xFF byte.\"}\n"
             "this line is not JSON\n"
             "\n"
             "{\"id\": 7, \"text\": \"Numeric id.\"}\n"
             "{\"id\": \"c\"}\n"
             "{\"id\": \"d\", \"text\": \"\"}\n");
  const auto run = run_cli("extract '" + (dir / "batch.jsonl").string() + "' 2>/dev/null");
  CHECK(run.exit_code == 1);
  const auto records = parse_jsonl(run.out);
  REQUIRE(records.size() == 6);
  CHECK(records[0]["id"] == "a");
  CHECK(records[0]["sentences"].size() == 2);
  CHECK(records[1]["id"] == "b");
  CHECK(records[1]["error"].get<std::string>().find("invalid UTF-8") != std::string::npos);
  CHECK(records[2]["id"].get<std::string>().find("batch.jsonl:3") != std::string::npos);
  CHECK(records[2].contains("error"));
  CHECK(records[3]["id"] == "7");
  CHECK(records[3]["sentences"].size() == 1);
  CHECK(records[4]["id"] == "c");
  CHECK(records[4]["error"].get<std::string>().find("no field 'text'") != std::string::npos);
  CHECK(records[5]["id"] == "d");
  CHECK(records[5]["sentences"].empty());

  // With --repair-utf8 the bad document goes through.
  const auto repaired = run_cli("extract --repair-utf8 '" + (dir / "batch.jsonl").string() + "' 2>/dev/null");
  CHECK(parse_jsonl(repaired.out)[1]["sentences"].size() == 1);
}

TEST_CASE("custom JSONL field names and stdin", "[cli]") {
  const auto dir = temp_dir("cli_fields");
  write_file(dir / "in.data", "{\"doc\": \"x1\", \"body\": \"One. Two.\"}\n");
  const auto run =
      run_cli("extract --input-format jsonl --id-field doc --text-field body - < '" + (dir / "in.data").string() + "'");
  REQUIRE(run.exit_code == 0);
  const auto records = parse_jsonl(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["id"] == "x1");
  CHECK(records[0]["sentences"].size() == 2);
  // Standard input is text unless its first line is a JSON object with the
  // text field: this line's text is under 'body', and --text-field is not given.
  const auto text_run = run_cli("extract < '" + (dir / "in.data").string() + "'");
  CHECK(parse_jsonl(text_run.out)[0]["id"] == "-");
}

TEST_CASE("a directory is read recursively in path order, and a missing file is an error record", "[cli]") {
  const auto dir = temp_dir("cli_dir");
  write_file(dir / "b.txt", "Second file.");
  write_file(dir / "a" / "z.txt", "First file.");
  write_file(dir / "notes.md", "Not a text input.");
  const auto run = run_cli("extract '" + dir.string() + "' '" + (dir / "missing.txt").string() + "' 2>/dev/null");
  CHECK(run.exit_code == 1);
  const auto records = parse_jsonl(run.out);
  REQUIRE(records.size() == 3);
  CHECK(records[0]["id"] == (dir / "a" / "z.txt").string());
  CHECK(records[1]["id"] == (dir / "b.txt").string());
  CHECK(records[2]["error"].get<std::string>().find("no such file") != std::string::npos);
}

TEST_CASE("CSV output and --output", "[cli]") {
  const auto dir = temp_dir("cli_csv");
  write_file(dir / "s.txt", "=cmd() is bad. Fine, then.");
  const auto out = dir / "out.csv";
  const auto run =
      run_cli("extract --format csv --what sentences --csv-safe --output '" + out.string() + "' '" + (dir / "s.txt").string() + "'");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  const std::string csv = read_file(out);
  CHECK(csv.rfind("doc_id,index,paragraph,start,end,byte_start,byte_end,text,error\n", 0) == 0);
  CHECK(csv.find(",\"'=cmd() is bad.\",") != std::string::npos);
  CHECK(csv.find(",\"Fine, then.\",") != std::string::npos);
}

TEST_CASE("a broken rules directory is reported with file and line", "[cli]") {
  const auto dir = temp_dir("cli_rules");
  write_file(dir / "en" / "abbreviations.tsv", "abbreviation\tkind\nMr.\ttitle\nDr.\tdoctor\n");
  auto run = run_cli("rules check '" + dir.string() + "' 2>&1");
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("abbreviations.tsv:3:5: kind must be title, before_number, ordinary or time, not 'doctor'") !=
        std::string::npos);
  run = run_cli("extract --rules '" + dir.string() + "' - </dev/null 2>&1");
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("abbreviations.tsv:3:5") != std::string::npos);

  write_file(dir / "en" / "abbreviations.tsv", "abbreviation\tkind\nMr.\ttitle\n");
  run = run_cli("rules check '" + dir.string() + "'");
  CHECK(run.exit_code == 0);
}

TEST_CASE("the example in the README runs", "[cli]") {
  const auto run = run_cli("extract '" SAYSO_SOURCE_DIR "/examples/harbour-strike.txt'");
  REQUIRE(run.exit_code == 0);
  const auto records = parse_jsonl(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["sentences"].size() > 10);
}

TEST_CASE("the example article gives its golden record", "[cli][golden]") {
  // The README's sample is generated from this file (tools/readme_sample.py).
  // When the output changes on purpose, run `tools/readme_sample.py --cli
  // build/bin/sayso`, which rewrites both, and review the diff.
  const auto previous = std::filesystem::current_path();
  std::filesystem::current_path(SAYSO_SOURCE_DIR);  // the id is the path as given
  const auto run = run_cli("extract examples/harbour-strike.txt 2>/dev/null");
  std::filesystem::current_path(previous);
  REQUIRE(run.exit_code == 0);
  const std::string golden = read_file(std::filesystem::path(SAYSO_SOURCE_DIR) / "tests/golden/harbour-strike.jsonl");
  REQUIRE(!golden.empty());
  CHECK(run.out == golden);
}
