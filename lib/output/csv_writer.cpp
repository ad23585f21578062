#include "output/csv_writer.hpp"

#include <cstdint>
#include <cstring>

#include "output/json_writer.hpp"
#include "core/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sayso::output {
namespace {

// What a CSV cell's bytes ask of append_csv_cell: kQuoted, the cell is
// quoted (',' '"' CR LF); kLooked, the byte is not copied as it is ('"' is
// doubled, 0x1A may be a repair mark).
constexpr unsigned char kQuoted = 1;
constexpr unsigned char kLooked = 2;

struct CsvByteTable {
  unsigned char of[256];
};

constexpr CsvByteTable make_csv_byte_table() {
  CsvByteTable table{};
  table.of[static_cast<unsigned char>(',')] = kQuoted;
  table.of[static_cast<unsigned char>('\r')] = kQuoted;
  table.of[static_cast<unsigned char>('\n')] = kQuoted;
  table.of[static_cast<unsigned char>('"')] = kQuoted | kLooked;
  table.of[0x1A] = kLooked;
  return table;
}

constexpr CsvByteTable kCsvBytes = make_csv_byte_table();

// The kQuoted and kLooked bits of all the bytes of `cell` or-ed together:
// sixteen bytes at a time with SSE2 (a sentence or a quote's text runs to
// hundreds of bytes), the rest one at a time.
unsigned csv_cell_bits(std::string_view cell) {
  const auto* p = reinterpret_cast<const unsigned char*>(cell.data());
  const auto* const end = p + cell.size();
  unsigned bits = 0;
#if defined(__SSE2__)
  if (end - p >= 16) {
    __m128i quoted = _mm_setzero_si128();
    __m128i looked = _mm_setzero_si128();
    const auto test = [&](const unsigned char* at) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
      const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
      quoted = _mm_or_si128(quoted, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), quote),
                                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))));
      looked = _mm_or_si128(looked, _mm_or_si128(quote, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x1A))));
    };
    for (; end - p >= 16; p += 16) test(p);
    if (p != end) test(end - 16);  // the last few again with bytes before them: or-ing twice changes nothing
    if (_mm_movemask_epi8(quoted) != 0) bits |= kQuoted;
    if (_mm_movemask_epi8(looked) != 0) bits |= kLooked;
    return bits;
  }
#endif
  for (; p != end; ++p) bits |= kCsvBytes.of[*p];
  return bits;
}

}  // namespace

char* write_csv_cell(std::string_view cell, char* to, bool spreadsheet_safe, const RepairMarks& marks) {
  const bool formula = spreadsheet_safe && !cell.empty() &&
                       (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                        cell[0] == '\t' || cell[0] == '\r');
  const unsigned bits = csv_cell_bits(cell);
  const bool quote = formula || (bits & kQuoted) != 0;
  if (quote) {
    *to++ = '"';
    if (formula) *to++ = '\'';
  }
  if ((bits & kLooked) == 0) {
    // Nothing to double or replace: in one piece. (An empty cell may have
    // no data at all, std::string_view(), which memcpy may not be given.)
    if (!cell.empty()) std::memcpy(to, cell.data(), cell.size());
    to += cell.size();
  } else {
    // The runs between the bytes looked at, each in one piece.
    std::size_t run = 0;
    for (std::size_t i = 0; i < cell.size(); ++i) {
      const char c = cell[i];
      if ((kCsvBytes.of[static_cast<unsigned char>(c)] & kLooked) == 0) continue;
      if (c == '"') {
        std::memcpy(to, cell.data() + run, i + 1 - run);  // the run and the quote, doubled by the next run's
        to += i + 1 - run;
        run = i;
      } else if (marks.is_mark(cell, i)) {  // 0x1A
        std::memcpy(to, cell.data() + run, i - run);
        to += i - run;
        std::memcpy(to, "\xEF\xBF\xBD", 3);
        to += 3;
        run = i + 1;
      }
    }
    std::memcpy(to, cell.data() + run, cell.size() - run);
    to += cell.size() - run;
  }
  if (quote) *to++ = '"';
  return to;
}

void append_csv_cell(std::string_view cell, std::string& out, bool spreadsheet_safe, const RepairMarks& marks) {
  const std::size_t at = out.size();
  out.resize(at + csv_cell_room(cell.size()));
  char* const end = write_csv_cell(cell, out.data() + at, spreadsheet_safe, marks);
  out.resize(static_cast<std::size_t>(end - out.data()));
}

namespace {

// Room a grow adds beyond what is asked: a few rows' worth.
constexpr std::size_t kRowRoomAhead = 1024;

}  // namespace

void CsvRow::grow(std::size_t n) {
  const auto used = static_cast<std::size_t>(cur_ - out_.data());
  out_.resize(used + n + kRowRoomAhead);
  cur_ = out_.data() + used;
  end_ = out_.data() + out_.size();
}

CsvRow& CsvRow::cell(std::string_view s) { return cell(s, marks_); }

CsvRow& CsvRow::cell(std::string_view s, const RepairMarks& marks) {
  room(1 + csv_cell_room(s.size()));
  *cur_ = ',';
  cur_ += !first_;
  first_ = false;
  cur_ = write_csv_cell(s, cur_, safe_, marks);
  return *this;
}

CsvRow& CsvRow::id_cell(std::string_view id) {
  if (core::find_invalid_utf8(id)) {
    const std::string valid = core::replace_invalid_utf8(id);
    return cell(valid, RepairMarks());
  }
  return cell(id, RepairMarks());
}

CsvRow& CsvRow::cell(std::size_t n) {
  room(21);  // a comma and at most 20 digits
  *cur_ = ',';
  cur_ += !first_;
  first_ = false;
  cur_ = write_decimal(cur_, static_cast<std::uint64_t>(n));
  return *this;
}

}  // namespace sayso::output
