// `sayso show`: who said what in one article, for a person at a terminal.
//
// For each document: a heading with its id and counts, its quotes in text
// order as `Speaker ▸ quote  (kind, sieve, confidence, cue: said)` (a quote
// nested in another indented under it; an unattributed one with `?` for
// the speaker), then its entities by type with their mention counts and KB
// ids. Long lines wrap at `width` columns (counted in code points) with a
// hanging indent. With `colour`, each speaker has the colour of its order
// of appearance in the document (a fixed palette: the same input always
// looks the same) and the cue is underlined; without it the output is plain
// text, stable enough for golden tests. Text from the article is made
// printable (record_view.hpp: printable) so it cannot drive the terminal.
#ifndef SAYSO_APPS_SHOW_VIEW_HPP
#define SAYSO_APPS_SHOW_VIEW_HPP

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

#include "document_sink.hpp"
#include "record_view.hpp"

namespace sayso::cli {

struct ShowOptions {
  std::size_t width = 80;  // columns; at least 20 is used
  bool colour = false;
};

// Appends the view of one record (a document or an error record).
void append_show(const RecordView& record, const ShowOptions& options, std::string& out);

// A DocumentSink that writes each document's view to `out` as it comes.
std::unique_ptr<DocumentSink> make_show_sink(std::ostream& out, const ShowOptions& options);

}  // namespace sayso::cli

#endif  // SAYSO_APPS_SHOW_VIEW_HPP
