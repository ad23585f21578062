// libFuzzer target: the C ABI (include/sayso/sayso.h) as a C caller uses it.
// The first byte chooses the options (repair invalid UTF-8, keep
// unattributed quotes, line breaks); the rest is the text. For each input:
// extract, read every accessor of the document (an index past the end
// included), render the JSON record (preflight, a buffer too small, a
// fill), free everything. Checks the header's promises: statuses, spans
// whose code point offsets agree with their byte offsets, borrowed text
// that points into the document's text, indexes that refer to something,
// an error that names the first invalid byte.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.hpp"
#include "sayso/sayso.h"

namespace {

using sayso::fuzz::require;

// One pipeline per combination of options, opened on first use and kept for
// the whole run (opening one costs milliseconds).
sayso_pipeline* pipeline_for(std::uint8_t choice) {
  static sayso_pipeline* pipelines[12] = {};
  const int repair = choice & 1;
  const int keep = (choice >> 1) & 1;
  const int line_breaks = ((choice >> 2) & 3) % 3;
  sayso_pipeline*& p = pipelines[(repair * 2 + keep) * 3 + line_breaks];
  if (p == nullptr) {
    sayso_options options;
    sayso_options_init(&options);
    options.repair_invalid_utf8 = repair;
    options.keep_unattributed_quotes = keep;
    options.line_breaks = line_breaks;
    sayso_error* error = nullptr;
    require(sayso_pipeline_open(&p, &options, &error) == SAYSO_OK && error == nullptr, "a pipeline opens");
  }
  return p;
}

struct DocumentText {
  const char* data;
  std::size_t size;
  sayso::fuzz::CodePointReference reference;
};

void check_span(const DocumentText& text, std::size_t start, std::size_t end, std::size_t byte_start,
                std::size_t byte_end, const char* span_text, std::size_t span_len, const char* what) {
  text.reference.check_span(byte_start, byte_end, start, end, what);
  require(span_text == text.data + byte_start && span_len == byte_end - byte_start, what);
}

// A sayso_span: present and checked, or absent with every offset SAYSO_NO_OFFSET.
void check_optional_span(const DocumentText& text, const sayso_span& span, const char* what) {
  if (span.byte_start == SAYSO_NO_OFFSET) {
    require(span.start == SAYSO_NO_OFFSET && span.end == SAYSO_NO_OFFSET && span.byte_end == SAYSO_NO_OFFSET &&
                span.text == nullptr && span.text_len == 0,
            what);
    return;
  }
  check_span(text, span.start, span.end, span.byte_start, span.byte_end, span.text, span.text_len, what);
}

// `len` bytes followed by a NUL (the text may hold NULs of its own, so a
// name taken from it may too).
void check_nul_terminated(const char* s, std::size_t len, const char* what) {
  require(s != nullptr && s[len] == '\0', what);
}

void read_document(const sayso_document* doc, std::size_t input_size) {
  std::size_t len = 0;
  const char* data = sayso_document_text(doc, &len);
  require(len == input_size && (data != nullptr || len == 0), "the document's text has the input's length");
  const DocumentText text{data, len, sayso::fuzz::CodePointReference(std::string_view(data, len))};

  const std::size_t paragraphs = sayso_document_paragraph_count(doc);
  const std::size_t sentences = sayso_document_sentence_count(doc);
  for (std::size_t i = 0; i <= sentences; ++i) {
    sayso_sentence s;
    s.size = sizeof s;
    const int status = sayso_document_sentence(doc, i, &s);
    if (i == sentences) {
      require(status == SAYSO_E_RANGE, "a sentence past the end is SAYSO_E_RANGE");
      continue;
    }
    require(status == SAYSO_OK, "a sentence reads");
    check_span(text, s.start, s.end, s.byte_start, s.byte_end, s.text, s.text_len, "a sentence span");
    require(s.paragraph < paragraphs, "a sentence's paragraph is an index");
  }

  const std::size_t entities = sayso_document_entity_count(doc);
  for (std::size_t i = 0; i <= entities; ++i) {
    sayso_entity e;
    e.size = sizeof e;
    const int status = sayso_document_entity(doc, i, &e);
    if (i == entities) {
      require(status == SAYSO_E_RANGE, "an entity past the end is SAYSO_E_RANGE");
      require(sayso_document_entity_role_count(doc, i) == 0, "no roles past the end");
      require(sayso_document_entity_mention_rule(doc, i, 0) == nullptr, "no mention rule past the end");
      continue;
    }
    require(status == SAYSO_OK, "an entity reads");
    require(e.id != nullptr && e.id[0] == 'E', "an entity id");
    check_nul_terminated(e.name, e.name_len, "an entity name is NUL-terminated with its length");
    require(e.gender_evidence && e.country_code && e.kb_source && e.kb_id && e.kb_country && e.kb_admin,
            "an entity's strings are never NULL");
    require(e.affiliation == SAYSO_NO_INDEX || e.affiliation < entities, "an affiliation is an index");
    require(e.mention_count >= 1, "an entity has a mention");
    for (std::size_t m = 0; m <= e.mention_count; ++m) {
      sayso_span span;
      const int mention_status = sayso_document_entity_mention(doc, i, m, &span);
      if (m == e.mention_count) {
        require(mention_status == SAYSO_E_RANGE, "a mention past the end is SAYSO_E_RANGE");
        require(sayso_document_entity_mention_rule(doc, i, m) == nullptr, "no rule past the end");
        continue;
      }
      require(mention_status == SAYSO_OK, "a mention reads");
      check_span(text, span.start, span.end, span.byte_start, span.byte_end, span.text, span.text_len,
                 "a mention span");
      require(sayso_document_entity_mention_rule(doc, i, m) != nullptr, "a mention has a rule");
    }
    const std::size_t roles = sayso_document_entity_role_count(doc, i);
    require(roles == e.role_count, "the role count agrees");
    for (std::size_t r = 0; r <= roles; ++r) {
      std::size_t role_len = 0;
      const char* role = sayso_document_entity_role(doc, i, r, &role_len);
      if (r == roles) {
        require(role == nullptr && role_len == 0, "a role past the end is NULL");
      } else {
        check_nul_terminated(role, role_len, "a role is NUL-terminated with its length");
      }
    }
  }

  const std::size_t quotes = sayso_document_quote_count(doc);
  for (std::size_t i = 0; i <= quotes; ++i) {
    sayso_quote q;
    q.size = sizeof q;
    const int status = sayso_document_quote(doc, i, &q);
    if (i == quotes) {
      require(status == SAYSO_E_RANGE, "a quote past the end is SAYSO_E_RANGE");
      continue;
    }
    require(status == SAYSO_OK, "a quote reads");
    require(q.kind >= SAYSO_QUOTE_DIRECT && q.kind <= SAYSO_QUOTE_INDIRECT, "a quote kind");
    check_span(text, q.start, q.end, q.byte_start, q.byte_end, q.text, q.text_len, "a quote span");
    check_optional_span(text, q.speaker_mention, "a speaker mention span");
    check_optional_span(text, q.cue, "a cue span");
    if (q.speaker != nullptr) check_nul_terminated(q.speaker, q.speaker_len, "a speaker");
    else require(q.speaker_len == 0 && q.speaker_entity == SAYSO_NO_INDEX, "no speaker, no entity");
    require(q.speaker_entity == SAYSO_NO_INDEX || q.speaker_entity < entities, "a speaker entity is an index");
    require(q.nested_in == SAYSO_NO_INDEX || q.nested_in < quotes, "nested_in is an index");
    require(q.confidence >= 0 && q.confidence <= 1, "a confidence is in 0..1");
  }

  std::size_t needed = 0;
  require(sayso_document_to_json(doc, nullptr, 0, &needed) == SAYSO_OK && needed >= 3, "the record preflight");
  std::vector<char> buffer(needed, '\x7f');
  std::size_t again = 0;
  require(sayso_document_to_json(doc, buffer.data(), needed - 1, &again) == SAYSO_E_BUFFER_TOO_SMALL &&
              again == needed && buffer[0] == '\x7f',
          "a buffer one byte short is SAYSO_E_BUFFER_TOO_SMALL and untouched");
  require(sayso_document_to_json(doc, buffer.data(), needed, &again) == SAYSO_OK && again == needed,
          "the record is written");
  const std::string_view record(buffer.data(), needed - 1);
  require(buffer[needed - 1] == '\0' && record.find('\0') == std::string_view::npos, "the record ends with its NUL");
  require(record.front() == '{' && record.back() == '}' && sayso::fuzz::is_valid_utf8(record),
          "the record is one object in valid UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t choice = data[0];
  const char* text = reinterpret_cast<const char*>(data) + 1;
  const std::size_t len = size - 1;
  const bool repair = (choice & 1) != 0;
  const std::size_t invalid = sayso::fuzz::first_invalid_utf8(std::string_view(text, len));

  sayso_document* doc = nullptr;
  sayso_error* error = nullptr;
  const int status = sayso_extract_with_id(&doc, pipeline_for(choice), text, len, "fuzz", 4, &error);
  if (invalid != std::string_view::npos && !repair) {
    require(status == SAYSO_E_INVALID_UTF8 && doc == nullptr && error != nullptr, "invalid UTF-8 is rejected");
    require(sayso_error_code(error) == SAYSO_E_INVALID_UTF8, "the error's code");
    require(sayso_error_byte_offset(error) == invalid, "the error names the first invalid byte");
    require(std::strlen(sayso_error_message(error)) > 0, "the error says what is wrong");
    sayso_error_free(error);
    return 0;
  }
  require(status == SAYSO_OK && doc != nullptr && error == nullptr, "valid or repaired text extracts");
  read_document(doc, len);
  sayso_document_free(doc);
  return 0;
}
