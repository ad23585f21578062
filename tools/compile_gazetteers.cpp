// Build tool: compiles the gazetteers of the embedded rules into a binary
// image (lexicon/gazetteers.hpp), which the build then embeds in the
// library with `sayso_embed_rules --image`.
//
//   sayso_compile_gazetteers LANGUAGE OUTPUT
//
// Linked with the library's code and the embedded rules, but not with an
// embedded image (it makes it), so Gazetteers::compile() does the work that
// creating a pipeline would otherwise do at every start.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "lexicon/gazetteers.hpp"
#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "text/tokenizer.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: sayso_compile_gazetteers LANGUAGE OUTPUT\n";
    return 2;
  }
  const std::string language = argv[1];
  const std::filesystem::path output = argv[2];
  const sayso::rules::RuleSet rules = sayso::rules::RuleSet::embedded();
  auto text_rules = sayso::rules::TextRules::load(rules, language);
  if (!text_rules) {
    std::cerr << "sayso_compile_gazetteers: " << text_rules.error().to_string() << "\n";
    return 1;
  }
  const sayso::text::Tokenizer tokenizer(
      std::make_shared<const sayso::rules::TextRules>(std::move(text_rules).value()));
  auto gazetteers = sayso::lexicon::Gazetteers::compile(rules, language, tokenizer);
  if (!gazetteers) {
    std::cerr << "sayso_compile_gazetteers: " << gazetteers.error().to_string() << "\n";
    return 1;
  }
  const std::string_view image = gazetteers.value().image();
  if (output.has_parent_path()) std::filesystem::create_directories(output.parent_path());
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out.write(image.data(), static_cast<std::streamsize>(image.size()));
  if (!out) {
    std::cerr << "sayso_compile_gazetteers: cannot write " << output << "\n";
    return 1;
  }
  return 0;
}
