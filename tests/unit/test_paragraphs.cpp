#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/paragraph_splitter.hpp"

using sayso::LineBreakPolicy;

namespace {

std::vector<std::string> paragraphs(const std::string& text, LineBreakPolicy policy = LineBreakPolicy::automatic) {
  std::vector<std::string> out;
  for (const auto& span : sayso::text::split_paragraphs(text, policy)) {
    out.push_back(text.substr(span.begin, span.size()));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("blank lines separate paragraphs, whatever the line ends", "[paragraphs]") {
  CHECK(paragraphs("First one.\n\nSecond one.") == V{"First one.", "Second one."});
  CHECK(paragraphs("First one.\r\n\r\nSecond one.\r\n") == V{"First one.", "Second one."});
  CHECK(paragraphs("First one.\r\rSecond one.") == V{"First one.", "Second one."});
  CHECK(paragraphs("  First one.  \n \t \n\n  Second one.") == V{"First one.", "Second one."});
  CHECK(paragraphs("One.\xE2\x80\xA9Two.") == V{"One.", "Two."});  // U+2029
  CHECK(paragraphs("").empty());
  CHECK(paragraphs(" \n\n \t").empty());
  CHECK(paragraphs("\xEF\xBB\xBFWith a BOM.") == V{"With a BOM."});
}

TEST_CASE("short lines of page furniture stay apart under the automatic policy", "[paragraphs]") {
  const std::string page =
      "Skip to main content\nMenu\nWorld News\nMayor Says Bridge Will Reopen\n0:00 0:01:30 0:00\n"
      "The mayor said on Monday that the bridge would reopen.";
  CHECK(paragraphs(page) == V{"Skip to main content", "Menu", "World News", "Mayor Says Bridge Will Reopen",
                              "0:00 0:01:30 0:00", "The mayor said on Monday that the bridge would reopen."});
}

TEST_CASE("hard-wrapped wire copy is joined under the automatic policy", "[paragraphs]") {
  const std::string wire =
      "The council voted on Tuesday to extend the curfew in the old city by\n"
      "another two weeks, a spokeswoman for the mayor told reporters after the\n"
      "meeting, adding that shops would be allowed to open in the mornings.\n"
      "\n"
      "Residents were divided.";
  const auto p = paragraphs(wire);
  REQUIRE(p.size() == 2);
  CHECK(p[0].rfind("The council voted", 0) == 0);
  CHECK(p[0].find("in the mornings.") != std::string::npos);
  CHECK(p[1] == "Residents were divided.");
}

TEST_CASE("a line ending in a space before its break is a soft wrap", "[paragraphs]") {
  CHECK(paragraphs("Booking your seat early \nmeans a better view of the stage.") ==
        V{"Booking your seat early \nmeans a better view of the stage."});
  // ... unless the next line starts a list item, or the line ends a sentence.
  CHECK(paragraphs("- Bring water \n- Bring a hat") == V{"- Bring water", "- Bring a hat"});
  CHECK(paragraphs("It ended. \nThen another began.") == V{"It ended.", "Then another began."});
}

TEST_CASE("the paragraph and join policies", "[paragraphs]") {
  const std::string text = "line one\nline two\n\nline three";
  CHECK(paragraphs(text, LineBreakPolicy::paragraph) == V{"line one", "line two", "line three"});
  CHECK(paragraphs(text, LineBreakPolicy::join) == V{"line one\nline two", "line three"});
}

TEST_CASE("a line that runs on into a lowercase line joins it, whatever the block's shape", "[paragraphs]") {
  // Two lines only: too few for the hard-wrap test.
  CHECK(paragraphs("The ferry will sail again next week, the harbour master told reporters at a\n"
                   "briefing in Port Ellis on Friday.") ==
        V{"The ferry will sail again next week, the harbour master told reporters at a\n"
          "briefing in Port Ellis on Friday."});
  // A wrapped block with one short line, which defeats the hard-wrap test.
  const std::string wire =
      "The regional water board said on Thursday that the reservoir had reached\n"
      "its lowest level in a decade and that\n"
      "restrictions on garden watering would begin at the end of the month, a\n"
      "spokesman for the board said at a\n"
      "news conference in the valley town.";
  CHECK(paragraphs(wire) == V{wire});
  // A sentence end, a capitalised line or a list item still starts anew.
  CHECK(paragraphs("It ended.\nthen another began") == V{"It ended.", "then another began"});
  CHECK(paragraphs("Weather\nTraffic") == V{"Weather", "Traffic"});
  CHECK(paragraphs("Bring these\na) water\nb) a hat") == V{"Bring these", "a) water", "b) a hat"});
}

TEST_CASE("a headline or a dateline does not run on into a lowercase line", "[paragraphs]") {
  CHECK(paragraphs("Council Approves New Harbour Bridge\nloading, please wait") ==
        V{"Council Approves New Harbour Bridge", "loading, please wait"});
  CHECK(paragraphs("Monday, March 3, 2031\nvisitors at the harbour in 2029.") ==
        V{"Monday, March 3, 2031", "visitors at the harbour in 2029."});
}

TEST_CASE("a line break is found wherever it lies in blocks of sixteen bytes", "[paragraphs]") {
  // The splitter passes over sixteen bytes at once up to the first line
  // break byte or byte beyond ASCII: every break (LF, CR LF, CR, VT, FF,
  // U+2029 and U+2028), after every prefix length, splits where it did.
  const V breaks{"\n\n", "\r\n\r\n", "\r\r", "\v\v", "\f\f", "\xE2\x80\xA9", "\xE2\x80\xA8\xE2\x80\xA8"};
  for (std::size_t pad = 0; pad < 34; ++pad) {
    for (const std::string& brk : breaks) {
      const std::string first = std::string(pad, 'a') + "b caf\xC3\xA9 one.";
      const std::string second = "Second \xC3\xA9t\xC3\xA9 paragraph, long enough to pass sixteen bytes.";
      INFO(pad);
      CHECK(paragraphs(first + brk + second) == V{first, second});
      CHECK(paragraphs(second + brk + first) == V{second, first});
    }
  }
}
