// Tokens: words, numbers, clitics, punctuation, quotation marks, symbols,
// URLs and e-mail addresses, with their shape, for the name recogniser and
// the quotation finder to match on.
//
// Conventions (what a name recogniser needs):
//   - "U.S." "e.g." "Ph.D" "Mr." "E." keep their periods (listed
//     abbreviations, dotted acronyms, single-letter initials); a sentence's
//     final period is otherwise its own token.
//   - Inner hyphens and apostrophes stay inside a word: "al-Nusra",
//     "Jean-Marc", "O'Brien", "war-torn".
//   - Possessives and contractions split: "Ruiz's" -> "Ruiz" "'s",
//     "don't" -> "do" "n't".
//   - Numbers keep their separators: "1,550,000" "21.75" "11.18.2014" "10:30"
//     "9/11"; "$21.75" is "$" "21.75"; "'90s" is one token.
//   - Every quotation mark is its own token (TokenKind::quote_mark).
#ifndef SAYSO_TEXT_TOKENIZER_HPP
#define SAYSO_TEXT_TOKENIZER_HPP

#include <array>
#include <memory>
#include <string_view>
#include <vector>

#include "rules/text_rules.hpp"
#include "sayso/document.hpp"

namespace sayso::text {

class Tokenizer {
 public:
  explicit Tokenizer(std::shared_ptr<const rules::TextRules> rules);

  // Appends the tokens of text[span] to `out`, in order. Token spans never
  // overlap and never include white space.
  void tokenize(std::string_view text, ByteSpan span, std::vector<Token>& out) const;
  // The same, for a caller that tokenizes many spans of one text: when
  // `text_may_hold_url_or_address` is false (may_hold_url_or_address(text),
  // asked once for the text), no span is searched for a URL or an address.
  void tokenize(std::string_view text, ByteSpan span, bool text_may_hold_url_or_address,
                std::vector<Token>& out) const;

  // Whether `text` holds an '@', "://" or "www." (w in either case): without
  // one, no span of it holds a URL or an e-mail address.
  static bool may_hold_url_or_address(std::string_view text);

 private:
  std::shared_ptr<const rules::TextRules> rules_;
  // Bytes that can end a word a clitic splits (a filter before clitic_suffix).
  std::array<bool, 256> clitic_last_bytes_{};
  // Then a word needs an inner ' or ’ for a clitic to split it.
  bool every_clitic_has_apostrophe_ = true;
  // The ASCII characters that are always a token of one byte (punctuation,
  // symbols, quotation marks that form no run or pair, start no word and
  // are no space): their kind; the others are false in single_byte_token_.
  std::array<bool, 128> single_byte_token_{};
  std::array<TokenKind, 128> single_byte_kind_{};
};

// The shape of a token's letters (see TokenShape).
TokenShape shape_of(std::string_view token_text);

}  // namespace sayso::text

#endif  // SAYSO_TEXT_TOKENIZER_HPP
