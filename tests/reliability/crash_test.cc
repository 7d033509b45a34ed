// Crash safety: imports killed with SIGKILL at many moments leave a
// database that opens and checks clean, then resume to exactly the counts of
// an uninterrupted run. An article import keeps every document whole or
// absent; an assertion JSONL import (staged SST files ingested in one step)
// keeps the whole file or none of it, over what was stored before; an
// upgrade to a newer format leaves the old format or the finished new one.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <thread>

#include "kb/internal/keys.h"
#include "tests/reliability/child_process.h"
#include "tests/reliability/raw_db.h"
#include "tests/reliability/reliability_util.h"
#include "tests/reliability/said_answers.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using namespace stancekb::testing;
using Clock = std::chrono::steady_clock;

#if defined(__SANITIZE_ADDRESS__)
// Under ASan the import is ~10x slower: a few kills look for memory errors on
// the recovery paths; the normal build proves crash safety with many.
constexpr int kCopies = 40;
constexpr int kLines = 4000;
constexpr int kKills = 5;
#else
constexpr int kCopies = 150;   // 450 articles: about half a second of import on one core.
constexpr int kLines = 30000;  // About as long for the JSONL import.
constexpr int kKills = 22;     // Kills that must land while the import runs.
#endif
constexpr unsigned kSeed = 20250818;

// Runs `stancekb --db DB ARGS...`; returns its exit code.
int Import(const std::string& db, const std::vector<std::string>& args, const std::string& log) {
  std::vector<std::string> all = {"--db", db};
  all.insert(all.end(), args.begin(), args.end());
  ChildProcess child(all, log);
  return child.Wait();
}

// A JSONL file of `lines` distinct assertions by 50 actors on 8 topics.
std::string WriteAssertionCorpus(const std::string& path, int lines, int first) {
  std::ofstream out(path, std::ios::binary);
  static const char* kStances[] = {"support", "oppose", "neutral"};
  for (int i = first; i < first + lines; ++i) {
    out << R"({"actor": "Speaker )" << i % 50 << R"(", "topic": "crash-topic-)" << i % 8 << R"(", "stance": ")"
        << kStances[i % 3] << R"(", "date": "2025-0)" << 1 + i % 9 << "-" << 10 + i % 18
        << R"(", "source": "Crash Wire", "quote": "Statement number )" << i << R"(."})"
        << "\n";
  }
  return path;
}

class CrashTest : public ::testing::Test {
 protected:
  // Runs `args` once into `db` after prepare(db), timing the run.
  void Reference(const std::string& db, const std::vector<std::string>& args,
                 const std::function<void(const std::string&)>& prepare) {
    args_ = args;
    prepare_ = prepare;
    prepare_(db);
    const Clock::time_point start = Clock::now();
    ASSERT_EQ(Import(db, args_, dir_.Sub("reference.log")), 0) << ReadFile(dir_.Sub("reference.log"));
    import_time_ = Clock::now() - start;
    std::printf("uninterrupted import: %lld ms\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(import_time_).count()));
    counts_ = OpenOrFail(db, true)->Counts();
  }

  // Kills kKills runs, each at a random point of its own slice of the
  // reference run; after each kill checks `consistent` and then that a new
  // run ends with the reference counts.
  void KillRepeatedly(const std::function<void(Store*)>& consistent) {
    std::mt19937 random(kSeed);
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    int kills = 0;
    double span = 0.9;  // Of the reference run's time; shrinks when a run finishes before its kill.
    for (int attempt = 0; kills < kKills && attempt < 3 * kKills; ++attempt) {
      const auto delay =
          std::chrono::duration_cast<Clock::duration>(import_time_ * span * (kills + jitter(random)) / kKills);
      const std::string db = dir_.Sub("crash-" + std::to_string(attempt) + ".db");
      prepare_(db);
      std::vector<std::string> all = {"--db", db};
      all.insert(all.end(), args_.begin(), args_.end());
      ChildProcess child(all, dir_.Sub("crash.log"));
      std::this_thread::sleep_for(delay);
      if (!child.Kill()) {  // It finished first (a busy machine runs at varying speed): aim earlier.
        span *= 0.8;
        continue;
      }
      ++kills;
      SCOPED_TRACE("kill " + std::to_string(kills) + " after " +
                   std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(delay).count()) + " ms");
      if (!std::filesystem::exists(db)) continue;  // Killed before the database was made.
      ExpectConsistent(db, consistent);
      ExpectResumes(db);
      std::filesystem::remove_all(db);
      if (HasFailure()) break;
    }
    EXPECT_GE(kills, kKills);
  }

  // Checks the killed database as a reader sees it (nothing repaired yet),
  // then as the next writer's open leaves it, which `consistent` checks too.
  void ExpectConsistent(const std::string& db, const std::function<void(Store*)>& consistent) {
    // Killed before RocksDB made the database: there is nothing to read yet.
    if (std::filesystem::exists(db + "/CURRENT")) {
      std::unique_ptr<Store> reader = OpenOrFail(db, true);
      ASSERT_NE(reader, nullptr);
      EXPECT_EQ(CheckViolations(*reader), "") << "as a reader sees it";
      if (reader_consistent_) reader_consistent_(reader.get());
    }
    std::unique_ptr<Store> store = OpenOrFail(db, false);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(CheckViolations(*store), "");
    consistent(store.get());
  }

  void ExpectResumes(const std::string& db) {
    const std::string log = dir_.Sub("resume.log");
    ASSERT_EQ(Import(db, args_, log), 0) << ReadFile(log);
    std::unique_ptr<Store> store = OpenOrFail(db, true);
    EXPECT_TRUE(SameCounts(store->Counts(), counts_))
        << ShowCounts(store->Counts()) << " after resuming, " << ShowCounts(counts_) << " uninterrupted";
    EXPECT_EQ(CheckViolations(*store), "");
  }

  TempDir dir_;
  std::function<void(Store*)> reader_consistent_;  // Optional: more checks of a reader's view.
  std::vector<std::string> args_;
  std::function<void(const std::string&)> prepare_;
  Clock::duration import_time_{};
  StoreCounts counts_;
};

TEST_F(CrashTest, KilledArticleImportsKeepDocumentsWholeAndResumeToTheSameCounts) {
  const std::string corpus = WriteArticleCorpus(dir_.Sub("corpus"), kCopies);
  Reference(dir_.Sub("reference.db"), {"import", "articles", corpus}, [](const std::string&) {});
  ASSERT_EQ(counts_.documents, 3u * kCopies);
  const std::map<DocumentId, size_t> per_document = AssertionsPerDocument(*OpenOrFail(dir_.Sub("reference.db"), true));
  KillRepeatedly([&](Store* store) {
    for (const auto& [doc, assertions] : AssertionsPerDocument(*store)) {
      ASSERT_EQ(per_document.count(doc), 1u) << "document " << doc << " is not in the reference";
      EXPECT_EQ(assertions, per_document.at(doc)) << "document " << doc << " is stored in part";
    }
  });
}

TEST_F(CrashTest, KilledJsonlImportsStoreTheWholeFileOrNothingOverEarlierData) {
  const std::string earlier = WriteAssertionCorpus(dir_.Sub("earlier.jsonl"), 100, 0);
  const std::string file = WriteAssertionCorpus(dir_.Sub("file.jsonl"), kLines, 100);
  StoreCounts before;
  auto import_earlier = [&](const std::string& db) {
    ASSERT_EQ(Import(db, {"import", "assertions", earlier}, dir_.Sub("earlier.log")), 0);
    before = OpenOrFail(db, true)->Counts();
  };
  Reference(dir_.Sub("reference.db"), {"import", "assertions", file}, import_earlier);
  ASSERT_EQ(counts_.assertions, 100u + kLines);
  KillRepeatedly([&](Store* store) {
    const StoreCounts now = store->Counts();
    EXPECT_TRUE(SameCounts(now, before) || SameCounts(now, counts_))
        << ShowCounts(now) << " is neither before (" << ShowCounts(before) << ") nor after the file";
    EXPECT_FALSE(std::filesystem::exists(store->path() + "/" + Store::kStagingDirectory))
        << "a writer's open clears what a killed bulk import staged";
  });
}

TEST_F(CrashTest, KilledUpgradesLeaveFormat1OrFormat2WithTheSameAnswers) {
  const std::string current = dir_.Sub("current.db");
  // A third of the import's lines: the answers are compared three times a kill.
  const std::string file = WriteAssertionCorpus(dir_.Sub("file.jsonl"), kLines / 3, 0);
  ASSERT_EQ(Import(current, {"import", "assertions", file}, dir_.Sub("current.log")), 0);
  const std::string answers = SaidAnswers(*OpenOrFail(current, true));
  // The same database as format 1 had it: no said index.
  const std::string old = dir_.Sub("format1.db");
  std::filesystem::copy(current, old, std::filesystem::copy_options::recursive);
  {
    RawDb raw(old);
    ASSERT_OK(raw.status()) << raw.status().ToString();
    ASSERT_OK(raw.DropFamily(kSaidIndex));
    ASSERT_OK(raw.Put(kMeta, kFormatVersionKey, keys::Id32(1)));
  }
  ASSERT_EQ(OpenOrFail(old, true)->format_version(), 1u);
  reader_consistent_ = [&](Store* store) { EXPECT_EQ(SaidAnswers(*store), answers); };
  Reference(dir_.Sub("reference.db"), {"upgrade"},
            [&](const std::string& db) { std::filesystem::copy(old, db, std::filesystem::copy_options::recursive); });
  KillRepeatedly([&](Store* store) {
    EXPECT_EQ(store->format_version(), 2u);
    EXPECT_EQ(SaidAnswers(*store), answers);
  });
}

}  // namespace
}  // namespace stancekb
