// `sayso stats`: a corpus at a glance.
//
// CorpusStats counts, over a stream of records (documents processed now, or
// sayso JSONL read back with --from-records): documents and failures, quotes
// by kind and the share attributed, the top speakers by quote count (with
// gender and KB id), quotes by speaker gender, the most-mentioned entities
// of each type, the sieves that attributed quotes, and errors by code.
//
// A speaker is counted across documents by its KB id when it has one, else
// by its name and type. Quotes by gender: female, male and unknown for
// people; "not a person" for organisations, places and groups;
// "unattributed" for quotes with no speaker. Ties are broken by first
// appearance, so the figures are the same for the same input.
#ifndef SAYSO_APPS_CORPUS_STATS_HPP
#define SAYSO_APPS_CORPUS_STATS_HPP

#include <cstddef>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "document_sink.hpp"
#include "record_view.hpp"
#include "sayso/output.hpp"

namespace sayso::cli {

enum class StatsFormat { table, json, csv, html };

struct StatsOptions {
  StatsFormat format = StatsFormat::table;
  std::size_t top = 10;  // speakers listed, and entities per type
  CsvOptions csv;        // --csv-safe
  bool byte_order_mark = false;
};

class CorpusStats {
 public:
  void add(const RecordView& record);

  // The report in the chosen format (a whole page for html).
  void append_report(const StatsOptions& options, std::string& out) const;

  struct Speaker {
    std::string name, type, gender, kb;
    std::size_t quotes = 0, documents = 0, first_seen = 0;
    std::size_t last_document = static_cast<std::size_t>(-1);
  };
  struct EntityCount {
    std::string name, type, kb;
    std::size_t mentions = 0, documents = 0, first_seen = 0;
    std::size_t last_document = static_cast<std::size_t>(-1);
  };

 private:
  void append_table(const StatsOptions& options, std::string& out) const;
  void append_json(const StatsOptions& options, std::string& out) const;
  void append_csv(const StatsOptions& options, std::string& out) const;
  void append_html(const StatsOptions& options, std::string& out) const;
  std::vector<const Speaker*> top_speakers(std::size_t n) const;
  std::vector<std::string> entity_types() const;
  std::vector<const EntityCount*> top_entities(const std::string& type, std::size_t n) const;
  // (label, count) for the gender rows, in report order.
  std::vector<std::pair<std::string, std::size_t>> gender_rows() const;

  std::size_t documents_ = 0;
  std::size_t failed_ = 0;
  std::size_t quotes_ = 0;
  std::size_t direct_ = 0, mixed_ = 0, indirect_ = 0;
  std::size_t attributed_ = 0;
  std::size_t female_ = 0, male_ = 0, unknown_gender_ = 0, not_a_person_ = 0;
  std::map<std::string, Speaker> speakers_;
  std::map<std::string, EntityCount> entities_;
  std::map<std::string, std::size_t> sieves_;
  std::map<std::string, std::size_t> errors_;
  std::vector<std::pair<std::string, std::string>> error_examples_;  // (id, error), the first few
};

// A DocumentSink that counts each document and writes the report to `out`
// at the end.
std::unique_ptr<DocumentSink> make_stats_sink(std::ostream& out, const StatsOptions& options);

// Reads sayso JSONL records (files, or '-' for standard input) and hands
// each to `use`, in order. A line that is not a record is reported on
// `errors` (file:line) and handed on as an error record (error_code
// "bad_record"). Returns false when an input cannot be opened or a line is
// not a record.
bool read_records(const std::vector<std::string>& inputs, const std::function<void(const RecordView&)>& use,
                  std::ostream& errors);

}  // namespace sayso::cli

#endif  // SAYSO_APPS_CORPUS_STATS_HPP
