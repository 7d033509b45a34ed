// SaidAnswers: everything `said` prints for a database, topic by topic, so
// that tests can compare what users see across formats, upgrades and crashes.
#pragma once

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "kb/store.h"
#include "query/said.h"
#include "tests/status_test_util.h"

namespace stancekb::testing {

// `said --topic T --format jsonl` for every topic T, then `said --actor A`
// for every actor A, concatenated.
inline std::string SaidAnswers(const Store& store) {
  std::vector<SaidQuery> queries;
  std::vector<Topic> topics;
  EXPECT_OK(store.ListTopics(&topics));
  for (const Topic& topic : topics) queries.emplace_back().topic = topic.id;
  std::vector<Actor> actors;
  EXPECT_OK(store.ListActors(&actors));
  for (const Actor& actor : actors) queries.emplace_back().actor = actor.id;
  std::ostringstream out;
  for (const SaidQuery& query : queries) {
    std::vector<AssertionView> views;
    EXPECT_OK(Said(store, query, &views));
    AssertionTable(views).Print(OutputFormat::kJsonl, out);
  }
  return out.str();
}

}  // namespace stancekb::testing
