/* Called from test_c_abi.cpp: proves the C ABI links from a C translation unit. */
#include <string.h>

#include "sayso/sayso.h"

int sayso_test_c_version_matches(void) {
  return sayso_version_number() == SAYSO_VERSION_NUMBER &&
         strcmp(sayso_version_string(), SAYSO_VERSION_STRING) == 0;
}
