// libFuzzer target: the whole pipeline on arbitrary bytes, with UTF-8 repair,
// and the JSON record of the result. Checks the invariants every record
// promises: spans inside the text, sentences in order, quote spans ordered
// by their start.
//
//   tools/fuzz.sh [seconds]     (builds with clang, -fsanitize=fuzzer,address,undefined)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "sayso/sayso.hpp"

namespace {

const sayso::Pipeline& pipeline() {
  static const sayso::Pipeline p = [] {
    sayso::PipelineOptions options;
    options.invalid_utf8 = sayso::InvalidUtf8Policy::repair;
    options.keep_unattributed_quotes = true;
    auto created = sayso::Pipeline::create(options);
    if (!created) std::abort();
    return std::move(created).value();
  }();
  return p;
}

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto result = pipeline().extract(text, "fuzz");
  require(result.ok());
  const sayso::Document& doc = result.value();
  std::size_t previous_end = 0;
  for (const auto& s : doc.sentences()) {
    require(s.span.begin >= previous_end && s.span.begin < s.span.end && s.span.end <= size);
    previous_end = s.span.end;
  }
  for (const auto& m : doc.mentions()) require(m.span.end <= size && m.span.begin < m.span.end);
  std::size_t previous_start = 0;
  for (const auto& q : doc.quotes()) {
    require(q.span.end <= size && q.span.begin < q.span.end && q.span.begin >= previous_start);
    previous_start = q.span.begin;
  }
  std::string json;
  sayso::append_json_record(doc, json);
  require(!json.empty() && json.front() == '{' && json.back() == '}');
  return 0;
}
