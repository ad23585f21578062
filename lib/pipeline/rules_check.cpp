// sayso::check_rules: the line-by-line check of the rules layer, then
// loading the rules into a pipeline, which only the orchestrator can build.
#include "sayso/rules_check.hpp"

#include "rules/rule_check.hpp"
#include "sayso/pipeline.hpp"

namespace sayso {

Result<RulesCheckReport> check_rules(const std::string& directory) {
  auto syntax = rules::check_rule_syntax(directory);
  if (!syntax) return syntax.error();
  RulesCheckReport report;
  report.files_checked = syntax.value().files_checked;
  report.errors = std::move(syntax.value().errors);
  report.warnings = std::move(syntax.value().warnings);
  if (!report.errors.empty()) return report;
  PipelineOptions options;
  options.rules_directory = directory;
  auto pipeline = Pipeline::create(options);
  if (!pipeline) {
    report.errors.push_back(pipeline.error());
    report.errors_from_loading = true;
  }
  return report;
}

}  // namespace sayso
