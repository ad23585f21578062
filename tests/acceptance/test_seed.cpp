// The seed article (../shared/seed/): the first acceptance case.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sayso/sayso.hpp"

namespace {

std::string read_seed_text() {
  std::ifstream in(SAYSO_SHARED_DIR "/seed/voa-kerry-war-crimes-2016.txt", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the seed article's sentences", "[seed]") {
  const std::string text = read_seed_text();
  REQUIRE(!text.empty());
  const auto pipeline = sayso::Pipeline::create().value();
  const auto doc = pipeline.extract(text, "voa-kerry-war-crimes-2016");
  REQUIRE(doc.ok());
  const sayso::Document& d = doc.value();
  std::vector<std::string> sentences;
  for (const auto& s : d.sentences()) sentences.emplace_back(d.slice(s.span));
  auto has = [&](const std::string& s) {
    return std::find(sentences.begin(), sentences.end(), s) != sentences.end();
  };

  SECTION("page furniture stays on its own, never glued to the story") {
    for (const char* line :
         {"Accessibility links", "Breaking News", "US-Russian Feud Over Syria Escalates with Talk of War Crimes",
          "WATCH: Kerry on hospital bombing in Syria", "Kerry Condemns Attack on Syrian Hospital", "please wait",
          "No media source currently available", "0:00 0:01:00 0:00", "'Outrageous violations' cited",
          "Russia opposes Security Council action", "WATCH: De Mistura statement on Syria", "0:00 0:00:55 0:00",
          "Veto by Moscow is likely"}) {
      INFO(line);
      CHECK(has(line));
    }
  }

  SECTION("abbreviations, titles and quotations do not break sentences") {
    CHECK(has("Russia warned of serious legal consequences Friday arising from U.S. Secretary of State John "
              "Kerry's comment that Moscow and Damascus should be investigated for war crimes as a result of "
              "their airstrikes on civilian targets in Syria."));
    CHECK(has("A general view shows destruction in Aleppo's rebel-held Bustan al-Basha neighborhood on Oct. 6, "
              "2016."));
    CHECK(has("\"The secretary is not getting ahead of a process,\" the spokesman said."));
    CHECK(has("\"There is no time to waste,\" he said."));
    CHECK(has("\"There is an absolute emergency in Aleppo.\""));
    CHECK(has("\"Russia and the regime owe the world more than an explanation about why they keep hitting "
              "hospitals, and medical facilities, and women and children,\" Kerry said Friday."));
    CHECK(has("\"Kerry's statement \xE2\x80\x94 this is propaganda,\" said Russian foreign ministry spokesperson "
              "Maria Zakharova."));
    CHECK(has("Deputy Foreign Minister Gennady Gatilov said the French proposal politicizes humanitarian aid."));
    CHECK(has("UN correspondent Margaret Besheer and Esha Sarai contributed to this report."));
  }

  SECTION("every sentence lies inside one paragraph") {
    for (const auto& s : d.sentences()) {
      const auto& p = d.paragraphs()[s.paragraph].span;
      CHECK(p.begin <= s.span.begin);
      CHECK(s.span.end <= p.end);
    }
  }
}
