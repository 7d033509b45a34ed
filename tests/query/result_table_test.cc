#include "query/result_table.h"

#include <gtest/gtest.h>

#include <sstream>

namespace stancekb {
namespace {

std::string Csv(const ResultTable& table) {
  std::ostringstream out;
  table.Print(OutputFormat::kCsv, out);
  return out.str();
}

TEST(ResultTableTest, CsvQuotesOnlyFieldsWithCommasQuotesOrLineBreaks) {
  ResultTable table({"id", "quote", "ids", "none", "score"});
  table.AddRow({7, "say \"no\", twice\nplease", nlohmann::json::array({1, 2}), nullptr, 0.5});
  table.AddRow({8, "plain", nlohmann::json::array(), "", 1});
  EXPECT_EQ(Csv(table),
            "id,quote,ids,none,score\n"
            "7,\"say \"\"no\"\", twice\nplease\",1; 2,,0.50\n"
            "8,plain,,,1\n");
}

TEST(ResultTableTest, CsvOfNoRowsIsTheHeaderAlone) {
  EXPECT_EQ(Csv(ResultTable({"a,b", "c"})), "\"a,b\",c\n");
}

std::string Table(const ResultTable& table) {
  std::ostringstream out;
  table.Print(OutputFormat::kTable, out);
  return out.str();
}

TEST(ResultTableTest, TableAlignsColumnsByCodePointsAndLeavesTheLastUnpadded) {
  ResultTable table({"actor", "ids", "quote"});
  table.AddRow({"Zelenskyj", nlohmann::json::array({1, 2}), "short"});
  table.AddRow({"Łukašenko", 3, "a longer quote"});
  table.AddRow({"Xi", nullptr, ""});
  EXPECT_EQ(Table(table),
            "actor      ids   quote\n"
            "Zelenskyj  1; 2  short\n"
            "Łukašenko  3     a longer quote\n"
            "Xi               \n");
}

TEST(ResultTableTest, TableOfNoRowsSaysSo) {
  EXPECT_EQ(Table(ResultTable({"actor", "quote"})), "actor  quote\n(no results)\n");
}

}  // namespace
}  // namespace stancekb
