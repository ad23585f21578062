// Runs a function over a stream of items on several threads and hands the
// results back in input order, with memory bounded by a window.
//
//   produce(Item&) -> bool     the next item, or false at the end; called on
//                              one reader thread, so it may do blocking I/O
//   work(Item&&) -> Result     called on `threads` worker threads at once
//   consume(Result&&) -> bool  called on the calling thread, strictly in
//                              input order; false stops the run early
//   idle()                     called on the calling thread about every
//                              `tick` while it waits (progress display)
//
// At most `window` items are between produce() and the end of consume() at
// any time (queued, being worked on, or finished and waiting for an earlier
// one), so memory is bounded by window x item size, whatever the length of
// the stream. An exception thrown by produce() or work() stops the run and
// is rethrown by run_ordered() once every thread has ended.
#ifndef SAYSO_APPS_ORDERED_PARALLEL_HPP
#define SAYSO_APPS_ORDERED_PARALLEL_HPP

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace sayso::cli {

template <typename Item, typename Result, typename Produce, typename Work, typename Consume,
          typename Idle>
void run_ordered(std::size_t threads, std::size_t window, Produce produce, Work work, Consume consume,
                 Idle idle, std::chrono::milliseconds tick = std::chrono::milliseconds(200)) {
  if (threads == 0) threads = 1;
  if (window < threads) window = threads;
  // Once the window is full, the reader sleeps until `refill` items have
  // left it (one per worker, at most half the window), then produces them
  // in one go: one wake-up per `refill` items instead of one per item.
  const std::size_t refill = std::max<std::size_t>(1, std::min(threads, window / 2));

  std::mutex mutex;
  std::condition_variable slot_free;     // the reader may produce again
  std::condition_variable item_ready;    // a worker may take an item
  std::condition_variable result_ready;  // the writer may consume
  std::deque<std::pair<std::size_t, Item>> items;
  std::map<std::size_t, Result> results;  // finished, waiting for their turn
  std::size_t issued = 0;                  // items produced so far
  std::size_t consumed = 0;                // items consumed so far
  bool input_done = false;
  bool stop = false;
  std::exception_ptr failure;

  auto fail = [&](std::exception_ptr e) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (!failure) failure = e;
      stop = true;
    }
    slot_free.notify_all();
    item_ready.notify_all();
    result_ready.notify_all();
  };

  std::thread reader([&] {
    try {
      while (true) {
        {
          std::unique_lock<std::mutex> lock(mutex);
          if (issued - consumed >= window) {
            slot_free.wait(lock, [&] { return stop || issued - consumed + refill <= window; });
          }
          if (stop) break;
        }
        Item item;
        if (!produce(item)) break;
        {
          std::lock_guard<std::mutex> lock(mutex);
          items.emplace_back(issued++, std::move(item));
        }
        item_ready.notify_one();
      }
    } catch (...) {
      fail(std::current_exception());
    }
    {
      std::lock_guard<std::mutex> lock(mutex);
      input_done = true;
    }
    item_ready.notify_all();
    result_ready.notify_all();
  });

  std::vector<std::thread> workers;
  workers.reserve(threads);
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      try {
        while (true) {
          std::pair<std::size_t, Item> item;
          {
            std::unique_lock<std::mutex> lock(mutex);
            item_ready.wait(lock, [&] { return stop || !items.empty() || input_done; });
            if (stop || items.empty()) return;
            item = std::move(items.front());
            items.pop_front();
          }
          Result result = work(std::move(item.second));
          bool wake_writer = false;
          {
            std::lock_guard<std::mutex> lock(mutex);
            results.emplace(item.first, std::move(result));
            // The writer is woken once the next result and the one after it
            // are ready (one wake-up per two or more results: each one takes
            // a core from a worker for a moment), or at once when the
            // workers are about to run out of queued items (the window
            // frees only as the writer writes) or the input has ended. A
            // result that is not the next cannot end its wait at all. (It
            // looks again under the lock after each write, and its wait
            // times out every `tick` besides.)
            if (results.count(consumed) != 0) {
              wake_writer = results.count(consumed + 1) != 0 || items.size() < threads || input_done;
            }
          }
          if (wake_writer) result_ready.notify_one();
        }
      } catch (...) {
        fail(std::current_exception());
      }
    });
  }

  try {
    while (true) {
      Result result;
      {
        std::unique_lock<std::mutex> lock(mutex);
        auto ready = [&] {
          return stop || results.count(consumed) || (input_done && consumed == issued);
        };
        while (!ready()) {
          if (!result_ready.wait_for(lock, tick, ready)) {
            lock.unlock();
            idle();
            lock.lock();
          }
        }
        if (stop) break;
        auto it = results.find(consumed);
        if (it == results.end()) break;  // every item consumed
        result = std::move(it->second);
        results.erase(it);
      }
      const bool go_on = consume(std::move(result));
      bool room_for_reader = false;
      {
        std::lock_guard<std::mutex> lock(mutex);
        ++consumed;
        if (!go_on) stop = true;
        room_for_reader = issued - consumed + refill <= window;
      }
      if (room_for_reader) slot_free.notify_one();
      if (!go_on) {
        item_ready.notify_all();
        slot_free.notify_all();
        break;
      }
    }
  } catch (...) {
    fail(std::current_exception());
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    stop = true;
  }
  slot_free.notify_all();
  item_ready.notify_all();
  reader.join();
  for (std::thread& w : workers) w.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace sayso::cli

#endif  // SAYSO_APPS_ORDERED_PARALLEL_HPP
