#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sayso/sayso.hpp"

namespace {

std::vector<std::string> sentences(const std::string& text) {
  static const sayso::Pipeline pipeline = sayso::Pipeline::create().value();
  const auto doc = pipeline.extract(text);
  std::vector<std::string> out;
  for (const auto& s : doc.value().sentences()) out.emplace_back(doc.value().slice(s.span));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("plain sentences split at terminal punctuation", "[sentences]") {
  CHECK(sentences("The vote passed. Critics were quick to respond! Was it fair?") ==
        V{"The vote passed.", "Critics were quick to respond!", "Was it fair?"});
}
