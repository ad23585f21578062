/* Compiled as C99 with -Wall -Wextra -Werror -pedantic: the public C header
 * must stay plain C. */
#include "sayso/sayso.h"

int sayso_c99_header_check(void);
int sayso_c99_header_check(void) { return SAYSO_VERSION_MAJOR >= 0; }
