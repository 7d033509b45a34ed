// bench_compare: stancekb side by side with SQLite on generated corpora.
//   bench_compare [--size N]... [--with-10m] [--reps R] [--dir DIR] [--check-only]
//   bench_compare --print-questions   (TOPIC<tab>ACTOR the queries ask about)
// Prints a Markdown table (see bench/README.md); exits 1 when an answer
// differs between the two engines or anything fails.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "bench/comparison.h"

int main(int argc, char** argv) {
  using namespace stancekb::bench;
  // The store's messages go to stderr: stdout carries the table.
  spdlog::set_default_logger(spdlog::stderr_color_mt("bench_compare"));
  CLI::App app("stancekb side by side with SQLite on generated corpora");
  std::vector<size_t> sizes;
  bool with_10m = false;
  ComparisonOptions options;
  options.dir = "/tmp/stancekb-bench";
  CorpusSpec spec;
  app.add_option("--size", sizes, "Corpus sizes in assertions (default 10000 100000 1000000)");
  app.add_flag("--with-10m", with_10m, "Also run 10,000,000 assertions");
  app.add_option("--reps", options.repetitions, "Timed repetitions per question (median kept)");
  app.add_option("--dir", options.dir, "Work directory (corpora and databases are kept there)");
  app.add_option("--seed", spec.seed, "Corpus seed");
  app.add_flag("--check-only", options.check_only, "Only check that both engines give equal answers");
  app.add_flag("--reuse", options.reuse, "Query the databases a previous run left in --dir (no load)");
  bool print_questions = false;
  app.add_flag("--print-questions", print_questions, "Print TOPIC<tab>ACTOR the queries ask about, and exit");
  CLI11_PARSE(app, argc, argv);
  if (print_questions) {
    const QuestionArgs args = ArgsFor(spec);
    std::printf("%s\t%s\n", args.topic.c_str(), args.actor.c_str());
    return 0;
  }
  if (sizes.empty()) sizes = {10000, 100000, 1000000};
  if (with_10m) sizes.push_back(10000000);
  std::vector<ComparisonResult> results;
  for (size_t size : sizes) {
    spec.assertions = size;
    ComparisonResult result;
    const stancekb::Status s = RunComparison(spec, options, &result);
    if (!s.ok()) {
      std::fprintf(stderr, "bench_compare: %zu assertions: %s\n", size, s.message().c_str());
      return 1;
    }
    std::fprintf(stderr, "%zu assertions: answers equal (load average at start: %s)\n", size,
                 result.load_average.c_str());
    results.push_back(std::move(result));
  }
  if (!options.check_only) std::fputs(FormatTable(results).c_str(), stdout);
  return 0;
}
