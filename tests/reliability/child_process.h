// ChildProcess: the stancekb binary run in the background, so that a test can
// kill it at a chosen moment or act beside it while it runs.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace stancekb::testing {

class ChildProcess {
 public:
  // Starts STANCEKB_CLI_PATH with `args`; stdout and stderr go to
  // `output_path` (stdin is /dev/null). pid() is -1 when it could not start.
  // fork() rather than posix_spawn(): a vfork-style child would report the
  // test's own peak memory as its PeakRssMiB().
  ChildProcess(const std::vector<std::string>& args, const std::string& output_path) {
    std::vector<std::string> argv_storage = {STANCEKB_CLI_PATH};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argv_storage) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const int in = ::open("/dev/null", O_RDONLY);
    const int out = ::open(output_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_ = in < 0 || out < 0 ? -1 : ::fork();
    if (pid_ == 0) {
      ::dup2(in, STDIN_FILENO);
      ::dup2(out, STDOUT_FILENO);
      ::dup2(out, STDERR_FILENO);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(in);
    ::close(out);
  }
  ~ChildProcess() {
    if (pid_ > 0 && !reaped_) {
      ::kill(pid_, SIGKILL);
      Wait();
    }
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }

  // True while the child has not exited (it is not reaped).
  bool Running() {
    if (reaped_) return false;
    if (::wait4(pid_, &status_, WNOHANG, &usage_) != pid_) return true;
    reaped_ = true;
    return false;
  }

  // True when the child was ended by a signal (a crash, or Kill()).
  bool Signaled() {
    Wait();
    return WIFSIGNALED(status_);
  }

  // Peak resident memory of the child, in MiB (after it was waited for).
  double PeakRssMiB() const { return usage_.ru_maxrss / 1024.0; }

  // Stops the child (SIGSTOP) until Continue(); false when it could not be
  // signalled. A stopped child keeps what it holds, such as the database.
  bool Stop() { return pid_ > 0 && !reaped_ && ::kill(pid_, SIGSTOP) == 0; }
  void Continue() {
    if (pid_ > 0 && !reaped_) ::kill(pid_, SIGCONT);
  }

  // Sends SIGKILL; returns true when the child was still running then.
  bool Kill() {
    if (!Running()) return false;
    ::kill(pid_, SIGKILL);
    Wait();
    return WIFSIGNALED(status_);
  }

  // Waits for the child; returns its exit code (-1 when killed by a signal).
  int Wait() {
    if (!reaped_) {
      ::wait4(pid_, &status_, 0, &usage_);
      reaped_ = true;
    }
    return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
  }

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  int status_ = 0;
  struct rusage usage_ {};
};

}  // namespace stancekb::testing
