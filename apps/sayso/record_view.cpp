// Reading sayso's JSONL records back (record_view.hpp).
#include "record_view.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "sayso/output.hpp"
#include "sayso/utf8.hpp"

namespace sayso::cli {
namespace {

using nlohmann::json;

std::string string_or_empty(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::string();
  return it->get<std::string>();
}

std::size_t offset_or_zero(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number_unsigned()) return 0;
  return it->get<std::size_t>();
}

SpanView span_of(const json& value) {
  SpanView span;
  if (!value.is_object()) return span;
  span.start = offset_or_zero(value, "start");
  span.end = offset_or_zero(value, "end");
  span.text = string_or_empty(value, "text");
  span.present = span.end >= span.start && value.contains("start");
  return span;
}

const json& array_at(const json& object, const char* key) {
  static const json empty = json::array();
  const auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : empty;
}

RecordView view_of(const json& record) {
  RecordView view;
  view.id = string_or_empty(record, "id");
  view.error = string_or_empty(record, "error");
  view.error_code = string_or_empty(record, "error_code");
  if (view.failed() && view.error_code.empty()) view.error_code = "error";
  for (const json& s : array_at(record, "sentences")) view.sentences.push_back(span_of(s));
  for (const json& e : array_at(record, "entities")) {
    EntityView entity;
    entity.id = string_or_empty(e, "id");
    entity.type = string_or_empty(e, "type");
    entity.name = string_or_empty(e, "name");
    entity.gender = string_or_empty(e, "gender");
    const auto kb = e.find("kb");
    if (kb != e.end() && kb->is_object()) {
      entity.kb_source = string_or_empty(*kb, "source");
      entity.kb_id = string_or_empty(*kb, "id");
    }
    for (const json& m : array_at(e, "mentions")) entity.mentions.push_back(span_of(m));
    view.entities.push_back(std::move(entity));
  }
  for (const json& q : array_at(record, "quotes")) {
    QuoteView quote;
    quote.id = string_or_empty(q, "id");
    quote.kind = string_or_empty(q, "kind");
    quote.span = span_of(q);
    quote.speaker = string_or_empty(q, "speaker");
    quote.speaker_entity = string_or_empty(q, "speaker_entity");
    if (const auto it = q.find("speaker_mention"); it != q.end()) quote.speaker_mention = span_of(*it);
    if (const auto it = q.find("cue"); it != q.end()) quote.cue = span_of(*it);
    quote.sieve = string_or_empty(q, "sieve");
    if (const auto it = q.find("confidence"); it != q.end() && it->is_number()) quote.confidence = it->get<double>();
    quote.nested_in = string_or_empty(q, "nested_in");
    view.quotes.push_back(std::move(quote));
  }
  return view;
}

}  // namespace

Result<RecordView> parse_record(std::string_view json_line, const std::string& where) {
  json record = json::parse(json_line.begin(), json_line.end(), nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return Error(ErrorCode::invalid_argument, where + ": not a JSON line");
  if (!record.is_object() || !record.contains("id"))
    return Error(ErrorCode::invalid_argument, where + ": not a sayso record (no \"id\")");
  if (!record.contains("error") && !(record.contains("quotes") && record["quotes"].is_array()))
    return Error(ErrorCode::invalid_argument,
                 where + ": not a sayso record (neither \"quotes\" nor \"error\"); did you mean to "
                         "read documents, without --from-records?");
  return view_of(record);
}

RecordView record_of(const Document& document) {
  std::string line;
  append_json_record(document, line);
  json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded())  // a bug in the JSON writer: the view says so instead of ending the run
    return error_record_of(document.id(), "internal error: the record is not JSON", error_code_name(ErrorCode::internal));
  return view_of(record);
}

RecordView error_record_of(std::string_view id, std::string_view message, std::string_view error_code) {
  RecordView view;
  view.id = std::string(id);
  view.error = std::string(message);
  view.error_code = error_code.empty() ? std::string("error") : std::string(error_code);
  return view;
}

SpeakerOrder::SpeakerOrder(const RecordView& record) {
  for (const QuoteView& q : record.quotes) {
    if (q.speaker.empty()) continue;
    const std::string& key = q.speaker_entity.empty() ? q.speaker : q.speaker_entity;
    const auto [it, inserted] = index_.try_emplace(key, keys.size());
    if (inserted) {
      keys.push_back(key);
      names.push_back(q.speaker);
      quote_counts.push_back(1);
    } else {
      ++quote_counts[it->second];
    }
  }
}

std::size_t SpeakerOrder::index_of(const QuoteView& quote) const {
  if (quote.speaker.empty()) return npos;
  const auto it = index_.find(quote.speaker_entity.empty() ? quote.speaker : quote.speaker_entity);
  return it == index_.end() ? npos : it->second;
}

CodePointIndex::CodePointIndex(std::string_view text, std::vector<std::size_t> offsets)
    : code_points_(std::move(offsets)) {
  std::sort(code_points_.begin(), code_points_.end());
  code_points_.erase(std::unique(code_points_.begin(), code_points_.end()), code_points_.end());
  bytes_.reserve(code_points_.size());
  std::size_t byte = 0;
  std::size_t code_point = 0;
  for (const std::size_t wanted : code_points_) {
    while (code_point < wanted && byte < text.size()) {
      const std::size_t length = sayso::utf8_sequence_length(text, byte);
      byte += length == 0 ? 1 : length;
      ++code_point;
    }
    bytes_.push_back(byte);
  }
}

std::size_t CodePointIndex::byte_offset(std::size_t code_point_offset) const {
  const auto it = std::lower_bound(code_points_.begin(), code_points_.end(), code_point_offset);
  if (it == code_points_.end() || *it != code_point_offset)
    throw std::logic_error("CodePointIndex: offset " + std::to_string(code_point_offset) + " was not indexed");
  return bytes_[static_cast<std::size_t>(it - code_points_.begin())];
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = sayso::utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char32_t c = sayso::utf8_code_point_at(text, i);
    if (c == '\n' || c == '\r' || c == '\t') out.push_back(' ');
    else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) out += "\xEF\xBF\xBD";
    else out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

}  // namespace sayso::cli
