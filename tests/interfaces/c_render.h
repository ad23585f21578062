/* Renders what the C ABI's accessors return as the JSON the CLI writes, so
 * that the plain-C tests can compare the two. Static functions only: each
 * test includes this once. */
#ifndef SAYSO_TESTS_C_RENDER_H
#define SAYSO_TESTS_C_RENDER_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sayso/sayso.h"

/* A growing NUL-terminated string; `failed` is set when memory ran out. */
typedef struct render_buf {
  char *p;
  size_t len;
  size_t cap;
  int failed;
} render_buf;

static void rb_add(render_buf *b, const char *s, size_t n) {
  if (b->failed) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    char *bigger;
    while (cap < b->len + n + 1) cap *= 2;
    bigger = (char *)realloc(b->p, cap);
    if (!bigger) {
      b->failed = 1;
      return;
    }
    b->p = bigger;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

static void rb_str(render_buf *b, const char *s) { rb_add(b, s, strlen(s)); }

static void rb_fmt(render_buf *b, const char *fmt, ...) {
  char tmp[256];
  int n;
  va_list args;
  va_start(args, fmt);
  n = vsnprintf(tmp, sizeof tmp, fmt, args);
  va_end(args);
  if (n < 0 || (size_t)n >= sizeof tmp) {
    b->failed = 1;
    return;
  }
  rb_add(b, tmp, (size_t)n);
}

static void rb_free(render_buf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
  b->failed = 0;
}

/* A JSON string, escaped as sayso's JSON writer does (0x1A stays as is:
 * these tests use valid UTF-8 only). */
static void rb_json(render_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  size_t i;
  rb_add(b, "\"", 1);
  for (i = 0; i < n; ++i) {
    const unsigned char c = (unsigned char)s[i];
    if (c == '"') rb_str(b, "\\\"");
    else if (c == '\\') rb_str(b, "\\\\");
    else if (c == '\n') rb_str(b, "\\n");
    else if (c == '\r') rb_str(b, "\\r");
    else if (c == '\t') rb_str(b, "\\t");
    else if (c < 0x20 || c == 0x7F) {
      char u[7] = {'\\', 'u', '0', '0', 0, 0, 0};
      u[4] = hex[c >> 4];
      u[5] = hex[c & 15];
      rb_add(b, u, 6);
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
      rb_str(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
      i += 2;
    } else {
      rb_add(b, s + i, 1);
    }
  }
  rb_add(b, "\"", 1);
}

static void rb_json_or_null(render_buf *b, const char *s) {
  if (s) rb_json(b, s, strlen(s));
  else rb_str(b, "null");
}

static void rb_offsets(render_buf *b, size_t start, size_t end, size_t byte_start, size_t byte_end) {
  rb_fmt(b, "\"start\":%lu,\"end\":%lu,\"byte_start\":%lu,\"byte_end\":%lu", (unsigned long)start,
         (unsigned long)end, (unsigned long)byte_start, (unsigned long)byte_end);
}

/* {"start",...,"text"} or null for an absent span. */
static void rb_span(render_buf *b, const sayso_span *s) {
  if (s->start == SAYSO_NO_OFFSET) {
    rb_str(b, "null");
    return;
  }
  rb_str(b, "{");
  rb_offsets(b, s->start, s->end, s->byte_start, s->byte_end);
  rb_str(b, ",\"text\":");
  rb_json(b, s->text, s->text_len);
  rb_str(b, "}");
}

static const char *quote_kind_name(int kind) {
  switch (kind) {
    case SAYSO_QUOTE_DIRECT: return "direct";
    case SAYSO_QUOTE_MIXED: return "mixed";
    case SAYSO_QUOTE_INDIRECT: return "indirect";
  }
  return "?";
}

static const char *entity_type_name(int type) {
  switch (type) {
    case SAYSO_ENTITY_PERSON: return "PERSON";
    case SAYSO_ENTITY_ORG: return "ORG";
    case SAYSO_ENTITY_GPE: return "GPE";
    case SAYSO_ENTITY_LOC: return "LOC";
    case SAYSO_ENTITY_NORP: return "NORP";
    case SAYSO_ENTITY_DATE: return "DATE";
  }
  return "?";
}

static const char *gender_name(int gender) {
  switch (gender) {
    case SAYSO_GENDER_UNKNOWN: return "unknown";
    case SAYSO_GENDER_FEMALE: return "female";
    case SAYSO_GENDER_MALE: return "male";
  }
  return "?";
}

/* The id of entity `index` ("E3"), NULL when none. */
static const char *entity_id(const sayso_document *doc, size_t index) {
  sayso_entity e;
  e.size = sizeof e;
  if (index == SAYSO_NO_INDEX || sayso_document_entity(doc, index, &e) != SAYSO_OK) return NULL;
  return e.id;
}

static const char *quote_id(const sayso_document *doc, size_t index) {
  sayso_quote q;
  q.size = sizeof q;
  if (index == SAYSO_NO_INDEX || sayso_document_quote(doc, index, &q) != SAYSO_OK) return NULL;
  return q.id;
}

/* Quote `index` as the JSON object the record holds for it. Returns 0 on
 * success. */
static int render_quote(const sayso_document *doc, size_t index, render_buf *b) {
  sayso_quote q;
  q.size = sizeof q;
  if (sayso_document_quote(doc, index, &q) != SAYSO_OK) return 1;
  rb_str(b, "{\"id\":");
  rb_json_or_null(b, q.id);
  rb_str(b, ",\"kind\":");
  rb_json_or_null(b, quote_kind_name(q.kind));
  rb_str(b, ",");
  rb_offsets(b, q.start, q.end, q.byte_start, q.byte_end);
  rb_str(b, ",\"text\":");
  rb_json(b, q.text, q.text_len);
  rb_str(b, ",\"speaker\":");
  if (q.speaker) rb_json(b, q.speaker, q.speaker_len);
  else rb_str(b, "null");
  rb_str(b, ",\"speaker_entity\":");
  rb_json_or_null(b, entity_id(doc, q.speaker_entity));
  rb_str(b, ",\"speaker_mention\":");
  rb_span(b, &q.speaker_mention);
  rb_str(b, ",\"speaker_span\":");
  if (q.speaker_mention.start == SAYSO_NO_OFFSET) rb_str(b, "null");
  else rb_fmt(b, "[%lu,%lu]", (unsigned long)q.speaker_mention.start, (unsigned long)q.speaker_mention.end);
  rb_str(b, ",\"cue\":");
  rb_span(b, &q.cue);
  rb_str(b, ",\"cue_type\":");
  rb_json_or_null(b, q.cue_type);
  rb_str(b, ",\"sieve\":");
  rb_json_or_null(b, q.sieve);
  rb_fmt(b, ",\"confidence\":%.4g", q.confidence);
  rb_str(b, ",\"nested_in\":");
  rb_json_or_null(b, quote_id(doc, q.nested_in));
  rb_str(b, "}");
  return b->failed;
}

/* A coordinate as the record writes it: 5 decimals, trailing zeros cut. */
static void rb_degrees(render_buf *b, double degrees) {
  char tmp[64];
  size_t n;
  int written = snprintf(tmp, sizeof tmp, "%.5f", degrees);
  if (written < 0 || (size_t)written >= sizeof tmp) {
    b->failed = 1;
    return;
  }
  n = (size_t)written;
  while (n > 1 && tmp[n - 1] == '0') --n;
  if (tmp[n - 1] == '.') --n;
  rb_add(b, tmp, n);
}

/* An entity's "kb": null, or {"source","id"} and what the source gives. */
static void rb_kb(render_buf *b, const sayso_entity *e) {
  if (e->kb_source[0] == '\0') {
    rb_str(b, "null");
    return;
  }
  rb_str(b, "{\"source\":");
  rb_json_or_null(b, e->kb_source);
  rb_str(b, ",\"id\":");
  rb_json_or_null(b, e->kb_id);
  if (e->kb_country[0]) {
    rb_str(b, ",\"country\":");
    rb_json_or_null(b, e->kb_country);
  }
  if (e->kb_admin[0]) {
    rb_str(b, ",\"admin\":");
    rb_json_or_null(b, e->kb_admin);
  }
  if (e->kb_population) rb_fmt(b, ",\"population\":%llu", e->kb_population);
  if (e->kb_has_coordinates) {
    rb_str(b, ",\"lat\":");
    rb_degrees(b, e->kb_lat);
    rb_str(b, ",\"lon\":");
    rb_degrees(b, e->kb_lon);
  }
  rb_str(b, "}");
}

/* Entity `index`'s JSON object in three parts, in the order the record has
 * them; joined with commas they are the object:
 *   head:     {"id":..,"type":..,"name":..,"roles":[..],"affiliation":"E1"|null
 *   gender:   "gender":"female"|null (null but for PERSON),"gender_evidence":..|null,
 *             "kb":{..}|null
 *   mentions: "mentions":[{..,"text":..,"rule":..}]}
 * Returns 0 on success. */
static int render_entity(const sayso_document *doc, size_t index, render_buf *head, render_buf *gender,
                         render_buf *mentions) {
  sayso_entity e;
  size_t k;
  e.size = sizeof e;
  if (sayso_document_entity(doc, index, &e) != SAYSO_OK) return 1;
  rb_str(head, "{\"id\":");
  rb_json_or_null(head, e.id);
  rb_str(head, ",\"type\":");
  rb_json_or_null(head, entity_type_name(e.type));
  rb_str(head, ",\"name\":");
  rb_json(head, e.name, e.name_len);
  rb_str(head, ",\"roles\":[");
  for (k = 0; k < e.role_count; ++k) {
    size_t len = 0;
    const char *role = sayso_document_entity_role(doc, index, k, &len);
    if (!role) return 1;
    if (k > 0) rb_str(head, ",");
    rb_json(head, role, len);
  }
  rb_str(head, "],\"affiliation\":");
  rb_json_or_null(head, entity_id(doc, e.affiliation));
  rb_str(gender, "\"gender\":");
  if (e.type == SAYSO_ENTITY_PERSON) rb_json_or_null(gender, gender_name(e.gender));
  else rb_str(gender, "null");
  rb_str(gender, ",\"gender_evidence\":");
  rb_json_or_null(gender, e.gender_evidence[0] ? e.gender_evidence : NULL);
  rb_str(gender, ",\"kb\":");
  rb_kb(gender, &e);
  rb_str(mentions, "\"mentions\":[");
  for (k = 0; k < e.mention_count; ++k) {
    sayso_span m;
    const char *rule = sayso_document_entity_mention_rule(doc, index, k);
    if (sayso_document_entity_mention(doc, index, k, &m) != SAYSO_OK || !rule) return 1;
    if (k > 0) rb_str(mentions, ",");
    rb_str(mentions, "{");
    rb_offsets(mentions, m.start, m.end, m.byte_start, m.byte_end);
    rb_str(mentions, ",\"text\":");
    rb_json(mentions, m.text, m.text_len);
    rb_str(mentions, ",\"rule\":");
    rb_json_or_null(mentions, rule);
    rb_str(mentions, "}");
  }
  rb_str(mentions, "]}");
  return head->failed || gender->failed || mentions->failed;
}

#endif
