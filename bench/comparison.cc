#include "bench/comparison.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include "bench/kb_engine.h"
#include "bench/sqlite_engine.h"

namespace stancekb::bench {
namespace {

double MillisOf(const std::function<Status()>& run, Status* status) {
  const auto start = std::chrono::steady_clock::now();
  *status = run();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Median of `repetitions` timed runs.
Status MedianMillis(const std::function<Status()>& run, int repetitions, double* out) {
  std::vector<double> times;
  for (int i = 0; i < repetitions; ++i) {
    Status s;
    times.push_back(MillisOf(run, &s));
    if (!s.ok()) return s;
  }
  std::sort(times.begin(), times.end());
  *out = times[times.size() / 2];
  return Status::Ok();
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

// Equal answers, or an error showing where they part. Said answers are
// ordered (by actor name, date, id); the others are compared as sets.
Status CheckEqual(Question q, Rows sqlite, Rows kb) {
  if (q != Question::kSaidTopic && q != Question::kSaidTopicActor) {
    std::sort(sqlite.begin(), sqlite.end());
    std::sort(kb.begin(), kb.end());
  }
  if (sqlite == kb) return Status::Ok();
  size_t i = 0;
  while (i < sqlite.size() && i < kb.size() && sqlite[i] == kb[i]) ++i;
  const auto at = [i](const Rows& rows) { return i < rows.size() ? rows[i] : std::string("(end)"); };
  return Status::Corruption(std::string(QuestionName(q)) + ": answers differ (SQLite " + std::to_string(sqlite.size()) +
                            " rows, stancekb " + std::to_string(kb.size()) + " rows); first difference at row " +
                            std::to_string(i) + ":\n  SQLite:   " + at(sqlite) + "\n  stancekb: " + at(kb));
}

struct Side {
  std::unique_ptr<Engine> engine;
  std::string path;
  double load_ms = 0;
};

Status LoadSide(const std::string& jsonl, const std::vector<AssertionId>& retracted, Side* side) {
  std::filesystem::remove_all(side->path);
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(side->path + suffix);
  Status s;
  side->load_ms = MillisOf([&] { return side->engine->Load(jsonl, side->path); }, &s);
  if (s.ok()) s = side->engine->Retract(retracted);
  return s.ok() ? side->engine->OpenForQueries(side->path) : s;
}

// Generates the corpus and loads both sides; adds the load and size rows.
Status Prepare(const CorpusSpec& spec, const std::string& jsonl, Side* sqlite, Side* kb, ComparisonResult* out) {
  Status s = WriteCorpusJsonl(spec, jsonl);
  if (!s.ok()) return s;
  std::vector<AssertionId> retracted;
  for (AssertionId id = 1; id <= spec.assertions; ++id) {
    if (Retracted(spec, id)) retracted.push_back(id);
  }
  if (!(s = LoadSide(jsonl, retracted, sqlite)).ok()) return s;
  if (!(s = LoadSide(jsonl, retracted, kb)).ok()) return s;
  const double n = static_cast<double>(spec.assertions);
  out->rows.push_back(
      {"bulk load", spec.assertions, n / (sqlite->load_ms / 1000), n / (kb->load_ms / 1000), "lines/s"});
  out->rows.push_back({"size on disk", spec.assertions, sqlite->engine->DiskBytes() / 1048576.0,
                       kb->engine->DiskBytes() / 1048576.0, "MiB"});
  return Status::Ok();
}

}  // namespace

QuestionArgs ArgsFor(const CorpusSpec& spec) {
  QuestionArgs args;
  args.topic = TopicKey(3);
  args.actor = ActorName(0);
  args.at = Date::FromCivil(spec.first_year + spec.years * 7 / 10, 6, 30);
  args.from = Date::FromCivil(spec.first_year + spec.years * 4 / 10, 1, 1);
  args.to = Date::FromCivil(spec.first_year + spec.years * 8 / 10, 1, 1);
  return args;
}

Status RunComparison(const CorpusSpec& spec, const ComparisonOptions& options, ComparisonResult* out) {
  out->assertions = spec.assertions;
  out->load_average = LoadAverage();
  std::filesystem::create_directories(options.dir);
  const std::string tag = std::to_string(spec.assertions);
  const std::string jsonl = options.dir + "/corpus-" + tag + ".jsonl";
  Side sqlite{std::make_unique<SqliteEngine>(), options.dir + "/sqlite-" + tag + ".db"};
  Side kb{std::make_unique<KbEngine>(), options.dir + "/stancekb-" + tag + ".db"};
  Status s = options.reuse ? sqlite.engine->OpenForQueries(sqlite.path) : Prepare(spec, jsonl, &sqlite, &kb, out);
  if (s.ok() && options.reuse) s = kb.engine->OpenForQueries(kb.path);
  if (!s.ok()) return s;
  const QuestionArgs args = ArgsFor(spec);
  for (Question q : kAllQuestions) {
    Rows sqlite_rows, kb_rows;
    s = sqlite.engine->Ask(q, args, &sqlite_rows);
    if (s.ok()) s = kb.engine->Ask(q, args, &kb_rows);
    if (s.ok()) s = CheckEqual(q, sqlite_rows, kb_rows);
    if (!s.ok()) return s;
    TimedRow row{std::string(QuestionName(q)), kb_rows.size()};
    if (!options.check_only) {
      // Both sides build the same rows, names included, in each timed run.
      auto time = [&](Engine* engine, double* millis) {
        return MedianMillis(
            [&] {
              Rows rows;
              return engine->Ask(q, args, &rows);
            },
            options.repetitions, millis);
      };
      s = time(sqlite.engine.get(), &row.sqlite);
      if (s.ok()) s = time(kb.engine.get(), &row.stancekb);
      if (!s.ok()) return s;
    }
    out->rows.push_back(row);
  }
  return Status::Ok();
}

std::string FormatTable(const std::vector<ComparisonResult>& results) {
  std::string out =
      "| assertions | operation | rows | SQLite | stancekb | SQLite/stancekb |\n"
      "| ---: | --- | ---: | ---: | ---: | ---: |\n";
  char line[256];
  for (const ComparisonResult& r : results) {
    for (const TimedRow& row : r.rows) {
      // For rates, more is better: the ratio is stancekb's rate over SQLite's.
      const bool rate = row.unit == "lines/s";
      const double ratio = rate ? row.stancekb / row.sqlite : row.sqlite / row.stancekb;
      std::snprintf(line, sizeof line, "| %zu | %s | %zu | %.4g %s | %.4g %s | %.2f |\n", r.assertions,
                    row.operation.c_str(), row.rows, row.sqlite, row.unit.c_str(), row.stancekb, row.unit.c_str(),
                    ratio);
      out += line;
    }
  }
  return out;
}

}  // namespace stancekb::bench
