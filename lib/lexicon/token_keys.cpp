#include "lexicon/token_keys.hpp"

#include <algorithm>
#include <cstring>
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
  std::size_t longest = 0;
  for (const Token& t : tokens) longest = std::max(longest, t.span.size());
  keys.reset(tokens.size());
  // Zero past each key up to its padded size (TokenKeys::push_back_padded).
  std::vector<char> lowered(core::TokenKeys::padded_size(longest) + core::TokenKeys::kPad, '\0');
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
      std::memset(lowered.data() + text.size(), 0, core::TokenKeys::kPad);  // at least to the padded size
      keys.push_back_padded(lowered.data(), text.size(), hash.value);
    } else {
      const std::string key = normalize_token(text);
      keys.push_back(key, key_hash(key));
    }
  }
  keys.shrink_to_fit();
  return keys;
}

}  // namespace sayso::lexicon
