// KeyFacts: the quote stage's answers per distinct token key are the rules'
// answers, and only a view of the document's own keys is answered from them.
#include <catch2/catch.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/document_builder.hpp"
#include "core/token_keys.hpp"
#include "lexicon/gazetteers.hpp"
#include "lexicon/cue_phrases.hpp"
#include "lexicon/pronouns.hpp"
#include "lexicon/token_keys.hpp"
#include "quotes/cue_lexicon.hpp"
#include "quotes/key_facts.hpp"
#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "text/tokenizer.hpp"

using namespace sayso;

namespace {

core::TokenKeys keys_of(const std::vector<std::string>& words) {
  core::TokenKeys keys;
  keys.reset(words.size());
  for (const std::string& w : words) keys.push_back(w, lexicon::key_hash(w));
  keys.shrink_to_fit();
  return keys;
}

// The embedded gazetteers, whose trie keys are the vocabulary.
const lexicon::Gazetteers& embedded_gazetteers() {
  static const text::Tokenizer tokenizer(
      std::make_shared<const rules::TextRules>(rules::TextRules::load(rules::RuleSet::embedded(), "en").value()));
  static const lexicon::Gazetteers gazetteers =
      lexicon::Gazetteers::load(rules::RuleSet::embedded(), "en", tokenizer).value();
  return gazetteers;
}

// Keys with their word ids in `vocabulary`, as lexicon::token_keys gives them.
core::TokenKeys keys_with_ids(const std::vector<std::string>& words, const lexicon::PhraseTrieView& vocabulary) {
  core::TokenKeys keys = keys_of(words);
  std::vector<std::uint32_t> ids(keys.distinct_count());
  for (std::size_t k = 0; k < ids.size(); ++k) ids[k] = vocabulary.find_key(keys.distinct_key(k));
  keys.set_word_ids(std::move(ids));
  return keys;
}

}  // namespace

TEST_CASE("cue phrases: roles_of holds every role is() gives a word", "[lexicon][quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::CuePhrases& c = phrases.value();
  const std::vector<std::string> words = {"quietly", "fly", "early", "ally", "hens", "gas", "moored", "need",
                                          "rowing", "glass", "boss", "the", "a", "dubbed", "according", "to",
                                          "otters", "", "x", "walrus", "sailed", "with", "whose"};
  std::size_t roles_seen = 0;
  for (const std::string& w : words) {
    const lexicon::CueRoleMask roles = c.roles_of(w);
    for (std::size_t r = 0; r < lexicon::kCueRoleCount; ++r) {
      const auto role = static_cast<lexicon::CueRole>(r);
      INFO(w << " role " << r);
      CHECK(roles.has(role) == c.is(w, role));
      roles_seen += c.is(w, role);
    }
  }
  CHECK(roles_seen > 10);  // the words above do play roles
  // "according" opens the phrase "according to", a role no single word has.
  CHECK(c.phrase_roles_starting_with("according").has(lexicon::CueRole::according_to));
  CHECK(c.phrase_roles_starting_with("to").none());
}

TEST_CASE("key facts: a record per distinct key, found by token or by the key's own view", "[quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::CuePhrases& c = phrases.value();
  rules::HashedStringMap<quotes::FunctionClass> function_words;
  function_words["beside"] = quotes::FunctionClass::preposition;
  function_words["the"] = quotes::FunctionClass::determiner;
  // Repeats, an ending, a function word, a phrase's first word, a long key
  // over several padded words.
  function_words["zzqx"] = quotes::FunctionClass::preposition;  // a word no gazetteer knows
  const lexicon::PhraseTrieView& vocabulary = embedded_gazetteers().trie();
  REQUIRE(vocabulary.find_key("beside") != lexicon::PhraseTrieView::kNoKey);
  REQUIRE(vocabulary.find_key("zzqx") == lexicon::PhraseTrieView::kNoKey);
  const auto pronouns = lexicon::Pronouns::load(rules::RuleSet::embedded(), "en");
  REQUIRE(pronouns.ok());
  const quotes::WordFacts words(c, function_words, pronouns.value(), vocabulary);
  // ... and pronouns at the end: one of two cases ("her"), one of one ("she").
  const std::vector<std::string> text = {"the",     "otters", "swam", "quietly",         "beside",  "the",
                                         "pier",    ",",      "according", "to",        "an",      "extraordinarily",
                                         "quietly", "otters", "zzqx",      "she",       "her"};
  // With the word ids given (as the pipeline does), or looked up by KeyFacts.
  for (const bool given : {true, false}) {
    INFO("word ids given: " << given);
    const core::TokenKeys keys = given ? keys_with_ids(text, vocabulary) : keys_of(text);
    const quotes::KeyFacts facts(keys, c, words);
    CHECK(facts.of_token(14).function_class == static_cast<std::uint8_t>(quotes::FunctionClass::preposition));
    for (std::size_t t = 0; t < keys.size(); ++t) {
      INFO("token " << t << " " << keys[t]);
      const quotes::KeyFacts::Facts* by_view = facts.of_view(keys[t]);
      REQUIRE(by_view != nullptr);
      CHECK(by_view == &facts.of_token(t));
      CHECK(by_view->size == keys[t].size());
      CHECK(by_view->roles == c.roles_of(keys[t]));
      CHECK(facts.phrase_starts(*by_view) == c.phrase_roles_starting_with(keys[t]));
      const auto it = function_words.find(keys[t]);
      CHECK(by_view->function_class ==
            (it == function_words.end() ? quotes::KeyFacts::Facts::kNoClass : static_cast<std::uint8_t>(it->second)));
      // The pronoun forms are Pronouns::forms' own, or none.
      const std::vector<lexicon::PronounForm>& forms = pronouns.value().forms(keys[t]);
      if (forms.empty()) {
        CHECK(facts.pronoun_forms(*by_view) == nullptr);
      } else {
        REQUIRE(facts.pronoun_forms(*by_view) != nullptr);
        REQUIRE(facts.pronoun_forms(*by_view)->size() == forms.size());
        for (std::size_t f = 0; f < forms.size(); ++f) {
          CHECK((*facts.pronoun_forms(*by_view))[f].grammatical_case == forms[f].grammatical_case);
          CHECK((*facts.pronoun_forms(*by_view))[f].person == forms[f].person);
          CHECK((*facts.pronoun_forms(*by_view))[f].gender == forms[f].gender);
        }
      }
    }
    // What the quote view reads from a key's record before it asks the
    // phrases (QuoteView::DocumentPhrases): a key that opens (ends) no
    // phrase of several words of a role is a phrase of that role alone or
    // none, as CuePhrases::starting_at (ending_before) says, for every role.
    CHECK(facts.phrase_ends(facts.of_token(9)).has(lexicon::CueRole::according_to));     // "to" of "according to"
    CHECK(!facts.phrase_ends(facts.of_token(8)).has(lexicon::CueRole::according_to));    // "according" ends none
    for (std::size_t t = 0; t < keys.size(); ++t) {
      INFO("token " << t << " " << keys[t]);
      const quotes::KeyFacts::Facts& f = facts.of_token(t);
      for (std::size_t r = 0; r < lexicon::kCueRoleCount; ++r) {
        const auto role = static_cast<lexicon::CueRole>(r);
        const std::size_t alone = f.roles.has(role) ? 1 : 0;
        if (!facts.phrase_starts(f).has(role)) CHECK(c.starting_at(keys, t, keys.size(), role) == alone);
        if (!facts.phrase_ends(f).has(role)) CHECK(c.ending_before(keys, t + 1, role) == alone);
      }
    }
    // The scans' byte per key (KeyFacts::scan) says what the key's record says.
    for (std::size_t t = 0; t < keys.size(); ++t) {
      INFO("token " << t << " " << keys[t]);
      const quotes::KeyFacts::Facts& f = facts.of_token(t);
      const std::uint8_t scan = facts.scan(keys.key_index(t));
      CHECK(((scan & quotes::KeyFacts::kScanVerbStart) != 0) == (facts.verb_start(keys.key_index(t)).node != 0));
      CHECK(((scan & quotes::KeyFacts::kScanComplementizer) != 0) == f.roles.has(lexicon::CueRole::complementizer));
      CHECK(((scan & quotes::KeyFacts::kScanAccordingTo) != 0) ==
            (f.roles | facts.phrase_starts(f)).has(lexicon::CueRole::according_to));
    }
    CHECK((facts.scan(keys.key_index(8)) & quotes::KeyFacts::kScanAccordingTo) != 0);  // "according"
    CHECK(facts.scan(keys.key_index(2)) == 0);                                           // "swam"
    CHECK(facts.pronoun_forms(facts.of_token(15)) != nullptr);   // "she"
    CHECK(facts.pronoun_forms(facts.of_token(16))->size() == 2);  // "her": object and possessive
    CHECK(facts.pronoun_forms(facts.of_token(1)) == nullptr);     // "otters"
    CHECK(facts.of_token(4).function_class == static_cast<std::uint8_t>(quotes::FunctionClass::preposition));
    CHECK(facts.of_token(3).has_role(lexicon::CueRole::adverb_or_auxiliary));  // "-ly"
    CHECK(&facts.of_token(1) == &facts.of_token(13));                          // "otters" twice: one record
    // Any other string is no key of the document: a copy, a part, a prefix.
    const std::string copy(keys[1]);
    CHECK(facts.of_view(copy) == nullptr);
    CHECK(facts.of_view(keys[11].substr(0, 5)) == nullptr);   // same first byte, other size
    CHECK(facts.of_view(keys[11].substr(8)) == nullptr);      // inside a key, at a padded word
    CHECK(facts.of_view(std::string_view()) == nullptr);
    CHECK(facts.of_view("quietly") == nullptr);
  }
}

TEST_CASE("key facts: a document without keys answers nothing by view", "[quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  rules::HashedStringMap<quotes::FunctionClass> function_words;
  const core::TokenKeys keys = keys_of({});
  const lexicon::Pronouns no_pronouns;
  const quotes::WordFacts words(phrases.value(), function_words, no_pronouns, embedded_gazetteers().trie());
  const quotes::KeyFacts facts(keys, phrases.value(), words);
  CHECK(facts.of_view("the") == nullptr);
}

TEST_CASE("token keys with a vocabulary: each distinct key's word id, given once and shared", "[lexicon][token_keys]") {
  // "Kettle, KETTLE and zzqxv kettle": a key met in two cases, a word of the
  // vocabulary (a common word), punctuation and a word no gazetteer knows.
  const std::string text = "Kettle, KETTLE and zzqxv kettle";
  DocumentBuilder builder("", text, false);
  builder.tokens().push_back({{0, 6}, TokenKind::word, TokenShape::capitalized, true, false});
  builder.tokens().push_back({{6, 7}, TokenKind::punctuation, TokenShape::none, false, false});
  builder.tokens().push_back({{8, 14}, TokenKind::word, TokenShape::all_caps, true, false});
  builder.tokens().push_back({{15, 18}, TokenKind::word, TokenShape::lower, true, false});
  builder.tokens().push_back({{19, 24}, TokenKind::word, TokenShape::lower, true, false});
  builder.tokens().push_back({{25, 31}, TokenKind::word, TokenShape::lower, true, false});
  const lexicon::PhraseTrieView& vocabulary = embedded_gazetteers().trie();
  // Filled without ids first (as a stage that needs none may), then given them.
  const core::TokenKeys& plain = lexicon::token_keys(builder);
  CHECK_FALSE(plain.has_word_ids());
  const core::TokenKeys& keys = lexicon::token_keys(builder, vocabulary);
  CHECK(&keys == &plain);
  REQUIRE(keys.has_word_ids());
  for (std::size_t t = 0; t < keys.size(); ++t) {
    INFO("token " << t << " " << keys[t]);
    CHECK(keys.word_id(t) == vocabulary.find_key(keys[t]));
    CHECK(keys.word_id(t) == keys.distinct_word_id(keys.key_index(t)));
  }
  CHECK(keys.word_id(0) != lexicon::PhraseTrieView::kNoKey);  // "and", "kettle": words the gazetteers know
  CHECK(keys.word_id(3) != lexicon::PhraseTrieView::kNoKey);
  CHECK(keys.word_id(4) == lexicon::PhraseTrieView::kNoKey);
  CHECK(keys.word_id(0) == keys.word_id(2));
  CHECK(keys.word_id(0) == keys.word_id(5));
  // Every key view lies in the store, at its key's offset.
  for (std::size_t k = 0; k < keys.distinct_count(); ++k) {
    CHECK(keys.distinct_key(k).data() == keys.store_data() + keys.store_offset(k));
    CHECK(keys.store_offset(k) + keys.distinct_key(k).size() <= keys.store_size());
  }
  // The ids must be one per distinct key.
  core::TokenKeys other;
  other.reset(2);
  other.push_back("kettle", lexicon::key_hash("kettle"));
  CHECK_THROWS_AS(other.set_word_ids({1, 2}), std::invalid_argument);
  CHECK_FALSE(other.has_word_ids());
}

TEST_CASE("word facts: a rule word is found by its id or, outside the vocabulary, by its text", "[quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::PhraseTrieView& vocabulary = embedded_gazetteers().trie();
  rules::HashedStringMap<quotes::FunctionClass> function_words;
  function_words["beneath"] = quotes::FunctionClass::preposition;
  function_words["qqzzv"] = quotes::FunctionClass::determiner;
  REQUIRE(vocabulary.find_key("beneath") != lexicon::PhraseTrieView::kNoKey);
  REQUIRE(vocabulary.find_key("qqzzv") == lexicon::PhraseTrieView::kNoKey);
  const lexicon::Pronouns no_pronouns;
  const quotes::WordFacts words(phrases.value(), function_words, no_pronouns, vocabulary);
  const auto record = [&](const std::string& w) -> const quotes::WordFacts::Record& {
    return words.of(w, lexicon::key_hash(w), vocabulary.find_key(w));
  };
  CHECK(record("beneath").head.function_class == static_cast<std::uint8_t>(quotes::FunctionClass::preposition));
  CHECK(record("qqzzv").head.function_class == static_cast<std::uint8_t>(quotes::FunctionClass::determiner));
  CHECK(record("kettle").head.function_class == quotes::WordFacts::Record::kNoClass);
  // Records by id are found by a bit per id and a count per 64 ids: ids
  // past the last one filed have none; the ids around a filed one have none.
  const std::uint32_t beneath = vocabulary.find_key("beneath");
  CHECK(&words.of("", 0, 0xFFFFFFF0u) == &words.of("", 0, lexicon::PhraseTrieView::kNoKey));
  CHECK(words.of("", 0, beneath + 1).head.function_class == quotes::WordFacts::Record::kNoClass);
  if (beneath > 0) CHECK(words.of("", 0, beneath - 1).head.function_class == quotes::WordFacts::Record::kNoClass);
  // One-word roles without the endings ("quietly" is an adverb by "-ly" only).
  CHECK(record("the").head.roles == phrases.value().roles_of("the"));
  CHECK(record("quietly").head.roles.none());
  CHECK(record("according").phrase_starts == phrases.value().phrase_roles_starting_with("according"));
  CHECK(record("according").phrase_starts.any());
  CHECK(record("according").phrase_ends.none());
  CHECK(record("to").phrase_ends.has(lexicon::CueRole::according_to));  // "according to" ends with it
}

TEST_CASE("key facts: a key's first step in the speech verb trie is the trie's own", "[quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::PhraseTrieView& vocabulary = embedded_gazetteers().trie();
  // Invented forms: one word, one word that also starts longer forms, a
  // form of three words, and a first key the vocabulary lacks.
  lexicon::PhraseTrie verbs;
  verbs.insert({"grumbled"}, 0);
  verbs.insert({"piped"}, 1);
  verbs.insert({"piped", "up"}, 1);
  verbs.insert({"let", "slip", "that"}, 2);
  verbs.insert({"qqzzvorked"}, 3);
  REQUIRE(vocabulary.find_key("qqzzvorked") == lexicon::PhraseTrieView::kNoKey);
  rules::HashedStringMap<quotes::FunctionClass> function_words;
  const lexicon::Pronouns no_pronouns;
  const quotes::WordFacts words(phrases.value(), function_words, no_pronouns, vocabulary, &verbs);
  const core::TokenKeys keys = keys_with_ids(
      {"the", "ferryman", "grumbled", "and", "piped", "up", "then", "let", "slip", "that", "he", "qqzzvorked", "up"},
      vocabulary);
  const quotes::KeyFacts facts(keys, phrases.value(), words);
  for (std::size_t k = 0; k < keys.distinct_count(); ++k) {
    const std::string_view key = keys.distinct_key(k);
    INFO(key);
    const std::uint32_t node = verbs.child(0, verbs.find_key(key, keys.distinct_hash(k)));
    const quotes::VerbStart& start = facts.verb_start(static_cast<std::uint32_t>(k));
    CHECK(start.key == verbs.find_key(key, keys.distinct_hash(k)));
    CHECK(start.node == node);
    const lexicon::PhraseValues values = verbs.node_values(node);
    CHECK(start.one_word == (node == 0 || values.size() == 0 ? 0 : values.front() + 1));
    CHECK(start.longer == (node != 0 && verbs.has_children(node)));
  }
  const auto start_of = [&](std::size_t t) { return facts.verb_start(keys.key_index(t)); };
  CHECK(start_of(2).one_word == 1);  // "grumbled"
  CHECK_FALSE(start_of(2).longer);
  CHECK(start_of(4).one_word == 2);  // "piped", and "piped up"
  CHECK(start_of(4).longer);
  CHECK(start_of(7).node != 0);      // "let" starts "let slip that" only
  CHECK(start_of(7).one_word == 0);
  CHECK(start_of(11).one_word == 4);  // filed by its text
  // Words that only go on a form start none.
  CHECK(start_of(5).node == 0);  // "up"
  CHECK(start_of(8).node == 0);  // "slip"
  CHECK(start_of(8).key != lexicon::PhraseTrie::kNoKey);
  CHECK(start_of(0).node == 0);  // "the"
  CHECK(start_of(0).key == lexicon::PhraseTrie::kNoKey);
  // Without a verb trie no key starts a form.
  const quotes::WordFacts no_verbs(phrases.value(), function_words, no_pronouns, vocabulary);
  const quotes::KeyFacts plain(keys, phrases.value(), no_verbs);
  for (std::size_t k = 0; k < keys.distinct_count(); ++k) {
    CHECK(plain.verb_start(static_cast<std::uint32_t>(k)).node == 0);
    CHECK(plain.verb_start(static_cast<std::uint32_t>(k)).key == lexicon::PhraseTrie::kNoKey);
  }
}

TEST_CASE("word facts: a role word is a gazetteer title alone that is no honorific, filed by id", "[quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::Gazetteers& gazetteers = embedded_gazetteers();
  const lexicon::PhraseTrieView& vocabulary = gazetteers.trie();
  rules::HashedStringMap<quotes::FunctionClass> function_words;
  const lexicon::Pronouns no_pronouns;
  const quotes::WordFacts words(phrases.value(), function_words, no_pronouns, vocabulary, nullptr, &gazetteers);
  // What the quote view walked the trie for at each key before: the
  // entries that are the word alone.
  const auto walked = [&](std::uint32_t id) {
    for (const lexicon::PhraseValue v : vocabulary.one_key_values(id)) {
      if (lexicon::kind_of(v) == lexicon::GazetteerKind::title && !gazetteers.title(lexicon::index_of(v)).honorific) {
        return true;
      }
    }
    return false;
  };
  std::size_t role_words = 0;
  for (std::uint32_t id = 0; id < vocabulary.key_count(); ++id) {
    const bool filed = words.of("", 0, id).head.role_word;
    if (filed != walked(id)) FAIL_CHECK("word id " << id);
    role_words += filed ? 1 : 0;
  }
  CHECK(role_words > 100);
  // Through the keys of a document: roles, an honorific, plain words and
  // one the vocabulary lacks.
  const core::TokenKeys keys =
      keys_with_ids({"the", "senator", "and", "minister", "met", "mr", "in", "qqzzvoor", "spokesman"}, vocabulary);
  const quotes::KeyFacts facts(keys, phrases.value(), words);
  const auto role = [&](std::size_t t) { return facts.of_token(t).role_word; };
  CHECK(role(1));
  CHECK(role(3));
  CHECK(role(8));
  CHECK_FALSE(role(5));  // "Mr": an honorific
  CHECK_FALSE(role(0));
  CHECK_FALSE(role(4));
  CHECK_FALSE(role(7));
  // Without the gazetteers no word is one.
  const quotes::WordFacts plain_words(phrases.value(), function_words, no_pronouns, vocabulary);
  const quotes::KeyFacts plain(keys, phrases.value(), plain_words);
  for (std::size_t t = 0; t < keys.size(); ++t) CHECK_FALSE(plain.of_token(t).role_word);
}

TEST_CASE("word facts: speaker and described nouns are filed by id or text, for is_described_head", "[quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::PhraseTrieView& vocabulary = embedded_gazetteers().trie();
  quotes::SpeakerLexicon speakers;
  speakers.nouns["ferrymen"] = quotes::SpeakerNoun::group;
  speakers.described.insert("lamplighter");
  speakers.described.insert("qqzzvmonger");  // a word the vocabulary lacks: filed by its text
  speakers.described_endings.push_back("ist");
  speakers.function_words["beneath"] = quotes::FunctionClass::preposition;
  REQUIRE(vocabulary.find_key("qqzzvmonger") == lexicon::PhraseTrieView::kNoKey);
  const lexicon::Pronouns no_pronouns;
  const quotes::WordFacts words(phrases.value(), speakers.function_words, no_pronouns, vocabulary, nullptr, nullptr,
                                &speakers);
  const core::TokenKeys keys =
      keys_with_ids({"the", "ferrymen", "and", "lamplighter", "qqzzvmonger", "harpist", "beneath", "kettle"}, vocabulary);
  const quotes::KeyFacts facts(keys, phrases.value(), words);
  const auto described = [&](std::size_t t) { return facts.of_token(t).described; };
  CHECK(described(1));
  CHECK(described(3));
  CHECK(described(4));
  CHECK_FALSE(described(0));
  CHECK_FALSE(described(5));  // by its ending only: asked of the text, not filed
  CHECK_FALSE(described(7));
  // What the view answers from the record is what the lexicon answers.
  for (std::size_t t = 0; t < keys.size(); ++t) {
    const quotes::KeyFacts::Facts& f = facts.of_token(t);
    const bool from_record = f.function_class == quotes::KeyFacts::Facts::kNoClass &&
                             (f.described || speakers.has_described_ending(keys[t]));
    CHECK(from_record == speakers.is_described_head(keys[t]));
  }
  CHECK(speakers.has_described_ending("harpist"));
  CHECK_FALSE(speakers.has_described_ending("ist"));  // three bytes before the ending at least
}

TEST_CASE("key facts: the first-step filter lets every edge of the speech verb trie through", "[quotes]") {
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::PhraseTrieView& vocabulary = embedded_gazetteers().trie();
  rules::HashedStringMap<quotes::FunctionClass> function_words;
  const lexicon::Pronouns no_pronouns;
  // Invented forms: "piped" goes on with "up" only, "let" with "slip" only.
  lexicon::PhraseTrie verbs;
  verbs.insert({"piped"}, 0);
  verbs.insert({"piped", "up"}, 0);
  verbs.insert({"let", "slip", "that"}, 1);
  const std::vector<std::uint32_t> later = {verbs.find_key(std::string("up")), verbs.find_key(std::string("slip")),
                                            verbs.find_key(std::string("that"))};
  const quotes::WordFacts words(phrases.value(), function_words, no_pronouns, vocabulary, &verbs, nullptr, nullptr,
                                &later);
  const core::TokenKeys keys =
      keys_with_ids({"piped", "up", "let", "slip", "that", "piped", "slip", "let", "up", "the"}, vocabulary);
  const quotes::KeyFacts facts(keys, phrases.value(), words);
  const auto passes = [&](std::size_t t) {  // the filter on the edge from token t's node to token t + 1
    const quotes::VerbStart& next = facts.verb_start(keys.key_index(t + 1));
    return next.later_bit != 0 &&
           (facts.later_edges(facts.verb_start(keys.key_index(t)).node) >> (next.later_bit - 1) & 1) != 0;
  };
  CHECK(passes(0));        // "piped up"
  CHECK(passes(2));        // "let slip"
  CHECK_FALSE(passes(5));  // "piped slip"
  CHECK_FALSE(passes(7));  // "let up"
  CHECK(facts.verb_start(keys.key_index(9)).later_bit == 0);  // "the": in no form
  CHECK(facts.verb_start(keys.key_index(0)).later_bit == 0);  // "piped": a first word only
  // Without the list of later words, every edge passes.
  const quotes::WordFacts open(phrases.value(), function_words, no_pronouns, vocabulary, &verbs);
  const quotes::KeyFacts unfiltered(keys, phrases.value(), open);
  for (std::size_t t = 0; t + 1 < keys.size(); ++t) {
    const quotes::VerbStart& next = unfiltered.verb_start(keys.key_index(t + 1));
    if (next.key == lexicon::PhraseTrie::kNoKey) continue;
    CHECK((unfiltered.later_edges(unfiltered.verb_start(keys.key_index(t)).node) >> (next.later_bit - 1) & 1) != 0);
  }

  // The stage's own forms: every edge from a first key's node to a key of
  // the trie passes the filter the stage's table makes.
  const rules::RuleSet& rule_set = rules::RuleSet::embedded();
  const text::Tokenizer tokenizer{
      std::make_shared<const rules::TextRules>(rules::TextRules::load(rule_set, "en").value())};
  const auto cues = quotes::CueLexicon::load(rule_set, "en", tokenizer);
  REQUIRE(cues.ok());
  const quotes::WordFacts stage(cues.value().phrases, function_words, no_pronouns, vocabulary, &cues.value().verbs,
                                nullptr, nullptr, &cues.value().verb_later_keys);
  REQUIRE(!cues.value().verb_later_keys.empty());
  std::size_t edges = 0;
  for (const auto& [first, first_id] : cues.value().verbs.keys()) {
    const quotes::VerbStart& start = stage.of(first, lexicon::key_hash(first), vocabulary.find_key(first)).verb;
    if (!start.longer) continue;
    for (const auto& [word, id] : cues.value().verbs.keys()) {
      if (cues.value().verbs.child(start.node, id) == 0) continue;
      ++edges;
      const quotes::VerbStart& next = stage.of(word, lexicon::key_hash(word), vocabulary.find_key(word)).verb;
      INFO(first << " " << word);
      REQUIRE(next.later_bit != 0);
      CHECK((stage.later_edges(start.node) >> (next.later_bit - 1) & 1) != 0);
    }
  }
  CHECK(edges > 50);
}

TEST_CASE("word facts: the stage's table, every filed word's record holds its own facts", "[quotes]") {
  // The records are made in the order the rules come, then moved into id
  // order (the words the vocabulary lacks after them) in the same array:
  // each word found by id or text must read back what its rules say, and
  // the records of two words never mix.
  const rules::RuleSet& rule_set = rules::RuleSet::embedded();
  const text::Tokenizer tokenizer{
      std::make_shared<const rules::TextRules>(rules::TextRules::load(rule_set, "en").value())};
  const auto loaded = quotes::CueLexicon::load(rule_set, "en", tokenizer);
  REQUIRE(loaded.ok());
  const quotes::CueLexicon& cues = loaded.value();
  const lexicon::Gazetteers& gazetteers = embedded_gazetteers();
  const lexicon::PhraseTrieView& vocabulary = gazetteers.trie();
  const quotes::WordFacts words(cues.phrases, cues.speakers.function_words, cues.pronouns, vocabulary, &cues.verbs,
                                &gazetteers, &cues.speakers, &cues.verb_later_keys);
  const auto record = [&](const std::string& w) -> const quotes::WordFacts::Record& {
    return words.of(w, lexicon::key_hash(w), vocabulary.find_key(w));
  };
  std::size_t outside = 0;
  std::size_t checked = 0;
  for (const auto& [word, roles] : cues.phrases.one_word_roles()) {
    INFO(word);
    CHECK(record(word).head.roles == roles);
    outside += vocabulary.find_key(word) == lexicon::PhraseTrieView::kNoKey ? 1 : 0;
    ++checked;
  }
  for (const auto& [word, roles] : cues.phrases.phrase_start_roles()) {
    INFO(word);
    CHECK(record(word).phrase_starts == roles);
    ++checked;
  }
  // Each head names its own record and says what the rest of it holds.
  for (const auto& [word, id] : cues.verbs.keys()) {
    INFO(word);
    const quotes::WordFacts::Record& r = record(word);
    CHECK(&words.record(r.head.record) == &r);
    CHECK(r.head.size == 0);
    CHECK(r.head.opens_phrases == r.phrase_starts.any());
    CHECK(r.head.ends_phrases == r.phrase_ends.any());
    CHECK(r.head.pronoun == (r.pronoun != 0));
    CHECK(((r.head.scan & quotes::KeyRecord::kScanVerbStart) != 0) == (r.verb.node != 0));
  }
  CHECK(record("according").head.opens_phrases);
  CHECK((record("according").head.scan & quotes::KeyRecord::kScanAccordingTo) != 0);
  CHECK(record("kettle").head.record == 0);
  for (const auto& [word, roles] : cues.phrases.phrase_end_roles()) {
    INFO(word);
    CHECK(record(word).phrase_ends == roles);
    ++checked;
  }
  for (const auto& [word, c] : cues.speakers.function_words) {
    INFO(word);
    CHECK(record(word).head.function_class == static_cast<std::uint8_t>(c));
    ++checked;
  }
  for (const auto& [word, forms] : cues.pronouns.all_forms()) {
    if (forms.empty()) continue;
    INFO(word);
    const std::vector<lexicon::PronounForm>* filed = words.pronoun_forms(record(word).pronoun);
    REQUIRE(filed != nullptr);
    CHECK(filed->size() == forms.size());
    ++checked;
  }
  for (const auto& [word, id] : cues.verbs.keys()) {
    INFO(word);
    CHECK(record(word).verb.key == id);
    ++checked;
  }
  for (const auto& [word, noun] : cues.speakers.nouns) {
    INFO(word);
    CHECK(record(word).head.described);
    ++checked;
  }
  for (const std::uint32_t id : gazetteers.role_word_ids()) CHECK(words.of("", 0, id).head.role_word);
  CHECK(checked > 2000);
  INFO(outside << " one-word phrases outside the vocabulary");
  CHECK(outside > 0);  // some records are found by text, placed after those by id
  // A word no rule names reads the empty record.
  CHECK(&record("kettle") == &words.of("", 0, lexicon::PhraseTrieView::kNoKey));
}

TEST_CASE("key facts: past 64 later words the first-step filter shares bits and still lets every edge through",
          "[quotes]") {
  // Seventy invented two-word forms, each first word with a later word of
  // its own: later_bit wraps past 64 (several words to a bit), so the filter
  // may let an edge the trie lacks through, never stop one it has.
  const auto phrases = lexicon::CuePhrases::load(rules::RuleSet::embedded(), "en");
  REQUIRE(phrases.ok());
  const lexicon::PhraseTrieView& vocabulary = embedded_gazetteers().trie();
  rules::HashedStringMap<quotes::FunctionClass> function_words;
  const lexicon::Pronouns no_pronouns;
  lexicon::PhraseTrie verbs;
  std::vector<std::string> firsts, laters;
  for (int k = 0; k < 70; ++k) {
    const std::string tag = std::string(1, static_cast<char>('a' + k / 26)) + static_cast<char>('a' + k % 26);
    firsts.push_back("vospa" + tag);
    laters.push_back("quelm" + tag);
    verbs.insert({firsts.back(), laters.back()}, static_cast<lexicon::PhraseTrie::Value>(k));
  }
  std::vector<std::uint32_t> later;
  for (const std::string& word : laters) later.push_back(verbs.find_key(word));
  const quotes::WordFacts words(phrases.value(), function_words, no_pronouns, vocabulary, &verbs, nullptr, nullptr,
                                &later);
  std::vector<std::string> text;
  for (int k = 0; k < 70; ++k) {
    text.push_back(firsts[k]);
    text.push_back(laters[k]);
  }
  text.push_back(firsts[0]);
  text.push_back(laters[69]);  // no such form
  const core::TokenKeys keys = keys_with_ids(text, vocabulary);
  const quotes::KeyFacts facts(keys, phrases.value(), words);
  for (std::size_t t = 0; t + 1 < 140; t += 2) {
    const quotes::VerbStart& first = facts.verb_start(keys.key_index(t));
    const quotes::VerbStart& next = facts.verb_start(keys.key_index(t + 1));
    INFO(text[t] << " " << text[t + 1]);
    REQUIRE(first.longer);
    REQUIRE(next.later_bit >= 1);
    CHECK(next.later_bit <= 64);
    CHECK((facts.later_edges(first.node) >> (next.later_bit - 1) & 1) != 0);
  }
  // Words 0 and 64 share a bit: the first form's node lets "quelmcr"
  // (later word 69, bit 6) through only if some word of bit 6 has an edge
  // from it, which none has.
  CHECK(facts.verb_start(keys.key_index(1)).later_bit == facts.verb_start(keys.key_index(129)).later_bit);
  CHECK((facts.later_edges(facts.verb_start(keys.key_index(140)).node) >>
             (facts.verb_start(keys.key_index(141)).later_bit - 1) &
         1) == 0);
}
