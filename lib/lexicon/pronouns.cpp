#include "lexicon/pronouns.hpp"

#include <algorithm>
#include <utility>

#include "lexicon/phrase_trie.hpp"
#include "rules/rule_table.hpp"

namespace sayso::lexicon {
namespace {

template <typename Value>
struct Named {
  const char* name;
  Value value;
};

constexpr Named<PronounCase> kCases[] = {{"subject", PronounCase::subject},
                                         {"object", PronounCase::object},
                                         {"possessive", PronounCase::possessive},
                                         {"independent", PronounCase::independent},
                                         {"reflexive", PronounCase::reflexive}};
constexpr Named<PronounNumber> kNumbers[] = {
    {"any", PronounNumber::any}, {"singular", PronounNumber::singular}, {"plural", PronounNumber::plural}};
constexpr Named<PronounGender> kGenders[] = {{"any", PronounGender::any},
                                             {"male", PronounGender::male},
                                             {"female", PronounGender::female},
                                             {"neuter", PronounGender::neuter}};

template <typename Value, std::size_t N>
const Named<Value>* find_named(const Named<Value> (&table)[N], const std::string& name) {
  for (const Named<Value>& entry : table) {
    if (name == entry.name) return &entry;
  }
  return nullptr;
}

}  // namespace

Result<Pronouns> Pronouns::load(const rules::RuleSet& rules, const std::string& language) {
  Pronouns pronouns;
  for (const rules::RuleFile* file : rules.files_for(language + "/pronouns.tsv")) {
    auto table = rules::RuleTable::parse(file->content, file->display_name, {"word", "case", "person", "number", "gender"});
    if (!table) return table.error();
    const auto& t = table.value();
    const std::size_t word_column = t.column_index("word"), case_column = t.column_index("case"),
                      person_column = t.column_index("person"), number_column = t.column_index("number"),
                      gender_column = t.column_index("gender");
    for (const auto& row : t.rows()) {
      const std::string word = lexicon::normalize_token(rules::RuleTable::cell(row, word_column));
      const auto* grammatical_case = find_named(kCases, rules::RuleTable::cell(row, case_column));
      if (grammatical_case == nullptr) {
        return t.error_at(row, case_column,
                          "case must be subject, object, possessive, independent or reflexive, not '" +
                              rules::RuleTable::cell(row, case_column) + "'");
      }
      const std::string& person = rules::RuleTable::cell(row, person_column);
      if (person != "1" && person != "2" && person != "3") {
        return t.error_at(row, person_column, "person must be 1, 2 or 3, not '" + person + "'");
      }
      const auto* number = find_named(kNumbers, rules::RuleTable::cell(row, number_column));
      if (number == nullptr) {
        return t.error_at(row, number_column, "number must be any, singular or plural, not '" +
                                                  rules::RuleTable::cell(row, number_column) + "'");
      }
      const auto* gender = find_named(kGenders, rules::RuleTable::cell(row, gender_column));
      if (gender == nullptr) {
        return t.error_at(row, gender_column, "gender must be any, male, female or neuter, not '" +
                                                  rules::RuleTable::cell(row, gender_column) + "'");
      }
      pronouns.forms_[word].push_back(
          {grammatical_case->value, static_cast<std::uint8_t>(person[0] - '0'), number->value, gender->value});
      pronouns.longest_ = std::max(pronouns.longest_, word.size());
      if (!word.empty() && word.size() < 32) {
        pronouns.lengths_by_first_byte_[static_cast<unsigned char>(word[0])] |= std::uint32_t{1} << word.size();
        if (gender->value == PronounGender::male || gender->value == PronounGender::female) {
          pronouns.gendered_lengths_by_first_byte_[static_cast<unsigned char>(word[0])] |= std::uint32_t{1} << word.size();
          pronouns.gendered_last_bytes_[static_cast<unsigned char>(word.back())] = true;
        }
      }
    }
  }
  return pronouns;
}

const std::vector<PronounForm>& Pronouns::forms(std::string_view word) const {
  static const std::vector<PronounForm> kNoForms;
  if (!may_be_pronoun(word)) return kNoForms;
  const auto it = forms_.find(word);
  return it == forms_.end() ? kNoForms : it->second;
}

const PronounForm* Pronouns::form(std::string_view word, PronounCase grammatical_case) const {
  for (const PronounForm& f : forms(word)) {
    if (f.grammatical_case == grammatical_case) return &f;
  }
  return nullptr;
}

Gender Pronouns::gender_of(std::string_view word) const {
  const std::vector<PronounForm>& all = forms(word);
  if (all.empty()) return Gender::unknown;
  const PronounGender first = all.front().gender;
  for (const PronounForm& f : all) {
    if (f.gender != first) return Gender::unknown;
  }
  if (first == PronounGender::male) return Gender::male;
  if (first == PronounGender::female) return Gender::female;
  return Gender::unknown;
}

}  // namespace sayso::lexicon
