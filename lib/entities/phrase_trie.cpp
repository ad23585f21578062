#include "entities/phrase_trie.hpp"

#include "text/char_class.hpp"

namespace sayso::entities {

std::string normalize_token(std::string_view token_text) {
  std::string folded = text::fold_case(token_text);
  // ’ (E2 80 99), ‘ (E2 80 98), ʼ (CA BC) -> '
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == '\xE2' && i + 2 < folded.size() && folded[i + 1] == '\x80' &&
        (folded[i + 2] == '\x99' || folded[i + 2] == '\x98')) {
      out.push_back('\'');
      i += 2;
    } else if (folded[i] == '\xCA' && i + 1 < folded.size() && folded[i + 1] == '\xBC') {
      out.push_back('\'');
      i += 1;
    } else {
      out.push_back(folded[i]);
    }
  }
  return out;
}

std::uint32_t PhraseTrie::key_id(const std::string& key, bool add) {
  const auto it = key_ids_.find(key);
  if (it != key_ids_.end()) return it->second;
  if (!add) return UINT32_MAX;
  const auto id = static_cast<std::uint32_t>(key_ids_.size());
  key_ids_.emplace(key, id);
  return id;
}

void PhraseTrie::reserve(std::size_t phrases) {
  key_ids_.reserve(phrases);
  children_.reserve(phrases * 2);
  node_values_.reserve(phrases);
}

void PhraseTrie::insert(const std::vector<std::string>& keys, Value value) {
  if (keys.empty()) return;
  std::uint32_t node = 0;
  for (const auto& key : keys) {
    const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | key_id(key, true);
    const auto it = children_.find(edge);
    if (it != children_.end()) {
      node = it->second;
    } else {
      const std::uint32_t child = next_node_++;
      children_.emplace(edge, child);
      node = child;
    }
  }
  if (node_values_.size() <= node) node_values_.resize(node + 1);
  auto& values = node_values_[node];
  if (values.empty()) ++phrases_;
  for (const Value v : values) {
    if (v == value) return;
  }
  values.push_back(value);
}

void PhraseTrie::match_all(const std::vector<std::string>& keys, std::size_t start, std::size_t end,
                           std::vector<Match>& out) const {
  std::uint32_t node = 0;
  for (std::size_t i = start; i < end; ++i) {
    const auto key = key_ids_.find(keys[i]);
    if (key == key_ids_.end()) return;
    const auto child = children_.find((static_cast<std::uint64_t>(node) << 32) | key->second);
    if (child == children_.end()) return;
    node = child->second;
    if (node < node_values_.size() && !node_values_[node].empty()) out.push_back({i - start + 1, &node_values_[node]});
  }
}

void PhraseTrie::match_all_ids(const std::vector<std::uint32_t>& ids, std::size_t start, std::size_t end,
                               std::vector<Match>& out) const {
  std::uint32_t node = 0;
  for (std::size_t i = start; i < end; ++i) {
    if (ids[i] == kNoKey) return;
    const auto child = children_.find((static_cast<std::uint64_t>(node) << 32) | ids[i]);
    if (child == children_.end()) return;
    node = child->second;
    if (node < node_values_.size() && !node_values_[node].empty()) out.push_back({i - start + 1, &node_values_[node]});
  }
}

}  // namespace sayso::entities
