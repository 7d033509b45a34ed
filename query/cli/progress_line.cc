#include "query/cli/progress_line.h"

#include <unistd.h>

#include <iostream>

namespace stancekb {
namespace {

constexpr std::chrono::seconds kQuietFor(1);
constexpr std::chrono::milliseconds kRedrawEvery(200);

// 1234567 -> "1,234,567": a count read at a glance.
std::string WithThousands(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

ProgressLine::Options ProgressLine::ForStderr(bool output_streams) {
  const bool terminal = ::isatty(STDERR_FILENO) == 1 && !(output_streams && ::isatty(STDOUT_FILENO) == 1);
  return {&std::cerr, terminal, [] { return std::chrono::steady_clock::now(); }};
}

ProgressLine::ProgressLine(Options options) : options_(std::move(options)) {
  if (options_.terminal) start_ = phase_start_ = options_.clock();
}

void ProgressLine::Update(std::string_view what, uint64_t count) {
  if (!options_.terminal || finished_) return;
  const auto now = options_.clock();
  if (what != what_) {
    if (!what_.empty()) phase_start_ = now;  // The first count runs from the start.
    what_ = what;
  }
  count_ = count;
  if (now - start_ < kQuietFor || (drawn_ && now - drawn_at_ < kRedrawEvery)) return;
  Draw(now);
}

void ProgressLine::Finish() {
  if (finished_) return;
  finished_ = true;
  if (!drawn_) return;
  Draw(options_.clock());
  *options_.out << '\n' << std::flush;
}

void ProgressLine::Draw(std::chrono::steady_clock::time_point now) {
  const double phase = std::chrono::duration<double>(now - phase_start_).count();
  const auto total = std::chrono::duration_cast<std::chrono::seconds>(now - start_).count();
  std::string line = "\r\033[K" + WithThousands(count_) + " " + what_;
  if (phase > 0) line += ", " + WithThousands(static_cast<uint64_t>(count_ / phase)) + "/s";
  line += ", " + std::to_string(total) + " s";
  *options_.out << line << std::flush;
  drawn_ = true;
  drawn_at_ = now;
}

}  // namespace stancekb
