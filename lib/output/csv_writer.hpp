// RFC 4180 CSV cells and rows.
#ifndef SAYSO_OUTPUT_CSV_WRITER_HPP
#define SAYSO_OUTPUT_CSV_WRITER_HPP

#include <string>
#include <string_view>

#include "output/json_writer.hpp"

namespace sayso::output {

// Appends one cell: quoted when it holds a comma, quote, CR or LF (quotes
// doubled). With `spreadsheet_safe`, a cell a spreadsheet would evaluate
// (starting with = + - @, tab or CR) is prefixed with a single quote. A 0x1A
// that is a repair mark becomes U+FFFD.
void append_csv_cell(std::string_view cell, std::string& out, bool spreadsheet_safe,
                     const RepairMarks& marks = RepairMarks());

// `cell` as append_csv_cell writes it, at `to`, which has room for
// csv_cell_room(cell.size()) bytes; returns the end.
char* write_csv_cell(std::string_view cell, char* to, bool spreadsheet_safe, const RepairMarks& marks);
// The most bytes write_csv_cell writes for a cell of `size` bytes: two
// quotes and a single quote, and each byte at most three (a repair mark).
constexpr std::size_t csv_cell_room(std::size_t size) { return 3 * size + 3; }

// One row, written in room it adds to the string ahead of what it writes
// (as JsonWriter does): what it wrote is in the string, and the string
// holds nothing else past it, after end() or once the row is destroyed.
// Nothing else may change the string while the row lives.
class CsvRow {
 public:
  CsvRow(std::string& out, bool spreadsheet_safe, RepairMarks marks = RepairMarks())
      : out_(out), safe_(spreadsheet_safe), marks_(marks), cur_(out.data() + out.size()), end_(cur_) {}
  ~CsvRow() { sync(); }
  CsvRow(const CsvRow&) = delete;
  CsvRow& operator=(const CsvRow&) = delete;
  CsvRow& cell(std::string_view s);
  // A document id: bytes that are not UTF-8 become U+FFFD; no repair marks.
  CsvRow& id_cell(std::string_view id);
  CsvRow& cell(std::size_t n);
  void end() {
    room(1);
    *cur_++ = '\n';
    sync();
  }

 private:
  // At least `n` bytes of room at cur_.
  void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - cur_) < n) grow(n);
  }
  void grow(std::size_t n);
  CsvRow& cell(std::string_view s, const RepairMarks& marks);
  // The string with exactly what was written.
  void sync() {
    out_.resize(static_cast<std::size_t>(cur_ - out_.data()));
    end_ = cur_;
  }

  std::string& out_;
  bool safe_;
  RepairMarks marks_;
  bool first_ = true;
  char* cur_;  // where the next byte goes
  char* end_;  // the end of the room: out_.data() + out_.size()
};

}  // namespace sayso::output

#endif  // SAYSO_OUTPUT_CSV_WRITER_HPP
