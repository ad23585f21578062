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

class CsvRow {
 public:
  CsvRow(std::string& out, bool spreadsheet_safe, RepairMarks marks = RepairMarks())
      : out_(out), safe_(spreadsheet_safe), marks_(marks) {}
  CsvRow& cell(std::string_view s);
  // A document id: bytes that are not UTF-8 become U+FFFD; no repair marks.
  CsvRow& id_cell(std::string_view id);
  CsvRow& cell(std::size_t n);
  void end() { out_.push_back('\n'); }

 private:
  std::string& out_;
  bool safe_;
  RepairMarks marks_;
  bool first_ = true;
};

}  // namespace sayso::output

#endif  // SAYSO_OUTPUT_CSV_WRITER_HPP
