#include "lexicon/title_case.hpp"

#include <algorithm>

#include "lexicon/phrase_trie.hpp"
#include "rules/rule_table.hpp"

namespace sayso::lexicon {

Result<TitleCase> TitleCase::load(const rules::RuleSet& rules, const std::string& language) {
  TitleCase title_case;
  for (const rules::RuleFile* file : rules.files_for(language + "/title_case_minor.tsv")) {
    auto table = rules::RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const rules::RuleTable& t = table.value();
    const std::size_t word_column = t.column_index("word");
    for (const rules::RuleRow& row : t.rows()) {
      std::string word = normalize_token(rules::RuleTable::cell(row, word_column));
      title_case.longest_ = std::max(title_case.longest_, word.size());
      title_case.minor_.insert(std::move(word));
    }
  }
  return title_case;
}

}  // namespace sayso::lexicon
