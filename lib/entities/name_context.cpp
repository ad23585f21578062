#include "entities/name_context.hpp"

#include <algorithm>
#include <iterator>

#include "lexicon/phrase_trie.hpp"
#include "rules/rule_table.hpp"

namespace sayso::entities {
namespace {

struct ClassName {
  const char* name;
  NameContext value;
};
constexpr ClassName kClasses[] = {
    {"place_preposition", NameContext::place_preposition},
    {"name_of", NameContext::name_of},                   {"venue_preposition", NameContext::venue_preposition},
    {"list_joiner", NameContext::list_joiner},           {"possessive", NameContext::possessive},
    {"initials_skip", NameContext::initials_skip},       {"verb_ending", NameContext::verb_ending},
    {"definite_article", NameContext::definite_article}, {"vessel_noun", NameContext::vessel_noun},
    {"name_verb", NameContext::name_verb},
};

}  // namespace

Result<NameContextWords> NameContextWords::read(const rules::RuleSet& rules, const std::string& language) {
  NameContextWords words;
  for (const rules::RuleFile* file : rules.files_for(language + "/name_context.tsv")) {
    auto table = rules::RuleTable::parse(file->content, file->display_name, {"word", "class"});
    if (!table) return table.error();
    const rules::RuleTable& t = table.value();
    const std::size_t word_col = t.column_index("word");
    const std::size_t class_col = t.column_index("class");
    for (const rules::RuleRow& row : t.rows()) {
      const std::string& name = rules::RuleTable::cell(row, class_col);
      const auto* found = std::find_if(std::begin(kClasses), std::end(kClasses),
                                       [&](const ClassName& c) { return name == c.name; });
      if (found == std::end(kClasses)) {
        return t.error_at(row, class_col,
                          "unknown class '" + name +
                              "' (expected place_preposition, name_of, venue_preposition, "
                              "list_joiner, possessive, initials_skip, verb_ending, definite_article, vessel_noun or name_verb)");
      }
      words.classes_[lexicon::normalize_token(rules::RuleTable::cell(row, word_col))] |= 1u << static_cast<int>(found->value);
    }
  }
  return words;
}

bool NameContextWords::has_verb_ending(std::string_view word) const {
  for (const auto& [ending, classes] : classes_) {
    if (!((classes >> static_cast<int>(NameContext::verb_ending)) & 1u)) continue;
    if (word.size() >= ending.size() + 2 && word.compare(word.size() - ending.size(), ending.size(), ending) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace sayso::entities
