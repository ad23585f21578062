// The lookup keys of a document's tokens, in one buffer.
//
// A token's key is its normalised text (lexicon::normalize_token: case
// folded, typographic apostrophes folded to "'"), the form every rule table
// and gazetteer is looked up by. lexicon::token_keys() fills them once per
// document, into the DocumentBuilder, for every stage; this class only
// stores them: all keys back to back in one char buffer, the end of each in
// 32 bits, and each key's hash (rules::image_hash), so that a hashed lookup
// never hashes a token twice. About 13 bytes per token plus the key's own
// bytes, where a std::string per token took 32 or more.
//
// Contract: keys[t] is a view into the buffer, valid while the TokenKeys
// lives and is not refilled. Immutable once filled; safe to read from any
// number of threads.
#ifndef SAYSO_CORE_TOKEN_KEYS_HPP
#define SAYSO_CORE_TOKEN_KEYS_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sayso::core {

class TokenKeys {
 public:
  std::size_t size() const noexcept { return hashes_.size(); }
  bool empty() const noexcept { return hashes_.empty(); }

  // The key of token t. Requires t < size().
  std::string_view operator[](std::size_t t) const noexcept {
    const std::uint32_t begin = t == 0 ? 0 : ends_[t - 1];
    return std::string_view(chars_.data() + begin, ends_[t] - begin);
  }
  // The hash of the key of token t (rules::image_hash of operator[](t)).
  std::uint64_t hash(std::size_t t) const noexcept { return hashes_[t]; }

  // Keys in token order, by value (std::string_view), for algorithms and
  // range constructors: std::vector<std::string_view>(keys.begin() + b, keys.begin() + e).
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    const_iterator() = default;
    const_iterator(const TokenKeys* keys, std::size_t t) : keys_(keys), t_(t) {}
    std::string_view operator*() const noexcept { return (*keys_)[t_]; }
    std::string_view operator[](difference_type n) const noexcept { return (*keys_)[t_ + n]; }
    std::uint64_t hash(difference_type n = 0) const noexcept { return keys_->hash(t_ + n); }
    std::size_t index() const noexcept { return t_; }
    const_iterator& operator++() noexcept { ++t_; return *this; }
    const_iterator& operator--() noexcept { --t_; return *this; }
    const_iterator operator++(int) noexcept { const_iterator old = *this; ++t_; return old; }
    const_iterator operator--(int) noexcept { const_iterator old = *this; --t_; return old; }
    const_iterator& operator+=(difference_type n) noexcept { t_ += n; return *this; }
    const_iterator& operator-=(difference_type n) noexcept { t_ -= n; return *this; }
    friend const_iterator operator+(const_iterator i, difference_type n) noexcept { return i += n; }
    friend const_iterator operator+(difference_type n, const_iterator i) noexcept { return i += n; }
    friend const_iterator operator-(const_iterator i, difference_type n) noexcept { return i -= n; }
    friend difference_type operator-(const_iterator a, const_iterator b) noexcept {
      return static_cast<difference_type>(a.t_) - static_cast<difference_type>(b.t_);
    }
    friend bool operator==(const_iterator a, const_iterator b) noexcept { return a.t_ == b.t_; }
    friend bool operator!=(const_iterator a, const_iterator b) noexcept { return a.t_ != b.t_; }
    friend bool operator<(const_iterator a, const_iterator b) noexcept { return a.t_ < b.t_; }

   private:
    const TokenKeys* keys_ = nullptr;
    std::size_t t_ = 0;
  };
  const_iterator begin() const noexcept { return const_iterator(this, 0); }
  const_iterator end() const noexcept { return const_iterator(this, size()); }

  // For the filler (lexicon::token_keys): empties the store and makes room.
  void reset(std::size_t tokens, std::size_t key_bytes) {
    chars_.clear();
    ends_.clear();
    hashes_.clear();
    chars_.reserve(key_bytes);
    ends_.reserve(tokens);
    hashes_.reserve(tokens);
  }
  // Appends the next token's key and its hash. Throws std::length_error when
  // the keys of one document pass 4 GiB (offsets are 32 bits).
  void push_back(std::string_view key, std::uint64_t hash) {
    if (key.size() > UINT32_MAX - chars_.size()) {
      throw std::length_error("token keys: the keys of one document pass 4 GiB");
    }
    chars_.append(key);
    ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
    hashes_.push_back(hash);
  }
  // Gives back the growth slack, once the document's keys are all in.
  void shrink_to_fit() {
    chars_.shrink_to_fit();
    ends_.shrink_to_fit();
    hashes_.shrink_to_fit();
  }

 private:
  std::string chars_;                 // every key, back to back
  std::vector<std::uint32_t> ends_;   // ends_[t]: where key t ends in chars_ (it begins where t - 1 ends)
  std::vector<std::uint64_t> hashes_;
};

}  // namespace sayso::core

#endif  // SAYSO_CORE_TOKEN_KEYS_HPP
