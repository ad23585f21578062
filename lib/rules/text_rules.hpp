// The rules of the text layer, compiled from rule files:
//   <lang>/abbreviations.tsv       words with a period that do not (always) end a sentence
//   <lang>/sentence_starters.tsv   words that typically begin a sentence
//   <lang>/clitics.tsv             possessives and contractions split off words ('s, n't)
//   common/quote_marks.tsv         pairs of quotation marks (quote_marks.hpp)
// Formats are specified in rules/README.md.
#ifndef SAYSO_RULES_TEXT_RULES_HPP
#define SAYSO_RULES_TEXT_RULES_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/hashed_strings.hpp"
#include "rules/quote_marks.hpp"
#include "rules/rule_set.hpp"
#include "sayso/status.hpp"

namespace sayso::rules {

// How an abbreviation behaves before the next word.
enum class AbbreviationKind {
  title,          // precedes a name (Mr. Dr. Gen. St.): never ends a sentence before a capitalised word
  before_number,  // precedes a number (No. p. Fig. vol.): never ends a sentence before a digit
  ordinary,       // (Inc. etc. vs. U.S.): ends a sentence only before a sentence starter
  time,           // (a.m. p.m.): ends a sentence before any capitalised word
};

class TextRules {
 public:
  // Loads <language>/abbreviations.tsv, <language>/sentence_starters.tsv,
  // <language>/clitics.tsv and common/quote_marks.tsv (each with its extensions). A missing file means
  // an empty list.
  static Result<TextRules> load(const RuleSet& rules, const std::string& language);

  // Looks up a word written with its final period ("Mr.", "e.g.", "U.S.").
  // An entry written with a capital ("Ill.", "Mass.") matches only a
  // capitalised word, so that "ill." and "mass." stay ordinary words; an
  // entry written in lowercase ("etc.", "no.") matches in any case.
  std::optional<AbbreviationKind> abbreviation(std::string_view word_with_period) const;

  // True when `word` (ignoring case) is listed as a sentence starter.
  bool is_sentence_starter(std::string_view word) const;

  // A suffix the tokenizer splits off a word: `text` with '\'' standing
  // for either apostrophe, and the fewest bytes the word keeps before it.
  struct Clitic {
    std::string text;
    std::size_t min_stem = 1;
  };
  const std::vector<Clitic>& clitics() const noexcept { return clitics_; }

  // The quotation marks and their pairs, as quote finding reads them too.
  const QuoteMarks& quote_marks() const noexcept { return quote_marks_; }

 private:
  struct Abbreviation {
    AbbreviationKind kind;
    bool any_case;  // a lowercase entry exists
  };
  HashedStringMap<Abbreviation> abbreviations_;  // by case-folded word
  HashedStringSet sentence_starters_;            // case-folded
  // The longest key of each (bytes): a longer ASCII word is not there.
  std::size_t longest_abbreviation_ = 0;
  std::size_t longest_sentence_starter_ = 0;
  std::vector<Clitic> clitics_;
  QuoteMarks quote_marks_;
};

}  // namespace sayso::rules

#endif  // SAYSO_RULES_TEXT_RULES_HPP
