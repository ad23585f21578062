// Speakers on news written in other styles than US political coverage: wire
// and radio pages, briefs, courts and agencies (issue 12, section 2). Every
// text here is invented for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sayso/sayso.hpp"

using namespace sayso;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p = Pipeline::create().value();
  return p;
}

struct Q {
  std::string kind;
  std::string text;
  std::string speaker;
  std::string sieve;
};

std::vector<Q> quotes(const std::string& text) {
  const auto doc = pipeline().extract(text);
  std::vector<Q> out;
  for (const Quote& q : doc.value().quotes()) {
    out.push_back({quote_kind_name(q.kind), std::string(doc.value().slice(q.span)), q.speaker, q.sieve});
  }
  return out;
}

// The speaker of the quote whose text starts with `text_start`; "(none)"
// when no such quote was kept.
std::string speaker_of(const std::vector<Q>& qs, const std::string& text_start) {
  for (const Q& q : qs) {
    if (q.text.rfind(text_start, 0) == 0) return q.speaker;
  }
  return "(none)";
}

}  // namespace

TEST_CASE("a pronoun follows the subject of its sentence back, past a listener or a reporter", "[quotes][attribution]") {
  const auto qs = quotes(
      "Maria Lindqvist is the fund's chief economist for the region. She spoke to radio reporter Anna Berg "
      "about the report.\n\n"
      "She says, \"The numbers show a turning point for the region this year.\"\n\n"
      "Kofi Mensah edits a local radio station. He told reporter Tom Reyes that the road was closed. "
      "\"We have no water,\" he said.\n");
  CHECK(speaker_of(qs, "\"The numbers") == "Maria Lindqvist");
  CHECK(speaker_of(qs, "\"We have no water") == "Kofi Mensah");
  // No pronoun opens the sentence: the nearest fitting person stays the answer.
  const auto direct = quotes("Kofi Mensah met Tom Reyes on Monday. Tom Reyes greeted the crowd. \"We are ready,\" he said.");
  CHECK(speaker_of(direct, "\"We are ready") == "Tom Reyes");
}
