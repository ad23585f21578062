#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/document_builder.hpp"
#include "core/utf8.hpp"
#include "sayso/document.hpp"

namespace sayso {
namespace {
constexpr std::size_t kBlock = 64;

inline bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

#if defined(__SSE2__)
// The continuation bytes (10xxxxxx: -128 to -65 as signed bytes) of the
// kBlock bytes at p, four sixteen-byte compares summed bytewise (each sum at
// most 4) and added up by one psadbw.
inline std::uint64_t continuations_in_block(const char* p) noexcept {
  const __m128i below = _mm_set1_epi8(-64);
  __m128i sum = _mm_setzero_si128();
  for (std::size_t i = 0; i < kBlock; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    sum = _mm_sub_epi8(sum, _mm_cmplt_epi8(v, below));  // 0xFF (-1) at a continuation byte
  }
  const __m128i halves = _mm_sad_epu8(sum, _mm_setzero_si128());
  return static_cast<std::uint64_t>(_mm_cvtsi128_si64(halves)) +
         static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(halves, halves)));
}
#endif

}  // namespace

DocumentBuilder::DocumentBuilder(std::string id, std::string text, bool repaired) {
  document_.id_ = std::move(id);
  document_.text_ = std::move(text);
  document_.repaired_ = repaired;
  const std::string& t = document_.text_;
  auto& index = document_.code_points_before_block_;
  index.reserve(t.size() / kBlock + 1);
  std::uint64_t count = 0;
  std::size_t block = 0;
#if defined(__SSE2__)
  // Every whole block but the last (the loop below counts the last, whole
  // or not): its code points are its bytes less its continuation bytes.
  for (; (block + 1) * kBlock < t.size(); ++block) {
    index.push_back(count);
    count += kBlock - continuations_in_block(t.data() + block * kBlock);
  }
#endif
  for (; block * kBlock < t.size() || block == 0; ++block) {
    index.push_back(count);
    const std::size_t end = std::min(t.size(), (block + 1) * kBlock);
    count += core::count_code_point_starts(t.data() + block * kBlock, end - block * kBlock);
    if (end == t.size()) break;
  }
  document_.code_point_count_ = count;
  rule_index(std::string_view());  // index 0: no rule
}

void DocumentBuilder::index_mentions_by_token() {
  const std::vector<Mention>& mentions = document_.mentions_;
  const std::size_t tokens = document_.tokens_.size();
  mention_of_token_.assign(tokens, kNoMention);
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    const std::size_t end = std::min(mentions[mi].first_token + mentions[mi].token_count, tokens);
    for (std::size_t t = mentions[mi].first_token; t < end; ++t) mention_of_token_[t] = static_cast<std::uint32_t>(mi);
  }
}

std::uint32_t DocumentBuilder::rule_index(std::string_view name) {
  constexpr std::size_t kFirstSlots = 64;  // a document's rules are a few dozen
  if (rule_slots_.empty()) {
    // Room for the names a table of this size holds before it grows: the
    // names and hashes are not moved by doubling as they are filed.
    rule_slots_.assign(kFirstSlots, 0);
    document_.rule_names_.reserve(kFirstSlots / 2);
    rule_hashes_.reserve(kFirstSlots / 2);
  }
  const std::size_t hash = std::hash<std::string_view>{}(name);
  auto& names = document_.rule_names_;
  std::size_t mask = rule_slots_.size() - 1;
  std::size_t slot = hash & mask;
  for (; rule_slots_[slot] != 0; slot = (slot + 1) & mask) {
    const std::uint32_t index = rule_slots_[slot] - 1;
    if (rule_hashes_[index] == hash && names[index] == name) return index;
  }
  const auto index = static_cast<std::uint32_t>(names.size());
  names.emplace_back(name);
  rule_hashes_.push_back(hash);
  rule_slots_[slot] = index + 1;
  if (names.size() * 2 > rule_slots_.size()) {
    rule_slots_.assign(rule_slots_.size() * 2, 0);
    mask = rule_slots_.size() - 1;
    for (std::uint32_t i = 0; i < names.size(); ++i) {
      std::size_t s = rule_hashes_[i] & mask;
      while (rule_slots_[s] != 0) s = (s + 1) & mask;
      rule_slots_[s] = i + 1;
    }
  }
  return index;
}

const std::string& Document::rule_name(const Mention& mention) const noexcept {
  static const std::string kNoRule;
  return mention.rule_index < rule_names_.size() ? rule_names_[mention.rule_index] : kNoRule;
}

bool Document::is_repair_mark(std::size_t byte_offset) const noexcept {
  if (!repaired_ || byte_offset >= text_.size() || text_[byte_offset] != '\x1A') return false;
  if (repair_marks_.empty()) return true;
  return std::binary_search(repair_marks_.begin(), repair_marks_.end(), byte_offset);
}

const char* entity_type_name(EntityType type) noexcept {
  switch (type) {
    case EntityType::person: return "PERSON";
    case EntityType::org: return "ORG";
    case EntityType::gpe: return "GPE";
    case EntityType::loc: return "LOC";
    case EntityType::norp: return "NORP";
    case EntityType::date: return "DATE";
  }
  return "UNKNOWN";
}

const char* gender_name(Gender gender) noexcept {
  switch (gender) {
    case Gender::unknown: return "unknown";
    case Gender::female: return "female";
    case Gender::male: return "male";
  }
  return "unknown";
}

const char* quote_kind_name(QuoteKind kind) noexcept {
  switch (kind) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::mixed: return "mixed";
    case QuoteKind::indirect: return "indirect";
  }
  return "unknown";
}

std::size_t Document::code_point_offset(std::size_t byte_offset) const noexcept {
  if (byte_offset >= text_.size()) return code_point_count_;
  const std::size_t block = byte_offset / kBlock;
  std::size_t count = code_points_before_block_[block];
  count += core::count_code_point_starts(text_.data() + block * kBlock, byte_offset - block * kBlock);
  return count;
}

std::size_t Document::byte_offset(std::size_t cp) const noexcept {
  if (cp >= code_point_count_) return text_.size();
  // The last block that starts at or before code point `cp`.
  const auto it = std::upper_bound(code_points_before_block_.begin(), code_points_before_block_.end(),
                                   static_cast<std::uint64_t>(cp));
  const std::size_t block = static_cast<std::size_t>(it - code_points_before_block_.begin()) - 1;
  std::size_t count = code_points_before_block_[block];
  std::size_t i = block * kBlock;
  while (i < text_.size()) {
    if (starts_code_point(text_[i])) {
      if (count == cp) return i;
      ++count;
    }
    ++i;
  }
  return text_.size();
}

}  // namespace sayso
