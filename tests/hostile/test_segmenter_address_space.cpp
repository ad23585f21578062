// The sentence segmenter's address space on one long paragraph (review18,
// left19): its per-code-point arrays take 13 bytes a byte of the paragraph
// (code points and byte offsets 4 + 4, bracket partners 4, quotation roles
// 1), the sentence list half a byte; nothing else may grow with the
// paragraph. scan_at_ was reserved at 4 bytes a byte, untouched but counted
// by `ulimit -v` (400 MB for a paragraph of 100 MB). The segmenter runs in a
// child process under RLIMIT_AS: its address space at the fork plus 15.5
// bytes a byte of the paragraph and a little slack.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "sayso/document.hpp"
#include "text/sentence_segmenter.hpp"

namespace {

// The process's address space now (/proc/self/statm: total program size),
// 0 when it cannot be read.
std::size_t address_space_bytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long pages = 0;
  const int read = std::fscanf(f, "%lu", &pages);
  std::fclose(f);
  return read == 1 ? static_cast<std::size_t>(pages) * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)) : 0;
}

}  // namespace

TEST_CASE("one paragraph of 8 MB segments in 15.5 bytes of address space a byte", "[hostile][memory]") {
#if defined(SAYSO_SANITIZED)
  WARN("skipped: a sanitizer reserves address space of its own");
#else
  using namespace sayso;
  const auto rules = std::make_shared<const rules::TextRules>(rules::TextRules::load(rules::RuleSet::embedded(), "en").value());
  const std::shared_ptr<const text::SentenceSegmenter> segmenter = text::SentenceSegmenter::create(rules).value();
  // Lowercase words and spaces, no sentence end: one paragraph, one sentence,
  // and almost nothing for scan_at_ (a word of six letters or more after a
  // space starts no list marker).
  constexpr std::size_t kBytes = std::size_t{8} << 20;
  const std::string piece = "harbour skipper ferries tideway ";
  std::string text;
  text.reserve(kBytes + piece.size());
  while (text.size() < kBytes) text += piece;
  text.pop_back();  // no trailing space: the paragraph is the whole text
  const std::vector<Paragraph> paragraphs{Paragraph{ByteSpan{0, text.size()}}};
  constexpr std::size_t kSlack = std::size_t{4} << 20;
  const std::size_t budget = text.size() * 31 / 2 + kSlack;
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // Exit codes: 0 segmented (one sentence), 2 out of address space, 3 a
    // wrong answer, 4 no limit set.
    const std::size_t now = address_space_bytes();
    const struct rlimit limit {now + budget, now + budget};
    if (now == 0 || ::setrlimit(RLIMIT_AS, &limit) != 0) ::_exit(4);
    try {
      const std::vector<Sentence> sentences = segmenter->segment(text, paragraphs);
      ::_exit(sentences.size() == 1 && sentences[0].span.end == text.size() ? 0 : 3);
    } catch (const std::bad_alloc&) {
      ::_exit(2);
    }
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  INFO("child exit " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                     << " (2: out of address space under a budget of " << (budget >> 20) << " MB)");
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
#endif
}
