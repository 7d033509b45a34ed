// ProgressLine: one line on a terminal that tells how far a long command has
// got ("1,200,000 lines read, 240,000/s, 5 s"), redrawn in place. It draws
// nothing when its output is not a terminal (a script's stderr stays clean)
// and nothing for the first second (a quick command stays quiet); once
// drawn, Finish() leaves the final count on its own line.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "kb/progress.h"

namespace stancekb {

class ProgressLine {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  struct Options {
    std::ostream* out = nullptr;
    bool terminal = false;  // Draw only when true.
    Clock clock;
  };
  // std::cerr, drawn when standard error is a terminal, the steady clock.
  // With output_streams (the command writes its results as it works) only
  // when standard output is not a terminal too: rows would break the line.
  static Options ForStderr(bool output_streams = false);

  explicit ProgressLine(Options options = ForStderr());
  ~ProgressLine() { Finish(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Records the running count of `what`; draws it when the command has run
  // for a second and the last drawing is a fifth of a second old. The rate
  // runs from the start, or from the first update of a later `what`.
  void Update(std::string_view what, uint64_t count);
  // Draws the last count, ends the line and stops drawing; nothing when
  // nothing was drawn.
  void Finish();

  // Update() as a ProgressFunction; this must outlive it.
  ProgressFunction Function() {
    return [this](std::string_view what, uint64_t count) { Update(what, count); };
  }

 private:
  void Draw(std::chrono::steady_clock::time_point now);

  Options options_;
  std::chrono::steady_clock::time_point start_, phase_start_, drawn_at_;
  std::string what_;
  uint64_t count_ = 0;
  bool drawn_ = false, finished_ = false;
};

}  // namespace stancekb
