// Issue 10, defect 6: the memory a Document keeps after extraction (its
// steady state: the text, sentences, tokens, mentions, entities and quotes a
// caller holds) is at most 10 times its text for news-like text. The peak
// during extraction is bounded by the CLI cases of test_hostile.cpp; this
// case measures what stays, in process, with glibc's count of the heap in
// use (mallinfo2: small blocks plus mapped ones).
#include <sayso/pipeline.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33)) && !defined(SAYSO_SANITIZED)
#define SAYSO_HEAP_IN_USE_AVAILABLE 1
#include <malloc.h>
#endif

namespace {

#if defined(SAYSO_HEAP_IN_USE_AVAILABLE)
std::size_t heap_in_use() {
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}
#endif

// The example article shipped in the repository, repeated to `bytes`, one
// blank line between copies: invented news text.
std::string news_like_text(std::size_t bytes) {
  std::ifstream in(SAYSO_EXAMPLE_ARTICLE, std::ios::binary);
  REQUIRE(in);
  std::stringstream article;
  article << in.rdbuf();
  const std::string piece = article.str() + "\n\n";
  REQUIRE(piece.size() > 100);
  std::string text;
  text.reserve(bytes + piece.size());
  while (text.size() < bytes) text += piece;
  return text;
}

}  // namespace

TEST_CASE("a Document kept after extraction holds at most 10 times its news text", "[hostile][memory]") {
#if !defined(SAYSO_HEAP_IN_USE_AVAILABLE)
  WARN("skipped: needs glibc's mallinfo2 and no sanitizer (SAYSO_SANITIZE replaces the allocator)");
#else
  const sayso::Pipeline pipeline = sayso::Pipeline::create().value();
  const std::string text = news_like_text(std::size_t{4} << 20);
  const std::size_t before = heap_in_use();
  sayso::Result<sayso::Document> document = pipeline.extract(text);
  REQUIRE(document.ok());
  const std::size_t after = heap_in_use();
  REQUIRE(after > before);
  const double factor = static_cast<double>(after - before) / static_cast<double>(text.size());
  INFO("text " << text.size() << " bytes; the Document keeps " << (after - before) << " bytes of heap, " << factor
               << " times the text");
  CHECK(document.value().quotes().size() > 0);
  CHECK(factor <= 10.0);
  // Measured 6.1 when this case was written: a much larger figure means a
  // stage keeps a per-token scratch array in the Document.
  CHECK(factor >= 1.0);
#endif
}
