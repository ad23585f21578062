// The CLI's quotes and entities as users read them, driven from the
// outside: the CSV tables (--what quotes|entities) against the JSONL
// records of the same input, RFC 4180 quoting, --csv-safe,
// --keep-unattributed, the help text, and `sayso rules check`.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../e2e/cli_runner.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The CLI runner and file helpers the end-to-end tests share.
using Run = sayso_test::CliRun;
using sayso_test::run_cli;
using sayso_test::temp_dir;
using sayso_test::write_file;

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

using CsvRow = std::vector<std::string>;

// A strict RFC 4180 reader (LF line ends, as sayso writes): fails the test
// on a quote inside an unquoted field or text after a closing quote.
std::vector<CsvRow> parse_csv(const std::string& csv) {
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  std::size_t i = 0;
  bool at_field_start = true;
  while (i < csv.size()) {
    const char c = csv[i];
    if (at_field_start && c == '"') {
      ++i;
      while (true) {
        REQUIRE(i < csv.size());  // an unterminated quoted field
        if (csv[i] == '"') {
          if (i + 1 < csv.size() && csv[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(csv[i++]);
      }
      REQUIRE((i == csv.size() || csv[i] == ',' || csv[i] == '\n'));
      at_field_start = false;
      continue;
    }
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      at_field_start = true;
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      at_field_start = true;
    } else {
      REQUIRE(c != '"');
      REQUIRE(c != '\r');
      field.push_back(c);
      at_field_start = false;
    }
    ++i;
  }
  REQUIRE(field.empty());  // the last row ends with a line break
  REQUIRE(row.empty());
  return rows;
}

// The rows of a table as maps from column name to cell; checks that every
// row has as many cells as the header.
struct Table {
  CsvRow header;
  std::vector<std::map<std::string, std::string>> rows;

  explicit Table(const std::string& csv) {
    const auto parsed = parse_csv(csv);
    REQUIRE(!parsed.empty());
    header = parsed[0];
    for (std::size_t r = 1; r < parsed.size(); ++r) {
      REQUIRE(parsed[r].size() == header.size());
      std::map<std::string, std::string> row;
      for (std::size_t c = 0; c < header.size(); ++c) row[header[c]] = parsed[r][c];
      rows.push_back(std::move(row));
    }
  }
  bool has(const std::string& column) const {
    for (const auto& name : header) {
      if (name == column) return true;
    }
    return false;
  }
};

std::vector<json> parse_jsonl(const std::string& out) {
  std::vector<json> records;
  for (const auto& line : lines_of(out)) records.push_back(json::parse(line));
  return records;
}

std::string text_or_empty(const json& value) {
  if (value.is_null()) return "";
  if (value.is_object()) return value["text"].get<std::string>();
  return value.get<std::string>();
}

// A JSON string literal (the JSONL input lines).
std::string js(const std::string& s) { return json(s).dump(); }

// Documents with quotes and entities of every kind; one id that needs CSV
// quoting (comma, quote, line break), ids a spreadsheet would run as
// formulas, and one document that fails.
const char* const kNews =
    "U.S. Secretary of State John Kerry said on Friday that Moscow's proposal was "
    "\"a step in the right direction\" for Syria.\n\n"
    "\u201cWe will rebuild,\u201d said Zo\u00eb M\u00fcller, a spokeswoman for the ministry. "
    "\"It will take years, maybe more,\" she added.\n";
const char* const kMayor = "\"We will rebuild,\" Mayor Anna Lindqvist said on Monday. Residents cheered.";

fs::path write_news_batch(const fs::path& dir) {
  const fs::path path = dir / "news.jsonl";
  std::string jsonl;
  jsonl += "{\"id\":\"news-1\",\"text\":" + js(kNews) + "}\n";
  jsonl += "{\"id\":" + js("odd, \"id\"\nwith a line break") + ",\"text\":" + js(kMayor) + "}\n";
  jsonl += "{\"id\":\"=HYPERLINK(1)\",\"text\":" + js(kMayor) + "}\n";
  jsonl += "{\"id\":\"-2+3\",\"text\":\"No quotes here. Just Paris.\"}\n";
  jsonl += "{\"id\":\"broken\",\"text\":17}\n";
  write_file(path, jsonl);
  return path;
}

}  // namespace

TEST_CASE("tables: --format csv writes quotes.csv by default, one row per quote", "[cli][csv]") {
  const fs::path dir = temp_dir("tables_quotes");
  const fs::path input = write_news_batch(dir);
  const Run jsonl = run_cli("extract --quiet " + quoted(input));
  const Run csv = run_cli("extract --quiet --format csv " + quoted(input));
  const Run explicit_csv = run_cli("extract --quiet --format csv --what quotes " + quoted(input));
  CHECK(jsonl.exit_code == 1);  // the broken document
  CHECK(csv.exit_code == 1);
  CHECK(explicit_csv.out == csv.out);

  // The header: doc_id first, the JSON key names, error last.
  const std::string first_line = csv.out.substr(0, csv.out.find('\n'));
  CHECK(first_line.rfind("doc_id,id,kind,start,end,byte_start,byte_end,text,speaker,speaker_entity,", 0) == 0);
  const Table table(csv.out);
  for (const char* column : {"doc_id", "id", "kind", "start", "end", "byte_start", "byte_end", "text", "speaker",
                             "speaker_entity", "speaker_mention", "cue", "sieve", "confidence", "nested_in", "error"}) {
    INFO(column);
    CHECK(table.has(column));
  }
  CHECK(table.header.back() == "error");

  // One row per quote of the JSONL records, in the same order, with the
  // same values; one error row for the failed document.
  std::vector<std::pair<json, json>> quotes;  // (record, quote)
  std::size_t failed = 0;
  for (const json& record : parse_jsonl(jsonl.out)) {
    if (record.contains("error")) {
      ++failed;
      continue;
    }
    for (const json& q : record["quotes"]) quotes.emplace_back(record, q);
  }
  REQUIRE(failed == 1);
  REQUIRE(quotes.size() >= 5);
  REQUIRE(table.rows.size() == quotes.size() + failed);
  std::size_t r = 0;
  std::set<std::string> kinds;
  for (const auto& [record, q] : quotes) {
    const auto& row = table.rows[r++];
    INFO("row " << r << ": " << q.dump());
    CHECK(row.at("doc_id") == record["id"].get<std::string>());
    CHECK(row.at("id") == q["id"].get<std::string>());
    CHECK(row.at("kind") == q["kind"].get<std::string>());
    CHECK(row.at("start") == std::to_string(q["start"].get<std::size_t>()));
    CHECK(row.at("end") == std::to_string(q["end"].get<std::size_t>()));
    CHECK(row.at("byte_start") == std::to_string(q["byte_start"].get<std::size_t>()));
    CHECK(row.at("byte_end") == std::to_string(q["byte_end"].get<std::size_t>()));
    CHECK(row.at("text") == q["text"].get<std::string>());
    CHECK(row.at("speaker") == text_or_empty(q["speaker"]));
    CHECK(row.at("speaker_entity") == text_or_empty(q["speaker_entity"]));
    CHECK(row.at("speaker_mention") == text_or_empty(q["speaker_mention"]));
    CHECK(row.at("cue") == text_or_empty(q["cue"]));
    CHECK(row.at("sieve") == text_or_empty(q["sieve"]));
    CHECK(row.at("cue_type") == text_or_empty(q["cue_type"]));
    CHECK(row.at("nested_in") == text_or_empty(q["nested_in"]));
    if (!q["speaker"].is_null()) {
      REQUIRE(!row.at("confidence").empty());
      CHECK(std::fabs(std::stod(row.at("confidence")) - q["confidence"].get<double>()) < 0.006);
    }
    CHECK(row.at("error").empty());
    kinds.insert(row.at("kind"));
  }
  CHECK(kinds == std::set<std::string>{"direct", "indirect", "mixed"});
  const auto& error_row = table.rows.back();
  CHECK(error_row.at("doc_id") == "broken");
  CHECK(!error_row.at("error").empty());
  CHECK(error_row.at("id").empty());

  // RFC 4180 on the wire: cells with commas, quotes or line breaks are
  // quoted, quotes doubled; the others are bare.
  CHECK(csv.out.find("\n\"odd, \"\"id\"\"\nwith a line break\",Q1,direct,") != std::string::npos);
  CHECK(csv.out.find(",\"\"\"It will take years, maybe more,\"\"\",") != std::string::npos);
  CHECK(csv.out.find("\nnews-1,Q1,indirect,") != std::string::npos);
  // Without --csv-safe a formula-like cell is left as it is.
  CHECK(csv.out.find("\n=HYPERLINK(1),Q1,direct,") != std::string::npos);
}

TEST_CASE("tables: --what entities writes entities.csv, one row per entity", "[cli][csv]") {
  const fs::path dir = temp_dir("tables_entities");
  const fs::path input = write_news_batch(dir);
  const Run jsonl = run_cli("extract --quiet " + quoted(input));
  const Run csv = run_cli("extract --quiet --format csv --what entities " + quoted(input));
  CHECK(csv.exit_code == 1);
  const std::string first_line = csv.out.substr(0, csv.out.find('\n'));
  CHECK(first_line.rfind("doc_id,id,type,name,roles,mention_count,start,end,byte_start,byte_end,mentions,", 0) == 0);
  const Table table(csv.out);
  CHECK(table.header.back() == "error");

  std::vector<std::pair<json, json>> entities;
  for (const json& record : parse_jsonl(jsonl.out)) {
    if (record.contains("error")) continue;
    for (const json& e : record["entities"]) entities.emplace_back(record, e);
  }
  REQUIRE(entities.size() >= 8);
  REQUIRE(table.rows.size() == entities.size() + 1);
  std::size_t r = 0;
  std::set<std::string> types;
  for (const auto& [record, e] : entities) {
    const auto& row = table.rows[r++];
    INFO("row " << r << ": " << e.dump());
    CHECK(row.at("doc_id") == record["id"].get<std::string>());
    CHECK(row.at("id") == e["id"].get<std::string>());
    CHECK(row.at("type") == e["type"].get<std::string>());
    CHECK(row.at("name") == e["name"].get<std::string>());
    std::string roles;
    for (const auto& role : e["roles"]) roles += (roles.empty() ? "" : "; ") + role.get<std::string>();
    CHECK(row.at("roles") == roles);
    const json& mentions = e["mentions"];
    CHECK(row.at("mention_count") == std::to_string(mentions.size()));
    CHECK(row.at("start") == std::to_string(mentions[0]["start"].get<std::size_t>()));
    CHECK(row.at("end") == std::to_string(mentions[0]["end"].get<std::size_t>()));
    CHECK(row.at("byte_start") == std::to_string(mentions[0]["byte_start"].get<std::size_t>()));
    CHECK(row.at("byte_end") == std::to_string(mentions[0]["byte_end"].get<std::size_t>()));
    CHECK(row.at("mentions").find(mentions[0]["text"].get<std::string>()) == 0);
    if (table.has("gender") && e.contains("gender")) CHECK(row.at("gender") == text_or_empty(e["gender"]));
    types.insert(row.at("type"));
  }
  CHECK(types.count("PERSON") == 1);
  CHECK(types.count("GPE") == 1);
  CHECK(types.count("DATE") == 1);
  CHECK(csv.out.find(",PERSON,John Kerry,U.S. Secretary of State,1,") != std::string::npos);
  CHECK(csv.out.find(",PERSON,Zo\u00eb M\u00fcller,spokeswoman,") != std::string::npos);
  CHECK(table.rows.back().at("doc_id") == "broken");
  CHECK(!table.rows.back().at("error").empty());
}

TEST_CASE("tables: --csv-safe protects cells a spreadsheet would run", "[cli][csv]") {
  const fs::path dir = temp_dir("tables_safe");
  const fs::path input = write_news_batch(dir);
  for (const char* what : {"quotes", "entities", "sentences"}) {
    INFO(what);
    const Run plain = run_cli("extract --quiet --format csv --what " + std::string(what) + " " + quoted(input));
    const Run safe =
        run_cli("extract --quiet --format csv --csv-safe --what " + std::string(what) + " " + quoted(input));
    const Table plain_table(plain.out);
    const Table safe_table(safe.out);
    REQUIRE(safe_table.rows.size() == plain_table.rows.size());
    std::size_t protected_cells = 0;
    for (std::size_t r = 0; r < safe_table.rows.size(); ++r) {
      for (const auto& [column, cell] : plain_table.rows[r]) {
        const std::string& safe_cell = safe_table.rows[r].at(column);
        if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@')) {
          CHECK(safe_cell == "'" + cell);
          ++protected_cells;
        } else {
          CHECK(safe_cell == cell);
        }
      }
    }
    CHECK(protected_cells > 0);  // the ids "=HYPERLINK(1)" and "-2+3"
    // No cell of the safe table starts a formula.
    for (const auto& row : safe_table.rows) {
      for (const auto& [column, cell] : row) {
        CHECK((cell.empty() || (cell[0] != '=' && cell[0] != '+' && cell[0] != '-' && cell[0] != '@')));
      }
    }
  }
  const Run safe = run_cli("extract --quiet --format csv --csv-safe " + quoted(input));
  CHECK(safe.out.find("\n\"'=HYPERLINK(1)\",Q1,direct,") != std::string::npos);
}

TEST_CASE("tables: --what is checked and needs --format csv", "[cli][csv]") {
  CHECK(run_cli("extract --format csv --what speakers - </dev/null 2>/dev/null").exit_code == 2);
  CHECK(run_cli("extract --what entities - </dev/null 2>/dev/null").exit_code == 2);
  for (const char* what : {"quotes", "entities", "sentences"}) {
    const Run run = run_cli("extract --format csv --what " + std::string(what) + " - </dev/null");
    CHECK(run.exit_code == 0);
    CHECK(run.out.rfind("doc_id,", 0) == 0);
    CHECK(lines_of(run.out).size() == 1);  // an empty text: the header and no row
  }
}

TEST_CASE("tables: --keep-unattributed keeps quotes with no speaker", "[cli]") {
  const fs::path dir = temp_dir("tables_unattributed");
  write_file(dir / "in.txt", "\"Nobody expected this.\"");
  Run run = run_cli("extract " + quoted(dir / "in.txt"));
  REQUIRE(run.exit_code == 0);
  CHECK(json::parse(run.out)["quotes"].empty());
  run = run_cli("extract --keep-unattributed " + quoted(dir / "in.txt"));
  REQUIRE(run.exit_code == 0);
  const json quotes = json::parse(run.out)["quotes"];
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0]["kind"] == "direct");
  CHECK(quotes[0]["speaker"].is_null());
  CHECK(quotes[0]["speaker_entity"].is_null());
  CHECK(quotes[0]["text"] == "\"Nobody expected this.\"");
  run = run_cli("extract --keep-unattributed --format csv " + quoted(dir / "in.txt"));
  const Table table(run.out);
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0].at("speaker").empty());
  CHECK(table.rows[0].at("confidence").empty());
  CHECK(table.rows[0].at("text") == "\"Nobody expected this.\"");
}

TEST_CASE("tables: the help names every key of the JSONL record", "[cli]") {
  const Run help = run_cli("extract --help");
  REQUIRE(help.exit_code == 0);
  for (const char* option : {"--what", "quotes", "entities", "sentences", "--keep-unattributed", "--csv-safe",
                             "--format", "--threads", "--rules", "--repair-utf8", "--line-breaks"}) {
    INFO(option);
    CHECK(help.out.find(option) != std::string::npos);
  }
  CHECK(help.out.find("--what arg (=quotes)") != std::string::npos);

  // Every key of a real record, at every level, is named in the help.
  const fs::path dir = temp_dir("tables_help");
  write_file(dir / "in.txt", kNews);
  const Run run = run_cli("extract " + quoted(dir / "in.txt"));
  REQUIRE(run.exit_code == 0);
  const json record = json::parse(run.out);
  std::set<std::string> keys;
  for (const auto& [key, value] : record.items()) keys.insert(key);
  for (const auto& s : record["sentences"]) {
    for (const auto& [key, value] : s.items()) keys.insert(key);
  }
  for (const auto& e : record["entities"]) {
    for (const auto& [key, value] : e.items()) keys.insert(key);
    for (const auto& m : e["mentions"]) {
      for (const auto& [key, value] : m.items()) keys.insert(key);
    }
  }
  for (const auto& q : record["quotes"]) {
    for (const auto& [key, value] : q.items()) keys.insert(key);
    for (const char* span : {"speaker_mention", "cue"}) {
      if (q[span].is_object()) {
        for (const auto& [key, value] : q[span].items()) keys.insert(key);
      }
    }
  }
  CHECK(keys.size() > 20);
  const std::string description = help.out.substr(0, help.out.find("options:"));
  for (const auto& key : keys) {
    INFO("key '" << key << "' of the record is not described in sayso extract --help");
    // As a word of the description: followed by a comma, a space, a brace or bracket.
    bool found = false;
    for (const char* after : {",", " ", "}", "]", ":"}) {
      if (description.find(key + after) != std::string::npos) found = true;
    }
    CHECK(found);
  }
}

TEST_CASE("rules check: every error of every file, then a count", "[cli][rules]") {
  const fs::path dir = temp_dir("rules_check_all");
  write_file(dir / "en" / "abbreviations.extra.tsv",
             "# my abbreviations\n"
             "abbreviation\tkind\n"
             "Xyz.\tordinary\n"
             "Abc.\tordinary\textra\n"      // line 4: a third cell (column 15)
             "Def.\ttitle\n"
             "Ghi. ordinary\n"              // spaces for a tab: one cell, not one word, and no kind
             "Jkl.\ttitle\tone\ttwo\n");    // line 7: two cells too many (column 12)
  write_file(dir / "en" / "speech_verbs.extra.tsv",
             "lemma\t\tclass\n"             // line 1: an empty column name (column 7)
             "argue\targued\tclaim\n"       // line 2: no class of speech_verbs (column 14)
             "mutter\tmuttered\tsay\tx\n");  // line 3: too many cells (column 21)
  write_file(dir / "common" / "quote_marks.extra.tsv", "# nothing but comments\n\n");  // no header
  write_file(dir / "en" / "speaker_nouns.extra.tsv", "word\trefers\nspokesm\xff" "n\tperson\n");  // bad UTF-8, 2:8
  write_file(dir / "en" / "notes.txt", "not a table\t\t\t\n");  // not a .tsv: not checked
  const Run run = run_cli("rules check " + quoted(dir) + " 2>&1");
  CHECK(run.exit_code == 1);
  const auto lines = lines_of(run.out);
  const std::string d = dir.string();
  const std::vector<std::string> expected = {
      d + "/common/quote_marks.extra.tsv:3: no header line (the file is empty)",
      d + "/en/abbreviations.extra.tsv:4:15: too many cells: 3 where the header names 2 columns",
      d + "/en/abbreviations.extra.tsv:6:1: abbreviation must be one word, without spaces, not 'Ghi. ordinary'",
      d + "/en/abbreviations.extra.tsv:6:14: the column 'kind' is empty",
      d + "/en/abbreviations.extra.tsv:7:12: too many cells: 4 where the header names 2 columns",
      d + "/en/speaker_nouns.extra.tsv:2:8: invalid UTF-8",
      d + "/en/speaker_nouns.extra.tsv:2:11: refers must be group, org, source, evidence or described, not 'person'",
      d + "/en/speech_verbs.extra.tsv:1:7: empty column name in the header line",
      d + "/en/speech_verbs.extra.tsv:2:14: class must be speech, report, belief or evidence, not 'claim'",
      d + "/en/speech_verbs.extra.tsv:3:21: too many cells: 4 where the header names 3 columns",
  };
  REQUIRE(lines.size() == expected.size() + 1);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(lines[i]);
    CHECK(lines[i].rfind(expected[i], 0) == 0);
  }
  CHECK(lines.back().rfind("10 errors in 4 of 4 files", 0) == 0);
}

TEST_CASE("rules check: clean lines go on to loading the rules", "[cli][rules]") {
  const fs::path dir = temp_dir("rules_check_meaning");
  // Every cell is right; the abbreviation lacks its final period, which only its loader checks.
  write_file(dir / "en" / "abbreviations.extra.tsv", "abbreviation\tkind\nXyz.\tordinary\nAbc\ttitle\n");
  Run run = run_cli("rules check " + quoted(dir) + " 2>&1");
  CHECK(run.exit_code == 1);
  auto lines = lines_of(run.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("abbreviations.extra.tsv:3:1: an abbreviation is written with its final period") != std::string::npos);
  CHECK(lines[1].rfind("1 error", 0) == 0);

  write_file(dir / "en" / "abbreviations.extra.tsv", "abbreviation\tkind\nXyz.\tordinary\n");
  run = run_cli("rules check " + quoted(dir) + " 2>&1");
  CHECK(run.exit_code == 0);
  CHECK(run.out == dir.string() + ": ok (1 rule file)\n");

  run = run_cli("rules check " + quoted(dir / "missing") + " 2>&1");
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("does not exist") != std::string::npos);

  CHECK(run_cli("rules check 2>/dev/null").exit_code == 2);
  CHECK(run_cli("rules frobnicate x 2>/dev/null").exit_code == 2);
  run = run_cli("rules check --help");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("usage: sayso rules check DIR") != std::string::npos);
}
