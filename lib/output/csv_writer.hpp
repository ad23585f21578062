// RFC 4180 CSV cells and rows.
#ifndef SAYSO_OUTPUT_CSV_WRITER_HPP
#define SAYSO_OUTPUT_CSV_WRITER_HPP

#include <string>
#include <string_view>

namespace sayso::output {

// Appends one cell: quoted when it holds a comma, quote, CR or LF (quotes
// doubled). With `spreadsheet_safe`, a cell a spreadsheet would evaluate
// (starting with = + - @, tab or CR) is prefixed with a single quote. 0x1A
// becomes U+FFFD when `repaired`.
void append_csv_cell(std::string_view cell, std::string& out, bool spreadsheet_safe, bool repaired = false);

class CsvRow {
 public:
  CsvRow(std::string& out, bool spreadsheet_safe, bool repaired = false)
      : out_(out), safe_(spreadsheet_safe), repaired_(repaired) {}
  CsvRow& cell(std::string_view s);
  CsvRow& cell(std::size_t n);
  void end() { out_.push_back('\n'); }

 private:
  std::string& out_;
  bool safe_;
  bool repaired_;
  bool first_ = true;
};

}  // namespace sayso::output

#endif  // SAYSO_OUTPUT_CSV_WRITER_HPP
