// sayso/line_breaks.hpp — what a single line break means to the paragraph
// splitter. A header of its own so that the text stage and the pipeline
// options share the enum without the text stage including the pipeline.
#ifndef SAYSO_LINE_BREAKS_HPP
#define SAYSO_LINE_BREAKS_HPP

namespace sayso {

// What a single line break (not a blank line) means. Blank lines always
// separate paragraphs.
enum class LineBreakPolicy {
  // Decide per line: a line break inside a hard-wrapped block (wire copy,
  // text extracted from PDF), or one that cuts a sentence before a line
  // starting in lowercase, joins the lines; otherwise it ends a paragraph.
  // Lines of page furniture ("Accessibility links", "0:00 0:01:00") thus
  // stay on their own.
  automatic,
  paragraph,  // every line break ends a paragraph (scraped pages, one paragraph per line)
  join,       // a single line break never ends a paragraph (hard-wrapped text)
};

}  // namespace sayso

#endif  // SAYSO_LINE_BREAKS_HPP
