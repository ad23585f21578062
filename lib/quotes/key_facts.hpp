// What the quote stage asks of a word, answered once per distinct token key
// of a document instead of once per question.
//
// The sieves ask the same few questions of the same words many times (is
// this word an adverb or auxiliary, a participle, a plural, a preposition?),
// each question a filter and often a hashed lookup with a string compare or
// a scan of the word endings. News repeats its words: a document of a
// thousand tokens has a few hundred distinct keys (core::TokenKeys keeps
// each once). KeyFacts asks cue_phrases.tsv and function_words.tsv once per
// distinct key and keeps the answers in one record per key.
//
// A question comes either with a token (function_class_of(t)) or with the
// key's view (`keys[t]`, a std::string_view into the TokenKeys' store: the
// sieves pass words around as such views). of_view() recognises a view that
// points at the start of one of the document's keys, with its size, and
// returns that key's record; any other string (a copy, a part of a key, a
// word from elsewhere) gets null, and the caller asks the rules as before.
// Either way the answer is the same: the records hold exactly what
// CuePhrases::roles_of and the function words table say.
//
// Built once per document by the quote view, then read only; it reads the
// TokenKeys' store, which must outlive it and not change.
#ifndef SAYSO_QUOTES_KEY_FACTS_HPP
#define SAYSO_QUOTES_KEY_FACTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/token_keys.hpp"
#include "lexicon/cue_phrases.hpp"
#include "quotes/cue_lexicon.hpp"

namespace sayso::quotes {

class KeyFacts {
 public:
  // The answers about one distinct key.
  struct Facts {
    std::uint64_t roles = 0;          // CuePhrases::roles_of(key)
    std::uint64_t phrase_starts = 0;  // CuePhrases::phrase_roles_starting_with(key)
    std::uint32_t size = 0;           // the key's bytes
    static constexpr std::uint8_t kNoClass = 0xFF;
    std::uint8_t function_class = kNoClass;  // a FunctionClass of function_words.tsv, or kNoClass

    bool has_role(lexicon::CueRole role) const noexcept {
      return (roles & lexicon::CuePhrases::role_bit(role)) != 0;
    }
  };

  KeyFacts(const core::TokenKeys& keys, const lexicon::CuePhrases& phrases,
           const rules::HashedStringMap<FunctionClass>& function_words);

  // The record of token t's key.
  const Facts& of_token(std::size_t t) const noexcept { return facts_[keys_.key_index(t)]; }
  // The record of the key `view` is, when it is a key view of the document
  // (keys[t] for some token t: the same bytes of the store and the same
  // size); null for any other string.
  const Facts* of_view(std::string_view view) const noexcept {
    const std::uintptr_t offset = reinterpret_cast<std::uintptr_t>(view.data()) - store_begin_;
    if (offset >= store_size_ || offset % core::TokenKeys::kPad != 0) return nullptr;
    const std::uint32_t key = key_at_word_[offset / core::TokenKeys::kPad];
    if (key == kNoKey || facts_[key].size != view.size()) return nullptr;
    return &facts_[key];
  }

 private:
  static constexpr std::uint32_t kNoKey = UINT32_MAX;

  const core::TokenKeys& keys_;
  std::vector<Facts> facts_;  // by distinct key index
  // Where the keys' bytes lie (the address of the first, and how many
  // bytes on to the end of the last, padded), and for each padded word of
  // them the key that starts there (kNoKey: none, or an empty key).
  std::uintptr_t store_begin_ = 0;
  std::uintptr_t store_size_ = 0;
  std::vector<std::uint32_t> key_at_word_;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_KEY_FACTS_HPP
