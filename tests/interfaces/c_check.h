/* A minimal check macro for the plain-C interface tests: counts failures,
 * prints file:line and the failed expression, and main() returns nonzero. */
#ifndef SAYSO_TESTS_C_CHECK_H
#define SAYSO_TESTS_C_CHECK_H

#include <stdio.h>

static int c_check_failures = 0;

#define CHECK(expr)                                                   \
  do {                                                                \
    if (!(expr)) {                                                    \
      ++c_check_failures;                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #expr); \
    }                                                                 \
  } while (0)

/* Stops the test at once: what follows depends on it. */
#define REQUIRE(expr)                                                 \
  do {                                                                \
    if (!(expr)) {                                                    \
      fprintf(stderr, "%s:%d: REQUIRE failed: %s\n", __FILE__, __LINE__, #expr); \
      return 1;                                                       \
    }                                                                 \
  } while (0)

#endif
