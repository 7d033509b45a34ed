#include "query/cli/standard_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace stancekb {
namespace {

// Results of a few thousand rows leave in one or two writes.
constexpr size_t kBufferBytes = 1 << 16;

}  // namespace

StandardOutput::StandardOutput() : buffer_(kBufferBytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  previous_ = std::cout.rdbuf(this);
}

StandardOutput::~StandardOutput() {
  Drain();
  std::cout.rdbuf(previous_);
}

int StandardOutput::Finish(int code) {
  std::cout.flush();
  Drain();
  if (error_ == 0 || error_ == EPIPE) return code;
  std::cerr << "stancekb: write error: standard output: " << std::strerror(error_) << "\n";
  return code == 0 ? 1 : code;
}

StandardOutput::int_type StandardOutput::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize StandardOutput::xsputn(const char* data, std::streamsize size) {
  const auto n = static_cast<size_t>(size);
  if (n <= static_cast<size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), data, n);
    pbump(static_cast<int>(n));
    return size;
  }
  // Larger than the room left: what is buffered, then this piece directly.
  return Drain() && WriteAll(data, n) ? size : 0;
}

int StandardOutput::sync() { return Drain() ? 0 : -1; }

bool StandardOutput::Drain() {
  const size_t pending = static_cast<size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return WriteAll(buffer_.data(), pending);
}

bool StandardOutput::WriteAll(const char* data, size_t size) {
  while (error_ == 0 && size > 0) {
    const ssize_t written = ::write(STDOUT_FILENO, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      error_ = written < 0 ? errno : EIO;
      break;
    }
    data += written;
    size -= static_cast<size_t>(written);
  }
  return error_ == 0;
}

}  // namespace stancekb
