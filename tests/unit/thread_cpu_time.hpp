// The CPU time of the calling thread, for tests that compare the cost of
// two sizes of input: other processes on a loaded machine (a parallel
// ctest, a build) do not add to it, as they add to wall-clock time.
#pragma once

#include <time.h>

namespace sayso_test {

inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace sayso_test
