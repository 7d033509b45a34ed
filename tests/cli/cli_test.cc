// The stancekb binary as a user runs it: exit codes, formats, errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kb/store.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempDir;

const char* kTwoLines =
    R"({"actor": "Vladimir Putin", "topic": "ceasefire", "stance": "oppose", "date": "2025-08-16", "source": "Reuters", "quote": "No, \"immediate\" truce, said he"})"
    "\n"
    R"({"actor": "Zelenskyy", "topic": "truce", "stance": "support", "date": "2025-08-17", "source": "The Sun", "quote": "We want a ceasefire"})"
    "\n";

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("two.jsonl", kTwoLines);
    ASSERT_EQ(RunCli(dir_, "import assertions two.jsonl").exit_code, 0);
  }
  TempDir dir_;
};

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli(dir_, "").exit_code, 2);
  EXPECT_EQ(RunCli(dir_, "said --no-such-option").exit_code, 2);
  EXPECT_EQ(RunCli(dir_, "said --topic ceasefire --format xml").exit_code, 2);
  CliResult bad_date = RunCli(dir_, "said --topic ceasefire --from 2025-02-30");
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("2025-02-30"), std::string::npos) << bad_date.err;
  EXPECT_EQ(RunCli(dir_, "said").exit_code, 2);
  EXPECT_EQ(RunCli(dir_, "said --help").exit_code, 0);
}

TEST_F(CliTest, DataErrorsExitOneWithOneClearLine) {
  CliResult unknown = RunCli(dir_, "said --topic cesefire");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_EQ(unknown.err, "stancekb: unknown topic 'cesefire'; did you mean Ceasefire?\n");
  EXPECT_TRUE(unknown.out.empty());
  CliResult missing = RunCli(dir_, "--db elsewhere.db said --topic ceasefire");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no database at elsewhere.db"), std::string::npos) << missing.err;
  EXPECT_EQ(RunCli(dir_, "show 999").exit_code, 1);
}

// Queries print their results straight to stdout (RunQuery), but only once
// nothing can fail any more: a failed one prints nothing there.
TEST_F(CliTest, FailedQueriesPrintNothing) {
  for (const char* args :
       {"--format csv disagree --topic cesefire", "--format jsonl agree --at 2025-02-30", "stance --actor Nobody",
        "diff --topic ceasefire --from 2025-13-01 --to 2025-12-01", "changes --actor Nobody",
        "network --topic cesefire --format graphml", "blocs --topic cesefire"}) {
    CliResult r = RunCli(dir_, args);
    EXPECT_NE(r.exit_code, 0) << args;
    EXPECT_EQ(r.out, "") << args;
    EXPECT_NE(r.err.find("stancekb: "), std::string::npos) << args << ": " << r.err;
  }
}

TEST_F(CliTest, ABadImportNamesTheLineAndChangesNothing) {
  dir_.Write("bad.jsonl", std::string(kTwoLines) + "{\"actor\": \"X\"}\n");
  CliResult r = RunCli(dir_, "import assertions bad.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.jsonl:3: missing field 'topic'"), std::string::npos) << r.err;
  CliResult stats = RunCli(dir_, "stats --format json");
  EXPECT_EQ(nlohmann::json::parse(stats.out)[0]["assertions"], 2);
}

TEST_F(CliTest, EveryFormatCarriesTheContractFields) {
  CliResult json = RunCli(dir_, "said --topic ceasefire --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto array = nlohmann::json::parse(json.out);
  ASSERT_EQ(array.size(), 2u);
  for (const char* field : {"id", "actor", "topic", "stance", "date", "source", "quote"}) {
    EXPECT_TRUE(array[0].contains(field)) << field;
  }
  EXPECT_EQ(array[0]["actor"], "Vladimir Putin");
  EXPECT_EQ(array[1]["actor"], "Volodymyr Zelensky");  // Alias resolved to the canonical name.

  CliResult jsonl = RunCli(dir_, "said --topic ceasefire --format jsonl");
  std::istringstream lines(jsonl.out);
  std::string line;
  size_t count = 0;
  while (std::getline(lines, line)) {
    EXPECT_EQ(nlohmann::json::parse(line)["topic"], "ceasefire");
    ++count;
  }
  EXPECT_EQ(count, 2u);

  CliResult csv = RunCli(dir_, "said --topic ceasefire --format csv");
  EXPECT_EQ(csv.out.substr(0, csv.out.find('\n')), "id,actor,topic,stance,date,source,quote");
  EXPECT_NE(csv.out.find("\"No, \"\"immediate\"\" truce, said he\""), std::string::npos) << csv.out;

  CliResult table = RunCli(dir_, "said --topic ceasefire");
  EXPECT_EQ(table.out.rfind("id  actor", 0), 0u) << table.out;
}

// A lexicon's wikidata ids and demonyms reach `actors` in every format and
// the DNA export's actor column (the id is made up).
TEST_F(CliTest, ActorsAndExportsCarryTheWikidataId) {
  dir_.Write("actors.yaml", "- name: Ruritania\n  kind: state\n  wikidata: Q4242\n  demonyms: [Ruritanian]\n");
  dir_.Write("ruritania.jsonl",
             R"({"actor": "Ruritania", "topic": "ceasefire", "stance": "support", "date": "2025-08-18", "source": "S"})"
             "\n");
  ASSERT_EQ(RunCli(dir_, "import lexicon actors.yaml").exit_code, 0);
  ASSERT_EQ(RunCli(dir_, "import assertions ruritania.jsonl").exit_code, 0);

  const auto rows = nlohmann::json::parse(RunCli(dir_, "actors --format json").out);
  auto ruritania = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r["name"] == "Ruritania"; });
  ASSERT_NE(ruritania, rows.end());
  EXPECT_EQ((*ruritania)["wikidata"], "Q4242");
  EXPECT_EQ((*ruritania)["demonyms"], nlohmann::json::array({"Ruritanian"}));
  EXPECT_NE(RunCli(dir_, "actors --format jsonl").out.find(R"("wikidata":"Q4242")"), std::string::npos);
  const std::string csv = RunCli(dir_, "actors --format csv").out;
  EXPECT_EQ(csv.substr(0, csv.find('\n')), "id,name,kind,affiliation,wikidata,aliases,demonyms,roles");
  EXPECT_NE(csv.find(",Ruritania,state,,Q4242,"), std::string::npos) << csv;
  EXPECT_NE(RunCli(dir_, "actors").out.find("Q4242"), std::string::npos);

  const std::string exported = RunCli(dir_, "export dna-csv").out;
  EXPECT_NE(exported.find(",assertion_id,actor_wikidata\n"), std::string::npos) << exported;
  EXPECT_NE(exported.find(",Q4242\n"), std::string::npos) << exported;
}

TEST_F(CliTest, ASecondWriterGetsInUseNamingTheHolder) {
  std::unique_ptr<Store> holder;
  ASSERT_OK(Store::Open(dir_.Sub("stancekb.db"), StoreOptions(), &holder));
  CliResult r = RunCli(dir_, "import assertions two.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("in use by another stancekb process (pid " + std::to_string(::getpid()) + ")"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(RunCli(dir_, "said --topic ceasefire").exit_code, 0);  // Readers are not blocked.
}

TEST_F(CliTest, RetractedAssertionsLeaveSaid) {
  ASSERT_EQ(RunCli(dir_, "retract 1").exit_code, 0);
  const auto array = nlohmann::json::parse(RunCli(dir_, "said --topic ceasefire --format json").out);
  ASSERT_EQ(array.size(), 1u);
  EXPECT_EQ(array[0]["id"], 2);
  auto shown = nlohmann::json::parse(RunCli(dir_, "show 1 --format json").out);
  EXPECT_EQ(shown[0]["status"], "retracted");
}

TEST_F(CliTest, StdinImportAndDbFromEnvironment) {
  const std::string file = dir_.Write("more.jsonl", kTwoLines);
  CliResult r = RunCli(dir_, "--db other.db import assertions -", file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The default pack's actors are created with the database; `actors` lists them.
  const std::string actors = RunCli(dir_, "--db other.db actors --format csv").out;
  const auto actor_count = std::count(actors.begin(), actors.end(), '\n') - 1;
  EXPECT_EQ(
      RunCli(dir_, "--db other.db stats --format csv").out,
      "assertions,documents,actors,topics,sources,format_version\n2,0," + std::to_string(actor_count) + ",8,2,2\n");
}

}  // namespace
}  // namespace stancekb
