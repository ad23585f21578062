// The C ABI (include/sayso/sayso.h) over the C++ library.
//
// Every entry point is a noexcept wrapper: a C++ exception never crosses the
// boundary (std::bad_alloc becomes SAYSO_E_OUT_OF_MEMORY, anything else
// SAYSO_E_INTERNAL). The opaque handles are plain C++ structs defined here.
#define SAYSO_C_BUILDING 1
#include "sayso/sayso.h"

#include <cstddef>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "sayso/sayso.hpp"
#include "core/utf8.hpp"

struct sayso_pipeline {
  explicit sayso_pipeline(sayso::Pipeline p) : pipeline(std::move(p)) {}
  sayso::Pipeline pipeline;
};

struct sayso_document {
  explicit sayso_document(sayso::Document d) : document(std::move(d)) {}
  sayso::Document document;
  // The JSON record, built on first use (documents are shared between threads).
  mutable std::once_flag json_once;
  mutable std::string json;
};

struct sayso_error {
  int code = SAYSO_E_INTERNAL;
  std::string message;  // the full "file:line:column: message"
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t byte_offset = SAYSO_NO_OFFSET;
  bool is_static = false;  // the preallocated out-of-memory error: never freed
};

namespace {

static_assert(SAYSO_E_INVALID_ARGUMENT == -static_cast<int>(sayso::ErrorCode::invalid_argument), "");
static_assert(SAYSO_E_INVALID_UTF8 == -static_cast<int>(sayso::ErrorCode::invalid_utf8), "");
static_assert(SAYSO_E_IO == -static_cast<int>(sayso::ErrorCode::io), "");
static_assert(SAYSO_E_RULE_SYNTAX == -static_cast<int>(sayso::ErrorCode::rule_syntax), "");
static_assert(SAYSO_E_INTERNAL == -static_cast<int>(sayso::ErrorCode::internal), "");
static_assert(SAYSO_E_OUT_OF_MEMORY == -static_cast<int>(sayso::ErrorCode::out_of_memory), "");
static_assert(SAYSO_E_TOO_LARGE == -static_cast<int>(sayso::ErrorCode::too_large), "");
static_assert(SAYSO_E_TIMEOUT == -static_cast<int>(sayso::ErrorCode::timeout), "");

// sayso_span is embedded in sayso_quote: its layout may never change.
static_assert(sizeof(sayso_span) == 6 * sizeof(std::size_t) && offsetof(sayso_span, text) == 4 * sizeof(std::size_t),
              "sayso_span's layout is frozen");

// Copies the first `size` bytes of a filled struct into the caller's (an
// older caller's struct is shorter; `size` itself stays as the caller set it).
template <typename T>
void copy_versioned(const T& full, T* out) noexcept {
  const std::size_t size = out->size;
  std::memcpy(out, &full, size < sizeof full ? size : sizeof full);
  out->size = size;
}

sayso_span to_span(const sayso::Document& d, sayso::ByteSpan span) noexcept {
  sayso_span out;
  if (span.empty()) {
    out.start = out.end = out.byte_start = out.byte_end = SAYSO_NO_OFFSET;
    out.text = nullptr;
    out.text_len = 0;
    return out;
  }
  out.start = d.code_point_offset(span.begin);
  out.end = d.code_point_offset(span.end);
  out.byte_start = span.begin;
  out.byte_end = span.end;
  out.text = d.text().data() + span.begin;
  out.text_len = span.size();
  return out;
}

int to_c(sayso::QuoteKind kind) noexcept {
  switch (kind) {
    case sayso::QuoteKind::direct: return SAYSO_QUOTE_DIRECT;
    case sayso::QuoteKind::mixed: return SAYSO_QUOTE_MIXED;
    case sayso::QuoteKind::indirect: return SAYSO_QUOTE_INDIRECT;
  }
  return SAYSO_QUOTE_DIRECT;
}

int to_c(sayso::EntityType type) noexcept {
  switch (type) {
    case sayso::EntityType::person: return SAYSO_ENTITY_PERSON;
    case sayso::EntityType::org: return SAYSO_ENTITY_ORG;
    case sayso::EntityType::gpe: return SAYSO_ENTITY_GPE;
    case sayso::EntityType::loc: return SAYSO_ENTITY_LOC;
    case sayso::EntityType::norp: return SAYSO_ENTITY_NORP;
    case sayso::EntityType::date: return SAYSO_ENTITY_DATE;
  }
  return SAYSO_ENTITY_PERSON;
}

int to_c(sayso::Gender gender) noexcept {
  switch (gender) {
    case sayso::Gender::unknown: return SAYSO_GENDER_UNKNOWN;
    case sayso::Gender::female: return SAYSO_GENDER_FEMALE;
    case sayso::Gender::male: return SAYSO_GENDER_MALE;
  }
  return SAYSO_GENDER_UNKNOWN;
}

std::size_t to_c_index(std::size_t index) noexcept { return index == sayso::kNone ? SAYSO_NO_INDEX : index; }

// The entity at `index`, or null.
const sayso::Entity* entity_at(const sayso_document* document, std::size_t index) noexcept {
  if (!document || index >= document->document.entities().size()) return nullptr;
  return &document->document.entities()[index];
}

// Handed out when even the error object cannot be allocated.
sayso_error* out_of_memory_error() noexcept {
  static sayso_error error = [] {
    sayso_error e;
    e.code = SAYSO_E_OUT_OF_MEMORY;
    e.message = "out of memory";
    e.is_static = true;
    return e;
  }();
  return &error;
}

int to_status(sayso::ErrorCode code) noexcept {
  switch (code) {
    case sayso::ErrorCode::ok: return SAYSO_OK;
    case sayso::ErrorCode::invalid_argument: return SAYSO_E_INVALID_ARGUMENT;
    case sayso::ErrorCode::invalid_utf8: return SAYSO_E_INVALID_UTF8;
    case sayso::ErrorCode::io: return SAYSO_E_IO;
    case sayso::ErrorCode::rule_syntax: return SAYSO_E_RULE_SYNTAX;
    case sayso::ErrorCode::internal: return SAYSO_E_INTERNAL;
    case sayso::ErrorCode::out_of_memory: return SAYSO_E_OUT_OF_MEMORY;
    case sayso::ErrorCode::too_large: return SAYSO_E_TOO_LARGE;
    case sayso::ErrorCode::timeout: return SAYSO_E_TIMEOUT;
  }
  return SAYSO_E_INTERNAL;
}

// Reports a failure: fills *err when the caller asked for it; returns the status.
int fail(sayso_error** err, const sayso::Error& error) noexcept {
  const int status = to_status(error.code());
  if (!err) return status;
  try {
    auto* e = new sayso_error;
    e->code = status;
    e->message = error.to_string();
    e->file = error.file();
    e->line = error.line();
    e->column = error.column();
    if (error.has_byte_offset()) e->byte_offset = error.byte_offset();
    *err = e;
  } catch (...) {
    *err = out_of_memory_error();
  }
  return status;
}

int fail(sayso_error** err, sayso::ErrorCode code, const char* message) noexcept {
  try {
    return fail(err, sayso::Error(code, message));
  } catch (...) {
    if (err) *err = out_of_memory_error();
    return code == sayso::ErrorCode::out_of_memory ? SAYSO_E_OUT_OF_MEMORY : to_status(code);
  }
}

// Maps the exception being handled to a status (call inside a catch block).
int fail_current_exception(sayso_error** err) noexcept {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return fail(err, sayso::ErrorCode::out_of_memory, "out of memory");
  } catch (const std::exception& e) {
    try {
      return fail(err, sayso::Error(sayso::ErrorCode::internal,
                                    std::string("internal error: ") + e.what()));
    } catch (...) {
      return fail(err, sayso::ErrorCode::internal, "internal error");
    }
  } catch (...) {
    return fail(err, sayso::ErrorCode::internal, "internal error: unknown exception");
  }
}

void succeed(sayso_error** err) noexcept {
  if (err) *err = nullptr;
}

// Reads a caller's sayso_options (possibly an older, shorter layout).
bool read_options(const sayso_options* opts, sayso::PipelineOptions& out, sayso_error** err,
                  int& status) {
  sayso_options o;
  sayso_options_init_size(&o, sizeof o);
  if (opts) {
    if (opts->size < offsetof(sayso_options, rules_directory) + sizeof(opts->rules_directory)) {
      status = fail(err, sayso::ErrorCode::invalid_argument,
                    "sayso_options.size is not set (call sayso_options_init())");
      return false;
    }
    std::memcpy(&o, opts, opts->size < sizeof o ? opts->size : sizeof o);
  }
  if (o.rules_directory) out.rules_directory = o.rules_directory;
  out.replace_embedded_rules = o.replace_embedded_rules != 0;
  out.keep_unattributed_quotes = o.keep_unattributed_quotes != 0;
  if (o.knowledge_base) out.knowledge_base = o.knowledge_base;
  out.invalid_utf8 =
      o.repair_invalid_utf8 ? sayso::InvalidUtf8Policy::repair : sayso::InvalidUtf8Policy::reject;
  if (!(o.max_seconds_per_document >= 0)) {  // also catches NaN
    status = fail(err, sayso::ErrorCode::invalid_argument,
                  "sayso_options.max_seconds_per_document is negative or not a number");
    return false;
  }
  out.max_seconds_per_document = o.max_seconds_per_document;
  out.max_document_bytes = o.max_document_bytes;
  switch (o.line_breaks) {
    case SAYSO_LINE_BREAKS_AUTO: out.line_breaks = sayso::LineBreakPolicy::automatic; break;
    case SAYSO_LINE_BREAKS_PARAGRAPH: out.line_breaks = sayso::LineBreakPolicy::paragraph; break;
    case SAYSO_LINE_BREAKS_JOIN: out.line_breaks = sayso::LineBreakPolicy::join; break;
    default:
      status = fail(err, sayso::Error(sayso::ErrorCode::invalid_argument,
                                      "sayso_options.line_breaks is not a sayso_line_breaks value: " +
                                          std::to_string(o.line_breaks)));
      return false;
  }
  return true;
}

// Hands `text` out through the preflight/fill protocol of sayso_document_to_json().
int copy_out(const std::string& text, char* buf, size_t cap, size_t* needed) noexcept {
  if (needed) *needed = text.size() + 1;
  if (!buf) return SAYSO_OK;
  if (cap < text.size() + 1) return SAYSO_E_BUFFER_TOO_SMALL;
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = '\0';
  return SAYSO_OK;
}

bool to_csv_table(int table, sayso::CsvTable& out) noexcept {
  switch (table) {
    case SAYSO_CSV_QUOTES: out = sayso::CsvTable::quotes; return true;
    case SAYSO_CSV_ENTITIES: out = sayso::CsvTable::entities; return true;
    case SAYSO_CSV_SENTENCES: out = sayso::CsvTable::sentences; return true;
    default: return false;
  }
}

sayso::CsvOptions to_csv_options(unsigned flags) noexcept {
  sayso::CsvOptions options;
  options.spreadsheet_safe = (flags & SAYSO_CSV_SPREADSHEET_SAFE) != 0;
  return options;
}

}  // namespace

extern "C" {

int sayso_version_number(void) { return SAYSO_VERSION_NUMBER; }

const char* sayso_version_string(void) { return SAYSO_VERSION_STRING; }

// --- Errors ------------------------------------------------------------------

int sayso_error_code(const sayso_error* err) { return err ? err->code : SAYSO_E_INVALID_ARGUMENT; }

const char* sayso_error_message(const sayso_error* err) { return err ? err->message.c_str() : ""; }

const char* sayso_error_file(const sayso_error* err) { return err ? err->file.c_str() : ""; }

size_t sayso_error_line(const sayso_error* err) { return err ? err->line : 0; }

size_t sayso_error_column(const sayso_error* err) { return err ? err->column : 0; }

size_t sayso_error_byte_offset(const sayso_error* err) { return err ? err->byte_offset : SAYSO_NO_OFFSET; }

void sayso_error_free(sayso_error* err) {
  if (err && !err->is_static) delete err;
}

// --- Options and pipelines ---------------------------------------------------

void sayso_options_init_size(sayso_options* opts, size_t size) {
  if (!opts || size < sizeof(size_t)) return;
  sayso_options defaults;
  std::memset(&defaults, 0, sizeof defaults);
  defaults.size = size;
  defaults.rules_directory = nullptr;
  defaults.replace_embedded_rules = 0;
  defaults.repair_invalid_utf8 = 0;
  defaults.line_breaks = SAYSO_LINE_BREAKS_AUTO;
  defaults.keep_unattributed_quotes = 0;
  defaults.knowledge_base = nullptr;
  defaults.max_seconds_per_document = 0;
  defaults.max_document_bytes = 0;
  if (size > sizeof defaults) {
    // A newer caller: its members past ours are zero (their defaults must be).
    std::memset(opts, 0, size);
    std::memcpy(opts, &defaults, sizeof defaults);
  } else {
    std::memcpy(opts, &defaults, size);
  }
}

void(sayso_options_init)(sayso_options* opts) { sayso_options_init_size(opts, sizeof(sayso_options)); }

int sayso_pipeline_open(sayso_pipeline** out, const sayso_options* opts, sayso_error** err) {
  if (out) *out = nullptr;
  try {
    if (!out) return fail(err, sayso::ErrorCode::invalid_argument, "sayso_pipeline_open: out is NULL");
    sayso::PipelineOptions options;
    int status = SAYSO_OK;
    if (!read_options(opts, options, err, status)) return status;
    auto pipeline = sayso::Pipeline::create(options);
    if (!pipeline) return fail(err, pipeline.error());
    *out = new sayso_pipeline(std::move(pipeline).value());
    succeed(err);
    return SAYSO_OK;
  } catch (...) {
    return fail_current_exception(err);
  }
}

void sayso_pipeline_free(sayso_pipeline* pipeline) { delete pipeline; }

// --- Extraction --------------------------------------------------------------

int sayso_extract_with_id(sayso_document** out, const sayso_pipeline* pipeline, const char* text,
                          size_t len, const char* id, size_t id_len, sayso_error** err) {
  if (out) *out = nullptr;
  try {
    if (!out) return fail(err, sayso::ErrorCode::invalid_argument, "sayso_extract: out is NULL");
    if (!pipeline) return fail(err, sayso::ErrorCode::invalid_argument, "sayso_extract: pipeline is NULL");
    if (!text && len > 0) return fail(err, sayso::ErrorCode::invalid_argument, "sayso_extract: text is NULL");
    if (!id && id_len > 0) return fail(err, sayso::ErrorCode::invalid_argument, "sayso_extract: id is NULL");
    const std::string_view id_bytes = id ? std::string_view(id, id_len) : std::string_view();
    if (const auto bad = sayso::core::find_invalid_utf8(id_bytes)) {
      return fail(err, sayso::Error(sayso::ErrorCode::invalid_argument,
                                    "sayso_extract: the id is not valid UTF-8 (byte " +
                                        std::to_string(*bad) + ")"));
    }
    const std::string_view input = text ? std::string_view(text, len) : std::string_view();
    auto document = pipeline->pipeline.extract(input, std::string(id_bytes));
    if (!document) return fail(err, document.error());
    *out = new sayso_document(std::move(document).value());
    succeed(err);
    return SAYSO_OK;
  } catch (...) {
    return fail_current_exception(err);
  }
}

int sayso_extract(sayso_document** out, const sayso_pipeline* pipeline, const char* text, size_t len,
                  sayso_error** err) {
  return sayso_extract_with_id(out, pipeline, text, len, nullptr, 0, err);
}

void sayso_document_free(sayso_document* document) { delete document; }

// --- Reading a document ------------------------------------------------------

const char* sayso_document_text(const sayso_document* document, size_t* len) {
  if (!document) {
    if (len) *len = 0;
    return nullptr;
  }
  const std::string_view text = document->document.text();
  if (len) *len = text.size();
  return text.data();
}

size_t sayso_document_paragraph_count(const sayso_document* document) {
  return document ? document->document.paragraphs().size() : 0;
}

size_t sayso_document_sentence_count(const sayso_document* document) {
  return document ? document->document.sentences().size() : 0;
}

int sayso_document_sentence(const sayso_document* document, size_t index, sayso_sentence* out) {
  if (!document || !out || out->size < sizeof(size_t)) return SAYSO_E_INVALID_ARGUMENT;
  const sayso::Document& d = document->document;
  if (index >= d.sentences().size()) return SAYSO_E_RANGE;
  const sayso::Sentence& s = d.sentences()[index];
  sayso_sentence full;
  std::memset(&full, 0, sizeof full);
  full.start = d.code_point_offset(s.span.begin);
  full.end = d.code_point_offset(s.span.end);
  full.byte_start = s.span.begin;
  full.byte_end = s.span.end;
  full.paragraph = s.paragraph;
  full.text = d.text().data() + s.span.begin;
  full.text_len = s.span.size();
  copy_versioned(full, out);
  return SAYSO_OK;
}

size_t sayso_document_quote_count(const sayso_document* document) {
  return document ? document->document.quotes().size() : 0;
}

int sayso_document_quote(const sayso_document* document, size_t index, sayso_quote* out) {
  if (!document || !out || out->size < sizeof(size_t)) return SAYSO_E_INVALID_ARGUMENT;
  const sayso::Document& d = document->document;
  if (index >= d.quotes().size()) return SAYSO_E_RANGE;
  const sayso::Quote& q = d.quotes()[index];
  sayso_quote full;
  std::memset(&full, 0, sizeof full);
  full.id = q.id.c_str();
  full.kind = to_c(q.kind);
  full.start = d.code_point_offset(q.span.begin);
  full.end = d.code_point_offset(q.span.end);
  full.byte_start = q.span.begin;
  full.byte_end = q.span.end;
  full.text = d.text().data() + q.span.begin;
  full.text_len = q.span.size();
  full.speaker = q.speaker.empty() ? nullptr : q.speaker.c_str();
  full.speaker_len = q.speaker.size();
  full.speaker_entity = to_c_index(q.speaker_entity);
  full.speaker_mention = to_span(d, q.speaker_mention);
  full.cue = to_span(d, q.cue);
  full.sieve = q.sieve.empty() ? nullptr : q.sieve.c_str();
  full.confidence = q.confidence;
  full.nested_in = to_c_index(q.nested_in);
  full.cue_type = sayso::cue_type_name(q.cue_type);
  copy_versioned(full, out);
  return SAYSO_OK;
}

size_t sayso_document_entity_count(const sayso_document* document) {
  return document ? document->document.entities().size() : 0;
}

int sayso_document_entity(const sayso_document* document, size_t index, sayso_entity* out) {
  if (!document || !out || out->size < sizeof(size_t)) return SAYSO_E_INVALID_ARGUMENT;
  const sayso::Entity* e = entity_at(document, index);
  if (!e) return SAYSO_E_RANGE;
  sayso_entity full;
  std::memset(&full, 0, sizeof full);
  full.id = e->id.c_str();
  full.type = to_c(e->type);
  full.name = e->name.c_str();
  full.name_len = e->name.size();
  full.gender = e->type == sayso::EntityType::person ? to_c(e->gender) : SAYSO_GENDER_UNKNOWN;
  full.gender_evidence = e->gender_evidence.c_str();
  full.country_code = e->country_code.c_str();
  full.mention_count = e->mentions.size();
  full.role_count = e->roles.size();
  full.affiliation = to_c_index(e->affiliation);
  // The header promises "" and 0 throughout for an entity with no link.
  const sayso::KbLink& kb = e->kb;
  full.kb_source = full.kb_id = full.kb_country = full.kb_admin = "";
  if (!kb.empty()) {
    full.kb_source = kb.source.c_str();
    full.kb_id = kb.id.c_str();
    full.kb_country = kb.country.c_str();
    full.kb_admin = kb.admin.c_str();
    full.kb_population = kb.population;
    if (kb.has_coordinates) {
      full.kb_lat = kb.lat;
      full.kb_lon = kb.lon;
      full.kb_has_coordinates = 1;
    }
  }
  copy_versioned(full, out);
  return SAYSO_OK;
}

int sayso_document_entity_mention(const sayso_document* document, size_t entity, size_t mention,
                                  sayso_span* out) {
  if (!document || !out) return SAYSO_E_INVALID_ARGUMENT;
  const sayso::Entity* e = entity_at(document, entity);
  if (!e || mention >= e->mentions.size()) return SAYSO_E_RANGE;
  const sayso::Document& d = document->document;
  *out = to_span(d, d.mentions()[e->mentions[mention]].span);
  return SAYSO_OK;
}

const char* sayso_document_entity_mention_rule(const sayso_document* document, size_t entity,
                                               size_t mention) {
  const sayso::Entity* e = entity_at(document, entity);
  if (!e || mention >= e->mentions.size()) return nullptr;
  const sayso::Document& d = document->document;
  return d.rule_name(d.mentions()[e->mentions[mention]]).c_str();
}

size_t sayso_document_entity_role_count(const sayso_document* document, size_t entity) {
  const sayso::Entity* e = entity_at(document, entity);
  return e ? e->roles.size() : 0;
}

const char* sayso_document_entity_role(const sayso_document* document, size_t entity, size_t role,
                                       size_t* len) {
  const sayso::Entity* e = entity_at(document, entity);
  if (!e || role >= e->roles.size()) {
    if (len) *len = 0;
    return nullptr;
  }
  if (len) *len = e->roles[role].size();
  return e->roles[role].c_str();
}

int sayso_document_to_json(const sayso_document* document, char* buf, size_t cap, size_t* needed) {
  try {
    if (!document || (!buf && cap > 0)) return SAYSO_E_INVALID_ARGUMENT;
    std::call_once(document->json_once,
                   [document] {
                     document->json.clear();  // a previous attempt may have thrown midway
                     sayso::append_json_record(document->document, document->json);
                   });
    const std::string& json = document->json;
    if (needed) *needed = json.size() + 1;
    if (!buf) return SAYSO_OK;
    if (cap < json.size() + 1) return SAYSO_E_BUFFER_TOO_SMALL;
    std::memcpy(buf, json.data(), json.size());
    buf[json.size()] = '\0';
    return SAYSO_OK;
  } catch (const std::bad_alloc&) {
    return SAYSO_E_OUT_OF_MEMORY;
  } catch (...) {
    return SAYSO_E_INTERNAL;
  }
}

int sayso_csv_header(int table, char* buf, size_t cap, size_t* needed) {
  try {
    sayso::CsvTable which;
    if (!to_csv_table(table, which) || (!buf && cap > 0)) return SAYSO_E_INVALID_ARGUMENT;
    std::string out;
    sayso::append_csv_header(which, out);
    return copy_out(out, buf, cap, needed);
  } catch (const std::bad_alloc&) {
    return SAYSO_E_OUT_OF_MEMORY;
  } catch (...) {
    return SAYSO_E_INTERNAL;
  }
}

int sayso_document_to_csv(const sayso_document* document, int table, unsigned flags, char* buf, size_t cap,
                          size_t* needed) {
  try {
    sayso::CsvTable which;
    if (!document || !to_csv_table(table, which) || (!buf && cap > 0)) return SAYSO_E_INVALID_ARGUMENT;
    std::string out;
    sayso::append_csv_rows(document->document, which, to_csv_options(flags), out);
    return copy_out(out, buf, cap, needed);
  } catch (const std::bad_alloc&) {
    return SAYSO_E_OUT_OF_MEMORY;
  } catch (...) {
    return SAYSO_E_INTERNAL;
  }
}

int sayso_csv_error_row(const char* id, size_t id_len, const char* message, size_t message_len, int table,
                        unsigned flags, char* buf, size_t cap, size_t* needed) {
  try {
    sayso::CsvTable which;
    if (!to_csv_table(table, which) || (!buf && cap > 0) || (!id && id_len > 0) ||
        (!message && message_len > 0)) {
      return SAYSO_E_INVALID_ARGUMENT;
    }
    std::string out;
    const sayso::Error error(sayso::ErrorCode::io, std::string(message ? message : "", message_len));
    sayso::append_csv_error_row(std::string_view(id ? id : "", id_len), error, which, to_csv_options(flags), out);
    return copy_out(out, buf, cap, needed);
  } catch (const std::bad_alloc&) {
    return SAYSO_E_OUT_OF_MEMORY;
  } catch (...) {
    return SAYSO_E_INTERNAL;
  }
}

}  // extern "C"
