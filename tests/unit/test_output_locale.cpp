// Numbers in JSON and CSV do not depend on the host's locale: a program that
// called setlocale(LC_ALL, "de_DE.UTF-8") (decimal comma) gets the same
// bytes as one in the C locale, and rule files with decimals still load.
#include <catch2/catch.hpp>

#include <clocale>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "sayso/sayso.hpp"

using namespace sayso;

namespace {

// Switches the whole process to a locale for one scope and back.
class ScopedLocale {
 public:
  explicit ScopedLocale(const char* name) {
    const char* current = std::setlocale(LC_ALL, nullptr);
    previous_ = current ? current : "C";
    active_ = std::setlocale(LC_ALL, name) != nullptr;
  }
  ~ScopedLocale() { std::setlocale(LC_ALL, previous_.c_str()); }
  ScopedLocale(const ScopedLocale&) = delete;
  ScopedLocale& operator=(const ScopedLocale&) = delete;
  bool active() const { return active_; }

 private:
  std::string previous_;
  bool active_ = false;
};

constexpr const char* kGerman = "de_DE.UTF-8";

// A text whose record holds fractional numbers (quote confidences).
const char* const kText =
    "\xE2\x80\x9CThe bridge will reopen in spring,\xE2\x80\x9D said Talia Brennick, the city engineer. "
    "\xE2\x80\x9CWe are on schedule,\xE2\x80\x9D she added.\n";

struct Outputs {
  std::string json;
  std::string csv_quotes;
  std::string csv_entities;
};

Outputs render(const Pipeline& pipeline) {
  const auto doc = pipeline.extract(kText, "locale-doc");
  REQUIRE(doc);
  Outputs o;
  append_json_record(doc.value(), o.json);
  append_csv_rows(doc.value(), CsvTable::quotes, CsvOptions{}, o.csv_quotes);
  append_csv_rows(doc.value(), CsvTable::entities, CsvOptions{}, o.csv_entities);
  return o;
}

}  // namespace

TEST_CASE("JSON and CSV numbers are the same under a decimal-comma locale", "[output][locale]") {
  const auto pipeline = Pipeline::create().value();
  const Outputs c_locale = render(pipeline);
  // The record must hold a fractional number, or the test proves nothing.
  REQUIRE(c_locale.json.find("\"confidence\":0.") != std::string::npos);
  REQUIRE(c_locale.csv_quotes.find(",0.") != std::string::npos);

  ScopedLocale german(kGerman);
  if (!german.active()) {
    WARN("SKIPPED: locale " << kGerman << " is not installed (tools/setup.sh generates it)");
    return;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", 0.5);
  REQUIRE(std::string(buf) == "0,50");  // the locale really has a decimal comma
  const Outputs german_out = render(pipeline);
  CHECK(german_out.json == c_locale.json);
  CHECK(german_out.csv_quotes == c_locale.csv_quotes);
  CHECK(german_out.csv_entities == c_locale.csv_entities);
}

TEST_CASE("rule files with decimals load under a decimal-comma locale", "[output][locale]") {
  const auto dir = std::filesystem::temp_directory_path() / "sayso_test_output_locale_rules";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "en");
  std::ofstream(dir / "en" / "given_names.tsv") << "name\tgender\tshare\tcount\nZorvanka\tfemale\t0.7500\t420\n";

  ScopedLocale german(kGerman);
  if (!german.active()) {
    WARN("SKIPPED: locale " << kGerman << " is not installed (tools/setup.sh generates it)");
    return;
  }
  PipelineOptions options;
  options.rules_directory = dir.string();
  const auto pipeline = Pipeline::create(options);
  INFO((pipeline ? std::string() : pipeline.error().to_string()));
  CHECK(pipeline);
  std::filesystem::remove_all(dir);
}
