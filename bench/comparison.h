// Comparison: one corpus size run through both engines: load, retract the
// same assertions, reopen for queries, then for every question check that
// both answers are equal and (unless check_only) time each side.
#pragma once

#include <string>
#include <vector>

#include "bench/corpus.h"
#include "bench/engine.h"

namespace stancekb::bench {

struct ComparisonOptions {
  std::string dir;          // Work directory for the corpus and databases.
  int repetitions = 5;      // Timed runs per question and engine (median kept).
  bool check_only = false;  // Compare answers; time nothing.
  // Query the databases a previous run left in `dir`: no generating, no
  // loading, no load or size rows.
  bool reuse = false;
};

struct TimedRow {
  std::string operation;
  size_t rows = 0;    // Result rows (equal on both sides).
  double sqlite = 0;  // Milliseconds, or the row's unit.
  double stancekb = 0;
  std::string unit = "ms";
};

struct ComparisonResult {
  size_t assertions = 0;
  std::string load_average;  // /proc/loadavg when the size started.
  std::vector<TimedRow> rows;
};

// The questions asked of a corpus: its busiest-but-three topic, its most
// active actor, and dates inside its years.
QuestionArgs ArgsFor(const CorpusSpec& spec);

// Runs one size. Mismatched answers are an error naming the question and
// the first differing rows.
Status RunComparison(const CorpusSpec& spec, const ComparisonOptions& options, ComparisonResult* out);

// Markdown table of results, one block per size.
std::string FormatTable(const std::vector<ComparisonResult>& results);

}  // namespace stancekb::bench
