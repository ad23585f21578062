// The seed article (../shared/seed/): knowledge-base links, gender and
// affiliation (issue 5's acceptance).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "sayso/sayso.hpp"

using namespace sayso;

namespace {

const Document& seed() {
  static const Document doc = [] {
    std::ifstream in(SAYSO_SHARED_DIR "/seed/voa-kerry-war-crimes-2016.txt", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return Pipeline::create().value().extract(s.str(), "voa-kerry-war-crimes-2016").value();
  }();
  return doc;
}

const Entity* find(const std::string& name) {
  for (const Entity& e : seed().entities()) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

// The person entity whose name ends with `surname`.
const Entity* person(const std::string& surname) {
  for (const Entity& e : seed().entities()) {
    if (e.type == EntityType::person && e.name.size() >= surname.size() &&
        e.name.compare(e.name.size() - surname.size(), surname.size(), surname) == 0) {
      return &e;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the seed's countries link to ISO 3166", "[seed][link]") {
  for (const auto& [name, code] : {std::pair<const char*, const char*>{"Russia", "RU"},
                                   {"Syria", "SY"},
                                   {"France", "FR"},
                                   {"Spain", "ES"},
                                   {"Venezuela", "VE"},
                                   {"United States", "US"}}) {
    INFO(name);
    const Entity* e = find(name);
    REQUIRE(e);
    CHECK(e->type == EntityType::gpe);
    CHECK(e->kb.source == "iso3166");
    CHECK(e->kb.id == code);
  }
  REQUIRE(find("Russian"));
  CHECK(find("Russian")->kb.id == "RU");
  REQUIRE(find("French"));
  CHECK(find("French")->kb.id == "FR");
}

TEST_CASE("the seed's cities link to GeoNames", "[seed][link]") {
  for (const auto& [name, id, country] : {std::tuple<const char*, const char*, const char*>{"Aleppo", "170063", "SY"},
                                          {"Geneva", "2660646", "CH"},
                                          {"Moscow", "524901", "RU"},
                                          {"Damascus", "170654", "SY"}}) {
    INFO(name);
    const Entity* e = find(name);
    REQUIRE(e);
    CHECK(e->kb.source == "geonames");
    CHECK(e->kb.id == id);
    CHECK(e->kb.country == country);
    CHECK(e->kb.has_coordinates);
    CHECK(e->kb.population > 100000);
  }
}

TEST_CASE("the seed's people: gender", "[seed][link]") {
  for (const char* name : {"Zakharova", "Besheer"}) {
    INFO(name);
    REQUIRE(person(name));
    CHECK(person(name)->gender == Gender::female);
    CHECK(!person(name)->gender_evidence.empty());
  }
  for (const char* name : {"Kerry", "Kirby", "Churkin", "de Mistura", "Delattre", "Lavrov"}) {
    INFO(name);
    REQUIRE(person(name));
    CHECK(person(name)->gender == Gender::male);
    CHECK(!person(name)->gender_evidence.empty());
  }
}

// "Deputy Foreign Minister Gennady Gatilov": a genderless title, a given name
// the (US) name table lacks, and no pronoun refers to him; the surname's
// ending decides (rules/en/surname_endings.tsv).
TEST_CASE("the seed's people: Gatilov's gender", "[seed][link]") {
  REQUIRE(person("Gatilov"));
  CHECK(person("Gatilov")->gender == Gender::male);
  CHECK(person("Gatilov")->gender_evidence == "surname-ending:gatilov");
}

TEST_CASE("the seed's people: roles and affiliations", "[seed][link]") {
  auto affiliation = [](const char* surname) {
    const Entity* e = person(surname);
    REQUIRE(e);
    return e->affiliation == kNone ? std::string() : seed().entities()[e->affiliation].name;
  };
  CHECK(affiliation("Kerry") == "United States");
  CHECK(affiliation("Churkin") == "Russia");
  CHECK(affiliation("Kirby") == "State Department");
  CHECK(affiliation("Lavrov") == "Russia");
  CHECK(affiliation("Zakharova") == "Russia");
  CHECK(affiliation("Delattre") == "France");
  CHECK(affiliation("de Mistura") == "United Nations");
  bool secretary = false;
  for (const auto& role : person("Kerry")->roles) secretary |= role.find("Secretary of State") != std::string::npos;
  CHECK(secretary);
}

TEST_CASE("the seed's quotes table carries the speaker's gender and KB id", "[seed][link]") {
  std::string csv;
  append_csv_header(CsvTable::quotes, csv);
  append_csv_rows(seed(), CsvTable::quotes, CsvOptions{}, csv);
  CHECK(csv.rfind("doc_id,", 0) == 0);
  CHECK(csv.find(",nested_in,speaker_gender,speaker_kb_id,cue_type,error\n") != std::string::npos);
  CHECK(csv.find(",female,,speech,\n") != std::string::npos);  // Zakharova's quotes
  CHECK(csv.find(",male,,speech,\n") != std::string::npos);
}
