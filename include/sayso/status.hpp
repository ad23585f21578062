// sayso/status.hpp — errors and status-or-value results.
//
// Every fallible call in sayso returns a Result<T>: either a value or an
// Error. Nothing throws across the public API for a foreseeable failure
// (bad input, a malformed rule file, a missing directory); exceptions are
// reserved for programming errors such as reading the value of a failed
// Result, and for std::bad_alloc.
//
// ErrorCode values are stable: the C ABI returns them negated, so a code is
// never renumbered or reused.
#ifndef SAYSO_STATUS_HPP
#define SAYSO_STATUS_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace sayso {

enum class ErrorCode : int {
  ok = 0,
  invalid_argument = 1,  // a caller passed something unusable
  invalid_utf8 = 2,      // input text is not UTF-8 (see Error::byte_offset)
  io = 3,                // a file or directory could not be read
  rule_syntax = 4,       // a rule file has a malformed line (file, line, column)
  internal = 5,          // a bug in sayso: please report it
  out_of_memory = 6,
  // 7 and 8 are the C ABI's SAYSO_E_RANGE and SAYSO_E_BUFFER_TOO_SMALL.
  too_large = 9,  // the document is longer than PipelineOptions::max_document_bytes
  timeout = 10,   // the document took longer than PipelineOptions::max_seconds_per_document
};

// Stable lowercase name of a code ("invalid_utf8"), for messages and logs.
const char* error_code_name(ErrorCode code) noexcept;

// An error with enough context to act on. `file`, `line` and `column` are set
// for rule errors (line and column count from 1; 0 means "not applicable");
// `byte_offset` is set for invalid UTF-8 (the first offending byte).
class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Error at_location(ErrorCode code, std::string message, std::string file,
                           std::size_t line, std::size_t column = 0);
  static Error at_byte(ErrorCode code, std::string message, std::size_t byte_offset);

  ErrorCode code() const noexcept { return code_; }
  // The message alone, without the location.
  const std::string& message() const noexcept { return message_; }
  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }
  std::size_t column() const noexcept { return column_; }
  bool has_byte_offset() const noexcept { return has_byte_offset_; }
  std::size_t byte_offset() const noexcept { return byte_offset_; }

  // "file:line:column: message" when a location is known, else the message.
  std::string to_string() const;

 private:
  ErrorCode code_;
  std::string message_;
  std::string file_;
  std::size_t line_ = 0;
  std::size_t column_ = 0;
  std::size_t byte_offset_ = 0;
  bool has_byte_offset_ = false;
};

// Thrown only when a caller reads the value of a failed Result (a bug in the
// caller). Carries the Error.
class BadResultAccess : public std::logic_error {
 public:
  explicit BadResultAccess(const Error& error)
      : std::logic_error("sayso: value() of a failed Result: " + error.to_string()) {}
};

// Either a T or an Error. Check ok() (or operator bool) before value().
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  const T& value() const& {
    if (!ok()) throw BadResultAccess(std::get<1>(state_));
    return std::get<0>(state_);
  }
  T& value() & {
    if (!ok()) throw BadResultAccess(std::get<1>(state_));
    return std::get<0>(state_);
  }
  T&& value() && {
    if (!ok()) throw BadResultAccess(std::get<1>(state_));
    return std::get<0>(std::move(state_));
  }
  // Requires !ok().
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace sayso

#endif  // SAYSO_STATUS_HPP
