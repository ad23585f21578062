#include "lexicon/token_keys.hpp"

#include <algorithm>
#include <string>

#include "lexicon/phrase_trie.hpp"

namespace sayso::lexicon {

const core::TokenKeys& token_keys(DocumentBuilder& builder) {
  core::TokenKeys& keys = builder.token_keys();
  const Document& doc = builder.document();
  const auto& tokens = doc.tokens();
  if (keys.size() == tokens.size()) return keys;
  // A key is as long as its token but for the rare one that folding makes
  // longer: room for the tokens' bytes, and shrink_to_fit() below is then
  // no copy for ASCII text.
  std::size_t bytes = 0;
  for (const Token& t : tokens) bytes += t.span.size();
  keys.reset(tokens.size(), bytes);
  std::string key;
  for (const Token& t : tokens) {
    const std::string_view text = doc.slice(t.span);
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      // ASCII (nearly every token): lowercase letter by letter; it holds none
      // of the apostrophes normalize_token rewrites.
      key.assign(text);
      for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
    } else {
      key = normalize_token(text);
    }
    keys.push_back(key, key_hash(key));
  }
  keys.shrink_to_fit();
  return keys;
}

}  // namespace sayso::lexicon
