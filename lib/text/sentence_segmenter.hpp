// Sentences: ICU's sentence break iterator over the UTF-8 text, corrected by
// a rule pass driven by rules/<lang>/abbreviations.tsv and
// sentence_starters.tsv (abbreviations and titles, initials, numbers,
// ellipses, list items, quotations, citations, addresses).
//
// Policy, in short: no sentence ends inside a quotation or brackets (paired
// within the paragraph, at most 600 code points apart); a closing quote or
// bracket and footnote markers after the full stop belong to the sentence;
// "!" or "?" before a lowercase word continues it; a line break inside a
// paragraph (a soft wrap, see paragraph_splitter.hpp) never ends a sentence
// on its own; a run of punctuation is never a sentence of its own. Cost is
// linear in the text length.
//
// A SentenceSegmenter is immutable and may be shared by threads: each call
// to segment() works on its own clone of the ICU break iterator.
#ifndef SAYSO_TEXT_SENTENCE_SEGMENTER_HPP
#define SAYSO_TEXT_SENTENCE_SEGMENTER_HPP

#include <memory>
#include <string_view>
#include <vector>

#include "rules/text_rules.hpp"
#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::text {

class SentenceSegmenter {
 public:
  // Fails only when ICU cannot create a sentence break iterator (missing data).
  static Result<std::shared_ptr<const SentenceSegmenter>> create(std::shared_ptr<const rules::TextRules> rules);

  ~SentenceSegmenter();
  SentenceSegmenter(const SentenceSegmenter&) = delete;
  SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

  // The sentences of each paragraph of `text`, in order: every sentence lies
  // inside one paragraph, is trimmed of white space, and is not empty; the
  // sentences of a paragraph cover all of its non-space text.
  // Sentence::paragraph is set; the token fields are left for the tokenizer.
  std::vector<Sentence> segment(std::string_view text, const std::vector<Paragraph>& paragraphs) const;

  class Impl;

 private:
  explicit SentenceSegmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sayso::text

#endif  // SAYSO_TEXT_SENTENCE_SEGMENTER_HPP
