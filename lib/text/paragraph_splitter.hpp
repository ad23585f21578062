// Paragraphs: blank-line separated blocks of text, with a policy for what a
// single line break means (see LineBreakPolicy in sayso/line_breaks.hpp).
#ifndef SAYSO_TEXT_PARAGRAPH_SPLITTER_HPP
#define SAYSO_TEXT_PARAGRAPH_SPLITTER_HPP

#include <string_view>
#include <vector>

#include "sayso/document.hpp"
#include "sayso/line_breaks.hpp"

namespace sayso::text {

// The paragraphs of `text` in order, each trimmed of surrounding white space
// and never empty. A blank line (only white space) or U+2029 always
// separates paragraphs; a single line break (LF, CR, CRLF, VT, FF, NEL,
// U+2028) separates them as `policy` says.
//
// LineBreakPolicy::automatic joins line A to the next line B when
//   - the block of lines is hard-wrapped: three or more lines whose lengths
//     (all but the last) lie within 75% of the longest, which is at least
//     50 code points, and A does not end a sentence; or
//   - A ends in white space before its line break (the mark of text
//     extracted from PDF or word processors), does not end in sentence-final
//     punctuation, B does not start a list item or bullet, and A is not a
//     list item followed by a capitalised line B (a heading or the next
//     entry of an outline); or
//   - A does not end in sentence-final punctuation (char_class.hpp's
//     core::is_sentence_terminal, before closing quotes and brackets), its last
//     word starts in lowercase or it ends in a comma (prose, not a headline
//     or a dateline), and B starts with a lowercase letter and no list
//     marker: a sentence that runs on over the line break.
// Otherwise the line break ends a paragraph, so that headlines and lines of
// page furniture stay on their own.
std::vector<ByteSpan> split_paragraphs(std::string_view text, LineBreakPolicy policy);

}  // namespace sayso::text

#endif  // SAYSO_TEXT_PARAGRAPH_SPLITTER_HPP
