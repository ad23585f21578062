// `sayso rules check` reports every error of a file (RuleTable::check), the
// pipeline stops at the first (RuleTable::parse): both are one reader, so
// on thousands of generated files they must agree on the first error.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "rules/rule_check.hpp"
#include "rules/rule_table.hpp"

namespace {

std::string random_rule_file(std::mt19937& rng) {
  static const char* const pieces[] = {"a", "word", "\t", "\t", " ", "#", "\n", "\n", "\r\n", "  ", "\xFF", "\xC3\xA9"};
  std::uniform_int_distribution<std::size_t> length(0, 40);
  std::uniform_int_distribution<std::size_t> piece(0, sizeof pieces / sizeof pieces[0] - 1);
  std::string content = rng() % 8 == 0 ? "\xEF\xBB\xBF" : "";
  const std::size_t n = length(rng);
  for (std::size_t i = 0; i < n; ++i) content += pieces[piece(rng)];
  return content;
}

}  // namespace

TEST_CASE("rules check: its reader agrees with the pipeline's on every file", "[rules]") {
  // One reader (RuleTable) serves both: the check's first error is the
  // pipeline's error, and a file is clean for one exactly when it is for the other.
  std::mt19937 rng(20240607);
  std::size_t clean = 0, utf8 = 0, other = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string content = random_rule_file(rng);
    const auto errors = sayso::rules::check_rule_table_syntax(content, "f.tsv");
    const auto table = sayso::rules::RuleTable::parse(content, "f.tsv", {});
    INFO("content: " << content);
    REQUIRE(table.ok() == errors.empty());
    if (table.ok()) {
      ++clean;
      continue;
    }
    const sayso::Error& first = table.error();
    CHECK(first.code() == sayso::ErrorCode::rule_syntax);
    if (first.message().rfind("invalid UTF-8", 0) == 0) ++utf8;
    else ++other;
    CHECK(errors[0].to_string() == first.to_string());
  }
  // The generator reaches every case.
  CHECK(clean > 1000);
  CHECK(utf8 > 1000);
  CHECK(other > 1000);
}

TEST_CASE("rules check: every error of one file, in line order", "[rules]") {
  const auto errors = sayso::rules::check_rule_table_syntax(
      "\xEF\xBB\xBF# comment\nname\t\tkind\t\n"  // line 2: empty names at columns 6 and 12
      "a\tb\tc\n"
      "a\tb\tc\td\te\n"                     // line 4: a fifth cell at column 9
      "x\xFFy\tb\n"                         // line 5: bad byte at column 2
      "a\tb\tc\td\te\tf\n",                 // line 6: column 9
      "f.tsv");
  REQUIRE(errors.size() == 5);
  CHECK(errors[0].to_string() == "f.tsv:2:6: empty column name in the header line");
  CHECK(errors[1].to_string() == "f.tsv:2:12: empty column name in the header line");
  CHECK(errors[2].to_string() ==
        "f.tsv:4:9: too many cells: 5 where the header names 4 columns (are spaces where tabs belong?)");
  CHECK(errors[3].to_string() == "f.tsv:5:2: invalid UTF-8 (byte 0xFF)");
  CHECK(errors[4].to_string() ==
        "f.tsv:6:9: too many cells: 6 where the header names 4 columns (are spaces where tabs belong?)");
  CHECK(sayso::rules::check_rule_table_syntax("", "e.tsv")[0].to_string() == "e.tsv:1: no header line (the file is empty)");
}
