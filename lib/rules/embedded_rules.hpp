// The default rule files, compiled into the library by tools/embed_rules.cpp.
#ifndef SAYSO_RULES_EMBEDDED_RULES_HPP
#define SAYSO_RULES_EMBEDDED_RULES_HPP

#include <cstddef>

namespace sayso::rules {

struct EmbeddedRuleFile {
  const char* path;  // relative to rules/, '/' separated
  const char* data;
  std::size_t size;
};

extern const EmbeddedRuleFile kEmbeddedRuleFiles[];
extern const std::size_t kEmbeddedRuleFileCount;

}  // namespace sayso::rules

#endif  // SAYSO_RULES_EMBEDDED_RULES_HPP
