#include "lexicon/phrase_trie.hpp"

#include <algorithm>
#include <tuple>

#include "core/char_class.hpp"

namespace sayso::lexicon {

std::string normalize_token(std::string_view token_text) {
  std::string folded = core::fold_case(token_text);
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
      if (has_children_.size() <= node) has_children_.resize(node + 1, 0);
      has_children_[node] = 1;
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

PhraseValues PhraseTrie::one_key_values(std::uint32_t id) const {
  const auto child = children_.find(id);  // the edge (root 0, id)
  if (child == children_.end() || child->second >= node_values_.size()) return {nullptr, 0};
  const std::vector<Value>& values = node_values_[child->second];
  return {values.data(), values.size()};
}

// The one walk of the three match_all() forms: id_at(i) is the key id of
// position i, kNoKey when no phrase uses that key.
template <typename IdAt>
void PhraseTrie::match_ids(const IdAt& id_at, std::size_t start, std::size_t end, std::vector<Match>& out) const {
  std::uint32_t node = 0;
  for (std::size_t i = start; i < end; ++i) {
    const std::uint32_t id = id_at(i);
    if (id == kNoKey) return;
    const auto child = children_.find((static_cast<std::uint64_t>(node) << 32) | id);
    if (child == children_.end()) return;
    node = child->second;
    if (node < node_values_.size() && !node_values_[node].empty()) out.push_back({i - start + 1, {node_values_[node].data(), node_values_[node].size()}});
  }
}

void PhraseTrie::match_all(const std::vector<std::string>& keys, std::size_t start, std::size_t end,
                           std::vector<Match>& out) const {
  match_ids([&](std::size_t i) { return find_key(keys[i]); }, start, end, out);
}

void PhraseTrie::match_all(const core::TokenKeys& keys, std::size_t start, std::size_t end,
                           std::vector<Match>& out) const {
  match_ids(
      [&](std::size_t i) {
        const auto key = key_ids_.find(keys[i], keys.hash(i));
        return key == key_ids_.end() ? kNoKey : key->second;
      },
      start, end, out);
}

void PhraseTrie::match_all_ids(const std::vector<std::uint32_t>& ids, std::size_t start, std::size_t end,
                               std::vector<Match>& out) const {
  match_ids([&](std::size_t i) { return ids[i]; }, start, end, out);
}

void PhraseTrie::write(rules::ImageWriter& writer, std::uint32_t first_section_id) const {
  std::vector<std::string> keys(key_ids_.size());
  for (const auto& [key, id] : key_ids_) keys[id] = key;
  rules::HashedStrings::write(writer, keys, first_section_id, first_section_id + 1);

  const std::uint32_t node_count = next_node_;
  std::vector<std::uint32_t> root_children(keys.size(), 0);
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> edges;  // parent, key, child
  edges.reserve(children_.size());
  for (const auto& [edge, child] : children_) {
    const auto parent = static_cast<std::uint32_t>(edge >> 32);
    const auto key = static_cast<std::uint32_t>(edge & 0xFFFFFFFFu);
    if (parent == 0) root_children[key] = child;
    else edges.emplace_back(parent, key, child);
  }
  std::sort(edges.begin(), edges.end());
  std::vector<std::uint32_t> child_begin(node_count + 1, 0);
  std::vector<PhraseTrieView::Edge> flat_edges;
  flat_edges.reserve(edges.size());
  for (const auto& [parent, key, child] : edges) {
    ++child_begin[parent + 1];
    flat_edges.push_back({key, child});
  }
  for (std::uint32_t n = 0; n < node_count; ++n) child_begin[n + 1] += child_begin[n];

  std::vector<std::uint32_t> value_begin(node_count + 1, 0);
  std::vector<Value> values;
  for (std::uint32_t n = 0; n < node_count; ++n) {
    if (n < node_values_.size()) values.insert(values.end(), node_values_[n].begin(), node_values_[n].end());
    value_begin[n + 1] = static_cast<std::uint32_t>(values.size());
  }
  writer.add_section(first_section_id + 2, root_children);
  writer.add_section(first_section_id + 3, child_begin);
  writer.add_section(first_section_id + 4, flat_edges);
  writer.add_section(first_section_id + 5, value_begin);
  writer.add_section(first_section_id + 6, values);
  writer.add_section(first_section_id + 7, std::vector<std::uint64_t>{phrases_});
}

Result<PhraseTrieView> PhraseTrieView::read(const rules::ImageView& image, std::uint32_t first_section_id,
                                            rules::StringPool pool) {
  PhraseTrieView view;
  view.pool_ = pool;
  auto keys = rules::HashedStrings::read(image, first_section_id, first_section_id + 1);
  if (!keys) return keys.error();
  view.keys_ = keys.value();
  auto root = image.section<std::uint32_t>(first_section_id + 2);
  auto child_begin = image.section<std::uint32_t>(first_section_id + 3);
  auto edges = image.section<Edge>(first_section_id + 4);
  auto value_begin = image.section<std::uint32_t>(first_section_id + 5);
  auto values = image.section<Value>(first_section_id + 6);
  for (const Error* e : {root ? nullptr : &root.error(), child_begin ? nullptr : &child_begin.error(),
                         edges ? nullptr : &edges.error(), value_begin ? nullptr : &value_begin.error(),
                         values ? nullptr : &values.error()}) {
    if (e) return *e;
  }
  view.root_children_ = root.value();
  view.child_begin_ = child_begin.value();
  view.edges_ = edges.value();
  view.value_begin_ = value_begin.value();
  view.values_ = values.value();
  // The shape every lookup relies on: one entry per key and per node (plus
  // one), offsets that end at the arrays' ends.
  const std::size_t nodes = view.child_begin_.empty() ? 0 : view.child_begin_.size() - 1;
  if (view.root_children_.size() != view.keys_.strings.size() || view.value_begin_.size() != nodes + 1 ||
      (nodes > 0 && (view.child_begin_[nodes] != view.edges_.size() || view.value_begin_[nodes] != view.values_.size()))) {
    return Error(ErrorCode::internal, "binary image: a phrase trie whose sections do not fit together");
  }
  auto phrases = image.section<std::uint64_t>(first_section_id + 7);
  if (!phrases) return phrases.error();
  if (phrases.value().size() != 1) return Error(ErrorCode::internal, "binary image: a phrase trie without its phrase count");
  view.phrases_ = static_cast<std::size_t>(phrases.value()[0]);
  return view;
}

std::uint32_t PhraseTrieView::child(std::uint32_t node, std::uint32_t key) const noexcept {
  if (node == 0) return root_children_[key];
  const Edge* first = edges_.begin() + child_begin_[node];
  const Edge* last = edges_.begin() + child_begin_[node + 1];
  const Edge* it = std::lower_bound(first, last, key, [](const Edge& e, std::uint32_t k) { return e.key < k; });
  return it != last && it->key == key ? it->node : 0;
}

void PhraseTrieView::add_match(std::uint32_t node, std::size_t length, std::vector<Match>& out) const {
  const std::uint32_t first = value_begin_[node];
  const std::uint32_t last = value_begin_[node + 1];
  if (first != last) out.push_back({length, {values_.begin() + first, last - first}});
}

// The one walk of the three match_all() forms: id_at(i) is the key id of
// position i, kNoKey when no phrase uses that key (an id past the keys,
// which only match_all_ids() can be given, is none either).
template <typename IdAt>
void PhraseTrieView::match_ids(const IdAt& id_at, std::size_t start, std::size_t end, std::vector<Match>& out) const {
  std::uint32_t node = 0;
  for (std::size_t i = start; i < end; ++i) {
    const std::uint32_t id = id_at(i);
    if (id == kNoKey || id >= root_children_.size()) return;
    node = child(node, id);
    if (node == 0) return;
    add_match(node, i - start + 1, out);
  }
}

void PhraseTrieView::match_all(const std::vector<std::string>& keys, std::size_t start, std::size_t end,
                               std::vector<Match>& out) const {
  match_ids([&](std::size_t i) { return find_key(keys[i]); }, start, end, out);
}

void PhraseTrieView::match_all(const core::TokenKeys& keys, std::size_t start, std::size_t end,
                               std::vector<Match>& out) const {
  match_ids([&](std::size_t i) { return find_key(keys[i], keys.hash(i)); }, start, end, out);
}

void PhraseTrieView::match_all_ids(const std::vector<std::uint32_t>& ids, std::size_t start, std::size_t end,
                                   std::vector<Match>& out) const {
  match_ids([&](std::size_t i) { return ids[i]; }, start, end, out);
}

}  // namespace sayso::lexicon
