// A C++ program built against an installed sayso with find_package(sayso):
// the C++ library (static, with its dependencies found by the package) and
// the C ABI in one program, run on the installed rules directory.
#include <cstring>
#include <iostream>
#include <string>

#include <sayso/sayso.h>
#include <sayso/sayso.hpp>

int main() {
  const std::string text = "Mr. Smith arrived. \xE2\x80\x9CIt went well,\xE2\x80\x9D he said.";

  sayso::PipelineOptions options;
  options.rules_directory = SAYSO_RULES_DIR;  // the installed copy, as a user would extend it
  auto pipeline = sayso::Pipeline::create(options);
  if (!pipeline) {
    std::cerr << pipeline.error().to_string() << "\n";
    return 1;
  }
  auto document = pipeline.value().extract(text, "cpp-consumer");
  if (!document || document.value().sentences().size() != 2) {
    std::cerr << "unexpected C++ result\n";
    return 1;
  }
  std::string record;
  sayso::append_json_record(document.value(), record);

  // The C ABI gives the same record.
  sayso_pipeline* p = nullptr;
  sayso_document* d = nullptr;
  if (sayso_pipeline_open(&p, nullptr, nullptr) != SAYSO_OK ||
      sayso_extract_with_id(&d, p, text.data(), text.size(), "cpp-consumer", 12, nullptr) != SAYSO_OK) {
    std::cerr << "C ABI failed\n";
    return 1;
  }
  std::size_t needed = 0;
  sayso_document_to_json(d, nullptr, 0, &needed);
  std::string c_record(needed, '\0');
  sayso_document_to_json(d, &c_record[0], needed, nullptr);
  c_record.resize(needed - 1);
  sayso_document_free(d);
  sayso_pipeline_free(p);
  if (c_record != record) {
    std::cerr << "C++ and C records differ:\n" << record << "\n" << c_record << "\n";
    return 1;
  }
  std::cout << sayso::version_string() << " " << record << "\n";
  return 0;
}
