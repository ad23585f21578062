#include "core/deadline.hpp"

#include <chrono>
#include <ctime>

namespace sayso {
namespace {

// Seconds of the calling thread's CPU time (wall time where there is none).
double thread_seconds() {
#if defined(CLOCK_THREAD_CPUTIME_ID)
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0) {
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
#endif
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

Deadline::Deadline(double seconds) : limited_(seconds > 0), end_(limited_ ? thread_seconds() + seconds : 0) {}

void Deadline::check_now() const {
  if (limited_ && thread_seconds() > end_) throw DeadlineExceeded{};
}

}  // namespace sayso
