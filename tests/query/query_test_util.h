// A fixture for query tests: a fresh store (with statistics, so tests can
// count keys read) in a temporary directory, filled with hand-made
// histories through Store::Apply.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "kb/store.h"
#include "tests/kb/store_test_util.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb::testing {

// The first `n` columns of each line of CSV text without quoted commas.
inline std::string FirstColumns(const std::string& csv, int n) {
  std::string text;
  std::istringstream lines(csv);
  for (std::string line; std::getline(lines, line);) {
    size_t end = std::string::npos;
    for (size_t from = 0, field = 0; field < static_cast<size_t>(n); ++field, from = end + 1) {
      end = line.find(',', from);
      if (end == std::string::npos) break;
    }
    text += line.substr(0, end) + "\n";
  }
  return text;
}

class QueryTest : public ::testing::Test {
 protected:
  // One assertion of a hand-made history.
  struct HistoryRow {
    std::string actor;
    std::string topic;
    Stance stance;
    std::string date;
  };

  void SetUp() override {
    StoreOptions options;
    options.collect_statistics = true;
    ASSERT_OK(Store::Open(dir_.Sub("db"), options, &store_));
  }

  // Adds one assertion; returns its id.
  AssertionId Add(const std::string& actor, const std::string& topic, Stance stance, const std::string& date,
                  const std::string& quote = "") {
    WriteSet set;
    set.assertions.push_back(MakeAssertion(actor, topic, stance, date, quote));
    WriteResult result;
    EXPECT_OK(store_->Apply(set, &result));
    return result.assertion_ids.empty() ? 0 : result.assertion_ids.front();
  }

  // Adds the assertions of `history` in order.
  void AddHistory(const std::vector<HistoryRow>& history) {
    for (const HistoryRow& row : history) Add(row.actor, row.topic, row.stance, row.date);
  }

  void Retract(AssertionId id) { ASSERT_OK(store_->SetAssertionStatus(id, AssertionStatus::kRetracted)); }

  ActorId ActorOf(const std::string& name) const {
    Actor actor;
    EXPECT_OK(store_->FindActor(name, &actor)) << name;
    return actor.id;
  }

  TopicId TopicOf(const std::string& key) const {
    Topic topic;
    EXPECT_OK(store_->FindTopic(key, &topic)) << key;
    return topic.id;
  }

  static Date D(const std::string& text) {
    Date date;
    EXPECT_OK(Date::Parse(text, &date)) << text;
    return date;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace stancekb::testing
