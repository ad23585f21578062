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
  char ascii_key[64];  // the key of a short ASCII token, built in place (no string assign per token)
  for (const Token& t : tokens) {
    const std::string_view text = doc.slice(t.span);
    if (text.size() <= sizeof ascii_key) {
      unsigned char high = 0;
      for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        high |= static_cast<unsigned char>(c);
        ascii_key[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      if (high < 0x80) {  // the same key as the ASCII branch below
        const std::string_view k(ascii_key, text.size());
        keys.push_back(k, key_hash(k));
        continue;
      }
    }
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
