// The hostile documents, built at test time from invented text: what
// scraped pages and broken exports feed a batch. Each states the bar it must
// meet: the issue's own bars where it sets one (issue 10), else a generous
// time per KB. Sizes shrink a hundredfold under sanitizers, which are slow
// and check memory safety, not cost (the nesting stays 5,000 deep).
#ifndef SAYSO_TESTS_HOSTILE_HOSTILE_DOCUMENTS_HPP
#define SAYSO_TESTS_HOSTILE_HOSTILE_DOCUMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sayso_hostile {

#if defined(SAYSO_SANITIZED)
inline constexpr std::size_t kScaleDown = 100;
#else
inline constexpr std::size_t kScaleDown = 1;
#endif

struct HostileDocument {
  std::string name;
  std::string text;
  bool valid_utf8 = true;     // false: only readable with --repair-utf8
  double max_seconds = 0;     // CPU time of the whole CLI run, start-up included
};

inline std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// A generous bar for documents the issue sets none for: half a second of
// start-up and 5 ms per KB (these documents, dense with quotes, take about
// 1 to 3 ms per KB). A cost that grows faster than the text soon passes it.
inline double default_max_seconds(std::size_t bytes) { return 0.5 + 0.005 * static_cast<double>(bytes) / 1024.0; }

inline HostileDocument make(std::string name, std::string text, bool valid_utf8 = true) {
  HostileDocument d{std::move(name), std::move(text), valid_utf8, 0};
  d.max_seconds = default_max_seconds(d.text.size());
  return d;
}

inline std::vector<HostileDocument> hostile_documents() {
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";  // “ ”
  std::vector<HostileDocument> docs;

  docs.push_back(make("nul_bytes", repeat(std::string("Mara Quill said\0 the \0\0", 24) + open +
                                              std::string("dock\0 is shut,", 14) + close + " she said.\n",
                                          2000 / kScaleDown)));

  docs.push_back(make("byte_order_marks",
                      "\xEF\xBB\xBF" + repeat("Tomas Vell said \xEF\xBB\xBF" + open + "We wait." + close +
                                                  "\xEF\xBB\xBF Then he left.\n\n",
                                              2000 / kScaleDown)));

  // Right-to-left override, isolates and marks around names and quotes.
  docs.push_back(make("bidi_controls",
                      repeat("\xE2\x80\xAE" "Ena Sorbo\xE2\x80\xAC said, " + open + "\xE2\x81\xA7" "It holds." +
                                 "\xE2\x81\xA9" + close + " \xE2\x80\x8F" "She meant it.\xE2\x80\x8E\n",
                             2000 / kScaleDown)));

  // 500,000 opening marks, then as many closing ones: 3 MB (issue 10: under 3 s).
  HostileDocument run = make("quote_mark_run", repeat(open, 500000 / kScaleDown) + repeat(close, 500000 / kScaleDown));
  run.max_seconds = 3.0;
  docs.push_back(std::move(run));

  // A page of short quotations with no sentence end (issue 10: under 0.5 s).
  HostileDocument list = make("no_no_no", repeat(open + "no" + close + " ", 40000 / kScaleDown));
  list.max_seconds = 0.5;
  docs.push_back(std::move(list));

  // The same with a word of four letters and a sentence that ends in a
  // word: the headline echo looks for the quotation's words in the
  // attributed quotes after each unattributed one, and a search that reads
  // every later quote of the paragraph is quadratic (3 s at 10,000
  // quotations, over a minute at 60,000); reading only the attributed ones,
  // it takes a few hundredths of a second.
  HostileDocument words = make("nope_ok", repeat(open + "nope" + close + " ok ", 40000 / kScaleDown));
  words.max_seconds = 0.5;
  docs.push_back(std::move(words));

  // Reported clauses after a noun that reports, 40,000 sentences of one
  // line (2.8 MB): a sieve that looks back at every quote found so far
  // instead of the sentence's own makes this quadratic (1.6 s, 6 s at twice
  // the size); linear, it takes about a fifth of a second.
  HostileDocument nouns = make("noun_cues", repeat("Ivo Prent's claim that the quay fees had doubled angered the crews. ",
                                                   40000 / kScaleDown));
  nouns.max_seconds = 1.0;
  docs.push_back(std::move(nouns));

  docs.push_back(make("mixed_line_ends",
                      repeat(open + "Close the gate," + close + " said Ivo Prent.\r\n" + "He waited.\r" +
                                 "Nobody came.\n\r\n" + "The gate stayed open.\r\r",
                             3000 / kScaleDown)));

  // About 240 KB on one line: short sentences with quotes and no line break.
  docs.push_back(make("long_line", repeat(open + "Stay calm," + close + " said Ona Brisk. It rained. ",
                                          (240 * 1024 / 44) / kScaleDown)));

  // Brackets and quotation marks nested 5,000 deep, then closed.
  std::string nested = "Lev Amsel said ";
  const std::size_t depth = 5000;
  for (std::size_t i = 0; i < depth; ++i) nested += "(" + open + "[\xE2\x80\x98{\"";
  nested += "deep";
  for (std::size_t i = 0; i < depth; ++i) nested += "\"}\xE2\x80\x99]" + close + ")";
  nested += ".";
  docs.push_back(make("nested_brackets", nested));

  // One token of 512 KB in a sentence with a quote.
  docs.push_back(make("huge_token", "Pia Lund said: " + open + "The code is " + std::string(512 * 1024 / kScaleDown, 'x') +
                                        "." + close + " Then she hung up.\n"));

  // Bytes that are no UTF-8 at all, among words and quotes: stray
  // continuation bytes, truncated sequences, overlong forms, surrogates.
  std::string invalid;
  std::uint32_t state = 12345;
  for (std::size_t i = 0; i < 20000 / kScaleDown; ++i) {
    state = state * 1103515245u + 12345u;
    static const char* const pieces[] = {"\x80", "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xC0\xAF", "\xF8\x88\x80\x80\x80",
                                         "\xFF", "\xF4\x90\x80\x80"};
    invalid += "Ada Rook said ";
    invalid += pieces[(state >> 16) % 8];
    invalid += " " + open + "fine" + close + ". ";
  }
  docs.push_back(make("invalid_utf8", invalid, false));
  return docs;
}

}  // namespace sayso_hostile

#endif  // SAYSO_TESTS_HOSTILE_HOSTILE_DOCUMENTS_HPP
