// The stance query commands through the stancekb binary: output formats,
// evidence and exit codes (0 ok, 1 unknown names, 2 usage errors).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/query/query_test_util.h"

namespace stancekb {
namespace {

using testing::CliResult;
using testing::QueryTest;
using testing::RunCli;

class CommandsTest : public QueryTest {
 protected:
  void SetUp() override {
    QueryTest::SetUp();
    Add("Putin", "ceasefire", Stance::kOppose, "2025-03-01", "no truce");
    Add("Putin", "ceasefire", Stance::kSupport, "2025-03-18", "energy truce");
    Add("Zelensky", "ceasefire", Stance::kSupport, "2025-03-11", "ready for 30 days");
    store_.reset();  // Let the CLI open the database.
  }

  CliResult Run(const std::string& args) { return RunCli(dir_, "--db db " + args); }
};

TEST_F(CommandsTest, StanceAsJsonWithEvidence) {
  const CliResult r = Run("--format json stance --topic ceasefire --at 2025-03-15");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = nlohmann::json::parse(r.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["actor"], "Putin");
  EXPECT_EQ(rows[0]["stance"], "oppose");
  EXPECT_EQ(rows[0]["quotes"], nlohmann::json::array({"no truce"}));
  EXPECT_EQ(rows[1]["actor"], "Zelensky");
}

TEST_F(CommandsTest, DiffAndChangesFields) {
  CliResult r = Run("diff --from 2025-03-05 --to 2025-03-31 --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "actor,topic,before,after,change,before_date,before_ids,before_sources,before_quotes,after_date,"
            "after_ids,after_sources,after_quotes");
  EXPECT_NE(r.out.find("Putin,ceasefire,oppose,support,changed,2025-03-01,1,"), std::string::npos) << r.out;
  r = Run("changes --actor putin --format jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto row = nlohmann::json::parse(r.out);
  EXPECT_EQ(row["from_ids"], nlohmann::json::array({1}));
  EXPECT_EQ(row["to_quotes"], nlohmann::json::array({"energy truce"}));
  EXPECT_EQ(row["flip_flops"], 1);
}

TEST_F(CommandsTest, NetworkFormats) {
  CliResult r = Run("network --format graphml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<graphml"), std::string::npos);
  r = Run("network --at 2025-03-15 --graph dot");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("color=red"), std::string::npos) << r.out;
  r = Run("--format csv network --at 2025-03-15");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "source,target,kind,weight,topics,ids,source_wikidata,target_wikidata\n"
            "Putin,Zelensky,conflict,1,ceasefire,1 3,,\n");
}

TEST_F(CommandsTest, UnknownNamesSuggestAndBadDatesAreUsageErrors) {
  CliResult r = Run("stance --actor Putn");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("Putin"), std::string::npos) << r.err;
  r = Run("disagree --topic ceasfire");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("ceasefire"), std::string::npos) << r.err;
  EXPECT_EQ(Run("stance --actor Putin --at 2025-02-30").exit_code, 2);
  EXPECT_EQ(Run("diff --from 2025-04-01 --to 2025-03-01").exit_code, 2);
  EXPECT_EQ(Run("network --format pdf").exit_code, 2);
  EXPECT_EQ(Run("blocs --at 2025-03-01 --from 2025-01-01").exit_code, 2);
}

}  // namespace
}  // namespace stancekb
