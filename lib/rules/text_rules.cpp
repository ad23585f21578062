#include "rules/text_rules.hpp"

#include <charconv>

#include "rules/rule_table.hpp"
#include "core/char_class.hpp"

namespace sayso::rules {
namespace {

std::optional<AbbreviationKind> parse_kind(std::string_view name) {
  if (name == "title") return AbbreviationKind::title;
  if (name == "before_number") return AbbreviationKind::before_number;
  if (name == "ordinary") return AbbreviationKind::ordinary;
  if (name == "time") return AbbreviationKind::time;
  return std::nullopt;
}

}  // namespace

Result<TextRules> TextRules::load(const RuleSet& rules, const std::string& language) {
  TextRules result;

  for (const RuleFile* file : rules.files_for(language + "/abbreviations.tsv")) {
    auto table = RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const RuleTable& t = table.value();
    const std::size_t word_col = t.column_index("abbreviation");
    const std::size_t kind_col = t.column_index("kind");
    for (const RuleRow& row : t.rows()) {
      const std::string& word = RuleTable::cell(row, word_col);
      if (word.back() != '.' && word.back() != '!' && word.back() != '?') {
        return t.error_at(row, word_col,
                          "an abbreviation is written with its final period (or ! or ? for names like Yahoo!): '" +
                              word + ".'");
      }
      const auto kind = parse_kind(RuleTable::cell(row, kind_col));
      if (!kind) {
        return t.error_at(row, kind_col,
                          "unknown kind '" + RuleTable::cell(row, kind_col) +
                              "' (expected title, before_number, ordinary or time)");
      }
      const std::string key = core::fold_case(word);
      const bool lowercase_entry = key == word;
      auto [it, inserted] = result.abbreviations_.try_emplace(key, Abbreviation{*kind, lowercase_entry});
      if (!inserted) {
        it->second.kind = *kind;
        it->second.any_case = it->second.any_case || lowercase_entry;
      }
    }
  }

  for (const RuleFile* file : rules.files_for(language + "/sentence_starters.tsv")) {
    auto table = RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const RuleTable& t = table.value();
    const std::size_t word_col = t.column_index("word");
    for (const RuleRow& row : t.rows()) {
      const std::string& word = RuleTable::cell(row, word_col);
      result.sentence_starters_.insert(core::fold_case(word));
    }
  }
  for (const RuleFile* file : rules.files_for(language + "/clitics.tsv")) {
    auto table = RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const RuleTable& t = table.value();
    for (const RuleRow& row : t.rows()) {
      Clitic clitic;
      clitic.text = RuleTable::cell(row, t.column_index("clitic"));
      const std::string& min_stem = RuleTable::cell(row, t.column_index("min_stem"));
      if (!min_stem.empty()) {
        std::size_t value = 0;  // columns.tsv makes it an integer
        const auto [end, ec] = std::from_chars(min_stem.data(), min_stem.data() + min_stem.size(), value);
        if (ec != std::errc() || end != min_stem.data() + min_stem.size() || value == 0 || value > 64) {
          return t.error_at(row, t.column_index("min_stem"), "min_stem must be a number from 1 to 64, not '" + min_stem + "'");
        }
        clitic.min_stem = value;
      }
      result.clitics_.push_back(std::move(clitic));
    }
  }
  auto quote_marks = QuoteMarks::load(rules);
  if (!quote_marks) return quote_marks.error();
  result.quote_marks_ = std::move(quote_marks).value();
  return result;
}

std::optional<AbbreviationKind> TextRules::abbreviation(std::string_view word_with_period) const {
  const auto it = abbreviations_.find(core::fold_case(word_with_period));
  if (it == abbreviations_.end()) return std::nullopt;
  if (!it->second.any_case) {
    const auto first = static_cast<unsigned char>(word_with_period.front());
    if (first >= 'a' && first <= 'z') return std::nullopt;
  }
  return it->second.kind;
}

bool TextRules::is_sentence_starter(std::string_view word) const {
  return sentence_starters_.count(core::fold_case(word)) != 0;
}

}  // namespace sayso::rules
