#include "importers/article/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/status_test_util.h"

namespace stancekb {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  const SentenceSplitter splitter;
  EXPECT_OK(splitter.status());
  std::vector<std::string> out;
  for (const Span& s : splitter.Split(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SentenceSplitterTest, KeepsNewsAbbreviationsInsideSentences) {
  const auto s =
      Sentences("Retired Lt. Gen. Michael Flynn said it. Mr. Smith met U.S. President Donald J. Trump. Then he left.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Retired Lt. Gen. Michael Flynn said it.");
  EXPECT_EQ(s[1], "Mr. Smith met U.S. President Donald J. Trump.");
  EXPECT_EQ(s[2], "Then he left.");
}

TEST(SentenceSplitterTest, LineBreaksEndSentencesAndOffsetsAreBytes) {
  const std::string text = "Zelensky spoke — “Peace.”\nHe left on Aug. 15 as planned";
  const SentenceSplitter splitter;
  const auto spans = splitter.Split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "He left on Aug. 15 as planned");
}

TEST(SentenceSplitterTest, EmptyTextHasNoSentences) { EXPECT_TRUE(Sentences("").empty()); }

}  // namespace
}  // namespace stancekb
