// The words of rules/<lang>/name_context.tsv: the function words around a
// name that tell what the name is ("in Kerry" is a place, "Hale's" a name),
// read and checked in one place for the recogniser and the linker.
//
// Columns (rules/README.md, "name_context.tsv"): word, class. Words are
// matched as the tokenizer's keys (lexicon::normalize_token: lowercase, folded
// apostrophes). A word may have several classes, one row each.
//
// Immutable after read(); safe to share across threads.
#ifndef SAYSO_ENTITIES_NAME_CONTEXT_HPP
#define SAYSO_ENTITIES_NAME_CONTEXT_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "sayso/status.hpp"

namespace sayso::entities {

enum class NameContext : std::uint8_t {
  place_preposition,  // a one-word name after it is a place: in, at, near
  name_of,            // joins a head to what it names: "Church of Lumenism", "the mayor of Kerry"
  venue_preposition,  // in sports reporting, a town after it is where a match was played: in
  list_joiner,        // a name listed after a place with it is a place too: and, or
  possessive,         // the clitic of an owner: 's
  initials_skip,      // words an organisation's acronym leaves out: of, the, and
  verb_ending,        // the ending of a verb form after a name ("Hale warned"): ed
  definite_article,   // "the Church": a capitalised organisation keyword after it stands for a named one
  vessel_noun,        // "the shuttle Atlantis": a one-word name right after it names a vessel, no entity
  name_verb,          // a finite verb or auxiliary after a name ("Hale has", "Hale took"): has, was, took
};

class NameContextWords {
 public:
  // Every row of every name_context.tsv for `language` (the embedded file
  // and any extension). An unknown class is an error at its file:line:column.
  static Result<NameContextWords> read(const rules::RuleSet& rules, const std::string& language);

  // Whether the key `word` (lexicon::normalize_token form) has class `c`.
  bool is(std::string_view word, NameContext c) const { return is(word, rules::image_hash(word), c); }
  // The same with the key's hash (a token key's: core::TokenKeys::hash).
  bool is(std::string_view word, std::uint64_t hash, NameContext c) const {
    const auto it = classes_.find(word, hash);
    return it != classes_.end() && ((it->second >> static_cast<int>(c)) & 1u) != 0;
  }
  // Whether `word` ends with an ending of class verb_ending and is longer than it by two letters or more.
  bool has_verb_ending(std::string_view word) const;

 private:
  rules::HashedStringMap<std::uint32_t> classes_;  // bit NameContext
};

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_NAME_CONTEXT_HPP
