// Repair marks and real U+001A characters in one document: the writers tell
// them apart by offset, for slices of the text and for copies of them.
#include <catch2/catch.hpp>

#include <string>

#include "output/json_writer.hpp"
#include "sayso/sayso.hpp"

using namespace sayso;

TEST_CASE("a repaired document tells its repair marks from its U+001A characters", "[output][utf8]") {
  PipelineOptions options;
  options.invalid_utf8 = InvalidUtf8Policy::repair;
  const auto pipeline = Pipeline::create(options).value();
  // Byte 2 is a real U+001A, byte 6 an invalid byte.
  const std::string input = "ab\x1A cd\xFF ef.";
  const auto doc = pipeline.extract(input, "marks").value();
  REQUIRE(doc.repaired());
  CHECK(doc.repair_marks_mixed());
  CHECK_FALSE(doc.is_repair_mark(2));
  CHECK(doc.is_repair_mark(6));
  CHECK_FALSE(doc.is_repair_mark(0));  // not a 0x1A at all

  const output::RepairMarks marks(&doc);
  std::string out;
  output::append_json_string(doc.text(), out, marks);  // a slice of the text
  CHECK(out == "\"ab\\u001a cd\\ufffd ef.\"");
  out.clear();
  const std::string copy(doc.text().substr(1, 7));  // "b\x1A cd\x1A " as a copy (a name, a role)
  output::append_json_string(copy, out, marks);
  CHECK(out == "\"b\\u001a cd\\ufffd \"");
  out.clear();
  output::append_json_string("not from the text \x1A", out, marks);
  CHECK(out == "\"not from the text \\u001a\"");

  // Without a real U+001A in the input every 0x1A is a mark, and no offsets are kept.
  const auto plain = pipeline.extract("ab cd\xFF ef.", "plain").value();
  CHECK_FALSE(plain.repair_marks_mixed());
  CHECK(plain.is_repair_mark(5));
  out.clear();
  output::append_json_string(std::string(plain.text()), out, output::RepairMarks(&plain));
  CHECK(out == "\"ab cd\\ufffd ef.\"");
  // A document that was not repaired has no marks.
  const auto valid = pipeline.extract("ab\x1A cd.", "valid").value();
  CHECK_FALSE(valid.is_repair_mark(2));
}
