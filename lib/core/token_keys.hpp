// The lookup keys of a document's tokens, each distinct key stored once.
//
// A token's key is its normalised text (lexicon::normalize_token: case
// folded, typographic apostrophes folded to "'"), the form every rule table
// and gazetteer is looked up by. lexicon::token_keys() fills them once per
// document, into the DocumentBuilder, for every stage; this class only
// stores them. News repeats its words: a few thousand distinct keys make a
// million tokens. So each distinct key is kept once (its bytes in one char
// buffer, its begin, length and hash, rules::image_hash, in 16 bytes), and
// each token holds the 32-bit index of its key: 4 bytes a token, where a
// copy of every key with a 32-bit end and a 64-bit hash took 12 bytes plus
// the key's bytes. The hash is kept so that a hashed lookup never hashes a
// token twice. A text of nothing but distinct words costs 20 bytes a token
// plus its keys' bytes.
//
// Contract: keys[t] is a view into the buffer, valid while the TokenKeys
// lives and is not refilled; tokens with equal keys get the same view.
// Immutable once filled; safe to read from any number of threads.
#ifndef SAYSO_CORE_TOKEN_KEYS_HPP
#define SAYSO_CORE_TOKEN_KEYS_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sayso::core {

class TokenKeys {
 public:
  std::size_t size() const noexcept { return key_of_token_.size(); }
  bool empty() const noexcept { return key_of_token_.empty(); }

  // The key of token t. Requires t < size().
  std::string_view operator[](std::size_t t) const noexcept {
    const DistinctKey& key = distinct_[key_of_token_[t]];
    return std::string_view(reinterpret_cast<const char*>(words_.data()) + key.begin, key.size);
  }
  // The hash of the key of token t (rules::image_hash of operator[](t)).
  std::uint64_t hash(std::size_t t) const noexcept { return distinct_[key_of_token_[t]].hash; }
  // How many distinct keys the tokens have.
  std::size_t distinct_count() const noexcept { return distinct_.size(); }
  // The index of token t's key among the distinct keys (0 ..
  // distinct_count() - 1, in order of first use): tokens with equal keys
  // share it, so a table by key index answers a question once per key.
  // Requires t < size().
  std::uint32_t key_index(std::size_t t) const noexcept { return key_of_token_[t]; }
  // The distinct key of index k and its hash. Requires k < distinct_count().
  std::string_view distinct_key(std::size_t k) const noexcept {
    return std::string_view(reinterpret_cast<const char*>(words_.data()) + distinct_[k].begin, distinct_[k].size);
  }
  std::uint64_t distinct_hash(std::size_t k) const noexcept { return distinct_[k].hash; }
  // The bytes every key view points into: the distinct keys, each padded
  // to a multiple of kPad bytes, back to back in index order (distinct_key(k)
  // begins store_offset(k) bytes from store_data()).
  const char* store_data() const noexcept { return reinterpret_cast<const char*>(words_.data()); }
  std::size_t store_size() const noexcept { return words_.size() * kPad; }
  std::size_t store_offset(std::size_t k) const noexcept { return distinct_[k].begin; }

  // The vocabulary's id of each distinct key (lexicon::token_keys with a
  // vocabulary gives them: one hashed lookup per distinct key of the
  // document, read by every stage), or none yet: has_word_ids() is false
  // until set_word_ids(). A stage reads its facts of a word by this id.
  bool has_word_ids() const noexcept { return word_ids_given_; }
  // The id of token t's key. Requires has_word_ids() and t < size().
  std::uint32_t word_id(std::size_t t) const noexcept { return word_ids_[key_of_token_[t]]; }
  // The id of the distinct key of index k. Requires has_word_ids() and k < distinct_count().
  std::uint32_t distinct_word_id(std::size_t k) const noexcept { return word_ids_[k]; }
  // For the filler: one id per distinct key, in key index order. Throws
  // std::invalid_argument when the count is not distinct_count().
  void set_word_ids(std::vector<std::uint32_t> ids);

  // Keys in token order, by value (std::string_view), for algorithms and
  // range constructors: std::vector<std::string_view>(keys.begin() + b, keys.begin() + e).
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    const_iterator() = default;
    const_iterator(const TokenKeys* keys, std::size_t t) : keys_(keys), t_(t) {}
    std::string_view operator*() const noexcept { return (*keys_)[t_]; }
    std::string_view operator[](difference_type n) const noexcept { return (*keys_)[t_ + n]; }
    std::uint64_t hash(difference_type n = 0) const noexcept { return keys_->hash(t_ + n); }
    std::size_t index() const noexcept { return t_; }
    const_iterator& operator++() noexcept { ++t_; return *this; }
    const_iterator& operator--() noexcept { --t_; return *this; }
    const_iterator operator++(int) noexcept { const_iterator old = *this; ++t_; return old; }
    const_iterator operator--(int) noexcept { const_iterator old = *this; --t_; return old; }
    const_iterator& operator+=(difference_type n) noexcept { t_ += n; return *this; }
    const_iterator& operator-=(difference_type n) noexcept { t_ -= n; return *this; }
    friend const_iterator operator+(const_iterator i, difference_type n) noexcept { return i += n; }
    friend const_iterator operator+(difference_type n, const_iterator i) noexcept { return i += n; }
    friend const_iterator operator-(const_iterator i, difference_type n) noexcept { return i -= n; }
    friend difference_type operator-(const_iterator a, const_iterator b) noexcept {
      return static_cast<difference_type>(a.t_) - static_cast<difference_type>(b.t_);
    }
    friend bool operator==(const_iterator a, const_iterator b) noexcept { return a.t_ == b.t_; }
    friend bool operator!=(const_iterator a, const_iterator b) noexcept { return a.t_ != b.t_; }
    friend bool operator<(const_iterator a, const_iterator b) noexcept { return a.t_ < b.t_; }

   private:
    const TokenKeys* keys_ = nullptr;
    std::size_t t_ = 0;
  };
  const_iterator begin() const noexcept { return const_iterator(this, 0); }
  const_iterator end() const noexcept { return const_iterator(this, size()); }

  // For the filler (lexicon::token_keys): empties the store and makes room
  // for `tokens` tokens.
  void reset(std::size_t tokens);

  // Keys are compared a word of kPad bytes at a time: a padded key is
  // followed by zero bytes up to a multiple of kPad.
  static constexpr std::size_t kPad = 8;
  static constexpr std::size_t padded_size(std::size_t size) noexcept { return (size + kPad - 1) / kPad * kPad; }

  // Appends the next token's key, given with its hash (after a reset, or
  // after shrink_to_fit at the cost of finding the keys' slots again). A key
  // already in the store keeps the hash it came with. Throws
  // std::length_error when the distinct keys of one document pass 4 GiB or
  // 2^32 - 1 keys (indexes are 32 bits).
  void push_back(std::string_view key, std::uint64_t hash);
  // The same without a copy, for a key whose bytes key[size ..
  // padded_size(size)) are zero (the filler's own buffer); hash_of() gives
  // the key's hash and is called only for a key the store does not hold
  // yet. Keys are found by a hash of their padded words (slot_of), so a
  // repeated key (most tokens) is never hashed byte by byte. Inline: nearly
  // every token's key was seen before, and is found in a few instructions.
  template <typename HashOf>
  void push_back_padded(const char* key, std::size_t size, const HashOf& hash_of) {
    if (slots_.empty()) rebuild_slots(kFirstSlots);  // after shrink_to_fit
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = slot_of(key, size) & mask;; slot = (slot + 1) & mask) {
      const std::uint32_t entry = slots_[slot];
      if (entry == 0) return push_back_new(key, size, hash_of(), slot);
      const DistinctKey& seen = distinct_[entry - 1];
      if (seen.size == size && same_padded(reinterpret_cast<const char*>(words_.data()) + seen.begin, key, size)) {
        key_of_token_.push_back(entry - 1);
        return;
      }
    }
  }
  // The same for a key of 1 to 8 bytes given as one word (its bytes the
  // low ones, zero past `size`): found and compared in registers, no
  // buffer written or read.
  template <typename HashOf>
  void push_back_word(std::uint64_t word, std::size_t size, const HashOf& hash_of) {
    if (slots_.empty()) rebuild_slots(kFirstSlots);  // after shrink_to_fit
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = slot_of_word(word, size) & mask;; slot = (slot + 1) & mask) {
      const std::uint32_t entry = slots_[slot];
      if (entry == 0) return push_back_new_word(word, size, hash_of(), slot);
      const DistinctKey& seen = distinct_[entry - 1];
      if (seen.size == size && words_[seen.begin / kPad] == word) {
        key_of_token_.push_back(entry - 1);
        return;
      }
    }
  }
  // Gives back the growth slack and the table that found repeated keys,
  // once the document's keys are all in.
  void shrink_to_fit();

 private:
  struct DistinctKey {
    std::uint32_t begin;  // in bytes, from words_.data()
    std::uint32_t size;
    std::uint64_t hash;
  };
  // The table's first size, a power of two: the tokens of a short
  // document, or what a long one's first pages need; it doubles when half full.
  static constexpr std::size_t kFirstSlots = 256;
  static constexpr std::size_t kMostFirstSlots = std::size_t{1} << 16;

  // The table's hash of a padded key: its words multiplied in, a word at a
  // time (the bytes of a key are not hashed one by one), the high bits
  // folded into the low ones.
  static constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  static std::size_t slot_of(const char* key, std::size_t size) noexcept {
    std::uint64_t h = size * kMultiplier;
    for (std::size_t k = 0; k < size; k += kPad) {
      std::uint64_t word;
      std::memcpy(&word, key + k, kPad);
      h = (h ^ word) * kMultiplier;
    }
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  // slot_of of a key of 1 to 8 bytes, its padded word given.
  static std::size_t slot_of_word(std::uint64_t word, std::size_t size) noexcept {
    const std::uint64_t h = (size * kMultiplier ^ word) * kMultiplier;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  // Whether two padded keys of `size` bytes are equal, a word at a time:
  // keys are a few bytes, and a call of memcmp would cost more.
  static bool same_padded(const char* a, const char* b, std::size_t size) noexcept {
    for (std::size_t k = 0; k < size; k += kPad) {
      std::uint64_t x, y;
      std::memcpy(&x, a + k, kPad);
      std::memcpy(&y, b + k, kPad);
      if (x != y) return false;
    }
    return true;
  }
  // push_back_padded for a key not in the table, whose empty slot is `slot`: adds it.
  void push_back_new(const char* key, std::size_t size, std::uint64_t hash, std::size_t slot);
  // push_back_word for a key not in the table.
  void push_back_new_word(std::uint64_t word, std::size_t size, std::uint64_t hash, std::size_t slot);
  // Makes the table at least `count` slots (a power of two, over twice the
  // distinct keys) and puts every distinct key in it.
  void rebuild_slots(std::size_t count);

  std::vector<std::uint32_t> key_of_token_;  // key_of_token_[t]: the index in distinct_ of token t's key
  std::vector<DistinctKey> distinct_;        // each distinct key once, in order of first use
  std::vector<std::uint64_t> words_;         // the distinct keys' bytes, each padded, back to back
  std::vector<std::uint32_t> word_ids_;      // by distinct key: its vocabulary id (empty until set_word_ids)
  bool word_ids_given_ = false;
  std::vector<std::uint32_t> slots_;         // while filling: 1 + an index in distinct_ per hash slot; 0 empty
  std::vector<char> scratch_;                // push_back's padded copy of a key
};

}  // namespace sayso::core

#endif  // SAYSO_CORE_TOKEN_KEYS_HPP
