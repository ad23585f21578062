// Runs the built CLI as a child process and measures it: wall time, CPU time
// and peak resident memory (wait4's rusage), with a deadline after which the child is
// killed, so that a document that never ends fails its test instead of
// stalling the suite.
#ifndef SAYSO_TESTS_HOSTILE_CHILD_PROCESS_HPP
#define SAYSO_TESTS_HOSTILE_CHILD_PROCESS_HPP

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace sayso_hostile {

struct ChildRun {
  int exit_code = -1;           // -1 when killed by a signal
  bool killed_at_deadline = false;
  double seconds = 0;           // wall time
  double cpu_seconds = 0;       // user + system time: what bounds compare, as it
                                // does not grow when other work shares the machine
  std::size_t peak_rss_bytes = 0;
};

// Runs `program arguments...` with standard output to `stdout_path` and
// standard error to `stderr_path`. Kills it after `deadline_seconds`.
inline ChildRun run_child(const std::string& program, const std::vector<std::string>& arguments,
                          const std::string& stdout_path, const std::string& stderr_path,
                          double deadline_seconds) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);

  ChildRun run;
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) return run;
  if (pid == 0) {
    const int out = ::open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = ::open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0) ::_exit(127);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
  int status = 0;
  struct rusage usage {};
  while (true) {
    const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
    if (done == pid) break;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > deadline_seconds && !run.killed_at_deadline) {
      ::kill(pid, SIGKILL);
      run.killed_at_deadline = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                    static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  run.peak_rss_bytes = static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // Linux: kilobytes
  return run;
}

}  // namespace sayso_hostile

#endif  // SAYSO_TESTS_HOSTILE_CHILD_PROCESS_HPP
