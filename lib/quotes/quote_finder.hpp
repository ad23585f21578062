// Finds quotations marked with quotation marks: pairs the marks of
// rules/common/quote_marks.tsv (rules/quote_marks.hpp, the pairing the
// sentence segmenter uses too) over the paragraphs of a document.
//
//   - Marks pair by kind with a stack; a kind never nests in itself, other
//     kinds nest and the result is a tree (RawQuote::parent).
//   - ' and ’ are taken as apostrophes where letters or digits touch both
//     sides (Berger's, don't), before digits ('90s) and after a word when no
//     single quotation is open (the hospitals' wards); a single-quoted span
//     needs three characters (rock 'n' roll is not a quote).
//   - An opening mark typed for a closing one (“ … “ said X) closes the
//     quotation it opened when it is flanked like a closer.
//   - Typewriter doubles, `` and '' (Penn Treebank, older wire copy), are
//     one double quotation mark each, read as ".
//   - A quotation that runs over paragraphs in the news style (each new
//     paragraph reopens the mark and only the last one closes it) is one
//     quotation.
//   - A quotation whose closing mark never comes (not continued in the next
//     paragraph) runs to the end of its paragraph, never into the next one
//     (RawQuote::closed is false); a single mark left open is dropped, as it
//     is as often an apostrophe. The paragraph is then scanned again after
//     the open mark, a bounded number of times, for the quotations inside.
//   - The attribute values of a markup tag (<tweet id="7" lang="en">) are
//     not quotations.
// Cost: linear in the text length.
#ifndef SAYSO_QUOTES_QUOTE_FINDER_HPP
#define SAYSO_QUOTES_QUOTE_FINDER_HPP

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/quote_marks.hpp"
#include "rules/rule_set.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::quotes {

struct RawQuote {
  ByteSpan span;                // from the opening mark to the end of the closing mark
  std::size_t parent = kNone;   // index of the enclosing RawQuote
  std::size_t first_paragraph = 0;
  std::size_t last_paragraph = 0;
  char32_t open_mark = 0;
  rules::QuoteKind mark_kind = rules::QuoteKind::double_mark;  // the kind of its pair of marks (quote_marks.tsv)
  bool closed = true;           // false: the closing mark never came, and the span ends with the paragraph
};

class QuoteFinder {
 public:
  static Result<QuoteFinder> load(const rules::RuleSet& rules);

  // The quotations of the document, ordered by start (an enclosing quote
  // before the quotes nested in it).
  std::vector<RawQuote> find(std::string_view text, const std::vector<Paragraph>& paragraphs) const;

 private:
  std::shared_ptr<const rules::QuoteMarks> marks_;  // rules/quote_marks.hpp: the pairing sentences use too
  // The ASCII bytes find() must stop at: the marks, '<' (markup tags) and
  // the typewriter quotes ` and '. The scan passes over every other ASCII byte.
  std::array<bool, 0x80> ascii_stop_{};
  // The same bytes, for passing over eight bytes at a time; none listed
  // when there are more than kMaxListedStops (then only the byte loop runs).
  static constexpr std::size_t kMaxListedStops = 8;
  std::array<unsigned char, kMaxListedStops> listed_stops_{};
  std::array<std::array<unsigned char, 16>, kMaxListedStops> listed_stop_rows_{};  // each stop sixteen times
  std::size_t listed_stop_count_ = 0;
  bool passes_eight_at_a_time_ = false;
  // Bit i set: byte i of the sixteen at `p` is a listed stop or beyond
  // ASCII (SSE2 builds; the listed stops must be in use).
  unsigned stops_in_sixteen_bytes(const unsigned char* p) const;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_QUOTE_FINDER_HPP
