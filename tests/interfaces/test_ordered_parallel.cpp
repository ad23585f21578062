// The CLI's reader -> workers -> writer machinery (apps/sayso/ordered_parallel.hpp)
// on items made here: results in input order, never more than the window in
// flight, no lost wake-up (a run of many tiny items ends), early stops and
// failures.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <thread>
#include <vector>

#include "ordered_parallel.hpp"

namespace {

// Work whose length varies from item to item, so that results finish out
// of order.
int slow_double(int item) {
  if (item % 7 == 3) std::this_thread::sleep_for(std::chrono::microseconds(200 + (item % 5) * 100));
  return 2 * item;
}

struct Run {
  std::vector<int> consumed;
  std::size_t most_in_flight = 0;
};

Run run(std::size_t threads, std::size_t window, int items, int stop_after = -1) {
  Run r;
  int next = 0;
  std::atomic<std::size_t> in_flight{0};
  std::atomic<std::size_t> most{0};
  sayso::cli::run_ordered<int, int>(
      threads, window,
      [&](int& item) {
        if (next == items) return false;
        item = next++;
        const std::size_t now = ++in_flight;
        std::size_t seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        return true;
      },
      [](int&& item) { return slow_double(item); },
      [&](int&& result) {
        r.consumed.push_back(result);
        --in_flight;
        return stop_after < 0 || static_cast<int>(r.consumed.size()) < stop_after;
      },
      [] {});
  r.most_in_flight = most.load();
  return r;
}

}  // namespace

TEST_CASE("ordered parallel: results come in input order, the window is never exceeded", "[cli][batch]") {
  for (std::size_t threads : {1, 2, 3, 4}) {
    const std::size_t window = 2 * threads + 2;
    INFO(threads << " threads, window " << window);
    const Run r = run(threads, window, 600);
    REQUIRE(r.consumed.size() == 600);
    for (int i = 0; i < 600; ++i) CHECK(r.consumed[static_cast<std::size_t>(i)] == 2 * i);
    CHECK(r.most_in_flight <= window);
    CHECK(r.most_in_flight >= 2);  // the reader does run ahead of the writer
  }
}

TEST_CASE("ordered parallel: many tiny items go through without a lost wake-up", "[cli][batch]") {
  // Work that takes no time makes the reader, the workers and the writer
  // wait for each other as often as they can; a missed notification would
  // hang here (the test's timeout fails it).
  for (std::size_t threads : {1, 2, 5}) {
    int next = 0;
    long long sum = 0;
    int count = 0;
    sayso::cli::run_ordered<int, int>(
        threads, 2 * threads + 2,
        [&](int& item) {
          if (next == 20000) return false;
          item = next++;
          return true;
        },
        [](int&& item) { return item; },
        [&](int&& result) {
          CHECK(result == count);
          ++count;
          sum += result;
          return true;
        },
        [] {});
    CHECK(count == 20000);
    CHECK(sum == 20000LL * 19999 / 2);
  }
}

TEST_CASE("ordered parallel: the writer stops the run early, and a failure is rethrown", "[cli][batch]") {
  const Run stopped = run(2, 6, 600, 37);
  CHECK(stopped.consumed.size() == 37);

  int next = 0;
  auto failing_run = [&] {
    sayso::cli::run_ordered<int, int>(
        2, 6,
        [&](int& item) {
          if (next == 300) return false;
          item = next++;
          return true;
        },
        [](int&& item) {
          if (item == 123) throw std::runtime_error("item 123");
          return item;
        },
        [](int&&) { return true; }, [] {});
  };
  CHECK_THROWS_WITH(failing_run(), "item 123");
}
