#include "lexicon/token_keys.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/char_class.hpp"
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
  std::size_t bytes = 0, longest = 0;
  for (const Token& t : tokens) {
    bytes += t.span.size();
    longest = std::max(longest, t.span.size());
  }
  keys.reset(tokens.size(), bytes);
  std::vector<char> lowered(longest);
  for (const Token& t : tokens) {
    const std::string_view text = doc.slice(t.span);
    // ASCII (nearly every token): lowercased and hashed in one pass; it
    // holds none of the apostrophes normalize_token rewrites.
    rules::ImageHash hash;
    unsigned char bytes_ored = 0;
    for (std::size_t k = 0; k < text.size(); ++k) {
      const char c = text[k];
      bytes_ored = static_cast<unsigned char>(bytes_ored | static_cast<unsigned char>(c));
      const char lower = core::to_lower_ascii(c);
      lowered[k] = lower;
      hash.add(lower);
    }
    if (bytes_ored < 0x80) {
      keys.push_back(std::string_view(lowered.data(), text.size()), hash.value);
    } else {
      const std::string key = normalize_token(text);
      keys.push_back(key, key_hash(key));
    }
  }
  keys.shrink_to_fit();
  return keys;
}

}  // namespace sayso::lexicon
