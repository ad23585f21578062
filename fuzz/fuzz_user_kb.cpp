// libFuzzer target: a user knowledge base file (docs/knowledge-base.md),
// read by UserKnowledgeBase::parse. An accepted file gives entries with an
// id, a name and a type of PERSON or ORG, ids listed once, a gender only for
// a PERSON, and every entry found again by its name's phrase key. A
// rejected file gives a syntax error that names the file and one of its
// lines.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "fuzz_checks.hpp"
#include "link/user_kb.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "text/tokenizer.hpp"

namespace {

using sayso::fuzz::require;

const std::string kFileName = "fuzz/people.tsv";

const sayso::text::Tokenizer& tokenizer() {
  static const sayso::text::Tokenizer t = [] {
    auto rules = sayso::rules::TextRules::load(sayso::rules::RuleSet::embedded(), "en");
    require(rules.ok(), "the embedded text rules load");
    return sayso::text::Tokenizer(std::make_shared<const sayso::rules::TextRules>(std::move(rules).value()));
  }();
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  auto kb = sayso::link::UserKnowledgeBase::parse(content, kFileName, tokenizer());
  if (!kb) {
    const sayso::Error& error = kb.error();
    require(error.code() == sayso::ErrorCode::rule_syntax, "a knowledge base error is a syntax error");
    require(error.file() == kFileName, "a knowledge base error names the file");
    const auto lines = static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
    require(error.line() >= 1 && error.line() <= lines, "a knowledge base error names a line of the file");
    return 0;
  }
  const auto& entries = kb.value().entries();
  std::unordered_set<std::string> ids;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    require(!e.id.empty() && !e.name.empty(), "an entry has an id and a name");
    require(ids.insert(e.id).second, "an id is listed once");
    require(e.type == sayso::EntityType::person || e.type == sayso::EntityType::org, "an entry is PERSON or ORG");
    require(e.gender == sayso::Gender::unknown || e.type == sayso::EntityType::person, "only a PERSON has a gender");
    const std::string key = sayso::link::UserKnowledgeBase::phrase_key(tokenizer(), e.name);
    if (key.empty()) continue;
    const auto& found = kb.value().find(key);
    require(std::find(found.begin(), found.end(), i) != found.end(), "an entry is found by its name");
    require(std::is_sorted(found.begin(), found.end()), "entries are found in file order");
    for (const std::size_t index : found) require(index < entries.size(), "find gives entry indexes");
  }
  return 0;
}
