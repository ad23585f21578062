#include "sayso/pipeline.hpp"

#include <charconv>
#include <new>
#include <optional>

#include "core/deadline.hpp"
#include "core/document_builder.hpp"
#include "core/utf8.hpp"
#include "entities/entity_linker.hpp"
#include "entities/entity_recognizer.hpp"
#include "link/kb_linker.hpp"
#include "quotes/quote_stage.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "sayso/sayso.hpp"
#include "text/paragraph_splitter.hpp"
#include "text/sentence_segmenter.hpp"
#include "text/tokenizer.hpp"

namespace sayso {

const char* version_string() noexcept { return SAYSO_VERSION_STRING; }

class Pipeline::Impl {
 public:
  PipelineOptions options;
  std::shared_ptr<const rules::TextRules> text_rules;
  std::shared_ptr<const text::SentenceSegmenter> segmenter;
  std::unique_ptr<const text::Tokenizer> tokenizer;
  std::shared_ptr<const entities::EntityRecognizer> entities;
  std::shared_ptr<const link::KbLinker> kb_linker;
  std::shared_ptr<const quotes::QuoteStage> quotes;
};

Result<Pipeline> Pipeline::create(const PipelineOptions& options) {
  rules::RuleSet rule_set = options.replace_embedded_rules ? rules::RuleSet() : rules::RuleSet::embedded();
  if (!options.rules_directory.empty()) {
    auto with_dir = rules::RuleSet::with_directory(std::move(rule_set), options.rules_directory);
    if (!with_dir) return with_dir.error();
    rule_set = std::move(with_dir).value();
  } else if (options.replace_embedded_rules) {
    return Error(ErrorCode::invalid_argument,
                 "replace_embedded_rules is set but no rules directory is given");
  }

  const std::string& language = options.language;
  if (language.empty() || language.find_first_of("/\\.") != std::string::npos) {
    return Error(ErrorCode::invalid_argument, "language '" + language + "' is no name of a folder of rules");
  }
  const std::string language_folder = language + "/";
  const auto first_of_language = rule_set.files().lower_bound(language_folder);
  if (first_of_language == rule_set.files().end() ||
      first_of_language->first.compare(0, language_folder.size(), language_folder) != 0) {
    return Error(ErrorCode::invalid_argument, "no rules for language '" + language + "' (no file rules/" +
                                                   language_folder + "... in the rule set)");
  }
  if (auto version_error = rules::check_data_version(rule_set, language)) return *version_error;
  auto text_rules = rules::TextRules::load(rule_set, language);
  if (!text_rules) return text_rules.error();

  auto impl = std::make_shared<Impl>();
  impl->options = options;
  impl->text_rules = std::make_shared<const rules::TextRules>(std::move(text_rules).value());
  auto segmenter = text::SentenceSegmenter::create(impl->text_rules);
  if (!segmenter) return segmenter.error();
  impl->segmenter = std::move(segmenter).value();
  impl->tokenizer = std::make_unique<const text::Tokenizer>(impl->text_rules);
  if (options.depth >= PipelineDepth::entities) {
    auto recognizer = entities::EntityRecognizer::create(rule_set, language, *impl->tokenizer);
    if (!recognizer) return recognizer.error();
    impl->entities = std::move(recognizer).value();
    auto kb_linker = link::KbLinker::create(impl->entities->gazetteers(), *impl->tokenizer, options.knowledge_base,
                                            rule_set, language);
    if (!kb_linker) return kb_linker.error();
    impl->kb_linker = std::move(kb_linker).value();
  }
  if (options.depth >= PipelineDepth::quotes) {
    auto quote_stage = quotes::QuoteStage::create(rule_set, language, *impl->tokenizer, impl->entities->gazetteers());
    if (!quote_stage) return quote_stage.error();
    impl->quotes = std::move(quote_stage).value();
  }
  return Pipeline(std::move(impl));
}

const PipelineOptions& Pipeline::options() const noexcept { return impl_->options; }

namespace {

// Fewer bytes a token than nearly any prose has (see run_stages' reserve).
constexpr std::size_t kBytesPerTokenAtLeast = 4;

// Every stage, in order, over the builder's text. Throws DeadlineExceeded
// past the builder's deadline.
void run_stages(const Pipeline::Impl& impl, DocumentBuilder& builder) {
  const std::string_view t = builder.text();
  Deadline& deadline = builder.deadline();
  const std::vector<ByteSpan> paragraph_spans = text::split_paragraphs(t, impl.options.line_breaks);
  builder.paragraphs().reserve(paragraph_spans.size());  // no growth slack
  for (const ByteSpan& span : paragraph_spans) builder.paragraphs().push_back({span});
  deadline.check_now();
  builder.sentences() = impl.segmenter->segment(t, builder.paragraphs());
  deadline.check_now();
  auto& tokens = builder.tokens();
  // Room for a token every four bytes (news text runs about five bytes a
  // token), so the vector rarely grows by reallocation; shrink_to_fit below
  // gives the rest back.
  tokens.reserve(t.size() / kBytesPerTokenAtLeast + 16);
  const bool may_hold_url_or_address = text::Tokenizer::may_hold_url_or_address(t);
  for (Sentence& sentence : builder.sentences()) {
    deadline.check();
    sentence.first_token = tokens.size();
    impl.tokenizer->tokenize(t, sentence.span, may_hold_url_or_address, tokens);
    sentence.token_count = tokens.size() - sentence.first_token;
  }
  tokens.shrink_to_fit();  // the stages after this one hold many arrays per token: give back the growth slack
  builder.sentences().shrink_to_fit();
  deadline.check_now();
  if (impl.options.depth >= PipelineDepth::entities) {
    const std::vector<entities::MentionInfo> mention_infos = impl.entities->recognize(builder);
    entities::link_entities(builder, mention_infos, impl.entities->gazetteers(), impl.entities->name_context());
    deadline.check_now();
    impl.kb_linker->link(builder);
    // The mentions' growth slack back before the quote stage's arrays (the peak).
    builder.mentions().shrink_to_fit();
    builder.roles().shrink_to_fit();
    deadline.check_now();
  }
  if (impl.options.depth >= PipelineDepth::quotes) impl.quotes->run(builder, impl.options.keep_unattributed_quotes);
}

// ErrorCode::too_large for a document over the options' limit, or over
// kMaxDocumentBytes (32-bit offsets) whatever the options say.
std::optional<Error> check_size(const PipelineOptions& options, std::size_t bytes) {
  if (bytes > kMaxDocumentBytes) {
    return Error(ErrorCode::too_large, "document of " + std::to_string(bytes) +
                                           " bytes is longer than the longest a document can be, " +
                                           std::to_string(kMaxDocumentBytes) + " bytes (4 GiB - 1)");
  }
  if (options.max_document_bytes == 0 || bytes <= options.max_document_bytes) return std::nullopt;
  return Error(ErrorCode::too_large, "document of " + std::to_string(bytes) + " bytes is longer than the limit of " +
                                         std::to_string(options.max_document_bytes) + " bytes");
}

}  // namespace

Result<Document> Pipeline::extract(std::string_view input, std::string id) const {
  if (auto too_large = check_size(impl_->options, input.size())) return *too_large;
  return extract_from(std::string(input), std::move(id));
}

Result<Document> Pipeline::extract_from(std::string&& input, std::string id) const {
  const PipelineOptions& options = impl_->options;
  if (auto too_large = check_size(options, input.size())) return *too_large;
  Deadline deadline(options.max_seconds_per_document);
  std::string text(std::move(input));
  bool repaired = false;
  std::vector<std::size_t> repair_marks;
  if (const auto bad = core::find_invalid_utf8(text)) {
    if (options.invalid_utf8 == InvalidUtf8Policy::reject) {
      return Error::at_byte(ErrorCode::invalid_utf8,
                            "invalid UTF-8 at byte " + std::to_string(*bad) +
                                " (pass the repair option to replace invalid bytes)",
                            *bad);
    }
    // Remember where the marks are only when the input has U+001A of its
    // own: otherwise every 0x1A is a mark.
    if (text.find(core::kSubstituteByte) != std::string::npos) core::repair_utf8(text, &repair_marks);
    else core::repair_utf8(text);
    repaired = true;
  }
  DocumentBuilder builder(std::move(id), std::move(text), repaired);
  builder.repair_marks() = std::move(repair_marks);
  builder.deadline() = deadline;
  try {
    run_stages(*impl_, builder);
  } catch (const DeadlineExceeded&) {
    // Whatever the stages built so far is dropped with the builder.
    char seconds[32];
    const auto written = std::to_chars(seconds, seconds + sizeof seconds, options.max_seconds_per_document);
    return Error(ErrorCode::timeout, "document took longer than the limit of " +
                                         std::string(seconds, written.ptr) + " s per document");
  }
  return std::move(builder).finish();
}


}  // namespace sayso
