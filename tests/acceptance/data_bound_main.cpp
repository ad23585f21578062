// The main of the test programs that read ../shared (SAYSO_SHARED_DIR).
//
// They are built and registered whether or not the data is there, so that a
// clone without it lists the same tests. When the data is absent a run exits
// with 77, which ctest reports as skipped (SKIP_RETURN_CODE), and says why;
// when the environment variable CI is set it fails instead, because CI must
// measure. Listing the tests (--list-*) never needs the data.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

constexpr int kSkipped = 77;

bool only_listing(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]).rfind("--list", 0) == 0) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path data = SAYSO_SHARED_DIR "/seed";
  if (!only_listing(argc, argv) && !std::filesystem::is_directory(data)) {
    if (std::getenv("CI") != nullptr) {
      std::cerr << "FAILED: the evaluation data is absent (" << data.string()
                << "), and CI is set: the acceptance tests must run\n";
      return 1;
    }
    std::cout << "SKIPPED: the evaluation data is absent (" << data.string() << ")\n";
    return kSkipped;
  }
  return Catch::Session().run(argc, argv);
}
