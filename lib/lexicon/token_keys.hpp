// Every token's lookup key, filled in one place.
//
// token_keys() is the one filler of DocumentBuilder::token_keys(): each
// stage that reads keys (entities, link, quotes) calls it, and the first call
// of a document fills the store (normalize_token of each token's text, and
// each key's hash, key_hash()); later calls return it as it is.
#ifndef SAYSO_LEXICON_TOKEN_KEYS_HPP
#define SAYSO_LEXICON_TOKEN_KEYS_HPP

#include <cstdint>
#include <string_view>

#include "core/document_builder.hpp"
#include "core/token_keys.hpp"
#include "rules/binary_image.hpp"

namespace sayso::lexicon {

// The hash the token keys carry, and that every hashed lookup by key
// (rules::HashedStrings, rules::HashedStringMap) uses.
inline std::uint64_t key_hash(std::string_view key) noexcept { return rules::image_hash(key); }

// The keys of the builder's tokens, filled on the first call for the document.
const core::TokenKeys& token_keys(DocumentBuilder& builder);

}  // namespace sayso::lexicon

#endif  // SAYSO_LEXICON_TOKEN_KEYS_HPP
