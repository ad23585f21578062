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

void append_csv_cell(std::string_view cell, std::string& out, bool spreadsheet_safe, const RepairMarks& marks) {
  const bool formula = spreadsheet_safe && !cell.empty() &&
                       (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                        cell[0] == '\t' || cell[0] == '\r');
  const unsigned bits = csv_cell_bits(cell);
  const bool quote = formula || (bits & kQuoted) != 0;
  if (quote) out.append(formula ? "\"'" : "\"", formula ? 2 : 1);
  if ((bits & kLooked) == 0) {
    out.append(cell.data(), cell.size());  // nothing to double or replace: in one piece
  } else {
    // The runs between the bytes looked at, each in one piece.
    std::size_t run = 0;
    for (std::size_t i = 0; i < cell.size(); ++i) {
      const char c = cell[i];
      if ((kCsvBytes.of[static_cast<unsigned char>(c)] & kLooked) == 0) continue;
      if (c == '"') {
        out.append(cell.data() + run, i + 1 - run);  // the run and the quote, doubled by the next run's
        run = i;
      } else if (marks.is_mark(cell, i)) {  // 0x1A
        out.append(cell.data() + run, i - run);
        out.append("\xEF\xBF\xBD", 3);
        run = i + 1;
      }
    }
    out.append(cell.data() + run, cell.size() - run);
  }
  if (quote) out.push_back('"');
}

CsvRow& CsvRow::cell(std::string_view s) {
  if (!first_) out_.push_back(',');
  first_ = false;
  append_csv_cell(s, out_, safe_, marks_);
  return *this;
}

CsvRow& CsvRow::id_cell(std::string_view id) {
  if (!first_) out_.push_back(',');
  first_ = false;
  if (core::find_invalid_utf8(id)) append_csv_cell(core::replace_invalid_utf8(id), out_, safe_);
  else append_csv_cell(id, out_, safe_);
  return *this;
}

CsvRow& CsvRow::cell(std::size_t n) {
  // The comma and the digits in one piece.
  char buf[21];
  buf[0] = ',';
  char* const end = write_decimal(buf + 1, static_cast<std::uint64_t>(n));
  const char* const begin = first_ ? buf + 1 : buf;
  first_ = false;
  out_.append(begin, static_cast<std::size_t>(end - begin));
  return *this;
}

}  // namespace sayso::output
