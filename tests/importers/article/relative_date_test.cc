#include "importers/article/relative_date.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/status_test_util.h"

namespace stancekb {
namespace {

// Resolves the first time expression of `sentence` against 2025-08-18 (a Monday).
std::string Resolve(const std::string& sentence) {
  Date published;
  EXPECT_OK(Date::Parse("2025-08-18", &published));
  const std::vector<Token> tokens = Tokenize(sentence);
  const Date d = FindStatementDate(tokens, 0, tokens.size(), published, [](size_t) { return true; });
  return d.valid() ? d.ToString() : "none";
}

TEST(RelativeDateTest, ResolvesAgainstPublicationDate) {
  EXPECT_EQ(Resolve("Putin said yesterday that"), "2025-08-17");
  EXPECT_EQ(Resolve("During a video conference last night"), "2025-08-17");
  EXPECT_EQ(Resolve("He said today"), "2025-08-18");
  EXPECT_EQ(Resolve("he said on Friday"), "2025-08-15");
  EXPECT_EQ(Resolve("he said last Monday"), "2025-08-11");
  EXPECT_EQ(Resolve("the summit last week"), "2025-08-11");
  EXPECT_EQ(Resolve("said on Aug. 15 that"), "2025-08-15");
  EXPECT_EQ(Resolve("said on December 3, 2024"), "2024-12-03");
  EXPECT_EQ(Resolve("said on 15 August"), "2025-08-15");
}

TEST(RelativeDateTest, KeepsCoarserPrecision) {
  EXPECT_EQ(Resolve("invasion efforts in 2022"), "2022");
  EXPECT_EQ(Resolve("he said in September"), "2024-09");
  EXPECT_EQ(Resolve("he said last month"), "2025-07");
  EXPECT_EQ(Resolve("as he said last year"), "2024");
}

TEST(RelativeDateTest, NoExpressionGivesInvalidDate) {
  EXPECT_EQ(Resolve("Zelensky said he may attend"), "none");
  EXPECT_EQ(Resolve("Trump said the deal may come"), "none");
}

}  // namespace
}  // namespace stancekb
