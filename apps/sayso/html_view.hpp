// `--format html`: one self-contained page that shows who said what.
//
// The page has inline CSS and a few lines of inline JavaScript (a filter
// for the index) and loads nothing from the network. Each document is a
// section with its text, in which:
//   - each quote is one element <mark class="q KIND sN" data-quote="Qn">
//     (KIND direct, mixed or indirect; sN the speaker's colour, by order of
//     appearance in the document; a mixed quote nested in an indirect one
//     sits inside it);
//   - the speaker mention and the cue are underlined in that colour;
//   - entity mentions are marked by type (class "ent TYPE");
//   - hovering or focusing (Tab) a quote shows its speaker, kind, sieve,
//     confidence and cue;
// with a legend of the document's speakers and their quote counts. An index
// of all documents (with a filter box) stays at the side, so the page stays
// usable at a few hundred articles.
//
// Everything from the article and the record (text, ids, names) is
// HTML-escaped; control characters and invalid bytes show as U+FFFD. The
// marks are placed from the record's code point offsets, converted to the
// text's UTF-8 bytes exactly (CodePointIndex).
#ifndef SAYSO_APPS_HTML_VIEW_HPP
#define SAYSO_APPS_HTML_VIEW_HPP

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "document_sink.hpp"
#include "record_view.hpp"

namespace sayso::cli {

// Appends `text` HTML-escaped (for element content and quoted attributes).
void append_html_escaped(std::string_view text, std::string& out);

// The page's start: doctype, head with the style sheet, the opening of the
// document list. `title` is escaped.
void append_html_page_start(std::string_view title, std::string& out);
// One document's section. `anchor` is its element id (doc-N); `text` the
// document's text that the record's offsets index (empty for an error record).
void append_html_section(const RecordView& record, std::string_view text, std::string_view anchor,
                         std::string& out);

// A DocumentSink writing the whole page to `out`: the start, one section per
// document as it comes, and at the end the index.
std::unique_ptr<DocumentSink> make_html_sink(std::ostream& out, std::string title);

}  // namespace sayso::cli

#endif  // SAYSO_APPS_HTML_VIEW_HPP
