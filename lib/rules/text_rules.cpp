#include "rules/text_rules.hpp"

#include <algorithm>
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

// Calls find(folded) with `word` case-folded as core::fold_case() folds it:
// an ASCII word of at most `longest` bytes is lowercased on the stack (no
// string per lookup); a longer one is no key, so find is not called and
// `absent` is returned; any other word is folded by core::fold_case().
template <typename Result, typename Find>
Result find_folded(std::string_view word, std::size_t longest, Result absent, const Find& find) {
  constexpr std::size_t kStackBytes = 64;
  char folded[kStackBytes];
  bool ascii = word.size() <= kStackBytes;
  for (std::size_t i = 0; i < word.size() && ascii; ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    ascii = c < 0x80;
    folded[i] = core::to_lower_ascii(word[i]);
  }
  if (ascii) return word.size() > longest ? absent : find(std::string_view(folded, word.size()));
  return find(std::string_view(core::fold_case(word)));
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
      result.longest_abbreviation_ = std::max(result.longest_abbreviation_, key.size());
      auto [it, inserted] = result.abbreviations_.emplace(key, Abbreviation{*kind, lowercase_entry});
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
      std::string key = core::fold_case(word);
      result.longest_sentence_starter_ = std::max(result.longest_sentence_starter_, key.size());
      result.sentence_starters_.insert(std::move(key));
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
  const Abbreviation* entry =
      find_folded(word_with_period, longest_abbreviation_, static_cast<const Abbreviation*>(nullptr),
                  [this](std::string_view key) {
                    const auto it = abbreviations_.find(key);
                    return it == abbreviations_.end() ? nullptr : &it->second;
                  });
  if (entry == nullptr) return std::nullopt;
  if (!entry->any_case) {
    const auto first = static_cast<unsigned char>(word_with_period.front());
    if (first >= 'a' && first <= 'z') return std::nullopt;
  }
  return entry->kind;
}

bool TextRules::is_sentence_starter(std::string_view word) const {
  return find_folded(word, longest_sentence_starter_, false,
                     [this](std::string_view key) { return sentence_starters_.count(key) != 0; });
}

}  // namespace sayso::rules
