// A fixture for the report's tests: a store holding a few weeks of talks
// about a ceasefire, and CollectReport on it.
#pragma once

#include <string>
#include <vector>

#include "query/html_report/report_data.h"
#include "tests/query/query_test_util.h"

namespace stancekb::testing {

class ReportTest : public QueryTest {
 protected:
  void AddTalks() {
    AddHistory({
        {"Zelensky", "ceasefire", Stance::kSupport, "2025-03-11"},
        {"Zelensky", "ceasefire", Stance::kOppose, "2025-04-02"},
        {"Trump", "ceasefire", Stance::kSupport, "2025-03-12"},
        {"Trump", "ceasefire", Stance::kSupport, "2025-03-20"},
        {"Trump", "ceasefire", Stance::kSupport, "2025-04-01"},
        {"Putin", "ceasefire", Stance::kSupport, "2025-03-13"},
        {"Putin", "ceasefire", Stance::kOppose, "2025-03-13"},  // A mixed day.
        {"Putin", "ceasefire", Stance::kOppose, "2025-04-05"},
        {"Rubio", "ceasefire", Stance::kNeutral, "2025-03-12"},
        {"Putin", "sanctions", Stance::kOppose, "2025-03-01"},
    });
  }

  ReportData Collect(ReportQuery query) {
    if (query.topics.empty()) query.topics = {TopicOf("ceasefire")};
    query.today = D("2025-06-30");
    ReportData data;
    EXPECT_OK(CollectReport(*store_, query, &data));
    return data;
  }

  std::vector<std::string> Labels(const TopicReport& topic) {
    std::vector<std::string> labels;
    for (const TimelineRowData& row : topic.rows) labels.push_back(row.label);
    return labels;
  }
};

}  // namespace stancekb::testing
