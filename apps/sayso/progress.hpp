// A one-line progress display on standard error for long batches:
//
//   sayso: 12,345 documents  456.7 MB  2,310 docs/s  85.2 MB/s  ETA 0:01:07
//
// Shown only when enabled (stderr is a terminal and --quiet is not given);
// redrawn at most five times a second. The ETA needs the input's total size
// (known when every input is a regular file).
#ifndef SAYSO_APPS_PROGRESS_HPP
#define SAYSO_APPS_PROGRESS_HPP

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

namespace sayso::cli {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  Progress(bool enabled, std::optional<std::uint64_t> total_bytes)
      : enabled_(enabled), total_bytes_(total_bytes), start_(Clock::now()), last_draw_(start_) {}

  bool enabled() const noexcept { return enabled_; }

  // One more document done, `bytes` of input consumed for it.
  void add(std::uint64_t bytes) noexcept {
    ++documents_;
    bytes_ += bytes;
  }

  // Redraws the line if enough time has passed (or `force`).
  void draw(bool force = false) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (!force && now - last_draw_ < std::chrono::milliseconds(200)) return;
    last_draw_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes_) / 1e6;
    std::string line = "\rsayso: " + grouped(documents_) + (documents_ == 1 ? " document  " : " documents  ");
    char buf[160];
    if (total_bytes_ && *total_bytes_ > 0) {
      std::snprintf(buf, sizeof buf, "%.1f / %.1f MB", mb, static_cast<double>(*total_bytes_) / 1e6);
    } else {
      std::snprintf(buf, sizeof buf, "%.1f MB", mb);
    }
    line += buf;
    if (seconds >= 0.5) {
      const double docs_per_s = static_cast<double>(documents_) / seconds;
      std::snprintf(buf, sizeof buf, "  %s docs/s  %.1f MB/s", grouped(static_cast<std::uint64_t>(docs_per_s)).c_str(),
                    mb / seconds);
      line += buf;
      if (total_bytes_ && bytes_ > 0 && *total_bytes_ >= bytes_) {
        const double remaining =
            static_cast<double>(*total_bytes_ - bytes_) / (static_cast<double>(bytes_) / seconds);
        line += "  ETA " + clock_time(static_cast<std::uint64_t>(remaining + 0.5));
      }
    }
    line += "\x1b[K";
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
  }

  // Clears the line so that a message can be printed; the next draw() restores it.
  void clear() {
    if (!enabled_ || !drawn_) return;
    std::fputs("\r\x1b[K", stderr);
    drawn_ = false;
    last_draw_ = start_;  // redraw at the next chance
  }

  // After the batch: one line with the documents, the errors and the time
  //   sayso extract: 1,204 documents, 3 errors, 12.4 s
  void summary(std::size_t errors) {
    if (!enabled_) return;
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    char time[32];
    std::snprintf(time, sizeof time, "%.1f s", seconds);
    const std::string line = "sayso extract: " + grouped(documents_) + (documents_ == 1 ? " document, " : " documents, ") +
                             grouped(errors) + (errors == 1 ? " error, " : " errors, ") + time + "\n";
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
  }

  // The final state, then a line break.
  void finish() {
    if (!enabled_) return;
    draw(true);
    std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  static std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
  }
  static std::string clock_time(std::uint64_t seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llu:%02u:%02u", static_cast<unsigned long long>(seconds / 3600),
                  static_cast<unsigned>(seconds / 60 % 60), static_cast<unsigned>(seconds % 60));
    return buf;
  }

  bool enabled_;
  std::optional<std::uint64_t> total_bytes_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  std::uint64_t documents_ = 0;
  std::uint64_t bytes_ = 0;
  bool drawn_ = false;
};

}  // namespace sayso::cli

#endif  // SAYSO_APPS_PROGRESS_HPP
