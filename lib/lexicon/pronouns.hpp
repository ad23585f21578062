// Pronouns with their case, person, number and gender, read once from
// rules/<language>/pronouns.tsv (rules/README.md). The one place that says
// what gender a pronoun has: the quote stage (who "he" is) and the linker
// (how often a person is "he" or "she") both ask it.
//
// Immutable after load(); read from many threads at once.
#ifndef SAYSO_LEXICON_PRONOUNS_HPP
#define SAYSO_LEXICON_PRONOUNS_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::lexicon {

enum class PronounCase : std::uint8_t { subject, object, possessive, independent, reflexive };
enum class PronounNumber : std::uint8_t { any, singular, plural };
enum class PronounGender : std::uint8_t { any, male, female, neuter };

struct PronounForm {
  PronounCase grammatical_case;
  std::uint8_t person;  // 1, 2 or 3
  PronounNumber number;
  PronounGender gender;
};

class Pronouns {
 public:
  // Reads the pronouns.tsv files of `language` (none: no pronouns); an error
  // names file:line:column and the value that is wrong.
  static Result<Pronouns> load(const rules::RuleSet& rules, const std::string& language);

  // The forms of a lowercase word ("her": object and possessive); empty when
  // it is no pronoun.
  const std::vector<PronounForm>& forms(std::string_view word) const;
  // Its form in `grammatical_case`, or null.
  const PronounForm* form(std::string_view word, PronounCase grammatical_case) const;
  bool is(std::string_view word, PronounCase grammatical_case) const {
    return form(word, grammatical_case) != nullptr;
  }
  // male or female when every form of the word has that gender ("him",
  // "herself"), else unknown ("they", "it", "Kerry").
  Gender gender_of(std::string_view word) const;
  // Every pronoun with its forms: for a caller that files them by word id
  // (quotes::WordFacts).
  const rules::HashedStringMap<std::vector<PronounForm>>& all_forms() const noexcept { return forms_; }
  // The longest pronoun, in bytes: longer words need no lookup.
  std::size_t longest() const noexcept { return longest_; }
  // False when `word` is surely no pronoun: longer than any, or no pronoun
  // of its length starts with its first byte. A test without a lookup, for
  // a caller that asks every word of a text (forms() asks it first too).
  bool may_be_pronoun(std::string_view word) const noexcept {
    if (word.size() > longest_) return false;
    return word.empty() || word.size() >= 32 ||
           (lengths_by_first_byte_[static_cast<unsigned char>(word[0])] & (std::uint32_t{1} << word.size())) != 0;
  }
  // False when `word` is surely not male or female in gender_of(): no form
  // of a gendered pronoun has its length and its first byte, or ends with
  // its last byte. The same test as may_be_pronoun() over the gendered
  // forms only, for a caller that asks the gender of every distinct word of
  // a text (link::GenderJudge): most words that may be a pronoun ("has",
  // "its") are none of gender.
  bool may_be_gendered(std::string_view word) const noexcept {
    if (word.size() > longest_) return false;
    return word.empty() || word.size() >= 32 ||
           ((gendered_lengths_by_first_byte_[static_cast<unsigned char>(word[0])] & (std::uint32_t{1} << word.size())) != 0 &&
            gendered_last_bytes_[static_cast<unsigned char>(word.back())]);
  }

 private:
  rules::HashedStringMap<std::vector<PronounForm>> forms_;
  std::size_t longest_ = 0;
  // Bit n of entry b: some pronoun of n bytes (n < 32) starts with byte b.
  // forms() hashes a word only when its bit is set (or it is 32 bytes or longer).
  std::array<std::uint32_t, 256> lengths_by_first_byte_{};
  // The same bits for the male and female forms, and their last bytes.
  std::array<std::uint32_t, 256> gendered_lengths_by_first_byte_{};
  std::array<bool, 256> gendered_last_bytes_{};
};

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_PRONOUNS_HPP
