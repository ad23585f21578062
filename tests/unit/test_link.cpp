// Knowledge-base links, gender evidence and affiliations (lib/link/), on
// texts written for these tests.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "link/user_kb.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "sayso/sayso.hpp"
#include "text/tokenizer.hpp"

using namespace sayso;

namespace {

PipelineOptions entity_options() {
  PipelineOptions o;
  o.depth = PipelineDepth::entities;
  return o;
}

const Pipeline& pipeline() {
  static const Pipeline p = Pipeline::create(entity_options()).value();
  return p;
}

Document extract(const std::string& text, const Pipeline& p = pipeline()) {
  auto doc = p.extract(text);
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

// The entity whose canonical name is `name`, or nullptr.
const Entity* find(const Document& d, const std::string& name) {
  for (const Entity& e : d.entities()) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

std::string affiliation_name(const Document& d, const Entity& e) {
  return e.affiliation == kNone ? std::string() : d.entities()[e.affiliation].name;
}

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("sayso-test-link-" + name)).string();
}

std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST_CASE("Paris is Paris, Texas only when Texas is there", "[link]") {
  SECTION("qualified right after the name") {
    const Document d = extract("The festival moved from Paris, Texas, to Austin last year, organisers said.");
    const Entity* paris = find(d, "Paris");
    REQUIRE(paris);
    CHECK(paris->kb.source == "geonames");
    CHECK(paris->kb.id == "4717560");
    CHECK(paris->kb.country == "US");
    CHECK(paris->kb.admin == "TX");
    REQUIRE(paris->kb.has_coordinates);
    CHECK(paris->kb.lat == Approx(33.66094));
    CHECK(paris->kb.lon == Approx(-95.55551));
    const Entity* texas = find(d, "Texas");
    REQUIRE(texas);
    CHECK(texas->kb.source == "iso3166");
    CHECK(texas->kb.id == "US-TX");
  }
  SECTION("Texas named elsewhere in the document") {
    const Document d = extract("The band played in Paris on Friday. Officials in Texas said the tour would go on.");
    REQUIRE(find(d, "Paris"));
    CHECK(find(d, "Paris")->kb.id == "4717560");
  }
  SECTION("otherwise the French capital, even when the United States is named") {
    const Document d = extract("U.S. officials arrived in Paris on Monday for talks with their European allies.");
    REQUIRE(find(d, "Paris"));
    CHECK(find(d, "Paris")->kb.id == "2988507");
    CHECK(find(d, "Paris")->kb.country == "FR");
    REQUIRE(find(d, "United States"));
    CHECK(find(d, "United States")->kb.id == "US");
  }
  SECTION("a large city abroad beats a small namesake in a country the text names") {
    const Document d = extract("Talks resumed in Geneva as U.S. officials arrived.");
    REQUIRE(find(d, "Geneva"));
    CHECK(find(d, "Geneva")->kb.id == "2660646");
  }
}

TEST_CASE("Georgia the country and Georgia the state", "[link]") {
  SECTION("Tbilisi, Georgia") {
    const Document d = extract("Protesters gathered in Tbilisi, Georgia, on Sunday.");
    REQUIRE(find(d, "Georgia"));
    CHECK(find(d, "Georgia")->kb.source == "iso3166");
    CHECK(find(d, "Georgia")->kb.id == "GE");
    CHECK(find(d, "Georgia")->country_code == "GE");
    REQUIRE(find(d, "Tbilisi"));
    CHECK(find(d, "Tbilisi")->kb.id == "611717");
  }
  SECTION("Atlanta, Georgia") {
    const Document d = extract("The company moved its headquarters to Atlanta, Georgia, in 2019.");
    REQUIRE(find(d, "Georgia"));
    CHECK(find(d, "Georgia")->kb.source == "iso3166");
    CHECK(find(d, "Georgia")->kb.id == "US-GA");
    CHECK(find(d, "Georgia")->kb.country == "US");
    CHECK(find(d, "Georgia")->country_code.empty());
    REQUIRE(find(d, "Atlanta"));
    CHECK(find(d, "Atlanta")->kb.id == "4180439");
  }
}

TEST_CASE("a person named Paris is no place", "[link]") {
  const Document d = extract("Paris Hilton said she would attend the opening. Hilton, 43, flew in from Los Angeles.");
  const Entity* e = find(d, "Paris Hilton");
  REQUIRE(e);
  CHECK(e->type == EntityType::person);
  CHECK(e->kb.empty());
  CHECK(find(d, "Paris") == nullptr);
}

TEST_CASE("a person whose surname is a town abroad links to no town", "[link]") {
  // Kendal is a GeoNames town; the person and her lone surname are no place.
  const Document d = extract("Miriam Kendal, a spokeswoman for the port, said the ferries would sail. "
                             "\"We are ready,\" said Kendal.");
  const Entity* e = find(d, "Miriam Kendal");
  REQUIRE(e);
  CHECK(e->type == EntityType::person);
  CHECK(e->kb.empty());
  CHECK(e->mentions.size() == 2);
  CHECK(find(d, "Kendal") == nullptr);
  // A town that speaks is a person, with no GeoNames link either.
  const Document alone = extract("The ferries will sail on Monday, Preston told reporters.");
  const Entity* preston = find(alone, "Preston");
  REQUIRE(preston);
  CHECK(preston->type == EntityType::person);
  CHECK(preston->kb.empty());
}

TEST_CASE("a short form links to the organisation's full name", "[link]") {
  const Document d = extract("Velmora Mining Ltd said output fell. Velmora said it would appeal. "
                             "Talks with Orinth Holdings went on, and Orinth agreed.");
  const Entity* velmora = find(d, "Velmora Mining Ltd");
  REQUIRE(velmora);
  CHECK(velmora->type == EntityType::org);
  CHECK(velmora->mentions.size() == 2);
  const Entity* orinth = find(d, "Orinth Holdings");
  REQUIRE(orinth);
  CHECK(orinth->mentions.size() == 2);
  CHECK(find(d, "Velmora") == nullptr);
  CHECK(find(d, "Orinth") == nullptr);
}

TEST_CASE("countries and nationalities link to ISO 3166", "[link]") {
  const Document d = extract("Russian diplomats met French officials in Berlin. Russia and France disagreed.");
  REQUIRE(find(d, "Russia"));
  CHECK(find(d, "Russia")->kb.id == "RU");
  REQUIRE(find(d, "French"));
  CHECK(find(d, "French")->kb.source == "iso3166");
  CHECK(find(d, "French")->kb.id == "FR");
  REQUIRE(find(d, "Berlin"));
  CHECK(find(d, "Berlin")->kb.source == "geonames");
  CHECK(find(d, "Berlin")->kb.country == "DE");
}

TEST_CASE("a user knowledge base links people and organisations", "[link]") {
  PipelineOptions o = entity_options();
  o.knowledge_base = SAYSO_SOURCE_DIR "/examples/kb-example.tsv";
  const auto p = Pipeline::create(o);
  REQUIRE(p.ok());

  SECTION("the example article") {
    std::ifstream in(SAYSO_SOURCE_DIR "/examples/harbour-strike.txt", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Document d = extract(text, p.value());
    for (const auto& [name, id] : {std::pair<const char*, const char*>{"Marta Quinlan", "hs-p1"},
                                   {"Daniel Osei", "hs-p2"},
                                   {"Helen Varga", "hs-p3"},
                                   {"Port Ellis Harbour Authority", "hs-o1"}}) {
      INFO(name);
      const Entity* e = find(d, name);
      REQUIRE(e);
      CHECK(e->kb.source == "user");
      CHECK(e->kb.id == id);
    }
    CHECK(find(d, "Marta Quinlan")->gender == Gender::female);
    CHECK(find(d, "Daniel Osei")->gender == Gender::male);
  }
  SECTION("a surname alone never links") {
    const Document d = extract("Osei said the talks had failed.", p.value());
    REQUIRE(d.entities().size() == 1);
    CHECK(d.entities()[0].name == "Osei");
    CHECK(d.entities()[0].type == EntityType::person);
    CHECK(d.entities()[0].kb.empty());
  }
  SECTION("aliases count") {
    const Document d = extract("Reporters asked Dan Osei about the strike on Monday.", p.value());
    bool linked = false;
    for (const Entity& e : d.entities()) linked |= e.kb.id == "hs-p2";
    CHECK(linked);
  }
}

TEST_CASE("the user knowledge base's gender overrides the text's", "[link]") {
  const std::string path = write_temp("kb-gender.tsv",
                                      "# a test knowledge base\n"
                                      "id\ttype\tname\taliases\tgender\tdescription\n"
                                      "Q1\tPERSON\tAlex Morgan\t\tfemale\tnot the spokesman the text says\n"
                                      "Q2\tORG\tAcme Corporation\tAcme Corp.\t\n");
  PipelineOptions o = entity_options();
  o.knowledge_base = path;
  const auto p = Pipeline::create(o);
  REQUIRE(p.ok());
  const Document d = extract("Alex Morgan, a spokesman for Acme Corp., said the plant would close.", p.value());
  const Entity* morgan = find(d, "Alex Morgan");
  REQUIRE(morgan);
  CHECK(morgan->kb.id == "Q1");
  CHECK(morgan->gender == Gender::female);
  CHECK(morgan->gender_evidence == "kb:Q1");
  const Entity* acme = find(d, "Acme Corp.");
  REQUIRE(acme);
  CHECK(acme->kb.id == "Q2");
  CHECK(affiliation_name(d, *morgan) == "Acme Corp.");

  // Without the knowledge base the text decides.
  const Document plain = extract("Alex Morgan, a spokesman for Acme Corp., said the plant would close.");
  REQUIRE(find(plain, "Alex Morgan"));
  CHECK(find(plain, "Alex Morgan")->gender == Gender::male);
  CHECK(find(plain, "Alex Morgan")->kb.empty());
}

TEST_CASE("a bad knowledge base is an error that names the line", "[link]") {
  SECTION("unknown type") {
    PipelineOptions o = entity_options();
    o.knowledge_base = write_temp("kb-bad.tsv", "id\ttype\tname\nQ1\tPERSON\tAda Lovelace\nQ2\tPLACE\tLondon\n");
    const auto p = Pipeline::create(o);
    REQUIRE(!p.ok());
    CHECK(p.error().code() == ErrorCode::rule_syntax);
    CHECK(p.error().to_string().find("kb-bad.tsv:3:") != std::string::npos);
    CHECK(p.error().to_string().find("PLACE") != std::string::npos);
  }
  SECTION("an id twice") {
    PipelineOptions o = entity_options();
    o.knowledge_base = write_temp("kb-twice.tsv", "id\ttype\tname\nQ1\tPERSON\tAda Lovelace\nQ1\tORG\tAcme\n");
    const auto p = Pipeline::create(o);
    REQUIRE(!p.ok());
    CHECK(p.error().code() == ErrorCode::rule_syntax);
  }
  SECTION("a missing file") {
    PipelineOptions o = entity_options();
    o.knowledge_base = temp_path("no-such-kb.tsv");
    std::remove(o.knowledge_base.c_str());
    const auto p = Pipeline::create(o);
    REQUIRE(!p.ok());
    CHECK(p.error().code() == ErrorCode::io);
  }
}

TEST_CASE("user knowledge base names are whole phrases, case-folded", "[link]") {
  const auto rule_set = rules::RuleSet::embedded();
  const auto text_rules = std::make_shared<const rules::TextRules>(rules::TextRules::load(rule_set, "en").value());
  const text::Tokenizer tokenizer(text_rules);
  const auto kb = link::UserKnowledgeBase::parse(
      "id\ttype\tname\taliases\nQ1065\tORG\tUnited Nations\tU.N.|UN\n", "test.tsv", tokenizer);
  REQUIRE(kb.ok());
  CHECK(kb.value().find(link::UserKnowledgeBase::phrase_key(tokenizer, "united nations")) ==
        std::vector<std::size_t>{0});
  CHECK(kb.value().find(link::UserKnowledgeBase::phrase_key(tokenizer, "u.n.")) == std::vector<std::size_t>{0});
  CHECK(kb.value().find(link::UserKnowledgeBase::phrase_key(tokenizer, "Nations")).empty());
}

TEST_CASE("gender from coreferring pronouns", "[link]") {
  SECTION("two he and no she decide") {
    const Document d =
        extract("Zorvan Telk arrived in Oslo on Monday. He said the talks had failed. Reporters asked him about the vote.");
    const Entity* e = find(d, "Zorvan Telk");
    REQUIRE(e);
    CHECK(e->gender == Gender::male);
    CHECK(e->gender_evidence == "pronouns:he=2,she=0");
  }
  SECTION("one pronoun is not enough") {
    const Document d = extract("Zorvan Telk arrived in Oslo on Monday. She said the talks had failed.");
    REQUIRE(find(d, "Zorvan Telk"));
    CHECK(find(d, "Zorvan Telk")->gender == Gender::unknown);
    CHECK(find(d, "Zorvan Telk")->gender_evidence.empty());
  }
  SECTION("conflicting pronouns leave it unknown") {
    const Document d = extract(
        "Zorvan Telk arrived in Oslo on Monday. She said he had failed. Reporters asked her about his vote.");
    REQUIRE(find(d, "Zorvan Telk"));
    CHECK(find(d, "Zorvan Telk")->gender == Gender::unknown);
    CHECK(find(d, "Zorvan Telk")->gender_evidence.empty());
  }
  SECTION("a sentence naming two people gives nobody its pronouns") {
    const Document d = extract(
        "Zorvan Telk met Foreign Minister Ilvar Mornay in Oslo. He said the talks had failed. He left on Monday.");
    REQUIRE(find(d, "Zorvan Telk"));
    REQUIRE(find(d, "Ilvar Mornay"));
    CHECK(find(d, "Zorvan Telk")->gender == Gender::unknown);
    CHECK(find(d, "Zorvan Telk")->gender_evidence.empty());
    CHECK(find(d, "Ilvar Mornay")->gender == Gender::unknown);
    CHECK(find(d, "Ilvar Mornay")->gender_evidence.empty());
  }
  SECTION("given names with diacritics") {
    const Document d = extract("French Ambassador François Delattre spoke after the meeting.");
    REQUIRE(find(d, "François Delattre"));
    CHECK(find(d, "François Delattre")->gender == Gender::male);
    CHECK(find(d, "François Delattre")->gender_evidence == "given-name:François");
  }
}

TEST_CASE("affiliation from roles", "[link]") {
  SECTION("a country before the title") {
    const Document d = extract("On Friday, U.S. Secretary of State John Kerry said the talks would go on.");
    REQUIRE(find(d, "John Kerry"));
    CHECK(affiliation_name(d, *find(d, "John Kerry")) == "United States");
  }
  SECTION("a possessive") {
    const Document d = extract("Russia's U.N. Ambassador Vitaly Churkin signaled a veto.");
    REQUIRE(find(d, "Vitaly Churkin"));
    CHECK(affiliation_name(d, *find(d, "Vitaly Churkin")) == "Russia");
  }
  SECTION("a nationality stands for its country when the text names it") {
    const Document d = extract("French Foreign Minister Jean-Marc Ayrault arrived. France wants a vote.");
    REQUIRE(find(d, "Jean-Marc Ayrault"));
    CHECK(affiliation_name(d, *find(d, "Jean-Marc Ayrault")) == "France");
  }
  SECTION("an organisation in the role") {
    const Document d = extract("State Department spokesman John Kirby said the talks would resume.");
    REQUIRE(find(d, "John Kirby"));
    CHECK(affiliation_name(d, *find(d, "John Kirby")) == "State Department");
  }
  SECTION("words between the organisation and the role") {
    const Document d = extract("Russian foreign ministry spokesperson Maria Zakharova said it was propaganda.");
    REQUIRE(find(d, "Maria Zakharova"));
    CHECK(affiliation_name(d, *find(d, "Maria Zakharova")) == "Russian");
  }
  SECTION("an apposition") {
    const Document d = extract("John Kirby, the State Department spokesman, said the talks would resume.");
    const Entity* e = find(d, "John Kirby");
    REQUIRE(e);
    CHECK(affiliation_name(d, *e) == "State Department");
    CHECK(e->roles == std::vector<std::string>{"State Department spokesman"});
  }
  SECTION("spokeswoman for X") {
    const Document d = extract("Ilse Marwood, a spokeswoman for the Foreign Ministry, said the talks would resume.");
    const Entity* e = find(d, "Ilse Marwood");
    REQUIRE(e);
    CHECK(affiliation_name(d, *e) == "Foreign Ministry");
    CHECK(e->gender == Gender::female);
    CHECK(e->gender_evidence == "given-name:Ilse");
  }
  SECTION("no role, no affiliation") {
    const Document d = extract("Zorvan Telk arrived in Oslo on Monday.");
    REQUIRE(find(d, "Zorvan Telk"));
    CHECK(find(d, "Zorvan Telk")->affiliation == kNone);
  }
}

TEST_CASE("the JSON record carries kb, gender and affiliation", "[link][output]") {
  const Document d = extract("On Friday, U.S. Secretary of State John Kerry said the talks would go on in Moscow.");
  std::string line;
  append_json_record(d, line);
  CHECK(line.find("\"affiliation\":\"E2\"") != std::string::npos);
  CHECK(line.find("\"gender\":\"male\",\"gender_evidence\":\"given-name:John\"") != std::string::npos);
  CHECK(line.find("\"kb\":{\"source\":\"geonames\",\"id\":\"524901\",\"country\":\"RU\",\"admin\":\"48\","
                  "\"population\":10381222,\"lat\":55.75222,\"lon\":37.61556}") != std::string::npos);
  CHECK(line.find("\"kb\":{\"source\":\"iso3166\",\"id\":\"US\",\"country\":\"US\"}") != std::string::npos);
  CHECK(line.find("\"type\":\"DATE\",\"name\":\"Friday\",\"roles\":[],\"affiliation\":null,\"gender\":null,"
                  "\"gender_evidence\":null,\"kb\":null") != std::string::npos);

  std::string csv;
  append_csv_header(CsvTable::entities, csv);
  append_csv_rows(d, CsvTable::entities, CsvOptions{}, csv);
  CHECK(csv.find(",affiliation,gender,gender_evidence,kb_source,kb_id,kb_country,kb_population,kb_lat,kb_lon,error\n") !=
        std::string::npos);
  CHECK(csv.find(",E2,male,given-name:John,,,,,,,\n") != std::string::npos);
  CHECK(csv.find(",,,,geonames,524901,RU,10381222,55.75222,37.61556,\n") != std::string::npos);
}

TEST_CASE("a user knowledge base: several entries for one name, mononyms, and types", "[link]") {
  const std::string path = write_temp("kb-ambiguous.tsv",
                                      "id\ttype\tname\taliases\n"
                                      "gx1\tPERSON\tSam Reed\t\n"
                                      "gx2\tPERSON\tSamuel Reed\tSam Reed\n"
                                      "gx3\tPERSON\tOriel\t\n"
                                      "gx5\tPERSON\tKit Morrow\t\n"
                                      "gx6\tORG\tKit Morrow\t\n");
  PipelineOptions o = entity_options();
  o.knowledge_base = path;
  const auto p = Pipeline::create(o);
  REQUIRE(p.ok());
  SECTION("a name that matches two entries of the same type gets no link") {
    const Document d = extract("Sam Reed said the plan would fail.", p.value());
    REQUIRE(find(d, "Sam Reed"));
    CHECK(find(d, "Sam Reed")->type == EntityType::person);
    CHECK(find(d, "Sam Reed")->kb.empty());
  }
  SECTION("a person links to the PERSON entry of a name an ORG entry also has") {
    const Document d = extract("Kit Morrow said the plan would fail.", p.value());
    REQUIRE(find(d, "Kit Morrow"));
    CHECK(find(d, "Kit Morrow")->kb.source == "user");
    CHECK(find(d, "Kit Morrow")->kb.id == "gx5");
  }
  SECTION("a one-word name links when it is the person's only name in the document") {
    const Document d = extract("\"The album is out in May,\" Oriel told reporters.", p.value());
    REQUIRE(find(d, "Oriel"));
    CHECK(find(d, "Oriel")->type == EntityType::person);
    CHECK(find(d, "Oriel")->kb.id == "gx3");
  }
  SECTION("... and not when it is the surname of a longer name") {
    const Document d = extract("Tom Oriel arrived late. \"The album is out,\" Oriel said.", p.value());
    REQUIRE(find(d, "Tom Oriel"));
    CHECK(find(d, "Tom Oriel")->kb.empty());
    CHECK(find(d, "Oriel") == nullptr);
  }
}

TEST_CASE("New York is the city, unless it qualifies another city", "[link]") {
  SECTION("the city") {
    const Document d = extract("Officials in New York said the bridge would reopen.");
    REQUIRE(find(d, "New York"));
    CHECK(find(d, "New York")->kb.source == "geonames");
    CHECK(find(d, "New York")->kb.id == "5128581");
    CHECK(find(d, "New York")->kb.admin == "NY");
  }
  SECTION("the state, after one of its cities") {
    const Document d = extract("The governor flew to Albany, New York, on Monday.");
    REQUIRE(find(d, "New York"));
    CHECK(find(d, "New York")->kb.source == "iso3166");
    CHECK(find(d, "New York")->kb.id == "US-NY");
    REQUIRE(find(d, "Albany"));
    CHECK(find(d, "Albany")->kb.id == "5106834");
  }
}

TEST_CASE("places named again, and between other places, keep their own entries", "[link]") {
  // The linker looks each place mention up into one list kept from mention
  // to mention: a name's entries must not leak into the next name's, and a
  // name met again must find its entity's entries as they were.
  const Document d = extract(
      "The governor flew to Albany, New York, on Monday. The festival moved from Paris, Texas, to Austin. "
      "Officials in Albany said the bridge would reopen, and the band stayed in Paris.");
  REQUIRE(find(d, "Albany"));
  CHECK(find(d, "Albany")->kb.id == "5106834");
  REQUIRE(find(d, "New York"));
  CHECK(find(d, "New York")->kb.id == "US-NY");
  REQUIRE(find(d, "Paris"));
  CHECK(find(d, "Paris")->kb.id == "4717560");
  REQUIRE(find(d, "Texas"));
  CHECK(find(d, "Texas")->kb.id == "US-TX");
}

TEST_CASE("gender from a surname ending, when nothing else decides", "[link]") {
  const Document d = extract("Dana Petrova met Ivan Sokolov in the capital.");
  REQUIRE(find(d, "Dana Petrova"));
  CHECK(find(d, "Dana Petrova")->gender == Gender::female);
  CHECK(find(d, "Dana Petrova")->gender_evidence == "surname-ending:petrova");
  REQUIRE(find(d, "Ivan Sokolov"));
  CHECK(find(d, "Ivan Sokolov")->gender_evidence == "given-name:Ivan");  // the given name comes first
}

TEST_CASE("appositions and surnames in a document with several of each", "[link]") {
  SECTION("each apposition's role goes to the person before it") {
    const Document d = extract(
        "Ovid Rask, the spokesman, opened the meeting on Tuesday. Mirel Dunn, a spokeswoman for the Harbour "
        "Authority, said the ferries would sail. Later Corvin Palt, the mayor, asked for a vote.");
    const Entity* rask = find(d, "Ovid Rask");
    const Entity* dunn = find(d, "Mirel Dunn");
    const Entity* palt = find(d, "Corvin Palt");
    REQUIRE(rask);
    REQUIRE(dunn);
    REQUIRE(palt);
    CHECK(rask->roles == std::vector<std::string>{"spokesman"});
    CHECK(dunn->roles == std::vector<std::string>{"spokeswoman"});
    CHECK(palt->roles == std::vector<std::string>{"mayor"});
    CHECK(affiliation_name(d, *dunn) == "Harbour Authority");
    CHECK(rask->affiliation == kNone);
  }
  SECTION("a surname alone links to the person of that surname named last") {
    const Document d = extract(
        "Hana Quist and Leo Quist arrived in Oslo. Leo Quist said the ferry was late. Quist added that the port was "
        "closed. Hana Quist spoke later, and Quist said she was tired.");
    const Entity* hana = find(d, "Hana Quist");
    const Entity* leo = find(d, "Leo Quist");
    REQUIRE(hana);
    REQUIRE(leo);
    REQUIRE(hana->mentions.size() == 3);
    REQUIRE(leo->mentions.size() == 3);
    CHECK(d.slice(d.mentions()[leo->mentions.back()].span) == "Quist");
    CHECK(d.mentions()[leo->mentions.back()].span.begin < d.mentions()[hana->mentions[1]].span.begin);
    CHECK(d.slice(d.mentions()[hana->mentions.back()].span) == "Quist");
  }
}
