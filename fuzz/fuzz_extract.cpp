// libFuzzer target: the whole pipeline on arbitrary bytes, with UTF-8 repair,
// and the JSON record of the result. Checks the invariants every record
// promises: spans inside the text and on code point boundaries, code point
// offsets that agree with byte offsets (in the Document and in the JSON
// record), sentences in order, quote spans ordered by their start, a record
// that parses as JSON, and a bounded CPU time per KB (fuzz_checks.hpp).
//
//   tools/fuzz.sh [seconds]     (builds with clang, -fsanitize=fuzzer,address,undefined)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_checks.hpp"
#include "sayso/sayso.hpp"

namespace {

using sayso::fuzz::require;

const sayso::Pipeline& pipeline() {
  static const sayso::Pipeline p = [] {
    sayso::PipelineOptions options;
    options.invalid_utf8 = sayso::InvalidUtf8Policy::repair;
    options.keep_unattributed_quotes = true;
    auto created = sayso::Pipeline::create(options);
    require(created.ok(), "the default pipeline is created");
    return std::move(created).value();
  }();
  return p;
}

void check_span(const sayso::Document& doc, const sayso::fuzz::CodePointReference& reference,
                sayso::ByteSpan span, const char* what) {
  require(span.begin <= span.end && span.end <= doc.text().size(), what);
  reference.check_span(span.begin, span.end, doc.code_point_offset(span.begin),
                       doc.code_point_offset(span.end), what);
  require(doc.byte_offset(reference.code_point_offset(span.begin)) == span.begin, what);
  require(doc.byte_offset(reference.code_point_offset(span.end)) == span.end, what);
}

// Every object of the record with byte offsets also has code point offsets
// that agree with them.
void check_record_spans(const nlohmann::json& j, const sayso::fuzz::CodePointReference& reference) {
  if (j.is_object()) {
    const auto byte_start = j.find("byte_start");
    if (byte_start != j.end()) {
      require(byte_start->is_number_unsigned() && j.contains("byte_end") && j.contains("start") &&
                  j.contains("end"),
              "a record span has all four offsets");
      reference.check_span(j["byte_start"].get<std::size_t>(), j["byte_end"].get<std::size_t>(),
                           j["start"].get<std::size_t>(), j["end"].get<std::size_t>(),
                           "a record span's code point offsets agree with its byte offsets");
    }
    for (const auto& item : j.items()) check_record_spans(item.value(), reference);
  } else if (j.is_array()) {
    for (const auto& item : j) check_record_spans(item, reference);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const sayso::Pipeline& p = pipeline();
  const auto started = sayso::fuzz::thread_cpu_time();
  auto result = p.extract(text, "fuzz");
  const auto took = sayso::fuzz::thread_cpu_time() - started;
  require(took <= sayso::fuzz::time_allowed(size), "the document took more than 200 ms + 50 ms per KB of CPU");
  require(result.ok(), "extract succeeds under UTF-8 repair");
  const sayso::Document& doc = result.value();
  require(doc.text().size() == size, "the document's text has the input's length");
  const sayso::fuzz::CodePointReference reference(doc.text());
  require(doc.code_point_count() == reference.code_point_offset(size), "the code point count");

  std::size_t previous_end = 0;
  for (const auto& s : doc.sentences()) {
    check_span(doc, reference, s.span, "a sentence span");
    require(s.span.begin >= previous_end && s.span.begin < s.span.end, "sentences are ordered and not empty");
    previous_end = s.span.end;
  }
  for (const auto& m : doc.mentions()) {
    check_span(doc, reference, m.span, "a mention span");
    require(m.span.begin < m.span.end, "a mention is not empty");
  }
  for (const auto& r : doc.roles()) check_span(doc, reference, r.span, "a role span");
  std::size_t previous_start = 0;
  for (const auto& q : doc.quotes()) {
    check_span(doc, reference, q.span, "a quote span");
    check_span(doc, reference, q.cue, "a cue span");
    check_span(doc, reference, q.speaker_mention, "a speaker mention span");
    require(q.span.begin < q.span.end && q.span.begin >= previous_start, "quotes are ordered and not empty");
    require(q.nested_in == sayso::kNone || q.nested_in < doc.quotes().size(), "nested_in is an index");
    require(q.speaker_entity == sayso::kNone || q.speaker_entity < doc.entities().size(),
            "speaker_entity is an index");
    previous_start = q.span.begin;
  }
  for (const auto& e : doc.entities()) {
    for (const std::size_t m : e.mentions) require(m < doc.mentions().size(), "an entity's mention is an index");
  }

  std::string json;
  sayso::append_json_record(doc, json);
  require(!json.empty() && json.front() == '{' && json.back() == '}', "the record is one object");
  const nlohmann::json record = nlohmann::json::parse(json, nullptr, false);
  require(!record.is_discarded(), "the record parses as JSON (and so is valid UTF-8)");
  check_record_spans(record, reference);
  return 0;
}
