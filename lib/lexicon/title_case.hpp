// Title Case: the one answer to "is this run of words written in Title
// Case?", which the entity stage asks of a sentence (a headline, where
// capitals are no evidence of a name) and the quote stage of a quotation (a
// title of a work or a name, nobody's words). The minor words that Title
// Case leaves in lowercase (articles, short prepositions, coordinating
// conjunctions: "of", "the", "and") are read once from
// rules/<language>/title_case_minor.tsv (rules/README.md).
//
// A run is in Title Case when every word in it that is not a minor word
// begins with a capital letter (TokenShape capitalized or all_caps). Minor
// words count for nothing, in either case ("Of" and "of" alike); tokens that
// are no words (numbers, punctuation) neither. How many words make a
// headline or a title is the caller's to decide, from words() and
// capitalised().
//
// TitleCase is immutable after load() and read from many threads at once; a
// TitleCaseRun is one caller's tally.
#ifndef SAYSO_LEXICON_TITLE_CASE_HPP
#define SAYSO_LEXICON_TITLE_CASE_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::lexicon {

class TitleCase {
 public:
  // Reads the title_case_minor.tsv files of `language` (none: no minor
  // words); an error names file:line:column.
  static Result<TitleCase> load(const rules::RuleSet& rules, const std::string& language);

  // Whether a token key (normalize_token) is a word Title Case leaves in lowercase.
  bool is_minor(std::string_view key) const {
    return key.size() <= longest_ && minor_.count(key) != 0;
  }

 private:
  rules::HashedStringSet minor_;
  std::size_t longest_ = 0;  // the longest minor word, in bytes: longer keys need no lookup
};

// Tallies the tokens of a run, one add() each, in any order.
class TitleCaseRun {
 public:
  // `title_case` must outlive the run.
  explicit TitleCaseRun(const TitleCase& title_case) : title_case_(&title_case) {}

  // Counts `token` (whose key is `key`) when it is a word and no minor word.
  void add(const Token& token, std::string_view key) {
    if (token.kind != TokenKind::word || title_case_->is_minor(key)) return;
    ++words_;
    if (token.shape == TokenShape::capitalized || token.shape == TokenShape::all_caps) ++capitalised_;
    else if (token.shape == TokenShape::lower || token.shape == TokenShape::mixed) ++lowercase_;
  }

  // Every word added so far that is no minor word begins with a capital
  // (true for a run of no such words).
  bool title_case() const noexcept { return lowercase_ == 0; }
  // The words that are no minor words, and those of them capitalised.
  std::size_t words() const noexcept { return words_; }
  std::size_t capitalised() const noexcept { return capitalised_; }

 private:
  const TitleCase* title_case_;
  std::size_t words_ = 0;
  std::size_t capitalised_ = 0;
  std::size_t lowercase_ = 0;
};

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_TITLE_CASE_HPP
