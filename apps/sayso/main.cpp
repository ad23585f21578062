// sayso — the command-line tool.
//
//   sayso extract [OPTIONS] [INPUT ...]
//   sayso rules check DIR
//
// Exit codes: 0 every document processed; 1 at least one document failed
// (an error record was written for it); 2 bad usage, unreadable rules, or
// output that could not be written.
#include <boost/program_options.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "input_reader.hpp"
#include "sayso/sayso.hpp"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitDocumentFailed = 1;
constexpr int kExitUsage = 2;

void print_main_help(std::ostream& out) {
  out << "sayso " << sayso::version_string() << " — who said what, in news text\n\n"
      << "usage:\n"
      << "  sayso extract [OPTIONS] [INPUT ...]   extract sentences (and more) as JSONL or CSV\n"
      << "  sayso rules check DIR                 validate a rules directory\n"
      << "  sayso --version | --help\n\n"
      << "Run 'sayso extract --help' for the options of extract.\n";
}

struct Output {
  std::ofstream file;
  std::ostream* stream = &std::cout;
};

int run_extract(const std::vector<std::string>& args) {
  std::string input_format = "auto";
  std::string output_format = "jsonl";
  std::string what = "sentences";
  std::string line_breaks = "auto";
  std::string output_path;
  sayso::PipelineOptions pipeline_options;
  sayso::cli::InputOptions input_options;
  bool csv_safe = false;
  std::vector<std::string> inputs;

  po::options_description visible(
      "usage: sayso extract [OPTIONS] [INPUT ...]\n\n"
      "INPUT is a file, a directory (every *.txt below it, in path order) or '-'\n"
      "for standard input (the default when no INPUT is given). A .jsonl or\n"
      ".ndjson file holds one document per line; any other file is one document\n"
      "whose id is its path.\n\n"
      "Output is one JSON record per document (JSONL), in input order, with\n"
      "code point offsets (start, end) and UTF-8 byte offsets (byte_start,\n"
      "byte_end). A document that cannot be processed gives an error record\n"
      "{\"id\", \"error\", \"error_code\"}; the others still go through and the exit\n"
      "code is 1.\n\noptions");
  visible.add_options()
      ("help,h", "show this help")
      ("input-format", po::value(&input_format)->default_value("auto"),
       "text | jsonl | auto (by extension: .jsonl/.ndjson are JSONL; stdin is text)")
      ("id-field", po::value(&input_options.id_field)->default_value("id"), "JSONL field holding the document id")
      ("text-field", po::value(&input_options.text_field)->default_value("text"), "JSONL field holding the text")
      ("format,f", po::value(&output_format)->default_value("jsonl"), "output format: jsonl | csv")
      ("what", po::value(&what)->default_value("sentences"), "CSV table to write: sentences")
      ("csv-safe", po::bool_switch(&csv_safe),
       "protect CSV cells that a spreadsheet would run as formulas (= + - @)")
      ("output,o", po::value(&output_path), "write to FILE instead of standard output")
      ("rules", po::value(&pipeline_options.rules_directory),
       "a rules directory that adds to (or, with --rules-replace, replaces) the embedded rules")
      ("rules-replace", po::bool_switch(&pipeline_options.replace_embedded_rules),
       "use the --rules directory alone, without the embedded rules")
      ("repair-utf8", po::bool_switch(&input_options.repair_utf8),
       "repair invalid UTF-8 instead of rejecting the document (each invalid byte counts as one "
       "code point and is shown as U+FFFD)")
      ("line-breaks", po::value(&line_breaks)->default_value("auto"),
       "what a single line break means: auto (joins hard-wrapped lines, keeps short lines apart) | "
       "paragraph (always a paragraph break) | join (never)");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&inputs));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "sayso extract: " << e.what() << "\nRun 'sayso extract --help' for usage.\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << visible << "\n";
    return kExitOk;
  }

  if (input_format == "auto") input_options.format = sayso::cli::InputFormat::automatic;
  else if (input_format == "text") input_options.format = sayso::cli::InputFormat::text;
  else if (input_format == "jsonl") input_options.format = sayso::cli::InputFormat::jsonl;
  else {
    std::cerr << "sayso extract: --input-format must be text, jsonl or auto, not '" << input_format << "'\n";
    return kExitUsage;
  }
  if (output_format != "jsonl" && output_format != "csv") {
    std::cerr << "sayso extract: --format must be jsonl or csv, not '" << output_format << "'\n";
    return kExitUsage;
  }
  sayso::CsvTable table = sayso::CsvTable::sentences;
  if (what != "sentences") {
    std::cerr << "sayso extract: --what must be sentences, not '" << what << "'\n";
    return kExitUsage;
  }
  if (line_breaks == "auto") pipeline_options.line_breaks = sayso::LineBreakPolicy::automatic;
  else if (line_breaks == "paragraph") pipeline_options.line_breaks = sayso::LineBreakPolicy::paragraph;
  else if (line_breaks == "join") pipeline_options.line_breaks = sayso::LineBreakPolicy::join;
  else {
    std::cerr << "sayso extract: --line-breaks must be auto, paragraph or join, not '" << line_breaks << "'\n";
    return kExitUsage;
  }
  if (pipeline_options.replace_embedded_rules && pipeline_options.rules_directory.empty()) {
    std::cerr << "sayso extract: --rules-replace needs --rules DIR\n";
    return kExitUsage;
  }
  pipeline_options.invalid_utf8 =
      input_options.repair_utf8 ? sayso::InvalidUtf8Policy::repair : sayso::InvalidUtf8Policy::reject;
  if (inputs.empty()) inputs.push_back("-");

  auto pipeline = sayso::Pipeline::create(pipeline_options);
  if (!pipeline) {
    std::cerr << "sayso extract: " << pipeline.error().to_string() << "\n";
    return kExitUsage;
  }

  Output output;
  if (!output_path.empty() && output_path != "-") {
    output.file.open(output_path, std::ios::binary | std::ios::trunc);
    if (!output.file) {
      std::cerr << "sayso extract: cannot write '" << output_path << "'\n";
      return kExitUsage;
    }
    output.stream = &output.file;
  }

  const bool csv = output_format == "csv";
  sayso::CsvOptions csv_options;
  csv_options.spreadsheet_safe = csv_safe;
  std::string buffer;
  if (csv) sayso::append_csv_header(table, buffer);

  sayso::cli::InputReader reader(inputs, input_options);
  sayso::cli::InputDocument doc;
  std::size_t failed = 0;
  while (reader.next(doc)) {
    if (doc.error) {
      ++failed;
      const sayso::Error error(sayso::ErrorCode::io, *doc.error);
      if (csv) sayso::append_csv_error_row(doc.id, error, table, csv_options, buffer);
      else sayso::append_json_error_record(doc.id, error, buffer);
      if (!csv) buffer.push_back('\n');
      std::cerr << "sayso extract: " << doc.id << ": " << *doc.error << "\n";
    } else {
      auto result = pipeline.value().extract(doc.text, doc.id);
      if (!result) {
        ++failed;
        if (csv) sayso::append_csv_error_row(doc.id, result.error(), table, csv_options, buffer);
        else sayso::append_json_error_record(doc.id, result.error(), buffer);
        if (!csv) buffer.push_back('\n');
        std::cerr << "sayso extract: " << doc.id << ": " << result.error().to_string() << "\n";
      } else {
        if (csv) {
          sayso::append_csv_rows(result.value(), table, csv_options, buffer);
        } else {
          sayso::append_json_record(result.value(), buffer);
          buffer.push_back('\n');
        }
      }
    }
    if (buffer.size() >= (1u << 16)) {
      output.stream->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  output.stream->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  output.stream->flush();
  if (!*output.stream) {
    std::cerr << "sayso extract: writing the output failed\n";
    return kExitUsage;
  }
  return failed ? kExitDocumentFailed : kExitOk;
}

int run_rules(const std::vector<std::string>& args) {
  if (args.size() == 2 && args[0] == "check") {
    sayso::PipelineOptions options;
    options.rules_directory = args[1];
    auto pipeline = sayso::Pipeline::create(options);
    if (!pipeline) {
      std::cerr << pipeline.error().to_string() << "\n";
      return kExitDocumentFailed;
    }
    std::cout << args[1] << ": ok\n";
    return kExitOk;
  }
  std::cerr << "usage: sayso rules check DIR\n";
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_main_help(std::cerr);
    return kExitUsage;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    if (command == "--version" || command == "-V" || command == "version") {
      std::cout << "sayso " << sayso::version_string() << "\n";
      return kExitOk;
    }
    if (command == "--help" || command == "-h" || command == "help") {
      print_main_help(std::cout);
      return kExitOk;
    }
    if (command == "extract") return run_extract(args);
    if (command == "rules") return run_rules(args);
  } catch (const std::exception& e) {
    std::cerr << "sayso: internal error: " << e.what() << "\n";
    return kExitUsage;
  }
  std::cerr << "sayso: unknown command '" << command << "'\n";
  print_main_help(std::cerr);
  return kExitUsage;
}
