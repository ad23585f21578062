// How a paragraph is cut into sentences.
//
// 1. Every paragraph is decoded once into code points (offsets are kept, so
//    the result is in bytes of the original text).
// 2. Quotation marks and brackets are paired within the paragraph. A pair
//    further apart than kMaxEnclosure code points is not a pair, so that an
//    unclosed or runaway quotation cannot swallow the paragraph. No sentence
//    ends strictly inside a pair.
// 3. Candidate boundaries come from two sources: ICU's sentence break
//    iterator over the paragraph's UTF-8 (a UText, so its offsets are bytes),
//    and our own scan, which sees what ICU misses: footnote markers after the
//    full stop, list items and bullets inside a line, speech broken off with a
//    dash before the closing quote. ICU adds only terminals of other scripts
//    (the rest of its boundaries are ours or soft wraps), so it runs only
//    over a paragraph that holds such a terminal.
// 4. A rule pass accepts or rejects each candidate, left to right, with the
//    abbreviations and sentence starters of rules::TextRules. A line break
//    inside a paragraph is never a candidate on its own: the paragraph
//    splitter has already decided that it is a soft wrap.
//
// Everything is linear in the length of the paragraph: each look behind or
// ahead is bounded by a constant.
#include "text/sentence_segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/char_class.hpp"
#include "core/uninit_vector.hpp"
#include "core/utf8.hpp"

namespace sayso::text {

namespace {

// The sixteen-byte decode (decode_ascii_block) tests white space by its
// own byte compares: ' ', TAB to CR, NUL and 0x1A. This holds it to the
// one answer of core::char_class, so that the two cannot drift apart.
constexpr bool block_space_matches_char_class() {
  for (unsigned c = 0; c < 0x80; ++c) {
    const bool block_space = c == ' ' || (c >= '\t' && c < '\t' + 5) || c == 0 || c == 0x1A;
    if (block_space != ((core::char_class_detail::ascii_classes_of(c) & core::char_class_detail::kSpace) != 0)) return false;
  }
  return true;
}
static_assert(block_space_matches_char_class(), "decode_ascii_block's white space is core::char_class's");

// What the candidate scan (scan_candidates) makes of an ASCII character.
enum class AsciiScan : std::uint8_t {
  // Nothing, wherever it stands: no sentence terminal, no quotation mark of
  // the rules, no opening parenthesis, no letter or digit.
  passes,
  // A letter or digit that is no quotation mark of the rules: something only
  // at the start of a word (a list marker), nothing inside one.
  word,
  // Anything else: the scan's general case.
  other,
};

}  // namespace

class SentenceSegmenter::Impl {
 public:
  std::shared_ptr<const rules::TextRules> rules;
  std::unique_ptr<icu::BreakIterator> prototype;
  // Per ASCII character: neither a quotation mark of the rules nor a bracket,
  // so quotation pairing passes over it (built once, from the rules).
  std::array<bool, 0x80> pairs_nothing{};
  // Per ASCII character: what the candidate scan does with it (built once,
  // from the rules).
  std::array<AsciiScan, 0x80> ascii_scan{};
  // No rule makes a lowercase ASCII letter or the space a quotation mark,
  // so decoding may pass over runs of letters eight bytes at a time, and
  // over a space with no more work than storing it.
  bool lowercase_and_space_plain = true;
  // The same for capitals and digits (A to Z, 0 to 9): decoding's sixteen-
  // byte pass takes them with the lowercase letters.
  bool capitals_and_digits_plain = true;
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
  impl->rules = rules ? std::move(rules) : std::make_shared<const rules::TextRules>();
  for (char32_t c = 0; c < 0x80; ++c) {
    const bool quote_mark = impl->rules->quote_marks().is_mark(c);
    impl->pairs_nothing[c] = !quote_mark && !core::is_open_bracket(c) && !core::is_close_bracket(c);
    if (quote_mark || core::is_sentence_terminal(c) || c == '(') {
      impl->ascii_scan[c] = AsciiScan::other;
    } else {
      impl->ascii_scan[c] = core::is_alnum(c) ? AsciiScan::word : AsciiScan::passes;
    }
  }
  for (char32_t c = 'a'; c <= 'z'; ++c) {
    impl->lowercase_and_space_plain = impl->lowercase_and_space_plain && impl->pairs_nothing[c] && impl->ascii_scan[c] == AsciiScan::word;
  }
  impl->lowercase_and_space_plain =
      impl->lowercase_and_space_plain && impl->pairs_nothing[' '] && impl->ascii_scan[' '] == AsciiScan::passes;
  for (char32_t c = 0; c < 0x80; ++c) {
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      impl->capitals_and_digits_plain =
          impl->capitals_and_digits_plain && impl->pairs_nothing[c] && impl->ascii_scan[c] == AsciiScan::word;
    }
  }
  impl->prototype = std::move(bi);
  return std::shared_ptr<const SentenceSegmenter>(new SentenceSegmenter(std::move(impl)));
}

namespace {

using rules::AbbreviationKind;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::uint32_t kNoPartner = static_cast<std::uint32_t>(-1);

// (the arrays a paragraph fills in full before it reads them are
// core::UninitVector: no memset of every code point's slot first)
using core::UninitVector;
// Quotation marks or brackets further apart than this (code points) are not
// taken as a pair.
constexpr std::size_t kMaxEnclosure = 600;
// How far the rules look back for the word before a full stop, and ahead for
// the word after a boundary (code points).
constexpr std::size_t kMaxWord = 64;
constexpr std::size_t kMaxLookahead = 24;

// ---------------------------------------------------------------------------
// Character helpers

bool is_fullwidth_terminal(char32_t c) {
  // 。 ． ！ ？ ｡ and the vertical forms: they end a sentence without a space.
  return c == 0x3002 || c == 0xFF0E || c == 0xFF01 || c == 0xFF1F || c == 0xFF61 || c == 0xFE12 ||
         c == 0xFE52 || c == 0xFE56 || c == 0xFE57;
}

bool is_period(char32_t c) { return c == '.' || c == 0xFF0E || c == 0xFE52; }

bool is_ellipsis_char(char32_t c) { return c == 0x2026 || c == 0x22EF || c == 0xFE19; }

// A terminal in ICU's view (Sentence_Break STerm or ATerm).
bool is_icu_terminal(char32_t c) {
  const auto sb = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK);
  return sb == U_SB_STERM || sb == U_SB_ATERM;
}

// Characters that open a list item or bullet line.
bool is_bullet(char32_t c) {
  switch (c) {
    case 0x2022: case 0x2023: case 0x2043: case 0x25E6: case 0x25AA: case 0x25AB: case 0x25CF:
    case 0x25CB: case 0x25A0: case 0x25A1: case 0x25BA: case 0x25B8: case 0x25B6: case 0x2756:
    case 0x27A2: case 0x2713: case 0x2714: case 0x2219:
      return true;
    default:
      return false;
  }
}

enum class QuoteRole : std::uint8_t { none, open, close, apostrophe };

char32_t closing_bracket_for(char32_t open) {
  switch (open) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case 0xFF08: return 0xFF09;
    case 0xFF3B: return 0xFF3D;
    case 0x3010: return 0x3011;
    case 0x3014: return 0x3015;
    default: return 0;
  }
}

// ---------------------------------------------------------------------------
// List item markers: "1." "2)" "3.)" "(4)" "a." "b)" "(c)" "iv." "(xii)".

enum class MarkerStyle : std::uint8_t { dot, paren, dot_paren, enclosed };
enum class MarkerKind : std::uint8_t { number, lower_letter, upper_letter, lower_roman, upper_roman };

struct Marker {
  MarkerStyle style = MarkerStyle::dot;
  // Up to two readings: "i" is a letter and a roman numeral.
  MarkerKind kinds[2] = {MarkerKind::number, MarkerKind::number};
  int values[2] = {0, 0};
  int readings = 0;
  std::size_t end = 0;  // code point index just after the marker's punctuation
};

int roman_value(const char32_t* s, std::size_t n) {
  auto digit = [](char32_t c) -> int {
    switch (c | 0x20) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      case 'l': return 50;
      case 'c': return 100;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const int v = digit(s[k]);
    if (v == 0) return 0;
    const int next = k + 1 < n ? digit(s[k + 1]) : 0;
    total += next > v ? -v : v;
  }
  return total > 0 && total < 90 ? total : 0;
}

// ---------------------------------------------------------------------------
// One paragraph, decoded.

struct Candidate {
  enum class Kind : std::uint8_t { terminal, list_item, bullet, broken_quote, foreign_terminal };
  Kind kind;
  std::size_t term;  // first terminal of the cluster (terminal kinds), else == end
  std::size_t end;   // the sentence ends here (exclusive)
  std::size_t next;  // the next sentence starts here
};

class ParagraphSegmenter {
 public:
  // `pairs_nothing`: SentenceSegmenter::Impl::pairs_nothing.
  ParagraphSegmenter(std::string_view text, const rules::TextRules& rules, const std::array<bool, 0x80>& pairs_nothing,
                     const std::array<AsciiScan, 0x80>& ascii_scan, bool lowercase_and_space_plain,
                     bool capitals_and_digits_plain)
      : text_(text),
        rules_(rules),
        pairs_nothing_(pairs_nothing),
        ascii_scan_(ascii_scan),
        lowercase_and_space_plain_(lowercase_and_space_plain),
        capitals_and_digits_plain_(capitals_and_digits_plain) {}

  // `bi` is cloned from `prototype` the first time a paragraph needs ICU.
  void run(ByteSpan para, const icu::BreakIterator& prototype, std::unique_ptr<icu::BreakIterator>& bi,
           std::size_t paragraph_index, std::vector<Sentence>& out);

  // Room in the per-code-point arrays for a paragraph of `bytes` bytes (the
  // document's longest), so that they are allocated once per document
  // rather than grown paragraph by paragraph. scan_at_ lists a small share of
  // the code points in prose, one per code point at most: room for
  // every byte would take four bytes of address space a byte of the
  // paragraph, untouched (400 MB for one of 100 MB, which `ulimit -v`
  // counts). It is reserved up to kScanReserve entries, more than a news
  // paragraph fills, and past that grows as it is filled.
  void reserve(std::size_t bytes) {
    cp_.reserve(bytes);
    off_.reserve(bytes + 1);
    quote_role_.reserve(bytes);
    partner_.reserve(bytes);
    scan_at_.reserve(std::min(bytes, kScanReserve));
  }
  static constexpr std::size_t kScanReserve = std::size_t{1} << 16;

 private:
  void decode(ByteSpan para);
#if defined(__SSE2__)
  // decode()'s step over sixteen ASCII bytes at `bytes` (`available` bytes
  // left in the paragraph, at least 16), the code points from `count` on,
  // the first at byte `offset` of the paragraph: writes their code points
  // and offsets at `cp` and `off`, lists them in pair_at_ and scan_at_ as
  // the byte steps would (word starts only where a marker may begin), and
  // updates `after_space` and `last_alnum_end`. Returns 16, or 0 (nothing
  // done) when a byte is beyond ASCII. Needs ascii_block_plain_.
  std::size_t decode_ascii_block(const unsigned char* bytes, std::size_t available, std::uint32_t offset, char32_t* cp,
                                 std::uint32_t* off, std::size_t count, bool& after_space, std::size_t& last_alnum_end);
#endif
  void pair_enclosures();
  void classify_quote(std::size_t i, const rules::QuoteMark& mark, const std::vector<std::size_t>& pending);
  bool is_quote_mark(char32_t c) const { return rules_.quote_marks().is_mark(c); }
  void scan_candidates();
  void add_icu_candidates(ByteSpan para, icu::BreakIterator& bi);
  void judge(std::size_t paragraph_index, std::vector<Sentence>& out);

  bool judge_terminal(const Candidate& c);
  bool judge_full_stop(const Candidate& c, std::size_t word_at);
  bool plain_word_before(std::size_t t) const;
  bool judge_abbreviation(AbbreviationKind kind, std::size_t word_at) const;
  void begin_sentence(std::size_t at);
  std::optional<Marker> parse_marker(std::size_t at) const;
  // False when parse_marker(at) certainly finds nothing: the word at `at`
  // (past an opening parenthesis) is not a few ASCII letters or digits
  // followed by '.' or ')'. A cheap filter for every word start.
  bool may_start_marker(std::size_t at) const {
    const std::size_t n = cp_.size();
    std::size_t j = at < n && cp_[at] == '(' ? at + 1 : at;
    const std::size_t body = j;
    while (j < n && j - body < 5 && cp_[j] < 0x80 && core::is_alnum(cp_[j])) ++j;
    return j > body && j < n && (cp_[j] == '.' || cp_[j] == ')');
  }
  bool follows(const Marker& prev, const Marker& cur) const;
  bool restarts(const Marker& prev, const Marker& cur) const;
  std::size_t first_word_after(std::size_t at) const;
  bool is_sentence_starter_at(std::size_t at) const;
  std::string_view bytes(std::size_t from, std::size_t to) const {
    return text_.substr(base_ + off_[from], off_[to] - off_[from]);
  }
  // A boundary at e lies inside a quotation or brackets: more enclosures
  // open before e (open < e) than close before it (close < e).
  bool protected_at(std::size_t e) const {
    const auto opened = std::upper_bound(enclosure_opens_.begin(), enclosure_opens_.end(), e);
    const auto closed = std::upper_bound(enclosure_closes_.begin(), enclosure_closes_.end(), e);
    return opened - enclosure_opens_.begin() > closed - enclosure_closes_.begin();
  }
  char32_t cp_at(std::size_t i) const { return i < cp_.size() ? cp_[i] : U' '; }
  // The first letter or digit at or after i (cp_.size() when none). A scan
  // from i, kept for the next ask: the rule pass asks from each sentence
  // start, which only moves on, so the scans never cross the same code
  // points twice (an ask inside the stretch scanned last is answered at once).
  std::size_t next_alnum(std::size_t i) const {
    if (alnum_from_ <= i && i <= alnum_at_) return alnum_at_;
    const std::size_t n = cp_.size();
    std::size_t k = std::min(i, n);
    while (k < n && !core::is_alnum(cp_[k])) ++k;
    alnum_from_ = i;
    alnum_at_ = k;
    return k;
  }
  // Whether a letter or digit stands at or after i.
  bool alnum_at_or_after(std::size_t i) const { return i < last_alnum_end_; }

  std::string_view text_;
  const rules::TextRules& rules_;

  UninitVector<char32_t> cp_;  // decode() writes every element
  // Per code point of the paragraph; 32-bit indices keep a huge paragraph
  // affordable (run() leaves paragraphs of 4 GiB or more whole).
  std::size_t base_ = 0;                // byte offset of the paragraph
  UninitVector<std::uint32_t> off_;    // byte offset of cp_[i] from base_; off_[n] is the paragraph size
  std::vector<QuoteRole> quote_role_;
  // The enclosures (paired quotation marks and brackets): open + 1 and
  // close + 1 of each, in ascending order, for protected_at().
  std::vector<std::uint32_t> enclosure_opens_;
  std::vector<std::uint32_t> enclosure_closes_;
  // For an opening bracket, its closing bracket (or kNoPartner); set only at
  // the characters pair_enclosures() looks at (pair_at_).
  UninitVector<std::uint32_t> partner_;
  // One past the paragraph's last letter or digit (0 when it has none).
  std::size_t last_alnum_end_ = 0;
  // The last answer of next_alnum(): the first letter or digit at or after
  // alnum_from_ is alnum_at_ (valid when alnum_from_ <= alnum_at_).
  mutable std::size_t alnum_from_ = 1;
  mutable std::size_t alnum_at_ = 0;
  // The code points that may be a quotation mark or a bracket, in order:
  // every one beyond ASCII and the ASCII ones pairs_nothing_ does not pass.
  std::vector<std::uint32_t> pair_at_;
  // The code points where scan_candidates() may find something, in order:
  // every one beyond ASCII, the ASCII ones ascii_scan_ calls other, and the
  // letters and digits it calls word that follow white space.
  std::vector<std::uint32_t> scan_at_;
  std::vector<Candidate> candidates_;
  // pair_enclosures()'s stacks of open quotation marks (by kind) and
  // brackets, kept from paragraph to paragraph (cleared by each).
  std::vector<std::size_t> pending_[rules::kQuoteKinds];
  std::vector<std::size_t> brackets_;
  // ASCII characters that are no quotation mark (by the rules) and no
  // bracket: pair_enclosures() passes over them.
  const std::array<bool, 0x80>& pairs_nothing_;
  // SentenceSegmenter::Impl::ascii_scan.
  const std::array<AsciiScan, 0x80>& ascii_scan_;
  // SentenceSegmenter::Impl::lowercase_and_space_plain.
  const bool lowercase_and_space_plain_;
  // SentenceSegmenter::Impl::capitals_and_digits_plain.
  const bool capitals_and_digits_plain_;
  // Both: every ASCII letter, digit and space neither pairs nor is scanned
  // but as a word start (decode_ascii_block's case).
  const bool ascii_block_plain_ = lowercase_and_space_plain_ && capitals_and_digits_plain_;
  // The paragraph holds a character that ICU takes for a sentence terminal
  // and core::is_sentence_terminal does not (the only source of ICU's
  // candidates that ours lack).
  bool has_foreign_terminal_ = false;

  // State of the rule pass.
  std::size_t sentence_start_ = 0;
  std::size_t skip_until_ = 0;  // terminals before this belong to a list marker
  std::optional<Marker> last_marker_;
};

#if defined(__SSE2__)
std::size_t ParagraphSegmenter::decode_ascii_block(const unsigned char* bytes, std::size_t available, std::uint32_t offset,
                                                 char32_t* cp, std::uint32_t* off, std::size_t count, bool& after_space,
                                                 std::size_t& last_alnum_end) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  if (_mm_movemask_epi8(v) != 0) return 0;  // a byte beyond ASCII: the paths of decode()
  // Signed compares: byte + (0x80 - first) lies below -128 + width only for
  // the `width` bytes from `first` on.
  auto in_range = [&v](char first, int width) {
    const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - first)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + width)));
  };
  const auto alnum = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(in_range('a', 26), in_range('A', 26)), in_range('0', 10))));
  // White space as core::char_class has it: ' ', TAB to CR, NUL and 0x1A.
  const __m128i blank = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
  const __m128i space_bytes =
      _mm_or_si128(_mm_or_si128(blank, in_range('\t', 5)),
                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_setzero_si128()), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x1A))));
  const auto space = static_cast<unsigned>(_mm_movemask_epi8(space_bytes));
  // Everything but letters, digits and ' ' (punctuation, symbols, the other
  // white space): the tables decide for each.
  const unsigned other = ~(alnum | static_cast<unsigned>(_mm_movemask_epi8(blank))) & 0xFFFFu;
  // Word starts after white space that may begin a list marker: a '.' or
  // ')' among the five bytes after the start (may_start_marker's test
  // follows in scan_candidates()). Past the paragraph's end, or past the
  // sixteen bytes after these when those are not there to read, one is
  // taken to be there.
  auto marker_ends = [](__m128i w) {
    return static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('.')), _mm_cmpeq_epi8(w, _mm_set1_epi8(')')))));
  };
  unsigned next_ends = 0xFFFFu;
  if (available >= 32) next_ends = marker_ends(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16)));
  const std::uint32_t ends = marker_ends(v) | (next_ends << 16);
  const std::uint32_t end_near = (ends >> 1) | (ends >> 2) | (ends >> 3) | (ends >> 4) | (ends >> 5);
  const unsigned after_spaces = (space << 1) | static_cast<unsigned>(after_space);
  const unsigned marker_starts = alnum & after_spaces & end_near;
  // The bytes to list, in order: pair_at_ and scan_at_ as decode()'s byte
  // steps list them (a word start is no quotation mark or bracket here).
  for (unsigned listed = (other | marker_starts) & 0xFFFFu; listed != 0; listed &= listed - 1) {
    const auto k = static_cast<unsigned>(__builtin_ctz(listed));
    const auto at = static_cast<std::uint32_t>(count + k);
    const unsigned char byte = bytes[k];
    if (!pairs_nothing_[byte]) pair_at_.push_back(at);
    if ((marker_starts >> k & 1u) != 0 || ascii_scan_[byte] == AsciiScan::other) scan_at_.push_back(at);
  }
  const __m128i zero = _mm_setzero_si128();
  const __m128i low8 = _mm_unpacklo_epi8(v, zero);
  const __m128i high8 = _mm_unpackhi_epi8(v, zero);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(cp), _mm_unpacklo_epi16(low8, zero));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + 4), _mm_unpackhi_epi16(low8, zero));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + 8), _mm_unpacklo_epi16(high8, zero));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + 12), _mm_unpackhi_epi16(high8, zero));
  const __m128i first = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(offset)), _mm_setr_epi32(0, 1, 2, 3));
  const __m128i four = _mm_set1_epi32(4);
  const __m128i second = _mm_add_epi32(first, four);
  const __m128i third = _mm_add_epi32(second, four);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(off), first);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(off + 4), second);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(off + 8), third);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(off + 12), _mm_add_epi32(third, four));
  if (alnum != 0) last_alnum_end = count + 32 - static_cast<unsigned>(__builtin_clz(alnum));
  after_space = (space >> 15) != 0;
  return 16;
}
#endif

void ParagraphSegmenter::decode(ByteSpan para) {
  // At most one code point per byte: size the arrays once, fill them through
  // pointers, then cut them to the number of code points. One pass also
  // finds the last letter or digit and lists the code points pairing and
  // the candidate scan look at.
  cp_.resize(para.size());
  off_.resize(para.size() + 1);
  pair_at_.clear();
  scan_at_.clear();
  base_ = para.begin;
  has_foreign_terminal_ = false;
  alnum_from_ = 1;  // no answer kept
  alnum_at_ = 0;
  namespace cls = core::char_class_detail;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
  char32_t* cp = cp_.data();
  std::uint32_t* off = off_.data();
  std::size_t count = 0;
  std::size_t last_alnum_end = 0;  // one past the last letter or digit so far
  bool after_space = false;  // the code point before `count` is white space
  std::size_t pos = para.begin;
  while (pos < para.end) {
#if defined(__SSE2__)
    if (ascii_block_plain_ && pos + 16 <= para.end) {
      const std::size_t done = decode_ascii_block(bytes + pos, para.end - pos, static_cast<std::uint32_t>(pos - para.begin),
                                                  cp + count, off + count, count, after_space, last_alnum_end);
      if (done != 0) {
        count += done;
        pos += done;
        continue;
      }
    }
#endif
    const unsigned char byte = bytes[pos];
#if defined(__SSE2__)
    // Sixteen bytes at once: ASCII letters, digits and spaces up to the first
    // other byte (capitals and digits only when no rule makes one a quotation
    // mark: else lowercase letters and spaces), or, when all sixteen are such,
    // up to the last space. A word that ends at a space cannot start a list
    // marker (nothing for scan_at_); the one that ends at the other byte is
    // listed when it may. None pairs; their code points and offsets are
    // written sixteen at a time (the arrays have room: count + 16 <= pos + 16
    // - para.begin <= para.size(); entries past the stretch are written over
    // after it). A word that reaches the sixteenth byte is left to the paths
    // below, which see it start after a space.
    if (lowercase_and_space_plain_ && pos + 16 <= para.end &&
        (static_cast<unsigned char>(byte - 'a') < 26 || byte == ' ' ||
         (capitals_and_digits_plain_ && byte < 0x80 && cls::ascii_has(byte, cls::kLetter | cls::kDigit)))) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + pos));
      // Signed compares: byte + (0x80 - 'a') lies below -128 + 26 only for a to z.
      const __m128i from_a = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - 'a')));
      auto word_bytes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(from_a, _mm_set1_epi8(-128 + 26))));
      if (capitals_and_digits_plain_) {  // byte + (0x80 - 'A') below -128 + 26 for A to Z, + (0x80 - '0') below -128 + 10 for digits
        const __m128i from_cap = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - 'A')));
        const __m128i from_zero = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '0')));
        word_bytes |= static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(from_cap, _mm_set1_epi8(-128 + 26)),
                                                                      _mm_cmplt_epi8(from_zero, _mm_set1_epi8(-128 + 10)))));
      }
      const auto space = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
      const unsigned other = ~(word_bytes | space);  // bits 16 and up set
      const auto stop = static_cast<unsigned>(__builtin_ctz(other));  // the first other byte (16: none)
      const unsigned before_other = (1u << stop) - 1;
      const unsigned spaces = space & before_other;
      // The stretch ends at the first other byte when there is one: the word
      // that reaches it (after the last space, or from pos on when none) is
      // listed for scan_candidates() as the lowercase run below lists one, if
      // it starts after a space and may begin a list marker (at most five
      // letters or digits, then '.', ')' or a letter or digit); else the
      // stretch ends at the last space and the word is left to the paths below.
      unsigned length = 0;
      bool ends_after_space = true;
      if (stop < 16) {
        length = stop;
        const unsigned word_start = spaces == 0 ? 0 : 32 - static_cast<unsigned>(__builtin_clz(spaces));
        const unsigned word_length = stop - word_start;
        ends_after_space = word_length == 0;
        const unsigned char after = bytes[pos + stop];
        const bool may_follow = after == '.' || after == ')' ||
                                (after < 0x80 && cls::ascii_has(after, cls::kLetter | cls::kDigit));
        if (word_length != 0 && word_length < 6 && (spaces != 0 || after_space) && may_follow) {
          scan_at_.push_back(static_cast<std::uint32_t>(count + word_start));
        }
      } else if (spaces != 0) {
        length = 32 - static_cast<unsigned>(__builtin_clz(spaces));  // through the last space
      }
      if (length != 0) {
        const unsigned letters = word_bytes & ((1u << length) - 1);
        const auto at = static_cast<std::uint32_t>(pos - para.begin);
        const __m128i zero = _mm_setzero_si128();
        const __m128i low8 = _mm_unpacklo_epi8(v, zero);
        const __m128i high8 = _mm_unpackhi_epi8(v, zero);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + count), _mm_unpacklo_epi16(low8, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + count + 4), _mm_unpackhi_epi16(low8, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + count + 8), _mm_unpacklo_epi16(high8, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + count + 12), _mm_unpackhi_epi16(high8, zero));
        const __m128i first = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(at)), _mm_setr_epi32(0, 1, 2, 3));
        const __m128i four = _mm_set1_epi32(4);
        const __m128i second = _mm_add_epi32(first, four);
        const __m128i third = _mm_add_epi32(second, four);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(off + count), first);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(off + count + 4), second);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(off + count + 8), third);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(off + count + 12), _mm_add_epi32(third, four));
        if (letters != 0) last_alnum_end = count + 32 - static_cast<unsigned>(__builtin_clz(letters));
        after_space = ends_after_space;
        count += length;
        pos += length;
        continue;
      }
    }
#endif
    // The run is looked for only at a lowercase letter: a space or a
    // capital (the end of most runs) costs a compare, not a word-wide scan.
    if (lowercase_and_space_plain_ && static_cast<unsigned char>(byte - 'a') < 26 && pos + 8 <= para.end) {
      // A run of lowercase letters: none pairs.
      const std::size_t run = core::lowercase_ascii_run(bytes + pos);
      if (run > 0) {
        // A word start, where scan_candidates() looks for a list marker: at
        // most five letters or digits before '.' or ')' (may_be_marker
        // there). A run of six or more, or one that ends in a byte that
        // is no letter, digit, '.' or ')' (a space, a comma), starts none.
        // (Tested without branches but the last, mostly not taken: whether
        // a run after a space is short goes either way.)
        const unsigned char after = bytes[pos + (run & 7)];  // run < 8 is read above; run 8 starts none
        // (ascii_scan_ calls only letters and digits word: no test of its own)
        const bool may_follow = (after == '.') | (after == ')') |
                                ((after < 0x80) & cls::ascii_has(after & 0x7F, cls::kLetter | cls::kDigit));
        if (after_space & (run < 6) & may_follow) scan_at_.push_back(static_cast<std::uint32_t>(count));
        after_space = false;
        const auto at = static_cast<std::uint32_t>(pos - para.begin);
#if defined(__SSE2__)
        // All eight bytes widened at once, whatever the run: the arrays have
        // room (count + 8 <= pos + 8 - para.begin <= para.size()), and
        // entries past the run are written over by the code points after it.
        {
          const __m128i zero = _mm_setzero_si128();
          const __m128i eight = _mm_unpacklo_epi8(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(bytes + pos)), zero);
          _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + count), _mm_unpacklo_epi16(eight, zero));
          _mm_storeu_si128(reinterpret_cast<__m128i*>(cp + count + 4), _mm_unpackhi_epi16(eight, zero));
          const __m128i first = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(at)), _mm_setr_epi32(0, 1, 2, 3));
          _mm_storeu_si128(reinterpret_cast<__m128i*>(off + count), first);
          _mm_storeu_si128(reinterpret_cast<__m128i*>(off + count + 4), _mm_add_epi32(first, _mm_set1_epi32(4)));
        }
#else
        for (std::size_t k = 0; k < run; ++k) {
          cp[count + k] = bytes[pos + k];
          off[count + k] = at + static_cast<std::uint32_t>(k);
        }
#endif
        count += run;
        pos += run;
        last_alnum_end = count;
        continue;
      }
    }
    if (byte == ' ' && lowercase_and_space_plain_) {  // the commonest: no letter, nothing to pair or scan
      cp[count] = byte;
      off[count] = static_cast<std::uint32_t>(pos - para.begin);
      after_space = true;
      ++count;
      ++pos;
      continue;
    }
    if (byte < 0x80) {
      cp[count] = byte;
      off[count] = static_cast<std::uint32_t>(pos - para.begin);
      if (cls::ascii_has(byte, cls::kLetter | cls::kDigit)) last_alnum_end = count + 1;
      if (!pairs_nothing_[byte]) pair_at_.push_back(static_cast<std::uint32_t>(count));
      const AsciiScan scan = ascii_scan_[byte];
      if (scan == AsciiScan::other || (scan == AsciiScan::word && after_space)) {
        scan_at_.push_back(static_cast<std::uint32_t>(count));
      }
      after_space = cls::ascii_has(byte, cls::kSpace);
      ++count;
      ++pos;
      continue;
    }
    const core::Decoded d = core::decode_multibyte_at(text_, pos);
    cp[count] = d.code_point;
    off[count] = static_cast<std::uint32_t>(pos - para.begin);
    if (core::is_alnum(d.code_point)) last_alnum_end = count + 1;
    pair_at_.push_back(static_cast<std::uint32_t>(count));
    scan_at_.push_back(static_cast<std::uint32_t>(count));
    after_space = core::is_space(d.code_point);
    ++count;
    pos += d.length;
    // Only a terminal beyond ASCII can be one that ICU knows and we do not
    // (ASCII's are . ! ?): add_icu_candidates() is needed only then.
    if (!has_foreign_terminal_ && is_icu_terminal(d.code_point) && !core::is_sentence_terminal(d.code_point)) {
      has_foreign_terminal_ = true;
    }
  }
  last_alnum_end_ = last_alnum_end;
  cp_.resize(count);
  off_[count] = static_cast<std::uint32_t>(para.size());
  off_.resize(count + 1);
}

// Decides whether the quotation mark at i opens or closes a quotation, or is
// an apostrophe (Ruiz's, 'nineties, rock 'n' roll), from its pairs in
// rules/common/quote_marks.tsv. `pending` holds the open marks of its kind.
void ParagraphSegmenter::classify_quote(std::size_t i, const rules::QuoteMark& mark,
                                        const std::vector<std::size_t>& pending) {
  const std::size_t n = cp_.size();
  const char32_t prev = i > 0 ? cp_[i - 1] : U' ';
  const char32_t next = i + 1 < n ? cp_[i + 1] : U' ';
  const bool prev_opens = i == 0 || core::is_space(prev) || core::is_open_bracket(prev) || core::is_dash(prev) ||
                          (is_quote_mark(prev) && quote_role_[i - 1] == QuoteRole::open);
  const bool next_closes = i + 1 == n || core::is_space(next) || core::is_punctuation(next);
  QuoteRole role = QuoteRole::none;
  if (mark.kind == rules::QuoteKind::single_mark) {
    if (core::is_alnum(prev) && core::is_letter(next)) {
      role = QuoteRole::apostrophe;  // don't, Ruiz's
    } else if (!mark.can_open) {
      // A single mark that only closes (’) never opens: at the start of a
      // word it stands for elided letters ('nineties, 'em).
      role = prev_opens ? QuoteRole::apostrophe : (next_closes ? QuoteRole::close : QuoteRole::none);
    } else if (!mark.undirected) {
      role = QuoteRole::open;
    } else if (prev_opens && !core::is_space(next)) {
      role = QuoteRole::open;
    } else if (!core::is_space(prev) && next_closes) {
      role = QuoteRole::close;
    }
  } else if (mark.undirected) {
    if (prev_opens && !core::is_space(next)) {
      role = QuoteRole::open;
    } else if (!core::is_space(prev) && next_closes) {
      role = QuoteRole::close;
    } else if (!core::is_space(prev) && !core::is_space(next)) {
      role = pending.empty() ? QuoteRole::open : QuoteRole::close;  // said,"Yes
    }
  } else if (mark.can_open && !mark.closes_kinds.empty()) {
    // A mark that opens one pair and closes another (“ closes „ in German
    // style, » closes «): it closes when the open mark of its kind pairs with it.
    const rules::QuoteMark* open = pending.empty() ? nullptr : rules_.quote_marks().find(cp_[pending.back()]);
    role = open && open->closed_by(cp_[i]) ? QuoteRole::close : QuoteRole::open;
  } else {
    role = mark.can_open ? QuoteRole::open : QuoteRole::close;
  }
  quote_role_[i] = role;
}

void ParagraphSegmenter::pair_enclosures() {
  const std::size_t n = cp_.size();
  quote_role_.assign(n, QuoteRole::none);
  partner_.resize(n);
  enclosure_opens_.clear();
  enclosure_closes_.clear();
  auto enclose = [&](std::size_t open, std::size_t close) {
    enclosure_opens_.push_back(static_cast<std::uint32_t>(open + 1));
    enclosure_closes_.push_back(static_cast<std::uint32_t>(close + 1));  // ascending: closes come in order
  };
  auto& pending = pending_;
  auto& brackets = brackets_;
  for (auto& stack : pending) stack.clear();
  brackets.clear();
  for (const std::uint32_t at : pair_at_) {
    const std::size_t i = at;
    const char32_t c = cp_[i];
    partner_[i] = kNoPartner;
    if (const rules::QuoteMark* mark = rules_.quote_marks().find(c)) {
      auto& stack = pending[static_cast<std::size_t>(mark->kind)];
      classify_quote(i, *mark, stack);
      if (quote_role_[i] == QuoteRole::open) {
        stack.push_back(i);
      } else if (quote_role_[i] == QuoteRole::close && !stack.empty()) {
        const std::size_t open = stack.back();
        stack.pop_back();
        if (i - open <= kMaxEnclosure) {
          enclose(open, i);
        } else {
          stack.clear();  // every older opener is further away still
        }
      }
    } else if (core::is_open_bracket(c)) {
      brackets.push_back(i);
    } else if (core::is_close_bracket(c)) {
      if (!brackets.empty() && closing_bracket_for(cp_[brackets.back()]) == c) {
        const std::size_t open = brackets.back();
        brackets.pop_back();
        if (i - open <= kMaxEnclosure) {
          enclose(open, i);
          partner_[open] = static_cast<std::uint32_t>(i);
        } else {
          brackets.clear();
        }
      }
    }
  }
  std::sort(enclosure_opens_.begin(), enclosure_opens_.end());
}

std::optional<Marker> ParagraphSegmenter::parse_marker(std::size_t at) const {
  const std::size_t n = cp_.size();
  std::size_t j = at;
  const bool enclosed = j < n && cp_[j] == '(';
  if (enclosed) ++j;
  const std::size_t body = j;
  while (j < n && j - body < 5 && core::is_alnum(cp_[j]) && cp_[j] < 0x80) ++j;
  const std::size_t len = j - body;
  if (len == 0 || j >= n) return std::nullopt;
  Marker m;
  if (enclosed) {
    if (cp_[j] != ')') return std::nullopt;
    m.style = MarkerStyle::enclosed;
    j += 1;
  } else if (cp_[j] == '.' && cp_at(j + 1) == ')') {
    m.style = MarkerStyle::dot_paren;
    j += 2;
  } else if (cp_[j] == ')') {
    m.style = MarkerStyle::paren;
    j += 1;
  } else if (cp_[j] == '.') {
    m.style = MarkerStyle::dot;
    j += 1;
  } else {
    return std::nullopt;
  }
  if (j < n && !core::is_space(cp_[j])) return std::nullopt;
  if (j >= n) return std::nullopt;  // a marker introduces something
  const char32_t* s = cp_.data() + body;
  auto add = [&m](MarkerKind kind, int value) {
    if (m.readings < 2 && value > 0) {
      m.kinds[m.readings] = kind;
      m.values[m.readings] = value;
      ++m.readings;
    }
  };
  if (std::all_of(s, s + len, [](char32_t c) { return c >= '0' && c <= '9'; })) {
    if (len <= 3) {
      int v = 0;
      for (std::size_t k = 0; k < len; ++k) v = v * 10 + static_cast<int>(s[k] - '0');
      add(MarkerKind::number, v);
    }
  } else {
    const bool lower = std::all_of(s, s + len, [](char32_t c) { return c >= 'a' && c <= 'z'; });
    const bool upper = std::all_of(s, s + len, [](char32_t c) { return c >= 'A' && c <= 'Z'; });
    if (!lower && !upper) return std::nullopt;
    if (len == 1) add(lower ? MarkerKind::lower_letter : MarkerKind::upper_letter, static_cast<int>((s[0] | 0x20) - 'a' + 1));
    add(lower ? MarkerKind::lower_roman : MarkerKind::upper_roman, roman_value(s, len));
  }
  if (m.readings == 0) return std::nullopt;
  m.end = j;
  return m;
}

// True when `cur` is the item after `prev` in the same list.
bool ParagraphSegmenter::follows(const Marker& prev, const Marker& cur) const {
  if (prev.style != cur.style) return false;
  for (int a = 0; a < prev.readings; ++a) {
    for (int b = 0; b < cur.readings; ++b) {
      if (prev.kinds[a] == cur.kinds[b] && cur.values[b] == prev.values[a] + 1) return true;
    }
  }
  return false;
}

// True when `cur` starts a new list in the style of `prev` ("2) ... 1) ...")
// or switches from numbers to letters ("10. ... a. ...").
bool ParagraphSegmenter::restarts(const Marker& prev, const Marker& cur) const {
  if (prev.style != cur.style) return false;
  for (int b = 0; b < cur.readings; ++b) {
    if (cur.values[b] == 1) return true;
  }
  return false;
}

// The first letter or digit of the next word, skipping opening punctuation,
// dashes and the like (kNone when there is none close by).
std::size_t ParagraphSegmenter::first_word_after(std::size_t at) const {
  const std::size_t n = cp_.size();
  std::size_t k = std::min(at, n);
  const std::size_t stop = std::min(n, at + kMaxLookahead + 1);
  while (k < stop && !core::is_alnum(cp_[k])) ++k;
  return k < stop ? k : kNone;
}

// The word at `at` is a sentence starter: the whole word ("Don't") or its
// part before an apostrophe ("It's", "I'm").
bool ParagraphSegmenter::is_sentence_starter_at(std::size_t at) const {
  const std::size_t n = cp_.size();
  std::size_t e = at;
  while (e < n && e - at < kMaxWord && core::is_letter(cp_[e])) ++e;
  if (e == at) return false;
  if (rules_.is_sentence_starter(bytes(at, e))) return true;
  if (e + 1 < n && core::is_apostrophe_like(cp_[e]) && core::is_letter(cp_[e + 1])) {
    std::string word(bytes(at, e));
    word.push_back('\'');
    std::size_t k = e + 1;
    while (k < n && k - at < kMaxWord && core::is_letter(cp_[k])) ++k;
    word.append(bytes(e + 1, k));
    return rules_.is_sentence_starter(word);
  }
  return false;
}

// Every terminal cluster ("." "?!" "..." ".”" ".[1]" ".)"), list item and
// bullet inside a line, and broken-off quotation is a candidate.
void ParagraphSegmenter::scan_candidates() {
  candidates_.clear();
  const std::size_t n = cp_.size();
  std::size_t i = 0;
  // Only the code points decode() listed can do anything below; a step may
  // pass over some of them (a cluster of terminals).
  for (const std::uint32_t at : scan_at_) {
    if (at < i) continue;
    i = at;
    const char32_t c = cp_[i];
    if (c < 0x80 && ascii_scan_[c] == AsciiScan::word) {
      // A word start after a space, where a list marker may begin (inside
      // a word nothing below applies: a closing quote role is only ever
      // given to a quotation mark). A marker is at most five ASCII letters
      // or digits before '.' or ')' (may_start_marker): only then is it
      // looked for.
      std::size_t r = i + 1;
      while (r < n && r - i <= 5 && cp_[r] < 0x80 && ascii_scan_[cp_[r]] == AsciiScan::word) ++r;
      const bool may_be_marker = r - i <= 5 && r < n &&
                                 (cp_[r] == '.' || cp_[r] == ')' || (cp_[r] < 0x80 && core::is_alnum(cp_[r])));
      if (may_be_marker && may_start_marker(i) && parse_marker(i)) {
        std::size_t end = i;
        while (end > 0 && core::is_space(cp_[end - 1])) --end;
        candidates_.push_back({Candidate::Kind::list_item, end, end, i});
      }
      ++i;
      continue;
    }
    if (core::is_sentence_terminal(c)) {
      std::size_t j = i;
      while (j < n) {
        const char32_t d = cp_[j];
        if (core::is_sentence_terminal(d) || core::is_close_bracket(d) ||
            (is_quote_mark(d) && quote_role_[j] == QuoteRole::close)) {
          ++j;
        } else if (d == ' ' && j > i && cp_[j - 1] == '.' && cp_at(j + 1) == '.') {
          ++j;  // ". . ."
        } else {
          break;
        }
      }
      // Footnote and citation markers right after the full stop: ".[1]",
      // ".[7][8]", ".11 12".
      while (j < n && cp_[j] == '[') {
        std::size_t k = j + 1;
        while (k < n && k - j < 12 && (core::is_digit(cp_[k]) || cp_[k] == ',' || core::is_dash(cp_[k]) || cp_[k] == ' ')) ++k;
        if (k < n && k > j + 1 && cp_[k] == ']') {
          j = k + 1;
        } else {
          break;
        }
      }
      if (j < n && core::is_digit(cp_[j]) && i > 0 && (core::is_letter(cp_[i - 1]) || core::is_close_bracket(cp_[i - 1]))) {
        std::size_t k = j;
        std::size_t last = j;
        bool ok = true;
        while (ok) {
          std::size_t d = k;
          while (d < n && d - k < 4 && core::is_digit(cp_[d])) ++d;
          if (d == k || d - k > 3 || (d < n && !core::is_space(cp_[d]))) {
            ok = false;
            break;
          }
          last = d;
          if (d + 1 < n && cp_[d] == ' ' && core::is_digit(cp_[d + 1])) {
            k = d + 1;
          } else {
            break;
          }
        }
        if (last > j) {
          const std::size_t w = next_alnum(last);
          if (w >= n || core::is_upper(cp_[w])) j = last;
        }
      }
      std::size_t next = j;
      while (next < n && core::is_space(cp_[next])) ++next;
      if (next < n && (next > j || std::any_of(cp_.begin() + static_cast<std::ptrdiff_t>(i),
                                               cp_.begin() + static_cast<std::ptrdiff_t>(j),
                                               is_fullwidth_terminal))) {
        candidates_.push_back({Candidate::Kind::terminal, i, j, next});
      }
      i = j > i ? j : i + 1;
      continue;
    }
    if (i > 0 && core::is_space(cp_[i - 1])) {
      std::size_t end = i;
      while (end > 0 && core::is_space(cp_[end - 1])) --end;
      if (is_bullet(c)) {
        candidates_.push_back({Candidate::Kind::bullet, end, end, i});
      } else if ((c == '(' || (core::is_alnum(c) && c < 0x80)) && may_start_marker(i) && parse_marker(i)) {
        candidates_.push_back({Candidate::Kind::list_item, end, end, i});
      }
    }
    // Speech broken off with a dash before its closing quote: 'to--" At this'.
    if (quote_role_[i] == QuoteRole::close && is_quote_mark(c) && i > 0 && core::is_dash(cp_[i - 1]) &&
        i + 1 < n && core::is_space(cp_[i + 1])) {
      std::size_t next = i + 1;
      while (next < n && core::is_space(cp_[next])) ++next;
      if (next < n) candidates_.push_back({Candidate::Kind::broken_quote, i + 1, i + 1, next});
    }
    ++i;
  }
}

struct UTextCloser {
  void operator()(UText* ut) const { utext_close(ut); }
};

// ICU proposes a boundary after every terminal it knows, and at every line
// break. Ours already cover the terminals we know; what remains is either a
// terminal of another script (kept as a candidate) or a line break inside
// the paragraph, which is a soft wrap (dropped).
void ParagraphSegmenter::add_icu_candidates(ByteSpan para, icu::BreakIterator& bi) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, text_.data() + para.begin, static_cast<int64_t>(para.size()), &status));
  if (U_FAILURE(status)) return;
  bi.setText(ut.get(), status);
  if (U_FAILURE(status)) return;
  const std::size_t n = cp_.size();
  std::vector<Candidate> extra;
  std::size_t k = 0;  // code point index, advanced monotonically
  std::size_t ours = 0;
  for (int32_t b = bi.next(); b != icu::BreakIterator::DONE; b = bi.next()) {
    const std::size_t byte = para.begin + static_cast<std::size_t>(b);
    while (k < n && base_ + off_[k] < byte) ++k;
    if (k >= n) break;
    while (ours < candidates_.size() && candidates_[ours].next < k) ++ours;
    if (ours < candidates_.size() && candidates_[ours].term <= k) continue;  // one of ours
    std::size_t end = k;
    while (end > 0 && core::is_space(cp_[end - 1])) --end;
    if (end == k || end == 0) continue;
    std::size_t t = end;
    while (t > 0 && (core::is_close_bracket(cp_[t - 1]) || is_quote_mark(cp_[t - 1]))) --t;
    if (t == 0 || !is_icu_terminal(cp_[t - 1]) || core::is_sentence_terminal(cp_[t - 1])) continue;
    extra.push_back({Candidate::Kind::foreign_terminal, t - 1, end, k});
  }
  if (extra.empty()) return;
  const auto middle = static_cast<std::ptrdiff_t>(candidates_.size());
  candidates_.insert(candidates_.end(), extra.begin(), extra.end());
  std::inplace_merge(candidates_.begin(), candidates_.begin() + middle, candidates_.end(),
                     [](const Candidate& a, const Candidate& b) { return a.end < b.end; });
}

// A new sentence starts at `at`: a list marker there ("1.", "b)", "• 10.")
// belongs to it and its period ends nothing.
void ParagraphSegmenter::begin_sentence(std::size_t at) {
  sentence_start_ = at;
  std::size_t p = at;
  if (p < cp_.size() && (is_bullet(cp_[p]) || cp_[p] == '-' || cp_[p] == '*' || cp_[p] == 0x2013)) {
    ++p;
    while (p < cp_.size() && core::is_space(cp_[p])) ++p;
  }
  if (auto m = parse_marker(p)) {
    last_marker_ = m;
    skip_until_ = m->end;
  }
}

// Whether an abbreviation of this kind ends the sentence before the word at
// `word_at` (which is not lowercase).
bool ParagraphSegmenter::judge_abbreviation(AbbreviationKind kind, std::size_t word_at) const {
  switch (kind) {
    case AbbreviationKind::title:
      return false;
    case AbbreviationKind::before_number:
    case AbbreviationKind::ordinary:
      return !core::is_digit(cp_[word_at]) && is_sentence_starter_at(word_at);
    case AbbreviationKind::time:
      return true;
  }
  return true;
}

// A single full stop (possibly followed by closing quotes, brackets and
// footnote markers) before the word at `word_at`, which is not lowercase.
bool ParagraphSegmenter::judge_full_stop(const Candidate& c, std::size_t word_at) {
  const std::size_t t = c.term;
  // The word before the full stop, without its opening punctuation.
  std::size_t w = t;
  while (w > 0 && t - w < kMaxWord && !core::is_space(cp_[w - 1])) --w;
  const bool long_token = w > 0 && !core::is_space(cp_[w - 1]);
  while (w < t && !core::is_alnum(cp_[w])) ++w;
  if (w == t || long_token) return true;  // " ." or ")." or "”.": a plain full stop
  if (core::is_close_bracket(cp_[t - 1]) || is_quote_mark(cp_[t - 1])) return true;
  const std::size_t len = t - w;
  const bool first_word = next_alnum(sentence_start_) >= w;
  // Initials: "J. R. R. Tolkien", "Alfred E. Sloan"; a lowercase letter is a
  // variable or an abbreviation ("v."). An uppercase letter ends a sentence
  // only before a sentence starter ("you and I. Did"), and never as the first
  // word of a sentence ("Q. What is it?").
  if (len == 1 && core::is_letter(cp_[w])) {
    if (!core::is_upper(cp_[w])) return false;
    return !first_word && is_sentence_starter_at(word_at);
  }
  // Abbreviations from the rules: "Gen." "Inc." "a.m." "No." "N°."
  std::string with_period(bytes(w, t));
  with_period.push_back('.');
  if (auto kind = rules_.abbreviation(with_period)) return judge_abbreviation(*kind, word_at);
  if (!core::is_alnum(cp_[t - 1])) return true;
  const std::string_view word = bytes(w, t);
  if (word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos) return true;
  // Dotted acronyms: "U.S." "U.S.A." "i.v.": like an ordinary abbreviation.
  bool dotted = len >= 3;
  std::size_t segment = 0;
  for (std::size_t k = w; k < t && dotted; ++k) {
    if (core::is_letter(cp_[k])) {
      dotted = ++segment <= 2;
    } else if (cp_[k] == '.' && segment > 0) {
      segment = 0;
    } else {
      dotted = false;
    }
  }
  if (dotted) return !core::is_digit(cp_[word_at]) && is_sentence_starter_at(word_at);
  // Numbers ("600." "1.000.00." "3.4.") and plain words end the sentence.
  return true;
}

// True when the word before the full stop at t is a plain word or number:
// not an abbreviation, an initial or a dotted acronym.
bool ParagraphSegmenter::plain_word_before(std::size_t t) const {
  std::size_t w = t;
  while (w > 0 && t - w < kMaxWord && !core::is_space(cp_[w - 1])) --w;
  while (w < t && !core::is_alnum(cp_[w])) ++w;
  if (w == t) return true;
  if (t - w == 1) return false;
  for (std::size_t k = w; k < t; ++k) {
    if (cp_[k] == '.') return false;
  }
  std::string with_period(bytes(w, t));
  with_period.push_back('.');
  return !rules_.abbreviation(with_period);
}

bool ParagraphSegmenter::judge_terminal(const Candidate& c) {
  if (c.term < skip_until_) return false;  // the period of a list marker
  if (protected_at(c.end)) return false;   // inside a quotation or brackets
  // A sentence needs a letter or digit; a run of punctuation stays whole.
  if (next_alnum(sentence_start_) >= c.term) return false;
  if (!alnum_at_or_after(c.next)) return false;

  bool fullwidth = false, strong = false, after_closer = false, closer_seen = false;
  std::size_t periods = 0, ellipses = 0, spaced = 0;
  for (std::size_t k = c.term; k < c.end; ++k) {
    const char32_t d = cp_[k];
    if (core::is_sentence_terminal(d) || c.kind == Candidate::Kind::foreign_terminal) {
      if (closer_seen) after_closer = true;
      if (is_fullwidth_terminal(d)) fullwidth = true;
      if (is_period(d)) {
        ++periods;
      } else if (is_ellipsis_char(d)) {
        ++ellipses;
      } else if (d != ' ') {
        strong = true;
      }
    } else if (d == ' ') {
      ++spaced;
    } else if (core::is_close_bracket(d) || is_quote_mark(d)) {
      closer_seen = true;
    }
  }
  if (c.end == c.next && !fullwidth) return false;  // "U.S.A", "Yahoo!Inc", "end.[1]word"

  // What follows: a list item ("a. here", "(b) ...") after a full stop starts
  // a sentence whatever its case.
  const std::size_t word_at = first_word_after(c.next);
  if (fullwidth) return true;
  if (word_at == kNone) return strong || periods + ellipses > 0;
  if ((core::is_lower(cp_[word_at]) || core::is_open_bracket(cp_[c.next])) && parse_marker(c.next) && !strong &&
      periods == 1 && ellipses == 0 && plain_word_before(c.term)) {
    return true;
  }
  const char32_t w = cp_[word_at];
  if (core::is_lower(w)) return false;  // "Yahoo! and", "Leave me alone! he yelled", "Jun. is"
  // A parenthesis that follows the sentence and closes the paragraph is a
  // remark on that sentence: "... house!' (Which was very likely true.)"
  if (core::is_open_bracket(cp_[c.next]) && partner_[c.next] != kNoPartner && !alnum_at_or_after(partner_[c.next] + 1)) {
    return false;
  }
  if (strong || after_closer || c.kind == Candidate::Kind::foreign_terminal) {
    // Names written with "!" or "?" ("Yahoo!") behave like abbreviations.
    if (strong && c.end == c.term + 1 && c.term > 0 && core::is_alnum(cp_[c.term - 1])) {
      std::size_t b = c.term;
      while (b > 0 && c.term - b < kMaxWord && !core::is_space(cp_[b - 1])) --b;
      if (auto kind = rules_.abbreviation(bytes(b, c.term + 1))) return judge_abbreviation(*kind, word_at);
    }
    return true;
  }
  const std::size_t dots = periods + 3 * ellipses;
  if (dots >= 2) {
    if (dots >= 4) return true;  // an ellipsis and a full stop
    // A spaced ellipsis after a space (". . .") marks an omission inside the
    // sentence; an ellipsis at the end of a word trails off.
    // An ellipsis in brackets ("[...]") is always an omission.
    if (c.term > 0 && core::is_open_bracket(cp_[c.term - 1])) return false;
    const bool detached = c.term > 0 && core::is_space(cp_[c.term - 1]);
    return !(detached && spaced > 0);
  }
  return judge_full_stop(c, word_at);
}

void ParagraphSegmenter::judge(std::size_t paragraph_index, std::vector<Sentence>& out) {
  const std::size_t n = cp_.size();
  skip_until_ = 0;
  last_marker_.reset();
  begin_sentence(0);
  std::size_t start = 0;
  auto emit = [&](std::size_t from, std::size_t to) {
    while (from < to && core::is_space(cp_[from])) ++from;
    while (to > from && core::is_space(cp_[to - 1])) --to;
    if (from < to) out.push_back({{base_ + off_[from], base_ + off_[to]}, paragraph_index, 0, 0});
  };
  for (const Candidate& c : candidates_) {
    if (c.next <= start) continue;
    bool accept = false;
    switch (c.kind) {
      case Candidate::Kind::terminal:
      case Candidate::Kind::foreign_terminal:
        accept = judge_terminal(c);
        break;
      case Candidate::Kind::bullet:
        accept = !protected_at(c.end) && next_alnum(sentence_start_) < c.end && alnum_at_or_after(c.next);
        break;
      case Candidate::Kind::list_item: {
        const auto m = parse_marker(c.next);
        accept = m && last_marker_ && (follows(*last_marker_, *m) || restarts(*last_marker_, *m)) &&
                 !protected_at(c.end) &&
                 next_alnum(sentence_start_) < c.end;
        break;
      }
      case Candidate::Kind::broken_quote: {
        const std::size_t w = first_word_after(c.next);
        accept = w != kNone && core::is_upper(cp_[w]) && !protected_at(c.end) && next_alnum(sentence_start_) < c.end;
        break;
      }
    }
    if (!accept) continue;
    emit(start, c.end);
    start = c.next;
    begin_sentence(c.next);
  }
  emit(start, n);
}

void ParagraphSegmenter::run(ByteSpan para, const icu::BreakIterator& prototype,
                             std::unique_ptr<icu::BreakIterator>& bi, std::size_t paragraph_index,
                             std::vector<Sentence>& out) {
  if (para.size() >= kNoPartner) {  // beyond 32-bit indices: leave it whole
    out.push_back({para, paragraph_index, 0, 0});
    return;
  }
  decode(para);
  if (cp_.empty()) return;
  pair_enclosures();
  scan_candidates();
  if (has_foreign_terminal_) {
    if (!bi) bi.reset(prototype.clone());
    add_icu_candidates(para, *bi);
  }
  judge(paragraph_index, out);
}

}  // namespace

std::vector<Sentence> SentenceSegmenter::segment(std::string_view text,
                                                 const std::vector<Paragraph>& paragraphs) const {
  std::vector<Sentence> sentences;
  std::unique_ptr<icu::BreakIterator> bi;  // a clone of the prototype, made when a paragraph needs it
  ParagraphSegmenter segmenter(text, *impl_->rules, impl_->pairs_nothing, impl_->ascii_scan, impl_->lowercase_and_space_plain,
                               impl_->capitals_and_digits_plain);
  std::size_t longest = 0;
  for (const Paragraph& paragraph : paragraphs) longest = std::max(longest, paragraph.span.size());
  if (longest < kNoPartner) segmenter.reserve(longest);  // longer ones are left whole, unread
  // News prose runs well over 64 bytes a sentence: one allocation nearly
  // always (the pipeline gives the slack back with shrink_to_fit).
  sentences.reserve(text.size() / 64 + paragraphs.size());
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    segmenter.run(paragraphs[p].span, *impl_->prototype, bi, p, sentences);
  }
  return sentences;
}

}  // namespace sayso::text
