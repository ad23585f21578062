// Throughput of the sayso pipeline on a generated news-like corpus, one thread.
//
//   sayso_bench [--mb N] [--doc-kb K] [--repeat R] [--one-document]
//
// The corpus is made here, deterministically (a fixed seed), from sentences
// with the features that cost the text layer: quotations, abbreviations,
// titles, initials, numbers, page-furniture lines and non-ASCII letters. It
// is split into documents of about K kilobytes (default 4, a news article),
// or kept as one document with --one-document (the linearity check). The
// best of R runs is reported in MiB/s of input, for each depth of the
// pipeline (text layer; + entities; + quotes) in the same run.
//
// First it measures start-up: the time to create a full pipeline (the
// first in the process, then the median of 10 more) and the resident set
// before, after creating it and after one document.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

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

}  // namespace

int main(int argc, char** argv) {
  double mb = 20;
  double doc_kb = 4;
  int repeat = 3;
  bool one_document = false;
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
    else if (arg == "--one-document") one_document = true;
    else {
      std::cerr << "usage: sayso_bench [--mb N] [--doc-kb K] [--repeat R] [--one-document]\n";
      return 2;
    }
  }
  std::cout << "machine:    " << cpu_model() << "\n";
  if (const int status = measure_startup(); status != 0) return status;
  const auto total = static_cast<std::size_t>(mb * 1024 * 1024);
  auto docs = make_corpus(total, one_document ? total : static_cast<std::size_t>(doc_kb * 1024));
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();

  const double mbytes = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::cout << "corpus:     " << mbytes << " MiB in " << docs.size() << " document(s), generated (seed fixed)\n"
            << "each depth: best of " << repeat << " runs, 1 thread\n";
  // The same corpus at each depth, in one run, so that the ratios between
  // stages hold even on a noisy machine.
  const std::pair<sayso::PipelineDepth, const char*> depths[] = {
      {sayso::PipelineDepth::text, "text (paragraphs, sentences, tokens)"},
      {sayso::PipelineDepth::entities, "+ entities"},
      {sayso::PipelineDepth::quotes, "+ quotes (full pipeline)"}};
  for (const auto& [depth, name] : depths) {
    sayso::PipelineOptions options;
    options.depth = depth;
    const auto t0 = std::chrono::steady_clock::now();
    auto pipeline = sayso::Pipeline::create(options);
    const auto t1 = std::chrono::steady_clock::now();
    if (!pipeline) {
      std::cerr << "sayso_bench: " << pipeline.error().to_string() << "\n";
      return 1;
    }
    double best = 1e100;
    std::size_t sentences = 0, entities = 0, quotes = 0;
    for (int run = 0; run < repeat; ++run) {
      sentences = entities = quotes = 0;
      const auto start = std::chrono::steady_clock::now();
      for (const auto& d : docs) {
        const auto doc = pipeline.value().extract(d);
        sentences += doc.value().sentences().size();
        entities += doc.value().entities().size();
        quotes += doc.value().quotes().size();
      }
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      best = std::min(best, seconds);
    }
    std::cout << "  " << name << ": " << mbytes / best << " MiB/s, " << static_cast<double>(docs.size()) / best
              << " docs/s (" << sentences << " sentences, " << entities << " entities, " << quotes
              << " quotes; create " << std::chrono::duration<double, std::milli>(t1 - t0).count() << " ms)\n";
  }
  return 0;
}
