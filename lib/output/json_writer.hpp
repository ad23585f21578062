// A minimal streaming JSON writer: appends to a std::string, no allocation
// beyond the output, keys in the order written. Strings must be UTF-8; a
// byte 0x1A that is a repair mark (see sayso/document.hpp) is written as
// U+FFFD, any other as U+001A.
#ifndef SAYSO_OUTPUT_JSON_WRITER_HPP
#define SAYSO_OUTPUT_JSON_WRITER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "sayso/document.hpp"

namespace sayso::output {

// Which bytes 0x1A of the strings written for one Document are repair marks
// (shown as U+FFFD) and which are U+001A characters of the input. A string
// is a slice of the document's text or a copy of one (a name, a role).
class RepairMarks {
 public:
  // No document, or one that was not repaired: no 0x1A is a mark.
  explicit RepairMarks(const Document* document = nullptr)
      : document_(document && document->repaired() ? document : nullptr) {}
  // Every 0x1A is a mark (for text repaired without a Document).
  static RepairMarks all() {
    RepairMarks marks;
    marks.all_ = true;
    return marks;
  }
  // Whether s[i], a byte 0x1A, is a repair mark.
  bool is_mark(std::string_view s, std::size_t i) const noexcept;

 private:
  const Document* document_ = nullptr;
  bool all_ = false;
};

// Numbers for JSON and CSV, always in the C locale's form ('.' as the
// decimal point, no grouping) whatever locale the host process set: these go
// through std::to_chars, never printf or iostreams.
// `n` in decimal digits.
void append_number(std::uint64_t n, std::string& out);
// `d` as printf("%.<significant_digits>g") would write it in the C locale.
void append_number(double d, int significant_digits, std::string& out);
// `d` as printf("%.<decimals>f") would write it in the C locale.
void append_fixed(double d, int decimals, std::string& out);

// Appends `s` as a JSON string literal, quotes included; `repaired`: every
// 0x1A is a repair mark.
void append_json_string(std::string_view s, std::string& out, bool repaired = false);
void append_json_string(std::string_view s, std::string& out, const RepairMarks& marks);

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, RepairMarks marks = RepairMarks()) : out_(out), marks_(marks) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  // key(name).value(n), written in one append.
  JsonWriter& field(std::string_view name, std::uint64_t n);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::uint64_t n);
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();

 private:
  void separate();
  std::string& out_;
  RepairMarks marks_;
  bool need_comma_ = false;
};

}  // namespace sayso::output

#endif  // SAYSO_OUTPUT_JSON_WRITER_HPP
