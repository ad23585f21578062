#include <catch2/catch.hpp>

#include <sys/mman.h>

#include <cstring>

#include "sayso/sayso.h"

extern "C" int sayso_test_c_version_matches(void);

TEST_CASE("the C ABI reports the version it was built as", "[c_abi]") {
  CHECK(sayso_version_number() == SAYSO_VERSION_NUMBER);
  CHECK(std::strcmp(sayso_version_string(), SAYSO_VERSION_STRING) == 0);
  CHECK(sayso_test_c_version_matches() == 1);
}

TEST_CASE("the C ABI refuses a text past 4 GiB - 1 bytes with SAYSO_E_TOO_LARGE", "[c_abi]") {
  // Address space that is never touched: refused from its length.
  const size_t length = size_t{0xFFFFFFFFu} + 1;
  void* pages = mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  REQUIRE(pages != MAP_FAILED);
  sayso_pipeline* pipeline = nullptr;
  REQUIRE(sayso_pipeline_open(&pipeline, nullptr, nullptr) == SAYSO_OK);
  sayso_document* document = nullptr;
  sayso_error* error = nullptr;
  CHECK(sayso_extract(&document, pipeline, static_cast<const char*>(pages), length, &error) == SAYSO_E_TOO_LARGE);
  CHECK(document == nullptr);
  REQUIRE(error != nullptr);
  CHECK(std::strstr(sayso_error_message(error), "4294967296 bytes") != nullptr);
  sayso_error_free(error);
  sayso_pipeline_free(pipeline);
  munmap(pages, length);
}
