#include "quotes/quote_finder.hpp"

#include "quotes/nesting.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "rules/quote_marks.hpp"
#include "core/char_class.hpp"
#include "core/utf8.hpp"

namespace sayso::quotes {
namespace {

constexpr int kMaxRescans = 4;                // per paragraph, after a mark left open
constexpr std::size_t kMaxContinuedParagraphs = 30;
constexpr std::size_t kMaxQuoteBytes = 40000;  // longer: a mark left open, not a quotation
constexpr std::size_t kBytesPerQuoteAtMost = 256;  // fewer than nearly any news text has
constexpr std::size_t kOpenMarksReserved = 4;      // quotations open at once, nested

// Whether a letter or a digit lies in text[begin, end).
bool has_alnum_between(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t p = begin; p < end;) {
    const core::Decoded d = core::decode_at(text, p);
    if (core::is_alnum(d.code_point)) return true;
    p += d.length;
  }
  return false;
}

// For the '<' at `at`: the end of the markup tag it opens (<name ...>,
// </name>), or at + 1 when it opens none. A tag starts with a letter or '/'
// right after '<' and ends at the first '>' on the same line, with no other
// '<' before it.
std::size_t markup_tag_end(std::string_view text, std::size_t at, std::size_t limit) {
  const std::size_t start = at + 1;
  if (start >= limit) return start;
  const char first = text[start];
  const bool letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
  if (!letter && first != '/') return start;
  for (std::size_t p = start; p < limit; ++p) {
    const char c = text[p];
    if (c == '>') return p + 1;
    if (c == '<' || c == '\n' || c == '\r') return start;
  }
  return start;
}

struct Open {
  std::size_t pos;        // byte offset of the opening mark
  char32_t mark;
  std::uint8_t kind;
  std::size_t paragraph;
};

}  // namespace

Result<QuoteFinder> QuoteFinder::load(const rules::RuleSet& rules) {
  auto marks = rules::QuoteMarks::load(rules);
  if (!marks) return marks.error();
  QuoteFinder finder;
  finder.marks_ = std::make_shared<const rules::QuoteMarks>(std::move(marks).value());
  std::size_t stops = 0;
  for (char32_t c = 0; c < 0x80; ++c) {
    finder.ascii_stop_[c] = finder.marks_->is_mark(c) || c == U'<' || c == U'\'' || c == U'`';
    if (!finder.ascii_stop_[c]) continue;
    if (stops < kMaxListedStops) {
      finder.listed_stops_[stops] = static_cast<unsigned char>(c);
      finder.listed_stop_rows_[stops].fill(static_cast<unsigned char>(c));
    }
    ++stops;
  }
  // The rows no stop takes hold 0x80, which only a byte beyond ASCII
  // equals (one the scan stops at anyway): stops_in_sixteen_bytes compares
  // all kMaxListedStops rows, with no loop on the count.
  for (std::size_t k = std::min(stops, kMaxListedStops); k < kMaxListedStops; ++k) {
    finder.listed_stop_rows_[k].fill(0x80);
  }
  finder.passes_eight_at_a_time_ = stops <= kMaxListedStops;
  finder.listed_stop_count_ = finder.passes_eight_at_a_time_ ? stops : 0;
  return finder;
}

#if defined(__SSE2__)
// Inline, with every row compared (the unused ones hold 0x80): the scan
// loop keeps the rows in registers and makes no call per sixteen bytes.
inline unsigned QuoteFinder::stops_in_sixteen_bytes(const unsigned char* p) const {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i hits = _mm_setzero_si128();
  for (std::size_t k = 0; k < kMaxListedStops; ++k) {
    const __m128i stop = _mm_loadu_si128(reinterpret_cast<const __m128i*>(listed_stop_rows_[k].data()));
    hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, stop));
  }
  // movemask takes each byte's high bit: the bytes beyond ASCII.
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(hits, v)));
}
#endif

std::vector<RawQuote> QuoteFinder::find(std::string_view text, const std::vector<Paragraph>& paragraphs) const {
  std::vector<RawQuote> quotes;
  std::vector<Open> stack;
  std::vector<RawQuote> closed;    // quotations whose closing mark was found
  std::vector<RawQuote> unclosed;  // quotations whose closing mark never came, to their paragraph's end
  // Room for a quotation every kBytesPerQuoteAtMost bytes and for a few
  // open marks, so that neither list grows by reallocation in nearly every
  // document (news runs some 400 bytes a quotation); `closed` is freed below.
  closed.reserve(text.size() / kBytesPerQuoteAtMost + 4);
  stack.reserve(kOpenMarksReserved);

  auto is_flank_space = [&](std::size_t pos, bool before, const ByteSpan& para) {
    if (before ? pos <= para.begin : pos >= para.end) return true;
    const char32_t c = before ? core::decode_before(text, pos).code_point : core::decode_at(text, pos).code_point;
    return core::is_space(c);
  };

  std::size_t continued_paragraphs = 0;
  std::size_t skip_mark_at = kNone;  // the reopening mark of a continued quotation

  // Closes the innermost open quotation at byte `end` of paragraph `paragraph`.
  auto close_top = [&](std::size_t end, std::size_t paragraph) {
    const Open open = stack.back();
    stack.pop_back();
    RawQuote q;
    q.span = {open.pos, end};
    q.first_paragraph = open.paragraph;
    q.last_paragraph = paragraph;
    q.open_mark = open.mark;
    q.mark_kind = static_cast<rules::QuoteKind>(open.kind);
    closed.push_back(q);
  };

  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const ByteSpan para = paragraphs[pi].span;
    std::size_t scan_from = para.begin;
    int rescans = 0;
    while (true) {
      std::size_t pos = scan_from;
      const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
      while (pos < para.end) {
        // Passes over the ASCII bytes the scan cannot stop at, in a loop of its own.
        const unsigned char* scan = bytes + pos;
        const unsigned char* const para_end = bytes + para.end;
        if (passes_eight_at_a_time_) {
#if defined(__SSE2__)
          // Sixteen bytes at a time, to the first stop or byte beyond ASCII.
          while (para_end - scan >= 16) {
            const unsigned hits = stops_in_sixteen_bytes(scan);
            if (hits != 0) {
              scan += __builtin_ctz(hits);
              break;
            }
            scan += 16;
          }
#endif
          while (para_end - scan >= 8) {
            std::uint64_t word;
            std::memcpy(&word, scan, 8);
            // A byte beyond ASCII, or a zero byte where the word holds a stop.
            std::uint64_t hits = word & core::kEveryHighBit;
            for (std::size_t k = 0; k < listed_stop_count_; ++k) hits |= core::bytes_equal_to(word, listed_stops_[k]);
            if (hits != 0) break;
            scan += 8;
          }
        }
        while (scan < para_end && *scan < 0x80 && !ascii_stop_[*scan]) ++scan;
        pos = static_cast<std::size_t>(scan - bytes);
        if (pos == para.end) break;
        core::Decoded d = core::decode_at(text, pos);
        const std::size_t here = pos;
        pos += d.length;
        if (d.code_point == U'<') {
          // A markup tag (<tweet id="7" lang="en">): its attribute values are no quotations.
          pos = markup_tag_end(text, here, para.end);
          if (pos != here + 1) continue;
        }
        // Typewriter double quotes: `` and '' (Penn Treebank, older wire
        // copy) are one double quotation mark, read as ".
        if ((d.code_point == U'\'' || d.code_point == U'`') && pos < para.end && text[pos] == text[here]) {
          d.code_point = U'"';
          ++pos;
        } else if (d.code_point == U'`') {
          continue;
        }
        const rules::QuoteMark* mark = marks_->find(d.code_point);
        if (!mark) continue;
        if (here == skip_mark_at) continue;
        const rules::QuoteMark& info = *mark;
        char32_t prev = here > para.begin ? core::decode_before(text, here).code_point : U' ';
        char32_t next = pos < para.end ? core::decode_at(text, pos).code_point : U' ';
        // Apostrophes inside a word (Berger's, don't), before the flanking tests.
        if (info.apostrophe_like && core::is_alnum(prev) && core::is_alnum(next)) continue;
        const bool space_before = is_flank_space(here, true, para);
        const bool space_after = is_flank_space(pos, false, para);
        const bool punct_before = core::is_punctuation(prev) && !marks_->is_mark(prev);
        const bool punct_after = core::is_punctuation(next) && !marks_->is_mark(next);
        const bool left_flanking = (!space_after || (!info.undirected && !core::is_alnum(prev))) &&
                                   (space_before || punct_before || marks_->is_mark(prev));
        const bool right_flanking = !space_before && (space_after || punct_after || marks_->is_mark(next));

        if (info.apostrophe_like) {
          // Apostrophes: '90s, rock 'n' roll (inside a word: above).
          if (space_before && core::is_digit(next)) continue;
        }

        // Close the innermost open quotation of a kind this mark closes.
        bool closed_here = false;
        // A directed closer (” » 」) closes its own opener whatever the spacing
        // (French typography: « mot »); an undirected one (" ') must look like a closer.
        const bool may_close = !info.undirected || right_flanking || !left_flanking || !info.can_open;
        if (!info.closes_kinds.empty() && !stack.empty() && may_close) {
          for (std::size_t k = stack.size(); k-- > 0;) {
            const Open& o = stack[k];
            if (std::find(info.closes_kinds.begin(), info.closes_kinds.end(), static_cast<rules::QuoteKind>(o.kind)) ==
                info.closes_kinds.end()) {
              continue;
            }
            // A directed opener only closes its own pair ( „ … “ ), never another opener.
            const bool pairs = marks_->find(o.mark)->closed_by(d.code_point);
            const bool same_kind_closer = !info.can_open || info.undirected || pairs;
            if (!same_kind_closer) break;
            // Single quotes must hold at least three characters: in rock 'n' roll
            // both marks are apostrophes.
            if (o.kind == static_cast<std::uint8_t>(rules::QuoteKind::single_mark) && here - o.pos < 4) {
              stack.resize(k);
              closed_here = true;
              break;
            }
            // A quotation holds a letter or a digit ("" and "..." are not quotes).
            bool has_alnum = false;
            for (std::size_t p = o.pos; p < here && !has_alnum;) {
              const core::Decoded inner = core::decode_at(text, p);
              has_alnum = core::is_alnum(inner.code_point);
              p += inner.length;
            }
            if (!has_alnum) {
              stack.resize(k);
              closed_here = true;
              break;
            }
            // Inner quotations above it were left open: drop them.
            stack.resize(k + 1);
            close_top(pos, pi);
            closed_here = true;
            break;
          }
        }
        if (closed_here) continue;
        // An opening mark typed where the closing one belongs (“ … “ said X):
        // a directed opener whose kind is open, flanked like a closer, closes it.
        if (info.can_open && !info.undirected && right_flanking && !space_before && !stack.empty()) {
          const auto kind = static_cast<std::uint8_t>(info.closes_for.front().second);
          const Open& top = stack.back();
          if (top.kind == kind && top.mark == d.code_point) {
            close_top(pos, pi);
            continue;
          }
        }
        if (info.apostrophe_like && core::is_alnum(prev)) continue;  // the hospitals' wards
        if (!info.can_open || !left_flanking) continue;
        const auto kind = static_cast<std::uint8_t>(info.closes_for.front().second);
        if (std::any_of(stack.begin(), stack.end(), [&](const Open& o) { return o.kind == kind; })) continue;
        stack.push_back({here, d.code_point, kind, pi});
      }
      // End of the paragraph: continue the outermost quotation into the next
      // paragraph when that one reopens it, else drop what is still open.
      if (stack.empty()) break;
      const Open outer = stack.front();
      if (pi + 1 < paragraphs.size() && continued_paragraphs < kMaxContinuedParagraphs) {
        const ByteSpan next_para = paragraphs[pi + 1].span;
        const core::Decoded first = core::decode_at(text, next_para.begin);
        const rules::QuoteMark* mark = marks_->find(first.code_point);
        if (mark && mark->can_open && static_cast<std::uint8_t>(mark->closes_for.front().second) == outer.kind &&
            outer.kind != static_cast<std::uint8_t>(rules::QuoteKind::single_mark)) {
          stack.resize(1);
          skip_mark_at = next_para.begin;
          ++continued_paragraphs;
          break;
        }
      }
      // Unclosed: a quotation opened in this paragraph (not a single mark,
      // which is as often an apostrophe) runs to the paragraph's end and
      // never into the next paragraph. Then rescan after its mark (bounded)
      // for the quotations inside it.
      const std::size_t unclosed_at = outer.pos;
      if (rescans == 0 && outer.paragraph == pi &&
          outer.kind != static_cast<std::uint8_t>(rules::QuoteKind::single_mark) && has_alnum_between(text, outer.pos, para.end)) {
        RawQuote q;
        q.span = {outer.pos, para.end};
        q.first_paragraph = pi;
        q.last_paragraph = pi;
        q.open_mark = outer.mark;
        q.mark_kind = static_cast<rules::QuoteKind>(outer.kind);
        q.closed = false;
        unclosed.push_back(q);
      }
      stack.clear();
      continued_paragraphs = 0;
      if (rescans++ >= kMaxRescans || outer.paragraph != pi) break;
      scan_from = unclosed_at + core::decode_at(text, unclosed_at).length;
      // Quotations closed after that point were read inside the unclosed one:
      // forget them, the rescan finds them again.
      while (!closed.empty() && closed.back().span.begin > unclosed_at) closed.pop_back();
    }
    if (stack.empty()) continued_paragraphs = 0;
  }

  for (const RawQuote& q : unclosed) closed.push_back(q);
  unclosed = std::vector<RawQuote>();
  // Order by start.
  std::sort(closed.begin(), closed.end(), [](const RawQuote& a, const RawQuote& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  quotes.reserve(closed.size());  // no growth slack: a page of marks makes many quotes
  for (const RawQuote& q : closed) {
    if (q.span.size() <= kMaxQuoteBytes) quotes.push_back(q);
  }
  closed = std::vector<RawQuote>();
  // Parents by containment.
  for_each_innermost_container(quotes.size(), [&](std::size_t i) { return quotes[i].span; },
                               [&](std::size_t i, std::size_t parent) { quotes[i].parent = parent; });
  return quotes;
}

}  // namespace sayso::quotes
