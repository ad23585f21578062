#include "output/csv_writer.hpp"

#include "output/json_writer.hpp"
#include "core/utf8.hpp"

namespace sayso::output {

void append_csv_cell(std::string_view cell, std::string& out, bool spreadsheet_safe, const RepairMarks& marks) {
  const bool formula = spreadsheet_safe && !cell.empty() &&
                       (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                        cell[0] == '\t' || cell[0] == '\r');
  const bool quote = formula || cell.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quote) out.push_back('"');
  if (formula) out.push_back('\'');
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    if (c == '"') out += "\"\"";
    else if (c == '\x1A' && marks.is_mark(cell, i)) out += "\xEF\xBF\xBD";
    else out.push_back(c);
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
  if (!first_) out_.push_back(',');
  first_ = false;
  append_number(static_cast<std::uint64_t>(n), out_);
  return *this;
}

}  // namespace sayso::output
