#include "text/tokenizer.hpp"

#include <cstring>

#include "core/char_class.hpp"
#include "core/utf8.hpp"

namespace sayso::text {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (core::to_lower_ascii(s[i]) != prefix[i]) return false;
  }
  return true;
}

// Characters that may follow a URL or address but are not part of it.
bool is_trailing_url_punct(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == '}' || core::is_quote_mark(c);
}

// Whether `text` holds "://" or "www." (w in either case): every URL
// starts with "http://", "https://", "ftp://" or "www." (in any case), so
// a text without either holds none.
bool holds_url_mark(std::string_view text) {
  const char* const from = text.data();
  const char* const to = from + text.size();
  for (const char* q = from; q < to; ++q) {
    q = static_cast<const char*>(std::memchr(q, ':', static_cast<std::size_t>(to - q)));
    if (q == nullptr) break;
    if (to - q >= 3 && q[1] == '/' && q[2] == '/') return true;
  }
  for (const char* q = from; q < to; ++q) {
    q = static_cast<const char*>(std::memchr(q, '.', static_cast<std::size_t>(to - q)));
    if (q == nullptr) break;
    if (q - from >= 3 && (q[-1] | 0x20) == 'w' && (q[-2] | 0x20) == 'w' && (q[-3] | 0x20) == 'w') return true;
  }
  return false;
}

struct Scanner {
  std::string_view text;
  std::size_t pos;
  std::size_t end;

  bool at_end() const { return pos >= end; }
  char32_t peek(std::size_t at) const { return at < end ? core::decode_at(text, at).code_point : 0; }
  std::size_t next_pos(std::size_t at) const { return at + core::decode_at(text, at).length; }
};

// The bytes of `text` ending at `end` that match `clitic` (ASCII letters in
// any case, '\'' for an apostrophe: ' or ’), or 0.
std::size_t clitic_match(std::string_view text, std::size_t begin, std::size_t end, std::string_view clitic) {
  std::size_t at = end;
  for (std::size_t k = clitic.size(); k-- > 0;) {
    const char want = clitic[k];
    if (want == '\'') {
      if (at > begin && text[at - 1] == '\'') {
        at -= 1;
      } else if (at >= begin + 3 && text.substr(at - 3, 3) == "\xE2\x80\x99") {  // U+2019
        at -= 3;
      } else {
        return 0;
      }
      continue;
    }
    if (at == begin) return 0;
    const char have = text[at - 1];
    if (core::to_lower_ascii(have) != core::to_lower_ascii(want)) return 0;
    at -= 1;
  }
  return end - at;
}

// Length in bytes of a clitic suffix of word [b, e) (rules/<lang>/clitics.tsv), or 0.
std::size_t clitic_suffix(std::string_view text, std::size_t b, std::size_t e,
                          const std::vector<rules::TextRules::Clitic>& clitics) {
  for (const auto& clitic : clitics) {
    const std::size_t len = clitic_match(text, b, e, clitic.text);
    if (len == 0 || e - b < len + clitic.min_stem) continue;
    // The stem must end in a letter or digit: "Ruiz's", not "''s".
    if (core::is_alnum(core::decode_before(text, e - len).code_point)) return len;
  }
  return 0;
}

// Whether a word keeps the period that follows it (an initial, a dotted
// acronym, a listed abbreviation): `with_period` is the word and the
// period, `code_points` the word's, `has_letter` whether it holds a letter,
// `inner_period` whether it holds a period. The list is asked last: it
// hashes the word.
bool keeps_final_period(const rules::TextRules& rules, std::string_view with_period, std::size_t code_points,
                        bool has_letter, bool inner_period) {
  return (has_letter && (inner_period || code_points == 1)) || rules.abbreviation(with_period);
}

// The kind of a token of punctuation that starts with c.
TokenKind punctuation_kind(char32_t c) {
  if (core::is_quote_mark(c)) return TokenKind::quote_mark;
  if (!core::is_punctuation(c) || c == '$' || c == '%' || c == '&' || c == '+' || c == '=' || c == '@' || c == '#' ||
      c == '<' || c == '>' || c == '^' || c == '|' || c == '~') {
    return TokenKind::symbol;
  }
  return TokenKind::punctuation;
}

}  // namespace

TokenShape shape_of(std::string_view token) {
  std::size_t letters = 0;
  std::size_t upper = 0;
  bool first_upper = false;
  bool first_seen = false;
  std::size_t pos = 0;
  while (pos < token.size()) {
    const auto byte = static_cast<unsigned char>(token[pos]);
    bool up = false;
    if (byte < 0x80) {  // ASCII: one table load answers both questions
      ++pos;
      const std::uint16_t bits = core::char_class_detail::kAscii.bits[byte];
      if ((bits & core::char_class_detail::kLetter) == 0) continue;
      up = (bits & core::char_class_detail::kUpper) != 0;
    } else {
      const core::Decoded d = core::decode_multibyte_at(token, pos);
      pos += d.length;
      if (!core::is_letter(d.code_point)) continue;
      up = core::is_upper(d.code_point);
    }
    ++letters;
    upper += up;
    if (!first_seen) {
      first_seen = true;
      first_upper = up;
    }
  }
  if (letters == 0) return TokenShape::none;
  if (upper == 0) return TokenShape::lower;
  if (upper == letters) return letters >= 2 ? TokenShape::all_caps : TokenShape::capitalized;
  return first_upper ? TokenShape::capitalized : TokenShape::mixed;
}

namespace {

// A word's shape from the counts its scan made: `letters` and `upper` over
// the word [b, e) of `text`, and whether its first character is a letter, a
// capital one. Only a word that opens with no letter and mixes cases ("3Com")
// is read again, by shape_of().
inline TokenShape shape_of_counts(std::string_view text, std::size_t b, std::size_t e, std::size_t letters,
                                  std::size_t upper, bool lead_letter, bool lead_upper) {
  if (letters == 0) return TokenShape::none;
  if (upper == 0) return TokenShape::lower;
  if (upper == letters) return letters >= 2 ? TokenShape::all_caps : TokenShape::capitalized;
  if (!lead_letter) return shape_of(text.substr(b, e - b));  // "3Com": which letter is first
  if (lead_upper) return TokenShape::capitalized;
  return TokenShape::mixed;
}

// A word's scan at `e` (before `end`) over lowercase ASCII letters, eight
// bytes at a time, looked for only at one (a capital, digit or space costs a
// compare): counts them into `letters`; true when it took a whole eight, so
// that more may follow (a shorter run leaves e < end at the byte after it).
inline bool skip_lowercase_run(const unsigned char* bytes, std::size_t& e, std::size_t end, std::size_t& letters) {
  if (static_cast<unsigned char>(bytes[e] - 'a') >= 26 || e + 8 > end) return false;
  const std::size_t run = core::lowercase_ascii_run(bytes + e);
  letters += run;
  e += run;
  return run == 8;
}

}  // namespace

Tokenizer::Tokenizer(std::shared_ptr<const rules::TextRules> rules) : rules_(std::move(rules)) {
  // The bytes a word can end in when a clitic matches it (clitic_match):
  // its last letter in either case, or the last byte of ' or ’.
  for (const auto& clitic : rules_->clitics()) {
    // A clitic's apostrophe lies inside the word it splits, where the word
    // scan joined it as a connector (or the word starts with it: '90s).
    if (clitic.text.find('\'') == std::string::npos) every_clitic_has_apostrophe_ = false;
    if (clitic.text.empty()) continue;
    const char last = clitic.text.back();
    if (last == '\'') {
      clitic_last_bytes_['\''] = true;
      clitic_last_bytes_[0x99] = true;  // U+2019 is E2 80 99
    } else {
      const auto byte = static_cast<unsigned char>(last);
      clitic_last_bytes_[byte] = true;
      if (byte >= 'a' && byte <= 'z') clitic_last_bytes_[byte - 32] = true;
      if (byte >= 'A' && byte <= 'Z') clitic_last_bytes_[byte + 32] = true;
    }
  }
  // The characters the general scanner below emits as a token of one byte,
  // with the kind it gives them: no word starts with them (no letter or
  // digit, no apostrophe), they form no run or pair, and they are no space.
  for (char32_t c = 0; c < 0x80; ++c) {
    if (core::is_space(c) || core::is_alnum(c) || core::is_apostrophe_like(c) || c == '\'' || c == '`' || c == '.' ||
        c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_') {
      continue;
    }
    single_byte_token_[c] = true;
    single_byte_kind_[c] = punctuation_kind(c);
  }
  single_byte_kind_['.'] = punctuation_kind('.');  // a token of one byte when no period follows
}

bool Tokenizer::may_hold_url_or_address(std::string_view text) {
  return !text.empty() && (std::memchr(text.data(), '@', text.size()) != nullptr || holds_url_mark(text));
}

void Tokenizer::tokenize(std::string_view text, ByteSpan span, std::vector<Token>& out) const {
  tokenize(text, span, true, out);
}

void Tokenizer::tokenize(std::string_view text, ByteSpan span, bool text_may_hold_url_or_address,
                         std::vector<Token>& out) const {
  using core::char_class_detail::kAscii;
  namespace cls = core::char_class_detail;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // The first token's flags look behind it, past the span's start: the gap
  // before it starts where the white space before the span does (the bytes
  // from the span's start to the first token are white space too), and the
  // gap's loop in emit() reads it as it reads the gap between two tokens.
  // Only a first token at the text's start has space_before without a gap.
  std::size_t previous_end = span.begin;
  while (previous_end > 0) {
    const auto before = bytes[previous_end - 1];
    if (before < 0x80) {
      if (!cls::ascii_has(before, cls::kSpace)) break;
      --previous_end;
      continue;
    }
    const core::Decoded d = core::decode_before(text, previous_end);
    if (!core::is_space(d.code_point)) break;
    previous_end -= d.length;
  }
  const std::size_t first_index = out.size();
  auto emit = [&](std::size_t b, std::size_t e, TokenKind kind, TokenShape shape) {
    Token t;
    t.span = {b, e};
    t.kind = kind;
    t.shape = shape;
    if (b != previous_end) {
      t.space_before = true;
      // The commonest gap, one ASCII space, holds no line break.
      if (b != previous_end + 1 || bytes[previous_end] != ' ') {
        for (std::size_t p = previous_end; p < b;) {
          if (bytes[p] < 0x80) {
            if (cls::ascii_has(bytes[p], cls::kLineBreak)) t.newline_before = true;
            ++p;
            continue;
          }
          const core::Decoded d = core::decode_multibyte_at(text, p);
          if (core::is_line_break(d.code_point)) t.newline_before = true;
          p += d.length;
        }
      }
    }
    previous_end = e;
    out.push_back(t);
  };
  // A chunk (a run of non-space characters) ends at the first space after
  // it, so the scanner below runs up to the span's end and stops at a space:
  // past the chunk, peek() sees that space where it would see 0, and no test
  // of the scanner holds for either. The chunk's end is found only for a
  // chunk that may be a URL or an e-mail address.
  const Scanner s_all{text, span.begin, span.end};
  // The first '@' at or after the scan (span.end: none); looked for again
  // once the scan has passed it.
  std::size_t next_at_sign = span.end;
  // Whether the span holds "://" or "www." (holds_url_mark): without either
  // (and without an '@'), no chunk needs the check below. A text that holds
  // no mark at all has no span that holds one.
  bool url_possible = false;
  if (text_may_hold_url_or_address) {
    if (const void* found = std::memchr(text.data() + span.begin, '@', span.size())) {
      next_at_sign = static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
    }
    url_possible = holds_url_mark(text.substr(span.begin, span.size()));
  }

  // No chunk of the span needs the URL and address check below.
  const bool plain_chunks = !url_possible && next_at_sign == span.end;

  std::size_t pos = span.begin;
  while (pos < span.end) {
    // Pass over white space.
    if (bytes[pos] < 0x80) {
      if (cls::ascii_has(bytes[pos], cls::kSpace)) {
        ++pos;
        continue;
      }
    } else {
      const core::Decoded d = core::decode_multibyte_at(text, pos);
      if (core::is_space(d.code_point)) {
        pos += d.length;
        continue;
      }
    }

    // URLs and e-mail addresses stay whole, minus trailing punctuation.
    // A chunk that starts with an ASCII letter or digit starts with no
    // quotation mark, bracket or '<', and is a URL only if that letter is
    // h, w or f; it is an e-mail address only if an '@' lies ahead.
    const bool plain_start = bytes[pos] < 0x80 && cls::ascii_has(bytes[pos], cls::kLetter | cls::kDigit);
    const char plain_lead = static_cast<char>(bytes[pos] | 0x20);  // ASCII lowercase
    if (next_at_sign < span.end ||
        (url_possible && (!plain_start || plain_lead == 'h' || plain_lead == 'w' || plain_lead == 'f'))) {
      std::size_t b = pos;
      while (!plain_start && b < span.end) {
        const core::Decoded c = core::decode_at(text, b);
        if (!(core::is_quote_mark(c.code_point) || core::is_open_bracket(c.code_point) || c.code_point == '<')) break;
        b += c.length;
      }
      // The chunk from b on starts with these bytes exactly when the rest of
      // the span does: none of them is a space.
      const std::string_view rest = text.substr(b, span.end - b);
      const char lead = rest.empty() ? '\0' : static_cast<char>(rest[0] | 0x20);  // ASCII lowercase
      // Every prefix below goes on with t (http, https, ftp) or w (www):
      // a word such as "his" or "from" is no URL after two bytes.
      const char second = rest.size() < 2 ? '\0' : static_cast<char>(rest[1] | 0x20);
      const bool url = (((lead == 'h' || lead == 'f') && second == 't') || (lead == 'w' && second == 'w')) &&
                       (starts_with_ci(rest, "http://") || starts_with_ci(rest, "https://") ||
                        starts_with_ci(rest, "www.") || starts_with_ci(rest, "ftp://"));
      if (next_at_sign < pos) {
        const void* found = std::memchr(text.data() + pos, '@', span.end - pos);
        next_at_sign = found ? static_cast<std::size_t>(static_cast<const char*>(found) - text.data()) : span.end;
      }
      if (url || next_at_sign < span.end) {
        std::size_t chunk_end = pos;
        while (chunk_end < span.end) {
          const auto byte = bytes[chunk_end];
          if (byte < 0x80) {
            if (cls::ascii_has(byte, cls::kSpace)) break;
            ++chunk_end;
            continue;
          }
          const core::Decoded c = core::decode_multibyte_at(text, chunk_end);
          if (core::is_space(c.code_point)) break;
          chunk_end += c.length;
        }
        const std::string_view core = text.substr(b, chunk_end - b);
        bool email = false;
        if (!url && next_at_sign < chunk_end) {
          const std::size_t at = core.find('@');
          email = at != std::string_view::npos && at > 0 && core.find('.', at) != std::string_view::npos &&
                  core::is_alnum(core::decode_before(core, at).code_point) && at + 1 < core.size() &&
                  core::is_alnum(core::decode_at(core, at + 1).code_point);
        }
        if (url || email) {
          std::size_t e = chunk_end;
          while (e > b) {
            const core::Decoded c = core::decode_before(text, e);
            if (!is_trailing_url_punct(c.code_point)) break;
            e -= c.length;
          }
          for (std::size_t q = pos; q < b;) {
            const core::Decoded c = core::decode_at(text, q);
            emit(q, q + c.length, core::is_quote_mark(c.code_point) ? TokenKind::quote_mark : TokenKind::punctuation,
                 shape_of(text.substr(q, c.length)));
            q += c.length;
          }
          emit(b, e, url ? TokenKind::url : TokenKind::email, shape_of(text.substr(b, e - b)));
          pos = e;
          // The trailing punctuation is tokenized by the general scanner below.
          if (pos == chunk_end) continue;
        }
      }
    }

    // The general scanner over the rest of the chunk, up to its first space.
    Scanner s = s_all;
    s.pos = pos;
    while (!s.at_end()) {
      const std::size_t b = s.pos;
      // The commonest token first: ASCII letters and digits from an ASCII
      // letter or digit on, ended by white space, the span's end or an ASCII
      // character that joins nothing here (see the connectors below). Any
      // other end (a byte beyond ASCII, '-', '\'', '.', '_', a ',' ':' '/'
      // after a digit, a '&' after a capital) is left to the general word
      // scan below, which starts again at b. With no inner apostrophe, no
      // clitic splits such a word (when every clitic holds one).
      if (bytes[b] < 0x80 && every_clitic_has_apostrophe_ &&
          cls::ascii_has(bytes[b], cls::kLetter | cls::kDigit)) {
        const std::uint16_t lead_bits = kAscii.bits[bytes[b]];
        std::size_t letters = (lead_bits & cls::kLetter) != 0;
        std::size_t upper = (lead_bits & cls::kUpper) != 0;
        const std::size_t end = s.end;
        std::size_t e = b + 1;
        std::uint16_t stop_bits = cls::kSpace;  // the classes of the byte at e (the span's end: as a space)
        while (e < end) {
          if (skip_lowercase_run(bytes, e, end, letters)) continue;
          const unsigned char byte = bytes[e];
          if (byte >= 0x80) {
            stop_bits = 0;
            break;
          }
          const std::uint16_t bits = kAscii.bits[byte];
          if ((bits & (cls::kLetter | cls::kDigit)) == 0) {
            stop_bits = bits;
            break;
          }
          letters += (bits & cls::kLetter) != 0;
          upper += (bits & cls::kUpper) != 0;
          ++e;
        }
        bool word_ends = (stop_bits & cls::kSpace) != 0;
        if (!word_ends && e < end && bytes[e] < 0x80) {
          const unsigned char x = bytes[e];
          const std::uint16_t prev_bits = kAscii.bits[bytes[e - 1]];  // a letter or digit
          word_ends = !(x == '-' || x == '\'' || x == '.' || x == ',' || x == ':' || x == '/' || x == '&' || x == '_') ||
                      ((x == ',' || x == ':' || x == '/') && (prev_bits & cls::kDigit) == 0) ||
                      (x == '&' && (prev_bits & cls::kUpper) == 0);
        }
        // A period that no letter or digit follows joins nothing (see the
        // connectors below); the word ends there, and keeps the period as the
        // general scan's final-period test keeps it: unless a second period
        // follows, an initial (one letter) or a listed abbreviation. The word
        // holds no inner period and, being ASCII, a byte per code point.
        std::size_t period = 0;
        if (!word_ends && bytes[e] == '.' &&
            (e + 1 == end || (bytes[e + 1] < 0x80 && !cls::ascii_has(bytes[e + 1], cls::kLetter | cls::kDigit)))) {
          word_ends = true;
          if ((e + 1 == end || bytes[e + 1] != '.') &&
              keeps_final_period(*rules_, text.substr(b, e + 1 - b), e - b, letters != 0, false)) {
            period = 1;
          }
        }
        if (word_ends) {
          const TokenShape shape = shape_of_counts(text, b, e, letters, upper, (lead_bits & cls::kLetter) != 0,
                                                   (lead_bits & cls::kUpper) != 0);
          e += period;  // a period is no letter: the shape stays
          emit(b, e, (lead_bits & cls::kDigit) != 0 ? TokenKind::number : TokenKind::word, shape);
          s.pos = e;
          if ((stop_bits & cls::kSpace) != 0) {  // the chunk's end
            // One ASCII space, then the next chunk, which needs no check
            // above: scan it here (more white space goes back above).
            if (plain_chunks && e < end && bytes[e] == ' ') {
              s.pos = e + 1;
              continue;
            }
            break;
          }
          continue;
        }
      }
      // And a period that no period follows (most sentences' last token).
      if (bytes[b] < 0x80 && (single_byte_token_[bytes[b]] || (bytes[b] == '.' && (b + 1 == s.end || bytes[b + 1] != '.')))) {
        emit(b, b + 1, single_byte_kind_[bytes[b]], TokenShape::none);
        s.pos = b + 1;
        // One ASCII space, then the next chunk: as after a word.
        if (plain_chunks && b + 1 < s.end && bytes[b + 1] == ' ') s.pos = b + 2;
        continue;
      }
      const core::Decoded cd = core::decode_at(text, b);
      const char32_t c = cd.code_point;
      if (core::is_space(c)) break;  // the chunk's end
      if (core::is_alnum(c) ||
          // '90s, ’80s: an apostrophe that stands for elided digits.
          (core::is_apostrophe_like(c) && core::is_digit(s.peek(s.next_pos(b))) &&
           core::is_digit(s.peek(s.next_pos(s.next_pos(b)))))) {
        std::size_t e = b + cd.length;
        // The shape of the word's letters, counted as shape_of() counts them
        // (whether the first letter is uppercase is known here when the word
        // starts with a letter, else asked of shape_of() in the rare case
        // that it matters).
        const bool lead_letter = core::is_letter(c);
        const bool lead_upper = lead_letter && core::is_upper(c);
        std::size_t letters = lead_letter ? 1 : 0;
        std::size_t upper = lead_upper ? 1 : 0;
        const std::size_t end = s.end;
        bool inner_apostrophe = c == '\'' || c == 0x2019;  // the word holds ' or ’ ('90s, or joined below)
        // Consume alphanumerics, marks and inner connectors.
        while (e < end) {
          if (skip_lowercase_run(bytes, e, end, letters)) continue;
          char32_t x;
          std::size_t x_length;
          const unsigned char byte = bytes[e];
          if (byte < 0x80) {
            const std::uint16_t bits = kAscii.bits[byte];
            if ((bits & (cls::kLetter | cls::kDigit)) != 0) {  // the common case: one table load
              letters += (bits & cls::kLetter) != 0;
              upper += (bits & cls::kUpper) != 0;  // only letters are uppercase
              ++e;
              continue;
            }
            if ((bits & cls::kSpace) != 0) break;  // the word's commonest end: no connector
            x = byte;
            x_length = 1;
          } else {
            const core::Decoded xd = core::decode_multibyte_at(text, e);
            x = xd.code_point;
            x_length = xd.length;
            if (core::is_alnum(x) || (x >= 0x300 && core::is_mark(x))) {
              if (core::is_letter(x)) {
                ++letters;
                upper += core::is_upper(x);
              }
              e += x_length;
              continue;
            }
          }
          // Only these characters can join two parts of a word.
          if (!(x == '-' || x == 0x2010 || x == 0x2011 || x == '\'' || x == 0x2019 || x == 0x02BC || x == '.' ||
                x == ',' || x == ':' || x == '/' || x == '&' || x == '_')) {
            break;
          }
          const std::size_t after = e + x_length;
          const char32_t y = s.peek(after);
          const auto before = static_cast<unsigned char>(text[e - 1]);
          const char32_t prev = before < 0x80 ? before : core::decode_before(text, e).code_point;
          bool connector = false;
          if ((x == '-' || x == 0x2010 || x == 0x2011) && core::is_alnum(y) && core::is_alnum(prev)) connector = true;
          else if ((x == '\'' || x == 0x2019 || x == 0x02BC) && core::is_letter(y) && core::is_alnum(prev)) connector = true;
          else if (x == '.' && core::is_alnum(y) && core::is_alnum(prev)) connector = true;
          else if ((x == ',' || x == ':' || x == '/') && core::is_digit(y) && core::is_digit(prev)) connector = true;
          else if ((x == '&') && core::is_upper(y) && core::is_upper(prev)) connector = true;
          else if (x == '_' && core::is_alnum(y)) connector = true;
          if (!connector) break;
          if (core::is_letter(x)) {  // ʼ is a letter
            ++letters;
            upper += core::is_upper(x);
          }
          inner_apostrophe = inner_apostrophe || x == '\'' || x == 0x2019;
          e = after;
        }
        // A final period stays with abbreviations, dotted acronyms and initials.
        if (e < s.end && s.peek(e) == '.' && s.peek(e + 1) != '.') {
          const std::string_view word = text.substr(b, e - b);
          const std::string_view with_period = text.substr(b, e + 1 - b);
          bool has_letter = false;
          bool inner_period = false;
          std::size_t code_points = 0;
          for (std::size_t q = 0; q < word.size();) {
            const core::Decoded w = core::decode_at(word, q);
            has_letter = has_letter || core::is_letter(w.code_point);
            inner_period = inner_period || w.code_point == '.';
            ++code_points;
            q += w.length;
          }
          if (keeps_final_period(*rules_, with_period, code_points, has_letter, inner_period)) {
            e += 1;  // a period is no letter: the shape stays
          }
        }
        // Split a possessive or contraction off the word.
        std::size_t word_end = e;
        std::size_t clitic = 0;
        if ((inner_apostrophe || !every_clitic_has_apostrophe_) && text[e - 1] != '.' &&
            clitic_last_bytes_[static_cast<unsigned char>(text[e - 1])]) {
          clitic = clitic_suffix(text, b, e, rules_->clitics());
          word_end = e - clitic;
        }
        const TokenKind kind = core::is_digit(c) || core::is_apostrophe_like(c) ? TokenKind::number : TokenKind::word;
        if (clitic) {
          emit(b, word_end, kind, shape_of(text.substr(b, word_end - b)));
          emit(word_end, e, TokenKind::clitic, shape_of(text.substr(word_end, e - word_end)));
        } else {
          emit(b, e, kind, shape_of_counts(text, b, e, letters, upper, lead_letter, lead_upper));
        }
        s.pos = e;
        continue;
      }
      std::size_t e = b + cd.length;
      // A typewriter double ('' or ``) is one quotation mark, as the
      // quotation finder reads it.
      if ((c == '\'' || c == '`') && s.peek(e) == c) e = s.next_pos(e);
      if (c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_') {
        // Runs: "...", "--", "?!", "**" are one token.
        while (e < s.end) {
          const char32_t x = s.peek(e);
          const bool same_run = (c == '!' || c == '?') ? (x == '!' || x == '?') : x == c;
          if (!same_run) break;
          e = s.next_pos(e);
        }
      }
      // No letter: c is none, and a run or double repeats c or "!" "?".
      emit(b, e, punctuation_kind(c), TokenShape::none);
      s.pos = e;
    }
    pos = s.pos;
  }
  // The text's first token: white space (the paragraph start) precedes it.
  if (out.size() > first_index && out[first_index].span.begin == 0) out[first_index].space_before = true;
}

}  // namespace sayso::text
