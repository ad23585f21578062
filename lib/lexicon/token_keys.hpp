// Every token's lookup key, filled in one place.
//
// token_keys() is the one filler of DocumentBuilder::token_keys(): each
// stage that reads keys (entities, link, quotes) calls it, and the first call
// of a document fills the store (normalize_token of each token's text, and
// each key's hash, key_hash()); later calls return it as it is.
//
// The vocabulary: every word the gazetteers know is a key of their phrase
// trie (Gazetteers::trie(): the words of every list, common_words.tsv, the
// words of sports), and its key id there is the word's id in every stage.
// token_keys(builder, vocabulary) gives each distinct key of the document
// that id once (one hashed lookup, with the hash the key already carries;
// PhraseTrieView::kNoKey for a word no gazetteer knows), so that a stage
// reads what it knows of a word from a table by id, built when the stage
// is created, instead of asking its hashed tables per document. A rule word
// that is no trie key is answered by the stage's own small table.
#ifndef SAYSO_LEXICON_TOKEN_KEYS_HPP
#define SAYSO_LEXICON_TOKEN_KEYS_HPP

#include <cstdint>
#include <string_view>

#include "core/document_builder.hpp"
#include "core/token_keys.hpp"
#include "lexicon/phrase_trie.hpp"
#include "rules/binary_image.hpp"

namespace sayso::lexicon {

// The hash the token keys carry, and that every hashed lookup by key
// (rules::HashedStrings, rules::HashedStringMap) uses.
inline std::uint64_t key_hash(std::string_view key) noexcept { return rules::image_hash(key); }

// The keys of the builder's tokens, filled on the first call for the document.
const core::TokenKeys& token_keys(DocumentBuilder& builder);
// The same, with each distinct key's id in `vocabulary` (TokenKeys::word_id),
// given on the first call that passes the vocabulary. Every stage of a
// pipeline passes the same one (its gazetteers' trie).
const core::TokenKeys& token_keys(DocumentBuilder& builder, const PhraseTrieView& vocabulary);

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_TOKEN_KEYS_HPP
