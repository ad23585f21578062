#include "sayso/status.hpp"

namespace sayso {

const char* error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::invalid_utf8: return "invalid_utf8";
    case ErrorCode::io: return "io";
    case ErrorCode::rule_syntax: return "rule_syntax";
    case ErrorCode::internal: return "internal";
    case ErrorCode::out_of_memory: return "out_of_memory";
    case ErrorCode::too_large: return "too_large";
    case ErrorCode::timeout: return "timeout";
  }
  return "unknown";
}

Error Error::at_location(ErrorCode code, std::string message, std::string file, std::size_t line,
                         std::size_t column) {
  Error e(code, std::move(message));
  e.file_ = std::move(file);
  e.line_ = line;
  e.column_ = column;
  return e;
}

Error Error::at_byte(ErrorCode code, std::string message, std::size_t byte_offset) {
  Error e(code, std::move(message));
  e.byte_offset_ = byte_offset;
  e.has_byte_offset_ = true;
  return e;
}

std::string Error::to_string() const {
  if (file_.empty()) return message_;
  std::string s = file_;
  if (line_ > 0) {
    s += ':' + std::to_string(line_);
    if (column_ > 0) s += ':' + std::to_string(column_);
  }
  return s + ": " + message_;
}

}  // namespace sayso
