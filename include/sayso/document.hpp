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
// bytes.decode("utf-8", "surrogateescape")). Writers show 0x1A as U+FFFD.
#ifndef SAYSO_DOCUMENT_HPP
#define SAYSO_DOCUMENT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sayso {

// A half-open range [begin, end) of byte offsets into Document::text().
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

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

  const std::vector<Paragraph>& paragraphs() const noexcept { return paragraphs_; }
  const std::vector<Sentence>& sentences() const noexcept { return sentences_; }
  const std::vector<Token>& tokens() const noexcept { return tokens_; }

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
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
  // code_points_before_block_[k]: code points in text_[0, 64 * k).
  std::vector<std::uint64_t> code_points_before_block_;
  std::size_t code_point_count_ = 0;
};

}  // namespace sayso

#endif  // SAYSO_DOCUMENT_HPP
