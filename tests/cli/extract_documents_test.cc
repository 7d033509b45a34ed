// `stancekb extract --documents` as a filter and `stancekb import extracted`
// as a user runs them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempDir;

const std::string kGood1 =
    R"({"title": "A", "date": "2025-03-01", "source": "X", "text": "Putin said he opposes the ceasefire."})";
const std::string kGood2 =
    R"({"title": "C", "date": "2025-03-02", "source": "Y", "text": "Zelensky said Ukraine supports a truce."})";

TEST(ExtractDocumentsTest, ABadArticleIsReportedWithItsLineAndTheStreamGoesOn) {
  TempDir dir;
  const std::string too_long = "{\"text\": \"" + std::string(9 << 20, 'a') + "\"}";
  const std::string feed = dir.Write("feed.jsonl", kGood1 + "\nnot json\n\n" + too_long + "\n" + kGood2 + "\n");
  CliResult r = RunCli(dir, "extract --documents - --stdin-name big.jsonl --first-line 100", feed);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "stancekb: big.jsonl:101: not valid JSON\n"
            "stancekb: big.jsonl:103: line longer than 8388608 bytes\n");
  ASSERT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
  const auto first = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  const auto second = nlohmann::json::parse(r.out.substr(r.out.find('\n') + 1));
  EXPECT_EQ(first["doc"], "big.jsonl:100");
  EXPECT_EQ(second["doc"], "big.jsonl:104");
  EXPECT_EQ(second["source"], "Y");
  ASSERT_FALSE(first["statements"].empty());
  EXPECT_EQ(first["statements"][0]["actor"], "Vladimir Putin");
  EXPECT_EQ(first["extractor"]["lexicon"].get<std::string>().size(), 16u);
}

TEST(ExtractDocumentsTest, TheOutputImportsAsImportArticlesWould) {
  TempDir dir;
  dir.Write("feed.jsonl", kGood1 + "\n" + kGood2 + "\n");
  CliResult extracted = RunCli(dir, "extract --documents feed.jsonl");
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  dir.Write("extracted.jsonl", extracted.out);
  ASSERT_EQ(RunCli(dir, "--db direct.db import articles feed.jsonl").exit_code, 0);
  CliResult imported = RunCli(dir, "--db extracted.db import extracted extracted.jsonl --format csv");
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.out,
            "documents,added,already_stored,failed,statements_added,unresolved,other_extractor\n2,2,0,0,2,0,0\n");
  for (const char* query : {"stats", "said --topic ceasefire --format csv", "show 1", "show 2"}) {
    EXPECT_EQ(RunCli(dir, std::string("--db direct.db ") + query).out,
              RunCli(dir, std::string("--db extracted.db ") + query).out)
        << query;
  }
  CliResult again = RunCli(dir, "--db extracted.db import extracted extracted.jsonl --format csv");
  EXPECT_EQ(again.out,
            "documents,added,already_stored,failed,statements_added,unresolved,other_extractor\n2,0,2,0,0,0,0\n");
}

TEST(ExtractDocumentsTest, UsageErrors) {
  TempDir dir;
  EXPECT_EQ(RunCli(dir, "extract --stdin-name x -").exit_code, 2);  // Only with --documents.
  EXPECT_EQ(RunCli(dir, "extract --documents --first-line 0 -").exit_code, 2);
  EXPECT_EQ(RunCli(dir, "--format csv extract --documents -").exit_code, 2);
  CliResult missing = RunCli(dir, "import extracted nowhere.jsonl");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nowhere.jsonl"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace stancekb
