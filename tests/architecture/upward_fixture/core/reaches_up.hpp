// A foundation header that reaches up to the orchestrator: the include-layer
// check must reject it (tests/CMakeLists.txt, architecture:include_layers_reject_upward).
#include "pipeline/orchestrator.hpp"
