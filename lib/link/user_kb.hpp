// A user knowledge base: the people and organisations a user wants entities
// linked to (Wikidata QIDs, internal ids), read from a TSV file.
//
// Format (specified for users in docs/knowledge-base.md): the common rule
// TSV (header line, '#' comments, tab-separated cells) with the columns
//   id           required  the user's identifier, copied to kb.id
//   type         required  PERSON or ORG
//   name         required  the canonical name
//   aliases      optional  other names, separated by '|'
//   gender       optional  female, male (or F, M), empty for unknown; PERSON only
//   description  optional  free text, not used by the linker
//
// Names are compared as whole phrases, tokenised exactly as text is and
// ignoring case ("U.N." = "u.n."), never by a part of a name.
//
// Immutable after load(); safe to share between threads.
#ifndef SAYSO_LINK_USER_KB_HPP
#define SAYSO_LINK_USER_KB_HPP

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sayso/document.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::link {

struct UserKbEntry {
  std::string id;
  EntityType type = EntityType::person;  // person or org
  std::string name;
  Gender gender = Gender::unknown;
  std::string description;
};

class UserKnowledgeBase {
 public:
  UserKnowledgeBase() = default;  // empty: links nothing

  // Reads `path`. Fails with ErrorCode::io when the file cannot be read, with
  // ErrorCode::rule_syntax (file:line:column) on a malformed line, an unknown
  // type or gender, or an id listed twice.
  static Result<UserKnowledgeBase> load(const std::string& path, const text::Tokenizer& tokenizer);
  // The same from the file's content; `file_name` is used in errors.
  static Result<UserKnowledgeBase> parse(std::string_view content, const std::string& file_name,
                                         const text::Tokenizer& tokenizer);

  // The phrase key of a name: its normalised tokens joined by spaces.
  static std::string phrase_key(const text::Tokenizer& tokenizer, std::string_view name);

  // The entries whose name or an alias has `key` (see phrase_key()), in file
  // order; empty when none.
  const std::vector<std::size_t>& find(const std::string& key) const;

  const std::vector<UserKbEntry>& entries() const noexcept { return entries_; }
  bool empty() const noexcept { return entries_.empty(); }

 private:
  std::vector<UserKbEntry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_name_;
};

}  // namespace sayso::link

#endif  // SAYSO_LINK_USER_KB_HPP
