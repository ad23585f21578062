// Token patterns: the rule language of rules/<lang>/entity_patterns.tsv.
//
// A pattern is a sequence of elements separated by spaces. An element is
//   word            a literal token, matched ignoring case: of  's  the
//   a|b|c           one of several literal tokens: de|van|der|bin
//   [tests]         one token (or one gazetteer phrase) passing every test,
//                   tests joined by '&', each optionally negated with '!':
//                   [cap&!common]  [given]  [country]  [title&!initial]
//   < and >         the part of the match that becomes the entity (default: all)
// and may be followed by a quantifier: ? (optional), * (any number), + (one or more).
//
// Token tests (one token):
//   word cap upper caps lower common given initial number possessive nonname hyphenated titleword
//   particlename letter orgword acronym headline syllablename
// A literal written with a capital ("Democrats") matches capitalised tokens only.
// Phrase tests (one gazetteer entry, possibly several tokens; further token
// tests in the same brackets apply to its first token):
//   title honorific role country demonym subdivision city bigcity place org orghead orgsuffix
// Their meaning is documented in rules/README.md.
//
// A match never spans more than kMaxPatternTokens tokens, which keeps the
// cost of matching linear in the length of the text.
#ifndef SAYSO_ENTITIES_TOKEN_PATTERN_HPP
#define SAYSO_ENTITIES_TOKEN_PATTERN_HPP

#include <cstdint>
#include <string>
#include <vector>

#include "sayso/status.hpp"

namespace sayso::entities {

inline constexpr std::size_t kMaxPatternTokens = 12;

// Single-token tests, as bit flags.
enum TokenTest : std::uint32_t {
  kWord = 1u << 0,        // a word token (letters)
  kCap = 1u << 1,         // a capitalised word that can start or continue a name (see mention_finder)
  kUpper = 1u << 2,       // starts with an uppercase letter, whatever else is true
  kCaps = 1u << 3,        // an acronym: 2-6 letters, all uppercase (U.N., NATO)
  kLower = 1u << 4,       // all letters lowercase
  kCommon = 1u << 5,      // its lowercase form is a common English word
  kGiven = 1u << 6,       // a given name
  kInitial = 1u << 7,     // the first word of its sentence (after opening quotes, brackets)
  kNumber = 1u << 8,
  kPossessive = 1u << 9,  // the clitic 's or '
  kNonName = 1u << 10,    // listed in non_names.tsv (days, months, ...)
  kHyphenated = 1u << 11, // a word with an inner hyphen
  kTitleWord = 1u << 12,  // a one-word title or role (CEO, spokesman, President)
  kParticleName = 1u << 13,  // a name after a short lowercase particle: al-Nusra, el-Sisi
  kLetter = 1u << 14,        // an initial, or two or three run together: J., K.C.
  kOrgWord = 1u << 15,       // a one-word organisation keyword (Ministry, University, Magazine)
  kAcronym = 1u << 16,       // three to six capital letters, no digits, not a word: NATO, DAB
  kHeadline = 1u << 17,      // the token's sentence is a headline in Title Case or capitals
  kSyllableName = 1u << 18,  // a capitalised syllable joined to a lowercase one that is no word: Siu-lai, Jong-un
};
// The recogniser looks tests up by two halves of ten bits of a token's flags
// (EntityRecognizer): a new flag takes a bit below 20 and becomes the last.
inline constexpr std::uint32_t kLastTokenTest = kSyllableName;

// Phrase tests (gazetteer kinds and their groupings).
enum class PhraseTest : std::uint8_t {
  none,
  title,       // any title or role
  honorific,   // Mr. Dr. Sen. ...
  role,        // Secretary of State, spokesman ...
  country,
  demonym,
  subdivision,
  city,
  bigcity,     // a city of 100,000 people or more
  place,       // country, subdivision or city
  org,         // a listed organisation
  orghead,     // Ministry, Council, University ...
  orgsuffix,   // Inc., Ltd., GmbH ...
};

struct PatternElement {
  enum class Kind : std::uint8_t { test, capture_open, capture_close } kind = Kind::test;
  std::uint32_t required = 0;   // TokenTest flags that must be set
  std::uint32_t forbidden = 0;  // TokenTest flags that must not be set
  PhraseTest phrase = PhraseTest::none;
  std::vector<std::string> literals;  // normalised; empty when not a literal
  std::vector<std::uint32_t> literal_ids;  // the literals as ids of the recogniser's vocabulary, sorted
  char quantifier = 0;                // 0, '?', '*', '+'
};

struct TokenPattern {
  std::string label;       // PERSON, ORG, GPE, LOC, NORP, DATE or ROLE
  int priority = 0;
  std::vector<PatternElement> elements;
  std::string source;      // "file:line", recorded on the mentions it finds
};

// Parses the text of one pattern. On error the message names the element.
Result<std::vector<PatternElement>> parse_pattern(const std::string& text);

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_TOKEN_PATTERN_HPP
