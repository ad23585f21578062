// `--output-dir DIR`: the related CSV tables of a run, written in one pass.
//
// DIR/documents.csv  one row per input document, failed ones included
//                    (error_code and error set), with its counts;
// DIR/quotes.csv     one row per quote, with speaker and cue offsets and the
//                    index of its sentence and paragraph;
// DIR/entities.csv, DIR/mentions.csv, DIR/sentences.csv
//                    one row per entity, mention, sentence;
// every table keyed by doc_id (sayso/output.hpp gives the columns). Only
// documents.csv has rows for failed documents, so that each table's row
// count is the number of items in the JSONL records. The directory is
// created when missing; the five files are replaced.
#ifndef SAYSO_APPS_TABLE_DIRECTORY_HPP
#define SAYSO_APPS_TABLE_DIRECTORY_HPP

#include <memory>
#include <string>

#include "document_sink.hpp"
#include "sayso/output.hpp"

namespace sayso::cli {

struct TableDirectoryOptions {
  CsvOptions csv;
  bool byte_order_mark = false;  // start each file with the UTF-8 BOM
};

// The sink, or an error naming the directory or file that cannot be written.
Result<std::unique_ptr<DocumentSink>> make_table_directory_sink(const std::string& directory,
                                                                const TableDirectoryOptions& options);

}  // namespace sayso::cli

#endif  // SAYSO_APPS_TABLE_DIRECTORY_HPP
