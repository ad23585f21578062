// sayso/pipeline.hpp — build a pipeline once, extract from many documents.
//
//   auto pipeline = sayso::Pipeline::create();          // embedded default rules
//   if (!pipeline) { report(pipeline.error()); }
//   auto doc = pipeline.value().extract(text);
//   if (doc) for (const auto& s : doc.value().sentences()) ...
//
// Thread safety: a Pipeline is immutable after create(); one Pipeline may be
// used by any number of threads at once. extract() is a pure function of
// (pipeline, text, id): the same input always gives the same Document.
//
// Cost: create() reads and compiles the rules (milliseconds); extract() is
// linear in the length of the text.
#ifndef SAYSO_PIPELINE_HPP
#define SAYSO_PIPELINE_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "sayso/document.hpp"
#include "sayso/line_breaks.hpp"
#include "sayso/status.hpp"

namespace sayso {

// What extract() does with input that is not valid UTF-8.
enum class InvalidUtf8Policy {
  reject,  // fail with ErrorCode::invalid_utf8 and the offset of the first bad byte
  repair,  // replace each invalid byte (see document.hpp, "Offsets") and go on
};

// How far the pipeline goes. Each level includes the ones before it.
enum class PipelineDepth {
  text,      // paragraphs, sentences, tokens
  entities,  // + named entities, roles, in-document linking
  quotes,    // + quotations and their speakers (the default)
};

struct PipelineOptions {
  // A rules directory laid out like rules/ in the source tree (en/, common/).
  // Empty: the embedded default rules only.
  std::string rules_directory;
  // false: files in rules_directory add to the embedded rules (a file with
  // the same path replaces its embedded twin; "en/abbreviations.extra.tsv"
  // adds entries to en/abbreviations.tsv). true: the directory alone is used.
  bool replace_embedded_rules = false;
  // The language of the text: the rules of rules/<language>/ (and
  // rules/common/) are read. The embedded rules have "en"; a rules
  // directory may add another language (rules/README.md).
  std::string language = "en";
  InvalidUtf8Policy invalid_utf8 = InvalidUtf8Policy::reject;
  LineBreakPolicy line_breaks = LineBreakPolicy::automatic;
  // Whole statements in quotation marks and reported clauses (indirect
  // quotes) whose speaker cannot be found are dropped by default (every
  // emitted quote answers "who said it"); set this to keep them with a null
  // speaker. Quoted fragments with no speaker (scare quotes, titles of
  // works) are never emitted.
  bool keep_unattributed_quotes = false;
  PipelineDepth depth = PipelineDepth::quotes;
  // A user knowledge base: a TSV file of people and organisations (id, type,
  // name, aliases, gender, description; see docs/knowledge-base.md) that
  // PERSON and ORG entities are linked to by whole name. Its gender, when
  // given, overrides the one read from the text. Empty: none. Used when depth
  // is entities or more; a malformed file fails create() with
  // ErrorCode::rule_syntax (file:line:column), an unreadable one with
  // ErrorCode::io.
  std::string knowledge_base;
  // A safety net for batches: a document that takes longer than this many
  // seconds fails with ErrorCode::timeout instead of holding up the batch.
  // The time is the CPU time of the thread that runs extract() (wall time
  // where the platform has no thread clock), so a loaded machine does not
  // change which documents pass. The stages check it cooperatively, at their
  // boundaries and inside their long loops, so a document may overrun it
  // slightly. 0: no limit.
  double max_seconds_per_document = 0;
  // A document longer than this many bytes fails with ErrorCode::too_large
  // before any work (or memory) is spent on it. 0: no limit but
  // kMaxDocumentBytes (4 GiB - 1), which holds whatever this says. Memory
  // use is about 13 to 15 times the document size for news text
  // (docs/performance.md).
  std::size_t max_document_bytes = 0;
};

class Pipeline {
 public:
  // Loads and compiles the rules. Fails with ErrorCode::rule_syntax (naming
  // file, line and column) or ErrorCode::io.
  static Result<Pipeline> create(const PipelineOptions& options = {});

  // Runs every stage over `text` (UTF-8 bytes; may contain NUL). `id` is
  // copied into the Document. Fails with ErrorCode::invalid_utf8 under
  // InvalidUtf8Policy::reject, ErrorCode::too_large past
  // options().max_document_bytes or kMaxDocumentBytes, and ErrorCode::timeout past
  // options().max_seconds_per_document.
  Result<Document> extract(std::string_view text, std::string id = {}) const;
  // As extract(), but the Document takes over `text`'s buffer instead of
  // copying it: one copy of a large document less at the peak. `text` is
  // left valid but unspecified.
  Result<Document> extract_from(std::string&& text, std::string id = {}) const;

  const PipelineOptions& options() const noexcept;

  class Impl;

 private:
  explicit Pipeline(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;  // shared: copies of a Pipeline are cheap
};

}  // namespace sayso

#endif  // SAYSO_PIPELINE_HPP
