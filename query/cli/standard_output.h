// StandardOutput: stdout through a buffer that remembers why a write
// failed. Every command's results go to std::cout; a full disk or a closed
// pipe must not pass as success, and stdio only says that some write failed,
// while errno read afterwards may belong to a later call.
#pragma once

#include <streambuf>
#include <string>
#include <vector>

namespace stancekb {

class StandardOutput : public std::streambuf {
 public:
  // Takes over std::cout's buffer until destroyed.
  StandardOutput();
  ~StandardOutput() override;
  StandardOutput(const StandardOutput&) = delete;
  StandardOutput& operator=(const StandardOutput&) = delete;

  // Writes what is buffered and returns the exit code: `code`, or 1 after a
  // failed write, which is reported on stderr as "write error: …". A reader
  // that went away (a pipe to `head`) is not an error worth a message.
  int Finish(int code);

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  // Writes `size` bytes to fd 1; false (and error_ set) when that fails.
  bool WriteAll(const char* data, size_t size);
  bool Drain();

  std::vector<char> buffer_;
  std::streambuf* previous_ = nullptr;
  int error_ = 0;  // errno of the first failed write.
};

}  // namespace stancekb
