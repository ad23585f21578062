#include "lexicon/token_keys.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/char_class.hpp"
#include "lexicon/phrase_trie.hpp"

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "token_keys masks the first bytes of a word as its low ones");

namespace sayso::lexicon {

const core::TokenKeys& token_keys(DocumentBuilder& builder) {
  core::TokenKeys& keys = builder.token_keys();
  const Document& doc = builder.document();
  const auto& tokens = doc.tokens();
  if (keys.size() == tokens.size()) return keys;
  keys.reset(tokens.size());
  // A key is lowered here a word of eight bytes at a time, zero past its
  // end up to its padded size (TokenKeys::push_back_padded), and hashed
  // (key_hash) only when the store does not hold it yet.
  // Room for a key of two words; a longer token makes more.
  std::vector<std::uint64_t> lowered(2, 0);
  const std::string_view text = doc.text();
  // The first n bytes of a word (little-endian: the low ones), by n.
  static constexpr std::uint64_t kFirstBytes[9] = {0,
                                                   0xFFULL,
                                                   0xFFFFULL,
                                                   0xFFFFFFULL,
                                                   0xFFFFFFFFULL,
                                                   0xFFFFFFFFFFULL,
                                                   0xFFFFFFFFFFFFULL,
                                                   0xFFFFFFFFFFFFFFULL,
                                                   ~0ULL};
  for (const Token& t : tokens) {
    const std::size_t size = t.span.size();
    const char* bytes = text.data() + t.span.begin;
    if (size - 1 < core::TokenKeys::kPad && t.span.begin + core::TokenKeys::kPad <= text.size()) {
      // Most tokens: one word of ASCII, 1 to 8 bytes, kept in a register.
      std::uint64_t word;
      std::memcpy(&word, bytes, core::TokenKeys::kPad);
      word &= kFirstBytes[size];
      if ((word & core::kEveryHighBit) == 0) {
        const std::uint64_t key = core::lower_ascii_word(word);
        keys.push_back_word(key, size, [key, size] {
          char key_bytes[core::TokenKeys::kPad];
          std::memcpy(key_bytes, &key, core::TokenKeys::kPad);
          return key_hash(std::string_view(key_bytes, size));
        });
        continue;
      }
    }
    // The bytes the token's words may read: up to the text's end.
    const std::size_t readable = text.size() - t.span.begin;
    if (lowered.size() < core::TokenKeys::padded_size(size) / core::TokenKeys::kPad) {
      lowered.resize(core::TokenKeys::padded_size(size) / core::TokenKeys::kPad);
    }
    std::uint64_t bytes_ored = 0;
    for (std::size_t k = 0; k < size; k += core::TokenKeys::kPad) {
      const std::size_t in_word = std::min(size - k, core::TokenKeys::kPad);
      std::uint64_t word = 0;
      if (k + core::TokenKeys::kPad <= readable) {
        std::memcpy(&word, bytes + k, core::TokenKeys::kPad);
        word &= kFirstBytes[in_word];
      } else {
        std::memcpy(&word, bytes + k, in_word);
      }
      bytes_ored |= word;
      lowered[k / core::TokenKeys::kPad] = core::lower_ascii_word(word & ~core::kEveryHighBit);
    }
    // ASCII (nearly every token): it holds none of the apostrophes
    // normalize_token rewrites, and lowering is all it needs.
    if ((bytes_ored & core::kEveryHighBit) == 0) {
      const char* key = reinterpret_cast<const char*>(lowered.data());
      keys.push_back_padded(key, size, [key, size] { return key_hash(std::string_view(key, size)); });
    } else {
      const std::string key = normalize_token(doc.slice(t.span));
      keys.push_back(key, key_hash(key));
    }
  }
  keys.shrink_to_fit();
  return keys;
}

const core::TokenKeys& token_keys(DocumentBuilder& builder, const PhraseTrieView& vocabulary) {
  const core::TokenKeys& filled = token_keys(builder);
  if (filled.has_word_ids()) return filled;
  std::vector<std::uint32_t> ids(filled.distinct_count());
  // Each distinct key reads three cold lines of the image (its slot, its
  // record, its bytes), one after the other: they are asked for 12, 8 and 4
  // keys ahead, so that the reads of several keys overlap.
  const std::size_t n = ids.size();
  for (std::size_t k = 0; k < n; ++k) {
    if (k + 12 < n) vocabulary.prefetch_key(0, filled.distinct_hash(k + 12));
    if (k + 8 < n) vocabulary.prefetch_key(1, filled.distinct_hash(k + 8));
    if (k + 4 < n) vocabulary.prefetch_key(2, filled.distinct_hash(k + 4));
    ids[k] = vocabulary.find_padded_key(filled.store_data() + filled.store_offset(k), filled.distinct_key(k).size(),
                                        filled.distinct_hash(k));
  }
  builder.token_keys().set_word_ids(std::move(ids));
  return filled;
}

}  // namespace sayso::lexicon
