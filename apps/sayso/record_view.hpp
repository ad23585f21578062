// A sayso JSONL record read back into plain structs, for the views that
// show it to people (show, the HTML page, stats).
//
// The views read the record, not the pipeline's Document, so that what they
// show is exactly what `sayso extract` writes, and so that `sayso stats
// --from-records` reads a file of records through the same code. A record's
// start/end offsets count Unicode code points while the document's text is
// UTF-8: RecordView keeps the code point offsets, and a view that marks up
// the text converts them to bytes with CodePointIndex.
#ifndef SAYSO_APPS_RECORD_VIEW_HPP
#define SAYSO_APPS_RECORD_VIEW_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::cli {

// A span of a record: code point offsets, end exclusive, and its text.
struct SpanView {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
  bool present = false;  // false for a null span (no speaker mention, no cue)
};

struct EntityView {
  std::string id;
  std::string type;    // PERSON, ORG, GPE, LOC, NORP, DATE
  std::string name;
  std::string gender;  // female, male, unknown; empty but for PERSON
  std::string kb_source;
  std::string kb_id;   // empty when not linked
  std::vector<SpanView> mentions;
};

struct QuoteView {
  std::string id;
  std::string kind;  // direct, mixed, indirect
  SpanView span;
  std::string speaker;         // empty: unattributed
  std::string speaker_entity;  // an entity id, or empty
  SpanView speaker_mention;
  SpanView cue;
  std::string sieve;
  double confidence = 0;
  std::string nested_in;  // a quote id, or empty
};

struct RecordView {
  std::string id;
  std::string error;       // set for an error record
  std::string error_code;  // set for an error record
  std::vector<SpanView> sentences;
  std::vector<EntityView> entities;
  std::vector<QuoteView> quotes;

  bool failed() const noexcept { return !error_code.empty() || !error.empty(); }
};

// Reads one JSONL line of `sayso extract` output (a record or an error
// record). A line that is not such a record gives an error naming what is
// missing; `where` (file:line) prefixes the message.
Result<RecordView> parse_record(std::string_view json_line, const std::string& where);

// The record of a document, read back from its JSON (append_json_record);
// an error record (internal) should that JSON not parse.
RecordView record_of(const Document& document);
// The error record of a document that failed.
RecordView error_record_of(std::string_view id, std::string_view message, std::string_view error_code);

// Who speaks in a record, in order of first appearance (the order the
// colours follow). A speaker is known by its entity id, else its name; an
// unattributed quote has no speaker and is not listed.
struct SpeakerOrder {
  std::vector<std::string> keys;   // entity id or name, in order of first quote
  std::vector<std::string> names;  // the speaker's name for each key
  std::vector<std::size_t> quote_counts;

  explicit SpeakerOrder(const RecordView& record);
  // The index of the quote's speaker in keys, or npos when unattributed.
  std::size_t index_of(const QuoteView& quote) const;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  std::unordered_map<std::string, std::size_t> index_;  // key -> index into keys
};

// Maps a text's code point offsets to byte offsets in one pass. A byte that
// does not start a valid UTF-8 sequence counts as one code point, as in the
// record of a repaired document.
class CodePointIndex {
 public:
  // `offsets` in any order; afterwards byte_offset(o) answers for each of them.
  CodePointIndex(std::string_view text, std::vector<std::size_t> offsets);
  // The byte offset of a code point offset given to the constructor (offsets
  // past the end map to text.size()).
  std::size_t byte_offset(std::size_t code_point_offset) const;

 private:
  std::vector<std::size_t> code_points_;  // sorted, unique
  std::vector<std::size_t> bytes_;
};

// Text for a terminal or a table cell: line breaks and tabs become spaces,
// other control characters (ESC included) and invalid UTF-8 become U+FFFD,
// so that an article cannot move the cursor or change colours.
std::string printable(std::string_view text);

}  // namespace sayso::cli

#endif  // SAYSO_APPS_RECORD_VIEW_HPP
