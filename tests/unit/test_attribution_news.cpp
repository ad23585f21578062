// Speakers on news written in other styles than US political coverage: wire
// and radio pages, briefs, courts and agencies (issue 12, section 2). Every
// text here is invented for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sayso/sayso.hpp"
#include "shared_pipelines.hpp"

using namespace sayso;

namespace {

const Pipeline& pipeline() { return sayso_test::default_pipeline(); }

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
      "Maria Lindqvist runs the orchard cooperative in the valley. She talked with podcast host Anna Berg "
      "about the harvest.\n\n"
      "She says, \"The apples came early and the pears came late this autumn.\"\n\n"
      "Kofi Mensah edits a local radio station. He told reporter Tom Reyes that the road was closed. "
      "\"We have no water,\" he said.\n");
  CHECK(speaker_of(qs, "\"The apples") == "Maria Lindqvist");
  CHECK(speaker_of(qs, "\"We have no water") == "Kofi Mensah");
  // No pronoun opens the sentence: the nearest fitting person stays the answer.
  const auto direct = quotes("Kofi Mensah met Tom Reyes on Monday. Tom Reyes greeted the crowd. \"We are ready,\" he said.");
  CHECK(speaker_of(direct, "\"We are ready") == "Tom Reyes");
}

TEST_CASE("verbs of speech of wire and radio news", "[quotes][attribution]") {
  const auto qs = quotes(
      "\"Fix the road now,\" fumed Rosa Medina.\n\n\"Please help us,\" implored Tom Berger.\n\n"
      "\"We will not stop,\" Ana Ruiz emailed.\n\nKofi Mensah was asked about the fire. \"I did not know,\" he blurted out.\n");
  CHECK(speaker_of(qs, "\"Fix the road") == "Rosa Medina");
  CHECK(speaker_of(qs, "\"Please help us") == "Tom Berger");
  CHECK(speaker_of(qs, "\"We will not stop") == "Ana Ruiz");
  CHECK(speaker_of(qs, "\"I did not know") == "Kofi Mensah");
}

TEST_CASE("a quotation in a clause that a subordinator opens belongs to that clause's speaker",
          "[quotes][attribution]") {
  const auto qs = quotes(
      "The inspector Carl Voss questioned the baker. When Rosa Medina replied, \"The oven was already cold by noon,\" "
      "the inspector wrote it all down.\n");
  CHECK(speaker_of(qs, "\"The oven") == "Rosa Medina");
  // Without the subordinator the speaker after the quotation stays the answer.
  const auto after = quotes("Rosa Medina arrived late. \"The oven was already cold by noon,\" Carl Voss said.\n");
  CHECK(speaker_of(after, "\"The oven") == "Carl Voss");
}

TEST_CASE("words given to a participle of speech inside reported speech are its subject's", "[quotes][attribution]") {
  const auto qs = quotes(
      "Judge Carl Voss heard the fishing case.\n\n"
      "According to Rosa Medina, the judge grew red and yelled at the skipper, calling him a \"thief,\" \"lazy,\" "
      "and a \"shame to the fleet.\"\n");
  CHECK(speaker_of(qs, "\"thief") == "Carl Voss");
  CHECK(speaker_of(qs, "\"lazy") == "Carl Voss");
  CHECK(speaker_of(qs, "\"shame") == "Carl Voss");
  // A fragment that no participle of speech governs stays the reporter's.
  const auto reporter = quotes("Rosa Medina said the council had offered \"a fair and generous package\" to the town.\n");
  CHECK(speaker_of(reporter, "\"a fair") == "Rosa Medina");
}

TEST_CASE("a time between the subject and its verb of speech", "[quotes][attribution]") {
  const auto qs = quotes(
      "A column in the Valley Orchard Review on Thursday said that the beetles are \"eating every leaf in "
      "sight.\"\n\nRosa Medina on Tuesday said the bridge was \"unsafe for everyone.\"\n");
  CHECK(speaker_of(qs, "\"eating") == "Valley Orchard Review");
  CHECK(speaker_of(qs, "\"unsafe") == "Rosa Medina");
}

TEST_CASE("'the society' names the organisation named before whose head word it is", "[quotes][attribution]") {
  const auto qs = quotes(
      "The Northern Society for Bee Health counted the hives in May. The society has blamed the farmers "
      "for a \"slow poisoning\" of the meadows.\n\n\"We found no sickness in any hive,\" said the society.\n");
  CHECK(speaker_of(qs, "\"slow poisoning") == "Northern Society for Bee Health");
  CHECK(speaker_of(qs, "\"We found no") == "Northern Society for Bee Health");
  // No organisation of that head named before: no speaker.
  const auto none = quotes("\"We found no sickness in any hive,\" said the society.\n");
  CHECK(speaker_of(none, "\"We found no") == "(none)");
}

TEST_CASE("an organisation speaks through its documents", "[quotes][attribution]") {
  const auto ministry = quotes("The ministry said in a statement on Monday: \"We deny every charge and we will prove it.\"\n");
  CHECK(speaker_of(ministry, "\"We deny") == "The ministry");
  const auto qs = quotes(
      "The Harbour Authority issued a statement calling the new fee \"an unfair burden on small boats.\"\n\n"
      "The Lantern Trust said on Monday that the shelter was full. The Lantern Trust's statement said the storm \"may have "
      "flooded hundreds of homes.\"\n\n"
      "A statement from the Harbour Authority said the pier was \"unsafe for everyone.\"\n");
  CHECK(speaker_of(qs, "\"an unfair burden") == "Harbour Authority");
  CHECK(speaker_of(qs, "\"may have") != "The Lantern Trust's statement");
  CHECK(speaker_of(qs, "\"may have").find("Lantern Trust") != std::string::npos);
  CHECK(speaker_of(qs, "\"unsafe") == "Harbour Authority");
  // Nobody issued it in the sentence: the phrase as written, never a wrong owner.
  const auto as_written = quotes("A statement said the camp was \"overcrowded and unsafe.\"\n");
  CHECK(speaker_of(as_written, "\"overcrowded") == "A statement");
}

TEST_CASE("doubled ends of excited writing end a quotation like one mark", "[quotes][attribution]") {
  const auto qs = quotes("\"Stop the war now!!\" Kofi Mensah shouted.\n\n\"Are you serious?!\" Rosa Medina asked.\n");
  CHECK(speaker_of(qs, "\"Stop the war") == "Kofi Mensah");
  CHECK(speaker_of(qs, "\"Are you serious") == "Rosa Medina");
}

TEST_CASE("a programme in quotation marks after 'told' is who was told, nobody's words", "[quotes][attribution]") {
  const auto qs = quotes(
      "Museum curator Lena Hart told \"Evening Gardens\" on Sunday that the old glasshouse would reopen in spring.\n");
  for (const Q& q : qs) CHECK(q.kind == "indirect");  // no quotation of its own
}

TEST_CASE("a news outlet named by its kind", "[quotes][attribution]") {
  const auto qs = quotes("The Harbour Times covered the vote. \"The mayor must go,\" the daily wrote.\n");
  CHECK(speaker_of(qs, "\"The mayor") == "Harbour Times");
}

TEST_CASE("a surname never seen before, after an inverted verb of speech", "[quotes][attribution]") {
  CHECK(speaker_of(quotes("\"The water is rising fast,\" said Wanjiru.\n"), "\"The water") == "Wanjiru");
  CHECK(speaker_of(quotes("\"The water is rising fast,\" said Wanjiru, a farmer.\n"), "\"The water") == "Wanjiru");
  CHECK(speaker_of(quotes("Farmers met near the river. \"The water is rising fast,\" said Musa Otieno.\n"),
                   "\"The water") == "Musa Otieno");
  // A day is no person.
  CHECK(speaker_of(quotes("\"The water is rising fast,\" said Tuesday.\n"), "\"The water") == "(none)");
}

TEST_CASE("a quotation after a transcript label in capitals", "[quotes][attribution]") {
  const auto qs = quotes(
      "The river talks were led by Grace Wanjiru.\n\nWANJIRU: \"We will not move from here.\"\n\n"
      "KAMAU: \"The plan is to plant the seeds before the rains come.\"\n");
  CHECK(speaker_of(qs, "\"We will not move") == "Grace Wanjiru");
  CHECK(speaker_of(qs, "\"The plan is") == "KAMAU");
  // A label that is a word or a place names nobody.
  CHECK(speaker_of(quotes("NOTE: \"This text was updated on Monday with new figures.\"\n"), "\"This text") == "(none)");
  CHECK(speaker_of(quotes("WASHINGTON: \"This text was updated on Monday with new figures.\"\n"), "\"This text") ==
        "(none)");
}

TEST_CASE("'as X put it', 'likened', 'lauded', 'mocked': who framed the quoted words", "[quotes][attribution]") {
  const auto qs = quotes(
      "As Rosa Medina put it in a note to the school board, the timetable is \"a puzzle with no answer.\"\n\n"
      "Tom Berger likened the new timetable to \"a train that never leaves the station.\"\n");
  CHECK(speaker_of(qs, "\"a puzzle") == "Rosa Medina");
  CHECK(speaker_of(qs, "\"a train") == "Tom Berger");
}

TEST_CASE("a participle of speech after a comma takes the main clause's subject, not the place before it",
          "[quotes][attribution]") {
  const auto qs = quotes(
      "Rosa Medina wrote on Sunday about the flooding of a bakery in Port Ellis, arguing that the river wall "
      "should be \"raised before the winter.\"\n");
  CHECK(speaker_of(qs, "\"raised") == "Rosa Medina");
}

TEST_CASE("a parenthesis before an apposition, a number before a role, a listener before the colon",
          "[quotes][attribution]") {
  const auto qs = quotes(
      "\"The ferry must keep running,\" Sen. Ann Ruiz (D-Maine), a transport committee member, said in a radio "
      "interview.\n\n\"The sums do not add up. It is unfair,\" said 72-year-old fisherman Otto Brandt.\n\n"
      "Tom Berger, the owner of Brightwater Bakeries, told us, \"We bake bread and that is all we do.\"\n");
  CHECK(speaker_of(qs, "\"The ferry") == "Ann Ruiz");
  CHECK(speaker_of(qs, "\"The sums") == "Otto Brandt");
  CHECK(speaker_of(qs, "\"We bake bread") == "Tom Berger");
}

TEST_CASE("'it' prefers the organisation its sentence opens with, and a passive names no speaker", "[quotes][attribution]") {
  const auto qs = quotes(
      "The Orchard Board on Wednesday sharply criticised Port Ellis's new dam and vowed to fight "
      "what it called \"a danger to every valley farm.\"\n\n"
      "Rosa Medina's old column on the dam was openly mocked for its forecast that Tom Berger would become "
      "\"the finest engineer of the century.\"\n");
  CHECK(speaker_of(qs, "\"a danger") == "Orchard Board");
  CHECK(speaker_of(qs, "\"the finest engineer") != "Tom Berger");
}

TEST_CASE("'one said', 'another added': a speaker of a group, as written", "[quotes][attribution]") {
  const auto qs = quotes(
      "Fishermen gathered at the pier on Monday. \"We will win this,\" one said.\n\n"
      "\"We have lost everything,\" another added.\n");
  CHECK(speaker_of(qs, "\"We will win") == "one");
  CHECK(speaker_of(qs, "\"We have lost") == "another");
  // Not before a noun it quantifies: "one of them" is no lone speaker here.
  CHECK(speaker_of(quotes("\"We will win this,\" one of the boats carried on its sail.\n"), "\"We will win") == "(none)");
}

TEST_CASE("a role opened by 'one' or 'another' is someone new, as written", "[quotes][attribution]") {
  const auto qs = quotes("The new bridge drew crowds, but at least one senior road expert labeled it a \"folly.\"\n");
  CHECK(speaker_of(qs, "\"folly") == "one senior road expert");
}

TEST_CASE("an acronym speaks for the organisation a naming construction introduced", "[quotes][attribution]") {
  const auto qs = quotes(
      "Residents formed a group called the Upper Fenwick Flood Relief Appeal last spring.\n\n"
      "\"The pumps failed twice in one week,\" UFFRA said in a statement on Tuesday.\n");
  CHECK(speaker_of(qs, "\"The pumps") == "Upper Fenwick Flood Relief Appeal");
}

TEST_CASE("a name inside an organisation noun's phrase says whose it is, not the nearest organisation", "[quotes][attribution]") {
  const auto qs = quotes(
      "Tom Berger, the mayor of Port Ellis, opened the new pier on Monday. The Northern Harbour Authority paid for "
      "it.\n\n\"The pier is a waste of money,\" the Berger campaign said in a statement.\n\n"
      "The Lantern Trust charity said \"the pier will help every fisherman.\"\n\n"
      "The Norwegian government said the pier was \"a fine example.\"\n\n"
      "\"We paid every cent of it,\" the authority said.\n");
  // A person's name or a people's adjective: the phrase as written.
  CHECK(speaker_of(qs, "\"The pier is") == "the Berger campaign");
  CHECK(speaker_of(qs, "\"a fine example") == "The Norwegian government");
  // An organisation's name: that organisation.
  CHECK(speaker_of(qs, "\"the pier will help") == "Lantern Trust");
  // No name inside: the organisation named before whose name holds the noun, as before.
  CHECK(speaker_of(qs, "\"We paid") == "Northern Harbour Authority");
}

TEST_CASE("a dateline closed by a spaced hyphen is no speaker and an opening participle phrase is an adjunct", "[quotes][attribution]") {
  const auto dateline = quotes(
      "Harbour mayor backs pier.\n\nPORT ELLIS, Maine (Harbour Wire) - Mayor Tom Berger visited the pier on Thursday "
      "and said the town must repair it soon.\n");
  CHECK(speaker_of(dateline, "the town must") == "Tom Berger");
  const auto participle = quotes(
      "The mayor spent Thursday at the docks.\n\nGreeting hundreds of dock workers who fear for their jobs, Tom Berger "
      "smiled and promised to keep the pier open.\n");
  CHECK(speaker_of(participle, "to keep the pier") == "Tom Berger");
}
