// Where `sayso show`, `sayso stats`, `--format html` and `--output-dir`
// send the documents of a run, in input order, on the main thread.
#ifndef SAYSO_APPS_DOCUMENT_SINK_HPP
#define SAYSO_APPS_DOCUMENT_SINK_HPP

#include <string>
#include <string_view>

#include "sayso/document.hpp"
#include "sayso/status.hpp"

namespace sayso::cli {

class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // One call per input document, in input order: add() for a processed one,
  // add_error() for one that failed, with its message and error code name
  // (a library ErrorCode's name, or a reader's code such as "bad_json").
  virtual void add(const Document& document) = 0;
  virtual void add_error(std::string_view id, std::string_view message, std::string_view error_code) = 0;
  // Writes what is left (an index, a summary, the tables' ends). False when
  // writing failed at any point; error() then says what and where.
  virtual bool finish() = 0;
  virtual std::string error() const = 0;
};

}  // namespace sayso::cli

#endif  // SAYSO_APPS_DOCUMENT_SINK_HPP
