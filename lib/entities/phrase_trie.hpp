// A dictionary of phrases over tokens: every gazetteer (countries, cities,
// titles, given names, ...) is one PhraseTrie, looked up in a single pass.
//
// Phrases are sequences of normalised token texts (see normalize_token()),
// so "U.S. Secretary of State" is four keys. match_all() walks the trie from
// one start token as far as the text allows, which bounds the cost of a
// lookup by the longest phrase, not by the number of entries.
#ifndef SAYSO_ENTITIES_PHRASE_TRIE_HPP
#define SAYSO_ENTITIES_PHRASE_TRIE_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sayso::entities {

// The lookup key of a token: Unicode case folding, typographic apostrophes
// and primes folded to "'".
std::string normalize_token(std::string_view token_text);

class PhraseTrie {
 public:
  using Value = std::uint32_t;

  // Adds a phrase (already normalised keys) with a value; a phrase may hold
  // several values. An empty phrase is ignored.
  void insert(const std::vector<std::string>& keys, Value value);

  // Prepares room for about `phrases` phrases, so that loading large
  // gazetteers does not rehash again and again.
  void reserve(std::size_t phrases);

  struct Match {
    std::size_t length;                 // tokens matched
    const std::vector<Value>* values;   // the values of the phrase
  };

  // Every phrase that starts at keys[start], shortest first. `keys` are the
  // normalised texts of the tokens that may be matched.
  void match_all(const std::vector<std::string>& keys, std::size_t start, std::size_t end,
                 std::vector<Match>& out) const;

  // The id of a key, or kNoKey when no phrase uses it; lets a caller look each
  // token up once and match with ids (match_all_ids) instead of strings.
  static constexpr std::uint32_t kNoKey = UINT32_MAX;
  std::uint32_t find_key(const std::string& key) const {
    const auto it = key_ids_.find(key);
    return it == key_ids_.end() ? kNoKey : it->second;
  }
  void match_all_ids(const std::vector<std::uint32_t>& ids, std::size_t start, std::size_t end,
                     std::vector<Match>& out) const;

  bool empty() const noexcept { return phrases_ == 0; }
  std::size_t phrase_count() const noexcept { return phrases_; }

 private:
  std::uint32_t key_id(const std::string& key, bool add);

  std::unordered_map<std::string, std::uint32_t> key_ids_;
  // (node << 32 | key id) -> child node; node 0 is the root.
  std::unordered_map<std::uint64_t, std::uint32_t> children_;
  std::uint32_t next_node_ = 1;
  std::vector<std::vector<Value>> node_values_;  // by node; empty for inner nodes
  std::size_t phrases_ = 0;
};

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_PHRASE_TRIE_HPP
