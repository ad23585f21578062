// Speakers written as descriptions (issue 13, desc10): a role with what it
// serves after a preposition, and an apposition that lost its closing
// comma. Texts written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sayso/sayso.hpp"
#include "shared_pipelines.hpp"

using namespace sayso;

namespace {

struct Q {
  std::string kind;
  std::string text;
  std::string speaker;
  std::string speaker_mention;
};

std::vector<Q> quotes_of(const std::string& text) {
  const auto doc = sayso_test::default_pipeline().extract(text);
  std::vector<Q> out;
  for (const Quote& q : doc.value().quotes()) {
    out.push_back({quote_kind_name(q.kind), std::string(doc.value().slice(q.span)), q.speaker,
                   std::string(doc.value().slice(q.speaker_mention))});
  }
  return out;
}

const Q* starting(const std::vector<Q>& qs, const std::string& text_start) {
  for (const Q& q : qs) {
    if (q.text.rfind(text_start, 0) == 0) return &q;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("described speakers: a spokesman for an organisation named later by name", "[quotes][speakers]") {
  // The only person who holds the role is named in the next paragraph.
  const auto qs = quotes_of(
      "A spokesman for the Harbour Pilots Guild says the night ferry will stop running in March.\n\n"
      "Guild spokesman Otto Brandt told a radio station on Friday that the pier was unsafe.");
  const Q* q = starting(qs, "the night ferry will stop");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Otto Brandt");
  CHECK(q->speaker_mention == "A spokesman for the Harbour Pilots Guild");
}

TEST_CASE("described speakers: no later holder, or two, keeps the answer of before", "[quotes][speakers]") {
  // Nobody named holds the role: the phrase as written, as before.
  auto qs = quotes_of("A spokesman for the Harbour Pilots Guild says the night ferry will stop running in March.");
  const Q* q = starting(qs, "the night ferry will stop");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A spokesman for the Harbour Pilots Guild");
  // Two spokesmen named after it: no guess between them.
  qs = quotes_of(
      "A spokesman for the Harbour Pilots Guild says the night ferry will stop running in March.\n\n"
      "Guild spokesman Otto Brandt told a radio station on Friday that the pier was unsafe.\n\n"
      "Council spokesman Ivo Lindqvist said the council would meet the pilots.");
  q = starting(qs, "the night ferry will stop");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A spokesman for the Harbour Pilots Guild");
  // A holder named before an indefinite "a spokesman" is not the one meant.
  qs = quotes_of(
      "Guild spokesman Otto Brandt sailed at dawn with the crews.\n\n"
      "A spokesman for the Harbour Pilots Guild says the night ferry will stop running in March.");
  q = starting(qs, "the night ferry will stop");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A spokesman for the Harbour Pilots Guild");
}

TEST_CASE("described speakers: the role of a person named before, with a prepositional tail", "[quotes][speakers]") {
  const auto qs = quotes_of(
      "Mediator Ines Vos met both delegations on Tuesday.\n\n"
      "The mediator in the fishing talks said the two sides had agreed on quotas for the spring.");
  const Q* q = starting(qs, "the two sides had agreed");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vos");
}

TEST_CASE("described speakers: an apposition that lost its closing comma", "[quotes][speakers]") {
  auto qs = quotes_of("Marta Ilves, a retired harbour pilot says the channel has silted up since the storm.");
  const Q* q = starting(qs, "the channel has silted up");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Marta Ilves");
  // A name that does not open the sentence is no subject: the description speaks.
  qs = quotes_of("Asked about Marta Ilves, a retired harbour pilot says the channel has silted up since the storm.");
  q = starting(qs, "the channel has silted up");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "a retired harbour pilot");
}

TEST_CASE("described speakers: an attribution set into a name's sentence is no apposition", "[quotes][speakers]") {
  // "Ilves, a pilot said, “…”": the pilot speaks about Ilves.
  const auto qs = quotes_of("Marta Ilves, a retired harbour pilot said, “would keep the channel open whatever it cost.”");
  for (const Q& q : qs) CHECK(q.speaker != "Marta Ilves");
}

TEST_CASE("described speakers: a role with what it serves opens its clause", "[quotes][speakers]") {
  // Nobody named holds the role: the phrase as written.
  auto qs = quotes_of("The retired minister of fisheries said the quota would be cut in June.");
  const Q* q = starting(qs, "the quota would be cut");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The retired minister of fisheries");
  // Its holder named before.
  qs = quotes_of(
      "Fisheries Minister Ines Vos toured the docks on Monday. The minister of fisheries said the quota would be "
      "cut in June.");
  q = starting(qs, "the quota would be cut");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vos");
  // A definite role does not look ahead: the holder named after it may be another.
  qs = quotes_of(
      "The retired minister of fisheries said the quota would be cut in June.\n\n"
      "Fisheries Minister Ines Vos toured the docks on Monday.");
  q = starting(qs, "the quota would be cut");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The retired minister of fisheries");
  // A clause inside the phrase makes it none.
  qs = quotes_of("The senator from Ohio who visited the docks said the quota would be cut in June.");
  CHECK(starting(qs, "the quota would be cut") == nullptr);
  // A name's apposition is no subject of a verb inside it ("think tank").
  qs = quotes_of("Tom Berger, a founder of the harbour think tank Tidewatch, said the quota was fair.");
  CHECK(starting(qs, "tank") == nullptr);
  q = starting(qs, "the quota was fair");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Tom Berger");
}

TEST_CASE("described speakers: a passive relative clause names no speaker", "[quotes][speakers]") {
  // "who was declared the winner": Ruiz is what was declared.
  CHECK(quotes_of("Ann Ruiz, who was declared the winner of the vote on Friday, left the hall.").empty());
  // Active, the relative clause reports.
  const auto qs = quotes_of("Ann Ruiz, who declared that the vote was rigged, left the hall.");
  const Q* q = starting(qs, "the vote was rigged");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ann Ruiz");
}

TEST_CASE("described speakers: an organisation after 'a' speaks as written", "[quotes][speakers]") {
  auto qs = quotes_of("A maritime safety group says the new cranes are unsafe in high wind.");
  const Q* q = starting(qs, "the new cranes are unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A maritime safety group");
  // A naming verb names the group; "known as" describes it; a base form right
  // after the noun makes a compound ("a court order to …"): no speaker there.
  qs = quotes_of("The pier was sold to a group called Tidewater Holdings last spring.");
  for (const Q& x : qs) CHECK(x.speaker.rfind("a group", 0) != 0);
  qs = quotes_of("The breach was traced to a group known as the Grey Gulls by harbour police.");
  for (const Q& x : qs) CHECK(x.speaker.rfind("a group", 0) != 0);
  qs = quotes_of("The port obeyed a court order to release the ledgers within a month.");
  for (const Q& x : qs) CHECK(x.speaker.rfind("a court", 0) != 0);
}

TEST_CASE("described speakers: a capitalised organisation head no name holds speaks as written", "[quotes][speakers]") {
  // Not the organisation named before it.
  const auto qs = quotes_of(
      "The Harbour Pilots Guild met on Monday.\n\n"
      "The Boatmen's Alliance said the new quotas would ruin the smaller boats.");
  const Q* q = starting(qs, "the new quotas would ruin");
  REQUIRE(q != nullptr);
  CHECK(q->speaker != "Harbour Pilots Guild");
}

TEST_CASE("described speakers: people close to someone speak, not whom they are close to", "[quotes][speakers]") {
  // An acquaintance phrase (cue_phrases.tsv) after a group's noun or a
  // described person's: the whole phrase speaks, as written.
  auto qs = quotes_of(
      "The harbour board met on Monday.\n\n"
      "People close to the mayor said the new toll would never pass the council.");
  const Q* q = starting(qs, "the new toll would never pass");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "People close to the mayor");
  qs = quotes_of("A source familiar with the board's internal review said the ledger had been lost in March.");
  q = starting(qs, "the ledger had been lost");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A source familiar with the board's internal review");
  qs = quotes_of("Officials briefed on the dredging contract have argued that the channel is too shallow.");
  q = starting(qs, "the channel is too shallow");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Officials briefed on the dredging contract");
  // A phrase whose first word is no phrase alone ("with" of "with direct
  // knowledge of"), after a quotation in the sentence that holds another
  // ("close to"): the view lists the places outside quotation marks only.
  qs = quotes_of(
      "After a week of “close to the edge” talks, officials with direct knowledge of the dredging contract said "
      "the channel would be deepened.");
  q = starting(qs, "the channel would be deepened");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "officials with direct knowledge of the dredging contract");
}

TEST_CASE("described speakers: an acquaintance phrase in a relative clause or after a name is no speaker phrase",
          "[quotes][speakers]") {
  // Set off by commas: the name speaks, as before.
  auto qs = quotes_of("Ines Varga, who is close to the mayor, said the new toll would never pass the council.");
  const Q* q = starting(qs, "the new toll would never pass");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  // A verb before the phrase: no noun for people stands before it.
  qs = quotes_of("The ferry came close to the pier and the skipper said the fog was too thick to land.");
  for (const Q& x : qs) CHECK(x.speaker.find("close to") == std::string::npos);
}

TEST_CASE("described speakers: plurals of person and organisation nouns are groups", "[quotes][speakers]") {
  auto qs = quotes_of("Politicians say the ferry will never run again on the old timetable.");
  const Q* q = starting(qs, "the ferry will never run");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Politicians");
  qs = quotes_of("Two civic groups argued that the harbour fees were far too high for small boats.");
  q = starting(qs, "the harbour fees were far too high");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Two civic groups");
  // A group noun that is an object names no speaker: the subject speaks.
  qs = quotes_of("Ines Varga told local politicians that the ferry would run again in May.");
  q = starting(qs, "the ferry would run again");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
}

TEST_CASE("described speakers: a 'they' that stands for a group noun keeps the pronoun as its mention", "[quotes][speakers]") {
  // The group was named without a verb of speech: "they" stands for it, and
  // the text names the speaker where "they" stands, as for "he" or "she".
  auto qs = quotes_of(
      "Harbour residents gathered on the quay at dawn. They said the night ferry had been late for a month.");
  const Q* q = starting(qs, "the night ferry had been late");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "residents");
  CHECK(q->speaker_mention == "They");
  // A named speaker keeps its own mention.
  qs = quotes_of("Harbour residents gathered on the quay at dawn. Ann Ruiz said the night ferry had been late.");
  q = starting(qs, "the night ferry had been late");
  REQUIRE(q != nullptr);
  CHECK(q->speaker_mention == "Ann Ruiz");
}

TEST_CASE("described speakers: a name after a preposition owns no apposition before the verb", "[quotes][speakers]") {
  // "X, facing a challenge in Maine, a quiet state, said": the apposition
  // is Maine's; the subject is the person before the adjunct.
  auto qs = quotes_of("Sen. Ines Vale, facing a hard race in Maine, a quiet state, said the ferry would run again.");
  const Q* q = starting(qs, "the ferry would run again");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vale");
  // A place after "of" is still the person's ("X of Maine, a Democrat, said").
  qs = quotes_of("Sen. Ines Vale of Maine, a Democrat, said the ferry would run again.");
  q = starting(qs, "the ferry would run again");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vale");
}

TEST_CASE("described speakers: an organisation after 'of' or 'at' inside a person's apposition owns no second one",
          "[quotes][speakers][subj17]") {
  // "X, director of ORG, a union …, said": the second apposition is the
  // organisation's, the speaker the person before the first comma.
  auto qs = quotes_of("Ines Vale, director of the Harbour Guild, a union of dockers, said the ferry would run again.");
  const Q* q = starting(qs, "the ferry would run again");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vale");
  qs = quotes_of("Ines Vale, who works at the Harbour Guild, a union of dockers, said the ferry would run again.");
  q = starting(qs, "the ferry would run again");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vale");
  // A person who is a preposition's object is not the subject: the
  // organisation keeps its apposition, as before.
  qs = quotes_of("Ines Vale met the crews. Apart from Ms. Vale, the head of the Harbour Guild, a union of dockers, "
                 "said the ferry would run.");
  q = starting(qs, "the ferry would run");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "the head of the Harbour Guild");
  // An organisation after "of" with no comma before it keeps its own apposition.
  qs = quotes_of("The Harbour Guild of Dover, a union of dockers, said the ferry would run again.");
  q = starting(qs, "the ferry would run again");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Harbour Guild of Dover");
}

TEST_CASE("described speakers: a role or a name after the preposition of a role phrase is not the speaker",
          "[quotes][speakers][subj17]") {
  // The object of a preposition inside the subject is not the speaker.
  auto qs = quotes_of("The wife of the senator said the new pier was unsafe.");
  const Q* q = starting(qs, "the new pier was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The wife of the senator");
  qs = quotes_of("A spokesman for Ines Vale said the new pier was unsafe.");
  q = starting(qs, "the new pier was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A spokesman for Ines Vale");
  // A name before "of" still speaks: the place or employer only says where.
  qs = quotes_of("Lee Ames of the Harbour Post said the new pier was unsafe.");
  q = starting(qs, "the new pier was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Lee Ames");
  // And a role's phrase with an organisation is read as before.
  qs = quotes_of("The head of the regional ferry board has argued that the new pier was unsafe.");
  q = starting(qs, "the new pier was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The head of the regional ferry board");
}

TEST_CASE("described speakers: a role of an organisation or group is the person", "[quotes][speakers]") {
  // An organisation noun after "of" only tells whom the person serves.
  auto qs = quotes_of("The deputy head of the harbour board said the night ferry would run again in May.");
  const Q* q = starting(qs, "the night ferry would run");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The deputy head of the harbour board");
  qs = quotes_of("A member of the council said the vote on the new pier would be held in May.");
  q = starting(qs, "the vote on the new pier");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A member of the council");
  qs = quotes_of("The leader of the party told reporters that the harbour budget was fair.");
  q = starting(qs, "the harbour budget was fair");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The leader of the party");
  // Its holder named before.
  qs = quotes_of(
      "Council chairman Oskar Lind opened the session on Monday. The chairman of the council said the pier "
      "would be rebuilt.");
  q = starting(qs, "the pier would be rebuilt");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Oskar Lind");
}

TEST_CASE("described speakers: a group of people or a document is no role of what follows", "[quotes][speakers]") {
  // "a group of fishers": the fishers speak, as written.
  auto qs = quotes_of("A group of fishers said the harbour was too shallow for the new boats.");
  const Q* q = starting(qs, "the harbour was too shallow");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A group of fishers");
  // A document from its issuer is left to the issuer.
  qs = quotes_of("A statement from the harbour board said the night ferry would run again in May.");
  q = starting(qs, "the night ferry would run");
  REQUIRE(q != nullptr);
  CHECK(q->speaker != "A statement from the harbour board");
}

TEST_CASE("described speakers: a description's determiner over three modifiers", "[quotes][speakers]") {
  // Three modifiers between the determiner and a described noun: the phrase as written.
  auto qs = quotes_of("The reclusive retired shipping magnate says the pier is unsafe.");
  const Q* q = starting(qs, "the pier is unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The reclusive retired shipping magnate");
  // Four are too many: no speaker, so no quote.
  qs = quotes_of("The old reclusive retired shipping magnate says the pier is unsafe.");
  CHECK(starting(qs, "the pier is unsafe") == nullptr);
}

TEST_CASE("described speakers: a person's organisation noun with no article opens its clause", "[quotes][speakers]") {
  // "Ruiz campaign says", as in a headline: the phrase as written.
  auto qs = quotes_of("Ann Ruiz spoke in Oslo on Monday. Ruiz campaign says the pier is unsafe.");
  const Q* q = starting(qs, "the pier is unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ruiz campaign");
  // After a preposition the name and its noun are no subject of their own.
  qs = quotes_of("Ann Ruiz spoke in Oslo on Monday. Every voter in Ruiz campaign says the pier is unsafe.");
  CHECK(starting(qs, "the pier is unsafe") == nullptr);
}

TEST_CASE("described speakers: 'the two' and 'all three' as the whole subject speak as written",
          "[quotes][speakers]") {
  auto qs = quotes_of("The ferry captains met on the pier. The two said that the night crossing would resume.");
  const Q* q = starting(qs, "the night crossing would resume");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The two");
  qs = quotes_of("Three skippers sailed on Monday. All three argued that the fares were far too high.");
  q = starting(qs, "the fares were far too high");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "All three");
  // Not a noun's modifier ("the two states" with a verb of speech read in
  // "states"), and not a share of the group ("one of the two").
  qs = quotes_of("The ferry runs in summer. The two states hold their votes in May.");
  CHECK(starting(qs, "hold their votes") == nullptr);
  qs = quotes_of("The captains met on the pier. One of the two said that the dock was shut.");
  q = starting(qs, "the dock was shut");
  if (q != nullptr) CHECK(q->speaker != "the two");
}

TEST_CASE("described speakers: 'both' alone as the whole subject speaks as written", "[quotes][speakers]") {
  auto qs = quotes_of("Two pilots spoke at the harbour. Both argued that the fares were too high.");
  const Q* q = starting(qs, "the fares were too high");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Both");
  // As a determiner it opens no phrase of its own: the role with what it serves.
  qs = quotes_of("The heads of both shipping firms told reporters they were leaving the harbour.");
  q = starting(qs, "they were leaving");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "heads of both shipping firms");
  // After a dash its group is named in the same sentence: not "both".
  qs = quotes_of("The old guard of the harbour board — both suggested the pier be closed.");
  q = starting(qs, "the pier be closed");
  if (q != nullptr) CHECK(q->speaker != "both");
}

TEST_CASE("described speakers: a movement, a community, an industry, a side, a leadership, a press",
          "[quotes][speakers]") {
  auto qs = quotes_of("The kiln is old. The reform movement has argued that kilns should be licensed.");
  const Q* q = starting(qs, "kilns should be licensed");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The reform movement");
  qs = quotes_of("The kiln is old. Neither side wants a strike at the kiln.");
  q = starting(qs, "a strike at the kiln");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Neither side");
  qs = quotes_of("The kiln is old. The harbour press reported that the kiln is safe.");
  q = starting(qs, "the kiln is safe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The harbour press");
  // The noun as an object, and "press" as a verb after a group, speak for nobody.
  CHECK(quotes_of("The kiln is old. The potters joined a movement in the spring.").empty());
  CHECK(quotes_of("The kiln is old. Guild leaders press the mayor to say whether the kiln is safe.").empty());
}

TEST_CASE("described speakers: 'each' and 'neither' open a described phrase or stand alone", "[quotes][speakers]") {
  auto qs = quotes_of("The kiln is old. Each side said the kiln was safe.");
  const Q* q = starting(qs, "the kiln was safe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Each side");
  qs = quotes_of("The kiln is old. Neither said the kiln was safe.");
  q = starting(qs, "the kiln was safe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Neither");
  // As a determiner of an object it names no speaker.
  CHECK(quotes_of("The kiln is old. The mayor thanked each potter for the glaze.").empty());
}

TEST_CASE("described speakers: 'few' alone is a speaker, 'a few' keeps its article", "[quotes][speakers]") {
  // "few believe": few of a group named before hold the belief (belief14).
  auto qs = quotes_of("The kiln guild met on Monday. But few believe the old kiln can ever be more than a stopgap.");
  const Q* q = starting(qs, "the old kiln can ever be");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "few");
  // Before a group noun "a few" is one quantifier: the article stays.
  qs = quotes_of("The kiln guild met on Monday. A few potters said the kiln was too old.");
  q = starting(qs, "the kiln was too old");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A few potters");
  qs = quotes_of("The kiln guild met on Monday. A few Democratic lawmakers called for an audit of the kiln accounts.");
  q = starting(qs, "an audit of the kiln accounts");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A few Democratic lawmakers");
  // Not as the determiner of an object, nor after a noun it ends ("the few").
  CHECK(quotes_of("The kiln guild met on Monday. The mayor thanked few potters for the glaze.").empty());
  qs = quotes_of("The kiln guild met on Monday. The chosen few believe the glaze is too thin.");
  q = starting(qs, "the glaze is too thin");
  if (q != nullptr) CHECK(q->speaker != "few");
}

TEST_CASE("described speakers: a couple, a prince or princess, and a suit or a probe as sources",
          "[quotes][speakers][nouns14]") {
  auto qs = quotes_of("The kiln is old. The couple worried that the kiln would crack in the frost.");
  const Q* q = starting(qs, "the kiln would crack");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The couple");
  qs = quotes_of("Prince Albrecht toured the kiln. In June, the prince called for a new kiln.");
  q = starting(qs, "a new kiln");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "the prince");
  qs = quotes_of("The guild sued the mayor in May. The suit claims that the kiln fund was never approved.");
  q = starting(qs, "the kiln fund was never approved");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "suit");
  qs = quotes_of("The guild opened a probe into the kiln fund. The probe found that the money was misspent.");
  q = starting(qs, "the money was misspent");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "probe");
  // As objects, or "a couple of" before a group, they name nobody new.
  CHECK(quotes_of("The kiln is old. Tilda Ruiz wore a grey suit to the kiln.").empty());
  qs = quotes_of("The kiln is old. A couple of potters said the kiln was unsafe.");
  q = starting(qs, "the kiln was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A couple of potters");
}

TEST_CASE("described speakers: an accord, a counterproposal and a missive as sources, a quiz as written",
          "[quotes][speakers][nouns14]") {
  auto qs = quotes_of("The guilds met in May. The new accord calls on every kiln to close at night.");
  const Q* q = starting(qs, "every kiln to close at night");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "new accord");
  qs = quotes_of("The guild wrote to the mayor. The missive suggests the kiln fund was misspent.");
  q = starting(qs, "the kiln fund was misspent");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "missive");
  qs = quotes_of("The guild's site is lively. In May, a quiz asked readers to guess which kiln was oldest.");
  q = starting(qs, "readers to guess");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "a quiz");
  // As objects they name nobody.
  CHECK(quotes_of("The guilds met in May. The mayor signed the accord after a quiz at the kiln.").empty());
}

TEST_CASE("described speakers: mourners and terrorists as groups", "[quotes][speakers][nouns14]") {
  auto qs = quotes_of("The kiln is old. Mourners say the guild should rebuild the kiln.");
  const Q* q = starting(qs, "the guild should rebuild the kiln");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Mourners");
  CHECK(quotes_of("The kiln is old. The chapel drew mourners on Friday.").empty());
}

TEST_CASE("described speakers: people by occupation, kin or age in the plural are groups", "[quotes][speakers][nouns16]") {
  // speaker_nouns.tsv lists them as groups (issue 13, nouns16), as it does
  // "politicians" or "mourners".
  auto qs = quotes_of("Harbour developers see the old quay as wasted space.");
  const Q* q = starting(qs, "the old quay as wasted space");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Harbour developers");
  qs = quotes_of("Grandparents in the valley complain that the bus comes too rarely.");
  q = starting(qs, "the bus comes too rarely");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Grandparents");
  // "they" stands for such a group named before.
  qs = quotes_of("Two fishing contractors arrived at noon. They said the crane had failed twice.");
  q = starting(qs, "the crane had failed twice");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "contractors");
  // prec17: rivals for an office, by their plural ("the three contenders").
  qs = quotes_of("Two harbour contenders spoke at the quay at noon. They said the ferry fares were too high.");
  q = starting(qs, "the ferry fares were too high");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "contenders");
  // Not as an object, nor after "a couple of", nor as the head of a
  // restrictive relative before the main verb (after it the relative
  // pronoun speaks for the group: sieve indirect-relative, rel17).
  qs = quotes_of("Ines Varga told the plumbers that the pipes were too old.");
  q = starting(qs, "the pipes were too old");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  CHECK(quotes_of("Ines Varga met a couple of plumbers at the quay.").empty());
  CHECK(quotes_of("Plumbers who said the pipes were too old were hired by the council.").empty());
  qs = quotes_of("The council hired plumbers who said the pipes were too old.");
  q = starting(qs, "the pipes were too old");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "plumbers");
}

TEST_CASE("described speakers: a news outlet named by its kind, as written", "[quotes][speakers][nouns16]") {
  auto qs = quotes_of("The station reported that the ferry would run again in May.");
  const Q* q = starting(qs, "the ferry would run again in May");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The station");
  // A place one goes to: the subject speaks.
  qs = quotes_of("Ines Varga left the station and said the ferry would run again in May.");
  q = starting(qs, "the ferry would run again in May");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
}

// He or she whose antecedent is a person the text describes, not names
// (issue 13, pron14): the gender of a noun for one person comes from
// person_nouns.tsv and the one-word roles of titles.tsv.
TEST_CASE("described speakers: 'she' stands for a woman the text describes and names nobody for", "[quotes][speakers]") {
  // No woman named before: the description, with the pronoun as its mention.
  auto qs = quotes_of(
      "The harbour fair closed early on Sunday.\n\n"
      "A woman who sells smoked fish by the pier watched the crowds leave. She said the rain had kept most "
      "families at home.");
  const Q* q = starting(qs, "the rain had kept");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A woman");
  CHECK(q->speaker_mention == "She");
  // A relation with its owner: "Her husband".
  qs = quotes_of(
      "Ines Vos spoke at the chapel on Sunday.\n\n"
      "Her husband, a ferry captain, repaired the roof last spring. He said the council should pay for the rest.");
  q = starting(qs, "the council should pay");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Her husband");
}

TEST_CASE("described speakers: someone new after a named person of the same gender", "[quotes][speakers]") {
  // An indefinite description after the name introduces someone else.
  auto qs = quotes_of(
      "Otto Brandt opened the harbour fair on Monday.\n\n"
      "A retired fisherman from the north shore watched the boats come in. He said the new pier was too short "
      "for the winter ferries.");
  const Q* q = starting(qs, "the new pier was too short");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A retired fisherman");
  // "the woman" says only sex: rarely another name for the one named.
  qs = quotes_of(
      "Ines Vos opened the harbour fair on Monday.\n\n"
      "\"The ferries were full all week,\" said the woman, who asked not to be named. She said the council "
      "should run more boats.");
  q = starting(qs, "the council should run");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "the woman");
}

TEST_CASE("described speakers: an epithet, a subject named before, an object or the other gender keep the name",
          "[quotes][speakers]") {
  // "The actress" is another name for the actress named before.
  auto qs = quotes_of(
      "Lena Moretti opened the film festival on Friday.\n\n"
      "The actress greeted the crowd at the old cinema. She said the films this year were braver than ever.");
  const Q* q = starting(qs, "the films this year");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Lena Moretti");
  // The name is the subject of the description's sentence.
  qs = quotes_of("Otto Brandt thanked a fisherman for the catch. He said the harbour needed more boats like his.");
  q = starting(qs, "the harbour needed");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Otto Brandt");
  // A man after a preposition is nobody who speaks.
  qs = quotes_of(
      "Otto Brandt spoke at the chapel on Sunday.\n\n"
      "The old law defined a household as a home shared by a man and his children. He said the council should "
      "change it.");
  q = starting(qs, "the council should change");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Otto Brandt");
  // "she" never goes to "the chairman": to the woman named before, else to nobody.
  qs = quotes_of(
      "Ines Vos chaired the meeting on Monday.\n\n"
      "The chairman of the harbour board arrived late. She said the vote would wait until spring.");
  q = starting(qs, "the vote would wait");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vos");
  qs = quotes_of("The chairman of the harbour board arrived late. She said the vote would wait until spring.");
  CHECK(starting(qs, "the vote would wait") == nullptr);
}

TEST_CASE("described speakers: with nobody named before, 'he' or 'she' stands for a role that says no gender",
          "[quotes][speakers][pronres17]") {
  // No person named before: a role (titles.tsv) of no gender is the antecedent.
  auto qs = quotes_of(
      "The storm flooded the harbour road on Sunday.\n\n"
      "A reporter for the island radio watched the water rise. She said the sea wall had given way near the "
      "ferry ramp.");
  const Q* q = starting(qs, "the sea wall had given way");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A reporter");
  CHECK(q->speaker_mention == "She");
  // A person named before of a fitting gender keeps the pronoun.
  qs = quotes_of(
      "Ines Vos drove along the harbour road on Sunday.\n\n"
      "A reporter for the island radio watched the water rise. She said the sea wall had given way near the "
      "ferry ramp.");
  q = starting(qs, "the sea wall had given way");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Vos");
  // A noun that is no role (a body, a thing) stands for nobody.
  qs = quotes_of(
      "The harbour board met on Monday to discuss the flood. She said the sea wall had given way near the ferry "
      "ramp.");
  CHECK(starting(qs, "the sea wall had given way") == nullptr);
  // A role of the other gender still never takes the pronoun.
  qs = quotes_of("The chairman of the harbour board arrived late. She said the vote would wait until spring.");
  CHECK(starting(qs, "the vote would wait") == nullptr);
}

TEST_CASE("described speakers: someone new of the same gender after a definite description leaves 'he' to nobody",
          "[quotes][speakers]") {
  // "the man" was someone; "a young man" after a preposition is someone
  // else: "he" could be either.
  const auto qs = quotes_of(
      "A court fined a 30-year-old man last week after the man had insulted a ferry crew.\n\n"
      "In May, police searched the flat of a young man from the harbour district after he had posted threats "
      "against the crew.");
  for (const Q& q : qs) CHECK(q.speaker != "the man");
}

TEST_CASE("described speakers: a group after a fronted preposition is its object, not a speaker", "[quotes][speakers][fix16]") {
  // "For most islanders, ..." names whom the gerund's clause is about.
  auto qs = quotes_of("For most islanders, describing the old mill as a wreck is unkind.");
  for (const Q& q : qs) CHECK(q.speaker != "most islanders");
  // Must still fire: a group that opens the sentence as the subject.
  qs = quotes_of("Most islanders stayed at home, describing the old mill as a wreck.");
  const Q* q = starting(qs, "the old mill");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Most islanders");
  // Before a finite verb the subject after the comma still speaks.
  qs = quotes_of("Among the islanders, most villagers say the old mill should be rebuilt.");
  q = starting(qs, "the old mill");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "most villagers");
}

TEST_CASE("described speakers: a group heading an aside between dashes leaves the subject before it",
          "[quotes][speakers][fix16]") {
  auto qs = quotes_of("The skippers — residents of the valley for years — said the bridge was unsafe.");
  const Q* q = starting(qs, "the bridge was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "The skippers");
  // Must still fire: a group followed by its complement, with no dash.
  qs = quotes_of("Residents of the valley said the bridge was unsafe.");
  q = starting(qs, "the bridge was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Residents");
  // Nor after a dash that closes an earlier aside: the group opens the subject.
  qs = quotes_of("The vote came late - after midnight - residents of the valley said the bridge was unsafe.");
  q = starting(qs, "the bridge was unsafe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "residents");
}
