#include "core/token_keys.hpp"

namespace sayso::core {

void TokenKeys::reset(std::size_t tokens) {
  key_of_token_.clear();
  distinct_.clear();
  word_ids_.clear();
  word_ids_given_ = false;
  words_.clear();
  std::size_t slots = kFirstSlots;
  while (slots < tokens && slots < kMostFirstSlots) slots *= 2;
  slots_.assign(slots, 0);
  key_of_token_.reserve(tokens);
  distinct_.reserve(slots / 2);
  words_.reserve(slots / 2);
}

void TokenKeys::push_back(std::string_view key, std::uint64_t hash) {
  scratch_.assign(padded_size(key.size()), '\0');
  key.copy(scratch_.data(), key.size());
  push_back_padded(scratch_.data(), key.size(), [hash] { return hash; });
}

void TokenKeys::push_back_new(const char* key, std::size_t size, std::uint64_t hash, std::size_t slot) {
  const std::size_t padded = padded_size(size);
  const std::size_t at = words_.size() * kPad;
  if (padded > UINT32_MAX - at || distinct_.size() >= UINT32_MAX - 1) {
    throw std::length_error("token keys: the distinct keys of one document pass 4 GiB or 2^32 - 1 keys");
  }
  const auto index = static_cast<std::uint32_t>(distinct_.size());
  distinct_.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(size), hash});
  for (std::size_t k = 0; k < padded; k += kPad) {
    std::uint64_t word;
    std::memcpy(&word, key + k, kPad);
    words_.push_back(word);
  }
  key_of_token_.push_back(index);
  slots_[slot] = index + 1;
  if (2 * distinct_.size() > slots_.size()) rebuild_slots(2 * slots_.size());  // at most half full
}

void TokenKeys::push_back_new_word(std::uint64_t word, std::size_t size, std::uint64_t hash, std::size_t slot) {
  const std::size_t at = words_.size() * kPad;
  if (kPad > UINT32_MAX - at || distinct_.size() >= UINT32_MAX - 1) {
    throw std::length_error("token keys: the distinct keys of one document pass 4 GiB or 2^32 - 1 keys");
  }
  const auto index = static_cast<std::uint32_t>(distinct_.size());
  distinct_.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(size), hash});
  words_.push_back(word);
  key_of_token_.push_back(index);
  slots_[slot] = index + 1;
  if (2 * distinct_.size() > slots_.size()) rebuild_slots(2 * slots_.size());  // at most half full
}

void TokenKeys::rebuild_slots(std::size_t count) {
  while (count < 2 * distinct_.size() + 2) count *= 2;
  slots_.assign(count, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = 0; k < distinct_.size(); ++k) {
    const DistinctKey& key = distinct_[k];
    std::size_t slot = slot_of(reinterpret_cast<const char*>(words_.data()) + key.begin, key.size) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<std::uint32_t>(k + 1);
  }
}

void TokenKeys::set_word_ids(std::vector<std::uint32_t> ids) {
  if (ids.size() != distinct_.size()) {
    throw std::invalid_argument("token keys: " + std::to_string(ids.size()) + " word ids given for " +
                                std::to_string(distinct_.size()) + " distinct keys");
  }
  word_ids_ = std::move(ids);
  word_ids_given_ = true;
}

void TokenKeys::shrink_to_fit() {
  key_of_token_.shrink_to_fit();
  distinct_.shrink_to_fit();
  words_.shrink_to_fit();
  slots_ = std::vector<std::uint32_t>();
  scratch_ = std::vector<char>();
}

}  // namespace sayso::core
