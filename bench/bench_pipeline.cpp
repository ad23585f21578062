// Throughput of the sayso pipeline, on a generated news-like corpus or on
// any JSONL corpus, against ICU's word-break pass over the same text.
//
//   sayso_bench [--corpus FILE.jsonl [--text-field NAME]] [--mb N] [--doc-kb K]
//               [--repeat R] [--one-document] [--threads N] [--only ROW]
//
// Without --corpus the corpus is made here, deterministically (a fixed
// seed), from sentences with the features that cost the text layer:
// quotations, abbreviations, titles, initials, numbers, page-furniture lines
// and non-ASCII letters. It is split into documents of about K kilobytes
// (default 4, a news article), or kept as one document with --one-document
// (the linearity check). With --corpus, every line's text field is one
// document (--mb is then ignored).
//
// Each row is measured in the same run and interleaved (one pass of every
// row, R times over; the best pass of each row counts), so that the ratios
// between rows hold on a noisy machine:
//   - ICU's word-break iterator over the same documents (the yardstick: one
//     pass that only finds word boundaries);
//   - each depth of the pipeline: text layer; + entities; + quotes;
//     + the JSON record written;
//   - the whole pipeline with JSON on N threads (--threads, default 2),
//     documents shared out by an atomic counter.
// Each row gives MiB/s of input and its ratio to the ICU pass, and the CPU
// time of all the process's threads and the page faults of its cheapest
// pass. The CPU time of N threads against one thread holds
// on a loaded machine, where wall times do not: equal CPU for the same work
// means the threads do not slow each other down (no contended cache lines,
// locks or page faults), and the wall-time ratio on an idle machine then
// comes close to N.
// --only ROW (icu, text, entities, quotes, json or threads) runs the ICU pass
// and that one row, for a profiler or callgrind to look at one depth.
//
// First it measures start-up: the time to create a full pipeline (the
// first in the process, then the median of 10 more) and the resident set
// before, after creating it and after one document.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <time.h>

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "sayso/output.hpp"
#include "sayso/sayso.hpp"

namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) { return items[next() % N]; }

 private:
  std::uint64_t state_;
};

const char* const kNames[] = {"Maria Lindqvist", "Jean-Marc Dupont", "Sen. Alan Briggs", "Gen. Oksana Kovalenko",
                              "Dr. Ahmed al-Rashid", "J. R. Whitfield", "Ms. Chioma Eze", "François Lemaître"};
const char* const kOrgs[] = {"the U.S. Treasury", "the U.N. Security Council", "Acme Holdings Inc.",
                             "the Ministry of Health", "Doctors Without Borders", "the European Commission"};
const char* const kVerbs[] = {"said", "told reporters", "added", "warned", "insisted", "said on Friday"};
const char* const kClauses[] = {
    "the talks would resume at 10 a.m. on Oct. 12",
    "prices rose 3.5 percent in the year to September, the fastest pace since 2008",
    "nobody could have predicted the scale of the damage to the port",
    "the agreement, signed in Geneva, covers about 1,200 workers",
    "the decision was \xE2\x80\x9C\x61 serious mistake\xE2\x80\x9D that would cost lives",
    "officials in S\xC3\xA3o Paulo and Z\xC3\xBCrich had been informed of the plan",
};
const char* const kQuotes[] = {
    "We will not accept this. Not now, not ever",
    "There is no time to waste",
    "The numbers speak for themselves, and they are not good",
    "I don't think anyone in this room believes the U.S. will walk away",
};
const char* const kFurniture[] = {"WATCH: Live coverage", "Advertisement", "0:00 0:01:00 0:00",
                                  "Share this article", "Related Stories"};

std::string make_paragraph(Random& r) {
  std::string p;
  switch (r.next() % 5) {
    case 0:
      p = std::string("\xE2\x80\x9C") + r.pick(kQuotes) + ",\xE2\x80\x9D " + r.pick(kNames) + " " + r.pick(kVerbs) +
          ". \xE2\x80\x9C" + r.pick(kQuotes) + ".\xE2\x80\x9D";
      break;
    case 1:
      p = std::string(r.pick(kNames)) + " " + r.pick(kVerbs) + " " + r.pick(kClauses) + ". According to " +
          r.pick(kOrgs) + ", " + r.pick(kClauses) + ".";
      break;
    case 2:
      p = std::string("\"") + r.pick(kQuotes) + ",\" said " + r.pick(kNames) + " of " + r.pick(kOrgs) +
          ". She added that " + r.pick(kClauses) + "...";
      break;
    case 3:
      p = r.pick(kFurniture);
      break;
    default:
      p = std::string("In a statement, ") + r.pick(kOrgs) + " said " + r.pick(kClauses) + " (see No. 4, p. 12). " +
          "The report is at www.example.org/report.pdf. Was it enough? Critics said no!";
  }
  return p;
}

std::vector<std::string> make_corpus(std::size_t total_bytes, std::size_t doc_bytes) {
  Random r(0x5a7502026ULL);
  std::vector<std::string> docs;
  std::size_t size = 0;
  while (size < total_bytes) {
    std::string doc;
    while (doc.size() < doc_bytes) {
      doc += make_paragraph(r);
      doc += "\n\n";
    }
    size += doc.size();
    docs.push_back(std::move(doc));
  }
  return docs;
}

// The resident set of this process in MiB (Linux; 0 elsewhere).
double resident_mib() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  }
  return 0;
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Start-up cost: creating a full pipeline, and the memory it holds.
int measure_startup() {
  const double rss_before = resident_mib();
  auto start = std::chrono::steady_clock::now();
  auto pipeline = sayso::Pipeline::create(sayso::PipelineOptions{});
  const double first_ms = milliseconds_since(start);
  if (!pipeline) {
    std::cerr << "sayso_bench: " << pipeline.error().to_string() << "\n";
    return 1;
  }
  const double rss_created = resident_mib();
  const auto doc = pipeline.value().extract(
      "\"We will not accept this,\" U.S. Secretary of State John Kerry told reporters in Geneva on Monday.");
  const double rss_document = resident_mib();
  std::vector<double> times;
  for (int i = 0; i < 10; ++i) {
    start = std::chrono::steady_clock::now();
    auto again = sayso::Pipeline::create(sayso::PipelineOptions{});
    times.push_back(milliseconds_since(start));
  }
  std::sort(times.begin(), times.end());
  std::cout << "startup:    create " << first_ms << " ms (first), " << times[times.size() / 2]
            << " ms (median of 10 more); resident " << rss_before << " MiB before, " << rss_created
            << " MiB created, " << rss_document << " MiB after one document ("
            << (doc ? doc.value().quotes().size() : 0) << " quote)\n";
  return 0;
}

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  }
  return "unknown";
}

// Reads one document per JSONL line from the given text field. Lines that
// are not JSON objects with that string field are counted and skipped.
std::vector<std::string> read_corpus(const std::string& path, const std::string& text_field) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "sayso_bench: cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<std::string> docs;
  std::string line;
  std::size_t skipped = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_object() && record.contains(text_field) && record[text_field].is_string()) {
      docs.push_back(record[text_field].get<std::string>());
    } else {
      ++skipped;
    }
  }
  if (skipped > 0) std::cerr << "sayso_bench: skipped " << skipped << " line(s) without a \"" << text_field << "\" string\n";
  if (docs.empty()) {
    std::cerr << "sayso_bench: no documents in " << path << "\n";
    std::exit(2);
  }
  return docs;
}

// The yardstick: ICU's word-break iterator over every document, on UTF-8
// through UText (no UTF-16 copy), as the text layer itself reads text.
// Returns the number of boundaries, so that the work cannot be optimised away.
std::size_t icu_word_break_pass(icu::BreakIterator& words, const std::vector<std::string>& docs) {
  std::size_t boundaries = 0;
  for (const auto& d : docs) {
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, d.data(), static_cast<int64_t>(d.size()), &status);
    words.setText(text, status);
    for (int32_t b = words.first(); b != icu::BreakIterator::DONE; b = words.next()) ++boundaries;
    utext_close(text);
  }
  return boundaries;
}

struct Counts {
  std::size_t sentences = 0, entities = 0, quotes = 0, json_bytes = 0;
};

Counts run_pipeline(const sayso::Pipeline& pipeline, const std::vector<std::string>& docs, bool write_json) {
  Counts counts;
  std::string out;
  for (const auto& d : docs) {
    const auto doc = pipeline.extract(d);
    if (!doc) continue;
    counts.sentences += doc.value().sentences().size();
    counts.entities += doc.value().entities().size();
    counts.quotes += doc.value().quotes().size();
    if (write_json) {
      out.clear();
      sayso::append_json_record(doc.value(), out);
      counts.json_bytes += out.size() + 1;
    }
  }
  return counts;
}

// The whole pipeline with JSON on `threads` threads sharing one pipeline;
// documents are handed out one at a time by an atomic counter.
Counts run_threaded(const sayso::Pipeline& pipeline, const std::vector<std::string>& docs, int threads) {
  std::atomic<std::size_t> next{0};
  std::vector<Counts> per_thread(static_cast<std::size_t>(threads));
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      // Counted on this thread's stack and stored once at the end: the
      // threads' Counts share a cache line, which a store per document
      // would pass back and forth between the cores.
      Counts counts;
      std::string out;
      for (std::size_t i = next++; i < docs.size(); i = next++) {
        const auto doc = pipeline.extract(docs[i]);
        if (!doc) continue;
        counts.quotes += doc.value().quotes().size();
        out.clear();
        sayso::append_json_record(doc.value(), out);
        counts.json_bytes += out.size() + 1;
      }
      per_thread[static_cast<std::size_t>(t)] = counts;
    });
  }
  for (auto& w : workers) w.join();
  Counts total;
  for (const auto& c : per_thread) {
    total.quotes += c.quotes;
    total.json_bytes += c.json_bytes;
  }
  return total;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of every thread of the process so far, in seconds.
double process_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Page faults of the process so far (minor and major).
long process_page_faults() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt + usage.ru_majflt;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 20;
  double doc_kb = 4;
  int repeat = 3;
  int threads = 2;
  bool one_document = false;
  std::string corpus_path;
  std::string text_field = "text";
  std::string only_row;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::cerr << "sayso_bench: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--mb") mb = std::atof(value());
    else if (arg == "--doc-kb") doc_kb = std::atof(value());
    else if (arg == "--repeat") repeat = std::max(1, std::atoi(value()));
    else if (arg == "--threads") threads = std::max(1, std::atoi(value()));
    else if (arg == "--one-document") one_document = true;
    else if (arg == "--corpus") corpus_path = value();
    else if (arg == "--text-field") text_field = value();
    else if (arg == "--only") only_row = value();
    else {
      std::cerr << "usage: sayso_bench [--corpus FILE.jsonl [--text-field NAME]] [--mb N] [--doc-kb K]\n"
                   "                   [--repeat R] [--one-document] [--threads N] [--only ROW]\n";
      return 2;
    }
  }
  std::cout << "machine:    " << cpu_model() << ", " << std::thread::hardware_concurrency() << " hardware threads\n";
  if (const int status = measure_startup(); status != 0) return status;
  std::vector<std::string> docs;
  if (!corpus_path.empty()) {
    docs = read_corpus(corpus_path, text_field);
  } else {
    const auto total = static_cast<std::size_t>(mb * 1024 * 1024);
    docs = make_corpus(total, one_document ? total : static_cast<std::size_t>(doc_kb * 1024));
  }
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  const double mbytes = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::cout << "corpus:     " << mbytes << " MiB in " << docs.size() << " document(s), "
            << (corpus_path.empty() ? std::string("generated (seed fixed)") : corpus_path) << "\n"
            << "rows:       interleaved, best of " << repeat << " passes each\n";

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    std::cerr << "sayso_bench: ICU word-break iterator: " << u_errorName(status) << "\n";
    return 1;
  }

  struct Row {
    const char* name = "";
    sayso::PipelineDepth depth = sayso::PipelineDepth::quotes;
    bool write_json = false;
    int threads = 1;  // 0: the ICU pass
    std::unique_ptr<sayso::Pipeline> pipeline;
    double best = 1e100;
    double best_cpu = 1e100;         // the least CPU seconds of a pass (all threads)
    long best_faults = 1L << 62;     // the fewest page faults of a pass
    Counts counts;
    bool skipped = false;  // not asked for by --only
  };
  std::vector<Row> rows;
  auto add_row = [&rows, &only_row](const char* key, const char* name, sayso::PipelineDepth depth, bool write_json, int row_threads) {
    Row row;
    row.name = name;
    row.skipped = !only_row.empty() && only_row != key && key != std::string("icu");
    row.depth = depth;
    row.write_json = write_json;
    row.threads = row_threads;
    rows.push_back(std::move(row));
  };
  add_row("icu", "ICU word-break pass", sayso::PipelineDepth::text, false, 0);
  add_row("text", "text (paragraphs, sentences, tokens)", sayso::PipelineDepth::text, false, 1);
  add_row("entities", "+ entities", sayso::PipelineDepth::entities, false, 1);
  add_row("quotes", "+ quotes", sayso::PipelineDepth::quotes, false, 1);
  add_row("json", "+ JSON written (whole pipeline)", sayso::PipelineDepth::quotes, true, 1);
  const std::string threaded_name = "whole pipeline, " + std::to_string(threads) + " threads";
  add_row("threads", threaded_name.c_str(), sayso::PipelineDepth::quotes, true, threads);
  for (auto& row : rows) {
    if (row.threads == 0 || row.skipped) continue;
    sayso::PipelineOptions options;
    options.depth = row.depth;
    auto created = sayso::Pipeline::create(options);
    if (!created) {
      std::cerr << "sayso_bench: " << created.error().to_string() << "\n";
      return 1;
    }
    row.pipeline = std::make_unique<sayso::Pipeline>(std::move(created).value());
  }
  std::size_t boundaries = 0;
  for (int pass = 0; pass < repeat; ++pass) {
    for (auto& row : rows) {
      if (row.skipped) continue;
      const long faults_before = process_page_faults();
      const double cpu_before = process_cpu_seconds();
      const auto start = std::chrono::steady_clock::now();
      if (row.threads == 0) {
        boundaries = icu_word_break_pass(*words, docs);
      } else if (row.threads == 1) {
        row.counts = run_pipeline(*row.pipeline, docs, row.write_json);
      } else {
        row.counts = run_threaded(*row.pipeline, docs, row.threads);
      }
      row.best = std::min(row.best, seconds_since(start));
      row.best_cpu = std::min(row.best_cpu, process_cpu_seconds() - cpu_before);
      row.best_faults = std::min(row.best_faults, process_page_faults() - faults_before);
    }
  }
  const double icu_rate = mbytes / rows[0].best;
  const double one_thread_rate = mbytes / rows[4].best;
  for (const auto& row : rows) {
    if (row.skipped) continue;
    const double rate = mbytes / row.best;
    std::cout << "  " << row.name << ": " << rate << " MiB/s, " << static_cast<double>(docs.size()) / row.best
              << " docs/s, " << rate / icu_rate << " of ICU";
    if (row.threads == 0) std::cout << " (" << boundaries << " boundaries)";
    std::cout << "; CPU " << row.best_cpu << " s, " << row.best_faults << " page faults";
    if (row.threads > 1 && !rows[4].skipped) {
      std::cout << "; " << rate / one_thread_rate << "x one thread, CPU " << row.best_cpu / rows[4].best_cpu
                << " of one thread's";
    }
    if (row.threads == 1) {
      std::cout << " (" << row.counts.sentences << " sentences, " << row.counts.entities << " entities, "
                << row.counts.quotes << " quotes";
      if (row.write_json) std::cout << ", " << row.counts.json_bytes << " JSON bytes";
      std::cout << ")";
    }
    std::cout << "\n";
  }
  return 0;
}
