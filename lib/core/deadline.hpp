// A per-document time limit that the stages check cooperatively.
//
// Pipeline::extract() makes one Deadline per document (none when
// PipelineOptions::max_seconds_per_document is 0) and hands it to the stages
// through the DocumentBuilder. Long loops call check() once per iteration:
// it reads the clock only every kStride calls, so the check costs a counter
// increment. Past the limit, check() throws DeadlineExceeded, which
// extract() catches and turns into ErrorCode::timeout; the exception never
// leaves the library.
//
// The clock is the CPU time of the thread that extracts (where the platform
// has one; else wall time), so that a loaded machine or a busy thread pool
// does not fail documents that would pass on an idle one.
//
// Not thread-safe: one Deadline belongs to one document being extracted, on
// one thread.
#ifndef SAYSO_CORE_DEADLINE_HPP
#define SAYSO_CORE_DEADLINE_HPP

#include <cstdint>

namespace sayso {

// Thrown by Deadline::check() past the limit; caught by Pipeline::extract().
struct DeadlineExceeded {};

class Deadline {
 public:
  // No limit: check() never throws.
  Deadline() = default;
  // A limit of `seconds` of this thread's time from now; seconds <= 0 (or
  // NaN) means no limit.
  explicit Deadline(double seconds);

  // Cheap: reads the clock every kStride calls. Throws DeadlineExceeded past the limit.
  void check() {
    if (limited_ && ++calls_ % kStride == 0) check_now();
  }
  // Reads the clock now (at a stage boundary). Throws DeadlineExceeded past the limit.
  void check_now() const;

 private:
  static constexpr std::uint32_t kStride = 1024;
  bool limited_ = false;
  double end_ = 0;  // in the clock's seconds
  std::uint32_t calls_ = 0;
};

}  // namespace sayso

#endif  // SAYSO_CORE_DEADLINE_HPP
