// The C ABI (include/sayso/sayso.h) over the C++ library.
#include "sayso/sayso.h"

extern "C" {

int sayso_version_number(void) { return SAYSO_VERSION_NUMBER; }

const char* sayso_version_string(void) { return SAYSO_VERSION_STRING; }

}  // extern "C"
