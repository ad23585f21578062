// The gender a noun for a person says ("the woman", "her brother", "the
// spokeswoman"), asked in this one place by every stage that needs it: the
// quote stage, when it picks who "he" or "she" stands for among the people
// the text describes rather than names. Read from
// rules/<language>/person_nouns.tsv (rules/README.md) and, for the nouns
// that are titles too, from the one-word roles of titles.tsv that have a
// gender (through the gazetteers).
//
// Immutable after load(); read from many threads at once.
#ifndef SAYSO_LEXICON_PERSON_NOUNS_HPP
#define SAYSO_LEXICON_PERSON_NOUNS_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon/gazetteers.hpp"
#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::lexicon {

class PersonNouns {
 public:
  // Reads the person_nouns.tsv files of `language` (none: no nouns); an
  // error names file:line:column.
  static Result<PersonNouns> load(const rules::RuleSet& rules, const std::string& language);

  // The gender person_nouns.tsv gives a token key (normalize_token), or unknown.
  Gender gender_of(std::string_view key) const { return gender_of(key, rules::image_hash(key)); }
  // The same, with the key's hash (rules::image_hash) already known.
  Gender gender_of(std::string_view key, std::uint64_t hash) const;
  // Whether the key is a `plain` noun, one that says only sex and age
  // ("man", "woman", "girl"): after "the" it seldom stands for someone
  // named before, as "the actress" or "the businessman" often does.
  bool is_plain(std::string_view key) const;

 private:
  struct Noun {
    Gender gender = Gender::unknown;
    bool plain = false;
  };
  const Noun* find(std::string_view key, std::uint64_t hash) const;

  rules::HashedStringMap<Noun> nouns_;
  std::size_t longest_ = 0;  // the longest noun, in bytes: longer keys need no lookup
};

// The gender a noun for one person says: person_nouns.tsv's, else that of
// a one-word role of titles.tsv ("spokeswoman", "chairman"; honorifics such
// as "Mr." are no nouns); unknown for any other word ("official", "parent").
Gender person_noun_gender(const PersonNouns& nouns, const Gazetteers& gazetteers, std::string_view key);

// The same for a document's token key, with its hash (rules::image_hash)
// and its word id in the gazetteers' trie (PhraseTrieView::kNoKey: none)
// already known: no hashing, no trie lookup.
Gender person_noun_gender(const PersonNouns& nouns, const Gazetteers& gazetteers, std::string_view key,
                          std::uint64_t hash, std::uint32_t word_id);

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_PERSON_NOUNS_HPP
