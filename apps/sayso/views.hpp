// The options and the choice of view for `sayso show`, `sayso stats`,
// `sayso extract --format html` and `sayso extract --output-dir` (the
// commands share extract's inputs, pipeline options and parallel run;
// main.cpp hands each document to the DocumentSink chosen here).
#ifndef SAYSO_APPS_VIEWS_HPP
#define SAYSO_APPS_VIEWS_HPP

#include <boost/program_options.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "document_sink.hpp"
#include "sayso/output.hpp"

namespace sayso::cli {

enum class Command { extract, show, stats };

struct ViewOptions {
  Command command = Command::extract;
  std::string output_dir;     // extract --output-dir
  bool byte_order_mark = false;  // --bom: CSV output starts with the UTF-8 BOM
  long width = 0;             // show --width; 0: the terminal's, else 80
  std::string colour = "auto";  // show --color auto | always | never
  long top = 10;              // stats --top
  bool from_records = false;  // show, stats --from-records

  // True when documents go to a DocumentSink instead of JSONL/CSV records.
  bool uses_sink(const std::string& output_format) const {
    return command != Command::extract || !output_dir.empty() || output_format == "html";
  }
};

// "sayso show" / "sayso stats" usage lines for the help, before extract's options.
const char* view_usage(Command command);

// Adds the views' options to `options` (each says the command it is for).
void add_view_options(boost::program_options::options_description& options, ViewOptions& view);

// Infers `output_format` from the -o file's extension when --format was not
// given (.jsonl .ndjson .csv .html .htm; stats also .json .txt), and checks
// that the format and every view option suit the command. Returns what is
// wrong (for a usage error), or an empty string.
std::string check_view_options(const boost::program_options::variables_map& vm, const std::string& output_path,
                               ViewOptions& view, std::string& output_format);

// The sink of a run that uses_sink(): writes to `out` (or the table
// directory). `out_is_terminal`: `out` is a terminal (colours, width).
Result<std::unique_ptr<DocumentSink>> make_view_sink(const ViewOptions& view, const std::string& output_format,
                                                     const CsvOptions& csv, std::ostream& out,
                                                     bool out_is_terminal);

// sayso show|stats --from-records: the view of sayso JSONL records, written
// to `output_path` (standard output when empty or '-'). Returns the exit
// code: 0, 1 when a record is an error record or a line is not a record, 2
// when the output cannot be written.
int run_on_records(const ViewOptions& view, const std::string& output_format, const CsvOptions& csv,
                         const std::vector<std::string>& inputs, const std::string& output_path);

}  // namespace sayso::cli

#endif  // SAYSO_APPS_VIEWS_HPP
