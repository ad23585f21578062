/* The whole C ABI, used from C99 as an embedding program would.
 * Run as: test_c_abi BROKEN_RULES_DIR EXTRA_RULES_DIR SAYSO_CLI TMP_DIR */
#define _POSIX_C_SOURCE 200809L /* popen */
#include <stdlib.h>
#include <string.h>

#include "c_check.h"
#include "c_render.h"
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

/* Where `needle` occurs in `hay` at or after `from`; NULL when not. */
static const char *find_from(const char *hay, const char *from, const char *needle) {
  (void)hay;
  return from ? strstr(from, needle) : NULL;
}

/* Whether the entities read through the accessors, rendered as JSON, are
 * the record's "entities" array, exactly; prints both when not. */
static int entities_match_record(const sayso_document *doc, const char *record) {
  render_buf array = {0};
  size_t i;
  int found;
  rb_str(&array, "\"entities\":[");
  for (i = 0; i < sayso_document_entity_count(doc); ++i) {
    render_buf head = {0}, gender = {0}, mentions = {0};
    if (render_entity(doc, i, &head, &gender, &mentions) != 0) array.failed = 1;
    if (i > 0) rb_str(&array, ",");
    rb_str(&array, head.p ? head.p : "");
    rb_str(&array, ",");
    rb_str(&array, gender.p ? gender.p : "");
    rb_str(&array, ",");
    rb_str(&array, mentions.p ? mentions.p : "");
    rb_free(&head);
    rb_free(&gender);
    rb_free(&mentions);
  }
  rb_str(&array, "],\"quotes\":[");
  found = !array.failed && strstr(record, array.p) != NULL;
  if (!found) fprintf(stderr, "  entities not in the record:\n  got:    %s\n  record: %s\n", array.p ? array.p : "", record);
  rb_free(&array);
  return found;
}

/* A news text with every layer: an indirect clause with a quoted fragment
 * in it, direct quotes with a name, a role and a pronoun, non-ASCII names
 * (code point and byte offsets part), a country, a date. */
static const char news[] =
    "U.S. Secretary of State John Kerry said on Friday that Moscow's proposal was "
    "\"a step in the right direction\" for Syria.\n\n"
    "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D said Zo\xC3\xAB M\xC3\xBCller, a spokeswoman for the ministry. "
    "\"It will take years,\" she added.\n";

static int test_quotes_and_entities(void) {
  sayso_pipeline *p = NULL;
  sayso_document *doc = NULL;
  sayso_error *err = NULL;
  sayso_quote q;
  sayso_entity e;
  sayso_span span;
  render_buf line = {0};
  char *json, *expected;
  const char *doc_text, *kerry_role;
  size_t i, n_quotes, n_entities, role_len = 99, mixed = SAYSO_NO_INDEX, kerry = SAYSO_NO_INDEX,
                                  muller = SAYSO_NO_INDEX, united_states = SAYSO_NO_INDEX;

  REQUIRE(sayso_pipeline_open(&p, NULL, &err) == SAYSO_OK);
  REQUIRE(sayso_extract_with_id(&doc, p, news, strlen(news), "doc-q", 5, &err) == SAYSO_OK);
  sayso_pipeline_free(p);
  doc_text = sayso_document_text(doc, NULL);

  /* The record equals the CLI's for the same document ... */
  rb_str(&line, "{\"id\":\"doc-q\",\"text\":");
  rb_json(&line, news, strlen(news));
  rb_str(&line, "}\n");
  REQUIRE(!line.failed);
  expected = cli_record(line.p);
  rb_free(&line);
  REQUIRE(expected != NULL);
  json = record_of(doc);
  REQUIRE(json != NULL);
  CHECK(strcmp(json, expected) == 0);
  free(json);

  /* ... and every quote read through the accessors is in it, as it is
   * written there, in order. */
  n_quotes = sayso_document_quote_count(doc);
  n_entities = sayso_document_entity_count(doc);
  REQUIRE(n_quotes >= 3);
  REQUIRE(n_entities >= 3);
  {
    const char *at = strstr(expected, "\"quotes\":[");
    size_t in_record = 0;
    const char *scan = expected;
    while ((scan = strstr(scan, "{\"id\":\"Q")) != NULL) {
      ++in_record;
      ++scan;
    }
    CHECK(in_record == n_quotes);
    for (i = 0; i < n_quotes; ++i) {
      render_buf object = {0};
      REQUIRE(render_quote(doc, i, &object) == 0);
      at = find_from(expected, at, object.p);
      if (!at) fprintf(stderr, "  quote %lu not in the CLI record: %s\n  record: %s\n", (unsigned long)i, object.p, expected);
      CHECK(at != NULL);
      rb_free(&object);
    }
  }
  /* Every entity too, exactly as the record writes it. */
  {
    size_t in_record = 0;
    const char *scan = expected;
    while ((scan = strstr(scan, "{\"id\":\"E")) != NULL) {
      ++in_record;
      ++scan;
    }
    CHECK(in_record == n_entities);
    CHECK(entities_match_record(doc, expected));
  }
  free(expected);

  /* What the layers say about this text. */
  memset(&q, 0xAB, sizeof q);
  q.size = sizeof q;
  for (i = 0; i < n_quotes; ++i) {
    REQUIRE(sayso_document_quote(doc, i, &q) == SAYSO_OK);
    CHECK(q.size == sizeof q);
    CHECK(q.text == doc_text + q.byte_start);
    CHECK(q.text_len == q.byte_end - q.byte_start);
    CHECK(q.start <= q.byte_start && q.end <= q.byte_end && q.start < q.end);
    CHECK(q.kind == SAYSO_QUOTE_DIRECT || q.kind == SAYSO_QUOTE_MIXED || q.kind == SAYSO_QUOTE_INDIRECT);
    CHECK((q.speaker == NULL) == (q.speaker_len == 0));
    CHECK(q.speaker == NULL || strlen(q.speaker) == q.speaker_len);
    CHECK(q.speaker_entity == SAYSO_NO_INDEX || q.speaker_entity < n_entities);
    CHECK(q.nested_in == SAYSO_NO_INDEX || q.nested_in < n_quotes);
    CHECK(q.confidence >= 0 && q.confidence <= 1);
    if (q.cue.start != SAYSO_NO_OFFSET) CHECK(q.cue.text == doc_text + q.cue.byte_start);
    else CHECK(q.cue.text == NULL && q.cue.text_len == 0 && q.cue.byte_end == SAYSO_NO_OFFSET);
    if (q.kind == SAYSO_QUOTE_MIXED && q.nested_in != SAYSO_NO_INDEX) mixed = i;
  }
  /* "a step in the right direction" sits in Kerry's indirect clause. */
  REQUIRE(mixed != SAYSO_NO_INDEX);
  REQUIRE(sayso_document_quote(doc, mixed, &q) == SAYSO_OK);
  CHECK(q.text_len == 31 && memcmp(q.text, "\"a step in the right direction\"", 31) == 0);
  {
    sayso_quote outer;
    const size_t inner_start = q.byte_start, inner_end = q.byte_end;
    outer.size = sizeof outer;
    REQUIRE(sayso_document_quote(doc, q.nested_in, &outer) == SAYSO_OK);
    CHECK(outer.kind == SAYSO_QUOTE_INDIRECT);
    CHECK(outer.byte_start <= inner_start && inner_end <= outer.byte_end);
    CHECK(outer.speaker != NULL && strcmp(outer.speaker, "John Kerry") == 0);
    CHECK(outer.cue.text_len == 4 && memcmp(outer.cue.text, "said", 4) == 0);
    CHECK(outer.sieve != NULL && outer.confidence > 0);
  }

  memset(&e, 0xAB, sizeof e);
  e.size = sizeof e;
  for (i = 0; i < n_entities; ++i) {
    REQUIRE(sayso_document_entity(doc, i, &e) == SAYSO_OK);
    CHECK(e.size == sizeof e);
    CHECK(e.mention_count >= 1);
    CHECK(e.role_count == sayso_document_entity_role_count(doc, i));
    CHECK(strlen(e.name) == e.name_len);
    if (strcmp(e.name, "John Kerry") == 0) kerry = i;
    if (strcmp(e.name, "Zo\xC3\xAB M\xC3\xBCller") == 0) muller = i;
    if (strcmp(e.name, "United States") == 0) united_states = i;
  }
  REQUIRE(kerry != SAYSO_NO_INDEX && muller != SAYSO_NO_INDEX && united_states != SAYSO_NO_INDEX);
  REQUIRE(sayso_document_entity(doc, kerry, &e) == SAYSO_OK);
  CHECK(e.type == SAYSO_ENTITY_PERSON && e.gender == SAYSO_GENDER_MALE);
  CHECK(strcmp(e.id, "E2") == 0);
  CHECK(strcmp(e.country_code, "") == 0);
  REQUIRE(e.role_count == 1);
  kerry_role = sayso_document_entity_role(doc, kerry, 0, &role_len);
  CHECK(kerry_role != NULL && strcmp(kerry_role, "U.S. Secretary of State") == 0 && role_len == 23);
  CHECK(sayso_document_entity_role(doc, kerry, 1, &role_len) == NULL && role_len == 0);
  CHECK(sayso_document_entity_role(doc, kerry, 0, NULL) == kerry_role);
  REQUIRE(sayso_document_entity_mention(doc, kerry, 0, &span) == SAYSO_OK);
  CHECK(span.start == 24 && span.end == 34 && span.byte_start == 24 && span.byte_end == 34);
  CHECK(span.text == doc_text + 24 && span.text_len == 10);
  CHECK(sayso_document_entity_mention_rule(doc, kerry, 0) != NULL);
  REQUIRE(sayso_document_entity(doc, kerry, &e) == SAYSO_OK);
  CHECK(e.affiliation == united_states); /* his role names the United States */
  REQUIRE(sayso_document_entity(doc, united_states, &e) == SAYSO_OK);
  CHECK(e.type == SAYSO_ENTITY_GPE && e.gender == SAYSO_GENDER_UNKNOWN);
  CHECK(strcmp(e.country_code, "US") == 0);
  CHECK(e.affiliation == SAYSO_NO_INDEX);
  CHECK(strcmp(e.kb_source, "iso3166") == 0 && strcmp(e.kb_id, "US") == 0);
  CHECK(sayso_document_entity_role(doc, united_states, 0, NULL) == NULL);
  /* After "Zoë" a code point offset is one less than its byte offset. */
  REQUIRE(sayso_document_entity(doc, muller, &e) == SAYSO_OK);
  CHECK(e.gender == SAYSO_GENDER_FEMALE);
  REQUIRE(sayso_document_entity_mention(doc, muller, 0, &span) == SAYSO_OK);
  CHECK(span.text_len == 12 && memcmp(span.text, "Zo\xC3\xAB M\xC3\xBCller", 12) == 0);
  CHECK(span.end - span.start == 10 && span.byte_end - span.byte_start == 12);
  CHECK(span.byte_start - span.start == 4); /* two typographic marks before it: 2 bytes extra each */
  /* A quote of hers names her entity. */
  {
    size_t hers = 0;
    for (i = 0; i < n_quotes; ++i) {
      REQUIRE(sayso_document_quote(doc, i, &q) == SAYSO_OK);
      if (q.speaker_entity == muller) {
        ++hers;
        CHECK(q.kind == SAYSO_QUOTE_DIRECT);
        CHECK(q.speaker != NULL && strcmp(q.speaker, e.name) == 0);
        CHECK(q.speaker_mention.start != SAYSO_NO_OFFSET);
      }
    }
    CHECK(hers >= 2);
  }

  /* Out of range and bad arguments leave *out untouched. */
  memset(&q, 0x11, sizeof q);
  q.size = sizeof q;
  CHECK(sayso_document_quote(doc, n_quotes, &q) == SAYSO_E_RANGE);
  CHECK(sayso_document_quote(doc, (size_t)-1, &q) == SAYSO_E_RANGE);
  CHECK(q.start == ((size_t)-1 / 0xFF) * 0x11);
  CHECK(sayso_document_quote(doc, 0, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_document_quote(NULL, 0, &q) == SAYSO_E_INVALID_ARGUMENT);
  q.size = 0;
  CHECK(sayso_document_quote(doc, 0, &q) == SAYSO_E_INVALID_ARGUMENT);
  e.size = sizeof e;
  CHECK(sayso_document_entity(doc, n_entities, &e) == SAYSO_E_RANGE);
  CHECK(sayso_document_entity(doc, 0, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_document_entity(NULL, 0, &e) == SAYSO_E_INVALID_ARGUMENT);
  memset(&span, 0x22, sizeof span);
  CHECK(sayso_document_entity_mention(doc, kerry, 1, &span) == SAYSO_E_RANGE);
  CHECK(sayso_document_entity_mention(doc, n_entities, 0, &span) == SAYSO_E_RANGE);
  CHECK(span.start == ((size_t)-1 / 0xFF) * 0x22);
  CHECK(sayso_document_entity_mention(doc, kerry, 0, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_document_entity_mention(NULL, 0, 0, &span) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_document_entity_mention_rule(doc, kerry, 1) == NULL);
  CHECK(sayso_document_entity_role_count(doc, n_entities) == 0);
  CHECK(sayso_document_entity_role(doc, n_entities, 0, &role_len) == NULL && role_len == 0);

  /* An older, shorter struct gets only its own members. */
  {
    struct {
      sayso_quote old;
      size_t guard;
    } shorter;
    struct {
      sayso_entity old;
      size_t guard;
    } shorter_entity;
    memset(&shorter, 0x5A, sizeof shorter);
    shorter.old.size = offsetof(sayso_quote, text);
    REQUIRE(sayso_document_quote(doc, mixed, &shorter.old) == SAYSO_OK);
    CHECK(shorter.old.size == offsetof(sayso_quote, text));
    CHECK(shorter.old.kind == SAYSO_QUOTE_MIXED && shorter.old.byte_end > shorter.old.byte_start);
    CHECK(shorter.old.text_len == ((size_t)-1 / 0xFF) * 0x5A); /* untouched */
    memset(&shorter_entity, 0x5A, sizeof shorter_entity);
    shorter_entity.old.size = offsetof(sayso_entity, name);
    REQUIRE(sayso_document_entity(doc, kerry, &shorter_entity.old) == SAYSO_OK);
    CHECK(shorter_entity.old.type == SAYSO_ENTITY_PERSON && strcmp(shorter_entity.old.id, "E2") == 0);
    CHECK(shorter_entity.old.name_len == ((size_t)-1 / 0xFF) * 0x5A); /* untouched */
  }
  sayso_document_free(doc);
  return 0;
}

/* Knowledge-base links and affiliations: a country (ISO 3166), a city
 * (GeoNames, with its coordinates), a person whose role names the country,
 * and what an older caller's shorter sayso_entity gets of them. */
static int test_kb_and_affiliation(void) {
  static const char text[] =
      "U.S. Secretary of State John Kerry said in Geneva on Monday that talks would resume. "
      "\"We will talk,\" Kerry said.";
  sayso_pipeline *p = NULL;
  sayso_document *doc = NULL;
  sayso_entity e;
  render_buf line = {0};
  char *expected;
  size_t i, n_entities, kerry = SAYSO_NO_INDEX, united_states = SAYSO_NO_INDEX, geneva = SAYSO_NO_INDEX,
                        monday = SAYSO_NO_INDEX;

  REQUIRE(sayso_pipeline_open(&p, NULL, NULL) == SAYSO_OK);
  REQUIRE(sayso_extract_with_id(&doc, p, text, strlen(text), "doc-kb", 6, NULL) == SAYSO_OK);
  sayso_pipeline_free(p);

  /* The accessors say what the CLI's record says. */
  rb_str(&line, "{\"id\":\"doc-kb\",\"text\":");
  rb_json(&line, text, strlen(text));
  rb_str(&line, "}\n");
  REQUIRE(!line.failed);
  expected = cli_record(line.p);
  rb_free(&line);
  REQUIRE(expected != NULL);
  CHECK(entities_match_record(doc, expected));
  free(expected);

  n_entities = sayso_document_entity_count(doc);
  memset(&e, 0xAB, sizeof e);
  e.size = sizeof e;
  for (i = 0; i < n_entities; ++i) {
    REQUIRE(sayso_document_entity(doc, i, &e) == SAYSO_OK);
    /* Never NULL, whether linked or not. */
    CHECK(e.kb_source != NULL && e.kb_id != NULL && e.kb_country != NULL && e.kb_admin != NULL);
    CHECK(e.affiliation == SAYSO_NO_INDEX || e.affiliation < n_entities);
    if (e.kb_source[0] == '\0')
      CHECK(e.kb_id[0] == '\0' && e.kb_country[0] == '\0' && e.kb_admin[0] == '\0' &&
            e.kb_population == 0 && e.kb_has_coordinates == 0 && e.kb_lat == 0 && e.kb_lon == 0);
    if (strcmp(e.name, "John Kerry") == 0) kerry = i;
    if (strcmp(e.name, "United States") == 0) united_states = i;
    if (strcmp(e.name, "Geneva") == 0) geneva = i;
    if (strcmp(e.name, "Monday") == 0) monday = i;
  }
  REQUIRE(kerry != SAYSO_NO_INDEX && united_states != SAYSO_NO_INDEX && geneva != SAYSO_NO_INDEX &&
          monday != SAYSO_NO_INDEX);

  REQUIRE(sayso_document_entity(doc, united_states, &e) == SAYSO_OK);
  CHECK(strcmp(e.kb_source, "iso3166") == 0 && strcmp(e.kb_id, "US") == 0);
  CHECK(strcmp(e.kb_country, "US") == 0 && strcmp(e.kb_admin, "") == 0);
  CHECK(e.kb_population == 0 && e.kb_has_coordinates == 0);
  CHECK(e.affiliation == SAYSO_NO_INDEX);

  REQUIRE(sayso_document_entity(doc, geneva, &e) == SAYSO_OK);
  CHECK(e.type == SAYSO_ENTITY_GPE);
  CHECK(strcmp(e.kb_source, "geonames") == 0 && strcmp(e.kb_id, "2660646") == 0);
  CHECK(strcmp(e.kb_country, "CH") == 0 && e.kb_admin[0] != '\0');
  CHECK(e.kb_population > 100000);
  CHECK(e.kb_has_coordinates != 0);
  CHECK(e.kb_lat > 46.1 && e.kb_lat < 46.3 && e.kb_lon > 6.0 && e.kb_lon < 6.3);
  CHECK(e.affiliation == SAYSO_NO_INDEX);

  REQUIRE(sayso_document_entity(doc, kerry, &e) == SAYSO_OK);
  CHECK(e.type == SAYSO_ENTITY_PERSON);
  CHECK(e.affiliation == united_states);
  CHECK(strcmp(e.kb_source, "") == 0 && strcmp(e.kb_id, "") == 0); /* no knowledge base given */

  REQUIRE(sayso_document_entity(doc, monday, &e) == SAYSO_OK);
  CHECK(e.type == SAYSO_ENTITY_DATE && strcmp(e.kb_source, "") == 0 && e.affiliation == SAYSO_NO_INDEX);

  /* A caller built before affiliation and kb: its struct ends at
   * role_count, and nothing past it is written. */
  {
    struct {
      sayso_entity old;
      size_t guard;
    } shorter;
    const unsigned char *bytes = (const unsigned char *)&shorter;
    size_t k, untouched = 0;
    memset(&shorter, 0x5A, sizeof shorter);
    shorter.old.size = offsetof(sayso_entity, affiliation);
    REQUIRE(sayso_document_entity(doc, kerry, &shorter.old) == SAYSO_OK);
    CHECK(shorter.old.size == offsetof(sayso_entity, affiliation));
    CHECK(strcmp(shorter.old.name, "John Kerry") == 0);
    CHECK(shorter.old.role_count == 1 && shorter.old.mention_count >= 2);
    for (k = offsetof(sayso_entity, affiliation); k < sizeof shorter; ++k) untouched += bytes[k] == 0x5A;
    CHECK(untouched == sizeof shorter - offsetof(sayso_entity, affiliation));

    /* One that ends inside the kb members gets those it has. */
    memset(&shorter, 0x5A, sizeof shorter);
    shorter.old.size = offsetof(sayso_entity, kb_population);
    REQUIRE(sayso_document_entity(doc, geneva, &shorter.old) == SAYSO_OK);
    CHECK(shorter.old.affiliation == SAYSO_NO_INDEX);
    CHECK(strcmp(shorter.old.kb_source, "geonames") == 0 && strcmp(shorter.old.kb_country, "CH") == 0);
    CHECK(shorter.old.kb_admin[0] != '\0');
    for (k = offsetof(sayso_entity, kb_population), untouched = 0; k < sizeof shorter; ++k)
      untouched += bytes[k] == 0x5A;
    CHECK(untouched == sizeof shorter - offsetof(sayso_entity, kb_population));
  }
  sayso_document_free(doc);
  return 0;
}

/* A whole statement with no speaker: left out, unless asked for. */
static int test_keep_unattributed(void) {
  static const char text[] = "\"Nobody expected this.\"";
  sayso_options opts;
  sayso_pipeline *p = NULL;
  sayso_document *doc = NULL;
  sayso_quote q;
  render_buf object = {0};
  char *json;

  sayso_options_init(&opts);
  CHECK(opts.keep_unattributed_quotes == 0);
  REQUIRE(sayso_pipeline_open(&p, &opts, NULL) == SAYSO_OK);
  REQUIRE(sayso_extract(&doc, p, text, strlen(text), NULL) == SAYSO_OK);
  CHECK(sayso_document_quote_count(doc) == 0);
  sayso_document_free(doc);
  sayso_pipeline_free(p);

  opts.keep_unattributed_quotes = 1;
  REQUIRE(sayso_pipeline_open(&p, &opts, NULL) == SAYSO_OK);
  REQUIRE(sayso_extract(&doc, p, text, strlen(text), NULL) == SAYSO_OK);
  REQUIRE(sayso_document_quote_count(doc) == 1);
  q.size = sizeof q;
  REQUIRE(sayso_document_quote(doc, 0, &q) == SAYSO_OK);
  CHECK(strcmp(q.id, "Q1") == 0);
  CHECK(q.kind == SAYSO_QUOTE_DIRECT);
  CHECK(q.start == 0 && q.end == strlen(text) && q.text_len == strlen(text));
  CHECK(q.speaker == NULL && q.speaker_len == 0);
  CHECK(q.speaker_entity == SAYSO_NO_INDEX);
  CHECK(q.speaker_mention.start == SAYSO_NO_OFFSET && q.speaker_mention.end == SAYSO_NO_OFFSET);
  CHECK(q.speaker_mention.byte_start == SAYSO_NO_OFFSET && q.speaker_mention.text == NULL);
  CHECK(q.cue.start == SAYSO_NO_OFFSET && q.cue.text == NULL && q.cue.text_len == 0);
  CHECK(q.sieve == NULL);
  CHECK(q.confidence == 0);
  CHECK(q.nested_in == SAYSO_NO_INDEX);
  /* The JSON record says the same, with nulls. */
  REQUIRE(render_quote(doc, 0, &object) == 0);
  json = record_of(doc);
  CHECK(json != NULL && strstr(json, object.p) != NULL);
  CHECK(strstr(object.p, "\"speaker\":null,\"speaker_entity\":null,\"speaker_mention\":null") != NULL);
  free(json);
  rb_free(&object);
  sayso_document_free(doc);
  sayso_pipeline_free(p);

  /* A caller built against the header before keep_unattributed_quotes:
   * its shorter struct gets the default. */
  sayso_options_init_size(&opts, offsetof(sayso_options, keep_unattributed_quotes));
  CHECK(opts.size == offsetof(sayso_options, keep_unattributed_quotes));
  REQUIRE(sayso_pipeline_open(&p, &opts, NULL) == SAYSO_OK);
  REQUIRE(sayso_extract(&doc, p, text, strlen(text), NULL) == SAYSO_OK);
  CHECK(sayso_document_quote_count(doc) == 0);
  sayso_document_free(doc);
  sayso_pipeline_free(p);
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
  CHECK(opts.keep_unattributed_quotes == 0);
  CHECK(opts.max_seconds_per_document == 0);
  CHECK(opts.max_document_bytes == 0);

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

  /* A text longer than max_document_bytes: SAYSO_E_TOO_LARGE; one as long
   * passes. */
  sayso_options_init(&opts);
  opts.max_document_bytes = strlen(two_lines) - 1;
  REQUIRE(sayso_pipeline_open(&p, &opts, &err) == SAYSO_OK);
  doc = (sayso_document *)&opts;
  CHECK(sayso_extract(&doc, p, two_lines, strlen(two_lines), &err) == SAYSO_E_TOO_LARGE);
  CHECK(doc == NULL);
  REQUIRE(err != NULL);
  CHECK(sayso_error_code(err) == SAYSO_E_TOO_LARGE);
  CHECK(strstr(sayso_error_message(err), "bytes") != NULL);
  sayso_error_free(err);
  err = NULL;
  CHECK(sayso_extract(&doc, p, two_lines, strlen(two_lines) - 1, &err) == SAYSO_OK);
  sayso_document_free(doc);
  sayso_pipeline_free(p);

  /* Past max_seconds_per_document: SAYSO_E_TIMEOUT. */
  sayso_options_init(&opts);
  opts.max_seconds_per_document = 1e-9;
  REQUIRE(sayso_pipeline_open(&p, &opts, &err) == SAYSO_OK);
  CHECK(sayso_extract(&doc, p, two_lines, strlen(two_lines), &err) == SAYSO_E_TIMEOUT);
  CHECK(doc == NULL);
  REQUIRE(err != NULL);
  CHECK(sayso_error_code(err) == SAYSO_E_TIMEOUT);
  sayso_error_free(err);
  err = NULL;
  sayso_pipeline_free(p);
  opts.max_seconds_per_document = -1;
  CHECK(sayso_pipeline_open(&p, &opts, &err) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(err != NULL && strstr(sayso_error_message(err), "max_seconds_per_document") != NULL);
  sayso_error_free(err);
  err = NULL;

  /* A caller built against the header before the limits: no limits. */
  sayso_options_init_size(&opts, offsetof(sayso_options, max_seconds_per_document));
  REQUIRE(sayso_pipeline_open(&p, &opts, &err) == SAYSO_OK);
  CHECK(sayso_extract(&doc, p, two_lines, strlen(two_lines), &err) == SAYSO_OK);
  sayso_document_free(doc);
  sayso_pipeline_free(p);

  /* Bad options. */
  sayso_options_init(&opts);
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
  CHECK(sayso_document_quote_count(NULL) == 0);
  CHECK(sayso_document_entity_count(NULL) == 0);
  CHECK(sayso_document_entity_role_count(NULL, 0) == 0);
  CHECK(sayso_document_entity_role(NULL, 0, 0, NULL) == NULL);
  CHECK(sayso_document_entity_mention_rule(NULL, 0, 0) == NULL);
  return 0;
}

/* The CSV functions: header, rows and error row through the preflight/fill
 * protocol (the bytes themselves are compared with the CLI's by the Python
 * tests, which write CSV through them). */
static int test_csv(void) {
  sayso_pipeline *p = NULL;
  sayso_error *err = NULL;
  sayso_document *doc = NULL;
  size_t needed = 0;
  char small[4];
  char buf[4096];
  const char *text = "\"The gate stays shut,\" said Ilse Marr, the warden.";
  REQUIRE(sayso_pipeline_open(&p, NULL, &err) == SAYSO_OK);
  REQUIRE(sayso_extract_with_id(&doc, p, text, strlen(text), "c1", 2, &err) == SAYSO_OK);

  CHECK(sayso_csv_header(SAYSO_CSV_SENTENCES, NULL, 0, &needed) == SAYSO_OK);
  CHECK(needed == strlen("doc_id,index,paragraph,start,end,byte_start,byte_end,text,error\n") + 1);
  CHECK(sayso_csv_header(SAYSO_CSV_SENTENCES, buf, sizeof buf, NULL) == SAYSO_OK);
  CHECK(strcmp(buf, "doc_id,index,paragraph,start,end,byte_start,byte_end,text,error\n") == 0);
  CHECK(sayso_csv_header(7, buf, sizeof buf, &needed) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_csv_header(SAYSO_CSV_QUOTES, NULL, 5, &needed) == SAYSO_E_INVALID_ARGUMENT);

  memset(small, 'x', sizeof small);
  CHECK(sayso_document_to_csv(doc, SAYSO_CSV_QUOTES, 0, small, sizeof small, &needed) == SAYSO_E_BUFFER_TOO_SMALL);
  CHECK(small[0] == 'x');  /* untouched */
  CHECK(needed > sizeof small && needed < sizeof buf);
  CHECK(sayso_document_to_csv(doc, SAYSO_CSV_QUOTES, 0, buf, sizeof buf, NULL) == SAYSO_OK);
  CHECK(strlen(buf) + 1 == needed);
  CHECK(starts_with(buf, "c1,Q1,direct,0,"));
  CHECK(strstr(buf, ",Ilse Marr,") != NULL);
  CHECK(ends_with(buf, "\n"));
  CHECK(sayso_document_to_csv(NULL, SAYSO_CSV_QUOTES, 0, buf, sizeof buf, NULL) == SAYSO_E_INVALID_ARGUMENT);
  CHECK(sayso_document_to_csv(doc, -1, 0, buf, sizeof buf, NULL) == SAYSO_E_INVALID_ARGUMENT);

  CHECK(sayso_csv_error_row("d9", 2, "no, such", 8, SAYSO_CSV_SENTENCES, 0, buf, sizeof buf, &needed) == SAYSO_OK);
  CHECK(strcmp(buf, "d9,,,,,,,,\"no, such\"\n") == 0);
  CHECK(sayso_csv_error_row("=d", 2, "x", 1, SAYSO_CSV_SENTENCES, SAYSO_CSV_SPREADSHEET_SAFE, buf, sizeof buf,
                            NULL) == SAYSO_OK);
  CHECK(starts_with(buf, "\"'=d\","));
  CHECK(sayso_csv_error_row(NULL, 3, "x", 1, SAYSO_CSV_QUOTES, 0, buf, sizeof buf, NULL) == SAYSO_E_INVALID_ARGUMENT);

  sayso_document_free(doc);
  sayso_pipeline_free(p);
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s BROKEN_RULES_DIR EXTRA_RULES_DIR SAYSO_CLI TMP_DIR\n", argv[0]);
    return 2;
  }
  cli_path = argv[3];
  tmp_dir = argv[4];
  if (test_version() || test_extract_with_default_pipeline() || test_quotes_and_entities() ||
      test_kb_and_affiliation() || test_keep_unattributed() || test_options(argv[2]) ||
      test_invalid_utf8() || test_broken_rules(argv[1]) || test_null_handles() || test_csv())
    return 1;
  if (c_check_failures) {
    fprintf(stderr, "%d check(s) failed\n", c_check_failures);
    return 1;
  }
  printf("all C ABI checks passed\n");
  return 0;
}
