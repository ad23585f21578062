// A minimal streaming JSON writer: appends to a std::string, no allocation
// beyond the output, keys in the order written. Strings must be UTF-8; the
// byte 0x1A (the repair substitute, see sayso/document.hpp) is written as
// U+FFFD when `repaired` is set.
#ifndef SAYSO_OUTPUT_JSON_WRITER_HPP
#define SAYSO_OUTPUT_JSON_WRITER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sayso::output {

// Numbers for JSON and CSV, always in the C locale's form ('.' as the
// decimal point, no grouping) whatever locale the host process set: these go
// through std::to_chars, never printf or iostreams.
// `n` in decimal digits.
void append_number(std::uint64_t n, std::string& out);
// `d` as printf("%.<significant_digits>g") would write it in the C locale.
void append_number(double d, int significant_digits, std::string& out);
// `d` as printf("%.<decimals>f") would write it in the C locale.
void append_fixed(double d, int decimals, std::string& out);

// Appends `s` as a JSON string literal, quotes included.
void append_json_string(std::string_view s, std::string& out, bool repaired = false);

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, bool repaired = false) : out_(out), repaired_(repaired) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::uint64_t n);
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();

 private:
  void separate();
  std::string& out_;
  bool repaired_;
  bool need_comma_ = false;
};

}  // namespace sayso::output

#endif  // SAYSO_OUTPUT_JSON_WRITER_HPP
