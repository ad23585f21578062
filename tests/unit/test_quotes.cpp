// Quotations and their speakers, on texts written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "sayso/sayso.hpp"
#include "shared_pipelines.hpp"
#include "thread_cpu_time.hpp"

using namespace sayso;

namespace {

const Pipeline& pipeline() { return sayso_test::default_pipeline(); }

const Pipeline& pipeline_keeping_unattributed() { return sayso_test::pipeline_keeping_unattributed(); }

struct Q {
  std::string kind;
  std::string text;
  std::string speaker;
  std::string sieve;
  std::size_t nested_in;  // index of the enclosing quote, or kNone
};

std::vector<Q> quotes(const std::string& text, const Pipeline& p = pipeline()) {
  const auto doc = p.extract(text);
  std::vector<Q> out;
  for (const Quote& q : doc.value().quotes()) {
    out.push_back({quote_kind_name(q.kind), std::string(doc.value().slice(q.span)), q.speaker, q.sieve, q.nested_in});
  }
  return out;
}

const Q* find(const std::vector<Q>& qs, const std::string& text_start) {
  for (const Q& q : qs) {
    if (q.text.rfind(text_start, 0) == 0) return &q;
  }
  return nullptr;
}

// The best of three runs' thread CPU seconds to extract `text` (a busy
// machine's other work stays out of the timing ratios below); its quote
// count into *quote_count when given.
double best_seconds_to_extract(const std::string& text, std::size_t* quote_count = nullptr) {
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    const double start = sayso_test::thread_cpu_seconds();
    const auto doc = pipeline().extract(text);
    best = std::min(best, sayso_test::thread_cpu_seconds() - start);
    REQUIRE(doc.ok());
    if (quote_count != nullptr) *quote_count = doc.value().quotes().size();
  }
  return best;
}

}  // namespace

TEST_CASE("every kind of quotation mark pairs", "[quotes]") {
  const std::string texts[] = {
      "\"We will rebuild the bridge,\" said Mayor Tom Berger.",
      "\xE2\x80\x9CWe will rebuild the bridge,\xE2\x80\x9D said Mayor Tom Berger.",
      "\xC2\xAB We will rebuild the bridge \xC2\xBB, said Mayor Tom Berger.",
      "\xE2\x80\x9EWe will rebuild the bridge,\xE2\x80\x9C said Mayor Tom Berger.",
      "\xE2\x80\x98We will rebuild the bridge,\xE2\x80\x99 said Mayor Tom Berger.",
      "\xE3\x80\x8CWe will rebuild the bridge,\xE3\x80\x8D said Mayor Tom Berger.",
      // typewriter doubles: Penn Treebank `` '' and older wire copy '' ''
      "``We will rebuild the bridge,'' said Mayor Tom Berger.",
      "''We will rebuild the bridge,'' said Mayor Tom Berger.",
  };
  for (const auto& text : texts) {
    INFO(text);
    const auto qs = quotes(text);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker == "Tom Berger");
    CHECK(qs[0].kind == "direct");
    CHECK(qs[0].text.find("bridge") != std::string::npos);
    CHECK(qs[0].text.back() != 'e');  // the closing mark is inside the span
  }
}

TEST_CASE("an opening mark typed for the closing one still closes the quotation", "[quotes]") {
  const auto qs = quotes("\u201CThe truth is that we could lose the district,\u201C said Owen Marsh, a councilman.\n\n"
                         "\u201CWould it be negotiable?\u201D Okafor pressed.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].text == "\u201CThe truth is that we could lose the district,\u201C");
  CHECK(qs[0].speaker == "Owen Marsh");
  CHECK(qs[1].speaker == "Okafor");
}

TEST_CASE("apostrophes are not quotation marks around quotes", "[quotes]") {
  const auto qs = quotes("Berger's plan, the '90s rules and rock 'n' roll bands: \"None of it matters,\" "
                         "Tom Berger said. The workers' union agreed.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "\"None of it matters,\"");
}

TEST_CASE("a quotation over several paragraphs is one quote", "[quotes]") {
  const std::string text =
      "\"The first part ends here,\" said Ana Costa, the union leader. \"The second part goes on.\n\n"
      "\"And the third part closes it.\"\n\nThe talks resumed.";
  const auto qs = quotes(text);
  const Q* q = find(qs, "\"The second part");
  REQUIRE(q);
  CHECK(q->text == "\"The second part goes on.\n\n\"And the third part closes it.\"");
  CHECK(q->speaker == "Ana Costa");
  CHECK(q->sieve == "continuation");
}

TEST_CASE("an unclosed mark does not swallow the text after it", "[quotes]") {
  std::string text = "He said \"this never closes. The end.\n\n";
  for (int i = 0; i < 5; ++i) text += "Later on, \"A later quote stands alone,\" said Ana Costa.\n\n";
  const auto qs = quotes(text);
  CHECK(qs.size() == 5);
  for (const auto& q : qs) CHECK(q.text == "\"A later quote stands alone,\"");
}

TEST_CASE("a quotation whose closing mark never comes runs to its paragraph's end and is attributed", "[quotes]") {
  const auto qs = quotes(
      "Mayor Ilse Varga said on Monday: \u201CWe will rebuild the harbour before winter.\n\n"
      "The council met later. Its chair, Oren Dahl, said: \"The money is there.\"\n");
  REQUIRE(qs.size() == 2);
  // Never into the next paragraph.
  CHECK(qs[0].text == "\u201CWe will rebuild the harbour before winter.");
  CHECK(qs[0].kind == "direct");
  CHECK(qs[0].speaker == "Ilse Varga");
  CHECK(qs[1].text == "\"The money is there.\"");
  CHECK(qs[1].speaker == "Oren Dahl");
  // A single mark left open is as often an apostrophe: no quotation.
  CHECK(find(quotes("Ilse Varga said the \u2018harbour plan is late.\n", pipeline_keeping_unattributed()), "\u2018") ==
        nullptr);
}

TEST_CASE("the attribute values of a markup tag are not quotations", "[quotes]") {
  const auto qs = quotes(
      "<post id=\"7781\" author=\"harbour office\" lang=\"en\">\n"
      "\"The ferry runs again,\" said Oren Dahl.\n</post>\n",
      pipeline_keeping_unattributed());
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "\"The ferry runs again,\"");
  CHECK(qs[0].speaker == "Oren Dahl");
  // A '<' that opens no tag leaves the marks after it alone.
  const auto compared = quotes("Oren Dahl spoke. If a < b, \"the ferry waits,\" said Oren Dahl.\n");
  const Q* waits = find(compared, "\"the ferry waits");
  REQUIRE(waits != nullptr);
  CHECK(waits->text == "\"the ferry waits,\"");
}

TEST_CASE("a pair of quotation marks added to quote_marks.tsv changes sentence splitting and quote finding alike",
          "[quotes][sentences]") {
  // Heavy ornament marks, U+275D and U+275E: no rule file of sayso lists them.
  const std::string open = "\u275D", close = "\u275E";
  const std::string text = "Ilse Varga said: " + open + "The ferry runs again. It leaves at noon." + close +
                           " Then the council met.\n";
  const std::size_t quote_begin = text.find(open), quote_end = text.find(close);
  auto sentence_ends_inside = [&](const Document& doc) {
    std::size_t inside = 0;
    for (const Sentence& s : doc.sentences()) inside += s.span.end > quote_begin && s.span.end < quote_end;
    return inside;
  };
  auto has_quote = [&](const Document& doc) {
    for (const Quote& q : doc.quotes()) {
      if (doc.slice(q.span).rfind(open, 0) == 0) return true;
    }
    return false;
  };
  PipelineOptions options;
  options.keep_unattributed_quotes = true;
  const auto without = Pipeline::create(options).value().extract(text).value();
  CHECK(sentence_ends_inside(without) > 0);
  CHECK_FALSE(has_quote(without));

  const auto dir = std::filesystem::temp_directory_path() / "sayso_test_quote_mark_pair";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "common");
  std::ofstream(dir / "common" / "quote_marks.ornaments.tsv") << "open\tclose\tkind\n" << open << "\t" << close << "\tdouble\n";
  options.rules_directory = dir.string();
  const auto with = Pipeline::create(options).value().extract(text).value();
  CHECK(sentence_ends_inside(with) == 0);
  CHECK(has_quote(with));
  std::filesystem::remove_all(dir);
}

TEST_CASE("speakers after the quote, before it, and inverted", "[quotes][attribution]") {
  auto qs = quotes("\"Prices will fall,\" Finance Minister Karin Holm told reporters on Monday.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Karin Holm");
  CHECK(qs[0].sieve == "after-speaker-cue");

  qs = quotes("\"Prices will fall,\" said Swedish finance ministry spokesperson Karin Holm.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Karin Holm");
  CHECK(qs[0].sieve == "after-cue-speaker");

  qs = quotes("Karin Holm said on Monday: \"Prices will fall before the summer.\"");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Karin Holm");
  CHECK(qs[0].sieve == "before-speaker-cue");
}

TEST_CASE("pronouns and role nouns resolve to the right person", "[quotes][attribution]") {
  const std::string text =
      "Finance Minister Karin Holm met the central bank governor, Peter Lund, on Monday.\n\n"
      "\"We agreed on the next steps,\" she told reporters.\n\n"
      "\"Nothing is decided yet,\" he said.\n\n"
      "State Department spokesman David Ortiz welcomed the meeting. \"It is a good sign,\" the spokesman said.";
  const auto qs = quotes(text);
  const Q* a = find(qs, "\"We agreed");
  const Q* b = find(qs, "\"Nothing");
  const Q* c = find(qs, "\"It is a good sign");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(a->speaker == "Karin Holm");
  CHECK(b->speaker == "Peter Lund");
  CHECK(c->speaker == "David Ortiz");
}

TEST_CASE("a quote with no cue continues the previous speaker's turn", "[quotes][attribution]") {
  const auto qs = quotes("\"We will appeal,\" said Ana Costa. \"The ruling is wrong.\"");
  REQUIRE(qs.size() == 2);
  CHECK(qs[1].speaker == "Ana Costa");
  CHECK(qs[1].sieve == "continuation");
}

TEST_CASE("mixed and indirect quotes take the speaker of the reported speech", "[quotes][attribution]") {
  const auto qs = quotes("Ana Costa said the ruling was \"a serious mistake\" that would hurt workers.");
  const Q* clause = find(qs, "the ruling was");
  const Q* fragment = find(qs, "\"a serious mistake\"");
  REQUIRE(clause);
  REQUIRE(fragment);
  CHECK(clause->kind == "indirect");
  CHECK(clause->speaker == "Ana Costa");
  CHECK(fragment->kind == "mixed");
  CHECK(fragment->speaker == "Ana Costa");
}

TEST_CASE("organisations, countries and groups speak", "[quotes][attribution]") {
  auto qs = quotes("The Red Cross said the convoy had reached the city.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "International Committee of the Red Cross");
  qs = quotes("Brazil said it would send aid to the region.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Brazil");
  qs = quotes("Diplomats said the vote would be delayed until next week.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Diplomats");
  qs = quotes("The company will cut 300 jobs, according to two people familiar with the plan.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].kind == "indirect");
}

TEST_CASE("a speaker reported as written is a noun phrase, never a broken one", "[quotes][attribution]") {
  // The subject of coordinated verbs, not the object before "and".
  auto qs = quotes("Turkey has been fighting the Islamic State and says the city will fall soon.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Turkey");
  // The subject that opens the sentence, for a second verb: "Police", not "the streets and".
  qs = quotes("Police cleared the streets and said the curfew would hold.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Police");
  // The phrase starts after the subordinator that opens its clause:
  // "officials", never "report came as officials".
  qs = quotes("The report came as officials warned that the plant was unsafe.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "officials");
  // No quote rather than one with a fragment for its speaker ("A few").
  CHECK(quotes("A few said the vote should wait.").empty());
  // Nouns for people and documents are reported with their determiner; words
  // before the phrase that are not its own are not.
  qs = quotes("A friend said the mayor would resign.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "A friend");
  qs = quotes("The announcer said the match would start late.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "The announcer");
  qs = quotes("Residents said that Charlotte officials would lift the curfew soon.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Residents");
}

TEST_CASE("who was told is not who spoke, and a question ends its sentence, not its attribution",
          "[quotes][attribution]") {
  auto qs = quotes("\u201CThis story is not just about our schools,\u201D Nadia Osei, the executive director "
                   "at the Harbour Literacy Center, told The Daily Ledger.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Nadia Osei");
  qs = quotes("Aides to Tom Berger had harsh words for the moderators, telling Ann Ruiz that \"I will not be "
              "treated unfairly by this network again.\"");
  // The quotation is the whole reported clause: the clause, and the quote
  // with the same span nested in it, both the aides' (the quote by its own
  // cue, "telling Ann Ruiz that").
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].kind == "indirect");
  CHECK(qs[0].nested_in == kNone);
  CHECK(qs[1].kind == "direct");
  CHECK(qs[1].text == qs[0].text);
  CHECK(qs[1].nested_in == 0);
  CHECK(qs[1].sieve == "before-speaker-cue");
  for (const Q& q : qs) CHECK(q.speaker == "Aides");
  qs = quotes("Sen. Lena Vogt and Sen. Karl Brandt questioned the bank.\n\n"
              "\u201CEvery time you say that, you give them ammunition,\u201D Vogt said.\n\n"
              "\u201CWhy is this not proof that the bank is too big to manage?\u201D Brandt demanded.");
  REQUIRE(find(qs, "\u201CWhy"));
  CHECK(find(qs, "\u201CWhy")->speaker == "Karl Brandt");
  // A speech verb's base form after "a NAME" is a noun: the tweet is Berger's, the words Ruiz's.
  qs = quotes("Ann Ruiz is describing as \u201Cunhinged\u201D a Tom Berger tweet attacking the port authority.");
  REQUIRE(find(qs, "\u201Cunhinged"));
  CHECK(find(qs, "\u201Cunhinged")->speaker == "Ann Ruiz");
  // A narrator described through a possessive.
  qs = quotes("\u201CIf he calls that leadership,\u201D the ad\u2019s narrator says, \u201Cwhat does he call "
              "failure?\u201D");
  REQUIRE(find(qs, "\u201CIf"));
  CHECK(find(qs, "\u201CIf")->speaker == "the ad\u2019s narrator");
}

TEST_CASE("what is no speech cue: party adjectives before a form, clauses after a quote, framing verbs after it",
          "[quotes][attribution]") {
  // "Republican claims" is a noun phrase: nobody speaks, and the two words are scare quotes.
  CHECK(quotes("The checker rated 40 percent of Republican claims as \u201Cmisleading\u201D or "
               "\u201Cwrong.\u201D").empty());
  // "when Ruiz blasted him" opens a clause of its own; "blasted" frames only what follows it.
  const auto qs = quotes("The ad ends with footage of Tom Berger saying at the hearing, \u201CThat is good "
                         "business,\u201D when Ann Ruiz blasted him.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Tom Berger");
  // A title word is no middle name: the mayor is Nina Alvarez.
  const auto mayor = quotes("Charlotte Mayor Nina Alvarez said Friday that the footage should be released.");
  REQUIRE(mayor.size() == 1);
  CHECK(mayor[0].speaker == "Nina Alvarez");
}

TEST_CASE("a dateline is no speaker, and an organisation noun names the organisation it belongs to, else itself",
          "[quotes][attribution]") {
  auto qs = quotes("PORT ELLIS \u2014 The harbour authority on Tuesday rejected the latest offer, saying it would "
                   "cost millions the port does not have.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "The harbour authority");
  qs = quotes("The Harbour Workers Union met the Port Ellis Harbour Authority on Monday. The authority said the "
              "offer was too high.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Port Ellis Harbour Authority");
}

TEST_CASE("he and she name the subject of the nearest sentence that names a fitting person", "[quotes][attribution]") {
  auto qs = quotes("Tom Berger attacked Peter Okafor on Monday. \"He is a liar,\" he said.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Tom Berger");
  qs = quotes("Asked about Peter Okafor, Tom Berger said he would win.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Tom Berger");
  // Gender still decides first.
  qs = quotes("Ann Ruiz met Daniel Osei in Ohio. \"We agreed on a lot,\" he said.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Daniel Osei");
}

TEST_CASE("a quotation with an attribution of its own does not continue the previous turn", "[quotes][attribution]") {
  const auto qs = quotes("A reporter for the Harbour Post called it \"a total muddle.\"\n\n"
                         "\"We watched the crates tip and the ropes snap,\" he said.\n\n"
                         "\"One more town we could have kept,\" another supporter wrote online. "
                         "\"It is like watching a soap opera,\" one user wrote.");
  // "he" is no newspaper, and no man is named: "he" stands for the reporter
  // (a role of no gender, pronres17), through the pronoun, not as a
  // continuation of the newspaper's turn.
  REQUIRE(qs.size() == 5);
  REQUIRE(find(qs, "\"a total muddle"));
  CHECK(find(qs, "\"a total muddle")->speaker == "A reporter for the Harbour Post");
  REQUIRE(find(qs, "\"We watched"));
  CHECK(find(qs, "\"We watched")->speaker == "A reporter");
  REQUIRE(find(qs, "\"One more"));
  CHECK(find(qs, "\"One more")->speaker == "another supporter");
  REQUIRE(find(qs, "\"It is"));
  CHECK(find(qs, "\"It is")->speaker == "one user");
}

TEST_CASE("a transcript turn belongs to the person its label names", "[quotes][attribution]") {
  const auto qs = quotes("Lena Vogt interviewed Gov. Karl Brandt on Sunday.\n\n"
                         "VOGT: But, Governor Brandt, let me ask you again. Why not debate?\n\n"
                         "BRANDT: Well, Lena, we will debate. And we will win.\n\n"
                         "NOTE: The interview was edited for length.");
  REQUIRE(find(qs, "But, Governor"));
  CHECK(find(qs, "But, Governor")->speaker == "Lena Vogt");
  CHECK(find(qs, "But, Governor")->text == "But, Governor Brandt, let me ask you again. Why not debate");
  REQUIRE(find(qs, "Well, Lena"));
  CHECK(find(qs, "Well, Lena")->speaker == "Karl Brandt");
  CHECK_FALSE(find(qs, "The interview"));  // a label that names nobody
}

TEST_CASE("a name after a dash signs the quotation before it", "[quotes][attribution]") {
  const auto qs = quotes("Readers wrote in.\n\n"
                         "\u201CThe council must stop closing libraries.\u201D\u2015 Rosa Medina.\n\n"
                         "\u201CNobody asked us.\u201D \u2014 Tom Berger \u201CWe will vote.\u201D \u2014 Ann Ruiz");
  REQUIRE(qs.size() == 3);
  CHECK(qs[0].speaker == "Rosa Medina");
  CHECK(qs[1].speaker == "Tom Berger");
  CHECK(qs[2].speaker == "Ann Ruiz");
  CHECK(qs[2].sieve == "dash-name");
}

TEST_CASE("reported speech: the subjects news writes before 'said'", "[quotes][attribution]") {
  const std::pair<const char*, const char*> cases[] = {
      // someone new in a role, reported as written
      {"A Democratic aide said the figures matched earlier reports.", "A Democratic aide"},
      // a parenthesis between subject and verb
      {"Sen. Lena Vogt (D-Ore.) said the tax plan would reward the wrong people.", "Lena Vogt"},
      // an adverb between subject and verb
      {"Campaign workers here said they have been knocking on doors since March.", "Campaign workers"},
      // a name in apposition
      {"A third, Peter Okafor, said that he was backing the mayor for now.", "Peter Okafor"},
  };
  for (const auto& [text, speaker] : cases) {
    INFO(text);
    const auto qs = quotes(text);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].kind == "indirect");
    CHECK(qs[0].speaker == speaker);
  }
  // A surname the recogniser knows only from the verb after it; a role owned by a name.
  auto one = quotes("Pointing to the records, Okafor told the Ledger that the mayor had approved the project.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].speaker == "Okafor");
  one = quotes("Tom Berger's campaign manager says he is relieved that the inquiry was closed.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].speaker == "Tom Berger's campaign manager");
  // After the clause, with a parenthesis and the listener.
  one = quotes("Port fees do not stir up the same anger as they did in the 1990s, Sen. Lena Vogt (D-Ore.) "
               "told the Ledger.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].speaker == "Lena Vogt");
  // A short phrase after the verb, then the clause.
  one = quotes("Ann Ruiz said in business it takes years to build trust.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].text == "it takes years to build trust");
  // "and support for Ruiz": a noun, not a second verb of the same subject.
  const auto qs = quotes("Union members were angry. They said the vote was rushed, and support for Ruiz would have "
                         "been higher.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "the vote was rushed, and support for Ruiz would have been higher");
}

TEST_CASE("'according to' names any source, not only a speaker", "[quotes][attribution]") {
  auto qs = quotes("About 40 percent of small firms offer paid leave, according to a 2019 Labor Department "
                   "survey.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "a 2019 Labor Department survey");
  qs = quotes("The judge ruled over the objections of the ministry, according to a press release from the "
              "Harbour Workers Union.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Harbour Workers Union");  // a document speaks for its issuer (documents.tsv)
  // A manner, not a source.
  CHECK(quotes("The launch went ahead on Tuesday morning, according to plan.").empty());
}

TEST_CASE("a fragment inside reported speech is the reporter's", "[quotes][attribution]") {
  // "emergency orders": a noun phrase with "of" does not speak.
  auto qs = quotes("Former mayor Tom Berger called the use of emergency orders \"quite reckless.\"");
  REQUIRE(find(qs, "\"quite"));
  CHECK(find(qs, "\"quite")->speaker == "Tom Berger");
  // The clause keeps the closing mark of the fragment it opened.
  qs = quotes("Peter Okafor, who served as a senior adviser in 2016, called the remarks \"petty.\"");
  REQUIRE(find(qs, "\"petty"));
  CHECK(find(qs, "\"petty")->speaker == "Peter Okafor");
  // A place qualified by its state, inside an adjunct, is not the subject.
  qs = quotes("Ann Ruiz, at a forum in Columbus, Ohio, said she was \"going to protect every job "
              "at the port.\"");
  REQUIRE(find(qs, "\"going"));
  CHECK(find(qs, "\"going")->speaker == "Ann Ruiz");
  // An opening adverb does not hide the subject of coordinated verbs.
  qs = quotes("Nora Lindgren has not endorsed anyone. However, Lindgren met with Tom Berger in December and "
              "declared in an interview that she found Berger to be \"very impressive.\"");
  REQUIRE(find(qs, "\"very"));
  CHECK(find(qs, "\"very")->speaker == "Nora Lindgren");
  // A speaker found inside the clause is part of what is reported: the words are the reporter's.
  qs = quotes("Tom Berger, the council's negotiator, spoke on Monday. He told reporters the union had offered "
              "\"a modest and fair compromise\" in the talks.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].kind == "indirect");
  CHECK(qs[1].text == "\"a modest and fair compromise\"");
  CHECK(qs[1].nested_in == 0);
  CHECK(qs[1].sieve == "reported-clause");
  CHECK(qs[1].speaker == "Tom Berger");
  // A name in apposition to a role; later its surname speaks.
  qs = quotes("The party nominee, Bud Lowry, stayed away. Lowry went after the governor on Wednesday, calling "
              "his refusal \u201Cunacceptable.\u201D");
  REQUIRE(find(qs, "\u201Cunacceptable"));
  CHECK(find(qs, "\u201Cunacceptable")->speaker == "Bud Lowry");
}

TEST_CASE("verbs that attribute a quotation without reporting a clause, and described speakers after the quote",
          "[quotes][attribution]") {
  auto qs = quotes("\u201CThe port will always be the port,\u201D an angry Karl Brandt retaliated.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Karl Brandt");
  qs = quotes("\u201CGo back to your seat,\u201D Tom Berger barked at the reporter.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Tom Berger");
  // A participle does not invert: in ", saying Trump's comments are ..." the
  // speaker is the subject of the sentence.
  qs = quotes("The Harbour Workers Union put out a notice late on Wednesday, saying Tom Berger\u2019s "
              "comments are \u201Canother example of his contempt for workers.\u201D");
  REQUIRE(find(qs, "\u201Canother"));
  CHECK(find(qs, "\u201Canother")->speaker == "Harbour Workers Union");
  // ", saying ..." belongs to the subject that opens the sentence, not to the first name in it.
  qs = quotes("The council answered quickly. His chief aide kept up the criticism of Ann Ruiz\u2019s "
              "record, saying she is strong \"in theory\" but weak in practice.");
  REQUIRE(find(qs, "\"in theory"));
  CHECK(find(qs, "\"in theory")->speaker == "His chief aide");
  // An owner is not the speaker: "Ann Ruiz's deputy" is, as written.
  qs = quotes("After the vote, Ann Ruiz\u2019s deputy wrote to volunteers, saying: "
              "\u201CWe have to be ready for a long fight.\u201D");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Ann Ruiz\u2019s deputy");
  // The last speaker noun heads an owned phrase, and an attribution of its
  // own (however long) stops the previous turn.
  qs = quotes("Tom Berger spoke on Monday.\n\n\u201CMy answer is simple,\u201D Berger's former campaign "
              "strategist said in an interview.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Berger's former campaign strategist");
  // A lead-in verb before "to say".
  qs = quotes("Ann Ruiz spoke. She went on to say: \"None of them will stand up for the port.\"");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Ann Ruiz");
  // Verbs of characterising attribute the fragment they frame.
  // (and the object with its complement is reported, the quotation inside it)
  qs = quotes("Tom Berger referred to Ann Ruiz as \u201Ca serious and capable leader\u201D on Tuesday.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].kind == "indirect");
  CHECK(qs[0].speaker == "Tom Berger");
  CHECK(qs[1].kind != "indirect");
  CHECK(qs[1].speaker == "Tom Berger");
  // "laughed" attributes the quotation but reports no clause.
  CHECK(quotes("Ann Ruiz laughed off the question about the budget.").empty());
  qs = quotes("\u201CThe inspectors are worn out,\u201D a port source, who asked not to be named because the "
              "talks are private, told the Ledger.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "a port source");
}

TEST_CASE("scare quotes and titles are nobody's quotes", "[quotes]") {
  CHECK(quotes("The so-called \"reset\" with Moscow failed.").empty());
  // Whatever its spelling, "so-called" is no speech verb and its phrase nobody's quote.
  CHECK(quotes("Investors in Britain and the so- called \u2018special relationship\u2019 with Washington "
               "shaped policy.").empty());
  const auto so_called = quotes("The so called \"reset\" failed, officials said.");
  REQUIRE(so_called.size() == 1);
  CHECK(so_called[0].kind == "indirect");
  CHECK(so_called[0].speaker == "officials");
  CHECK(quotes("She starred in \"The Long Winter Road\" last year.").empty());
  // The object of a preposition is a title even next to a speech verb.
  const auto broadcast =
      quotes("On this week's broadcast of \"Morning Report,\" Gov. Ann Ruiz said the vote would be close.");
  REQUIRE(broadcast.size() == 1);
  CHECK(broadcast[0].text == "the vote would be close");
  CHECK(broadcast[0].speaker == "Ann Ruiz");
  CHECK(quotes("The band played a preview of 'The 411.' Tickets sold out.").empty());
  // Names given to things are nobody's words, even inside reported speech.
  // Only the reported clause is a quote, never the name inside it.
  const auto named = quotes("Ann Ruiz said a news organization called \"The Harbour Post\" had misquoted her.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].kind == "indirect");
  CHECK(named[0].speaker == "Ann Ruiz");
  const auto song = quotes("Ann Ruiz said she sang Tom Berger's \u201CHarbour Lights\u201D at the rally.");
  REQUIRE(song.size() == 1);
  CHECK(song[0].kind == "indirect");
  CHECK(song[0].speaker == "Ann Ruiz");
  // Title Case words inside reported speech are kept as the reporter's: sayso
  // cannot tell a title ("Contract with America") from a slogan.
  const auto slogan = quotes("Tom Berger said the \"Harbour Renewal Plan\" would pass.");
  REQUIRE(slogan.size() == 2);
  CHECK(slogan[1].text == "\"Harbour Renewal Plan\"");
  CHECK(slogan[1].kind == "mixed");
  CHECK(slogan[1].speaker == "Tom Berger");
  CHECK(slogan[1].nested_in == 0);
  // ... but a chant is said.
  const auto chant = quotes("Ann Ruiz was greeted with chants of \"Ruiz!\" at the rally, she said on Friday.");
  CHECK(find(chant, "\"Ruiz!"));
  auto titled = quotes("\"We will win,\" Ann Ruiz said on \"Morning Report.\"");
  REQUIRE(titled.size() == 1);
  CHECK(titled[0].text == "\"We will win,\"");
  // Whole statements with no speaker are kept only on request.
  const std::string lone = "\"Nobody knows what happens next.\"";
  CHECK(quotes(lone).empty());
  const auto kept = quotes(lone, pipeline_keeping_unattributed());
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].speaker.empty());
}

TEST_CASE("nested quotes: the inner speaker is the one the outer speaker cites", "[quotes][attribution]") {
  const std::string text =
      "\"Ana Costa was clear,\" Peter Lund told reporters. \"Her message was, 'We will not sign this deal.'\"";
  const auto qs = quotes(text);
  const Q* inner = find(qs, "'We will not sign");
  REQUIRE(inner);
  CHECK(inner->speaker == "Ana Costa");
}

TEST_CASE("quote finding and attribution cost linear time", "[quotes][performance]") {
#if defined(SAYSO_SANITIZED)
  WARN("skipped under sanitizers (SAYSO_SANITIZE): a timing ratio on documents of 250 KB and 1 MB");
  return;
#endif
  // The same kind of text at two sizes, n and 4n: quotes, an unclosed mark,
  // reported speech, and a run of lone marks (1% of the text). Linear cost
  // gives a ratio near 4; a quadratic step gives 16. Thread CPU time, the
  // best of three runs of each size: a busy machine's other work stays out
  // of the ratio (wall-clock time failed it on a machine running builds).
  const auto text_of_size = [](std::size_t size) {
    std::string text;
    while (text.size() < size) {
      text += "\"We will not stop,\" said Maria Lindqvist. He said \"a test\" and left. \"Unclosed quote goes on. ";
      text += "The minister told reporters that the talks would resume on Friday.\n\n";
    }
    text += std::string(size / 100, '"');
    return text;
  };
  constexpr std::size_t n = 250'000;
  std::size_t small_quotes = 0, large_quotes = 0;
  const double small = best_seconds_to_extract(text_of_size(n), &small_quotes);
  const double large = best_seconds_to_extract(text_of_size(4 * n), &large_quotes);
  INFO("n: " << small << " s, " << small_quotes << " quotes; 4n: " << large << " s, " << large_quotes << " quotes");
  CHECK(small_quotes > 1000);
  CHECK(large_quotes > 4 * small_quotes - 100);
  CHECK(large / small < 6.0);
}

TEST_CASE("a sentence of quotations and nothing else costs linear time", "[quotes][performance]") {
#if defined(SAYSO_SANITIZED)
  WARN("skipped under sanitizers (SAYSO_SANITIZE): a timing ratio on documents of 260 KB and 1 MB");
  return;
#endif
  // Whole statements one after the other with no full stop between them:
  // one sentence whose tokens all open it (quoted words and commas). The
  // dash-name sieve asks of each quotation whether only such tokens come
  // before it in its sentence; read from the sentence's start at every ask,
  // that is quadratic (n quotations: 4n cost 10 to 16 times n's).
  const auto text_of = [](std::size_t quotations) {
    std::string text;
    for (std::size_t i = 0; i < quotations; ++i) text += "\xE2\x80\x9CYes, sir, we will go there now and again,\xE2\x80\x9D ";
    return text;
  };
  constexpr std::size_t n = 6'000;
  const double small = best_seconds_to_extract(text_of(n));
  const double large = best_seconds_to_extract(text_of(4 * n));
  INFO("n: " << small << " s; 4n: " << large << " s");
  CHECK(large / small < 6.0);
}
