/* One pipeline shared by four threads at once through the C ABI: every
 * thread's records, and what it reads through the quote and entity
 * accessors, must equal the single-threaded ones, byte for byte. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "c_check.h"
#include "c_render.h"
#include "sayso/sayso.h"

enum { kDocuments = 60, kThreads = 4, kRounds = 5 };

static char *texts[kDocuments];
static char *expected[kDocuments];
static char *expected_layers[kDocuments]; /* render_layers() of each document */
static const sayso_pipeline *shared_pipeline;

/* A varied document: quotes, abbreviations, paragraphs, multibyte text. */
static char *make_text(int n) {
  static const char *parts[] = {
      "Mr. Smith said the U.S. economy grew 3.5 percent. ",
      "\xE2\x80\x9CWe will not stop,\xE2\x80\x9D the caf\xC3\xA9 owner told reporters. ",
      "Prices rose in S\xC3\xA3o Paulo and M\xC3\xBCnchen.\n\n",
      "\"It is over,\" she said on Friday. ",
      "The talks (held in Geneva) ended early! Why? Nobody knows.\n",
  };
  const size_t count = sizeof parts / sizeof parts[0];
  size_t len = 0, i;
  char *text;
  const int pieces = 1 + n % 17;
  for (i = 0; i < (size_t)pieces; ++i) len += strlen(parts[(i * 7 + (size_t)n) % count]);
  text = (char *)malloc(len + 1);
  if (!text) return NULL;
  text[0] = '\0';
  for (i = 0; i < (size_t)pieces; ++i) strcat(text, parts[(i * 7 + (size_t)n) % count]);
  return text;
}

/* Everything the accessors give for a document's quotes and entities, as
 * one string (for comparing documents, not a format). Returns 0 on success. */
static int render_layers(const sayso_document *doc, render_buf *out) {
  size_t i;
  for (i = 0; i < sayso_document_quote_count(doc); ++i) {
    if (render_quote(doc, i, out)) return 1;
    rb_str(out, "\n");
  }
  for (i = 0; i < sayso_document_entity_count(doc); ++i) {
    render_buf head = {0}, gender = {0}, mentions = {0};
    sayso_entity e;
    int failed = render_entity(doc, i, &head, &gender, &mentions);
    e.size = sizeof e;
    if (!failed && sayso_document_entity(doc, i, &e) == SAYSO_OK) {
      rb_str(out, head.p);
      rb_str(out, gender.p);
      rb_str(out, mentions.p);
      rb_fmt(out, " country=%s evidence=", e.country_code);
      rb_str(out, e.gender_evidence);
      rb_str(out, "\n");
    } else {
      failed = 1;
    }
    rb_free(&head);
    rb_free(&gender);
    rb_free(&mentions);
    if (failed) return 1;
  }
  return out->failed;
}

/* The JSON record of text `n` and, in *layers (malloc'ed), what the
 * accessors give for it; NULL on failure. */
static char *record(const sayso_pipeline *p, const char *text, int n, char **layers) {
  sayso_document *doc = NULL;
  char id[32];
  size_t needed = 0;
  char *json = NULL;
  render_buf rendered = {0};
  *layers = NULL;
  sprintf(id, "doc-%d", n);
  if (sayso_extract_with_id(&doc, p, text, strlen(text), id, strlen(id), NULL) != SAYSO_OK) return NULL;
  if (sayso_document_to_json(doc, NULL, 0, &needed) == SAYSO_OK) {
    json = (char *)malloc(needed);
    if (json && sayso_document_to_json(doc, json, needed, NULL) != SAYSO_OK) {
      free(json);
      json = NULL;
    }
  }
  rb_str(&rendered, "");
  if (render_layers(doc, &rendered) == 0) *layers = rendered.p;
  else rb_free(&rendered);
  sayso_document_free(doc);
  return json;
}

static void *worker(void *arg) {
  const int offset = *(const int *)arg;
  int round, i;
  long mismatches = 0;
  for (round = 0; round < kRounds; ++round) {
    for (i = 0; i < kDocuments; ++i) {
      const int n = (i + offset * 13) % kDocuments; /* threads start at different documents */
      char *layers = NULL;
      char *json = record(shared_pipeline, texts[n], n, &layers);
      if (!json || strcmp(json, expected[n]) != 0) ++mismatches;
      if (!layers || strcmp(layers, expected_layers[n]) != 0) ++mismatches;
      free(json);
      free(layers);
    }
  }
  return (void *)mismatches;
}

static sayso_document *shared_document;

static void *document_reader(void *arg) {
  size_t needed = 0;
  char *json;
  long bad = 0;
  int round;
  (void)arg;
  if (sayso_document_to_json(shared_document, NULL, 0, &needed) != SAYSO_OK) return (void *)1;
  json = (char *)malloc(needed);
  if (!json || sayso_document_to_json(shared_document, json, needed, NULL) != SAYSO_OK ||
      strcmp(json, expected[5]) != 0)
    bad = 1;
  free(json);
  /* The accessors of one document, read by every thread at once. */
  for (round = 0; round < 20; ++round) {
    render_buf layers = {0};
    rb_str(&layers, "");
    if (render_layers(shared_document, &layers) != 0 || strcmp(layers.p, expected_layers[5]) != 0) bad = 1;
    rb_free(&layers);
  }
  return (void *)bad;
}

int main(void) {
  sayso_pipeline *p = NULL;
  pthread_t threads[kThreads];
  int offsets[kThreads];
  int i, with_quotes = 0, with_entities = 0;

  REQUIRE(sayso_pipeline_open(&p, NULL, NULL) == SAYSO_OK);
  shared_pipeline = p;
  for (i = 0; i < kDocuments; ++i) {
    texts[i] = make_text(i);
    REQUIRE(texts[i] != NULL);
    expected[i] = record(p, texts[i], i, &expected_layers[i]);
    REQUIRE(expected[i] != NULL);
    REQUIRE(expected_layers[i] != NULL);
    REQUIRE(strstr(expected[i], "\"sentences\":[{") != NULL);
    if (strstr(expected[i], "{\"id\":\"Q1\"")) ++with_quotes;
    if (strstr(expected[i], "{\"id\":\"E1\"")) ++with_entities;
  }
  /* The documents exercise the quote and entity accessors. */
  CHECK(with_quotes > kDocuments / 2);
  CHECK(with_entities > kDocuments / 2);
  CHECK(strstr(expected_layers[5], "\"speaker\":\"") != NULL);
  for (i = 0; i < kThreads; ++i) {
    offsets[i] = i;
    REQUIRE(pthread_create(&threads[i], NULL, worker, &offsets[i]) == 0);
  }
  for (i = 0; i < kThreads; ++i) {
    void *result = NULL;
    REQUIRE(pthread_join(threads[i], &result) == 0);
    CHECK((long)result == 0);
  }
  /* One document read by several threads at once: its record is built once,
   * lazily, and every thread sees the same bytes. */
  {
    char id[] = "doc-5";
    REQUIRE(sayso_extract_with_id(&shared_document, p, texts[5], strlen(texts[5]), id, 5, NULL) ==
            SAYSO_OK);
    for (i = 0; i < kThreads; ++i) REQUIRE(pthread_create(&threads[i], NULL, document_reader, NULL) == 0);
    for (i = 0; i < kThreads; ++i) {
      void *result = NULL;
      REQUIRE(pthread_join(threads[i], &result) == 0);
      CHECK((long)result == 0);
    }
    sayso_document_free(shared_document);
  }
  sayso_pipeline_free(p);
  for (i = 0; i < kDocuments; ++i) {
    free(texts[i]);
    free(expected[i]);
    free(expected_layers[i]);
  }
  if (c_check_failures) return 1;
  printf("%d threads x %d documents x %d rounds: identical records and accessor reads\n", kThreads,
         kDocuments, kRounds);
  return 0;
}
