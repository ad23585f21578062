#include "entities/token_pattern.hpp"

#include <sstream>

#include "lexicon/phrase_trie.hpp"

namespace sayso::entities {
namespace {

struct NamedTest {
  const char* name;
  std::uint32_t flag;
};
constexpr NamedTest kTokenTests[] = {
    {"word", kWord},     {"cap", kCap},         {"upper", kUpper},       {"caps", kCaps},
    {"lower", kLower},   {"common", kCommon},   {"given", kGiven},       {"initial", kInitial},
    {"number", kNumber}, {"possessive", kPossessive}, {"nonname", kNonName}, {"hyphenated", kHyphenated},
    {"titleword", kTitleWord}, {"particlename", kParticleName},
    {"letter", kLetter},       {"orgword", kOrgWord},     {"acronym", kAcronym},
    {"headline", kHeadline},   {"syllablename", kSyllableName},
};

struct NamedPhrase {
  const char* name;
  PhraseTest test;
};
constexpr NamedPhrase kPhraseTests[] = {
    {"title", PhraseTest::title},     {"honorific", PhraseTest::honorific}, {"role", PhraseTest::role},
    {"country", PhraseTest::country}, {"demonym", PhraseTest::demonym},     {"subdivision", PhraseTest::subdivision},
    {"city", PhraseTest::city},       {"bigcity", PhraseTest::bigcity},     {"place", PhraseTest::place},
    {"org", PhraseTest::org},         {"orghead", PhraseTest::orghead},     {"orgsuffix", PhraseTest::orgsuffix},
};

Result<PatternElement> parse_brackets(const std::string& inner, const std::string& element) {
  PatternElement e;
  std::size_t start = 0;
  while (start <= inner.size()) {
    std::size_t amp = inner.find('&', start);
    if (amp == std::string::npos) amp = inner.size();
    std::string test = inner.substr(start, amp - start);
    bool negated = false;
    if (!test.empty() && test[0] == '!') {
      negated = true;
      test.erase(0, 1);
    }
    if (test.empty()) return Error(ErrorCode::rule_syntax, "empty test in '" + element + "'");
    bool known = false;
    for (const auto& t : kTokenTests) {
      if (test == t.name) {
        (negated ? e.forbidden : e.required) |= t.flag;
        known = true;
      }
    }
    for (const auto& p : kPhraseTests) {
      if (test == p.name) {
        if (negated) return Error(ErrorCode::rule_syntax, "a phrase test cannot be negated: '" + element + "'");
        if (e.phrase != PhraseTest::none) {
          return Error(ErrorCode::rule_syntax, "two phrase tests in one element: '" + element + "'");
        }
        e.phrase = p.test;
        known = true;
      }
    }
    if (!known) return Error(ErrorCode::rule_syntax, "unknown test '" + test + "' in '" + element + "'");
    start = amp + 1;
  }
  return e;
}

}  // namespace

Result<std::vector<PatternElement>> parse_pattern(const std::string& text) {
  std::vector<PatternElement> elements;
  std::istringstream in(text);
  std::string element;
  int open_captures = 0;
  int captures = 0;
  bool any_test = false;
  while (in >> element) {
    if (element == "<" || element == ">") {
      PatternElement e;
      e.kind = element == "<" ? PatternElement::Kind::capture_open : PatternElement::Kind::capture_close;
      if (element == "<") {
        if (open_captures || captures) return Error(ErrorCode::rule_syntax, "only one capture '< ... >' is allowed");
        ++open_captures;
      } else {
        if (!open_captures) return Error(ErrorCode::rule_syntax, "'>' without '<'");
        --open_captures;
        ++captures;
      }
      elements.push_back(e);
      continue;
    }
    char quantifier = 0;
    std::string body = element;
    const char last = body.back();
    if ((last == '?' || last == '*' || last == '+') && body.size() > 1) {
      quantifier = last;
      body.pop_back();
    }
    PatternElement e;
    if (body.front() == '[') {
      if (body.back() != ']' || body.size() < 3) {
        return Error(ErrorCode::rule_syntax, "unbalanced brackets in '" + element + "'");
      }
      auto parsed = parse_brackets(body.substr(1, body.size() - 2), element);
      if (!parsed) return parsed.error();
      e = parsed.value();
    } else {
      std::size_t start = 0;
      bool all_capitalised = true;
      while (start <= body.size()) {
        std::size_t bar = body.find('|', start);
        if (bar == std::string::npos) bar = body.size();
        const std::string literal = body.substr(start, bar - start);
        if (literal.empty()) return Error(ErrorCode::rule_syntax, "empty alternative in '" + element + "'");
        all_capitalised = all_capitalised && literal[0] >= 'A' && literal[0] <= 'Z';
        e.literals.push_back(lexicon::normalize_token(literal));
        start = bar + 1;
      }
      // "Democrats" matches only a capitalised token; "of" matches in any case.
      if (all_capitalised) e.required |= kUpper;
    }
    e.quantifier = quantifier;
    elements.push_back(std::move(e));
    any_test = true;
  }
  if (open_captures) return Error(ErrorCode::rule_syntax, "'<' without '>'");
  if (!any_test) return Error(ErrorCode::rule_syntax, "the pattern is empty");
  return elements;
}

}  // namespace sayso::entities
