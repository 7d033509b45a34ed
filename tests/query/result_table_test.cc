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

TEST(ResultTableTest, CsvOfNoRowsIsTheHeaderAlone) { EXPECT_EQ(Csv(ResultTable({"a,b", "c"})), "\"a,b\",c\n"); }

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

const std::vector<std::string> kQuoteColumns = {"id", "quote", "ids"};

std::vector<nlohmann::json> QuoteRow(size_t r) {
  if (r % 2 == 0) return {7, "say \"no\", twice", nlohmann::json::array({1, 2})};
  return {8, "plain", nullptr};
}

// `rows` rows of QuoteRow, printed in `format` by a kept table or streamed.
std::string QuoteTable(OutputFormat format, bool streamed, size_t rows = 2) {
  std::ostringstream out;
  ResultTable table({});
  if (streamed) table.StreamTo(format, &out);
  table.SetColumns(kQuoteColumns);
  for (size_t r = 0; r < rows; ++r) table.AddRow(QuoteRow(r));
  if (streamed) {
    table.Finish(format, out);
  } else {
    table.Print(format, out);
  }
  return out.str();
}

TEST(ResultTableTest, AStreamedTablePrintsWhatAKeptOnePrints) {
  for (OutputFormat format : {OutputFormat::kCsv, OutputFormat::kJsonl, OutputFormat::kJson, OutputFormat::kTable}) {
    EXPECT_EQ(QuoteTable(format, true), QuoteTable(format, false)) << static_cast<int>(format);
  }
  EXPECT_EQ(QuoteTable(OutputFormat::kCsv, true, 0), "id,quote,ids\n");
  EXPECT_EQ(QuoteTable(OutputFormat::kJsonl, true, 0), "");
}

TEST(ResultTableTest, AStreamedCsvWritesRowsBeforeItIsFinished) {
  std::ostringstream out;
  ResultTable table({"id", "quote"});
  table.StreamTo(OutputFormat::kCsv, &out);
  const std::string quote(1000, 'q');
  for (int i = 0; out.str().empty() && i < 10000; ++i) table.AddRow({i, quote});
  EXPECT_FALSE(out.str().empty()) << "10 MB of rows were kept";
  EXPECT_EQ(table.size(), 0u);
}

}  // namespace
}  // namespace stancekb
