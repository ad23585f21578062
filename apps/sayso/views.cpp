// Options and sinks of the views (views.hpp).
#include "views.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "corpus_stats.hpp"
#include "html_view.hpp"
#include "show_view.hpp"
#include "table_directory.hpp"

namespace po = boost::program_options;

namespace sayso::cli {
namespace {

bool ends_with(const std::string& s, const char* suffix) {
  const std::string t(suffix);
  if (s.size() < t.size()) return false;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - t.size() + i])) != t[i]) return false;
  return true;
}

std::string inferred_format(Command command, const std::string& path) {
  if (ends_with(path, ".csv")) return "csv";
  if (ends_with(path, ".html") || ends_with(path, ".htm")) return "html";
  if (command == Command::stats) {
    if (ends_with(path, ".json")) return "json";
    return "table";
  }
  return "jsonl";
}

std::size_t terminal_width() {
  struct winsize size {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

StatsOptions stats_options(const ViewOptions& view, const std::string& format, const CsvOptions& csv) {
  StatsOptions options;
  options.format = format == "json"   ? StatsFormat::json
                   : format == "csv"  ? StatsFormat::csv
                   : format == "html" ? StatsFormat::html
                                      : StatsFormat::table;
  options.top = static_cast<std::size_t>(view.top);
  options.csv = csv;
  options.byte_order_mark = view.byte_order_mark;
  return options;
}

ShowOptions show_options(const ViewOptions& view, bool out_is_terminal) {
  ShowOptions options;
  const char* no_colour = std::getenv("NO_COLOR");
  options.colour = view.colour == "always" ||
                   (view.colour == "auto" && out_is_terminal && (no_colour == nullptr || *no_colour == '\0'));
  options.width = view.width > 0 ? static_cast<std::size_t>(view.width) : out_is_terminal ? terminal_width() : 80;
  return options;
}

}  // namespace

const char* view_usage(Command command) {
  switch (command) {
    case Command::show:
      return "usage: sayso show [OPTIONS] [INPUT ...]\n\n"
             "Shows who said what in each document, for reading at a terminal: its quotes\n"
             "in text order as 'Speaker \u25B8 quote  (kind, sieve, confidence, cue: said)' ('?'\n"
             "when no speaker was found, with --keep-unattributed), then its entities by\n"
             "type with their mention counts and KB ids. Speakers are coloured on a\n"
             "terminal (not when NO_COLOR is set or the output is not a terminal).\n"
             "Takes the inputs and options of extract (below), plus --width and --color;\n"
             "with --from-records it reads the JSONL records 'sayso extract' wrote.\n\n";
    case Command::stats:
      return "usage: sayso stats [OPTIONS] [INPUT ...]\n"
             "       sayso stats --from-records [OPTIONS] [RECORDS.jsonl ...]\n\n"
             "A corpus at a glance: documents, quotes by kind and the share attributed,\n"
             "the top speakers (with gender and KB id), quotes by speaker gender, the\n"
             "most-mentioned entities of each type, the sieves used, and errors. Reads\n"
             "documents (the inputs and options of extract, below) or, with\n"
             "--from-records, the JSONL that 'sayso extract' wrote. --format table (the\n"
             "default) | json | csv | html (a page with bar charts); --top N.\n\n";
    case Command::extract:
      break;
  }
  return "";
}

void add_view_options(po::options_description& options, ViewOptions& view) {
  options.add_options()
      ("output-dir", po::value(&view.output_dir),
       "extract: write the related CSV tables documents.csv (one row per input document, "
       "failed ones included), quotes.csv, entities.csv, mentions.csv and sentences.csv, keyed "
       "by doc_id, to DIR in one pass")
      ("bom", po::bool_switch(&view.byte_order_mark),
       "start CSV output with the UTF-8 byte-order mark that Excel wants")
      ("width", po::value(&view.width), "show: wrap at N columns (default: the terminal's width, else 80)")
      ("color", po::value(&view.colour)->default_value("auto"),
       "show: auto (colour on a terminal unless NO_COLOR is set) | always | never")
      ("top", po::value(&view.top)->default_value(10), "stats: how many speakers, and entities per type, to list")
      ("from-records", po::bool_switch(&view.from_records),
       "show, stats: the inputs are the JSONL records 'sayso extract' wrote, not documents");
}

std::string check_view_options(const po::variables_map& vm, const std::string& output_path, ViewOptions& view,
                               std::string& output_format) {
  const bool format_given = vm.count("format") && !vm["format"].defaulted();
  const char* command = view.command == Command::show ? "show" : view.command == Command::stats ? "stats" : "extract";
  const auto only = [&](const char* option, Command for_command, const char* name) -> std::string {
    if (vm.count(option) && !vm[option].defaulted() && view.command != for_command)
      return std::string("--") + option + " is an option of 'sayso " + name + "', not of 'sayso " + command + "'";
    return std::string();
  };
  for (const std::string& problem :
       {only("output-dir", Command::extract, "extract"), only("width", Command::show, "show"),
        only("color", Command::show, "show"), only("top", Command::stats, "stats")})
    if (!problem.empty()) return problem;
  if (view.from_records && view.command == Command::extract)
    return "--from-records is an option of 'sayso show' and 'sayso stats', not of 'sayso extract'";
  if (view.colour != "auto" && view.colour != "always" && view.colour != "never")
    return "--color must be auto, always or never, not '" + view.colour + "'";
  if (vm.count("width") && view.width < 20) return "--width must be 20 or more";
  if (view.top < 1) return "--top must be 1 or more";

  if (!format_given) {
    if (view.command == Command::stats) output_format = "table";
    if (!output_path.empty() && output_path != "-" && view.command != Command::show)
      output_format = inferred_format(view.command, output_path);
  }
  switch (view.command) {
    case Command::show:
      if (format_given) return "show writes a view for reading; use 'sayso extract --format ...' for records";
      if (view.byte_order_mark) return "--bom applies to CSV output, which show does not write";
      break;
    case Command::stats:
      if (output_format != "table" && output_format != "json" && output_format != "csv" && output_format != "html")
        return "stats: --format must be table, json, csv or html, not '" + output_format + "'";
      if (view.byte_order_mark && output_format != "csv") return "--bom applies to CSV output: add --format csv";
      break;
    case Command::extract:
      if (!view.output_dir.empty()) {
        if (format_given || !output_path.empty())
          return "--output-dir writes its own tables: leave out --format and --output";
        break;
      }
      if (output_format != "jsonl" && output_format != "csv" && output_format != "html")
        return "--format must be jsonl, csv or html, not '" + output_format + "'";
      if (view.byte_order_mark && output_format != "csv") return "--bom applies to CSV output: add --format csv";
      break;
  }
  return std::string();
}

Result<std::unique_ptr<DocumentSink>> make_view_sink(const ViewOptions& view, const std::string& output_format,
                                                     const CsvOptions& csv, std::ostream& out,
                                                     bool out_is_terminal) {
  switch (view.command) {
    case Command::show:
      return make_show_sink(out, show_options(view, out_is_terminal));
    case Command::stats:
      return make_stats_sink(out, stats_options(view, output_format, csv));
    case Command::extract:
      break;
  }
  if (!view.output_dir.empty()) {
    TableDirectoryOptions options;
    options.csv = csv;
    options.byte_order_mark = view.byte_order_mark;
    return make_table_directory_sink(view.output_dir, options);
  }
  return make_html_sink(out, "Who said what");
}

int run_on_records(const ViewOptions& view, const std::string& output_format, const CsvOptions& csv,
                   const std::vector<std::string>& inputs, const std::string& output_path) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!output_path.empty() && output_path != "-") {
    file.open(output_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "sayso: cannot write '" << output_path << "'\n";
      return 2;
    }
    out = &file;
  }
  bool read = true;
  bool any_failed = false;
  if (view.command == Command::show) {
    const ShowOptions options = show_options(view, out == &std::cout && ::isatty(STDOUT_FILENO));
    std::size_t documents = 0;
    read = read_records(
        inputs,
        [&](const RecordView& record) {
          std::string text;
          if (documents++ > 0) text += '\n';
          append_show(record, options, text);
          out->write(text.data(), static_cast<std::streamsize>(text.size()));
          any_failed = any_failed || record.failed();
        },
        std::cerr);
  } else {
    CorpusStats stats;
    read = read_records(
        inputs,
        [&](const RecordView& record) {
          stats.add(record);
          any_failed = any_failed || record.failed();
        },
        std::cerr);
    std::string report;
    stats.append_report(stats_options(view, output_format, csv), report);
    out->write(report.data(), static_cast<std::streamsize>(report.size()));
  }
  out->flush();
  if (!*out) {
    std::cerr << "sayso: writing the output failed\n";
    return 2;
  }
  return read && !any_failed ? 0 : 1;
}

}  // namespace sayso::cli
