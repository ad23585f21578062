// sayso/output.hpp — the records sayso emits: JSONL and CSV.
//
// The JSON record follows the output contract (docs in README.md and
// ../shared/DESIGN.md): keys in a fixed order, every span with code point
// offsets (start, end) and UTF-8 byte offsets (byte_start, byte_end). Output
// is deterministic: the same Document always gives the same bytes.
//
// CSV is RFC 4180: comma separated, CRLF-free ("\n" line ends), fields quoted
// when they hold a comma, quote, CR or LF; a header row names the columns with
// the JSON key names, doc_id first.
#ifndef SAYSO_OUTPUT_HPP
#define SAYSO_OUTPUT_HPP

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso {

// Appends the document's JSON record to `out`, without a trailing newline.
void append_json_record(const Document& document, std::string& out);

// The same record in pieces, for a document whose record is too large to
// hold whole (about 6.5 times the text for news): between two items
// (sentences, mentions, quotes), once `out` holds `piece_bytes` or more,
// calls flush(out), which writes it out, and then empties `out`. What flush
// received, followed by what `out` holds at the end, is the record that
// append_json_record(document, out) makes.
void append_json_record(const Document& document, std::string& out, const std::function<void(std::string&)>& flush,
                        std::size_t piece_bytes);

// Appends an error record {"id": ..., "error": ..., "error_code": ...}
// (no trailing newline) for a document that could not be processed.
void append_json_error_record(std::string_view id, const Error& error, std::string& out);

// The same for an error that the library does not produce itself (a
// reader's input errors such as "bad_json" or "missing_field"): `message`
// and `error_code` are written as given.
void append_json_error_record(std::string_view id, std::string_view message, std::string_view error_code,
                              std::string& out);

// Which flat table a CSV holds: one row per item of that layer. `documents`
// has one row per document with its counts (an error row for a failed one);
// `mentions` one row per entity mention. The quotes table gives the speaker
// mention's and the cue's code point offsets and the index of the sentence
// and paragraph the quote starts in.
enum class CsvTable { quotes, entities, sentences, documents, mentions };

struct CsvOptions {
  // Prefix a cell that a spreadsheet would run as a formula (one starting
  // with = + - @, tab or CR) with a single quote.
  bool spreadsheet_safe = false;
};

// The UTF-8 byte-order mark that spreadsheets want before a CSV's header
// (--bom).
inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

void append_csv_header(CsvTable table, std::string& out);
// Appends one cell as the tables write it (quoted when it holds a comma,
// quote, CR or LF; `spreadsheet_safe` as in CsvOptions), without a separator.
void append_csv_cell(std::string_view cell, bool spreadsheet_safe, std::string& out);
// Appends one row per item; the document's id fills the doc_id column.
void append_csv_rows(const Document& document, CsvTable table, const CsvOptions& options,
                     std::string& out);
// Appends a row for a failed document to the header's columns: doc_id and an
// error column are filled, the rest left empty. Tables have an "error" column
// last so that a batch's failures stay visible in CSV output; the documents
// table also fills its error_code column.
void append_csv_error_row(std::string_view id, const Error& error, CsvTable table,
                          const CsvOptions& options, std::string& out);
void append_csv_error_row(std::string_view id, std::string_view message, CsvTable table,
                          const CsvOptions& options, std::string& out);
// The documents table's row for a failed document, with an error code given
// by name (a reader's code such as "bad_json" is no ErrorCode).
void append_csv_document_error_row(std::string_view id, std::string_view message, std::string_view error_code,
                                   const CsvOptions& options, std::string& out);

}  // namespace sayso

#endif  // SAYSO_OUTPUT_HPP
