// Runs the built sayso CLI as a user would, capturing stdout and the exit code.
#ifndef SAYSO_TESTS_CLI_RUNNER_HPP
#define SAYSO_TESTS_CLI_RUNNER_HPP

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sayso_test {

// The records of JSONL output, one per line; throws on a line that is not
// JSON (invalid UTF-8 included).
inline std::vector<nlohmann::json> parse_jsonl(const std::string& out) {
  std::vector<nlohmann::json> records;
  std::size_t pos = 0;
  while (pos < out.size()) {
    std::size_t eol = out.find('\n', pos);
    if (eol == std::string::npos) eol = out.size();
    records.push_back(nlohmann::json::parse(out.substr(pos, eol - pos)));
    pos = eol + 1;
  }
  return records;
}

struct CliRun {
  int exit_code = -1;
  std::string out;
};

// Runs `SAYSO_CLI <arguments>` through the shell; stderr goes to a file
// beside the tests (not checked) unless the arguments redirect it.
inline CliRun run_cli(const std::string& arguments) {
  const std::string command = std::string("'") + SAYSO_CLI + "' " + arguments;
  CliRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  char buf[65536];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) run.out.append(buf, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

inline std::filesystem::path temp_dir(const std::string& name) {
  const auto dir = std::filesystem::path(SAYSO_TEST_TMP) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace sayso_test

#endif
