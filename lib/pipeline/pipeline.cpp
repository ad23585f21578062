#include "sayso/pipeline.hpp"

#include <new>

#include "entities/entity_recognizer.hpp"
#include "link/kb_linker.hpp"
#include "pipeline/document_builder.hpp"
#include "quotes/quote_stage.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "sayso/sayso.hpp"
#include "text/paragraph_splitter.hpp"
#include "text/sentence_segmenter.hpp"
#include "text/tokenizer.hpp"
#include "text/utf8.hpp"

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

namespace {
constexpr const char* kLanguage = "en";
}  // namespace

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

  auto text_rules = rules::TextRules::load(rule_set, kLanguage);
  if (!text_rules) return text_rules.error();

  auto impl = std::make_shared<Impl>();
  impl->options = options;
  impl->text_rules = std::make_shared<const rules::TextRules>(std::move(text_rules).value());
  auto segmenter = text::SentenceSegmenter::create(impl->text_rules);
  if (!segmenter) return segmenter.error();
  impl->segmenter = std::move(segmenter).value();
  impl->tokenizer = std::make_unique<const text::Tokenizer>(impl->text_rules);
  if (options.depth >= PipelineDepth::entities) {
    auto recognizer = entities::EntityRecognizer::create(rule_set, kLanguage, *impl->tokenizer);
    if (!recognizer) return recognizer.error();
    impl->entities = std::move(recognizer).value();
    auto kb_linker = link::KbLinker::create(impl->entities->gazetteers(), *impl->tokenizer, options.knowledge_base);
    if (!kb_linker) return kb_linker.error();
    impl->kb_linker = std::move(kb_linker).value();
  }
  if (options.depth >= PipelineDepth::quotes) {
    auto quote_stage = quotes::QuoteStage::create(rule_set, kLanguage, *impl->tokenizer, impl->entities->gazetteers());
    if (!quote_stage) return quote_stage.error();
    impl->quotes = std::move(quote_stage).value();
  }
  return Pipeline(std::move(impl));
}

const PipelineOptions& Pipeline::options() const noexcept { return impl_->options; }

Result<Document> Pipeline::extract(std::string_view input, std::string id) const {
  std::string text(input);
  bool repaired = false;
  std::vector<std::size_t> repair_marks;
  if (const auto bad = text::find_invalid_utf8(text)) {
    if (impl_->options.invalid_utf8 == InvalidUtf8Policy::reject) {
      return Error::at_byte(ErrorCode::invalid_utf8,
                            "invalid UTF-8 at byte " + std::to_string(*bad) +
                                " (pass the repair option to replace invalid bytes)",
                            *bad);
    }
    // Remember where the marks are only when the input has U+001A of its
    // own: otherwise every 0x1A is a mark.
    if (text.find(text::kSubstituteByte) != std::string::npos) text::repair_utf8(text, &repair_marks);
    else text::repair_utf8(text);
    repaired = true;
  }
  DocumentBuilder builder(std::move(id), std::move(text), repaired);
  builder.repair_marks() = std::move(repair_marks);
  const std::string_view t = builder.text();

  for (const ByteSpan& span : text::split_paragraphs(t, impl_->options.line_breaks)) {
    builder.paragraphs().push_back({span});
  }
  builder.sentences() = impl_->segmenter->segment(t, builder.paragraphs());
  auto& tokens = builder.tokens();
  for (Sentence& sentence : builder.sentences()) {
    sentence.first_token = tokens.size();
    impl_->tokenizer->tokenize(t, sentence.span, tokens);
    sentence.token_count = tokens.size() - sentence.first_token;
  }
  if (impl_->options.depth >= PipelineDepth::entities) {
    impl_->entities->recognize(builder);
    impl_->kb_linker->link(builder);
  }
  if (impl_->options.depth >= PipelineDepth::quotes) impl_->quotes->run(builder, impl_->options.keep_unattributed_quotes);
  return std::move(builder).finish();
}

}  // namespace sayso
