#include "rules/cue_nouns.hpp"

#include "rules/rule_table.hpp"

namespace sayso::rules {

Result<std::vector<CueNounEntry>> read_cue_nouns(const RuleSet& rules, const std::string& language) {
  std::vector<CueNounEntry> nouns;
  for (const RuleFile* file : rules.files_for(language + "/cue_nouns.tsv")) {
    auto table = RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const RuleTable& t = table.value();
    for (const RuleRow& row : t.rows()) {
      CueNounEntry entry;
      entry.noun = RuleTable::cell(row, t.column_index("noun"));
      entry.kind = cue_type_named(RuleTable::cell(row, t.column_index("kind")));
      if (entry.kind == CueType::none) entry.kind = CueType::evidence;  // the last value columns.tsv declares
      entry.forms = split_alternatives(RuleTable::cell(row, t.column_index("forms")));
      nouns.push_back(std::move(entry));
    }
  }
  return nouns;
}

}  // namespace sayso::rules
