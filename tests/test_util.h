// Helpers shared by the test suites: a temporary directory removed at the
// end of a test, running the stancekb binary, and paths to tests/data.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace stancekb::testing {

class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() / ("stancekb-test-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path() const { return path_.string(); }
  std::string Sub(const std::string& name) const { return (path_ / name).string(); }
  // Writes `content` to a file in the directory and returns its path.
  std::string Write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name, std::ios::binary) << content;
    return Sub(name);
  }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A file under tests/data.
inline std::string TestData(const std::string& relative) {
  return std::string(STANCEKB_TEST_DATA_DIR) + "/" + relative;
}

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the built stancekb binary with `args` (a shell-quoted
// string) in `dir`; captures stdout and stderr.
inline CliResult RunCli(const TempDir& dir, const std::string& args, const std::string& stdin_path = "/dev/null") {
  const std::string out = dir.Sub(".stdout"), err = dir.Sub(".stderr");
  const std::string command = "cd '" + dir.path() + "' && '" + std::string(STANCEKB_CLI_PATH) + "' " + args + " <'" +
                              stdin_path + "' >'" + out + "' 2>'" + err + "'";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

}  // namespace stancekb::testing
