/* A C program built against an installed sayso with pkg-config:
 *   cc consumer.c $(pkg-config --cflags --libs sayso)
 * Prints the JSON record of a short text; exits nonzero on any failure,
 * or when the quote and its speaker do not read back through the accessors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sayso/sayso.h>

int main(void) {
  static const char text[] = "\xE2\x80\x9CWe are done,\xE2\x80\x9D Anna Lindqvist said. Then she left.";
  sayso_pipeline *pipeline = NULL;
  sayso_document *document = NULL;
  sayso_error *err = NULL;
  size_t needed = 0;
  char *json;
  sayso_quote quote;
  sayso_entity speaker;

  if (sayso_version_number() / 10000 != SAYSO_VERSION_MAJOR) {
    fprintf(stderr, "header %s, library %s\n", SAYSO_VERSION_STRING, sayso_version_string());
    return 1;
  }
  if (sayso_pipeline_open(&pipeline, NULL, &err) != SAYSO_OK ||
      sayso_extract_with_id(&document, pipeline, text, strlen(text), "c-consumer", 10, &err) != SAYSO_OK) {
    fprintf(stderr, "sayso: %s\n", sayso_error_message(err));
    sayso_error_free(err);
    sayso_pipeline_free(pipeline);
    return 1;
  }
  quote.size = sizeof quote;
  speaker.size = sizeof speaker;
  if (sayso_document_quote_count(document) != 1 || sayso_document_quote(document, 0, &quote) != SAYSO_OK ||
      quote.kind != SAYSO_QUOTE_DIRECT || !quote.speaker || strcmp(quote.speaker, "Anna Lindqvist") != 0 ||
      sayso_document_entity(document, quote.speaker_entity, &speaker) != SAYSO_OK ||
      speaker.type != SAYSO_ENTITY_PERSON) {
    fprintf(stderr, "the quote and its speaker did not read back\n");
    return 1;
  }
  if (sayso_document_sentence_count(document) != 2 ||
      sayso_document_to_json(document, NULL, 0, &needed) != SAYSO_OK || !(json = malloc(needed)) ||
      sayso_document_to_json(document, json, needed, NULL) != SAYSO_OK) {
    fprintf(stderr, "unexpected result\n");
    return 1;
  }
  printf("%s %s\n", sayso_version_string(), json);
  free(json);
  sayso_document_free(document);
  sayso_pipeline_free(pipeline);
  return 0;
}
