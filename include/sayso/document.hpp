// sayso/document.hpp — the document model that every stage reads and extends.
//
// A Document is the result of Pipeline::extract(): the input text plus the
// layers the stages found in it (paragraphs, sentences, tokens; later stages
// add entities and quotes). A Document is immutable once returned, owns all
// its data, and may be read from any number of threads.
//
// Offsets
// -------
// Every span is a pair of UTF-8 *byte* offsets [begin, end) into the input
// bytes exactly as given: sayso never shifts text. code_point_offset()
// converts a byte offset into a Unicode code point offset (what Python,
// spaCy and most annotation tools index by); the JSON output carries both.
//
// When the pipeline repairs invalid UTF-8 (see PipelineOptions), every
// invalid byte is replaced in text() by the single byte 0x1A (ASCII
// SUBSTITUTE), so byte offsets stay those of the input, and each invalid byte
// counts as one code point (the convention of Python's
// bytes.decode("utf-8", "surrogateescape")). Writers show such a repair mark
// as U+FFFD; a U+001A that was in the input stays U+001A (is_repair_mark()).
#ifndef SAYSO_DOCUMENT_HPP
#define SAYSO_DOCUMENT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sayso {

// The longest text a Document can hold, in bytes: 4 GiB - 1, so that every
// offset fits the 32 bits of ByteSpan. Pipeline::extract() fails with
// ErrorCode::too_large on a longer text, whatever
// PipelineOptions::max_document_bytes says.
inline constexpr std::size_t kMaxDocumentBytes = 0xFFFFFFFFu;

// A half-open range [begin, end) of byte offsets into Document::text().
//
// Offsets are 32-bit (a document holds at most kMaxDocumentBytes): a token
// is one span, and spans are most of a document's memory. Offsets read as
// std::uint32_t and widen to std::size_t on their own; a span is made from
// std::size_t offsets with the two-argument constructor, which narrows them
// (ByteSpan{begin, end}, or `span = {begin, end}`). Assigning a std::size_t
// to `begin` or `end` narrows implicitly: write `span = {begin, span.end}`.
struct ByteSpan {
  using Offset = std::uint32_t;
  Offset begin = 0;
  Offset end = 0;

  constexpr ByteSpan() noexcept = default;
  // Requires begin_offset, end_offset <= kMaxDocumentBytes.
  constexpr ByteSpan(std::size_t begin_offset, std::size_t end_offset) noexcept
      : begin(static_cast<Offset>(begin_offset)), end(static_cast<Offset>(end_offset)) {}

  std::size_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return end <= begin; }
  bool contains(std::size_t offset) const noexcept { return offset >= begin && offset < end; }
  friend bool operator==(const ByteSpan& a, const ByteSpan& b) noexcept {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(const ByteSpan& a, const ByteSpan& b) noexcept { return !(a == b); }
};

// What a token is made of; later stages match on it.
enum class TokenKind : std::uint8_t {
  word,         // letters, possibly with inner hyphens, apostrophes, periods (U.S., al-Nusra, O'Brien)
  number,       // digits with inner separators: 1,550,000  21.75  11.18.2014  9/11  3rd
  clitic,       // a possessive or contraction split from its word: 's ' n't 're 'll 've 'd 'm
  punctuation,  // . , ; : ! ? ... -- — ( ) [ ] and the like
  quote_mark,   // any quotation mark, straight or typographic, opening or closing
  symbol,       // $ % & + = @ # and other symbols
  url,          // http://…, www.…
  email,        // name@example.org
};

// The capitalisation of a token's letters.
enum class TokenShape : std::uint8_t {
  none,         // no letters (numbers, punctuation)
  lower,        // all letters lowercase: "said"
  capitalized,  // first letter uppercase, not all caps: "Kerry", "McDonald", "Jean-Marc", "A"
  all_caps,     // two or more letters, all uppercase: "UN", "NATO", "U.S."
  mixed,        // first letter lowercase, another uppercase: "iPhone", "al-Nusra"
};

// 12 bytes: a document holds about one token per 5 bytes of text.
struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::word;
  TokenShape shape = TokenShape::none;
  bool space_before = false;    // whitespace (or the paragraph start) precedes the token
  bool newline_before = false;  // a line break lies between the previous token and this one
};

struct Paragraph {
  ByteSpan span;  // from the first to the last non-space character
};

struct Sentence {
  ByteSpan span;                  // from the first to the last non-space character
  std::size_t paragraph = 0;      // index into Document::paragraphs()
  std::size_t first_token = 0;    // index into Document::tokens()
  std::size_t token_count = 0;
};

// The kinds of named entity (see DESIGN.md).
enum class EntityType : std::uint8_t {
  person,  // PERSON: people, by name
  org,     // ORG: companies, agencies, parties, armed groups, international bodies
  gpe,     // GPE: countries, cities, states (also when they stand for a government: "Moscow warned")
  loc,     // LOC: non-political places: regions, rivers, neighbourhoods
  norp,    // NORP: nationalities, religious and political groups ("Russian", "Democrats")
  date,    // DATE: days, dates, months, years
};

enum class Gender : std::uint8_t { unknown, female, male };

// "unknown", "female", "male".
const char* gender_name(Gender gender) noexcept;

// "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE".
const char* entity_type_name(EntityType type) noexcept;

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// One occurrence of an entity in the text. A possessive "'s" is not part of
// the span ("Kerry's" -> "Kerry"); titles are not part of a person's span
// ("Secretary Kerry" -> "Kerry"; the title is a RoleMention).
//
// The rule that found a mention (a pattern's file:line or a linking step) is
// kept once per document, not once per mention: `rule_index` indexes the
// document's table of rule names, and Document::rule_name(mention) returns
// the name.
struct Mention {
  ByteSpan span;
  EntityType type = EntityType::person;
  std::uint32_t rule_index = 0;  // the rule that found it: read with Document::rule_name()
  std::size_t entity = kNone;    // index into Document::entities()
  std::size_t sentence = 0;      // index into Document::sentences()
  std::size_t first_token = 0;   // index into Document::tokens()
  std::size_t token_count = 0;
};

// A role or title phrase: "Secretary of State", "foreign ministry
// spokesperson", "U.N. Ambassador". `person` is the mention the role
// describes when the text ties them together ("U.S. Secretary of State John
// Kerry"), else kNone.
struct RoleMention {
  ByteSpan span;
  std::size_t sentence = 0;
  std::size_t first_token = 0;  // index into Document::tokens()
  std::size_t token_count = 0;
  std::size_t person_mention = kNone;  // index into Document::mentions()
  Gender gender = Gender::unknown;     // the gender the title implies (spokeswoman, Mr.)
};

// A link from an entity to an entry of a knowledge base (see
// docs/knowledge-base.md). An empty `source` means no link.
//   - "iso3166": countries and nationalities (id "RU"), states and provinces
//     (ISO 3166-2, id "US-TX", country "US");
//   - "geonames": cities (id the GeoNames id, with country, admin code,
//     population and coordinates);
//   - "user": an entry of the knowledge base given with
//     PipelineOptions::knowledge_base (id as written there).
struct KbLink {
  std::string source;             // "iso3166", "geonames", "user"; empty: no link
  std::string id;
  std::string country;            // ISO 3166-1 alpha-2, when the source gives one
  std::string admin;              // GeoNames admin1 code ("TX", "11"), else empty
  std::uint64_t population = 0;   // 0: unknown
  double lat = 0;                 // WGS84 degrees, valid when has_coordinates
  double lon = 0;
  bool has_coordinates = false;

  bool empty() const noexcept { return source.empty(); }
};

// All the mentions of one entity in the document, with one canonical name:
// the fullest form seen ("John Kerry" for "Kerry", "Kerry's", "Secretary
// Kerry"); for countries, the name in rules/common/countries.tsv.
struct Entity {
  std::string id;                     // "E1", "E2", ... in order of first mention
  EntityType type = EntityType::person;
  std::string name;
  std::vector<std::size_t> mentions;  // indexes into Document::mentions(), in text order
  std::vector<std::string> roles;     // role phrases tied to the entity, as written, in order
  std::string country_code;           // ISO 3166-1 alpha-2 for countries and demonyms, else empty
  Gender gender = Gender::unknown;    // PERSON only
  std::string gender_evidence;        // what decided it: "title:spokeswoman", "given-name:Maria",
                                      // "pronouns:he=3,she=0", "kb:Q123"
  KbLink kb;                          // the knowledge-base entry, if any
  std::size_t affiliation = kNone;    // index into Document::entities(): the country or
                                      // organisation a role of this person names, else kNone
};

enum class QuoteKind : std::uint8_t {
  direct,    // a whole statement in quotation marks
  mixed,     // a quoted fragment inside reported speech or a sentence of the writer's
  indirect,  // reported speech without marks: the reported clause
};

// "direct", "mixed", "indirect".
const char* quote_kind_name(QuoteKind kind) noexcept;

// What a quote's cue reports, from the cue's entry in rules/ (the `kind`
// column of speech_verbs.tsv and cue_nouns.tsv): words said or written
// ("said", "according to", "the allegation that"), a belief or stance
// ("believes", "hopes", "supports"), or what a document or study shows
// ("a poll shows", "the report found"). `none` when the quote has no cue.
enum class CueType : std::uint8_t { none, speech, belief, evidence };

// "speech", "belief", "evidence"; nullptr for CueType::none.
inline const char* cue_type_name(CueType type) noexcept {
  switch (type) {
    case CueType::none: return nullptr;
    case CueType::speech: return "speech";
    case CueType::belief: return "belief";
    case CueType::evidence: return "evidence";
  }
  return nullptr;
}

// The inverse of cue_type_name: CueType::none for a name that is none of them.
inline CueType cue_type_named(std::string_view name) noexcept {
  for (const CueType type : {CueType::speech, CueType::belief, CueType::evidence}) {
    if (name == cue_type_name(type)) return type;
  }
  return CueType::none;
}

// A quotation and who said it. Direct and mixed spans include their marks.
struct Quote {
  std::string id;                      // "Q1", "Q2", ... in text order
  QuoteKind kind = QuoteKind::direct;
  ByteSpan span;
  std::size_t nested_in = kNone;       // index into Document::quotes() of the enclosing quote
  // Attribution. An empty speaker means none was found with confidence.
  std::string speaker;                 // the speaker entity's canonical name, or a group ("diplomats")
  std::size_t speaker_entity = kNone;  // index into Document::entities()
  ByteSpan speaker_mention;            // the words that name the speaker here ("he", "Kerry"); empty if none
  ByteSpan cue;                        // the speech verb or phrase ("said", "according to"); empty if none
  CueType cue_type = CueType::none;    // what the cue reports (speech, belief, evidence); none without a cue
  std::string sieve;                   // the attribution rule that decided
  double confidence = 0;               // 0..1: how often this sieve is right (PolNeAR training split)
};

class DocumentBuilder;  // the pipeline's internal writer

class Document {
 public:
  Document() = default;

  // The caller's identifier for the document (a file path, a JSONL id); may be empty.
  const std::string& id() const noexcept { return id_; }
  // The text all offsets index into (see "Offsets" above).
  std::string_view text() const noexcept { return text_; }
  // True when invalid UTF-8 was repaired (bytes replaced by 0x1A in text()).
  bool repaired() const noexcept { return repaired_; }
  // Whether the byte 0x1A at `byte_offset` in text() stands for an invalid
  // input byte, rather than for a U+001A character of the input. O(log n).
  bool is_repair_mark(std::size_t byte_offset) const noexcept;
  // True when text() holds both repair marks and U+001A characters of the
  // input, so that only its offset tells what a 0x1A is; when false, every
  // 0x1A of a repaired document is a repair mark.
  bool repair_marks_mixed() const noexcept { return !repair_marks_.empty(); }

  const std::vector<Paragraph>& paragraphs() const noexcept { return paragraphs_; }
  const std::vector<Sentence>& sentences() const noexcept { return sentences_; }
  const std::vector<Token>& tokens() const noexcept { return tokens_; }
  const std::vector<Mention>& mentions() const noexcept { return mentions_; }
  const std::vector<Entity>& entities() const noexcept { return entities_; }
  const std::vector<RoleMention>& roles() const noexcept { return roles_; }
  const std::vector<Quote>& quotes() const noexcept { return quotes_; }

  // The pattern (file:line) or linking step that found a mention of this
  // document ("rules/en/entities/people.tsv:12", "propagate:repeated-name");
  // empty for a mention this document did not make.
  const std::string& rule_name(const Mention& mention) const noexcept;

  // The bytes of a span. Requires span.end <= text().size().
  std::string_view slice(ByteSpan span) const noexcept {
    return std::string_view(text_).substr(span.begin, span.size());
  }

  // The code point offset of a byte offset. Requires byte_offset <=
  // text().size() and on a code point boundary; O(1) amortised (a sparse
  // index plus a scan of at most 63 bytes).
  std::size_t code_point_offset(std::size_t byte_offset) const noexcept;
  // The byte offset of a code point offset; O(log n). Requires
  // code_point_offset <= code_point_count().
  std::size_t byte_offset(std::size_t code_point_offset) const noexcept;
  std::size_t code_point_count() const noexcept { return code_point_count_; }

 private:
  friend class DocumentBuilder;

  std::string id_;
  std::string text_;
  bool repaired_ = false;
  // The offsets of the repair marks, kept only when the input also held
  // U+001A characters (see repair_marks_mixed()); sorted.
  std::vector<std::size_t> repair_marks_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
  std::vector<Mention> mentions_;
  std::vector<Entity> entities_;
  std::vector<RoleMention> roles_;
  std::vector<Quote> quotes_;
  // The names Mention::rule_index indexes, each once.
  std::vector<std::string> rule_names_;
  // code_points_before_block_[k]: code points in text_[0, 64 * k).
  std::vector<std::uint64_t> code_points_before_block_;
  std::size_t code_point_count_ = 0;
};

}  // namespace sayso

#endif  // SAYSO_DOCUMENT_HPP
