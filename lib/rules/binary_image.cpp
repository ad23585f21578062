#include "rules/binary_image.hpp"

#include <algorithm>
#include <limits>

namespace sayso::rules {
namespace {

constexpr char kMagic[8] = {'S', 'A', 'Y', 'S', 'O', 'I', 'M', 'G'};
constexpr std::uint32_t kFormatVersion = 2;  // 2: hashed-string slots carry a fingerprint
constexpr std::size_t kAlignment = 8;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t section_count;
};
struct TableEntry {
  std::uint32_t id;
  std::uint32_t reserved;
  std::uint64_t offset;
  std::uint64_t size;
};

std::size_t aligned(std::size_t n) { return (n + kAlignment - 1) / kAlignment * kAlignment; }

template <typename T>
void append_pod(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

StringRef ImageWriter::add_string(std::string_view s) {
  const auto it = string_refs_.find(std::string(s));
  if (it != string_refs_.end()) return it->second;
  if (strings_.size() + s.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("binary image: the string pool exceeds 4 GiB");
  }
  const StringRef ref{static_cast<std::uint32_t>(strings_.size()), static_cast<std::uint32_t>(s.size())};
  strings_.append(s);
  string_refs_.emplace(std::string(s), ref);
  return ref;
}

void ImageWriter::add_bytes(std::uint32_t id, const void* data, std::size_t size) {
  sections_.push_back({id, std::string(static_cast<const char*>(data), size)});
}

std::string ImageWriter::finish(std::uint32_t string_pool_id) && {
  sections_.push_back({string_pool_id, std::move(strings_)});
  std::string out;
  Header header{};
  std::copy(std::begin(kMagic), std::end(kMagic), header.magic);
  header.version = kFormatVersion;
  header.section_count = static_cast<std::uint32_t>(sections_.size());
  append_pod(out, header);
  std::size_t offset = aligned(sizeof(Header) + sections_.size() * sizeof(TableEntry));
  for (const Section& s : sections_) {
    append_pod(out, TableEntry{s.id, 0, offset, s.bytes.size()});
    offset = aligned(offset + s.bytes.size());
  }
  for (const Section& s : sections_) {
    out.resize(aligned(out.size()), '\0');
    out += s.bytes;
  }
  return out;
}

Result<ImageView> ImageView::open(std::string_view bytes, std::string_view what) {
  ImageView view;
  view.what_ = std::string(what);
  auto fail = [&](const std::string& message) { return Error(ErrorCode::internal, view.what_ + ": " + message); };
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % kAlignment != 0) return fail("the image is not 8-byte aligned");
  Header header{};
  if (bytes.size() < sizeof header) return fail("too short for an image header");
  std::memcpy(&header, bytes.data(), sizeof header);
  if (!std::equal(std::begin(kMagic), std::end(kMagic), header.magic)) return fail("not a sayso image");
  if (header.version != kFormatVersion) {
    return fail("image format " + std::to_string(header.version) + ", this build reads " +
                std::to_string(kFormatVersion));
  }
  const std::size_t table_end = sizeof header + static_cast<std::size_t>(header.section_count) * sizeof(TableEntry);
  if (table_end > bytes.size()) return fail("the section table runs past the end");
  for (std::uint32_t i = 0; i < header.section_count; ++i) {
    TableEntry entry{};
    std::memcpy(&entry, bytes.data() + sizeof header + i * sizeof(TableEntry), sizeof entry);
    if (entry.offset % kAlignment != 0 || entry.offset > bytes.size() || entry.size > bytes.size() - entry.offset) {
      return fail("section " + std::to_string(entry.id) + " lies outside the image");
    }
    view.entries_.push_back({entry.id, bytes.substr(static_cast<std::size_t>(entry.offset),
                                                    static_cast<std::size_t>(entry.size))});
  }
  return view;
}

std::string_view ImageView::section_bytes(std::uint32_t id) const noexcept {
  for (const Entry& e : entries_) {
    if (e.id == id) return e.bytes;
  }
  return {};
}

void HashedStrings::write(ImageWriter& writer, const std::vector<std::string>& strings, std::uint32_t strings_id,
                          std::uint32_t slots_id) {
  std::vector<StringRef> refs;
  refs.reserve(strings.size());
  for (const std::string& s : strings) refs.push_back(writer.add_string(s));
  std::size_t slot_count = 1;
  while (slot_count < strings.size() * 2) slot_count *= 2;  // at most half full
  std::vector<std::uint64_t> slots(strings.empty() ? 0 : slot_count, 0);
  const std::size_t mask = slot_count - 1;
  for (std::size_t i = 0; i < strings.size(); ++i) {
    const std::uint64_t hash = image_hash(strings[i]);
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = slot_of(hash, i);
  }
  writer.add_section(strings_id, refs);
  writer.add_section(slots_id, slots);
}

Result<HashedStrings> HashedStrings::read(const ImageView& image, std::uint32_t strings_id, std::uint32_t slots_id) {
  auto strings = image.section<StringRef>(strings_id);
  if (!strings) return strings.error();
  auto slots = image.section<std::uint64_t>(slots_id);
  if (!slots) return slots.error();
  const std::size_t n = slots.value().size();
  if ((n & (n - 1)) != 0 || (n == 0) != strings.value().empty() || n < strings.value().size()) {
    return Error(ErrorCode::internal, "binary image: a hashed string table of " + std::to_string(n) + " slots for " +
                                          std::to_string(strings.value().size()) + " strings");
  }
  return HashedStrings{strings.value(), slots.value()};
}

}  // namespace sayso::rules
