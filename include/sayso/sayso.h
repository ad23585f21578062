/* sayso.h — the C ABI of sayso.
 *
 * Policy
 * ------
 * - Every function is callable from C99 and from any language with a C FFI;
 *   no C++ exception or type crosses this boundary.
 * - Version: compile-time macros in sayso/version.h; run-time
 *   sayso_version_number() and sayso_version_string() tell which library was
 *   loaded. Compare the major version before use.
 *
 * This first version exposes the version functions; the pipeline and
 * document functions follow (see the project's issue tracker).
 */
#ifndef SAYSO_H
#define SAYSO_H

#include "sayso/version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define SAYSO_API __declspec(dllexport)
#elif defined(__GNUC__)
#define SAYSO_API __attribute__((visibility("default")))
#else
#define SAYSO_API
#endif

/* The loaded library's version as MAJOR * 10000 + MINOR * 100 + PATCH. */
SAYSO_API int sayso_version_number(void);

/* The loaded library's version as "MAJOR.MINOR.PATCH"; a static string. */
SAYSO_API const char *sayso_version_string(void);

#ifdef __cplusplus
}
#endif

#endif /* SAYSO_H */
