// Named entities and in-document linking, on texts written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "entities/phrase_trie.hpp"
#include "entities/token_pattern.hpp"
#include "sayso/sayso.hpp"

using namespace sayso;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p = [] {
    PipelineOptions o;
    o.depth = PipelineDepth::entities;
    return Pipeline::create(o).value();
  }();
  return p;
}

struct E {
  std::string type;
  std::string name;
  std::vector<std::string> mentions;
  std::vector<std::string> roles;
  std::string gender;
  std::string country;
};

std::vector<E> find_entities(const std::string& text) {
  const auto doc = pipeline().extract(text);
  std::vector<E> out;
  for (const Entity& e : doc.value().entities()) {
    E x{entity_type_name(e.type), e.name, {}, e.roles, gender_name(e.gender), e.country_code};
    for (const std::size_t m : e.mentions) x.mentions.emplace_back(doc.value().slice(doc.value().mentions()[m].span));
    out.push_back(std::move(x));
  }
  return out;
}

const E* named(const std::vector<E>& es, const std::string& name) {
  for (const E& e : es) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("the phrase trie finds every phrase that starts at a token", "[entities]") {
  entities::PhraseTrie trie;
  trie.insert({"united", "states"}, 1);
  trie.insert({"united"}, 2);
  trie.insert({"united", "states", "navy"}, 3);
  std::vector<entities::PhraseTrie::Match> matches;
  const std::vector<std::string> keys{"the", "united", "states", "navy", "said"};
  trie.match_all(keys, 1, keys.size(), matches);
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].length == 1);
  CHECK(matches[2].length == 3);
  CHECK(matches[2].values.front() == 3);
  CHECK(entities::normalize_token("Kerry\xE2\x80\x99s") == "kerry's");
}

TEST_CASE("token patterns parse, and bad ones say what is wrong", "[entities]") {
  CHECK(entities::parse_pattern("[title] < [cap&!common]+ >").ok());
  CHECK(entities::parse_pattern("< de|van|der [cap] >").ok());
  const auto bad = entities::parse_pattern("[capital]");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message().find("unknown test 'capital'") != std::string::npos);
  CHECK_FALSE(entities::parse_pattern("< [cap]").ok());
  CHECK_FALSE(entities::parse_pattern("[!country]").ok());
}

TEST_CASE("a title before a name: the person without the title, and the role", "[entities]") {
  const auto es = find_entities("U.S. Secretary of State Mary Calloway met Foreign Minister Jean-Luc Barre in Paris.");
  const E* mary = named(es, "Mary Calloway");
  const E* jean = named(es, "Jean-Luc Barre");
  REQUIRE(mary);
  REQUIRE(jean);
  CHECK(mary->type == "PERSON");
  CHECK(mary->roles == V{"U.S. Secretary of State"});
  CHECK(mary->gender == "female");
  CHECK(jean->roles == V{"Foreign Minister"});
  const E* us = named(es, "United States");
  REQUIRE(us);
  CHECK(us->type == "GPE");
  CHECK(us->country == "US");
  const E* paris = named(es, "Paris");
  REQUIRE(paris);
  CHECK(paris->type == "GPE");
}

TEST_CASE("later mentions link to the fullest name, and two people with one surname stay apart", "[entities]") {
  const auto es = find_entities(
      "Senator Robert Hale spoke first. Hale's speech was short. Later, Anne Hale, his sister, spoke. "
      "Anne Hale said little. Later, Hale left early.");
  const E* robert = named(es, "Robert Hale");
  const E* anne = named(es, "Anne Hale");
  REQUIRE(robert);
  REQUIRE(anne);
  CHECK(robert->type == "PERSON");
  CHECK(anne->type == "PERSON");
  CHECK(robert->mentions == V{"Robert Hale", "Hale"});  // "Hale's" without its 's
  // The last "Hale" goes to the latest Hale named.
  CHECK(anne->mentions == V{"Anne Hale", "Anne Hale", "Hale"});
}

TEST_CASE("acronyms and their expansions are one organisation", "[entities]") {
  const auto es = find_entities("The United Nations sent a team. U.N. officials said the UN would stay.");
  const E* un = named(es, "United Nations");
  REQUIRE(un);
  CHECK(un->type == "ORG");
  CHECK(un->mentions == V{"United Nations", "U.N.", "UN"});
}

TEST_CASE("organisations by keyword, nested names and particles", "[entities]") {
  const auto es = find_entities(
      "The Ministry of Foreign Affairs and the Northern Grain Growers Association met al-Shabab envoys. "
      "Doctors Without Borders and the State Department were there, with Ahmed bin Rashid.");
  for (const char* name : {"Ministry of Foreign Affairs", "Northern Grain Growers Association",
                           "Doctors Without Borders", "State Department", "al-Shabab"}) {
    INFO(name);
    REQUIRE(named(es, name));
    CHECK(named(es, name)->type == "ORG");
    CHECK(named(es, name)->mentions == V{name});
  }
  const E* ahmed = named(es, "Ahmed bin Rashid");
  REQUIRE(ahmed);
  CHECK(ahmed->type == "PERSON");
}

TEST_CASE("sentence-initial capitals and headlines are not names by themselves", "[entities]") {
  auto es = find_entities("Young people voted. Price rises hurt them. Later, Neil Young sang.");
  REQUIRE(named(es, "Neil Young"));
  CHECK_FALSE(named(es, "Price"));
  CHECK(named(es, "Neil Young")->mentions == V{"Neil Young"});
  es = find_entities("Storm Brings Heavy Rain And Flooding To Coastal Towns");
  CHECK(es.empty());
  // A sentence full of names is no headline: its lowercase words say so, and
  // "John" (also a common word) still opens a name, not "Kerry" a county.
  es = find_entities("U.S. Secretary of State John Kerry met officials in Geneva on Monday.");
  REQUIRE(named(es, "John Kerry"));
  CHECK(named(es, "John Kerry")->type == "PERSON");
  CHECK(named(es, "John Kerry")->roles == V{"U.S. Secretary of State"});
  CHECK_FALSE(named(es, "Kerry"));
}

TEST_CASE("a country before an organisation word names the organisation, and 'the' is no part of a country", "[entities]") {
  auto es = find_entities("Ships of the United States Navy sailed. The United States sent a ship. He read the "
                          "New Zealand Herald.");
  REQUIRE(named(es, "United States Navy"));
  CHECK(named(es, "United States Navy")->type == "ORG");
  REQUIRE(named(es, "United States"));
  CHECK(named(es, "United States")->mentions == V{"United States"});
  REQUIRE(named(es, "New Zealand Herald"));
  CHECK(named(es, "New Zealand Herald")->type == "ORG");
  // A known organisation and its outlet word are one name.
  const auto media = find_entities("He told BBC News on Monday that the figures were wrong.");
  REQUIRE(named(media, "BBC News"));
  CHECK(named(media, "BBC News")->type == "ORG");
}

TEST_CASE("a capitalised word before ', who' is a person", "[entities]") {
  const auto es = find_entities("Young, who chairs the board, spoke. Paris, which hosted the talks, was calm.");
  REQUIRE(named(es, "Young"));
  CHECK(named(es, "Young")->type == "PERSON");
  REQUIRE(named(es, "Paris"));
  CHECK(named(es, "Paris")->type == "GPE");
}

TEST_CASE("a title word after a given name is a surname", "[entities]") {
  const auto es = find_entities("Owen King, a Democrat, spoke. Nora Bishop said so.");
  REQUIRE(named(es, "Owen King"));
  CHECK(named(es, "Owen King")->type == "PERSON");
  REQUIRE(named(es, "Nora Bishop"));
  CHECK(named(es, "Nora Bishop")->type == "PERSON");
  // ... and after an honorific, before a speech verb.
  const auto mr = find_entities("The hearing went on. Mr. Bishop said the vote was fair.");
  REQUIRE(named(mr, "Bishop"));
  CHECK(named(mr, "Bishop")->type == "PERSON");
}

TEST_CASE("dates keep their comma only between day and year", "[entities]") {
  const auto es = find_entities("In November, he left. On Jan. 5, 2016, and on March 3, the talks failed.");
  REQUIRE(es.size() == 3);
  for (const char* name : {"November", "Jan. 5, 2016", "March 3"}) {
    INFO(name);
    REQUIRE(named(es, name));
    CHECK(named(es, name)->type == "DATE");
  }
  CHECK_FALSE(named(es, "November,"));
}

TEST_CASE("nationalities and metonymy", "[entities]") {
  const auto es = find_entities("Moscow warned on Friday that Russian troops would stay, French officials said.");
  const E* moscow = named(es, "Moscow");
  REQUIRE(moscow);
  CHECK(moscow->type == "GPE");
  const E* russian = named(es, "Russian");
  REQUIRE(russian);
  CHECK(russian->type == "NORP");
  CHECK(russian->country == "RU");
  // A given name before a nationality is a person: Mark English, Alain French;
  // a nationality before a noun stays one.
  const auto people = find_entities("Mark English: I would run again.\n\nWill British voters agree? "
                                    "The French president and Alain French met.");
  REQUIRE(named(people, "Mark English"));
  CHECK(named(people, "Mark English")->type == "PERSON");
  REQUIRE(named(people, "Alain French"));
  CHECK(named(people, "Alain French")->type == "PERSON");
  REQUIRE(named(people, "British"));
  CHECK(named(people, "British")->type == "NORP");
  REQUIRE(named(people, "French"));
  CHECK(named(people, "French")->type == "NORP");
}
