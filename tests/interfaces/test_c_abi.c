/* The whole C ABI, used from C99 as an embedding program would.
 * Run as: test_c_abi BROKEN_RULES_DIR EXTRA_RULES_DIR SAYSO_CLI TMP_DIR */
#define _POSIX_C_SOURCE 200809L /* popen */
#include <stdlib.h>
#include <string.h>

#include "c_check.h"
#include "sayso/sayso.h"

static const char *cli_path;
static const char *tmp_dir;

static int starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* The record `sayso extract` writes for a JSONL line, without its newline;
 * malloc'ed, NULL on failure. */
static char *cli_record(const char *jsonl_line) {
  char path[4096], command[8192];
  char *out;
  size_t len = 0, cap = 1 << 16, n;
  FILE *f, *pipe;
  sprintf(path, "%s/c_abi_input.jsonl", tmp_dir);
  f = fopen(path, "wb");
  if (!f) return NULL;
  fputs(jsonl_line, f);
  fclose(f);
  sprintf(command, "'%s' extract --quiet '%s'", cli_path, path);
  pipe = popen(command, "r");
  if (!pipe) return NULL;
  out = (char *)malloc(cap);
  while (out && (n = fread(out + len, 1, cap - len - 1, pipe)) > 0) {
    len += n;
    if (cap - len < 2) {
      char *bigger = (char *)realloc(out, cap *= 2);
      if (!bigger) free(out);
      out = bigger;
    }
  }
  pclose(pipe);
  if (!out) return NULL;
  while (len > 0 && out[len - 1] == '\n') --len;
  out[len] = '\0';
  return out;
}

static int ends_with(const char *s, const char *suffix) {
  const size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The JSON record of a document, malloc'ed; NULL on failure. */
static char *record_of(const sayso_document *doc) {
  size_t needed = 0;
  char *buf;
  if (sayso_document_to_json(doc, NULL, 0, &needed) != SAYSO_OK || needed == 0) return NULL;
  buf = (char *)malloc(needed);
  if (!buf) return NULL;
  if (sayso_document_to_json(doc, buf, needed, NULL) != SAYSO_OK) {
    free(buf);
    return NULL;
  }
  return buf;
}

static int test_version(void) {
  CHECK(sayso_version_number() == SAYSO_VERSION_NUMBER);
  CHECK(strcmp(sayso_version_string(), SAYSO_VERSION_STRING) == 0);
  CHECK(sayso_version_number() / 10000 == SAYSO_VERSION_MAJOR);
  return 0;
}

static int test_extract_with_default_pipeline(void) {
  /* "café" has a two-byte é: code point and byte offsets part after it. */
  static const char text[] = "The caf\xC3\xA9 opened. It closed.";
  /* The record begins with the sentences; later stages' layers follow. */
  static const char expected_start[] =
      "{\"id\":\"doc-1\",\"sentences\":["
      "{\"start\":0,\"end\":16,\"byte_start\":0,\"byte_end\":17},"
      "{\"start\":17,\"end\":27,\"byte_start\":18,\"byte_end\":28}]";
  sayso_pipeline *p = NULL;
  sayso_document *doc = NULL;
  sayso_error *err = (sayso_error *)&err; /* garbage: must become NULL on success */
  sayso_sentence s;
  size_t needed = 0, len = 0;
  char small[8];
  char *json, *expected;
  const char *doc_text;

  REQUIRE(sayso_pipeline_open(&p, NULL, &err) == SAYSO_OK);
  REQUIRE(p != NULL);
  CHECK(err == NULL);

  REQUIRE(sayso_extract_with_id(&doc, p, text, strlen(text), "doc-1", 5, &err) == SAYSO_OK);
  REQUIRE(doc != NULL);
  CHECK(err == NULL);
  /* The pipeline may go first: the document owns its data. */
  sayso_pipeline_free(p);

  doc_text = sayso_document_text(doc, &len);
  CHECK(len == strlen(text));
  CHECK(doc_text != NULL && memcmp(doc_text, text, len) == 0);
  CHECK(sayso_document_paragraph_count(doc) == 1);
  REQUIRE(sayso_document_sentence_count(doc) == 2);

  memset(&s, 0xAB, sizeof s);
  s.size = sizeof s;
  REQUIRE(sayso_document_sentence(doc, 0, &s) == SAYSO_OK);
  CHECK(s.size == sizeof s);
  CHECK(s.start == 0 && s.end == 16);
  CHECK(s.byte_start == 0 && s.byte_end == 17);
  CHECK(s.paragraph == 0);
  CHECK(s.text_len == 17 && memcmp(s.text, "The caf\xC3\xA9 opened.", 17) == 0);
  CHECK(s.text == doc_text);
  REQUIRE(sayso_document_sentence(doc, 1, &s) == SAYSO_OK);
  CHECK(s.start == 17 && s.end == 27);
  CHECK(s.byte_start == 18 && s.byte_end == 28);
  CHECK(s.text_len == 10 && memcmp(s.text, "It closed.", 10) == 0);
  CHECK(s.text == doc_text + 18);

  /* Out of range and bad arguments leave *out untouched. */
  CHECK(sayso_document_sentence(doc, 2, &s) == SAYSO_E_RANGE);
  CHECK(sayso_document_sentence(doc, (size_t)-1, &s) == SAYSO_E_RANGE);
  CHECK(s.start == 17);
  CHECK(sayso_document_sentence(doc, 0, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_document_sentence(NULL, 0, &s) == SAYSO_E_INVALID_ARGUMENT);
  s.size = 0;
  CHECK(sayso_document_sentence(doc, 0, &s) == SAYSO_E_INVALID_ARGUMENT);

  /* An older, shorter sayso_sentence gets only its own members. */
  {
    struct {
      sayso_sentence old;
      size_t guard;
    } shorter;
    memset(&shorter, 0x5A, sizeof shorter);
    shorter.old.size = offsetof(sayso_sentence, byte_start);
    REQUIRE(sayso_document_sentence(doc, 1, &shorter.old) == SAYSO_OK);
    CHECK(shorter.old.start == 17 && shorter.old.end == 27);
    CHECK(shorter.old.byte_start == ((size_t)-1 / 0xFF) * 0x5A); /* untouched */
  }

  /* to_json: preflight, too small, fill. */
  /* The expected record: what the CLI writes for the same document. */
  expected = cli_record("{\"id\":\"doc-1\",\"text\":\"The caf\\u00e9 opened. It closed.\"}\n");
  REQUIRE(expected != NULL);
  CHECK(starts_with(expected, expected_start));
  CHECK(sayso_document_to_json(doc, NULL, 0, &needed) == SAYSO_OK);
  CHECK(needed == strlen(expected) + 1);
  memset(small, 'x', sizeof small);
  CHECK(sayso_document_to_json(doc, small, sizeof small, &needed) == SAYSO_E_BUFFER_TOO_SMALL);
  CHECK(needed == strlen(expected) + 1);
  CHECK(sayso_document_to_json(doc, small, needed - 1, &needed) == SAYSO_E_BUFFER_TOO_SMALL);
  CHECK(small[0] == 'x');
  CHECK(sayso_document_to_json(doc, NULL, 5, &needed) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_document_to_json(NULL, NULL, 0, &needed) == SAYSO_E_INVALID_ARGUMENT);
  json = record_of(doc);
  REQUIRE(json != NULL);
  CHECK(strcmp(json, expected) == 0);
  CHECK(starts_with(json, expected_start));
  CHECK(json[strlen(json) - 1] == '}');
  if (strcmp(json, expected) != 0) fprintf(stderr, "  got:      %s\n  expected: %s\n", json, expected);
  free(json);
  free(expected);

  sayso_document_free(doc);
  return 0;
}

static int test_options(const char *extra_rules_dir) {
  static const char two_lines[] = "First line here\nsecond line here";
  sayso_options opts;
  sayso_pipeline *p = NULL;
  sayso_document *doc = NULL;
  sayso_error *err = NULL;

  memset(&opts, 0x77, sizeof opts);
  sayso_options_init(&opts);
  CHECK(opts.size == sizeof opts);
  CHECK(opts.rules_directory == NULL);
  CHECK(opts.replace_embedded_rules == 0);
  CHECK(opts.repair_invalid_utf8 == 0);
  CHECK(opts.line_breaks == SAYSO_LINE_BREAKS_AUTO);

  /* The plain function (for FFI callers) does the same. */
  memset(&opts, 0x77, sizeof opts);
  (sayso_options_init)(&opts);
  CHECK(opts.size == sizeof opts && opts.rules_directory == NULL && opts.line_breaks == 0);

  opts.line_breaks = SAYSO_LINE_BREAKS_PARAGRAPH;
  REQUIRE(sayso_pipeline_open(&p, &opts, &err) == SAYSO_OK);
  REQUIRE(sayso_extract(&doc, p, two_lines, strlen(two_lines), &err) == SAYSO_OK);
  CHECK(sayso_document_paragraph_count(doc) == 2);
  sayso_document_free(doc);
  sayso_pipeline_free(p);

  opts.line_breaks = SAYSO_LINE_BREAKS_JOIN;
  REQUIRE(sayso_pipeline_open(&p, &opts, &err) == SAYSO_OK);
  REQUIRE(sayso_extract(&doc, p, two_lines, strlen(two_lines), &err) == SAYSO_OK);
  CHECK(sayso_document_paragraph_count(doc) == 1);
  sayso_document_free(doc);
  sayso_pipeline_free(p);

  /* Bad options. */
  opts.line_breaks = 42;
  p = (sayso_pipeline *)&opts;
  CHECK(sayso_pipeline_open(&p, &opts, &err) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(p == NULL);
  REQUIRE(err != NULL);
  CHECK(sayso_error_code(err) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(strstr(sayso_error_message(err), "line_breaks") != NULL);
  sayso_error_free(err);
  err = NULL;

  sayso_options_init(&opts);
  opts.replace_embedded_rules = 1; /* without a directory */
  CHECK(sayso_pipeline_open(&p, &opts, &err) == SAYSO_E_INVALID_ARGUMENT);
  sayso_error_free(err);
  err = NULL;

  sayso_options_init(&opts);
  opts.size = 0; /* never initialised */
  CHECK(sayso_pipeline_open(&p, &opts, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_pipeline_open(NULL, NULL, NULL) == SAYSO_E_INVALID_ARGUMENT);

  /* A rules directory that adds to the embedded rules. */
  sayso_options_init(&opts);
  opts.rules_directory = extra_rules_dir;
  CHECK(sayso_pipeline_open(&p, &opts, &err) == SAYSO_OK);
  CHECK(err == NULL);
  sayso_pipeline_free(p);

  /* A missing rules directory. */
  opts.rules_directory = "/nonexistent/sayso/rules";
  CHECK(sayso_pipeline_open(&p, &opts, &err) < 0);
  CHECK(p == NULL);
  CHECK(err != NULL && sayso_error_code(err) == SAYSO_E_IO);
  sayso_error_free(err);
  return 0;
}

static int test_invalid_utf8(void) {
  static const char bad[] = "Bad \xFF byte. Next one.";
  sayso_options opts;
  sayso_pipeline *p = NULL;
  sayso_document *doc = NULL;
  sayso_error *err = NULL;
  sayso_sentence s;
  char *json;

  REQUIRE(sayso_pipeline_open(&p, NULL, NULL) == SAYSO_OK);
  doc = (sayso_document *)&s;
  CHECK(sayso_extract(&doc, p, bad, strlen(bad), &err) == SAYSO_E_INVALID_UTF8);
  CHECK(doc == NULL);
  REQUIRE(err != NULL);
  CHECK(sayso_error_code(err) == SAYSO_E_INVALID_UTF8);
  CHECK(strstr(sayso_error_message(err), "byte 4") != NULL);
  CHECK(sayso_error_byte_offset(err) == 4);
  CHECK(strcmp(sayso_error_file(err), "") == 0);
  CHECK(sayso_error_line(err) == 0 && sayso_error_column(err) == 0);
  sayso_error_free(err);
  err = NULL;
  /* Without an error object the status alone still tells. */
  CHECK(sayso_extract(&doc, p, bad, strlen(bad), NULL) == SAYSO_E_INVALID_UTF8);

  /* An id that is not UTF-8 would make an invalid record. */
  CHECK(sayso_extract_with_id(&doc, p, "ok", 2, "\xC3", 1, &err) == SAYSO_E_INVALID_ARGUMENT);
  sayso_error_free(err);
  err = NULL;
  /* NULL text is fine when empty; an empty text has no sentences. */
  REQUIRE(sayso_extract(&doc, p, NULL, 0, &err) == SAYSO_OK);
  CHECK(sayso_document_sentence_count(doc) == 0);
  json = record_of(doc);
  CHECK(json != NULL && starts_with(json, "{\"id\":\"\",\"sentences\":[]"));
  free(json);
  sayso_document_free(doc);
  CHECK(sayso_extract(&doc, p, NULL, 3, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_extract(&doc, NULL, "x", 1, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_extract(NULL, p, "x", 1, NULL) == SAYSO_E_INVALID_ARGUMENT);
  sayso_pipeline_free(p);

  /* NUL bytes are text like any other. */
  REQUIRE(sayso_pipeline_open(&p, NULL, NULL) == SAYSO_OK);
  REQUIRE(sayso_extract(&doc, p, "One.\0 Two.", 10, NULL) == SAYSO_OK);
  CHECK(sayso_document_text(doc, NULL) != NULL);
  sayso_document_free(doc);
  sayso_pipeline_free(p);

  /* With the repair option, the bad byte is one code point. */
  sayso_options_init(&opts);
  opts.repair_invalid_utf8 = 1;
  REQUIRE(sayso_pipeline_open(&p, &opts, &err) == SAYSO_OK);
  REQUIRE(sayso_extract(&doc, p, bad, strlen(bad), &err) == SAYSO_OK);
  REQUIRE(sayso_document_sentence_count(doc) == 2);
  s.size = sizeof s;
  REQUIRE(sayso_document_sentence(doc, 0, &s) == SAYSO_OK);
  CHECK(s.start == 0 && s.end == 11 && s.byte_end == 11);
  CHECK(s.text[4] == 0x1A);
  json = record_of(doc);
  CHECK(json != NULL &&
        starts_with(json, "{\"id\":\"\",\"sentences\":[{\"start\":0,\"end\":11,\"byte_start\":0,\"byte_end\":11},"
                          "{\"start\":12,\"end\":21,\"byte_start\":12,\"byte_end\":21}]"));
  free(json);
  sayso_document_free(doc);
  sayso_pipeline_free(p);
  return 0;
}

static int test_broken_rules(const char *broken_rules_dir) {
  sayso_options opts;
  sayso_pipeline *p = NULL;
  sayso_error *err = NULL;

  sayso_options_init(&opts);
  opts.rules_directory = broken_rules_dir;
  CHECK(sayso_pipeline_open(&p, &opts, &err) == SAYSO_E_RULE_SYNTAX);
  CHECK(p == NULL);
  REQUIRE(err != NULL);
  CHECK(sayso_error_code(err) == SAYSO_E_RULE_SYNTAX);
  CHECK(ends_with(sayso_error_file(err), "abbreviations.tsv"));
  CHECK(sayso_error_line(err) == 3);
  CHECK(sayso_error_column(err) == 5);
  CHECK(strstr(sayso_error_message(err), "abbreviations.tsv:3:5: ") != NULL);
  CHECK(strstr(sayso_error_message(err), "doctor") != NULL);
  CHECK(sayso_error_byte_offset(err) == SAYSO_NO_OFFSET);
  sayso_error_free(err);
  return 0;
}

static int test_null_handles(void) {
  sayso_pipeline_free(NULL);
  sayso_document_free(NULL);
  sayso_error_free(NULL);
  sayso_options_init(NULL);
  CHECK(sayso_error_code(NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(strcmp(sayso_error_message(NULL), "") == 0);
  CHECK(strcmp(sayso_error_file(NULL), "") == 0);
  CHECK(sayso_error_line(NULL) == 0);
  CHECK(sayso_document_sentence_count(NULL) == 0);
  CHECK(sayso_document_paragraph_count(NULL) == 0);
  CHECK(sayso_document_text(NULL, NULL) == NULL);
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s BROKEN_RULES_DIR EXTRA_RULES_DIR SAYSO_CLI TMP_DIR\n", argv[0]);
    return 2;
  }
  cli_path = argv[3];
  tmp_dir = argv[4];
  if (test_version() || test_extract_with_default_pipeline() || test_options(argv[2]) ||
      test_invalid_utf8() || test_broken_rules(argv[1]) || test_null_handles())
    return 1;
  if (c_check_failures) {
    fprintf(stderr, "%d check(s) failed\n", c_check_failures);
    return 1;
  }
  printf("all C ABI checks passed\n");
  return 0;
}
