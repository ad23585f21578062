// Named entities and in-document linking, on texts written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <filesystem>
#include <fstream>

#include "entities/name_context.hpp"
#include "entities/pattern_automaton.hpp"
#include "lexicon/phrase_trie.hpp"
#include "rules/rule_set.hpp"
#include "entities/token_pattern.hpp"
#include "sayso/sayso.hpp"
#include "temp_files.hpp"

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
  lexicon::PhraseTrie trie;
  trie.insert({"united", "states"}, 1);
  trie.insert({"united"}, 2);
  trie.insert({"united", "states", "navy"}, 3);
  std::vector<lexicon::PhraseTrie::Match> matches;
  const std::vector<std::string> keys{"the", "united", "states", "navy", "said"};
  trie.match_all(keys, 1, keys.size(), matches);
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].length == 1);
  CHECK(matches[2].length == 3);
  CHECK(matches[2].values.front() == 3);
  CHECK(lexicon::normalize_token("Kerry\xE2\x80\x99s") == "kerry's");
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

TEST_CASE("names repeated between the mentions found first are listed in text order", "[entities]") {
  // The passes after the patterns append what they find ("Brannock",
  // "Orrenko", "Kestrel" alone) and merge it into the mentions found first.
  const std::string text =
      "Ada Brannock met Tavi Orrenko in Lyon. Brannock smiled at Orrenko near Lyon, and Orrenko nodded. "
      "Kestrel shares rose in Lyon. Brannock and Orrenko sold Kestrel stock.";
  const auto doc = pipeline().extract(text);
  REQUIRE(doc);
  const auto& mentions = doc.value().mentions();
  for (std::size_t mi = 1; mi < mentions.size(); ++mi) {
    CHECK(mentions[mi - 1].span.begin <= mentions[mi].span.begin);
    CHECK(mentions[mi - 1].span.end <= mentions[mi].span.begin);
  }
  for (const Entity& e : doc.value().entities()) {
    for (std::size_t k = 1; k < e.mentions.size(); ++k) CHECK(e.mentions[k - 1] < e.mentions[k]);
  }
  const auto es = find_entities(text);
  const E* ada = named(es, "Ada Brannock");
  const E* tavi = named(es, "Tavi Orrenko");
  REQUIRE(ada);
  REQUIRE(tavi);
  CHECK(ada->mentions == V{"Ada Brannock", "Brannock", "Brannock"});
  CHECK(tavi->mentions == V{"Tavi Orrenko", "Orrenko", "Orrenko", "Orrenko"});
}

TEST_CASE("acronyms and their expansions are one organisation", "[entities]") {
  const auto es = find_entities("The United Nations sent a team. U.N. officials said the UN would stay.");
  const E* un = named(es, "United Nations");
  REQUIRE(un);
  CHECK(un->type == "ORG");
  CHECK(un->mentions == V{"United Nations", "U.N.", "UN"});
}

TEST_CASE("an acronym named first links to the organisation whose initials it spells", "[entities]") {
  // The name's initials are compared with the acronym's letters filed before it.
  const auto es = find_entities("The LTC met in May. Later the Lakeside Tenants Campaign wrote to the mayor.");
  const E* campaign = named(es, "Lakeside Tenants Campaign");
  REQUIRE(campaign);
  CHECK(campaign->type == "ORG");
  CHECK(campaign->mentions == V{"LTC", "Lakeside Tenants Campaign"});
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

TEST_CASE("a headline's verb between two names joins no name", "[entities]") {
  // A surname that is also a given name, then a capitalised verb: in a
  // headline a common word is no middle name ("Morgan Says Dockers").
  auto es = find_entities("Lena Morgan Says Dockers Lost The Harbour Vote.\n\nLena Morgan spoke on Monday.");
  REQUIRE(named(es, "Lena Morgan"));
  for (const auto& e : es) CHECK(e.name.find("Says") == std::string::npos);
  // Outside a headline a common word may still be a middle name.
  es = find_entities("The prize went to Lena Hope Varga on Friday.");
  CHECK(named(es, "Lena Hope Varga"));
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

TEST_CASE("two capitalised words in a quotation's speaker slot are a name, one of them a common word",
          "[entities]") {
  // Between the closing mark and the verb of speech, or after "said" there:
  // a surname that is also a word ("Finch") or a given name that is one
  // ("Sky") does not keep the pair from being a person.
  auto es = find_entities("\"The pier will hold,\" Quarrin Finch said.");
  REQUIRE(named(es, "Quarrin Finch"));
  CHECK(named(es, "Quarrin Finch")->type == "PERSON");
  es = find_entities("\"The pier will hold,\" Quarrin Finch, 58, said on Monday.");
  REQUIRE(named(es, "Quarrin Finch"));
  CHECK(named(es, "Quarrin Finch")->type == "PERSON");
  es = find_entities("\"The pier will hold,\" said Sky Tamberlo, a harbour pilot.");
  REQUIRE(named(es, "Sky Tamberlo"));
  CHECK(named(es, "Sky Tamberlo")->type == "PERSON");
  // Two common words there are no name ("Harbour Police").
  es = find_entities("\"The pier will hold,\" Harbour Police said.");
  for (const E& e : es) CHECK(e.type != "PERSON");
  // Nor is the pair a name away from a quotation.
  es = find_entities("The board met Quarrin Finch on Monday.");
  CHECK_FALSE(named(es, "Quarrin Finch"));
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

// ---- Entity types on news unlike the development texts (issue 14) -------------

namespace {

// The type of the entity that has a mention written exactly `text`, or "".
std::string type_of_mention(const std::vector<E>& es, const std::string& text) {
  for (const E& e : es) {
    for (const std::string& m : e.mentions) {
      if (m == text) return e.type;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("a person whose name is a town is a person, and a place that speaks is none", "[entities]") {
  // Kendal and Preston are towns in the gazetteer; here they are surnames.
  const auto es = find_entities(
      "Miriam Kendal, a spokeswoman for the port, said the ferries would sail. \"We are ready,\" said Kendal.");
  const E* miriam = named(es, "Miriam Kendal");
  REQUIRE(miriam);
  CHECK(miriam->type == "PERSON");
  CHECK(miriam->mentions == V{"Miriam Kendal", "Kendal"});
  // Alone, a town that speaks is a person ...
  CHECK(type_of_mention(find_entities("Preston said the ferries would sail on Monday."), "Preston") == "PERSON");
  CHECK(type_of_mention(find_entities("The ferries will sail, Preston told reporters."), "Preston") == "PERSON");
  // ... a preposition of place keeps it a place, and a capital stands for its government.
  CHECK(type_of_mention(find_entities("The ferries sailed from Preston on Monday."), "Preston") == "GPE");
  CHECK(type_of_mention(find_entities("Moscow said the talks would go on."), "Moscow") == "GPE");
}

TEST_CASE("a place that is also a given name needs its country in the document", "[entities]") {
  // County Kerry: nothing else in the text lies in Ireland.
  CHECK(type_of_mention(find_entities("Kerry said she would stand again in the spring."), "Kerry") == "PERSON");
  // With Ireland named, the county is a place.
  CHECK(type_of_mention(find_entities("Storms hit Ireland on Monday. Roads in Kerry were closed."), "Kerry") == "GPE");
}

TEST_CASE("a given name before a country is a person, unless a longer place covers both", "[entities]") {
  const auto es = find_entities("Janet Togo told reporters the count was fair. Mali and Togo disagreed.");
  CHECK(type_of_mention(es, "Janet Togo") == "PERSON");
  CHECK(type_of_mention(es, "Togo") == "GPE");
  CHECK(type_of_mention(find_entities("Talks opened in San Jose on Monday."), "San Jose") == "GPE");
  // A name no list knows before a country that speaks: a person, the country elsewhere a country.
  const auto unknown = find_entities("Tchaku Benin told reporters the count was fair. Mali and Benin disagreed.");
  CHECK(type_of_mention(unknown, "Tchaku Benin") == "PERSON");
  CHECK(type_of_mention(unknown, "Benin") == "GPE");
}

TEST_CASE("titles are not given names, and continents and regions are never people", "[entities]") {
  const auto es = find_entities("General Marisol Okafor inspected the troops on Monday.");
  const E* okafor = named(es, "Marisol Okafor");
  REQUIRE(okafor);
  CHECK(okafor->type == "PERSON");
  CHECK(okafor->gender == "female");  // from Marisol, not from the rank
  CHECK(named(es, "General Marisol Okafor") == nullptr);
  // A rank before a plain surname says nothing of gender.
  const auto rank = find_entities("General Thorvik inspected the troops.");
  REQUIRE(named(rank, "Thorvik"));
  CHECK(named(rank, "Thorvik")->gender == "unknown");
  CHECK(type_of_mention(find_entities("Europe said nothing about the tariffs."), "Europe") == "LOC");
  const auto heading = find_entities("English to Africa\n\nNorth Ossetia lies north of the range.");
  CHECK(type_of_mention(heading, "Africa") == "LOC");
  CHECK(type_of_mention(heading, "North Ossetia") != "PERSON");
  // A region is longer than the country inside it, a country is not a region.
  const auto regions = find_entities("Exports to North America and South Africa rose.");
  CHECK(type_of_mention(regions, "North America") == "LOC");
  CHECK(type_of_mention(regions, "South Africa") == "GPE");
}

TEST_CASE("organisations that are no list entry", "[entities]") {
  // A short form after the full name links to it and takes its type.
  const auto es = find_entities("Velmora Mining Ltd said output fell. Velmora said it would appeal.");
  const E* velmora = named(es, "Velmora Mining Ltd");
  REQUIRE(velmora);
  CHECK(velmora->type == "ORG");
  CHECK(velmora->mentions == V{"Velmora Mining Ltd", "Velmora"});
  // A name that stands alone twice and ends no person's name is an organisation.
  const auto lone = find_entities("Quillfeather reported the fire first. Later, Quillfeather said two engines came.");
  CHECK(type_of_mention(lone, "Quillfeather") == "ORG");
  // Sports reporting names its players by the surname alone.
  const auto match = find_entities("The striker Zorvatic scored in the cup match, and the goalkeeper saved a penalty "
                                   "as the league leaders won. Zorvatic scored again before the final whistle.");
  CHECK(type_of_mention(match, "Zorvatic") != "ORG");
  // A surname that a full name explains stays a person.
  const auto person = find_entities("Hedda Vorland spoke first. Vorland said the plan was sound. Vorland left.");
  CHECK(type_of_mention(person, "Vorland") == "PERSON");
  // Newspapers named after their town.
  CHECK(type_of_mention(find_entities("The story ran in the Harbourton Sun on Sunday."), "Harbourton Sun") == "ORG");
}

TEST_CASE("sports reporting: a town that plays is its club, a country stays a country", "[entities]") {
  const auto es = find_entities(
      "Bristol beat Norwich 2-1 in the league on Saturday, the striker scoring twice before the break. "
      "Peru drew with Chile in the cup qualifier, and the coach praised the goalkeeper.\n\n"
      "Bristol 2 Norwich 1\n\n"
      "1. Bristol 10 7 2 1 20 8 23\n\n"
      "TENNIS - SEEDS ADVANCE.");
  CHECK(type_of_mention(es, "Bristol") == "ORG");
  CHECK(type_of_mention(es, "Norwich") == "ORG");
  CHECK(type_of_mention(es, "Peru") == "GPE");
  CHECK(type_of_mention(es, "Chile") == "GPE");
  // So does a nation inside a state, even one whose name is also a word.
  const auto nations = find_entities("The striker scored twice and the goalkeeper saved a penalty in the cup match "
                                     "as Scotland beat Wales 2-1 in the league.");
  CHECK(type_of_mention(nations, "Scotland") == "GPE");
  CHECK(type_of_mention(nations, "Wales") == "GPE");
  CHECK(type_of_mention(es, "TENNIS") == "");
  for (const E& e : es) {
    for (const std::string& m : e.mentions) CHECK(m.find("TENNIS") == std::string::npos);
  }
  // A club's name goes on past its town, and meeting is playing.
  const auto fixtures = find_entities(
      "The striker scored twice and the goalkeeper saved a penalty as the league leaders won the cup match. "
      "Norwich and Bristol City meet on Sunday.");
  CHECK(type_of_mention(fixtures, "Bristol City") == "ORG");
  CHECK(type_of_mention(fixtures, "Norwich") == "ORG");
  // The same town outside sports reporting is a place.
  CHECK(type_of_mention(find_entities("The council in Bristol approved the budget."), "Bristol") == "GPE");
}

TEST_CASE("results and standings lines name their teams", "[entities]") {
  const auto es = find_entities(
      "SOCCER - WEEKEND RESULTS.\n\nGalloway Rovers 3 Kilbride 0\n\n"
      "Standings after Saturday's matches:\n\n1. Kilbride 12 8 3 1 25 10 27\n\n"
      "2. Peru 12 7 3 2 20 12 24");
  CHECK(type_of_mention(es, "Galloway Rovers") == "ORG");
  CHECK(type_of_mention(es, "Kilbride") == "ORG");
  CHECK(type_of_mention(es, "Peru") == "GPE");  // a country that plays stays a country
  CHECK(type_of_mention(es, "SOCCER") == "");
}

TEST_CASE("transcript labels in capitals are people when named or followed by speech", "[entities]") {
  const auto es = find_entities(
      "Amara Osei leads the growers' union.\n\nAMARA OSEI: We will not sell the land.\n\n"
      "REPORTER: Why not?\n\nTOMAS VELLIN: Prices are too low.\n\nOSEI: Never.");
  const E* osei = named(es, "Amara Osei");
  REQUIRE(osei);
  CHECK(osei->type == "PERSON");
  CHECK(osei->mentions == V{"Amara Osei", "AMARA OSEI", "OSEI"});
  CHECK(type_of_mention(es, "TOMAS VELLIN") == "PERSON");
  CHECK(type_of_mention(es, "REPORTER") == "");
}

TEST_CASE("a family name before a hyphenated given name is a person, even when it is a town", "[entities]") {
  const auto es = find_entities("Lau Wai-ming and Pak Jin-ho met the mayor on Monday.");
  CHECK(type_of_mention(es, "Lau Wai-ming") == "PERSON");  // Lau is a town, too
  CHECK(type_of_mention(es, "Pak Jin-ho") == "PERSON");
  // A lowercase word after the hyphen is no given name.
  CHECK(type_of_mention(find_entities("The Tarrow-based firm grew."), "Tarrow-based") != "PERSON");
}

TEST_CASE("a two-word name no list knows lends its surname, and another person's surname is no first name", "[entities]") {
  const auto es = find_entities("The ball fell to Tavrek Oruzani near the post. Minutes later, Oruzani scored again.");
  const E* oruzani = named(es, "Tavrek Oruzani");
  REQUIRE(oruzani);
  CHECK(oruzani->mentions == V{"Tavrek Oruzani", "Oruzani"});
  const auto works = find_entities("Hedda Vorland took the pictures. The Vorland Zintaprints hang in Oslo; "
                                   "critics praised Zintaprints.");
  CHECK(type_of_mention(works, "Zintaprints") != "PERSON");
}

TEST_CASE("given names of more cultures start a person's name and give its gender", "[entities]") {
  // Ababacar is in the list of more cultures, not in the US one.
  const auto es = find_entities("Ababacar Tounkara chaired the meeting in Dakar on Monday.");
  const E* person = named(es, "Ababacar Tounkara");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  CHECK(person->gender == "male");
}

TEST_CASE("name_context.tsv gives the words around names their classes, and a bad class names its line", "[entities]") {
  using entities::NameContext;
  const auto words = entities::NameContextWords::read(rules::RuleSet::embedded(), "en");
  REQUIRE(words.ok());
  CHECK(words.value().is("in", NameContext::place_preposition));
  CHECK(words.value().is("in", NameContext::venue_preposition));
  CHECK(words.value().is("of", NameContext::initials_skip));
  CHECK_FALSE(words.value().is("of", NameContext::place_preposition));
  CHECK(words.value().is("'s", NameContext::possessive));
  CHECK(words.value().has_verb_ending("warned"));
  CHECK_FALSE(words.value().has_verb_ending("ed"));
  CHECK(words.value().is("has", NameContext::name_verb));
  CHECK_FALSE(words.value().is("bottles", NameContext::name_verb));

  const auto dir = std::filesystem::temp_directory_path() / "sayso_test_name_context";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "en");
  std::ofstream(dir / "en" / "name_context.tsv") << "word\tclass\nin\tplace_preposition\nby\tnearby\n";
  const auto set = rules::RuleSet::with_directory(rules::RuleSet(), dir.string());
  REQUIRE(set.ok());
  const auto bad = entities::NameContextWords::read(set.value(), "en");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line() == 3);
  CHECK(bad.error().message().find("unknown class 'nearby'") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a common word that opens a sentence is a known surname before any verb of speech", "[entities]") {
  const auto es = find_entities("Senator Ada Glass spoke first. Glass tells voters the plan works. Glass bottles broke.");
  const E* glass = named(es, "Ada Glass");
  REQUIRE(glass);
  CHECK(glass->mentions == V{"Ada Glass", "Glass"});
}

TEST_CASE("a common word that opens a sentence is a known surname before a finite auxiliary", "[entities]") {
  // "Glass has", "Glass was": a finite auxiliary (class name_verb) marks the
  // name as a verb of speech does; a noun after the word does not ("Glass jars"), and in a
  // document that names nobody Glass the word stays a word.
  auto es = find_entities(
      "Senator Ada Glass spoke first.\n\nGlass has argued that the pier is unsafe. Glass was telling "
      "crews that the plan works. Glass jars were stacked on the quay.");
  const E* glass = named(es, "Ada Glass");
  REQUIRE(glass);
  CHECK(glass->mentions == V{"Ada Glass", "Glass", "Glass"});
  // No person of the document has the surname: the word stays a word.
  es = find_entities("Glass has a long history on the quay.");
  CHECK(es.empty());
}

TEST_CASE("a common word that opens a sentence is a known surname before an auxiliary, an irregular past, a comma or 'and'",
          "[entities]") {
  const auto es = find_entities(
      "Senator Ada Glass spoke first. Glass has promised a vote. Glass also backs the levy. Glass took questions. "
      "Glass, a former mayor, smiled. Glass and her aides left. Glass bottles broke. Price has risen since May.");
  const E* glass = named(es, "Ada Glass");
  REQUIRE(glass);
  CHECK(glass->mentions == V{"Ada Glass", "Glass", "Glass", "Glass", "Glass", "Glass"});
  // No person of the document is named Price: the word stays a word.
  CHECK_FALSE(named(es, "Price"));
  CHECK(type_of_mention(es, "Price") == "");
}

TEST_CASE("a person named by a given name alone keeps that name through the document", "[entities]") {
  const auto es = find_entities("The couple mourned their daughter, Cordelia. Cordelia developed a fever in May. "
                                "By June, Cordelia's fever was worse.");
  const E* cordelia = named(es, "Cordelia");
  REQUIRE(cordelia);
  CHECK(cordelia->type == "PERSON");
  CHECK(cordelia->mentions == V{"Cordelia", "Cordelia", "Cordelia"});
}

TEST_CASE("'the Church' after an organisation named by that keyword stands for it", "[entities]") {
  const auto es = find_entities("The Lumenist Church denied the claims. Critics said the Church had lied. "
                                "The Foreign Ministry said nothing. Later the Ministry issued a statement.");
  const E* church = named(es, "Lumenist Church");
  REQUIRE(church);
  CHECK(church->mentions == V{"Lumenist Church", "Church"});
  const E* ministry = named(es, "Foreign Ministry");
  REQUIRE(ministry);
  CHECK(ministry->mentions == V{"Foreign Ministry", "Ministry"});
  // No organisation of the document ends in the keyword: no mention.
  CHECK(type_of_mention(find_entities("Elena Marsh left the Church in May."), "Church") == "");
}

TEST_CASE("an acronym that spells a named place's initials is that place", "[entities]") {
  const auto es = find_entities("The launch was held at the Vardo Space Center (VSC) on Monday. "
                                "Many VSC workers watched it.");
  const E* center = named(es, "Vardo Space Center");
  REQUIRE(center);
  CHECK(center->type == "LOC");
  CHECK(center->mentions == V{"Vardo Space Center", "VSC", "VSC"});
}

TEST_CASE("a field of public life or a sport before a country names an organisation", "[entities]") {
  const auto es = find_entities("Cricket Australia said the tour would go ahead. Air Malta cancelled flights, "
                                "and Sport Wales paid for the hall.");
  CHECK(type_of_mention(es, "Cricket Australia") == "ORG");
  CHECK(type_of_mention(es, "Air Malta") == "ORG");
  CHECK(type_of_mention(es, "Sport Wales") == "ORG");
  CHECK(type_of_mention(es, "Australia") == "");
  // The country alone stays a country.
  CHECK(type_of_mention(find_entities("The team flew to Australia on Monday."), "Australia") == "GPE");
}

TEST_CASE("abbreviations and festivals in capitals are no organisations", "[entities]") {
  const auto es = find_entities("The VIP lounge opened at 9 GMT. Diwali lights filled the streets. "
                                "Families gathered for Diwali again, and the NHRB said the HTML pages were down.");
  CHECK(type_of_mention(es, "VIP") == "");
  CHECK(type_of_mention(es, "GMT") == "");
  CHECK(type_of_mention(es, "HTML") == "");
  CHECK(type_of_mention(es, "Diwali") == "");
  CHECK(type_of_mention(es, "NHRB") == "ORG");
}

TEST_CASE("organisation keywords: a municipality, a weekly, and a person after the place a role is of", "[entities]") {
  const auto es = find_entities("The Municipality of Arezzo asked schools to pay. The Harbourton Weekly reported it "
                                "first. At the fair, Governor of Oregon Tessa Crane cut the ribbon of the new barn.");
  CHECK(type_of_mention(es, "Municipality of Arezzo") == "ORG");
  CHECK(type_of_mention(es, "Harbourton Weekly") == "ORG");
  CHECK(type_of_mention(es, "Tessa Crane") == "PERSON");
  CHECK(type_of_mention(es, "Oregon") == "GPE");
}

TEST_CASE("'pro-' and 'anti-' words are no part of a name, and two organisations joined by 'and' stay two", "[entities]") {
  const auto es = find_entities("The pro-Moscow Unity Party won seats. Scientists at the Institute of Mining and "
                                "Vardo State University of Science said so. The Ministry of Fishing and Ports said no.");
  CHECK(type_of_mention(es, "Unity Party") == "ORG");
  CHECK(type_of_mention(es, "Institute of Mining") == "ORG");
  CHECK(type_of_mention(es, "Vardo State University of Science") == "ORG");
  CHECK(type_of_mention(es, "Ministry of Fishing and Ports") == "ORG");
}

TEST_CASE("a place named after another place, a state by its full name, and a museum before a title", "[entities]") {
  const auto es = find_entities("The ferry crossed to Vancouver Island. Ships sailed the Java Sea and the "
                                "Ohio River Valley flooded. The farm got a grant from the State of Wyoming. "
                                "The National Museum of Clocks CEO Ada Brant said so.");
  CHECK(type_of_mention(es, "Vancouver Island") == "LOC");
  CHECK(type_of_mention(es, "Vancouver") == "");
  CHECK(type_of_mention(es, "Java Sea") == "LOC");
  CHECK(type_of_mention(es, "Ohio River Valley") == "LOC");
  CHECK(type_of_mention(es, "State of Wyoming") == "GPE");
  CHECK(type_of_mention(es, "National Museum of Clocks") == "LOC");
  CHECK(type_of_mention(es, "Ada Brant") == "PERSON");
}

TEST_CASE("a common word is no listed organisation's acronym unless written in capitals", "[entities]") {
  const auto es = find_entities("Fans of Doctor Who met on Sunday. Later, Amnesty said the trial was unfair, and "
                                "the Fed raised rates. The WHO said so.");
  CHECK(type_of_mention(es, "Who") == "");
  CHECK(type_of_mention(es, "WHO") == "ORG");
  CHECK(type_of_mention(es, "Amnesty") == "ORG");
  CHECK(type_of_mention(es, "Fed") == "ORG");
}

TEST_CASE("a listed organisation that opens a longer name of something else is no organisation there", "[entities]") {
  const auto es = find_entities("Pupils entered the Google Puzzle Cup. Later, Google said it would pay, and Google "
                                "CEO Jane Roe agreed. The BBC World Service reported it. The gift shop sold NASA T-shirts and mugs.");
  CHECK(type_of_mention(es, "Google") == "ORG");
  const E* google = named(es, "Google");
  REQUIRE(google);
  CHECK(google->mentions == V{"Google", "Google"});  // not the one in "Google Puzzle Cup"
  CHECK(type_of_mention(es, "Jane Roe") == "PERSON");
  CHECK(type_of_mention(es, "BBC World Service") == "ORG");
  CHECK(type_of_mention(es, "NASA") == "ORG");
}

TEST_CASE("plains, forts and mosques are places", "[entities]") {
  const auto es = find_entities("Hikers crossed the Plains of Orvik and rested at Masjid Al-Noor near Fort Benning.");
  CHECK(type_of_mention(es, "Plains of Orvik") == "LOC");
  CHECK(type_of_mention(es, "Masjid Al-Noor") == "LOC");
  CHECK(type_of_mention(es, "Fort Benning") == "LOC");
}

TEST_CASE("a person's surname before an unknown word is that person, not a longer name", "[entities]") {
  const auto es = find_entities("Ada Brannock painted for years. The Brannock Zoetropes sold well. "
                                "Chan Mei-fong met Ada Brannock's son, and Brannock Wai-ming joined them.");
  const E* ada = named(es, "Ada Brannock");
  REQUIRE(ada);
  CHECK(ada->mentions == V{"Ada Brannock", "Brannock", "Ada Brannock"});
  CHECK(type_of_mention(es, "Brannock Zoetropes") == "");
  // A given name after the surname is another person, named family name first.
  CHECK(type_of_mention(es, "Brannock Wai-ming") == "PERSON");
}

TEST_CASE("a name right after a word for a vessel names the vessel, no entity", "[entities]") {
  const auto es = find_entities("The ferry Aurora sank near Dover. Aurora had left port. Space Shuttle Orion flew. "
                                "Later, Orion landed. Lena Ames said the boat was old.");
  CHECK(type_of_mention(es, "Aurora") == "");
  CHECK(type_of_mention(es, "Orion") == "");
  CHECK(type_of_mention(es, "Lena Ames") == "PERSON");
  CHECK(type_of_mention(es, "Dover") == "GPE");
  // The same name with no vessel in the document is what the patterns say.
  CHECK(type_of_mention(find_entities("Later, Aurora Diaz said the plan was sound."), "Aurora Diaz") == "PERSON");
}

TEST_CASE("initials run together open a name, and hashtags are no names", "[entities]") {
  const auto es = find_entities("They met Rep. G.K. Vance and K.C. Maurer. The hashtag #Tidewatch spread. "
                                "Fans posted #Tidewatch again.");
  CHECK(type_of_mention(es, "G.K. Vance") == "PERSON");
  CHECK(type_of_mention(es, "K.C. Maurer") == "PERSON");
  CHECK(type_of_mention(es, "Tidewatch") == "");
  // Without the mark, a name standing alone twice is an organisation.
  CHECK(type_of_mention(find_entities("Tidewatch spread. Fans posted Tidewatch again."), "Tidewatch") == "ORG");
}

TEST_CASE("a legal form in lowercase that is a word names nothing, and Roman numerals are no acronyms", "[entities]") {
  const auto es = find_entities("The Tidemark group said Part XVII of the law hurt Velmora plc and Harbour Group.");
  CHECK(type_of_mention(es, "Tidemark group") == "");
  CHECK(type_of_mention(es, "XVII") == "");
  CHECK(type_of_mention(es, "Velmora plc") == "ORG");
  CHECK(type_of_mention(es, "Harbour Group") == "ORG");
}

TEST_CASE("company, club and market cues make organisations", "[entities]") {
  const auto es = find_entities("Shares of Tarvo rose 3 percent on Monday. The Oslo-based company Quorix said profits "
                                "fell. Harlow FC signed a striker from FC Tarvo. Analysts at Caldera Partners expect "
                                "more. The company said sales rose.");
  CHECK(type_of_mention(es, "Tarvo") == "ORG");
  CHECK(type_of_mention(es, "Quorix") == "ORG");
  CHECK(type_of_mention(es, "Harlow FC") == "ORG");
  CHECK(type_of_mention(es, "FC Tarvo") == "ORG");
  CHECK(type_of_mention(es, "Caldera Partners") == "ORG");
  // A person after such a noun is still a person.
  CHECK(type_of_mention(find_entities("The company founder, Jane Roe, said sales rose."), "Jane Roe") == "PERSON");
}

TEST_CASE("sports: a team of a results line is that team wherever it stands alone, and a ground is no club", "[entities]") {
  const auto es = find_entities(
      "Bristol held Chelsea to a 1-1 draw in the league on Saturday, the striker scoring before the referee "
      "stopped the cup match.\n\n"
      "\"We deserved more,\" Bristol manager Ann Roe told reporters.\n\n"
      "Bristol 1 Chelsea 1\n\n"
      "The match at Old Trafford was abandoned after the goalkeeper was hurt in the league game.");
  for (const E& e : es) {
    for (const std::string& m : e.mentions) {
      if (m == "Chelsea" || m == "Bristol") CHECK(e.type == "ORG");
      if (m == "Trafford") CHECK(e.type != "ORG");
    }
  }
  CHECK(type_of_mention(es, "Ann Roe") == "PERSON");
}

TEST_CASE("streets are places, and central banks and news agencies are listed organisations", "[entities]") {
  const auto es = find_entities("The Bundesbank said on Tuesday it would keep rates steady. Traders on Wall Street "
                                "and Tarvo Road were calm, Kyodo reported.");
  CHECK(type_of_mention(es, "Bundesbank") == "ORG");
  CHECK(type_of_mention(es, "Wall Street") == "LOC");
  CHECK(type_of_mention(es, "Tarvo Road") == "LOC");
  CHECK(type_of_mention(es, "Kyodo") == "ORG");
}

TEST_CASE("sports: a name alone in a sentence of play is a player", "[entities]") {
  const auto es = find_entities(
      "Bristol held Norwich to a 1-1 draw in the league on Saturday, the striker Zorvatic scoring before the "
      "referee stopped the cup match. The goalkeeper Quennec saved a penalty in the second half.\n\n"
      "The club shop at Lindqvar stayed shut.");
  CHECK(type_of_mention(es, "Zorvatic") == "PERSON");
  CHECK(type_of_mention(es, "Quennec") == "PERSON");
  // Not where the sentence tells of no play.
  CHECK(type_of_mention(es, "Lindqvar") != "PERSON");
}

namespace {

// The places (LOC mentions, in text order) that the entity patterns
// `patterns` (an entity_patterns.tsv, the only rules of language "zy" in
// the directory `dir`) find in `text`, at the entity depth.
V places_found_by(const std::filesystem::path& dir, const std::string& patterns, const std::string& text) {
  sayso_test::write_file(dir / "zy" / "VERSION", "1\n");
  sayso_test::write_file(dir / "zy" / "entity_patterns.tsv", patterns);
  PipelineOptions options;
  options.rules_directory = dir.string();
  options.language = "zy";
  options.depth = PipelineDepth::entities;
  const auto made = Pipeline::create(options);
  REQUIRE(made.ok());
  const auto doc = made.value().extract(text);
  REQUIRE(doc.ok());
  V places;
  for (const Mention& m : doc.value().mentions()) {
    if (m.type == EntityType::loc) places.emplace_back(doc.value().slice(m.span));
  }
  return places;
}

}  // namespace

TEST_CASE("a pattern whose later word is the 70th distinct anchor test still matches", "[entities]") {
  // Seventy patterns, each a capitalised word then a word of its own: seventy
  // distinct tests of a later element, more than the 64 that get a bit of a
  // token's anchor mask, so that the last ones test their windows token by token.
  const auto dir = sayso_test::fresh_directory("many_anchor_tests");
  std::string patterns = "label\tpriority\tpattern\n";
  std::vector<std::string> words;
  for (int k = 0; k < 70; ++k) {
    words.push_back(std::string("Vosk") + static_cast<char>('a' + k / 26) + static_cast<char>('a' + k % 26));
    patterns += "LOC\t30\t< [cap] " + words.back() + " >\n";
  }
  const V places = places_found_by(dir, patterns,
                                    "Ollen " + words.front() + " met Ollen " + words.back() +
                                        " and Ollen Voskzz near Ollen " + words[40] + ".\n");
  CHECK(places == V{"Ollen " + words.front(), "Ollen " + words.back(), "Ollen " + words[40]});
  std::filesystem::remove_all(dir);
}

TEST_CASE("a pattern whose first word's test is the 40th distinct test of its kind still starts", "[entities]") {
  // Forty patterns, each a capitalised word with its own set of forbidden
  // tests, then a word of its own: forty distinct groups of start tests by
  // flags, more than the 32 the recogniser files by the halves of a token's
  // flags, so that the last ones are tested one by one.
  const auto dir = sayso_test::fresh_directory("many_start_groups");
  const char* const tests[] = {"common", "given", "initial", "number", "possessive", "nonname", "hyphenated", "titleword"};
  std::string patterns = "label\tpriority\tpattern\n";
  std::vector<std::string> words;
  for (int k = 1; k <= 40; ++k) {
    std::string first = "cap";
    for (int b = 0; b < 8; ++b) {
      if ((k >> b) & 1) first += std::string("&!") + tests[b];
    }
    words.push_back(std::string("Vosk") + static_cast<char>('a' + k / 26) + static_cast<char>('a' + k % 26));
    patterns += "LOC\t30\t< [" + first + "] " + words.back() + " >\n";
  }
  const V places = places_found_by(dir, patterns,
                                    "We met Ollen " + words.front() + " and Ollen " + words.back() +
                                        " near Ollen " + words[34] + " and ollen " + words[35] + ".\n");
  CHECK(places == V{"Ollen " + words.front(), "Ollen " + words.back(), "Ollen " + words[34]});
  std::filesystem::remove_all(dir);
}

TEST_CASE("a pattern that starts with a lowercase word starts there only when its later words are in reach",
          "[entities]") {
  // The word's flags start no pattern: only what its literal's patterns
  // need (a capitalised word next) makes the start live, and the same word
  // before a lowercase one, or at the sentence's end, starts nothing.
  const auto dir = sayso_test::fresh_directory("literal_starts");
  const V places = places_found_by(dir,
                                    "label\tpriority\tpattern\nLOC\t30\tvoskmere < [cap] >\nLOC\t30\t< [cap] Dunvaal >\n",
                                    "We walked to voskmere Ollen today, and voskmere was empty. "
                                        "We saw Brinn Dunvaal at voskmere.\n");
  CHECK(places == V{"Ollen", "Brinn Dunvaal"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("a lowercase word's flags from its key: a hyphen, the sentence's first word and a letter past ASCII still count",
          "[entities]") {
  // The recogniser takes a lowercase word's flags from its key unless the
  // key holds a hyphen or the word opens with a byte past ASCII: each of
  // those, and the first word of a sentence, must come out as before.
  const auto dir = sayso_test::fresh_directory("lowercase_flags");
  const V places = places_found_by(dir,
                                    "label\tpriority\tpattern\n"
                                    "LOC\t30\t< [cap] > [lower&hyphenated]\n"
                                    "LOC\t30\t[lower&initial] < [cap] >\n"
                                    "LOC\t30\t< [cap] > [lower&!hyphenated&!initial] [lower&!hyphenated] [lower] Ostrel\n",
                                    "We saw Ollen well-kept there.\n\nWe saw Brinn kept there.\n\n"
                                    "ovre Voskmere was near.\n\nThen ovre Dunvaal was near.\n\n"
                                    "We met Tarrow ovre \xc3\xa9lan well-kept Ostrel and Marrow ovre \xc3\xa9lan kept Ostrel.\n");
  CHECK(places == V{"Ollen", "Voskmere", "Tarrow", "Marrow"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("a name ending in an organisation head word is an organisation, and its acronym links to it", "[entities]") {
  const auto es = find_entities("The Lakeside Tenants Campaign met in May. Later the LTC wrote to the mayor, "
                                "and the Brightwater Weavers Guild joined.");
  const E* campaign = named(es, "Lakeside Tenants Campaign");
  REQUIRE(campaign);
  CHECK(campaign->type == "ORG");
  CHECK(campaign->mentions == V{"Lakeside Tenants Campaign", "LTC"});
  CHECK(type_of_mention(es, "Brightwater Weavers Guild") == "ORG");
}

TEST_CASE("a naming construction names an organisation after a group noun and a person after a person noun",
          "[entities]") {
  // The head word "Appeal" is no organisation keyword: only the construction says what the name is.
  const auto es = find_entities(
      "A small charity called the Moss Hollow Lantern Appeal opened a shop. The MHLA sold lamps. "
      "An alliance known as Riverbend Parents for Safer Crossings wrote a letter, and a movement calling "
      "itself Quiet Orchard Rising marched. A woman named Hope Winter watched.");
  const E* appeal = named(es, "Moss Hollow Lantern Appeal");
  REQUIRE(appeal);
  CHECK(appeal->type == "ORG");
  CHECK(appeal->mentions == V{"Moss Hollow Lantern Appeal", "MHLA"});
  CHECK(type_of_mention(es, "Riverbend Parents for Safer Crossings") == "ORG");
  CHECK(type_of_mention(es, "Quiet Orchard Rising") == "ORG");
  CHECK(type_of_mention(es, "Hope Winter") == "PERSON");
}

TEST_CASE("'called' and 'named' after a definite group noun or before a given name are verbs", "[entities]") {
  // "the union called ..." is the union speaking, and "a committee named Ada Brant ..." appoints a person.
  const auto es = find_entities("The union called Tolliver a liar on Monday. "
                                "A committee named Ada Brant its chair on Friday.");
  CHECK(type_of_mention(es, "Tolliver") != "ORG");
  CHECK(type_of_mention(es, "Ada Brant") == "PERSON");
}

TEST_CASE("initials before a title word are no name, and a state abbreviation before 'who' is no person",
          "[entities]") {
  // "N.M. Sen." is a place and a title before the name; "Tulsa, Okla., who" is a place before a relative.
  const auto es = find_entities("The bill was backed by N.M. Sen. Marta Quillon on Tuesday. "
                                "Orrin Baxley, a welder from Tulsa, Okla., who backs the bill, spoke first.");
  CHECK(type_of_mention(es, "Marta Quillon") == "PERSON");
  CHECK(type_of_mention(es, "Orrin Baxley") == "PERSON");
  for (const E& e : es) {
    if (e.type != "PERSON") continue;
    for (const std::string& m : e.mentions) {
      CHECK(m.find("Sen.") == std::string::npos);
      CHECK(m != "Okla.");
    }
  }
  // Must not change: initials before a surname that is no title word, and a name before "who".
  const auto names = find_entities("The prize went to T. R. Hollins on Friday. Pell Varnum, who chairs the board, agreed.");
  CHECK(type_of_mention(names, "T. R. Hollins") == "PERSON");
  CHECK(type_of_mention(names, "Pell Varnum") == "PERSON");
}

namespace {

// A pattern of `text` whose literals take the ids of `literal_ids` (by
// literal text), as the recogniser gives them.
entities::TokenPattern automaton_pattern(const std::string& text, const std::vector<std::string>& literal_ids) {
  entities::TokenPattern p;
  p.label = "PERSON";
  p.source = "test:" + text;
  p.elements = entities::parse_pattern(text).value();
  for (entities::PatternElement& e : p.elements) {
    for (const std::string& lit : e.literals) {
      const auto at = std::find(literal_ids.begin(), literal_ids.end(), lit);
      e.literal_ids.push_back(static_cast<std::uint32_t>(at - literal_ids.begin()) + 1);
    }
    std::sort(e.literal_ids.begin(), e.literal_ids.end());
  }
  return p;
}

}  // namespace

TEST_CASE("the pattern automaton names the starts where a pattern may match, through optional runs, repeats and long phrases",
          "[entities]") {
  using entities::PatternAutomaton;
  const std::vector<std::string> literals = {"of", "the", "said"};
  const std::vector<entities::TokenPattern> patterns = {
      automaton_pattern("of the? < [cap]+ >", literals),                      // 0
      automaton_pattern("< [cap] > of? the? said? [number]", literals),       // 1: three optional elements in a row
      automaton_pattern("< [country] > said", literals),                      // 2: a phrase, here of two tokens
      automaton_pattern("< [cap&!given] > said|the?", literals),              // 3: an optional last element
  };
  const PatternAutomaton automaton = PatternAutomaton::build(patterns, literals.size()).value();
  PatternAutomaton::Scanner scanner(automaton);
  using entities::kCap;
  using entities::kGiven;
  using entities::kLower;
  using entities::kNumber;
  using entities::kUpper;
  using entities::kWord;
  const std::uint32_t cap = kWord | kUpper | kCap;
  const std::uint32_t lower = kWord | kLower;
  // "of Cap Cap 12 Cap Given said" then "Cap Cap said" (a country of two tokens).
  const std::vector<std::uint32_t> flags = {lower, cap, cap, kNumber, cap, cap | kGiven, lower, cap, cap, lower};
  const std::vector<std::uint32_t> literal = {1, 0, 0, 0, 0, 0, 3, 0, 0, 3};
  const std::vector<std::uint16_t> phrases(flags.size(), 0);
  const std::uint16_t country = 1u << static_cast<int>(entities::PhraseTest::country);
  const std::vector<PatternAutomaton::LongPhrase> long_phrases = {{7, 2, country}};
  std::vector<PatternAutomaton::Lanes> states((flags.size() + 1) * automaton.lanes());
  std::vector<std::uint32_t> live(flags.size());
  const std::size_t live_begin = scanner.scan(flags.size(), flags.data(), literal.data(), phrases.data(), long_phrases,
                                              states.data(), live.data());
  std::vector<std::vector<std::size_t>> starts(flags.size());
  for (std::size_t li = live_begin; li < flags.size(); ++li) {
    automaton.for_each_start(states.data() + live[li] * automaton.lanes(),
                             [&](std::size_t pi) { starts[live[li]].push_back(pi); });
  }
  CHECK(starts[0] == std::vector<std::size_t>{0});     // of Cap Cap
  CHECK(starts[1] == std::vector<std::size_t>{3});     // Cap (Cap): the optional "the?" ends it
  CHECK(starts[2] == std::vector<std::size_t>{1, 3});  // Cap 12, past three optional elements; Cap alone
  CHECK(starts[3].empty());
  CHECK(starts[4] == std::vector<std::size_t>{3});     // Cap before a given name
  CHECK(starts[5].empty());                            // a given name before "said"
  CHECK(starts[6].empty());
  CHECK(starts[7] == std::vector<std::size_t>{2, 3});  // the country of two tokens before "said"
  CHECK(starts[8] == std::vector<std::size_t>{3});     // Cap said
  CHECK(starts[9].empty());
  CHECK(live_begin == flags.size() - 6);
}

TEST_CASE("the pattern automaton of a rule set with no patterns builds and names no start", "[entities]") {
  // A --rules-replace directory may hold no entity patterns: the tables are
  // then empty (under UBSan, a copy from an empty table's null pointer was
  // reported here).
  using entities::PatternAutomaton;
  const PatternAutomaton automaton = PatternAutomaton::build({}, 0).value();
  PatternAutomaton::Scanner scanner(automaton);
  const std::vector<std::uint32_t> flags = {entities::kWord | entities::kLower, entities::kNumber};
  const std::vector<std::uint32_t> literal(flags.size(), 0);
  const std::vector<std::uint16_t> phrases(flags.size(), 0);
  std::vector<PatternAutomaton::Lanes> states((flags.size() + 1) * std::max<std::size_t>(automaton.lanes(), 1));
  std::vector<std::uint32_t> live(flags.size());
  const std::size_t live_begin =
      scanner.scan(flags.size(), flags.data(), literal.data(), phrases.data(), {}, states.data(), live.data());
  std::size_t starts = 0;
  for (std::size_t li = live_begin; li < flags.size(); ++li) {
    automaton.for_each_start(states.data() + live[li] * automaton.lanes(), [&](std::size_t) { ++starts; });
  }
  CHECK(starts == 0);
}
