// Crash safety (issue 6): an article import killed with SIGKILL at many
// moments leaves a database that opens, checks clean and holds every document
// whole or not at all; running the import again ends with exactly the counts
// of an uninterrupted run.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

#include "tests/reliability/child_process.h"
#include "tests/reliability/reliability_util.h"

namespace stancekb {
namespace {

using namespace stancekb::testing;
using Clock = std::chrono::steady_clock;

#if defined(__SANITIZE_ADDRESS__)
// Under ASan the import is ~10x slower: a few kills look for memory errors on
// the recovery paths; the normal build proves crash safety with many.
constexpr int kCopies = 40;
constexpr int kKills = 5;
#else
constexpr int kCopies = 150;  // 450 articles: about half a second of import on one core.
constexpr int kKills = 22;    // Kills that must land while the import runs.
#endif
constexpr unsigned kSeed = 20250818;

int Import(const std::string& db, const std::string& corpus, const std::string& log) {
  ChildProcess child({"--db", db, "import", "articles", corpus}, log);
  return child.Wait();
}

class CrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_ = WriteArticleCorpus(dir_.Sub("corpus"), kCopies);
    const Clock::time_point start = Clock::now();
    ASSERT_EQ(Import(dir_.Sub("reference.db"), corpus_, dir_.Sub("reference.log")), 0)
        << ReadFile(dir_.Sub("reference.log"));
    import_time_ = Clock::now() - start;
    std::printf("uninterrupted import: %lld ms\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(import_time_).count()));
    std::unique_ptr<Store> reference = OpenOrFail(dir_.Sub("reference.db"), true);
    counts_ = reference->Counts();
    per_document_ = AssertionsPerDocument(*reference);
    ASSERT_EQ(counts_.documents, 3u * kCopies);
  }

  // What must hold right after a kill.
  void ExpectConsistent(const std::string& db) {
    std::unique_ptr<Store> store = OpenOrFail(db, false);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(CheckViolations(*store), "");
    for (const auto& [doc, assertions] : AssertionsPerDocument(*store)) {
      ASSERT_EQ(per_document_.count(doc), 1u) << "document " << doc << " is not in the reference";
      EXPECT_EQ(assertions, per_document_.at(doc)) << "document " << doc << " is stored in part";
    }
  }

  void ExpectResumes(const std::string& db, const std::string& log) {
    ASSERT_EQ(Import(db, corpus_, log), 0) << ReadFile(log);
    std::unique_ptr<Store> store = OpenOrFail(db, true);
    EXPECT_TRUE(SameCounts(store->Counts(), counts_))
        << ShowCounts(store->Counts()) << " after resuming, " << ShowCounts(counts_) << " uninterrupted";
    EXPECT_EQ(CheckViolations(*store), "");
  }

  TempDir dir_;
  std::string corpus_;
  Clock::duration import_time_{};
  StoreCounts counts_;
  std::map<DocumentId, size_t> per_document_;
};

TEST_F(CrashTest, KilledImportsKeepDocumentsWholeAndResumeToTheSameCounts) {
  std::mt19937 random(kSeed);
  std::uniform_real_distribution<double> jitter(0.0, 1.0);
  int kills = 0;
  double span = 0.9;  // Of the uninterrupted import's time; shrinks when a run finishes before its kill.
  for (int attempt = 0; kills < kKills && attempt < 3 * kKills; ++attempt) {
    // One kill in each of kKills equal slices of the import, at a random point of the slice.
    const auto delay = std::chrono::duration_cast<Clock::duration>(import_time_ * span * (kills + jitter(random)) / kKills);
    const std::string db = dir_.Sub("crash-" + std::to_string(attempt) + ".db");
    ChildProcess child({"--db", db, "import", "articles", corpus_}, dir_.Sub("crash.log"));
    std::this_thread::sleep_for(delay);
    if (!child.Kill()) {  // It finished first (a busy machine runs at varying speed): aim earlier.
      span *= 0.8;
      continue;
    }
    ++kills;
    SCOPED_TRACE("kill " + std::to_string(kills) + " after " +
                 std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(delay).count()) + " ms");
    if (!std::filesystem::exists(db)) continue;  // Killed before the database was made.
    ExpectConsistent(db);
    ExpectResumes(db, dir_.Sub("resume.log"));
    std::filesystem::remove_all(db);
    if (HasFailure()) break;
  }
  EXPECT_GE(kills, kKills);
}

}  // namespace
}  // namespace stancekb
