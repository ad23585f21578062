/* sayso.h — the C ABI of sayso: who said what, in news text.
 *
 * Link with -lsayso_c (pkg-config sayso; CMake: find_package(sayso) and
 * sayso::sayso_c). The header is plain C99; every function is callable from
 * any language with a C FFI (Python's ctypes, Rust, Go's cgo, Java's FFM).
 *
 *   sayso_pipeline *p = NULL;
 *   sayso_error *err = NULL;
 *   if (sayso_pipeline_open(&p, NULL, &err) != SAYSO_OK) {
 *     fprintf(stderr, "%s\n", sayso_error_message(err));
 *     sayso_error_free(err);
 *     return 1;
 *   }
 *   sayso_document *doc = NULL;
 *   if (sayso_extract(&doc, p, text, strlen(text), &err) == SAYSO_OK) {
 *     sayso_quote q;
 *     q.size = sizeof q;
 *     for (size_t i = 0; i < sayso_document_quote_count(doc); ++i)
 *       if (sayso_document_quote(doc, i, &q) == SAYSO_OK)
 *         printf("%s: %.*s\n", q.speaker ? q.speaker : "(unknown)",
 *                (int)q.text_len, q.text);
 *   } else {
 *     fprintf(stderr, "%s\n", sayso_error_message(err));
 *     sayso_error_free(err);
 *   }
 *   sayso_document_free(doc);
 *   sayso_pipeline_free(p);
 *
 * Policy
 * ------
 * Ownership. An object handed to the caller through a `T **out` parameter
 * (a pipeline, a document, an error) is owned by the caller, who releases
 * it with the matching sayso_*_free(). Every free function accepts NULL.
 * On failure `*out` is set to NULL; nothing needs freeing.
 *
 * Borrowing. A pointer returned by a getter (an error's message, a
 * sentence's text, a quote's speaker) is borrowed: it stays valid,
 * unchanged, until its parent object is freed, and must not be freed by the
 * caller. A document does not borrow from its pipeline or from the input
 * text: both may be freed while the document lives.
 *
 * Thread safety. A pipeline is immutable once opened: any number of threads
 * may call sayso_extract() on the same pipeline at the same time. A document
 * is immutable too: its getters may be called from any number of threads at
 * once. Freeing an object while another thread uses it is undefined. There
 * is no global state, no init or teardown function and no thread-local
 * "last error".
 *
 * Errors. Every fallible function returns an int status: SAYSO_OK (0) or a
 * negative sayso_status value. Codes are explicitly numbered and never
 * renumbered or reused; they are the C++ sayso::ErrorCode values negated.
 * Functions that can fail for a reason worth explaining take a last
 * parameter `sayso_error **err`: it may be NULL; when it is not, *err is set
 * to NULL on success and, on failure, to a new error object (code, message,
 * file:line:column for rule files) that the caller frees with
 * sayso_error_free(). *err is overwritten, not freed: free a previous error
 * first. No C++ exception ever crosses this boundary: an exhausted heap gives
 * SAYSO_E_OUT_OF_MEMORY, a bug in sayso gives SAYSO_E_INTERNAL.
 *
 * Text and offsets. Input text is UTF-8 bytes with an explicit length (it
 * may contain NUL bytes). Every span is given twice: start/end are Unicode
 * code point offsets into the input (how Python indexes a str), and
 * byte_start/byte_end are UTF-8 byte offsets into the input bytes; ends are
 * exclusive. sayso never shifts text: offsets always index the input as
 * given. Invalid UTF-8 is an error (SAYSO_E_INVALID_UTF8, naming the first
 * bad byte) unless the repair option is set; then each invalid byte counts
 * as one code point and reads as the byte 0x1A in borrowed text (the JSON
 * record shows it as U+FFFD).
 *
 * Versioned structs. sayso_options, sayso_sentence, sayso_quote and
 * sayso_entity begin with a `size_t size` member that the caller sets to
 * sizeof the struct as its own header declares it. Structs only ever grow at
 * their end, so a program built against an older header keeps working with
 * a newer library: the library reads and writes only the first `size` bytes.
 * sayso_span is the exception: it is embedded in other structs, so its
 * layout is fixed forever and it has no size member.
 *
 * Layers. A document holds sentences, entities (people, organisations,
 * places ... with all their mentions) and quotes (who said what). Each
 * layer reads through a count and an index accessor; indexes are 0-based
 * and in text order, and one layer refers to another by index (a quote's
 * speaker_entity is an index for sayso_document_entity()). SAYSO_NO_INDEX
 * marks a reference to nothing, SAYSO_NO_OFFSET an absent span.
 * sayso_document_to_json() gives the same content as one JSON record, the
 * line `sayso extract` writes.
 */
#ifndef SAYSO_H
#define SAYSO_H

#include <stddef.h>

#include "sayso/version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#if defined(SAYSO_C_BUILDING)
#define SAYSO_API __declspec(dllexport)
#else
#define SAYSO_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define SAYSO_API __attribute__((visibility("default")))
#else
#define SAYSO_API
#endif

/* Marks a use of the C99 type unsigned long long, so that GCC and Clang
 * accept the header in strict C89 mode (-std=c89 -pedantic) too. */
#if defined(__GNUC__)
#define SAYSO_EXTENSION __extension__
#else
#define SAYSO_EXTENSION
#endif

/* ------------------------------------------------------------------------ */
/* Status codes                                                              */
/* ------------------------------------------------------------------------ */

/* What a function returned. 0 is success; errors are negative. The values
 * are fixed forever (SAYSO_E_X == -(int)sayso::ErrorCode::X). */
typedef enum sayso_status {
  SAYSO_OK = 0,
  SAYSO_E_INVALID_ARGUMENT = -1, /* a NULL where an object is required, a bad option */
  SAYSO_E_INVALID_UTF8 = -2,     /* the text is not UTF-8 (see sayso_error_byte_offset()) */
  SAYSO_E_IO = -3,               /* a file or directory could not be read */
  SAYSO_E_RULE_SYNTAX = -4,      /* a rule file has a malformed line (file, line, column) */
  SAYSO_E_INTERNAL = -5,         /* a bug in sayso: please report it */
  SAYSO_E_OUT_OF_MEMORY = -6,    /* an allocation failed */
  SAYSO_E_RANGE = -7,            /* an index past the end of a list */
  SAYSO_E_BUFFER_TOO_SMALL = -8, /* a caller's buffer cannot hold the result */
  SAYSO_E_TOO_LARGE = -9,        /* the text is longer than max_document_bytes */
  SAYSO_E_TIMEOUT = -10          /* extraction took longer than max_seconds_per_document */
} sayso_status;

/* ------------------------------------------------------------------------ */
/* Opaque handles                                                            */
/* ------------------------------------------------------------------------ */

typedef struct sayso_pipeline sayso_pipeline; /* compiled rules; shareable */
typedef struct sayso_document sayso_document; /* one extraction's result */
typedef struct sayso_error sayso_error;       /* why a call failed */

/* ------------------------------------------------------------------------ */
/* Version                                                                   */
/* ------------------------------------------------------------------------ */

/* The loaded library's version as MAJOR * 10000 + MINOR * 100 + PATCH.
 * Compare with SAYSO_VERSION_NUMBER (the header's): the major versions
 * must agree. */
SAYSO_API int sayso_version_number(void);

/* The loaded library's version as "MAJOR.MINOR.PATCH"; a static string. */
SAYSO_API const char *sayso_version_string(void);

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */
/* ------------------------------------------------------------------------ */

/* The status the failed call returned (a negative sayso_status).
 * Requires: err != NULL (else returns SAYSO_E_INVALID_ARGUMENT). */
SAYSO_API int sayso_error_code(const sayso_error *err);

/* The full message: "file:line:column: what is wrong" when a location is
 * known (rule files), else the message alone. Borrowed from err; never NULL
 * ("" for a NULL err). */
SAYSO_API const char *sayso_error_message(const sayso_error *err);

/* The rule file the error is in, "" when none. Borrowed from err. */
SAYSO_API const char *sayso_error_file(const sayso_error *err);

/* The line (from 1) and column (from 1) in sayso_error_file(); 0 when not
 * known. */
SAYSO_API size_t sayso_error_line(const sayso_error *err);
SAYSO_API size_t sayso_error_column(const sayso_error *err);

/* For SAYSO_E_INVALID_UTF8: the byte offset of the first invalid byte in
 * the input. SAYSO_NO_OFFSET when not applicable. */
#define SAYSO_NO_OFFSET ((size_t)-1)
SAYSO_API size_t sayso_error_byte_offset(const sayso_error *err);

/* Releases err. Accepts NULL. */
SAYSO_API void sayso_error_free(sayso_error *err);

/* ------------------------------------------------------------------------ */
/* Options and pipelines                                                     */
/* ------------------------------------------------------------------------ */

/* What a single line break (not a blank line) means; blank lines always
 * separate paragraphs. */
typedef enum sayso_line_breaks {
  /* Decide per line: join the lines of hard-wrapped blocks, keep short
   * lines (headlines, page furniture) apart. The default. */
  SAYSO_LINE_BREAKS_AUTO = 0,
  SAYSO_LINE_BREAKS_PARAGRAPH = 1, /* every line break ends a paragraph */
  SAYSO_LINE_BREAKS_JOIN = 2       /* a single line break never does */
} sayso_line_breaks;

/* How to build a pipeline. Fill it with sayso_options_init(), then change
 * what you need. New members are only ever added at the end; since a new
 * member may take the place of an older layout's trailing padding, never
 * fill the struct by hand: sayso_options_init() zeroes the padding too. */
typedef struct sayso_options {
  /* sizeof(sayso_options) as the caller was compiled; sayso_options_init()
   * sets it. */
  size_t size;
  /* A rules directory laid out like the source tree's rules/ (en/,
   * common/); see its README for the formats. NULL or "": the embedded
   * default rules only. Copied by sayso_pipeline_open(). Default NULL. */
  const char *rules_directory;
  /* 0: the directory's files add to the embedded rules (a file with the
   * same path replaces its embedded twin; "en/abbreviations.extra.tsv"
   * extends en/abbreviations.tsv). Nonzero: the directory alone is used
   * (requires rules_directory). Default 0. */
  int replace_embedded_rules;
  /* 0: sayso_extract() rejects invalid UTF-8 with SAYSO_E_INVALID_UTF8.
   * Nonzero: each invalid byte is repaired (see "Text and offsets").
   * Default 0. */
  int repair_invalid_utf8;
  /* A sayso_line_breaks value. Default SAYSO_LINE_BREAKS_AUTO. */
  int line_breaks;
  /* 0: whole statements in quotation marks and reported clauses whose
   * speaker cannot be found are left out, so that every quote answers "who
   * said it". Nonzero: they are kept, with a NULL speaker. Quoted fragments with no speaker (scare
   * quotes, titles of works) are never quotes. Default 0. */
  int keep_unattributed_quotes;
  /* A knowledge base of people and organisations (TSV: id, type, name,
   * aliases, gender, description; see docs/knowledge-base.md) that PERSON
   * and ORG entities link to. NULL or "": none. Copied by
   * sayso_pipeline_open(). Default NULL. */
  const char *knowledge_base;
  /* A safety net for batches: sayso_extract() gives up on a text that
   * takes longer than this many seconds of the calling thread's CPU time
   * and fails with SAYSO_E_TIMEOUT. Checked cooperatively, so a text may
   * overrun it slightly. 0: no limit. Must not be negative. Default 0. */
  double max_seconds_per_document;
  /* sayso_extract() refuses a text longer than this many bytes with
   * SAYSO_E_TOO_LARGE, before spending work or memory on it. Memory use is
   * about 13 to 15 times the text's size for news. 0: no limit but
   * 4 GiB - 1 bytes, which holds whatever this says. Default 0. */
  size_t max_document_bytes;
} sayso_options;

/* Fills *opts with the defaults and sets opts->size. Requires opts != NULL
 * (a NULL is ignored).
 *
 * sayso_options_init() is a macro over sayso_options_init_size() that
 * passes the caller's sizeof(sayso_options), so that a program compiled
 * against this header never has more written into its struct than it
 * declared, whatever the library's version. The plain function
 * sayso_options_init() (for FFI callers) fills the library's own layout. */
SAYSO_API void sayso_options_init_size(sayso_options *opts, size_t size);
SAYSO_API void(sayso_options_init)(sayso_options *opts);
#define sayso_options_init(opts) sayso_options_init_size((opts), sizeof(sayso_options))

/* Builds a pipeline: reads and compiles the rules (milliseconds).
 * Requires: out != NULL. opts may be NULL (the defaults); else opts->size
 * must be set (sayso_options_init() does it).
 * Ensures: on SAYSO_OK, *out is a pipeline the caller frees with
 * sayso_pipeline_free(); on failure *out is NULL.
 * Fails with: SAYSO_E_RULE_SYNTAX (a malformed rule file: see
 * sayso_error_file(), _line(), _column()), SAYSO_E_IO (the rules directory
 * cannot be read), SAYSO_E_INVALID_ARGUMENT (out is NULL, opts->size is too
 * small, line_breaks is unknown, replace_embedded_rules without a
 * directory, max_seconds_per_document negative or not a number),
 * SAYSO_E_OUT_OF_MEMORY. */
SAYSO_API int sayso_pipeline_open(sayso_pipeline **out, const sayso_options *opts,
                                  sayso_error **err);

/* Releases a pipeline. Accepts NULL. Documents extracted with it stay
 * valid. */
SAYSO_API void sayso_pipeline_free(sayso_pipeline *pipeline);

/* ------------------------------------------------------------------------ */
/* Extraction                                                                */
/* ------------------------------------------------------------------------ */

/* Runs every stage of the pipeline over `len` bytes of UTF-8 `text` (which
 * may contain NUL bytes; text may be NULL when len is 0). A pure function of
 * (pipeline, text): the same input always gives the same document.
 * Thread-safe: many threads may extract with one pipeline at once.
 * Requires: out != NULL, pipeline != NULL.
 * Ensures: on SAYSO_OK, *out is a document the caller frees with
 * sayso_document_free(); it holds its own copy of the text. On failure *out
 * is NULL.
 * Fails with: SAYSO_E_INVALID_UTF8 (the pipeline rejects invalid UTF-8; the
 * message and sayso_error_byte_offset() name the first bad byte),
 * SAYSO_E_TOO_LARGE (len > the pipeline's max_document_bytes, or len >
 * 4 GiB - 1 whatever it says),
 * SAYSO_E_TIMEOUT (past the pipeline's max_seconds_per_document),
 * SAYSO_E_INVALID_ARGUMENT, SAYSO_E_OUT_OF_MEMORY. */
SAYSO_API int sayso_extract(sayso_document **out, const sayso_pipeline *pipeline,
                            const char *text, size_t len, sayso_error **err);

/* As sayso_extract(), and the document carries the caller's identifier
 * (`id_len` bytes of UTF-8; id may be NULL when id_len is 0) as the "id" of
 * its JSON record. Fails with SAYSO_E_INVALID_ARGUMENT when the id is not
 * valid UTF-8. */
SAYSO_API int sayso_extract_with_id(sayso_document **out, const sayso_pipeline *pipeline,
                                    const char *text, size_t len, const char *id,
                                    size_t id_len, sayso_error **err);

/* Releases a document and everything borrowed from it. Accepts NULL. */
SAYSO_API void sayso_document_free(sayso_document *document);

/* ------------------------------------------------------------------------ */
/* Reading a document                                                        */
/* ------------------------------------------------------------------------ */

/* The text that all offsets index into: the input bytes as given, except
 * that repaired invalid bytes read as 0x1A. Borrowed from the document;
 * not NUL-terminated in general (use *len). len may be NULL. Returns NULL
 * (and *len = 0) for a NULL document. */
SAYSO_API const char *sayso_document_text(const sayso_document *document, size_t *len);

/* The number of paragraphs and of sentences; 0 for a NULL document. */
SAYSO_API size_t sayso_document_paragraph_count(const sayso_document *document);
SAYSO_API size_t sayso_document_sentence_count(const sayso_document *document);

/* One sentence. Set `size` to sizeof(sayso_sentence) before the call. */
typedef struct sayso_sentence {
  size_t size;       /* set by the caller: sizeof(sayso_sentence) */
  size_t start;      /* code point offset of the first character */
  size_t end;        /* code point offset just past the last character */
  size_t byte_start; /* UTF-8 byte offset of the first character */
  size_t byte_end;   /* UTF-8 byte offset just past the last character */
  size_t paragraph;  /* index of the paragraph that holds the sentence */
  /* The sentence's bytes, text_len of them, borrowed from the document
   * (not NUL-terminated): sayso_document_text() + byte_start. */
  const char *text;
  size_t text_len;
} sayso_sentence;

/* Reads sentence `index` (0-based, in text order) into *out.
 * Requires: document != NULL, out != NULL, out->size set.
 * Ensures: on SAYSO_OK the first out->size bytes of *out are filled (size
 * itself is left as is); on failure *out is untouched.
 * Fails with: SAYSO_E_RANGE (index >= sayso_document_sentence_count()),
 * SAYSO_E_INVALID_ARGUMENT (a NULL, or out->size < sizeof(size_t)). */
SAYSO_API int sayso_document_sentence(const sayso_document *document, size_t index,
                                      sayso_sentence *out);

/* An index that refers to nothing (a quote without a speaker entity, a
 * quote not nested in another). */
#define SAYSO_NO_INDEX ((size_t)-1)

/* A stretch of the document's text. Its layout is fixed forever (it is
 * embedded in sayso_quote). An absent span (a quote without a cue) has all
 * four offsets SAYSO_NO_OFFSET, text NULL and text_len 0. */
typedef struct sayso_span {
  size_t start;      /* code point offset of the first character */
  size_t end;        /* code point offset just past the last character */
  size_t byte_start; /* UTF-8 byte offset of the first character */
  size_t byte_end;   /* UTF-8 byte offset just past the last character */
  /* text_len bytes borrowed from the document, not NUL-terminated:
   * sayso_document_text() + byte_start. */
  const char *text;
  size_t text_len;
} sayso_span;

/* The kinds of quotation (the "kind" of the JSON record). */
typedef enum sayso_quote_kind {
  SAYSO_QUOTE_DIRECT = 0,  /* a whole statement in quotation marks (marks included) */
  SAYSO_QUOTE_MIXED = 1,   /* a quoted fragment inside reported speech (marks included) */
  SAYSO_QUOTE_INDIRECT = 2 /* reported speech without marks: the reported clause */
} sayso_quote_kind;

/* The number of quotes; 0 for a NULL document. */
SAYSO_API size_t sayso_document_quote_count(const sayso_document *document);

/* One quotation and who said it. Set `size` to sizeof(sayso_quote) before
 * the call. Every pointer is borrowed from the document. */
typedef struct sayso_quote {
  size_t size;    /* set by the caller: sizeof(sayso_quote) */
  const char *id; /* "Q1", "Q2", ... in text order; NUL-terminated */
  int kind;       /* a sayso_quote_kind value */
  /* The quote: code point and byte offsets, and its text_len bytes (not
   * NUL-terminated). */
  size_t start;
  size_t end;
  size_t byte_start;
  size_t byte_end;
  const char *text;
  size_t text_len;
  /* Who said it: the speaker entity's canonical name (the fullest name in
   * the document) or a group as written ("diplomats"), speaker_len bytes,
   * also NUL-terminated. NULL (and 0) when no speaker was found with
   * confidence: sayso gives no speaker rather than a wrong one. */
  const char *speaker;
  size_t speaker_len;
  /* The speaker entity: an index for sayso_document_entity(), or
   * SAYSO_NO_INDEX (no speaker, or a group that is no entity). */
  size_t speaker_entity;
  /* The words that name the speaker here ("he", "Kerry"), and the speech
   * verb or phrase ("said", "according to"); absent spans when none (see
   * sayso_span). */
  sayso_span speaker_mention;
  sayso_span cue;
  /* The attribution rule that decided ("after-cue-speaker"),
   * NUL-terminated; NULL when none did. */
  const char *sieve;
  /* 0..1: how often that rule is right, measured on the PolNeAR training split; 0 when no
   * sieve decided. */
  double confidence;
  /* The index of the quote this one sits in (a mixed fragment inside an
   * indirect clause), or SAYSO_NO_INDEX. */
  size_t nested_in;
  /* What the cue reports, from its entry in the rules: "speech" (said,
   * according to), "belief" (believes, hopes) or "evidence" (a poll shows),
   * NUL-terminated, static; NULL when the quote has no cue. A caller built
   * against an older header, whose size ends before this field, does not
   * get it. */
  const char *cue_type;
} sayso_quote;

/* Reads quote `index` (0-based, in text order) into *out.
 * Requires: document != NULL, out != NULL, out->size set.
 * Ensures: on SAYSO_OK the first out->size bytes of *out are filled (size
 * itself is left as is); on failure *out is untouched.
 * Fails with: SAYSO_E_RANGE (index >= sayso_document_quote_count()),
 * SAYSO_E_INVALID_ARGUMENT (a NULL, or out->size < sizeof(size_t)). */
SAYSO_API int sayso_document_quote(const sayso_document *document, size_t index,
                                   sayso_quote *out);

/* The kinds of named entity (the "type" of the JSON record). More may be
 * added, with new numbers: treat an unknown value as "other". */
typedef enum sayso_entity_type {
  SAYSO_ENTITY_PERSON = 0, /* people, by name */
  SAYSO_ENTITY_ORG = 1,    /* companies, agencies, parties, armed groups, international bodies */
  SAYSO_ENTITY_GPE = 2,    /* countries, cities, states (also standing for a government) */
  SAYSO_ENTITY_LOC = 3,    /* non-political places: regions, rivers, neighbourhoods */
  SAYSO_ENTITY_NORP = 4,   /* nationalities, religious and political groups */
  SAYSO_ENTITY_DATE = 5    /* days, dates, months, years */
} sayso_entity_type;

typedef enum sayso_gender {
  SAYSO_GENDER_UNKNOWN = 0,
  SAYSO_GENDER_FEMALE = 1,
  SAYSO_GENDER_MALE = 2
} sayso_gender;

/* The number of entities; 0 for a NULL document. */
SAYSO_API size_t sayso_document_entity_count(const sayso_document *document);

/* One entity: all the mentions of one person, organisation, place ... in
 * the document. Set `size` to sizeof(sayso_entity) before the call. Every
 * pointer is borrowed from the document. */
typedef struct sayso_entity {
  size_t size;    /* set by the caller: sizeof(sayso_entity) */
  const char *id; /* "E1", "E2", ... in order of first mention; NUL-terminated */
  int type;       /* a sayso_entity_type value */
  /* The canonical name: the fullest form in the document ("John Kerry" for
   * "Kerry"; "United States" for "U.S."); name_len bytes, also
   * NUL-terminated. */
  const char *name;
  size_t name_len;
  /* A sayso_gender value; SAYSO_GENDER_UNKNOWN for all but PERSON. */
  int gender;
  /* What decided the gender ("given-name:Maria", "title:spokeswoman"),
   * NUL-terminated; "" when nothing did. */
  const char *gender_evidence;
  /* ISO 3166-1 alpha-2 code for countries and nationalities ("US"),
   * NUL-terminated; "" when none. */
  const char *country_code;
  /* The number of mentions (at least 1; read them with
   * sayso_document_entity_mention()) and of role phrases (read them with
   * sayso_document_entity_role()). */
  size_t mention_count;
  size_t role_count;
  /* The country or organisation a role of this person names ("U.S.
   * Secretary of State": the United States): an index for
   * sayso_document_entity(), or SAYSO_NO_INDEX. */
  size_t affiliation;
  /* The knowledge-base entry the entity links to (docs/knowledge-base.md).
   * Every string is NUL-terminated, "" when absent. kb_source is "iso3166"
   * (countries, nationalities, states and provinces), "geonames" (cities)
   * or "user" (an entry of sayso_options.knowledge_base); "" when the entity
   * is not linked, and then the other kb_ members are "" or 0. */
  const char *kb_source;
  const char *kb_id;      /* "US", "US-TX", "2660646"; a user entry's id as written */
  const char *kb_country; /* the entry's ISO 3166-1 alpha-2 code ("CH"); "" when none */
  const char *kb_admin;   /* the GeoNames admin1 code ("TX", "GE"); "" when none */
  SAYSO_EXTENSION unsigned long long kb_population; /* 0 when unknown */
  /* WGS84 degrees; both 0 unless kb_has_coordinates is nonzero. */
  double kb_lat;
  double kb_lon;
  int kb_has_coordinates;
} sayso_entity;

/* Reads entity `index` (0-based, in order of first mention) into *out.
 * Requires: document != NULL, out != NULL, out->size set.
 * Ensures: on SAYSO_OK the first out->size bytes of *out are filled (size
 * itself is left as is); on failure *out is untouched.
 * Fails with: SAYSO_E_RANGE (index >= sayso_document_entity_count()),
 * SAYSO_E_INVALID_ARGUMENT (a NULL, or out->size < sizeof(size_t)). */
SAYSO_API int sayso_document_entity(const sayso_document *document, size_t index,
                                    sayso_entity *out);

/* Reads mention `mention` (0-based, in text order) of entity `entity` into
 * *out: a place where the text names it ("Kerry"; a pronoun is not a
 * mention). A possessive 's and a title are not part of a mention.
 * Ensures: on SAYSO_OK *out is filled; on failure it is untouched.
 * Fails with: SAYSO_E_RANGE (entity or mention past the end),
 * SAYSO_E_INVALID_ARGUMENT (document or out NULL). */
SAYSO_API int sayso_document_entity_mention(const sayso_document *document, size_t entity,
                                            size_t mention, sayso_span *out);

/* The rule that found that mention ("en/entity_patterns.tsv:21", or a
 * linking step), NUL-terminated and borrowed from the document; NULL when
 * entity or mention is past the end or document is NULL. */
SAYSO_API const char *sayso_document_entity_mention_rule(const sayso_document *document,
                                                         size_t entity, size_t mention);

/* The number of role phrases tied to entity `entity` ("U.S. Secretary of
 * State"); 0 when entity is past the end or document is NULL. */
SAYSO_API size_t sayso_document_entity_role_count(const sayso_document *document, size_t entity);

/* Role phrase `role` (0-based, in text order) of entity `entity`, as
 * written: NUL-terminated, borrowed from the document; its length in *len
 * when len is not NULL. NULL (and *len = 0) when entity or role is past the
 * end or document is NULL. */
SAYSO_API const char *sayso_document_entity_role(const sayso_document *document, size_t entity,
                                                 size_t role, size_t *len);

/* The document's JSON record, exactly the line that `sayso extract` writes
 * for it (without the newline), NUL-terminated, UTF-8.
 * Preflight: with buf NULL and cap 0, returns SAYSO_OK and sets *needed to
 * the bytes required, the NUL included. Otherwise, when cap >= that size,
 * writes the record and its NUL to buf and returns SAYSO_OK; when cap is
 * smaller, returns SAYSO_E_BUFFER_TOO_SMALL and leaves buf untouched. In
 * every case *needed (when needed != NULL) receives the required size.
 * The record is built once per document (thread-safe), so a preflight
 * followed by a fill costs one serialisation.
 * Fails with: SAYSO_E_INVALID_ARGUMENT (document NULL, or buf NULL with
 * cap > 0), SAYSO_E_BUFFER_TOO_SMALL, SAYSO_E_OUT_OF_MEMORY. */
SAYSO_API int sayso_document_to_json(const sayso_document *document, char *buf, size_t cap,
                                     size_t *needed);

/* --- CSV tables ----------------------------------------------------------
 * The tables of `sayso extract --format csv --what TABLE`: a header line,
 * then rows of one document, in the CLI's exact bytes ("\n" line ends).
 * The buffer functions below follow sayso_document_to_json(): a preflight
 * with buf NULL and cap 0 sets *needed (the NUL included); a fill writes the
 * text and its NUL when cap is large enough, else returns
 * SAYSO_E_BUFFER_TOO_SMALL and leaves buf untouched. They also fail with
 * SAYSO_E_INVALID_ARGUMENT (an unknown table, a NULL that may not be NULL)
 * and SAYSO_E_OUT_OF_MEMORY. */
typedef enum sayso_csv_table {
  SAYSO_CSV_QUOTES = 0,    /* one row per quote */
  SAYSO_CSV_ENTITIES = 1,  /* one row per entity */
  SAYSO_CSV_SENTENCES = 2  /* one row per sentence */
} sayso_csv_table;

/* A flag of `flags`: protect cells that a spreadsheet would run as formulas
 * (the CLI's --csv-safe). */
#define SAYSO_CSV_SPREADSHEET_SAFE 1u

/* The header line of `table`, with its newline. */
SAYSO_API int sayso_csv_header(int table, char *buf, size_t cap, size_t *needed);

/* The rows of `table` for `document`, each ending with a newline (empty
 * when the document has none); its id fills the doc_id column. The rows are
 * built on each call. */
SAYSO_API int sayso_document_to_csv(const sayso_document *document, int table, unsigned flags,
                                    char *buf, size_t cap, size_t *needed);

/* The row `sayso extract` writes for a document that could not be
 * processed: doc_id `id` (id_len bytes), empty cells, and `message`
 * (message_len bytes) in the error column; with its newline. id and message
 * may be NULL when their length is 0. */
SAYSO_API int sayso_csv_error_row(const char *id, size_t id_len, const char *message,
                                  size_t message_len, int table, unsigned flags, char *buf,
                                  size_t cap, size_t *needed);

#ifdef __cplusplus
}
#endif

#endif /* SAYSO_H */
