// sayso/sayso.hpp — the C++ API in one include.
//
// sayso reads news text and says who said what. Build a Pipeline once (it
// compiles the rules), share it between threads, and call extract() on each
// document; write the resulting Document as JSONL or CSV with output.hpp.
// The C ABI for other languages is in sayso/sayso.h.
#ifndef SAYSO_SAYSO_HPP
#define SAYSO_SAYSO_HPP

#include "sayso/document.hpp"
#include "sayso/line_breaks.hpp"
#include "sayso/output.hpp"
#include "sayso/pipeline.hpp"
#include "sayso/rules_check.hpp"
#include "sayso/status.hpp"
#include "sayso/version.h"

namespace sayso {

// The library's version at run time ("0.1.0"); compare with SAYSO_VERSION_STRING.
const char* version_string() noexcept;

}  // namespace sayso

#endif  // SAYSO_SAYSO_HPP
