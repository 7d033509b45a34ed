// A real full disk under the stancekb binary: a small tmpfs is
// filled, then every kind of write is tried. Each must exit 1 with a message
// naming the database and "No space left on device" (it used to abort in
// RocksDB), change nothing, and work once room is made. Skipped where a
// tmpfs cannot be mounted (not root, or a container without the right).
#include <gtest/gtest.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "tests/reliability/reliability_util.h"

namespace stancekb {
namespace {

namespace fs = std::filesystem;
using namespace stancekb::testing;

class FullDiskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(disk_);
    if (::mount("tmpfs", disk_.c_str(), "tmpfs", 0, "size=4m") != 0) {
      GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
    }
    mounted_ = true;
  }
  void TearDown() override {
    if (mounted_) ::umount2(disk_.c_str(), MNT_DETACH);
  }

  // Writes to the disk until it is full; returns the file to remove for room.
  std::string Fill() const {
    const std::string filler = disk_ + "/filler";
    std::ofstream out(filler, std::ios::binary);
    const std::string block(4096, 'f');
    while (out.write(block.data(), block.size())) out.flush();
    return filler;
  }

  CliResult Run(const std::string& args) const { return RunCli(dir_, "--db " + db_ + " " + args); }

  TempDir dir_;
  const std::string disk_ = dir_.Sub("disk");
  const std::string db_ = disk_ + "/stancekb.db";
  bool mounted_ = false;
};

TEST_F(FullDiskTest, EveryWriteFailsWithOneLineAndWorksOnceThereIsRoom) {
  const std::string examples = fs::path(STANCEKB_TEST_DATA_DIR).parent_path().parent_path() / "examples" / "articles";
  ASSERT_EQ(Run("import articles " + examples).exit_code, 0);
  WriteArticleCorpus(dir_.Sub("more"), 2);
  std::ofstream(dir_.Sub("small.jsonl"))
      << R"({"actor": "Kaja Kallas", "topic": "sanctions", "stance": "support", "date": "2025-04-02", "source": "Wire"})"
      << "\n";
  std::ofstream(dir_.Sub("actors.yaml")) << "actors:\n  - name: Full Disk Minister\n    kind: person\n";
  const std::string writes[] = {"import articles " + dir_.Sub("more"),
                                "import assertions " + dir_.Sub("small.jsonl"),
                                "confirm 3",
                                "retract 4",
                                "import lexicon " + dir_.Sub("actors.yaml"),
                                "import gdelt " + TestData("events/gdelt-events-20150218.tsv"),
                                "import dna " + TestData("dna/sample.dna")};
  const StoreCounts before = OpenOrFail(db_, true)->Counts();
  const std::string filler = Fill();
  for (const std::string& write : writes) {
    CliResult r = Run(write);
    EXPECT_EQ(r.exit_code, 1) << write << ": " << r.err;
    EXPECT_NE(r.err.find(db_), std::string::npos) << write << ": " << r.err;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << write << ": " << r.err;
  }
  fs::remove(filler);
  {
    std::unique_ptr<Store> store = OpenOrFail(db_, true);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(CheckViolations(*store), "");
    EXPECT_TRUE(SameCounts(store->Counts(), before)) << ShowCounts(store->Counts());
  }
  for (const std::string& write : writes) {
    CliResult r = Run(write);
    EXPECT_EQ(r.exit_code, 0) << write << ": " << r.err;
  }
  EXPECT_EQ(Run("check").exit_code, 0);
}

}  // namespace
}  // namespace stancekb
