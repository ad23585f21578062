#include "quotes/key_facts.hpp"

#include <algorithm>

namespace sayso::quotes {
namespace {

void fill(KeyFacts::Facts& f, std::string_view key, std::uint64_t hash, const lexicon::CuePhrases& phrases,
          const rules::HashedStringMap<FunctionClass>& function_words) {
  f.roles = phrases.roles_of(key, hash);
  f.phrase_starts = phrases.phrase_roles_starting_with(key, hash);
  f.size = static_cast<std::uint32_t>(key.size());
  const auto it = function_words.find(key, hash);
  if (it != function_words.end()) f.function_class = static_cast<std::uint8_t>(it->second);
}

}  // namespace

KeyFacts::KeyFacts(const core::TokenKeys& keys, const lexicon::CuePhrases& phrases,
                   const rules::HashedStringMap<FunctionClass>& function_words)
    : keys_(keys) {
  const std::size_t count = keys.distinct_count();
  facts_.resize(count);
  // The span of the store: from the lowest key's first byte to the highest
  // key's padded end (empty keys take no part: they may share an address
  // with the key after them).
  std::uintptr_t low = UINTPTR_MAX, high = 0;
  // Keys are numbered in the order of their first token: each is filled at
  // that token, with the hash the token carries.
  std::size_t filled = 0;
  for (std::size_t t = 0; t < keys.size() && filled < count; ++t) {
    if (keys.key_index(t) != filled) continue;
    const std::string_view key = keys[t];
    const std::uint64_t hash = keys.hash(t);
    fill(facts_[filled++], key, hash, phrases, function_words);
    if (key.empty()) continue;
    const auto at = reinterpret_cast<std::uintptr_t>(key.data());
    low = std::min(low, at);
    high = std::max(high, at + core::TokenKeys::padded_size(key.size()));
  }
  // (Keys filled some other way than token by token: the rest by index.)
  for (; filled < count; ++filled) {
    const std::string_view key = keys.distinct_key(filled);
    fill(facts_[filled], key, rules::image_hash(key), phrases, function_words);
    if (key.empty()) continue;
    const auto at = reinterpret_cast<std::uintptr_t>(key.data());
    low = std::min(low, at);
    high = std::max(high, at + core::TokenKeys::padded_size(key.size()));
  }
  if (high == 0) return;  // no key with bytes: of_view() finds none
  store_begin_ = low;
  store_size_ = high - low;
  key_at_word_.assign(store_size_ / core::TokenKeys::kPad, kNoKey);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view key = keys.distinct_key(i);
    if (key.empty()) continue;
    const std::uintptr_t offset = reinterpret_cast<std::uintptr_t>(key.data()) - store_begin_;
    key_at_word_[offset / core::TokenKeys::kPad] = static_cast<std::uint32_t>(i);
  }
}

}  // namespace sayso::quotes
