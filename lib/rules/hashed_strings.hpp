// Maps and sets keyed by strings and looked up by a std::string_view with,
// optionally, its hash already computed (a token key carries one:
// lexicon::token_keys()), so that no key is hashed twice and no strings are
// compared unless their hashes agree.
//
// The growable sibling of HashedStrings (binary_image.hpp), with the same
// hash (image_hash) and the same slots: open addressing over a power-of-two
// table at most half full, a slot holding the entry's index + 1 in its low
// 32 bits and the high 32 bits of the hash in its high 32 bits. Entries keep
// their insertion order; iterators are those of a vector of entries, and
// stay valid until the next insertion. Built while rules are loaded, then
// read only: safe to read from any number of threads once built.
#ifndef SAYSO_RULES_HASHED_STRINGS_HPP
#define SAYSO_RULES_HASHED_STRINGS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/binary_image.hpp"

namespace sayso::rules {

// The slots of a HashedStringMap or HashedStringSet: which entry holds a key.
class HashedSlots {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // The index of the entry whose key is `key` (hash `hash`), or npos;
  // key_of(i) is the key of entry i.
  template <typename KeyOf>
  std::size_t find(std::string_view key, std::uint64_t hash, const KeyOf& key_of) const noexcept {
    if (slots_.empty()) return npos;
    const std::uint64_t fingerprint = hash & 0xFFFFFFFF00000000ull;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = static_cast<std::size_t>(hash) & mask;; slot = (slot + 1) & mask) {
      const std::uint64_t entry = slots_[slot];
      if (entry == 0) return npos;
      if ((entry & 0xFFFFFFFF00000000ull) != fingerprint) continue;
      const std::size_t index = static_cast<std::size_t>(entry & 0xFFFFFFFFull) - 1;
      if (key_of(index) == key) return index;
    }
  }

  // Records the entry just added, the last of `count`, under `hash`;
  // hash_of(i) is the hash of entry i, to place them all again when the
  // table grows.
  template <typename HashOf>
  void add_last(std::size_t count, std::uint64_t hash, const HashOf& hash_of) {
    if (count * 2 > slots_.size()) {
      std::size_t size = slots_.empty() ? 16 : slots_.size();
      while (count * 2 > size) size *= 2;
      slots_.assign(size, 0);
      for (std::size_t i = 0; i + 1 < count; ++i) place(i, hash_of(i));
    }
    place(count - 1, hash);
  }

 private:
  void place(std::size_t index, std::uint64_t hash) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = (hash & 0xFFFFFFFF00000000ull) | static_cast<std::uint64_t>(index + 1);
  }

  std::vector<std::uint64_t> slots_;
};

// A map from strings to V, in the manner of std::unordered_map (find, count,
// operator[], emplace, iteration over std::pair<std::string, V>).
template <typename V>
class HashedStringMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  const_iterator begin() const noexcept { return entries_.begin(); }
  const_iterator end() const noexcept { return entries_.end(); }
  iterator begin() noexcept { return entries_.begin(); }
  iterator end() noexcept { return entries_.end(); }
  std::size_t size() const noexcept { return entries_.size(); }
  bool empty() const noexcept { return entries_.empty(); }

  const_iterator find(std::string_view key) const noexcept { return find(key, image_hash(key)); }
  const_iterator find(std::string_view key, std::uint64_t hash) const noexcept {
    const std::size_t i = index_of(key, hash);
    return i == HashedSlots::npos ? end() : begin() + static_cast<std::ptrdiff_t>(i);
  }
  iterator find(std::string_view key) noexcept { return find(key, image_hash(key)); }
  iterator find(std::string_view key, std::uint64_t hash) noexcept {
    const std::size_t i = index_of(key, hash);
    return i == HashedSlots::npos ? end() : begin() + static_cast<std::ptrdiff_t>(i);
  }
  std::size_t count(std::string_view key) const noexcept { return find(key) == end() ? 0 : 1; }
  std::size_t count(std::string_view key, std::uint64_t hash) const noexcept { return find(key, hash) == end() ? 0 : 1; }

  void reserve(std::size_t entries) {
    entries_.reserve(entries);
    hashes_.reserve(entries);
  }

  // Adds (key, value) unless the key is there; the entry, and whether it is new.
  std::pair<iterator, bool> emplace(std::string key, V value) {
    const std::uint64_t hash = image_hash(key);
    const std::size_t found = index_of(key, hash);
    if (found != HashedSlots::npos) return {begin() + static_cast<std::ptrdiff_t>(found), false};
    entries_.emplace_back(std::move(key), std::move(value));
    hashes_.push_back(hash);
    slots_.add_last(entries_.size(), hash, [this](std::size_t i) { return hashes_[i]; });
    return {end() - 1, true};
  }
  // The value of `key`, added as V{} when absent.
  V& operator[](std::string_view key) { return emplace(std::string(key), V{}).first->second; }

 private:
  std::size_t index_of(std::string_view key, std::uint64_t hash) const noexcept {
    return slots_.find(key, hash, [this](std::size_t i) { return std::string_view(entries_[i].first); });
  }

  std::vector<value_type> entries_;
  std::vector<std::uint64_t> hashes_;  // by entry, to rebuild the slots when they grow
  HashedSlots slots_;
};

// A set of strings, in the manner of std::unordered_set (insert, find,
// count, iteration over std::string).
class HashedStringSet {
 public:
  using const_iterator = std::vector<std::string>::const_iterator;

  const_iterator begin() const noexcept { return keys_.begin(); }
  const_iterator end() const noexcept { return keys_.end(); }
  std::size_t size() const noexcept { return keys_.size(); }
  bool empty() const noexcept { return keys_.empty(); }

  const_iterator find(std::string_view key) const noexcept { return find(key, image_hash(key)); }
  const_iterator find(std::string_view key, std::uint64_t hash) const noexcept {
    const std::size_t i = slots_.find(key, hash, [this](std::size_t k) { return std::string_view(keys_[k]); });
    return i == HashedSlots::npos ? end() : begin() + static_cast<std::ptrdiff_t>(i);
  }
  std::size_t count(std::string_view key) const noexcept { return find(key) == end() ? 0 : 1; }
  std::size_t count(std::string_view key, std::uint64_t hash) const noexcept { return find(key, hash) == end() ? 0 : 1; }

  // Adds `key` unless it is there; the entry, and whether it is new.
  std::pair<const_iterator, bool> insert(std::string key) {
    const std::uint64_t hash = image_hash(key);
    const const_iterator found = find(key, hash);
    if (found != end()) return {found, false};
    keys_.push_back(std::move(key));
    hashes_.push_back(hash);
    slots_.add_last(keys_.size(), hash, [this](std::size_t i) { return hashes_[i]; });
    return {end() - 1, true};
  }

 private:
  std::vector<std::string> keys_;
  std::vector<std::uint64_t> hashes_;
  HashedSlots slots_;
};

// A map from string views to V, each key given with its hash (a token
// key's: lexicon::token_keys()), for the per-document tables of a stage: no
// key is copied or hashed again. The views must outlive the map (a
// document's token keys do). find() and operator() in the manner of
// HashedStringMap; entries keep their insertion order.
template <typename V>
class HashedViewMap {
 public:
  bool empty() const noexcept { return values_.empty(); }
  std::size_t size() const noexcept { return values_.size(); }

  // The value of `key` (hash `hash`), or null.
  const V* find(std::string_view key, std::uint64_t hash) const noexcept {
    const std::size_t i = index_of(key, hash);
    return i == HashedSlots::npos ? nullptr : &values_[i];
  }
  V* find(std::string_view key, std::uint64_t hash) noexcept {
    const std::size_t i = index_of(key, hash);
    return i == HashedSlots::npos ? nullptr : &values_[i];
  }
  std::size_t count(std::string_view key, std::uint64_t hash) const noexcept {
    return index_of(key, hash) == HashedSlots::npos ? 0 : 1;
  }
  // The value of `key`, added as V{} when absent.
  V& operator()(std::string_view key, std::uint64_t hash) {
    const std::size_t found = index_of(key, hash);
    if (found != HashedSlots::npos) return values_[found];
    keys_.push_back(key);
    hashes_.push_back(hash);
    values_.emplace_back();
    slots_.add_last(keys_.size(), hash, [this](std::size_t i) { return hashes_[i]; });
    return values_.back();
  }
  // The keys and values, in insertion order.
  std::string_view key(std::size_t i) const noexcept { return keys_[i]; }
  std::uint64_t hash(std::size_t i) const noexcept { return hashes_[i]; }
  const V& value(std::size_t i) const noexcept { return values_[i]; }

 private:
  std::size_t index_of(std::string_view key, std::uint64_t hash) const noexcept {
    return slots_.find(key, hash, [this](std::size_t i) { return keys_[i]; });
  }

  std::vector<std::string_view> keys_;
  std::vector<std::uint64_t> hashes_;
  std::vector<V> values_;
  HashedSlots slots_;
};

// A set of string views, each given with its hash (HashedViewMap's terms).
class HashedViewSet {
 public:
  bool empty() const noexcept { return map_.empty(); }
  std::size_t size() const noexcept { return map_.size(); }
  std::size_t count(std::string_view key, std::uint64_t hash) const noexcept { return map_.count(key, hash); }
  void insert(std::string_view key, std::uint64_t hash) { map_(key, hash); }

 private:
  struct Nothing {};
  HashedViewMap<Nothing> map_;
};

}  // namespace sayso::rules

#endif  // SAYSO_RULES_HASHED_STRINGS_HPP
