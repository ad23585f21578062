// A dictionary of phrases over tokens: every gazetteer (countries, cities,
// titles, given names, ...) is one PhraseTrie, looked up in a single pass.
//
// Phrases are sequences of normalised token texts (see normalize_token()),
// so "U.S. Secretary of State" is four keys. match_all() walks the trie from
// one start token as far as the text allows, which bounds the cost of a
// lookup by the longest phrase, not by the number of entries.
#ifndef SAYSO_LEXICON_PHRASE_TRIE_HPP
#define SAYSO_LEXICON_PHRASE_TRIE_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/token_keys.hpp"
#include "rules/binary_image.hpp"
#include "rules/hashed_strings.hpp"

namespace sayso::lexicon {

// The lookup key of a token: Unicode case folding, typographic apostrophes
// and primes folded to "'".
std::string normalize_token(std::string_view token_text);

using PhraseValue = std::uint32_t;

// The values of one phrase (at least one), borrowed from the trie.
class PhraseValues {
 public:
  PhraseValues(const PhraseValue* first, std::size_t count) : first_(first), count_(count) {}
  const PhraseValue* begin() const noexcept { return first_; }
  const PhraseValue* end() const noexcept { return first_ + count_; }
  PhraseValue front() const noexcept { return *first_; }
  std::size_t size() const noexcept { return count_; }

 private:
  const PhraseValue* first_;
  std::size_t count_;
};

struct PhraseMatch {
  std::size_t length;   // tokens matched
  PhraseValues values;  // the values of the phrase
};

// A trie that grows: built from rule files when a pipeline is created, and
// compiled into a PhraseTrieView (write()) for the gazetteers.
class PhraseTrie {
 public:
  using Value = PhraseValue;
  using Match = PhraseMatch;

  // Adds a phrase (already normalised keys) with a value; a phrase may hold
  // several values. An empty phrase is ignored.
  void insert(const std::vector<std::string>& keys, Value value);

  // Adds a key that no phrase need use (a word the gazetteers answer other
  // questions about, looked up with the phrases' keys in one probe); its id
  // is returned. A key already there keeps its id.
  std::uint32_t add_key(const std::string& key) { return key_id(key, true); }

  // Prepares room for about `phrases` phrases, so that loading large
  // gazetteers does not rehash again and again.
  void reserve(std::size_t phrases);

  // Every phrase that starts at keys[start], shortest first. `keys` are the
  // normalised texts of the tokens that may be matched.
  void match_all(const std::vector<std::string>& keys, std::size_t start, std::size_t end,
                 std::vector<Match>& out) const;
  // The same over a document's token keys, looked up by their hashes.
  void match_all(const core::TokenKeys& keys, std::size_t start, std::size_t end, std::vector<Match>& out) const;

  // The id of a key, or kNoKey when no phrase uses it and it was never
  // add_key()ed; lets a caller look each token up once and match with ids
  // (match_all_ids) instead of strings.
  static constexpr std::uint32_t kNoKey = UINT32_MAX;
  std::uint32_t find_key(const std::string& key) const {
    const auto it = key_ids_.find(key);
    return it == key_ids_.end() ? kNoKey : it->second;
  }
  void match_all_ids(const std::vector<std::uint32_t>& ids, std::size_t start, std::size_t end,
                     std::vector<Match>& out) const;

  // Whether some phrase begins with the key of id `id`, and the values of
  // the phrase that is that key alone (none: empty); as PhraseTrieView's.
  bool starts_phrase(std::uint32_t id) const { return children_.count(id) != 0; }  // the root is node 0
  PhraseValues one_key_values(std::uint32_t id) const;

  // The walk of match_all() one key at a time, for a caller that keeps a
  // key's first node per distinct key instead of asking it at every token:
  // the id of a key given with its hash (kNoKey: no phrase uses it); the
  // node key id `id` leads to from `node` (the root is node 0; 0: none,
  // also for kNoKey); that node's values (empty: no phrase ends there); and
  // whether some phrase goes on past it.
  std::uint32_t find_key(std::string_view key, std::uint64_t hash) const {
    const auto it = key_ids_.find(key, hash);
    return it == key_ids_.end() ? kNoKey : it->second;
  }
  std::uint32_t child(std::uint32_t node, std::uint32_t id) const {
    if (id == kNoKey) return 0;
    const auto it = children_.find((static_cast<std::uint64_t>(node) << 32) | id);
    return it == children_.end() ? 0 : it->second;
  }
  PhraseValues node_values(std::uint32_t node) const {
    if (node >= node_values_.size()) return {nullptr, 0};
    return {node_values_[node].data(), node_values_[node].size()};
  }
  bool has_children(std::uint32_t node) const { return node < has_children_.size() && has_children_[node] != 0; }
  // Every key with its id, in no set order.
  const rules::HashedStringMap<std::uint32_t>& keys() const noexcept { return key_ids_; }

  bool empty() const noexcept { return phrases_ == 0; }
  std::size_t phrase_count() const noexcept { return phrases_; }
  // The number of keys (ids run from 0 to key_count() - 1).
  std::size_t key_count() const noexcept { return key_ids_.size(); }

  // Writes the trie as sections first_section_id .. first_section_id + 7
  // (see PhraseTrieView), with its keys in the writer's string pool. The
  // bytes depend only on the order of the insert() calls.
  void write(rules::ImageWriter& writer, std::uint32_t first_section_id) const;

 private:
  template <typename IdAt>
  void match_ids(const IdAt& id_at, std::size_t start, std::size_t end, std::vector<Match>& out) const;
  std::uint32_t key_id(const std::string& key, bool add);

  rules::HashedStringMap<std::uint32_t> key_ids_;
  // (node << 32 | key id) -> child node; node 0 is the root.
  std::unordered_map<std::uint64_t, std::uint32_t> children_;
  std::uint32_t next_node_ = 1;
  std::vector<std::vector<Value>> node_values_;  // by node; empty for inner nodes
  std::vector<std::uint8_t> has_children_;       // by node: 1 when some edge leaves it
  std::size_t phrases_ = 0;
};

// A PhraseTrie compiled into an image, read in place: the same lookups.
//   keys           HashedStrings: the key texts, a key's id is its index
//   root children  one child node per key id (0: none)
//   child begin    per node, the first of its edges; one more at the end
//   edges          (key id, child node), sorted by key id within a node
//   value begin    per node, the first of its values; one more at the end
//   values         the values, node by node
//   phrase count   one number
class PhraseTrieView {
 public:
  using Value = PhraseValue;
  using Match = PhraseMatch;
  static constexpr std::uint32_t kNoKey = PhraseTrie::kNoKey;

  // Reads the sections written by PhraseTrie::write(); `pool` is the
  // image's string pool.
  static Result<PhraseTrieView> read(const rules::ImageView& image, std::uint32_t first_section_id,
                                     rules::StringPool pool);

  std::uint32_t find_key(std::string_view key) const noexcept {
    const std::size_t id = keys_.find(key, pool_);
    return id == rules::HashedStrings::npos ? kNoKey : static_cast<std::uint32_t>(id);
  }
  // The stages of rules::HashedStrings' prefetch for a find_key(key, hash)
  // to come: the slot, then the key's record, then its bytes.
  void prefetch_key(int stage, std::uint64_t hash) const noexcept {
    if (stage == 0) keys_.prefetch_slot(hash);
    else if (stage == 1) keys_.prefetch_record(hash);
    else keys_.prefetch_bytes(hash, pool_);
  }
  // The same, with the key's hash (a token key's: core::TokenKeys::hash).
  std::uint32_t find_key(std::string_view key, std::uint64_t hash) const noexcept {
    const std::size_t id = keys_.find(key, hash, pool_);
    return id == rules::HashedStrings::npos ? kNoKey : static_cast<std::uint32_t>(id);
  }
  // The same for a key of `size` bytes whose store is padded with zero
  // bytes to a multiple of eight (core::TokenKeys::store_data()): compared
  // a word at a time, no memcmp.
  std::uint32_t find_padded_key(const char* padded, std::size_t size, std::uint64_t hash) const noexcept {
    const std::size_t id = keys_.find_padded(padded, size, hash, pool_);
    return id == rules::HashedStrings::npos ? kNoKey : static_cast<std::uint32_t>(id);
  }
  void match_all(const std::vector<std::string>& keys, std::size_t start, std::size_t end,
                 std::vector<Match>& out) const;
  void match_all(const core::TokenKeys& keys, std::size_t start, std::size_t end, std::vector<Match>& out) const;
  void match_all_ids(const std::vector<std::uint32_t>& ids, std::size_t start, std::size_t end,
                     std::vector<Match>& out) const;
  // The same walk without the vector: calls on_match(length, values) for
  // every phrase over ids[start ..] (not past `end`), shortest first.
  template <typename OnMatch>
  void for_each_match(const std::uint32_t* ids, std::size_t start, std::size_t end, OnMatch&& on_match) const {
    std::uint32_t node = 0;
    for (std::size_t i = start; i < end; ++i) {
      const std::uint32_t id = ids[i];
      if (id >= root_children_.size()) return;  // kNoKey too
      node = node == 0 ? root_children_[id] : child(node, id);
      if (node == 0) return;
      const std::uint32_t first = value_begin_[node];
      const std::uint32_t last = value_begin_[node + 1];
      if (first != last) on_match(i - start + 1, PhraseValues(values_.begin() + first, last - first));
    }
  }
  // The same walk from the node that ids[start] leads to from the root
  // (root_child(ids[start]), not 0), for a caller that asked it before.
  template <typename OnMatch>
  void for_each_match_from(std::uint32_t first_node, const std::uint32_t* ids, std::size_t start, std::size_t end,
                           OnMatch&& on_match) const {
    if (start >= end) return;
    const std::uint32_t first = value_begin_[first_node];
    const std::uint32_t last = value_begin_[first_node + 1];
    if (first != last) on_match(std::size_t{1}, PhraseValues(values_.begin() + first, last - first));
    for_each_longer_match_from(first_node, ids, start, end, on_match);
  }
  // The walk of for_each_match_from() past its first node: the phrases of
  // two keys or more over ids[start ..], for a caller that took the first
  // node's values (node_values) itself.
  template <typename OnMatch>
  void for_each_longer_match_from(std::uint32_t first_node, const std::uint32_t* ids, std::size_t start,
                                  std::size_t end, OnMatch&& on_match) const {
    std::uint32_t node = first_node;
    for (std::size_t i = start + 1; i < end; ++i) {
      const std::uint32_t id = ids[i];
      if (id >= root_children_.size()) return;  // kNoKey too
      node = child(node, id);
      if (node == 0) return;
      const std::uint32_t first = value_begin_[node];
      const std::uint32_t last = value_begin_[node + 1];
      if (first != last) on_match(i - start + 1, PhraseValues(values_.begin() + first, last - first));
    }
  }
  // The values of the phrase that ends at `node` (a node from root_child or
  // the walk), and whether a longer phrase goes through it.
  PhraseValues node_values(std::uint32_t node) const noexcept {
    return {values_.begin() + value_begin_[node], value_begin_[node + 1] - value_begin_[node]};
  }
  bool has_children(std::uint32_t node) const noexcept { return child_begin_[node] != child_begin_[node + 1]; }
  // The node the key of id `id` leads to from the root: 0 when no phrase
  // begins with it (kNoKey too).
  std::uint32_t root_child(std::uint32_t id) const noexcept {
    return id < root_children_.size() ? root_children_[id] : 0;
  }
  // The stages of a prefetch for a walk to come that starts with the key of
  // id `id`: (0) its root child; (1) that node's value and edge offsets;
  // (2) its first values and edges. Each stage reads what the one before
  // asked for, so they are issued a few keys apart, in this order.
  void prefetch_walk(int stage, std::uint32_t id) const noexcept {
    if (id >= root_children_.size()) return;
    if (stage == 0) {
      __builtin_prefetch(root_children_.begin() + id);
      return;
    }
    const std::uint32_t node = root_children_[id];
    if (node == 0) return;
    if (stage == 1) {
      __builtin_prefetch(value_begin_.begin() + node);
      __builtin_prefetch(child_begin_.begin() + node);
    } else {
      __builtin_prefetch(values_.begin() + value_begin_[node]);
      __builtin_prefetch(edges_.begin() + child_begin_[node]);
    }
  }
  // Whether some phrase begins with the key of id `id` (kNoKey: none), so
  // that a caller asks match_all_ids() only at a token where it finds
  // something: most keys (common words) begin no phrase.
  bool starts_phrase(std::uint32_t id) const noexcept { return id < root_children_.size() && root_children_[id] != 0; }
  // The values of the phrase of the one key of id `id` (none when no
  // phrase is that key alone, or for kNoKey): what match_all_ids() gives
  // with length 1, for a caller that answers a key's questions once.
  PhraseValues one_key_values(std::uint32_t id) const noexcept {
    if (!starts_phrase(id)) return {values_.begin(), 0};
    const std::uint32_t node = root_children_[id];
    return {values_.begin() + value_begin_[node], value_begin_[node + 1] - value_begin_[node]};
  }

  std::size_t phrase_count() const noexcept { return phrases_; }
  // The number of keys (ids run from 0 to key_count() - 1).
  std::size_t key_count() const noexcept { return keys_.strings.size(); }

  struct Edge {
    std::uint32_t key;
    std::uint32_t node;
  };

 private:
  template <typename IdAt>
  void match_ids(const IdAt& id_at, std::size_t start, std::size_t end, std::vector<Match>& out) const;
  // The child of `node` under key `key`, or 0.
  std::uint32_t child(std::uint32_t node, std::uint32_t key) const noexcept;
  // Appends a match when `node` ends a phrase.
  void add_match(std::uint32_t node, std::size_t length, std::vector<Match>& out) const;

  rules::StringPool pool_;
  rules::HashedStrings keys_;
  rules::ImageArray<std::uint32_t> root_children_;
  rules::ImageArray<std::uint32_t> child_begin_;
  rules::ImageArray<Edge> edges_;
  rules::ImageArray<std::uint32_t> value_begin_;
  rules::ImageArray<Value> values_;
  std::size_t phrases_ = 0;
};

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_PHRASE_TRIE_HPP
