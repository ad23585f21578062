// A binary image: rule data compiled into flat arrays that are read in place,
// with no parsing and no allocation. The gazetteers are compiled into one at
// build time and embedded in the library, so that creating a pipeline does
// not parse 10 MB of TSV (see lexicon/gazetteers.hpp).
//
// Layout (native byte order and struct layout: an image is made by the same
// build that reads it, never exchanged between machines):
//   header   magic "SAYSOIMG", u32 format version, u32 section count
//   table    per section: u32 id, u32 reserved, u64 offset, u64 size
//   data     each section 8-byte aligned
// A section is an array of one trivially copyable record type; strings live
// in a string pool section and are referred to by StringRef.
//
// Images come only from ImageWriter (at build time or when a pipeline is
// created from a user's rule files), never from outside the process, so the
// reader checks the header and the section table, not every record.
#ifndef SAYSO_RULES_BINARY_IMAGE_HPP
#define SAYSO_RULES_BINARY_IMAGE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "sayso/status.hpp"

namespace sayso::rules {

// A string of the image's string pool.
struct StringRef {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

// A read-only array inside an image.
template <typename T>
class ImageArray {
 public:
  ImageArray() = default;
  ImageArray(const T* data, std::size_t size) : data_(data), size_(size) {}
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const T* begin() const noexcept { return data_; }
  const T* end() const noexcept { return data_ + size_; }

 private:
  const T* data_ = nullptr;
  std::size_t size_ = 0;
};

// FNV-1a, 64 bits: the hash of every hashed table in an image. Fixed here
// because an image is written by one program and read by another.
// ImageHash takes the bytes one at a time, for a caller that hashes a key
// while it writes it; image_hash() is the same over a whole string.
struct ImageHash {
  std::uint64_t value = 1469598103934665603ull;
  void add(char c) noexcept {
    value ^= static_cast<unsigned char>(c);
    value *= 1099511628211ull;
  }
};

inline std::uint64_t image_hash(std::string_view s) noexcept {
  ImageHash h;
  for (const char c : s) h.add(c);
  return h.value;
}

class ImageWriter {
 public:
  // Adds `s` to the string pool (once per distinct string).
  StringRef add_string(std::string_view s);

  // Adds a section holding `records`. Each id may be used once.
  template <typename T>
  void add_section(std::uint32_t id, const std::vector<T>& records) {
    static_assert(std::is_trivially_copyable_v<T>, "image records are copied byte for byte");
    add_bytes(id, records.data(), records.size() * sizeof(T));
  }

  // The image: header, table, sections, then the string pool as section
  // `string_pool_id`.
  std::string finish(std::uint32_t string_pool_id) &&;

 private:
  void add_bytes(std::uint32_t id, const void* data, std::size_t size);

  struct Section {
    std::uint32_t id;
    std::string bytes;
  };
  std::vector<Section> sections_;
  std::string strings_;
  std::unordered_map<std::string, StringRef> string_refs_;
};

class ImageView {
 public:
  // Checks the magic, the version and that every section lies inside
  // `bytes` (which must be 8-byte aligned and outlive the view).
  static Result<ImageView> open(std::string_view bytes, std::string_view what);

  // The records of section `id`; empty when the image has no such section.
  // Fails when the section's size is not a multiple of sizeof(T).
  template <typename T>
  Result<ImageArray<T>> section(std::uint32_t id) const {
    static_assert(std::is_trivially_copyable_v<T>, "image records are copied byte for byte");
    const std::string_view bytes = section_bytes(id);
    if (bytes.size() % sizeof(T) != 0) {
      return Error(ErrorCode::internal, what_ + ": section " + std::to_string(id) + " has " +
                                            std::to_string(bytes.size()) + " bytes, not a multiple of " +
                                            std::to_string(sizeof(T)));
    }
    return ImageArray<T>(reinterpret_cast<const T*>(bytes.data()), bytes.size() / sizeof(T));
  }

  // The raw bytes of section `id` (empty when absent).
  std::string_view section_bytes(std::uint32_t id) const noexcept;

 private:
  struct Entry {
    std::uint32_t id;
    std::string_view bytes;
  };
  std::vector<Entry> entries_;
  std::string what_;
};

// The strings of a string pool.
class StringPool {
 public:
  StringPool() = default;
  explicit StringPool(std::string_view bytes) : bytes_(bytes) {}
  std::string_view operator[](StringRef r) const noexcept { return bytes_.substr(r.offset, r.size); }
  // Whether the string of `r` is the `size` bytes at `padded`, which may be
  // read a word of eight bytes at a time: zero from `size` up to a multiple
  // of eight (a core::TokenKeys key). A key is a few bytes, and a call of
  // memcmp (what operator== of two views makes) costs more than the words
  // compared here; a string too near the pool's end for its last word to
  // be read whole is compared by memcmp.
  bool equals_padded(StringRef r, const char* padded, std::size_t size) const noexcept {
    if (r.size != size) return false;
    const char* bytes = bytes_.data() + r.offset;
    if (bytes_.size() - r.offset < (size + 7) / 8 * 8) return std::memcmp(bytes, padded, size) == 0;
    std::size_t k = 0;
    for (; k + 8 <= size; k += 8) {
      std::uint64_t a, b;
      std::memcpy(&a, bytes + k, 8);
      std::memcpy(&b, padded + k, 8);
      if (a != b) return false;
    }
    if (k == size) return true;
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
                  "equals_padded keeps the first bytes of a word as its low ones");
    std::uint64_t a, b;
    std::memcpy(&a, bytes + k, 8);
    std::memcpy(&b, padded + k, 8);
    return ((a ^ b) & (~0ULL >> (8 * (8 - (size - k))))) == 0;
  }

 private:
  std::string_view bytes_;
};

// A set of strings with an index each, looked up by hashing: open addressing
// over a power-of-two table of slots, at most half full. A slot holds the
// string's index + 1 in its low 32 bits (0: empty) and the high 32 bits of
// the string's hash in its high 32 bits, so that a probe compares strings
// only when their hashes agree: a miss, the common case for a token, costs
// no string compare at all.
struct HashedStrings {
  ImageArray<StringRef> strings;
  ImageArray<std::uint64_t> slots;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  static constexpr std::uint64_t slot_of(std::uint64_t hash, std::size_t index) noexcept {
    return (hash & 0xFFFFFFFF00000000ull) | static_cast<std::uint64_t>(index + 1);
  }

  // The index of `s`, or npos.
  std::size_t find(std::string_view s, const StringPool& pool) const noexcept { return find(s, image_hash(s), pool); }
  // The same, with `hash` = image_hash(s) already computed (a token key's).
  std::size_t find(std::string_view s, std::uint64_t hash, const StringPool& pool) const noexcept {
    return probe(hash, [&](std::size_t index) { return pool[strings[index]] == s; });
  }
  // The same for a key whose bytes padded[size .. size rounded up to eight)
  // may be read (StringPool::equals_padded): no memcmp call.
  std::size_t find_padded(const char* padded, std::size_t size, std::uint64_t hash,
                          const StringPool& pool) const noexcept {
    return probe(hash, [&](std::size_t index) { return pool.equals_padded(strings[index], padded, size); });
  }
  // The open-addressing walk both finds share: the first slot whose
  // fingerprint matches `hash` and whose string `equal(index)` accepts.
  template <typename Equal>
  std::size_t probe(std::uint64_t hash, Equal&& equal) const noexcept {
    if (slots.empty()) return npos;
    const std::uint64_t fingerprint = hash & 0xFFFFFFFF00000000ull;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t slot = static_cast<std::size_t>(hash) & mask;; slot = (slot + 1) & mask) {
      const std::uint64_t entry = slots[slot];
      if (entry == 0) return npos;
      if ((entry & 0xFFFFFFFF00000000ull) != fingerprint) continue;
      const std::size_t index = static_cast<std::size_t>(entry & 0xFFFFFFFFull) - 1;
      if (equal(index)) return index;
    }
  }

  // Asks the cache for what find(s, hash, pool) reads first: the slot of
  // `hash` (stage 0); with the slot at hand, the string record of a slot
  // whose fingerprint agrees (stage 1); with that record at hand, the
  // string's bytes (stage 2). A caller that looks up many strings calls
  // the stages some lookups ahead, so that its cold reads overlap.
  void prefetch_slot(std::uint64_t hash) const noexcept {
    if (!slots.empty()) __builtin_prefetch(&slots[static_cast<std::size_t>(hash) & (slots.size() - 1)]);
  }
  void prefetch_record(std::uint64_t hash) const noexcept {
    if (slots.empty()) return;
    const std::uint64_t entry = slots[static_cast<std::size_t>(hash) & (slots.size() - 1)];
    if (entry != 0 && (entry & 0xFFFFFFFF00000000ull) == (hash & 0xFFFFFFFF00000000ull)) {
      __builtin_prefetch(&strings[static_cast<std::size_t>(entry & 0xFFFFFFFFull) - 1]);
    }
  }
  void prefetch_bytes(std::uint64_t hash, const StringPool& pool) const noexcept {
    if (slots.empty()) return;
    const std::uint64_t entry = slots[static_cast<std::size_t>(hash) & (slots.size() - 1)];
    if (entry != 0 && (entry & 0xFFFFFFFF00000000ull) == (hash & 0xFFFFFFFF00000000ull)) {
      __builtin_prefetch(pool[strings[static_cast<std::size_t>(entry & 0xFFFFFFFFull) - 1]].data());
    }
  }

  // Writes the strings (their order is their index) as two sections.
  static void write(ImageWriter& writer, const std::vector<std::string>& strings, std::uint32_t strings_id,
                    std::uint32_t slots_id);
  static Result<HashedStrings> read(const ImageView& image, std::uint32_t strings_id, std::uint32_t slots_id);
};

}  // namespace sayso::rules

#endif  // SAYSO_RULES_BINARY_IMAGE_HPP
