#include "lexicon/given_name_gender.hpp"

#include <algorithm>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "lexicon/token_keys.hpp"

namespace sayso::lexicon {
namespace {

// A given name decides when at least this share of its bearers has one gender.
constexpr double kGivenNameShare = 0.9;

// The text without its combining marks ("François" -> "Francois"); empty
// when it has none or on failure. Normalizer2 instances are thread-safe.
std::string strip_diacritics(std::string_view utf8) {
  // ASCII decomposes to itself: no mark to strip.
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return {};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return {};
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))), status);
  if (U_FAILURE(status)) return {};
  icu::UnicodeString bare;
  bool stripped = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) stripped = true;
    else bare.append(c);
    i += U16_LENGTH(c);
  }
  if (!stripped) return {};
  std::string out;
  bare.toUTF8String(out);
  return out;
}

}  // namespace

Gender given_name_gender(const Gazetteers& gazetteers, const std::vector<PhraseTrie::Match>& matches) {
  Gender gender = Gender::unknown;
  for (const auto& m : matches) {
    for (const auto v : m.values) {
      if (kind_of(v) != GazetteerKind::given_name) continue;
      const GivenName g = gazetteers.given_name(index_of(v));
      if (g.share >= kGivenNameShare && g.gender != Gender::unknown) gender = g.gender;
    }
  }
  return gender;
}

Gender given_name_gender(const Gazetteers& gazetteers, std::string key) {
  const std::vector<std::string> keys{std::move(key)};
  std::vector<PhraseTrie::Match> matches;
  gazetteers.trie().match_all(keys, 0, 1, matches);
  return given_name_gender(gazetteers, matches);
}

Gender given_name_gender_as_written(const Gazetteers& gazetteers, std::string_view first_word, Gender as_keyed) {
  if (as_keyed != Gender::unknown) return as_keyed;
  const std::string bare = strip_diacritics(first_word);
  if (bare.empty()) return Gender::unknown;
  return given_name_gender(gazetteers, normalize_token(bare));
}

Gender given_name_gender_as_written(const Gazetteers& gazetteers, std::string_view first_word) {
  return given_name_gender_as_written(gazetteers, first_word, given_name_gender(gazetteers, normalize_token(first_word)));
}

}  // namespace sayso::lexicon
