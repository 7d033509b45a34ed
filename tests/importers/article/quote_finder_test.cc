#include "importers/article/quote_finder.h"

#include <gtest/gtest.h>

#include <string>

namespace stancekb {
namespace {

std::vector<std::string> QuotedTexts(const std::string& text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const Quote& q : FindQuotes(tokens, text).quotes) {
    out.push_back(text.substr(q.content.begin, q.content.end - q.content.begin));
  }
  return out;
}

TEST(QuoteFinderTest, FindsEveryQuoteStyle) {
  const auto q = QuotedTexts("A “curly one,” a \"straight one\", ''archive style'' and «guillemets» and ‘single’.");
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0], "curly one,");
  EXPECT_EQ(q[1], "straight one");
  EXPECT_EQ(q[2], "archive style");
  EXPECT_EQ(q[3], "guillemets");
  EXPECT_EQ(q[4], "single");
}

TEST(QuoteFinderTest, ApostrophesAndNestedQuotesDoNotSplitAQuote) {
  const auto q = QuotedTexts("He said “Trump’s plan is a ‘deal’ we don’t like.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "Trump’s plan is a ‘deal’ we don’t like.");
}

TEST(QuoteFinderTest, QuoteRunningOverParagraphsIsOneQuote) {
  const auto q = QuotedTexts("He said: “First paragraph.\n\n“Second paragraph.”\n\nNarration.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "First paragraph.\n\n“Second paragraph.");
}

TEST(QuoteFinderTest, UnclosedQuoteEndsWithItsParagraph) {
  const std::string text = "He said “never closed.\n\nNext paragraph “closed” here.";
  const auto q = QuotedTexts(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0], "never closed.");
  EXPECT_EQ(q[1], "closed");
}

}  // namespace
}  // namespace stancekb
