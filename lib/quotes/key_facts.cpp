#include "quotes/key_facts.hpp"

#include <algorithm>
#include <unordered_map>

namespace sayso::quotes {

WordFacts::WordFacts(const lexicon::CuePhrases& phrases, const rules::HashedStringMap<FunctionClass>& function_words,
                     const lexicon::Pronouns& pronouns, const lexicon::PhraseTrieView& vocabulary,
                     const lexicon::PhraseTrie* verbs, const lexicon::Gazetteers* gazetteers,
                     const SpeakerLexicon* speakers, const std::vector<std::uint32_t>* verb_later_keys)
    : vocabulary_(vocabulary) {
  // Records are made in the order the words come, filed by id or by text.
  std::unordered_map<std::uint32_t, std::uint32_t> by_id;  // word id -> record
  // (sized once for every word that may be filed: some 4,000, the speech
  // verbs' keys a third of them)
  const std::size_t words = phrases.one_word_roles().size() + phrases.phrase_start_roles().size() +
                            phrases.phrase_end_roles().size() + function_words.size() + pronouns.all_forms().size() +
                            (verbs != nullptr ? verbs->keys().size() : 0) +
                            (gazetteers != nullptr ? gazetteers->role_word_ids().size() : 0) +
                            (speakers != nullptr ? speakers->nouns.size() + speakers->described.size() : 0);
  by_id.reserve(words);
  records_.reserve(words + 1);
  auto record_of_id = [&](std::uint32_t id) -> Record& {
    const auto next = static_cast<std::uint32_t>(records_.size());
    const std::uint32_t record = by_id.emplace(id, next).first->second;
    if (record == next) records_.emplace_back();
    return records_[record];
  };
  auto record_of = [&](const std::string& word) -> Record& {
    const std::uint32_t id = vocabulary_.find_key(word);
    if (id != lexicon::PhraseTrieView::kNoKey) return record_of_id(id);
    const auto next = static_cast<std::uint32_t>(records_.size());
    const std::uint32_t record = outside_.emplace(word, next).first->second;
    if (record == next) records_.emplace_back();
    return records_[record];
  };
  for (const auto& [word, roles] : phrases.one_word_roles()) record_of(word).head.roles |= roles;
  for (const auto& [word, roles] : phrases.phrase_start_roles()) record_of(word).phrase_starts |= roles;
  for (const auto& [word, roles] : phrases.phrase_end_roles()) record_of(word).phrase_ends |= roles;
  for (const auto& [word, c] : function_words) record_of(word).head.function_class = static_cast<std::uint8_t>(c);
  for (const auto& [word, forms] : pronouns.all_forms()) {
    if (forms.empty()) continue;
    record_of(word).pronoun = static_cast<std::uint32_t>(pronoun_forms_.size());
    pronoun_forms_.push_back(forms);
  }
  if (verbs != nullptr) {
    // The later words' bits (several words to a bit past 64 of them);
    // without the list every key has bit 1 and every node all bits.
    std::unordered_map<std::uint32_t, std::uint8_t> later_bit;
    if (verb_later_keys != nullptr) {
      for (std::size_t i = 0; i < verb_later_keys->size(); ++i) {
        later_bit.emplace((*verb_later_keys)[i], static_cast<std::uint8_t>(i % 64 + 1));
      }
    }
    for (const auto& [word, id] : verbs->keys()) {
      const std::uint32_t node = verbs->child(0, id);  // 0: a key of the forms' later words only
      const lexicon::PhraseValues values = verbs->node_values(node);
      const auto bit = later_bit.find(id);
      const bool longer = node != 0 && verbs->has_children(node);
      record_of(word).verb = {id, node, node == 0 || values.size() == 0 ? 0 : values.front() + 1, longer,
                              verb_later_keys == nullptr ? std::uint8_t{1}
                              : bit == later_bit.end()   ? std::uint8_t{0}
                                                         : bit->second};
      if (!longer || verb_later_keys == nullptr) continue;
      if (later_edges_.size() <= node) later_edges_.resize(node + 1, ~std::uint64_t{0});
      std::uint64_t edges = 0;
      for (const auto& [later, b] : later_bit) {
        if (verbs->child(node, later) != 0) edges |= std::uint64_t{1} << (b - 1);
      }
      later_edges_[node] = edges;
    }
  }
  if (gazetteers != nullptr) {
    for (const std::uint32_t id : gazetteers->role_word_ids()) record_of_id(id).head.role_word = true;
  }
  if (speakers != nullptr) {
    for (const auto& [word, noun] : speakers->nouns) record_of(word).head.described = true;
    for (const std::string& word : speakers->described) record_of(word).head.described = true;
  }
  // The records in id order (those of the words the vocabulary lacks after
  // them): each id's bit in its block, the blocks' counts, then each record
  // where its id's rank puts it (no sort), moved there in the array it was
  // made in: which record goes to each place, then the permutation cycle by
  // cycle, a copy per record (a second array of records cost its page
  // faults at every create: some 45 of the CLI's 1,190).
  std::uint32_t last_id = 0;
  for (const auto& [id, record] : by_id) last_id = std::max(last_id, id);
  id_blocks_.assign(by_id.empty() ? 1 : last_id / 64 + 2, IdBlock{});
  for (const auto& [id, record] : by_id) id_blocks_[id / 64].bits |= std::uint64_t{1} << (id % 64);
  std::uint32_t rank = 0;
  for (IdBlock& block : id_blocks_) {
    block.rank = rank;
    rank += popcount(block.bits);
  }
  std::vector<std::uint32_t> from(records_.size());  // by place: the record as made that goes there ([0]: the empty one)
  for (const auto& [id, record] : by_id) from[WordFacts::record_of_id(id)] = record;
  auto next = static_cast<std::uint32_t>(1 + by_id.size());
  for (auto& [word, record] : outside_) {
    from[next] = record;
    record = next++;
  }
  for (std::uint32_t i = 0; i < from.size(); ++i) {
    if (from[i] == i) continue;
    const Record first = records_[i];
    std::uint32_t j = i;
    while (from[j] != i) {
      const std::uint32_t k = from[j];
      records_[j] = records_[k];
      from[j] = j;
      j = k;
    }
    records_[j] = first;
    from[j] = j;
  }
  // Each head as a key's record begins: its record's index, and the flags
  // and scan bits that the rest of the record gives.
  for (std::uint32_t i = 0; i < records_.size(); ++i) {
    Record& r = records_[i];
    r.head.record = i;
    r.head.opens_phrases = r.phrase_starts.any();
    r.head.ends_phrases = r.phrase_ends.any();
    r.head.pronoun = r.pronoun != 0;
    r.head.scan = static_cast<std::uint8_t>((r.verb.node != 0 ? KeyRecord::kScanVerbStart : 0) |
                                            KeyRecord::scan_of_roles(r.head.roles) |
                                            (r.phrase_starts.has(lexicon::CueRole::according_to)
                                                 ? KeyRecord::kScanAccordingTo
                                                 : 0) |
                                            (r.phrase_starts.has(lexicon::CueRole::acquaintance)
                                                 ? KeyRecord::kScanAcquaintance
                                                 : 0));
  }
}

KeyFacts::KeyFacts(const core::TokenKeys& keys, const lexicon::CuePhrases& phrases, const WordFacts& words, Deferred)
    : keys_(keys),
      phrases_(phrases),
      words_(words),
      store_begin_(reinterpret_cast<std::uintptr_t>(keys.store_data())),
      store_size_(keys.store_size()),
      key_at_word_(store_size_ / core::TokenKeys::kPad, kNoKey) {
  const std::size_t count = keys.distinct_count();
  record_.resize(count);
  const bool ids = keys.has_word_ids();
  // The id blocks are lines the entity stage has pushed out of the cache,
  // one a key at an address its id gives: each is asked for kPrefetchAhead
  // keys before its key, so that the rank below does not wait for it (only
  // a few iterations of this loop fit in the core's window at a time).
  constexpr std::size_t kPrefetchAhead = 16;
  if (ids) {
    for (std::size_t k = 0; k < std::min(count, kPrefetchAhead); ++k) words.prefetch_id(keys.distinct_word_id(k));
  }
  for (std::size_t k = 0; k < count; ++k) {
    const std::string_view key = keys.distinct_key(k);
    const std::uint64_t hash = keys.distinct_hash(k);
    if (ids && k + kPrefetchAhead < count) words.prefetch_id(keys.distinct_word_id(k + kPrefetchAhead));
    const std::uint32_t id = ids ? keys.distinct_word_id(k) : words.vocabulary().find_key(key, hash);
    const std::uint32_t record = words.index_of(key, hash, id);
    record_[k] = record;
    words.prefetch(record);
    // An empty key takes no word: it shares its offset with the key after it.
    if (!key.empty()) key_at_word_[keys.store_offset(k) / core::TokenKeys::kPad] = static_cast<std::uint32_t>(k);
  }
}

void KeyFacts::fill() {
  if (filled_) return;
  filled_ = true;
  const std::size_t count = record_.size();
  facts_.reserve(count);
  // The keys whose endings are to be asked (some one in three), listed
  // without a branch: a test per key of whether to ask mispredicted about
  // as often as it was true. record_ is reused for the list: its entry k
  // is read before the list's entry k is written.
  std::size_t ending_count = 0;
  for (std::size_t k = 0; k < count; ++k) {
    const std::string_view key = keys_.distinct_key(k);
    // The record's head as it is, with the key's size.
    Facts facts = words_.record(record_[k]).head;
    facts.size = static_cast<std::uint32_t>(key.size());
    // (made in place: the records are written once, with no zero fill before)
    facts_.push_back(facts);
    record_[ending_count] = static_cast<std::uint32_t>(k);
    ending_count += phrases_.may_have_ending_roles(key);
  }
  // Then the listed keys' ending roles.
  for (std::size_t i = 0; i < ending_count; ++i) {
    Facts& facts = facts_[record_[i]];
    const lexicon::CueRoleMask ending = phrases_.ending_roles_of_filtered(keys_.distinct_key(record_[i]));
    facts.roles |= ending;
    facts.scan |= Facts::scan_of_roles(ending);
  }
  record_ = std::vector<std::uint32_t>();
}

}  // namespace sayso::quotes
