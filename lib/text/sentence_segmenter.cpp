#include "text/sentence_segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "text/char_class.hpp"
#include "text/utf8.hpp"

namespace sayso::text {

class SentenceSegmenter::Impl {
 public:
  std::shared_ptr<const rules::TextRules> rules;
  std::unique_ptr<icu::BreakIterator> prototype;
};

SentenceSegmenter::SentenceSegmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSegmenter::~SentenceSegmenter() = default;

Result<std::shared_ptr<const SentenceSegmenter>> SentenceSegmenter::create(
    std::shared_ptr<const rules::TextRules> rules) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !bi) {
    return Error(ErrorCode::internal,
                 std::string("ICU cannot create a sentence break iterator: ") + u_errorName(status));
  }
  auto impl = std::make_unique<Impl>();
  impl->rules = std::move(rules);
  impl->prototype = std::move(bi);
  return std::shared_ptr<const SentenceSegmenter>(new SentenceSegmenter(std::move(impl)));
}

namespace {

// Shrinks [begin, end) to its non-space content.
ByteSpan trim(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end) {
    const Decoded d = decode_at(text, begin);
    if (!is_space(d.code_point)) break;
    begin += d.length;
  }
  while (end > begin) {
    const Decoded d = decode_before(text, end);
    if (!is_space(d.code_point)) break;
    end -= d.length;
  }
  return {begin, end};
}

struct UTextCloser {
  void operator()(UText* ut) const { utext_close(ut); }
};

}  // namespace

std::vector<Sentence> SentenceSegmenter::segment(std::string_view text,
                                                 const std::vector<Paragraph>& paragraphs) const {
  std::vector<Sentence> sentences;
  std::unique_ptr<icu::BreakIterator> bi(impl_->prototype->clone());
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const ByteSpan para = paragraphs[p].span;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> ut(
        utext_openUTF8(nullptr, text.data() + para.begin, static_cast<int64_t>(para.size()), &status));
    if (U_FAILURE(status)) {
      sentences.push_back({para, p, 0, 0});
      continue;
    }
    bi->setText(ut.get(), status);
    if (U_FAILURE(status)) {
      sentences.push_back({para, p, 0, 0});
      continue;
    }
    std::size_t start = 0;
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
      const ByteSpan s = trim(text, para.begin + start, para.begin + static_cast<std::size_t>(b));
      if (!s.empty()) sentences.push_back({s, p, 0, 0});
      start = static_cast<std::size_t>(b);
    }
    const ByteSpan rest = trim(text, para.begin + start, para.end);
    if (!rest.empty()) sentences.push_back({rest, p, 0, 0});
  }
  return sentences;
}

}  // namespace sayso::text
