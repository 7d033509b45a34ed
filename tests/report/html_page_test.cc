// ReportPage: the whole page as text: self-contained, every cited assertion
// linked to its mark, evidence escaped, long tables cut with the command that
// lists them all.
#include "query/html_report/html_page.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "tests/report/report_test_util.h"

namespace stancekb {
namespace {

using ReportPageTest = testing::ReportTest;

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

std::set<std::string> Matches(const std::string& text, const std::string& pattern) {
  std::set<std::string> found;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    found.insert((*it)[1].str());
  }
  return found;
}

TEST_F(ReportPageTest, EveryPartWithEveryCitedAssertionLinkedToItsMark) {
  AddTalks();
  const ReportData data = Collect({});
  const std::string page = ReportPage(data);
  const TopicReport& topic = data.topics[0];
  EXPECT_EQ(Count(page, "class=\"mark "), topic.statements.size());
  for (const char* part : {"timelines", "network", "polarization", "tables"}) {
    EXPECT_EQ(Count(page, std::string("data-part=\"") + part + "\""), 1u) << part;
  }
  // Each change and disagreement is a row citing its assertions.
  EXPECT_EQ(Count(page, "<table class=\"changes\">"), 1u);
  EXPECT_EQ(Count(page, "<table class=\"disagreements\">"), 1u);
  EXPECT_EQ(Count(page, "<tr data-ids="), topic.changes.rows().size() + topic.disagreements.rows().size());
  const std::set<std::string> links = Matches(page, "href=\"#(m[0-9]+)\"");
  const std::set<std::string> marks = Matches(page, "id=\"(m[0-9]+)\"");
  EXPECT_FALSE(links.empty());
  for (const std::string& link : links) EXPECT_TRUE(marks.contains(link)) << link;
}

TEST_F(ReportPageTest, LoadsNothingFromAnywhere) {
  AddTalks();
  const std::string page = ReportPage(Collect({}));
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* fetch : {" src=", "<link", "@import", "url(", "<iframe", "<img"}) {
    EXPECT_EQ(page.find(fetch), std::string::npos) << fetch;
  }
  EXPECT_EQ(Count(page, "<script>"), 1u);
  EXPECT_EQ(Count(page, "<style>"), 1u);
}

TEST_F(ReportPageTest, EvidenceIsTextNeverMarkup) {
  Add("Putin", "ceasefire", Stance::kOppose, "2025-03-13", "no</script><script>alert('x')</script> & \"more\"");
  Add("Trump", "ceasefire", Stance::kSupport, "2025-03-13");
  const std::string page = ReportPage(Collect({}));
  EXPECT_EQ(Count(page, "<script>"), 1u);
  EXPECT_EQ(page.find("alert('x')"), std::string::npos);
  EXPECT_NE(page.find("no&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"),
            std::string::npos);
}

TEST_F(ReportPageTest, LongTablesShowTheirFirstRowsAndTheCommandForAll) {
  // A change every day: more changes than a table shows.
  Date day = D("2025-01-01");
  for (size_t i = 0; i <= kMaxTableRows + 1; ++i, day = day.AddDays(1)) {
    Add("Putin", "ceasefire", i % 2 == 0 ? Stance::kSupport : Stance::kOppose, day.ToString());
  }
  ReportQuery query;
  query.to = D("2025-12-31");
  const ReportData data = Collect(query);
  const size_t changes = data.topics[0].changes.rows().size();
  ASSERT_GT(changes, kMaxTableRows);
  const std::string page = ReportPage(data);
  EXPECT_EQ(Count(page, "<tr data-ids="), kMaxTableRows);
  EXPECT_NE(page.find("The first " + std::to_string(kMaxTableRows) + " of " + std::to_string(changes) +
                      " rows; <code>stancekb changes --topic ceasefire --to 2025-12-31</code> lists them all."),
            std::string::npos);
}

}  // namespace
}  // namespace stancekb
