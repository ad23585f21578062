// The nouns of rules/<lang>/cue_nouns.tsv that report what someone said,
// believes or found when a "that" clause follows them: "the allegation
// that", "his claim that", "the report's finding that". Read and checked in
// one place for the quote stage (its noun cues, and the cue_type of a quote
// whose cue is such a noun).
//
// Columns (rules/README.md, "cue_nouns.tsv"): noun (required), forms (the
// other forms, "claims"), kind (required: speech, belief or evidence).
#ifndef SAYSO_RULES_CUE_NOUNS_HPP
#define SAYSO_RULES_CUE_NOUNS_HPP

#include <string>
#include <vector>

#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::rules {

struct CueNounEntry {
  std::string noun;
  std::vector<std::string> forms;  // the other forms, as written (the noun not repeated)
  CueType kind = CueType::speech;
};

// Every row of every cue_nouns.tsv for `language` (the embedded file and any
// extension), in file order. A bad kind (rules/common/columns.tsv) is an
// error at its file:line:column.
Result<std::vector<CueNounEntry>> read_cue_nouns(const RuleSet& rules, const std::string& language);

}  // namespace sayso::rules

#endif  // SAYSO_RULES_CUE_NOUNS_HPP
