// sayso — the command-line tool.
//
//   sayso extract [OPTIONS] [INPUT ...]
//   sayso show [OPTIONS] [INPUT ...]     (views.hpp: show, stats, --format html,
//   sayso stats [OPTIONS] [INPUT ...]     --output-dir share extract's run)
//   sayso rules check DIR
//
// Exit codes: 0 every document processed; 1 at least one document failed
// (an error record was written for it); 2 bad usage, unreadable rules, or
// output that could not be written. rules check: 0 clean, 1 any error
// (each printed on standard output), 2 bad usage.
//
// extract runs as a stream: one thread reads documents, --threads workers
// extract them with one shared Pipeline, and the main thread writes the
// records in input order (ordered_parallel.hpp). With several workers the
// reader only splits JSONL lines and each worker reads its line's fields
// (input_reader.hpp, defer_jsonl_fields). At most 2 x threads + 2
// documents are in memory at once, so a JSONL file of any size goes
// through in bounded memory, and the output is the same bytes for any
// thread count. Progress goes to stderr when it is a terminal (progress.hpp).
#include <boost/program_options.hpp>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "input_reader.hpp"
#include "ordered_parallel.hpp"
#include "output_file.hpp"
#include "progress.hpp"
#include "sayso/sayso.hpp"
#include "views.hpp"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitDocumentFailed = 1;
constexpr int kExitUsage = 2;

void print_main_help(std::ostream& out) {
  out << "sayso " << sayso::version_string() << " — who said what, in news text\n\n"
      << "usage:\n"
      << "  sayso extract [OPTIONS] [INPUT ...]   who said what: quotes, speakers, entities and\n"
      << "                                        sentences, as JSONL, CSV or an HTML page\n"
      << "  sayso show [OPTIONS] [INPUT ...]      who said what, for reading at a terminal\n"
      << "  sayso stats [OPTIONS] [INPUT ...]     a corpus at a glance: speakers, gender, entities\n"
      << "  sayso rules check DIR                 report every error in a rules directory\n"
      << "  sayso --version | --help\n\n"
      << "Run 'sayso extract --help' for the options of extract (show and stats take them too;\n"
      << "'sayso show --help' and 'sayso stats --help' add their own).\n";
}

struct Output {
  sayso::cli::OutputFile file;
  std::ostream* stream = &std::cout;
};

// A document read from the inputs, on its way to a worker.
struct Job {
  sayso::cli::InputDocument document;
  std::uint64_t input_bytes = 0;  // input consumed for it (progress)
};

// What a worker made of a document: its output (JSONL line or CSV rows)
// and, for a failed document, the message for standard error.
struct JobResult {
  std::string output;
  std::string message;
  std::string notice;  // from the reader (how an input is read), for standard error
  // What the JSONL line held, when the worker read its fields (a line the
  // reader deferred), for the check that the field names match some line.
  sayso::cli::JsonlCounts jsonl_counts;
  bool failed = false;
  std::uint64_t input_bytes = 0;
  // For a DocumentSink (views.hpp): the document, or (failed) the id, message and error code name.
  std::optional<sayso::Document> document;
  // The document's JSON record is written in pieces, in output order, by the
  // writing thread (a long document: see kStreamedTextBytes), not in `output`.
  bool stream_json = false;
  std::string id;
  std::string error_message;
  std::string error_code;
};

// A document of this much text or more has its JSON record written to the
// output in pieces of kRecordPieceBytes, in input order, by the thread that
// writes the output, instead of whole by its worker: the record (about 6.5
// times the text for news) is then never held whole beside the document.
constexpr std::size_t kStreamedTextBytes = 1u << 20;
constexpr std::size_t kRecordPieceBytes = 1u << 20;

struct Formatter {
  const sayso::Pipeline& pipeline;
  const sayso::cli::InputOptions& input_options;  // to read a JSONL line the reader deferred
  bool csv = false;
  sayso::CsvTable table = sayso::CsvTable::quotes;
  sayso::CsvOptions csv_options;
  bool to_sink = false;  // hand the Document to a DocumentSink instead of formatting it

  void error_record(const std::string& id, const sayso::Error& error, JobResult& result) const {
    result.failed = true;
    result.output.clear();
    if (to_sink) {
      result.id = id;
      result.error_message = error.to_string();
      result.error_code = sayso::error_code_name(error.code());
    } else if (csv) {
      sayso::append_csv_error_row(id, error, table, csv_options, result.output);
    } else {
      sayso::append_json_error_record(id, error, result.output);
      result.output.push_back('\n');
    }
    result.message = "sayso extract: " + id + ": " + error.to_string() + "\n";
  }

  // A document the reader could not read, with the reader's error code.
  void input_error_record(const sayso::cli::InputDocument& doc, JobResult& result) const {
    result.failed = true;
    result.output.clear();
    if (to_sink) {
      result.id = doc.id;
      result.error_message = *doc.error;
      result.error_code = sayso::cli::input_error_name(doc.error_code);
    } else if (csv && table == sayso::CsvTable::documents) {
      sayso::append_csv_document_error_row(doc.id, *doc.error, sayso::cli::input_error_name(doc.error_code),
                                           csv_options, result.output);
    } else if (csv) {
      sayso::append_csv_error_row(doc.id, *doc.error, table, csv_options, result.output);
    } else {
      sayso::append_json_error_record(doc.id, *doc.error, sayso::cli::input_error_name(doc.error_code),
                                      result.output);
      result.output.push_back('\n');
    }
    result.message = "sayso extract: " + doc.id + ": " + *doc.error + "\n";
  }

  // Never throws for a document: a failure becomes its error record, so
  // that the rest of the batch goes through.
  JobResult operator()(Job&& job) const {
    JobResult result;
    result.input_bytes = job.input_bytes;
    result.notice = std::move(job.document.notice);
    const sayso::cli::InputDocument& doc = job.document;
    try {
      sayso::cli::read_deferred_jsonl(job.document, input_options, result.jsonl_counts);
      if (doc.error) {
        input_error_record(doc, result);
        return result;
      }
      // The document takes over the input's buffer: no second copy of a large text.
      auto extracted = pipeline.extract_from(std::move(job.document.text), doc.id);
      job.document.text = std::string();  // free the input before formatting the output
      if (!extracted) {
        error_record(doc.id, extracted.error(), result);
      } else if (to_sink) {
        result.document = std::move(extracted).value();
      } else if (csv) {
        sayso::append_csv_rows(extracted.value(), table, csv_options, result.output);
      } else if (extracted.value().text().size() >= kStreamedTextBytes) {
        result.document = std::move(extracted).value();
        result.stream_json = true;
      } else {
        // The record of a news document is about 6.5 times its text. Room
        // for 8 times at once spares a large record the copies of a growing
        // string (each holds the old and the new buffer at once): the
        // unused room is never written, so it costs address space, not memory.
        result.output.reserve(8 * extracted.value().text().size() + 4096);
        sayso::append_json_record(extracted.value(), result.output);
        result.output.push_back('\n');
      }
    } catch (const std::bad_alloc&) {
      result.output.clear();
      result.message.clear();
      error_record(doc.id, sayso::Error(sayso::ErrorCode::out_of_memory, "out of memory"), result);
    } catch (const std::exception& e) {
      result.output.clear();
      result.message.clear();
      error_record(doc.id, sayso::Error(sayso::ErrorCode::internal, std::string("internal error: ") + e.what()),
                   result);
    }
    return result;
  }
};

std::size_t default_thread_count() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

int run_extract(const std::vector<std::string>& args,
                sayso::cli::Command command = sayso::cli::Command::extract) {
  std::string input_format = "auto";
  std::string output_format = "jsonl";
  std::string what = "quotes";
  std::string line_breaks = "auto";
  std::string output_path;
  sayso::PipelineOptions pipeline_options;
  sayso::cli::InputOptions input_options;
  bool csv_safe = false;
  bool quiet = false;
  long threads = 0;
  double max_seconds_per_document = 60;
  long long max_document_bytes = 0;
  std::vector<std::string> inputs;
  sayso::cli::ViewOptions view;
  view.command = command;

  po::options_description visible(
      "usage: sayso extract [OPTIONS] [INPUT ...]\n\n"
      "INPUT is a file, a directory (every *.txt below it, in path order) or '-'\n"
      "for standard input (the default when no INPUT is given). A .jsonl or\n"
      ".ndjson file holds one document per line; any other file is one document\n"
      "whose id is its path.\n\n"
      "Output is one JSON record per document (JSONL), in input order:\n"
      "  id         the document's id: its path, or the JSONL id field; always UTF-8\n"
      "             (other bytes as U+FFFD, the raw bytes then in id_bytes, hex)\n"
      "  sentences  [{start, end, byte_start, byte_end}]\n"
      "  entities   [{id, type, name, roles, affiliation, gender, gender_evidence, kb,\n"
      "               mentions: [{start, end, byte_start, byte_end, text, rule}]}]\n"
      "             type is PERSON, ORG, GPE, LOC, NORP or DATE; name the fullest form;\n"
      "             roles the titles tied to a person; gender female, male or unknown\n"
      "             (null but for PERSON); affiliation the id of an entity a role names;\n"
      "             kb null or {source, id, ...}\n"
      "  quotes     [{id, kind, start, end, byte_start, byte_end, text, speaker,\n"
      "               speaker_entity, speaker_mention, speaker_span, cue, cue_type,\n"
      "               sieve, confidence, nested_in}]\n"
      "             kind is direct, mixed (a quoted fragment in reported speech) or\n"
      "             indirect (reported speech); speaker the speaker's name, or null\n"
      "             when it cannot be found with confidence; speaker_entity an entity\n"
      "             id; speaker_mention and cue {start, end, byte_start, byte_end,\n"
      "             text} or null; speaker_span [start, end] of speaker_mention;\n"
      "             cue_type speech, belief or evidence (what the cue reports) or\n"
      "             null; sieve the attribution rule and confidence how often it is right;\n"
      "             nested_in the id of the quote this one sits in, or null\n"
      "start and end count Unicode code points, byte_start and byte_end UTF-8\n"
      "bytes; ends are exclusive. With --format csv the output is one table\n"
      "instead (--what): one row per quote, entity or sentence, the same column\n"
      "names, doc_id first.\n\n"
      "A document that cannot be processed gives an error record\n"
      "{\"id\", \"error\", \"error_code\"} (in CSV, a row with the error column\n"
      "set); codes: invalid_utf8, io, bad_json, missing_field, out_of_memory,\n"
      "internal. The others still go through and the exit code is 1. Bad options\n"
      "or rules, an output that is also an input, or an --id-field/--text-field\n"
      "that no JSONL line has give exit code 2.\n\n"
      "Documents are processed in parallel (--threads) and streamed: memory stays\n"
      "bounded whatever the input's size, and the output does not depend on the\n"
      "thread count. When standard error is a terminal, a progress line shows\n"
      "documents, megabytes, speed and (for files) the time left.\n\noptions");
  visible.add_options()
      ("help,h", "show this help")
      ("input-format", po::value(&input_format)->default_value("auto"),
       "text | jsonl | auto (by extension: .jsonl/.ndjson are JSONL; stdin is JSONL when its first "
       "line is a JSON object with the text field, else text)")
      ("id-field", po::value(&input_options.id_field)->default_value("id"), "JSONL field holding the document id")
      ("text-field", po::value(&input_options.text_field)->default_value("text"), "JSONL field holding the text")
      ("format,f", po::value(&output_format)->default_value("jsonl"),
       "output format: jsonl | csv | html (one page: the text with its quotes marked); by default "
       "from the -o file's extension (.jsonl, .csv, .html)")
      ("what", po::value(&what)->default_value("quotes"),
       "the CSV table: quotes (one row per quote) | entities (one row per entity) | sentences "
       "(one row per sentence) | documents (one row per document, with counts) | mentions (one row per "
       "entity mention); --output-dir writes them all")
      ("csv-safe", po::bool_switch(&csv_safe),
       "protect CSV cells that a spreadsheet would run as formulas (= + - @)")
      ("output,o", po::value(&output_path),
       "write to FILE instead of standard output (through a temporary file beside it, renamed at the "
       "end; FILE may not be one of the inputs)")
      ("rules", po::value(&pipeline_options.rules_directory),
       "a rules directory that adds to (or, with --rules-replace, replaces) the embedded rules")
      ("rules-replace", po::bool_switch(&pipeline_options.replace_embedded_rules),
       "use the --rules directory alone, without the embedded rules")
      ("language", po::value(&pipeline_options.language),
       "the language of the text: read the rules of rules/LANG/ (default en; another language comes "
       "with --rules, see rules/README.md)")
      ("kb", po::value(&pipeline_options.knowledge_base),
       "a knowledge base of people and organisations (TSV: id, type, name, aliases, gender, "
       "description; see docs/knowledge-base.md) that PERSON and ORG entities link to")
      ("repair-utf8", po::bool_switch(&input_options.repair_utf8),
       "repair invalid UTF-8 instead of rejecting the document (each invalid byte counts as one "
       "code point and is shown as U+FFFD)")
      ("keep-unattributed", po::bool_switch(&pipeline_options.keep_unattributed_quotes),
       "keep quotations whose speaker cannot be found, with speaker null (by default a whole "
       "statement in quotation marks or a reported clause with no speaker is left out)")
      ("line-breaks", po::value(&line_breaks)->default_value("auto"),
       "what a single line break means: auto (joins hard-wrapped lines, keeps short lines apart) | "
       "paragraph (always a paragraph break) | join (never)")
      ("max-seconds-per-document", po::value(&max_seconds_per_document)->default_value(60, "60"),
       "a document that takes longer (CPU time of its thread) gives an error record with error_code "
       "timeout and the batch goes on; 0: no limit")
      ("max-document-bytes", po::value(&max_document_bytes)->default_value(0, "0: no limit"),
       "a longer document gives an error record with error_code too_large, to cap memory (see "
       "docs/performance.md): a longer text file is refused from its size, unread, and a JSONL line "
       "is read no further than 6 times the limit plus 1 MiB")
      ("threads,j", po::value(&threads)->default_value(0, "0: all cores"),
       "documents processed in parallel; the output is the same for any number, in input order")
      ("quiet,q", po::bool_switch(&quiet),
       "no progress display and no per-document error messages on standard error");
  sayso::cli::add_view_options(visible, view);
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
    std::cout << sayso::cli::view_usage(command) << visible << "\n";
    return kExitOk;
  }
  if (const std::string problem = sayso::cli::check_view_options(vm, output_path, view, output_format);
      !problem.empty()) {
    std::cerr << "sayso: " << problem << "\n";
    return kExitUsage;
  }
  const bool to_sink = view.uses_sink(output_format);

  if (input_format == "auto") input_options.format = sayso::cli::InputFormat::automatic;
  else if (input_format == "text") input_options.format = sayso::cli::InputFormat::text;
  else if (input_format == "jsonl") input_options.format = sayso::cli::InputFormat::jsonl;
  else {
    std::cerr << "sayso extract: --input-format must be text, jsonl or auto, not '" << input_format << "'\n";
    return kExitUsage;
  }
  if (!to_sink && output_format != "jsonl" && output_format != "csv") {
    std::cerr << "sayso extract: --format must be jsonl or csv, not '" << output_format << "'\n";
    return kExitUsage;
  }
  if (output_format != "csv" && !vm["what"].defaulted()) {
    std::cerr << "sayso extract: --what chooses a CSV table: add --format csv (a JSONL record holds "
                 "every layer)\n";
    return kExitUsage;
  }
  sayso::CsvTable table = sayso::CsvTable::quotes;
  if (what == "quotes") table = sayso::CsvTable::quotes;
  else if (what == "entities") table = sayso::CsvTable::entities;
  else if (what == "sentences") table = sayso::CsvTable::sentences;
  else if (what == "documents") table = sayso::CsvTable::documents;
  else if (what == "mentions") table = sayso::CsvTable::mentions;
  else {
    std::cerr << "sayso extract: --what must be quotes, entities, sentences, documents or mentions, not '" << what
              << "'\n";
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
  if (!(max_seconds_per_document >= 0)) {
    std::cerr << "sayso extract: --max-seconds-per-document must be 0 (no limit) or more\n";
    return kExitUsage;
  }
  if (max_document_bytes < 0) {
    std::cerr << "sayso extract: --max-document-bytes must be 0 (no limit) or more, not " << max_document_bytes
              << "\n";
    return kExitUsage;
  }
  pipeline_options.max_seconds_per_document = max_seconds_per_document;
  pipeline_options.max_document_bytes = static_cast<std::size_t>(max_document_bytes);
  input_options.max_document_bytes = pipeline_options.max_document_bytes;  // refused before being read whole
  if (inputs.empty()) inputs.push_back("-");
  if (view.from_records)
    return sayso::cli::run_on_records(view, output_format, {csv_safe}, inputs, output_path);
  if (threads < 0) {
    std::cerr << "sayso extract: --threads must be 0 (all cores) or more, not " << threads << "\n";
    return kExitUsage;
  }
  const std::size_t worker_count =
      threads == 0 ? default_thread_count() : std::min<std::size_t>(static_cast<std::size_t>(threads), 1024);

  auto pipeline = sayso::Pipeline::create(pipeline_options);
  if (!pipeline) {
    std::cerr << "sayso extract: " << pipeline.error().to_string() << "\n";
    return kExitUsage;
  }

  // The output file must not be an input: writing it would destroy the input
  // before it is read. One listed in a directory is left out instead.
  // (Devices are not files to protect: -o /dev/stdout may share a terminal
  // with standard input.)
  const bool to_file = !output_path.empty() && output_path != "-";
  struct stat output_stat {};
  if (to_file && ::stat(output_path.c_str(), &output_stat) == 0 && S_ISREG(output_stat.st_mode)) {
    if (const auto output_id = sayso::cli::identify_file(output_path)) {
      for (const std::string& input : inputs) {
        std::error_code ec;
        if ((input == "-" || !std::filesystem::is_directory(input, ec)) &&
            sayso::cli::identify_file(input) == output_id) {
          std::cerr << "sayso extract: the output '" << output_path << "' is also an input"
                    << (input == "-" ? " (standard input)" : input == output_path ? "" : " ('" + input + "')")
                    << "; nothing was written (choose another --output)\n";
          return kExitUsage;
        }
      }
      input_options.exclude = output_id;
    }
  }
  const bool explicit_id_field = !vm["id-field"].defaulted();

  Output output;
  if (to_file) {
    if (const auto problem = output.file.open(output_path)) {
      std::cerr << "sayso extract: " << *problem << "\n";
      return kExitUsage;
    }
    output.stream = &output.file.stream();
  }

  Formatter formatter{pipeline.value(), input_options, false, table, {}};
  formatter.csv = output_format == "csv";
  formatter.table = table;
  formatter.csv_options.spreadsheet_safe = csv_safe;
  formatter.to_sink = to_sink;
  std::unique_ptr<sayso::cli::DocumentSink> sink;
  if (to_sink) {
    auto made = sayso::cli::make_view_sink(view, output_format, formatter.csv_options, *output.stream,
                                           output.stream == &std::cout && ::isatty(STDOUT_FILENO));
    if (!made) {
      std::cerr << "sayso: " << made.error().to_string() << "\n";
      return kExitUsage;
    }
    sink = std::move(made).value();
  }
  std::string buffer;
  if (formatter.csv && !to_sink) {
    if (view.byte_order_mark) buffer += sayso::kUtf8ByteOrderMark;
    sayso::append_csv_header(table, buffer);
  }

  // Reader -> workers -> this thread, in input order; at most a few
  // documents per thread are in memory at once, whatever the input's size.
  sayso::cli::InputReader reader(inputs, input_options);
  // With several workers, every core runs one and the reader's work is the
  // part no other thread shares: it only splits the JSONL lines, and the
  // workers read their fields. With one, the reader runs beside it, on a
  // core of its own, and reads them itself.
  reader.defer_jsonl_fields(worker_count > 1);
  for (const std::string& warning : reader.warnings()) std::cerr << "sayso extract: warning: " << warning << "\n";
  const bool show_on_terminal = command == sayso::cli::Command::show && ::isatty(STDOUT_FILENO);
  sayso::cli::Progress progress(!quiet && !show_on_terminal && ::isatty(STDERR_FILENO), reader.total_bytes());
  std::uint64_t bytes_before = 0;
  sayso::cli::JsonlCounts counts_of_deferred_lines;
  std::size_t failed = 0;
  bool write_failed = false;
  auto produce = [&](Job& job) {
    if (!reader.next(job.document)) return false;
    job.input_bytes = reader.bytes_read() - bytes_before;
    bytes_before = reader.bytes_read();
    return true;
  };
  auto consume = [&](JobResult&& result) {
    if (!result.notice.empty() && !quiet) {
      progress.clear();
      std::cerr << result.notice << "\n" << std::flush;
    }
    if (result.failed) {
      ++failed;
      if (!quiet) {
        progress.clear();
        std::cerr << result.message << std::flush;
      }
    }
    if (sink && result.document) sink->add(*result.document);
    else if (sink && result.failed) sink->add_error(result.id, result.error_message, result.error_code);
    if (result.stream_json && result.document) {
      output.stream->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));  // what comes before it
      buffer.clear();
      std::string piece;
      auto write_piece = [&](std::string& p) { output.stream->write(p.data(), static_cast<std::streamsize>(p.size())); };
      sayso::append_json_record(*result.document, piece, write_piece, kRecordPieceBytes);
      piece.push_back('\n');
      write_piece(piece);
      result.document.reset();
    } else if (buffer.empty() && result.output.size() >= (1u << 16)) {
      output.stream->write(result.output.data(), static_cast<std::streamsize>(result.output.size()));
    } else {
      buffer += result.output;
      if (buffer.size() >= (1u << 16)) {
        output.stream->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
      }
    }
    sayso::cli::add_counts(counts_of_deferred_lines, result.jsonl_counts);
    progress.add(result.input_bytes);
    progress.draw();
    if (!*output.stream) {
      write_failed = true;
      return false;
    }
    return true;
  };
  sayso::cli::run_ordered<Job, JobResult>(worker_count, 2 * worker_count + 2, produce, formatter, consume,
                                           [&] { progress.draw(); });
  progress.finish();
  progress.summary(failed);
  if (write_failed) {
    std::cerr << "sayso extract: writing the output failed\n";
    return kExitUsage;
  }
  if (sink && !sink->finish()) {
    std::cerr << "sayso: " << sink->error() << "\n";
    return kExitUsage;
  }
  output.stream->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  output.stream->flush();
  if (!*output.stream) {
    std::cerr << "sayso extract: writing the output failed\n";
    return kExitUsage;
  }
  // Field names that match no line are a mistake, not a batch of failures:
  // an --output file is then left as it was.
  sayso::cli::JsonlCounts counts = reader.jsonl_counts();
  sayso::cli::add_counts(counts, counts_of_deferred_lines);
  const std::string first_keys = counts.first_keys.empty() ? "" : " (the first line has: " + counts.first_keys + ")";
  if (counts.objects > 0 && counts.with_text_field == 0) {
    std::cerr << "sayso extract: no JSONL line has the text field '" << input_options.text_field
              << "'" << first_keys << "; choose it with --text-field\n";
    return kExitUsage;
  }
  if (explicit_id_field && counts.objects > 0 && counts.with_id_field == 0) {
    std::cerr << "sayso extract: no JSONL line has the id field '" << input_options.id_field << "'"
              << first_keys << "; choose it with --id-field\n";
    return kExitUsage;
  }
  if (to_file) {
    if (const auto problem = output.file.commit()) {
      std::cerr << "sayso extract: " << *problem << "\n";
      return kExitUsage;
    }
  }
  return failed ? kExitDocumentFailed : kExitOk;
}

void print_rules_help(std::ostream& out) {
  out << "usage: sayso rules check DIR\n\n"
         "Checks a rules directory (laid out like the embedded rules: en/, common/;\n"
         "see rules/README.md) and prints every error as file:line:column: what is\n"
         "wrong, one per line, then a summary; the exit code is 1 when there is any\n"
         "error.\n\n"
         "First every *.tsv file below DIR is checked against the format all rule\n"
         "files share (UTF-8, a header line naming the columns, rows with at most\n"
         "as many tab-separated cells as the header) and against the columns its\n"
         "file declares in common/columns.tsv (required columns and cells, values\n"
         "of typed columns), and every wrong line is reported. A file whose name\n"
         "matches no rule file (nothing would read it) is a warning, with the\n"
         "closest name. When there is no error, the rules are loaded as\n"
         "'sayso extract --rules DIR' would load them (added to the embedded\n"
         "rules), which checks the rest (patterns that compile, the data-format\n"
         "VERSION); loading stops at the first such error.\n";
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// sayso rules check DIR: every error of the line-by-line check, or (when
// there is none) the first error of loading the rules into a pipeline; the
// warnings in any case.
int check_rules(const std::string& directory) {
  auto report = sayso::check_rules(directory);
  if (!report) {
    std::cout << report.error().to_string() << "\n1 error\n";
    return kExitDocumentFailed;
  }
  const sayso::RulesCheckReport& r = report.value();
  for (const sayso::Error& warning : r.warnings) std::cout << "warning: " << warning.to_string() << "\n";
  if (r.errors_from_loading) {
    std::cout << r.errors.front().to_string() << "\n"
              << "1 error (loading the rules stops at the first: fix it and check again)\n";
    return kExitDocumentFailed;
  }
  if (!r.errors.empty()) {
    std::vector<std::string> bad_files;
    for (const sayso::Error& error : r.errors) {
      std::cout << error.to_string() << "\n";
      if (bad_files.empty() || bad_files.back() != error.file()) bad_files.push_back(error.file());
    }
    std::cout << plural(r.errors.size(), "error") << " in " << bad_files.size() << " of "
              << plural(r.files_checked, "file")
              << " (loading the rules is checked once every line is right)\n";
    return kExitDocumentFailed;
  }
  std::cout << directory << ": ok (" << plural(r.files_checked, "rule file");
  if (!r.warnings.empty()) std::cout << ", " << plural(r.warnings.size(), "warning");
  std::cout << ")\n";
  return kExitOk;
}

int run_rules(const std::vector<std::string>& args) {
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    print_rules_help(std::cout);
    return kExitOk;
  }
  if (args.size() == 2 && args[0] == "check") {
    if (args[1] == "--help" || args[1] == "-h") {
      print_rules_help(std::cout);
      return kExitOk;
    }
    return check_rules(args[1]);
  }
  print_rules_help(std::cerr);
  return kExitUsage;
}

// glibc serves a block over its mmap threshold from a mapping of its own,
// given back to the system when freed; but it raises that threshold (up to
// 32 MB) each time such a block is freed. A large document's per-token
// vectors then come from the heap, and the room they leave behind when they
// grow or are freed stays in the process: 10 MB of news peaked at 332 MB
// this way, 253 MB with the threshold fixed at 1 MiB, for the same CPU time
// (docs/performance.md). Setting it also turns the raising off.
void keep_large_blocks_in_their_own_mappings() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  keep_large_blocks_in_their_own_mappings();
  std::ios::sync_with_stdio(false);
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
    if (command == "show") return run_extract(args, sayso::cli::Command::show);
    if (command == "stats") return run_extract(args, sayso::cli::Command::stats);
    if (command == "rules") return run_rules(args);
  } catch (const std::exception& e) {
    std::cerr << "sayso: internal error: " << e.what() << "\n";
    return kExitUsage;
  }
  std::cerr << "sayso: unknown command '" << command << "'\n";
  print_main_help(std::cerr);
  return kExitUsage;
}
