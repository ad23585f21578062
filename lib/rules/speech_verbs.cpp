#include "rules/speech_verbs.hpp"

#include "rules/rule_table.hpp"

namespace sayso::rules {

Result<std::vector<SpeechVerbEntry>> read_speech_verbs(const RuleSet& rules, const std::string& language) {
  std::vector<SpeechVerbEntry> verbs;
  for (const RuleFile* file : rules.files_for(language + "/speech_verbs.tsv")) {
    auto table = RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const RuleTable& t = table.value();
    for (const RuleRow& row : t.rows()) {
      SpeechVerbEntry verb;
      const std::string& cls = RuleTable::cell(row, t.column_index("class"));
      if (cls == "speech") verb.verb_class = VerbClass::speech;
      else if (cls == "report") verb.verb_class = VerbClass::report;
      else if (cls == "belief") verb.verb_class = VerbClass::belief;
      else verb.verb_class = VerbClass::evidence;  // the last value columns.tsv declares
      verb.lemma = RuleTable::cell(row, t.column_index("lemma"));
      verb.clause = RuleTable::cell(row, t.column_index("clause"));
      const std::string& object = RuleTable::cell(row, t.column_index("object"));
      verb.object_is_listener = object == "listener";
      verb.object_is_stance = object == "stance";
      verb.kind = cue_type_named(RuleTable::cell(row, t.column_index("kind")));
      if (verb.kind == CueType::none) {  // empty (columns.tsv allows no other value): from the class, report giving speech
        verb.kind = verb.verb_class == VerbClass::belief     ? CueType::belief
                    : verb.verb_class == VerbClass::evidence ? CueType::evidence
                                                             : CueType::speech;
      }
      verb.forms = split_alternatives(RuleTable::cell(row, t.column_index("forms")));
      verb.reason_words = split_alternatives(RuleTable::cell(row, t.column_index("reason")));
      // A reason word is compared with one token: a phrase could never match.
      for (const std::string& word : verb.reason_words) {
        if (word.find_first_of(" \t") != std::string::npos) {
          return t.error_at(row, t.column_index("reason"),
                            "reason word '" + word + "' is more than one word (each is compared with one token)");
        }
      }
      verbs.push_back(std::move(verb));
    }
  }
  return verbs;
}

}  // namespace sayso::rules
