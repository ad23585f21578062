// The batch side of the sayso CLI, driven from the outside: --threads gives
// the same bytes as one thread, streams large inputs, handles empty ones,
// and --quiet silences standard error.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../e2e/cli_runner.hpp"

namespace fs = std::filesystem;

namespace {

// The CLI runner and file helpers the end-to-end tests share.
using Run = sayso_test::CliRun;
using sayso_test::read_file;
using sayso_test::run_cli;
using sayso_test::temp_dir;
using sayso_test::write_file;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// A batch of `count` JSONL documents of varied length and content, with bad
// ones mixed in: invalid UTF-8, lines that are not JSON, a missing or
// non-string text field, an empty text. Returns how many lines are bad.
std::size_t write_batch(const fs::path& path, std::size_t count) {
  static const char* const sentences[] = {
      "Mr. Smith said the U.S. economy grew 3.5 percent in 2023.",
      "\u201cWe will not stop,\u201d the caf\u00e9 owner told reporters on Friday.",
      "Prices rose in S\u00e3o Paulo, M\u00fcnchen and \u0141\u00f3d\u017a.",
      "\\\"It is over,\\\" she said. \\\"Really over.\\\"",
      "The talks (held in Geneva) ended early! Why? Nobody knows...",
      "Dr. Jones, 45, disagreed.\\n\\nA new paragraph begins here.",
  };
  const std::size_t kinds = sizeof sentences / sizeof sentences[0];
  std::string out;
  std::size_t bad = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string id = "\"doc-" + std::to_string(i) + "\"";
    if (i % 41 == 7) {
      out += "{\"id\": " + id + ", \"text\": \"bad \xff byte\"}\n";
      ++bad;
    } else if (i % 53 == 11) {
      out += "{\"id\": " + id + ", \"text\": \"not json\"\n";
      ++bad;
    } else if (i % 67 == 13) {
      out += "{\"id\": " + id + ", \"body\": \"no text field\"}\n";
      ++bad;
    } else if (i % 71 == 17) {
      out += "{\"id\": " + id + ", \"text\": 42}\n";
      ++bad;
    } else if (i % 59 == 19) {
      out += "{\"id\": " + id + ", \"text\": \"\"}\n";
    } else {
      std::string text;
      const std::size_t n = 1 + (i * 7919) % 40;  // 1 to 40 sentences
      for (std::size_t k = 0; k < n; ++k) {
        if (k) text += ' ';
        text += sentences[(i + k * 5) % kinds];
      }
      out += "{\"id\": " + id + ", \"text\": \"" + text + "\"}\n";
    }
  }
  write_file(path, out);
  return bad;
}

}  // namespace

TEST_CASE("batch: N threads give the same bytes as one thread, in input order", "[cli][batch]") {
  const fs::path dir = temp_dir("batch_threads");
  const std::size_t count = 400;
  const std::size_t bad = write_batch(dir / "batch.jsonl", count);
  REQUIRE(bad > 10);

  const Run one = run_cli("extract --threads 1 " + quoted(dir / "batch.jsonl") + " 2>" + quoted(dir / "err1.txt"));
  const Run four = run_cli("extract --threads 4 " + quoted(dir / "batch.jsonl") + " 2>" + quoted(dir / "err4.txt"));
  const Run all = run_cli("extract " + quoted(dir / "batch.jsonl") + " 2>/dev/null");
  const Run many = run_cli("extract -j 16 " + quoted(dir / "batch.jsonl") + " 2>/dev/null");
  CHECK(one.exit_code == 1);  // some documents failed
  CHECK(four.exit_code == 1);
  CHECK(all.exit_code == 1);
  CHECK(many.exit_code == 1);
  CHECK(four.out == one.out);
  CHECK(all.out == one.out);
  CHECK(many.out == one.out);
  // The per-document messages come in input order too.
  CHECK(read_file(dir / "err4.txt") == read_file(dir / "err1.txt"));
  CHECK(lines_of(read_file(dir / "err1.txt")).size() == bad);

  // One record per input line, in input order, errors included.
  const auto lines = lines_of(one.out);
  REQUIRE(lines.size() == count);
  std::size_t errors = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto record = nlohmann::json::parse(lines[i]);
    if (record.contains("error")) {
      ++errors;
    } else {
      CHECK(record["id"] == "doc-" + std::to_string(i));
      CHECK(record.contains("sentences"));
    }
  }
  CHECK(errors == bad);

  // CSV too.
  const Run csv1 = run_cli("extract --format csv --threads 1 " + quoted(dir / "batch.jsonl") + " 2>/dev/null");
  const Run csv3 = run_cli("extract --format csv --threads 3 " + quoted(dir / "batch.jsonl") + " 2>/dev/null");
  CHECK(csv1.exit_code == 1);
  CHECK(csv3.out == csv1.out);
  CHECK(csv1.out.rfind("doc_id,", 0) == 0);
}

TEST_CASE("batch: several inputs and a directory keep their order with threads", "[cli][batch]") {
  const fs::path dir = temp_dir("batch_files");
  for (int i = 0; i < 30; ++i) {
    std::string text;
    for (int k = 0; k <= i % 9; ++k) text += "Sentence " + std::to_string(k) + " of file " + std::to_string(i) + ". ";
    char name[32];
    std::snprintf(name, sizeof name, "docs/f%02d.txt", i);
    fs::create_directories(dir / "docs");
    write_file(dir / name, text);
  }
  write_file(dir / "extra.jsonl", "{\"id\":\"x1\",\"text\":\"One. Two.\"}\n{\"id\":\"x2\",\"text\":\"Three.\"}\n");
  const std::string inputs = quoted(dir / "docs") + " " + quoted(dir / "missing.txt") + " " + quoted(dir / "extra.jsonl");
  const Run one = run_cli("extract --threads 1 " + inputs + " 2>/dev/null");
  const Run eight = run_cli("extract --threads 8 " + inputs + " 2>/dev/null");
  CHECK(one.exit_code == 1);  // the missing file
  CHECK(eight.exit_code == 1);
  CHECK(eight.out == one.out);
  const auto lines = lines_of(one.out);
  REQUIRE(lines.size() == 33);
  CHECK(nlohmann::json::parse(lines[0])["id"] == (dir / "docs" / "f00.txt").string());
  CHECK(nlohmann::json::parse(lines[29])["id"] == (dir / "docs" / "f29.txt").string());
  CHECK(nlohmann::json::parse(lines[30]).contains("error"));
  CHECK(nlohmann::json::parse(lines[32])["id"] == "x2");
}

TEST_CASE("batch: an empty input", "[cli][batch]") {
  const fs::path dir = temp_dir("batch_empty");
  write_file(dir / "empty.jsonl", "");
  write_file(dir / "blank.jsonl", "\n  \n\n");
  write_file(dir / "empty.txt", "");

  Run run = run_cli("extract --threads 4 " + quoted(dir / "empty.jsonl") + " " + quoted(dir / "blank.jsonl"));
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());

  run = run_cli("extract --input-format jsonl - </dev/null");
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());

  // An empty text file (or stdin) is one document with no sentences.
  run = run_cli("extract " + quoted(dir / "empty.txt"));
  CHECK(run.exit_code == 0);
  CHECK(run.out.rfind("{\"id\":\"" + (dir / "empty.txt").string() + "\",\"sentences\":[]", 0) == 0);
  CHECK(lines_of(run.out).size() == 1);
  run = run_cli("extract </dev/null");
  CHECK(run.exit_code == 0);
  CHECK(run.out.rfind("{\"id\":\"-\",\"sentences\":[]", 0) == 0);

  run = run_cli("extract --format csv --threads 2 " + quoted(dir / "empty.jsonl"));
  CHECK(run.exit_code == 0);
  CHECK(run.out.rfind("doc_id,", 0) == 0);
  CHECK(lines_of(run.out).size() == 1);  // the header alone
}

TEST_CASE("batch: quiet mode silences messages and there is no progress display off a terminal", "[cli][batch]") {
  const fs::path dir = temp_dir("batch_quiet");
  write_file(dir / "in.jsonl",
             "{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\",\"text\":\"bad \xff\"}\n{\"id\":\"c\",\"text\":\"Fine too.\"}\n");
  Run run = run_cli("extract " + quoted(dir / "in.jsonl") + " 2>" + quoted(dir / "err.txt"));
  CHECK(run.exit_code == 1);
  CHECK(lines_of(run.out).size() == 3);
  const std::string err = read_file(dir / "err.txt");
  CHECK(err.find("invalid UTF-8") != std::string::npos);
  CHECK(lines_of(err).size() == 1);           // the message, and no progress line
  CHECK(err.find('\r') == std::string::npos);  // no progress redraws

  run = run_cli("extract --quiet " + quoted(dir / "in.jsonl") + " 2>" + quoted(dir / "err_quiet.txt"));
  CHECK(run.exit_code == 1);
  CHECK(lines_of(run.out).size() == 3);
  CHECK(read_file(dir / "err_quiet.txt").empty());
}

TEST_CASE("batch: bad thread counts are usage errors", "[cli][batch]") {
  CHECK(run_cli("extract --threads many - </dev/null 2>/dev/null").exit_code == 2);
  CHECK(run_cli("extract --threads -3 - </dev/null 2>/dev/null").exit_code == 2);
  // 0 means all cores.
  CHECK(run_cli("extract --threads 0 - </dev/null 2>/dev/null").exit_code == 0);
}

TEST_CASE("batch: documents over the limits give too_large and timeout records, and the batch goes on",
          "[cli][batch]") {
  const fs::path dir = temp_dir("batch_limits");
  write_file(dir / "in.jsonl",
             "{\"id\": \"short\", \"text\": \"The mayor spoke.\"}\n"
             "{\"id\": \"long\", \"text\": \"The mayor spoke again at length about the bridge.\"}\n"
             "{\"id\": \"short again\", \"text\": \"She left.\"}\n");
  const Run sized = run_cli("extract --max-document-bytes 20 " + quoted(dir / "in.jsonl") + " 2>/dev/null");
  CHECK(sized.exit_code == 1);
  const auto lines = lines_of(sized.out);
  REQUIRE(lines.size() == 3);
  CHECK(nlohmann::json::parse(lines[0]).contains("sentences"));
  const auto refused = nlohmann::json::parse(lines[1]);
  CHECK(refused["id"] == "long");
  CHECK(refused["error_code"] == "too_large");
  CHECK(nlohmann::json::parse(lines[2]).contains("sentences"));

  // A limit no document can meet: every one gives its timeout record.
  const Run timed = run_cli("extract --max-seconds-per-document 0.000000001 " + quoted(dir / "in.jsonl") +
                            " 2>/dev/null");
  CHECK(timed.exit_code == 1);
  const auto timed_lines = lines_of(timed.out);
  REQUIRE(timed_lines.size() == 3);
  for (const auto& line : timed_lines) CHECK(nlohmann::json::parse(line)["error_code"] == "timeout");

  // The default time limit is generous; 0 turns it off; negative values are usage errors.
  CHECK(run_cli("extract " + quoted(dir / "in.jsonl") + " >/dev/null 2>&1").exit_code == 0);
  CHECK(run_cli("extract --max-seconds-per-document 0 " + quoted(dir / "in.jsonl") + " >/dev/null 2>&1").exit_code ==
        0);
  CHECK(run_cli("extract --max-seconds-per-document -1 - </dev/null 2>/dev/null").exit_code == 2);
  CHECK(run_cli("extract --max-document-bytes -1 - </dev/null 2>/dev/null").exit_code == 2);
}

TEST_CASE("batch: --max-document-bytes refuses a huge input before reading it whole", "[cli][batch]") {
  const fs::path dir = temp_dir("batch_unread");
  // A sparse file of 16 GiB: reading it would take minutes and more memory
  // than the machine has; its size alone refuses it.
  const fs::path huge = dir / "huge.txt";
  write_file(huge, "");
  fs::resize_file(huge, std::uintmax_t{16} << 30);
  write_file(dir / "small.txt", "The mayor spoke.");
  const Run files = run_cli("extract --max-document-bytes 1000 " + quoted(huge) + " " + quoted(dir / "small.txt") +
                            " 2>/dev/null");
  CHECK(files.exit_code == 1);
  const auto file_lines = lines_of(files.out);
  REQUIRE(file_lines.size() == 2);
  const auto refused = nlohmann::json::parse(file_lines[0]);
  CHECK(refused["error_code"] == "too_large");
  CHECK(refused["error"].get<std::string>().find("17179869184 bytes") != std::string::npos);
  CHECK(nlohmann::json::parse(file_lines[1]).contains("sentences"));

  // Standard input has no size to go by: it is read one byte past the limit, the rest skipped.
  write_file(dir / "long.txt", std::string(5000, 'a'));
  const Run piped = run_cli("extract --input-format text --max-document-bytes 1000 - < " + quoted(dir / "long.txt") +
                            " 2>/dev/null");
  CHECK(piped.exit_code == 1);
  const auto piped_lines = lines_of(piped.out);
  REQUIRE(piped_lines.size() == 1);
  CHECK(nlohmann::json::parse(piped_lines[0])["error_code"] == "too_large");
  CHECK(nlohmann::json::parse(piped_lines[0])["error"].get<std::string>().find("5000 bytes") != std::string::npos);

  // A JSONL line past 6 x the limit + 1 MiB is dropped as it is read, and the next line goes on.
  std::string jsonl = "{\"id\": \"long\", \"text\": \"" + std::string(3u << 20, 'a') + "\"}\n";
  jsonl += "{\"id\": \"short\", \"text\": \"She left.\"}\n";
  write_file(dir / "in.jsonl", jsonl);
  const Run lines = run_cli("extract --max-document-bytes 1000 " + quoted(dir / "in.jsonl") + " 2>/dev/null");
  CHECK(lines.exit_code == 1);
  const auto records = lines_of(lines.out);
  REQUIRE(records.size() == 2);
  const auto dropped = nlohmann::json::parse(records[0]);
  CHECK(dropped["error_code"] == "too_large");
  CHECK(dropped["id"].get<std::string>().find(":1") != std::string::npos);
  CHECK(nlohmann::json::parse(records[1])["id"] == "short");
}

// Runs the CLI on `big` (about 100 MB, made by `write`), checks its one
// record, and gives the peak resident set in MiB of the largest process
// this test has waited for (the shell and, through it, sayso).
double peak_mib_of_large_document(const std::string& name, const std::function<void(std::ofstream&)>& write) {
  const fs::path dir = temp_dir(name);
  const fs::path big = dir / "big.txt";
  {
    std::ofstream out(big, std::ios::binary);
    write(out);
  }
  const auto size = fs::file_size(big);
  REQUIRE(size >= 100u * 1000u * 1000u);

  const auto start = std::chrono::steady_clock::now();
  const Run run = run_cli("extract --quiet --threads 2 " + quoted(big) + " -o " + quoted(dir / "out.jsonl"));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  REQUIRE(getrusage(RUSAGE_CHILDREN, &usage) == 0);
  const double peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
  WARN(name << ": " << size << " bytes, " << seconds << " s, peak RSS " << peak_mib << " MiB");
  CHECK(run.exit_code == 0);
  const std::string out = read_file(dir / "out.jsonl");
  fs::remove(big);
  REQUIRE(out.size() > 1000);
  CHECK(out.rfind("{\"id\":\"" + big.string() + "\",\"sentences\":[{\"start\":0,", 0) == 0);
  CHECK(out.back() == '\n');
  CHECK(std::count(out.begin(), out.end(), '\n') == 1);
  // The last sentence ends where the text's last character does.
  CHECK(out.rfind("\"byte_end\":" + std::to_string(size - 2) + "}") != std::string::npos);
  return peak_mib;
}

constexpr std::size_t kLargeDocumentBytes = 100u * 1000u * 1000u;

TEST_CASE("batch: a 100 MB document streams through and gives its record", "[cli][batch][large]") {
#if defined(SAYSO_SANITIZED)
  WARN("skipped under sanitizers (SAYSO_SANITIZE): 100 MB instrumented takes minutes and gigabytes");
  return;
#endif
  const double peak_mib = peak_mib_of_large_document("batch_large", [](std::ofstream& out) {
    // Long words and sentences keep the pipeline's per-byte work low, so the
    // test measures the plumbing (reading, one huge document, writing).
    std::string sentence;
    for (int k = 0; k < 5; ++k)
      sentence += "internationalisation considerations notwithstanding, negotiations continued uninterrupted throughout ";
    sentence.back() = '.';
    const std::string paragraph = sentence + " " + sentence + " " + sentence + "\n\n";
    for (std::size_t written = 0; written < kLargeDocumentBytes; written += paragraph.size()) out << paragraph;
  });
  CHECK(peak_mib < 1200);  // measured about 390 MiB for this text (fourth session)
}

TEST_CASE("batch: a 100 MB news document peaks under 1.2 GB", "[cli][batch][large]") {
#if defined(SAYSO_SANITIZED)
  WARN("skipped under sanitizers (SAYSO_SANITIZE): 100 MB instrumented takes minutes and gigabytes");
  return;
#endif
  // News as users send it: the example article (people, places, quotations
  // of every kind) over and over in one document (issue 10's acceptance).
  const std::string article = read_file(fs::path(SAYSO_SOURCE_DIR) / "examples" / "harbour-strike.txt");
  REQUIRE(article.size() > 1000);
  const double peak_mib = peak_mib_of_large_document("batch_large_news", [&article](std::ofstream& out) {
    for (std::size_t written = 0; written < kLargeDocumentBytes; written += article.size() + 1) out << article << '\n';
  });
  // 1.2 GB is 1,144 MiB; measured about 1,020 MiB (docs/performance.md).
  CHECK(peak_mib * 1024.0 * 1024.0 < 1.2e9);
}

TEST_CASE("batch: a JSONL line gives the same record first in its file or after another line", "[cli][batch]") {
  // The first object of a file is read by nlohmann (for its list of keys),
  // the others by a flat reader that takes only the id and text fields.
  const fs::path dir = temp_dir("batch_jsonl_shapes");
  const std::vector<std::string> shapes = {
      // The quote's text is in the record, so its escapes are compared too.
      R"({"id": "k\u00e9y", "text": "\"Bring the green lamp \/ \\ \b \t \u20ac \ud83c\udf4e \u0041 to the shed tonight,\" Ada Lovelace said.\n"})",
      R"({"id": 42, "text": "A numeric id."})",
      R"({"id": 1234567890123456789, "text": "A long numeric id."})",
      R"({"id": 12345678901234567890123, "text": "A numeric id beyond 64 bits."})",
      R"({"id": 1.50, "text": "A decimal id."})",
      R"({"id": -7, "text": "A negative id."})",
      R"({"id": true, "text": "A boolean id."})",
      R"({"id": [1, "a"], "text": "An array id."})",
      R"({"id": {"n": 1}, "text": "An object id."})",
      R"({"id": "nest", "meta": {"tags": ["a", {"b": null}], "score": -0.25, "ok": false}, "text": "Nested."})",
      R"({"id": "twice", "text": "One.", "text": "Two."})",
      R"({"\u0069d": "escaped keys", "te\u0078t": "Escaped keys."})",
      R"(  {"id":"spaces" , "text" :"Spaced out."}  )",
      R"({"id": "number", "text": 5})",
      R"({"id": "none", "text": null})",
      R"({"id": "absent"})",
  };
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    const std::string n = std::to_string(i);
    write_file(dir / ("alone" + n + ".jsonl"), shapes[i] + "\n");
    write_file(dir / ("after" + n + ".jsonl"), "{\"id\": \"before\", \"text\": \"First.\"}\n" + shapes[i] + "\n");
    const Run alone = run_cli("extract " + quoted(dir / ("alone" + n + ".jsonl")) + " 2>/dev/null");
    const Run after = run_cli("extract " + quoted(dir / ("after" + n + ".jsonl")) + " 2>/dev/null");
    INFO(shapes[i]);
    const std::vector<std::string> one = lines_of(alone.out);
    const std::vector<std::string> two = lines_of(after.out);
    REQUIRE(one.size() == 1);
    REQUIRE(two.size() == 2);
    CHECK(one[0] == two[1]);
  }
}
