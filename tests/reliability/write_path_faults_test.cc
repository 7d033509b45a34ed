// Every write a user can make on a disk that fills up or fails at
// any byte: article, assertion JSONL, event, DNA and lexicon imports,
// confirm, retract, and the upgrade a writer's open makes. Each must fail
// with one message naming the database and the cause, store nothing half
// (a document, a JSONL file, a correction are whole or absent), leave a
// database that opens and checks clean, and succeed when run again with room.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

#include "importers/article/article_importer.h"
#include "importers/assertions/jsonl_importer.h"
#include "importers/dna/dna_importer.h"
#include "importers/events/event_importer.h"
#include "importers/lexicon/lexicon.h"
#include "tests/reliability/failing_fs.h"
#include "tests/reliability/reliability_util.h"

namespace stancekb {
namespace {

namespace fs = std::filesystem;
using namespace stancekb::testing;

constexpr AssertionId kCorrected = 3;  // An assertion of the fixture that confirm and retract change.

// One write path: the database it starts from and the write itself (none for
// "upgrade", where opening a format-1 database for writing is the write).
struct WritePath {
  std::string name;
  std::string fixture;  // Under tests/data/fixtures.
  std::function<Status(Store*, const std::string& inputs)> write;
  bool atomic;  // One write: all of it or none. Otherwise whole documents (or batches of rows).
};

Status ImportArticleCorpus(Store* store, const std::string& inputs) {
  Lexicon lexicon;
  Status s = ImportLexicon(*store, "", &lexicon);
  if (!s.ok()) return s;
  const Extractor extractor(lexicon);
  ArticleImportReport report;
  s = ImportArticles(store, extractor, inputs + "/articles", ReadOptions(), &report);
  EXPECT_TRUE(report.failures.empty());
  return s;
}

Status ImportJsonl(Store* store, const std::string& inputs) {
  JsonlImportReport report;
  return ImportAssertionsJsonl(store, inputs + "/small.jsonl", JsonlImportOptions(), &report);
}

Status ImportGdelt(Store* store, const std::string&) {
  CameoMap map;
  Status s = map.Load(DefaultCameoMapPath());
  EventImportOptions options;
  options.batch_rows = 20;  // Several batches: a failure may fall between two.
  EventImportReport report;
  return s.ok() ? ImportEvents(store, TestData("events/gdelt-events-20150218.tsv"), EventFormat::kGdelt, map, options,
                               &report)
                : s;
}

Status ImportDnaSample(Store* store, const std::string&) {
  DnaImportReport report;
  return ImportDna(store, TestData("dna/sample.dna"), &report);
}

Status ImportActorsYaml(Store* store, const std::string& inputs) {
  Lexicon lexicon;
  Status s = LoadLexiconFile(inputs + "/actors.yaml", &lexicon);
  WriteSet set;
  set.actors = lexicon.actors;
  WriteResult result;
  return s.ok() ? store->Apply(set, &result) : s;
}

const WritePath kWritePaths[] = {
    {"articles", "format-v2.db", ImportArticleCorpus, false},
    {"assertions", "format-v2.db", ImportJsonl, true},
    {"gdelt", "format-v2.db", ImportGdelt, false},
    {"dna", "format-v2.db", ImportDnaSample, false},
    {"lexicon", "format-v2.db", ImportActorsYaml, true},
    {"confirm", "format-v2.db",
     [](Store* store, const std::string&) {
       return store->SetAssertionStatus(kCorrected, AssertionStatus::kConfirmed);
     },
     true},
    {"retract", "format-v2.db",
     [](Store* store, const std::string&) {
       return store->SetAssertionStatus(kCorrected, AssertionStatus::kRetracted);
     },
     true},
    {"upgrade", "format-v1.db", nullptr, true},
};

// What a database holds, as far as the writes above change it.
struct Snapshot {
  StoreCounts counts;
  std::map<DocumentId, size_t> per_document;
  AssertionStatus corrected = AssertionStatus::kMachine;
  uint32_t format = 0;

  bool operator==(const Snapshot& o) const {
    return SameCounts(counts, o.counts) && per_document == o.per_document && corrected == o.corrected &&
           format == o.format;
  }
};

std::ostream& operator<<(std::ostream& out, const Snapshot& s) {
  return out << ShowCounts(s.counts) << ", assertion " << kCorrected << " " << AssertionStatusName(s.corrected)
             << ", format " << s.format;
}

// Reads the database with the real file system; checks it on the way.
Snapshot Read(const std::string& db) {
  std::unique_ptr<Store> store = OpenOrFail(db, true);
  Snapshot snapshot;
  if (store == nullptr) return snapshot;
  EXPECT_EQ(CheckViolations(*store), "") << db;
  snapshot.counts = store->Counts();
  snapshot.per_document = AssertionsPerDocument(*store);
  Assertion a;
  if (store->GetAssertion(kCorrected, &a).ok()) snapshot.corrected = a.status;
  snapshot.format = store->format_version();
  return snapshot;
}

// Each document is stored with all of its assertions or not at all.
bool WholeDocuments(const Snapshot& partial, const Snapshot& complete) {
  for (const auto& [doc, assertions] : partial.per_document) {
    auto it = complete.per_document.find(doc);
    if (it == complete.per_document.end() || it->second != assertions) return false;
  }
  return true;
}

class WritePathFaultTest : public ::testing::TestWithParam<std::tuple<WritePath, bool>> {
 protected:
  void SetUp() override {
    WriteArticleCorpus(inputs_.Sub("articles"), 3);
    std::ofstream jsonl(inputs_.Sub("small.jsonl"));
    for (int i = 0; i < 40; ++i) {
      jsonl << R"({"actor": "Speaker )" << i % 7 << R"(", "topic": "sanctions", "stance": "oppose", "date": "2025-04-)"
            << 10 + i % 9 << R"(", "source": "Fault Wire", "quote": "line )" << i << "\"}\n";
    }
    std::ofstream actors(inputs_.Sub("actors.yaml"));
    actors << "actors:\n";
    for (int i = 0; i < 30; ++i) actors << "  - name: Minister " << i << "\n    kind: person\n";
  }

  const WritePath& path() const { return std::get<0>(GetParam()); }
  bool no_space() const { return std::get<1>(GetParam()); }

  // A fresh copy of the path's fixture.
  std::string Fresh(const std::string& name) const {
    const std::string db = dir_.Sub(name);
    fs::copy(TestData("fixtures/" + path().fixture), db, fs::copy_options::recursive);
    return db;
  }

  // Opens `db` for writing through `env` (nullptr: the real file system) and
  // makes the write; the fault budget applies from the start for "upgrade",
  // after the open otherwise.
  Status Write(const std::string& db, rocksdb::Env* env, int64_t budget) {
    StoreOptions options;
    options.env = env;
    if (path().write == nullptr) fs_->SetBudget(budget, no_space());
    std::unique_ptr<Store> store;
    Status s = Store::Open(db, options, &store);
    if (!s.ok() || path().write == nullptr) return s;
    fs_->SetBudget(budget, no_space());
    s = path().write(store.get(), inputs_.path());
    store.reset();  // Closing after a failed write must not crash either.
    return s;
  }

  TempDir dir_, inputs_;
  std::shared_ptr<FailingFileSystem> fs_ = std::make_shared<FailingFileSystem>();
  std::unique_ptr<rocksdb::Env> env_ = rocksdb::NewCompositeEnv(fs_);
};

TEST_P(WritePathFaultTest, FailsClearlyStoresNothingHalfAndSucceedsOnceThereIsRoom) {
  const Snapshot before = Read(Fresh("before"));
  const std::string reference = Fresh("reference");
  ASSERT_TRUE(Write(reference, nullptr, -1).ok());
  const Snapshot complete = Read(reference);
  ASSERT_FALSE(complete == before) << "the write changes nothing: " << complete;

  size_t failures = 0;
  for (int64_t budget : {0, 200, 2000, 20000, 200000}) {
    SCOPED_TRACE("budget " + std::to_string(budget));
    const std::string db = Fresh("db-" + std::to_string(budget));
    const Status s = Write(db, env_.get(), budget);
    fs_->SetBudget(-1);
    if (!s.ok()) {
      ++failures;
      EXPECT_NE(s.message().find(db), std::string::npos) << s.message();
      EXPECT_NE(s.message().find(no_space() ? "No space left on device" : "the disk failed a write"), std::string::npos)
          << s.message();
      EXPECT_EQ(s.message().find('\n'), std::string::npos) << s.message();
    }
    const Snapshot after = Read(db);
    if (path().atomic) {
      EXPECT_TRUE(after == before || after == complete) << after;
    } else {
      EXPECT_TRUE(WholeDocuments(after, complete)) << after;
    }
    // With room again, the same write completes the database.
    ASSERT_TRUE(Write(db, nullptr, -1).ok());
    EXPECT_EQ(Read(db), complete);
  }
  EXPECT_GE(failures, 2u);
}

INSTANTIATE_TEST_SUITE_P(EveryWrite, WritePathFaultTest,
                         ::testing::Combine(::testing::ValuesIn(kWritePaths), ::testing::Bool()), [](const auto& info) {
                           return std::get<0>(info.param).name + (std::get<1>(info.param) ? "_DiskFull" : "_IoError");
                         });

}  // namespace
}  // namespace stancekb
