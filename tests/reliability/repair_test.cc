// A database whose metadata is lost or damaged: no command makes
// a new database over its table files; `stancekb repair` rebuilds the
// metadata from them, checks the result and reports what it holds.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "kb/store.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

namespace fs = std::filesystem;
using testing::CliResult;
using testing::RunCli;
using testing::TempDir;

class RepairTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(RunCli(dir_, "import articles " + examples_).exit_code, 0);
    stats_ = nlohmann::json::parse(RunCli(dir_, "--format json stats").out)[0];
    said_ = RunCli(dir_, "--format csv said --topic ceasefire").out;
    ASSERT_GT(stats_["assertions"].get<int>(), 0);
  }

  // What a repair restores: the same counts and the same answers.
  void ExpectRepaired() {
    CliResult repair = RunCli(dir_, "--format json repair");
    ASSERT_EQ(repair.exit_code, 0) << repair.err;
    const auto row = nlohmann::json::parse(repair.out)[0];
    for (const char* kind : {"assertions", "documents", "actors", "topics", "sources"}) {
      EXPECT_EQ(row[kind], stats_[kind]) << kind;
    }
    EXPECT_EQ(row["violations"], 0);
    EXPECT_NE(repair.err.find("consistent"), std::string::npos) << repair.err;
    EXPECT_EQ(RunCli(dir_, "check").exit_code, 0);
    EXPECT_EQ(RunCli(dir_, "--format csv said --topic ceasefire").out, said_);
    CliResult again = RunCli(dir_, "--format json import articles " + examples_);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(nlohmann::json::parse(again.out)[0]["already_stored"], 3);
  }

  std::string Db(const std::string& file = "") const {
    return dir_.Sub("stancekb.db") + (file.empty() ? "" : "/" + file);
  }

  TempDir dir_;
  const std::string examples_ = fs::path(STANCEKB_TEST_DATA_DIR).parent_path().parent_path() / "examples" / "articles";
  nlohmann::json stats_;
  std::string said_;
};

TEST_F(RepairTest, NoCommandCreatesADatabaseOverTableFilesWhoseCurrentFileIsGone) {
  ASSERT_TRUE(fs::remove(Db("CURRENT")));
  size_t tables = 0;
  for (const auto& entry : fs::directory_iterator(Db())) tables += entry.path().extension() == ".sst";
  ASSERT_GT(tables, 0u);
  for (const char* args : {"import articles ", "import articles ", "said --topic ceasefire", "confirm 1"}) {
    CliResult r = RunCli(dir_, args + (std::string(args).starts_with("import") ? examples_ : ""));
    EXPECT_EQ(r.exit_code, 1) << args;
    EXPECT_NE(r.err.find("database stancekb.db has table files but no CURRENT file"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("`stancekb repair`"), std::string::npos) << r.err;
  }
  size_t still = 0;
  for (const auto& entry : fs::directory_iterator(Db())) still += entry.path().extension() == ".sst";
  EXPECT_EQ(still, tables);
  ExpectRepaired();
}

TEST_F(RepairTest, ADamagedManifestIsRebuiltFromTheTableFiles) {
  for (const auto& entry : fs::directory_iterator(Db())) {
    if (entry.path().filename().string().starts_with("MANIFEST-")) {
      std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << std::string(100, '\x5a');
    }
  }
  EXPECT_EQ(RunCli(dir_, "said --topic ceasefire").exit_code, 1);
  ExpectRepaired();
}

TEST_F(RepairTest, RepairWaitsForNoWriterAndNeedsADatabase) {
  {
    std::unique_ptr<Store> writer;
    ASSERT_TRUE(Store::Open(Db(), StoreOptions(), &writer).ok());
    CliResult busy = RunCli(dir_, "repair");
    EXPECT_EQ(busy.exit_code, 1);
    EXPECT_NE(busy.err.find("in use by another stancekb process"), std::string::npos) << busy.err;
  }
  CliResult missing = RunCli(dir_, "--db nowhere.db repair");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no database at nowhere.db"), std::string::npos) << missing.err;
  EXPECT_EQ(RunCli(dir_, "said --topic ceasefire --format csv").out, said_);
}

}  // namespace
}  // namespace stancekb
