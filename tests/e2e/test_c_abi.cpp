#include <catch2/catch.hpp>

#include <cstring>

#include "sayso/sayso.h"

extern "C" int sayso_test_c_version_matches(void);

TEST_CASE("the C ABI reports the version it was built as", "[c_abi]") {
  CHECK(sayso_version_number() == SAYSO_VERSION_NUMBER);
  CHECK(std::strcmp(sayso_version_string(), SAYSO_VERSION_STRING) == 0);
  CHECK(sayso_test_c_version_matches() == 1);
}
