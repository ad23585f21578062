#include <catch2/catch.hpp>

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "output/csv_writer.hpp"
#include "output/json_writer.hpp"
#include "sayso/sayso.hpp"

using namespace sayso;

TEST_CASE("JSON strings escape what they must", "[output]") {
  std::string out;
  output::append_json_string(std::string("a\"b\\c\nd\te\x01\x7F", 11), out);
  CHECK(out == "\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\"");
  out.clear();
  output::append_json_string("line\xE2\x80\xA8sep \xC3\xA9", out);
  CHECK(out == "\"line\\u2028sep \xC3\xA9\"");
  out.clear();
  output::append_json_string(std::string("x\0y", 3), out);
  CHECK(out == "\"x\\u0000y\"");
  out.clear();
  output::append_json_string("bad\x1A", out, /*repaired=*/true);
  CHECK(out == "\"bad\\ufffd\"");
}

TEST_CASE("JSON keys and integer fields: plain names in one piece, others escaped", "[output]") {
  std::string out;
  const std::string long_name(50, 'k');
  {
    output::JsonWriter w(out);  // what it wrote is in `out` once it is gone
    w.begin_object();
    w.field("count", 0).field("big", 18446744073709551615ull);
    w.key("say \"hi\"").value(std::uint64_t{7});
    w.field(long_name, 12);
    w.field("tab\there", 3);
    w.key("list").begin_array().value(std::uint64_t{1}).value(std::uint64_t{22}).end_array();
    w.end_object();
  }
  CHECK(out == "{\"count\":0,\"big\":18446744073709551615,\"say \\\"hi\\\"\":7,\"" + long_name +
                   "\":12,\"tab\\there\":3,\"list\":[1,22]}");
}

TEST_CASE("write_decimal writes what std::to_chars writes, at every digit count", "[output]") {
  std::vector<std::uint64_t> numbers = {0, 1, 9, 4294967295ull, 4294967296ull, 18446744073709551615ull};
  std::uint64_t power = 1;
  for (int digits = 1; digits < 20; ++digits) {
    power *= 10;
    for (const std::uint64_t n : {power - 1, power, power + 1, power * 9 / 10 + 7}) numbers.push_back(n);
  }
  for (const std::uint64_t n : numbers) {
    char expected[24];
    const auto size = static_cast<std::size_t>(std::to_chars(expected, expected + sizeof expected, n).ptr - expected);
    char written[24];
    char* end = output::write_decimal(written, n);
    CHECK(std::string(written, static_cast<std::size_t>(end - written)) == std::string(expected, size));
  }
}

TEST_CASE("JSON strings: a byte to escape found at every place of a string's last sixteen", "[output]") {
  for (std::size_t size = 1; size <= 40; ++size) {
    for (std::size_t at = 0; at < size; ++at) {
      std::string s(size, 'w');
      s[at] = '"';
      std::string out;
      output::append_json_string(s, out);
      CHECK(out == "\"" + s.substr(0, at) + "\\\"" + s.substr(at + 1) + "\"");
    }
    std::string out;
    output::append_json_string(std::string(size, 'w'), out);
    CHECK(out == "\"" + std::string(size, 'w') + "\"");  // none to escape
  }
}

TEST_CASE("JSON literals: a plain name copied as it is, any other left to value()", "[output]") {
  const output::JsonLiteral plain("indirect");
  CHECK(plain.plain());
  CHECK_FALSE(output::JsonLiteral("say \"so\"").plain());
  CHECK_FALSE(output::JsonLiteral(std::string(30, 'n')).plain());
  CHECK_FALSE(output::JsonLiteral("tab\there").plain());
  CHECK(output::JsonLiteral("").plain());
  std::string out;
  {
    output::JsonWriter w(out);
    w.begin_array().value(plain).value(output::JsonLiteral("")).value(plain).end_array();
  }
  CHECK(out == "[\"indirect\",\"\",\"indirect\"]");
}

TEST_CASE("JSON writer: a span's four offsets in one piece", "[output]") {
  std::string out;
  {
    output::JsonWriter w(out);
    w.begin_array();
    w.begin_object().span_fields(0, 9, 0, 9).end_object();
    w.begin_object().field("n", 1).span_fields(1234, 98765, 1236, 98771).end_object();
    w.begin_object().span_fields(4294967296ull, 4294967297ull, 4294967296ull, 4294967300ull).end_object();
    w.end_array();
  }
  CHECK(out == "[{\"start\":0,\"end\":9,\"byte_start\":0,\"byte_end\":9},"
               "{\"n\":1,\"start\":1234,\"end\":98765,\"byte_start\":1236,\"byte_end\":98771},"
               "{\"start\":4294967296,\"end\":4294967297,\"byte_start\":4294967296,\"byte_end\":4294967300}]");
}

TEST_CASE("JSON writer: keys made at compile time, room grown past escapes, a record handed on in pieces", "[output]") {
  static constexpr output::JsonKey kCount("count");
  static constexpr output::JsonKey kWords("words");
  std::string out = "kept ";
  {
    output::JsonWriter w(out);
    w.begin_object().field(kCount, 40213).key(kWords).begin_array().value("one").value("two").end_array();
    w.end_object();
  }
  CHECK(out == "kept {\"count\":40213,\"words\":[\"one\",\"two\"]}");

  // Every byte escaped, far past the room the writer adds at a time.
  std::string noisy;
  std::string expected = "\"";
  for (int i = 0; i < 5000; ++i) {
    noisy += "\"\x02\xE2\x80\xA9" "a";
    expected += "\\\"\\u0002\\u2029a";
  }
  expected += "\"";
  out.clear();
  output::append_json_string(noisy, out);
  CHECK(out == expected);

  // sync() gives the string back as written; resume() writes on after the
  // caller emptied it.
  out.clear();
  output::JsonWriter w(out);
  w.begin_array().value(std::uint64_t{5});
  CHECK(w.size() == 2);
  w.sync();
  CHECK(out == "[5");
  out.clear();
  w.resume();
  w.value(std::uint64_t{6}).end_array();
  w.sync();
  CHECK(out == ",6]");
}

TEST_CASE("the JSON record follows the output contract", "[output]") {
  const auto pipeline = Pipeline::create().value();
  const auto doc = pipeline.extract("Caf\xC3\xA9 is open. It is late.", "doc-\"1\"");
  std::string out;
  append_json_record(doc.value(), out);
  CHECK(out ==
        "{\"id\":\"doc-\\\"1\\\"\",\"sentences\":["
        "{\"start\":0,\"end\":13,\"byte_start\":0,\"byte_end\":14},"
        "{\"start\":14,\"end\":25,\"byte_start\":15,\"byte_end\":26}],"
        "\"entities\":[],\"quotes\":[]}");
  out.clear();
  append_json_error_record("doc-2", Error::at_byte(ErrorCode::invalid_utf8, "invalid UTF-8 at byte 5", 5), out);
  CHECK(out == "{\"id\":\"doc-2\",\"error\":\"invalid UTF-8 at byte 5\",\"error_code\":\"invalid_utf8\",\"error_byte\":5}");
}

TEST_CASE("CSV is RFC 4180 and optionally spreadsheet safe", "[output]") {
  std::string out;
  output::append_csv_cell("plain", out, false);
  out += '|';
  output::append_csv_cell("a, \"b\"\nc", out, false);
  out += '|';
  output::append_csv_cell("=SUM(A1)", out, false);
  out += '|';
  output::append_csv_cell("=SUM(A1)", out, true);
  out += '|';
  output::append_csv_cell("-5 and more", out, true);
  CHECK(out == "plain|\"a, \"\"b\"\"\nc\"|=SUM(A1)|\"'=SUM(A1)\"|\"'-5 and more\"");
}

TEST_CASE("a CSV cell scanned in blocks is written as byte by byte", "[output]") {
  // The rule byte by byte: quoted when a byte is , " CR or LF, quotes
  // doubled, a 0x1A that is a mark as U+FFFD.
  const auto reference = [](std::string_view cell, bool marks) {
    std::string s;
    const bool quote = cell.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quote) s += '"';
    for (const char c : cell) {
      if (c == '"') s += "\"\"";
      else if (c == '\x1A' && marks) s += "\xEF\xBF\xBD";
      else s += c;
    }
    if (quote) s += '"';
    return s;
  };
  // An empty cell without data (std::string_view(), as the tables write an
  // absent span): nothing, and no memcpy from a null pointer (UBSan).
  std::string empty = "<";
  output::append_csv_cell(std::string_view(), empty, true);
  CHECK(empty == "<");
  const std::string specials[] = {",", "\"", "\r", "\n", "\x1A", "\xE2\x80\x9C", "x"};
  for (std::size_t length = 0; length <= 40; ++length) {
    for (const auto& special : specials) {
      for (std::size_t at = 0; at <= length; at += (length < 20 ? 1 : 7)) {
        std::string cell(length, 'a');
        cell.insert(at, special);
        if (length % 3 == 0) cell.insert(length / 2, special);  // two of them
        for (const bool marks : {false, true}) {
          std::string out = "<";
          output::append_csv_cell(cell, out, false, marks ? output::RepairMarks::all() : output::RepairMarks());
          CHECK(out == "<" + reference(cell, marks));
        }
      }
    }
  }
}

TEST_CASE("the sentences CSV table has a header and one row per sentence", "[output]") {
  const auto pipeline = Pipeline::create().value();
  const auto doc = pipeline.extract("One, two. Three.", "d");
  std::string out;
  append_csv_header(CsvTable::sentences, out);
  append_csv_rows(doc.value(), CsvTable::sentences, CsvOptions{}, out);
  CHECK(out ==
        "doc_id,index,paragraph,start,end,byte_start,byte_end,text,error\n"
        "d,0,0,0,9,0,9,\"One, two.\",\n"
        "d,1,0,10,16,10,16,Three.,\n");
  out.clear();
  append_csv_error_row("bad", Error(ErrorCode::io, "cannot open file"), CsvTable::sentences, CsvOptions{}, out);
  CHECK(out == "bad,,,,,,,,cannot open file\n");
}

TEST_CASE("JSON record in pieces: the pieces make the whole record", "[output]") {
  const auto pipeline = Pipeline::create().value();
  const auto doc = pipeline.extract(
      "Wenna Drost, the harbour pilot, said: \xE2\x80\x9CThe fog lifts by noon.\xE2\x80\x9D "
      "Drost added that the ferry would wait.\n\nThe Tollan Ferry Company said \xE2\x80\x9Cnothing sails\xE2\x80\x9D today.",
      "pieces");
  REQUIRE(doc);
  std::string whole;
  append_json_record(doc.value(), whole);
  REQUIRE(doc.value().quotes().size() >= 2);
  for (const std::size_t piece_bytes : {std::size_t{1}, std::size_t{64}, std::size_t{1} << 20}) {
    std::string written, out;
    std::size_t pieces = 0;
    append_json_record(doc.value(), out, [&](std::string& piece) {
      written += piece;
      ++pieces;
    }, piece_bytes);
    CHECK(written + out == whole);
    if (piece_bytes == 1) CHECK(pieces >= 5);  // one after each sentence, mention and quote
    if (piece_bytes == (std::size_t{1} << 20)) CHECK(pieces == 0);
  }
}

TEST_CASE("json writer: double_text is what value(double) writes", "[output]") {
  const double numbers[] = {0.85, 0.9, 1.0, 0.0, -0.0, 1.0 / 3.0, 123456.0, 1e-7, 2.5e300,
                            std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};
  for (const double d : numbers) {
    std::string written;
    {
      output::JsonWriter w(written);
      w.value(d);
    }
    char buf[output::JsonWriter::kDoubleTextBytes];
    INFO(written);
    CHECK(std::string(output::JsonWriter::double_text(d, buf)) == written);
  }
  char buf[output::JsonWriter::kDoubleTextBytes];
  CHECK(output::JsonWriter::double_text(1.0 / 3.0, buf) == "0.3333");
  CHECK(output::JsonWriter::double_text(std::numeric_limits<double>::infinity(), buf) == "null");
}

namespace {

// Every span of a JSON record: its code point offsets must be what the
// document's index says of its byte offsets.
void check_record_code_points(const Document& doc) {
  std::string out;
  append_json_record(doc, out);
  const std::string marker = "\"start\":";
  std::size_t spans = 0;
  for (std::size_t at = out.find(marker); at != std::string::npos; at = out.find(marker, at + 1)) {
    unsigned long start = 0, end = 0, byte_start = 0, byte_end = 0;
    REQUIRE(std::sscanf(out.c_str() + at, "\"start\":%lu,\"end\":%lu,\"byte_start\":%lu,\"byte_end\":%lu", &start,
                        &end, &byte_start, &byte_end) == 4);
    CHECK(start == doc.code_point_offset(byte_start));
    CHECK(end == doc.code_point_offset(byte_end));
    ++spans;
  }
  CHECK(spans >= doc.sentences().size() + doc.mentions().size());
}

}  // namespace

TEST_CASE("JSON record: code point offsets of spans asked out of order, far apart, in sparse and dense non-ASCII",
          "[output]") {
  const auto pipeline = Pipeline::create().value();
  std::string filler;
  for (int i = 0; i < 12; ++i) filler += "The orchard grew pears and plums all summer long \xE2\x80\x94 and apples. ";
  // Sparse (fewer than one continuation byte in 16): dashes and curly
  // quotes in mostly ASCII text, one name's mentions far apart with another
  // name's between them, so the record asks back and far on.
  const auto sparse = pipeline.extract("Marta Quellin said: \xE2\x80\x9CThe caf\xC3\xA9 opens late.\xE2\x80\x9D " +
                                           filler + "Tobias Fenwright agreed. " + filler +
                                           "Quellin said the pears were ripe. Fenwright left.",
                                       "sparse");
  REQUIRE(sparse);
  REQUIRE(sparse.value().code_point_count() < sparse.value().text().size());
  check_record_code_points(sparse.value());
  // Dense: most bytes of the text are continuation bytes.
  const auto dense = pipeline.extract(
      "Marta Quellin wrote \xCE\xB1\xCE\xB2\xCE\xB3\xCE\xB4 \xCE\xB5\xCE\xB6\xCE\xB7\xCE\xB8 "
      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E. Quellin left.",
      "dense");
  REQUIRE(dense);
  check_record_code_points(dense.value());
}

namespace {

// JsonWriter::string's escapes, one byte at a time: the reference the
// writer's word-at-a-time copy must match.
std::string escaped_one_byte_at_a_time(const std::string& s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 15];
    else if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("JSON strings: every length up to 40 with a byte to escape at every place matches a byte-at-a-time escape",
          "[output]") {
  // Plain text of each length, then the same with one special byte (or
  // U+2028, or a curly quotation mark whose first byte is 0xE2) put at each
  // place: the sixteen-, eight- and four-byte copies and their tails all meet
  // the special byte at every offset.
  const std::string specials[] = {"\"", "\\", "\n", "\t", std::string(1, '\0'), "\x1F", "\x7F",
                                  "\xE2\x80\xA8", "\xE2\x80\x9C", "\xC3\xA9"};
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string plain;
    for (std::size_t i = 0; i < length; ++i) plain += static_cast<char>('a' + i % 26);
    std::string out;
    output::append_json_string(plain, out);
    REQUIRE(out == escaped_one_byte_at_a_time(plain));
    for (const std::string& special : specials) {
      for (std::size_t at = 0; at <= length; ++at) {
        std::string s = plain;
        s.insert(at, special);
        out = "prefix";
        output::append_json_string(s, out);
        INFO("length " << length << ", special byte " << int(static_cast<unsigned char>(special[0])) << " at " << at);
        REQUIRE(out == "prefix" + escaped_one_byte_at_a_time(s));
      }
    }
  }
  // Two specials side by side and one at each end.
  std::string out;
  const std::string both = "\"\\abcdefghijklmnopqrstuvwxyz\x01\x7F\"";
  output::append_json_string(both, out);
  CHECK(out == escaped_one_byte_at_a_time(both));
}
