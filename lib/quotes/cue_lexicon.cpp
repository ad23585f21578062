#include "quotes/cue_lexicon.hpp"

#include <algorithm>

#include "core/ends_with.hpp"
#include "rules/binary_image.hpp"
#include "rules/cue_nouns.hpp"
#include "rules/rule_table.hpp"

namespace sayso::quotes {

using lexicon::normalize_token;

Result<CueLexicon> CueLexicon::load(const rules::RuleSet& rules, const std::string& language,
                                    const text::Tokenizer& tokenizer) {
  CueLexicon lexicon;
  auto keys_of = [&](const std::string& phrase) {
    std::vector<Token> tokens;
    tokenizer.tokenize(phrase, {0, phrase.size()}, tokens);
    std::vector<std::string> keys;
    for (const Token& t : tokens) keys.push_back(normalize_token(std::string_view(phrase).substr(t.span.begin, t.span.size())));
    return keys;
  };
  auto verbs = rules::read_speech_verbs(rules, language);
  if (!verbs) return verbs.error();
  for (const rules::SpeechVerbEntry& verb : verbs.value()) {
    const auto index = static_cast<lexicon::PhraseTrie::Value>(lexicon.verb_list.size());
    lexicon.verb_list.push_back({verb.lemma, verb.verb_class, verb.clause == "that" || verb.clause == "as",
                                 verb.clause == "to", verb.object_is_listener, verb.object_is_stance,
                                 verb.clause == "quote", verb.clause == "finite", verb.clause == "as", verb.kind, {}});
    for (const std::string& word : verb.reason_words) lexicon.verb_list.back().reason_words.push_back(normalize_token(word));
    auto add_form = [&](const std::string& form) {
      const std::vector<std::string> keys = keys_of(form);
      if (keys.empty()) return;
      lexicon.verbs.insert(keys, index);
      lexicon.verb_max_words = std::max(lexicon.verb_max_words, keys.size());
      for (std::size_t k = 1; k < keys.size(); ++k) {
        const std::uint32_t id = lexicon.verbs.find_key(keys[k]);
        if (std::find(lexicon.verb_later_keys.begin(), lexicon.verb_later_keys.end(), id) ==
            lexicon.verb_later_keys.end()) {
          lexicon.verb_later_keys.push_back(id);
        }
      }
    };
    add_form(verb.lemma);
    for (const std::string& form : verb.forms) add_form(form);
  }
  auto cue_nouns = rules::read_cue_nouns(rules, language);
  if (!cue_nouns) return cue_nouns.error();
  for (const rules::CueNounEntry& noun : cue_nouns.value()) {
    lexicon.cue_nouns[normalize_token(noun.noun)] = noun.kind;
    for (const std::string& form : noun.forms) lexicon.cue_nouns[normalize_token(form)] = noun.kind;
  }
  for (const rules::RuleFile* file : rules.files_for(language + "/speaker_nouns.tsv")) {
    auto table = rules::RuleTable::parse(file->content, file->display_name, {"word", "refers"});
    if (!table) return table.error();
    const auto& t = table.value();
    for (const auto& row : t.rows()) {
      const std::string& refers = rules::RuleTable::cell(row, t.column_index("refers"));
      const std::string word = normalize_token(rules::RuleTable::cell(row, t.column_index("word")));
      if (refers == "described") {
        if (word.size() > 1 && word.front() == '-') lexicon.speakers.described_endings.push_back(word.substr(1));
        else lexicon.speakers.described.insert(word);
        continue;
      }
      if (refers == "evidence") {
        lexicon.speakers.evidence_nouns.insert(word);
        continue;
      }
      SpeakerNoun kind;
      if (refers == "group") kind = SpeakerNoun::group;
      else if (refers == "org") kind = SpeakerNoun::org;
      else if (refers == "source") kind = SpeakerNoun::source;
      else {
        return t.error_at(row, t.column_index("refers"),
                          "refers must be group, org, source, evidence or described, not '" + refers + "'");
      }
      lexicon.speakers.nouns[word] = kind;
    }
  }
  for (const rules::RuleFile* file : rules.files_for(language + "/function_words.tsv")) {
    auto table = rules::RuleTable::parse(file->content, file->display_name, {"word", "class"});
    if (!table) return table.error();
    const auto& t = table.value();
    static const std::pair<const char*, FunctionClass> kClasses[] = {
        {"determiner", FunctionClass::determiner},     {"quantifier", FunctionClass::quantifier},
        {"pronoun", FunctionClass::pronoun},           {"preposition", FunctionClass::preposition},
        {"conjunction", FunctionClass::conjunction},   {"subordinator", FunctionClass::subordinator},
        {"auxiliary", FunctionClass::auxiliary},       {"adverb", FunctionClass::adverb}};
    for (const auto& row : t.rows()) {
      const std::string& cls = rules::RuleTable::cell(row, t.column_index("class"));
      const auto it = std::find_if(std::begin(kClasses), std::end(kClasses),
                                   [&](const auto& c) { return cls == c.first; });
      if (it == std::end(kClasses)) {
        return t.error_at(row, t.column_index("class"),
                          "class must be determiner, quantifier, pronoun, preposition, conjunction, "
                          "subordinator, auxiliary or adverb, not '" + cls + "'");
      }
      lexicon.speakers.function_words[normalize_token(rules::RuleTable::cell(row, t.column_index("word")))] = it->second;
    }
  }
  for (const rules::RuleFile* file : rules.files_for(language + "/documents.tsv")) {
    auto table = rules::RuleTable::parse(file->content, file->display_name, {"word", "class"});
    if (!table) return table.error();
    const auto& t = table.value();
    for (const auto& row : t.rows()) {
      const std::string& cls = rules::RuleTable::cell(row, t.column_index("class"));
      const std::string word = normalize_token(rules::RuleTable::cell(row, t.column_index("word")));
      if (cls == "noun") lexicon.speakers.document_nouns.insert(word);
      else if (cls == "verb") lexicon.speakers.document_verbs.insert(word);
      else return t.error_at(row, t.column_index("class"), "class must be noun or verb, not '" + cls + "'");
    }
  }
  auto pronouns = lexicon::Pronouns::load(rules, language);
  if (!pronouns) return pronouns.error();
  lexicon.pronouns = std::move(pronouns).value();
  auto person_nouns = lexicon::PersonNouns::load(rules, language);
  if (!person_nouns) return person_nouns.error();
  lexicon.person_nouns = std::move(person_nouns).value();
  auto phrases = lexicon::CuePhrases::load(rules, language);
  if (!phrases) return phrases.error();
  lexicon.phrases = std::move(phrases).value();
  auto title_case = lexicon::TitleCase::load(rules, language);
  if (!title_case) return title_case.error();
  lexicon.title_case = std::move(title_case).value();
  return lexicon;
}

bool SpeakerLexicon::is_described_head(std::string_view word) const {
  const std::uint64_t hash = rules::image_hash(word);  // once for the three sets
  if (function_words.count(word, hash) != 0) return false;
  return nouns.count(word, hash) != 0 || described.count(word, hash) != 0 || has_described_ending(word);
}

bool SpeakerLexicon::has_described_ending(std::string_view word) const {
  for (const std::string& ending : described_endings) {
    if (word.size() >= ending.size() + 3 && core::ends_with_bytes(word, ending)) {
      return true;
    }
  }
  return false;
}

}  // namespace sayso::quotes
