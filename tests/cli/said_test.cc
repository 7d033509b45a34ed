// said on a generated JSONL of a few hundred assertions returns exactly the
// matching ones, computed here independently of the store.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempDir;

struct Row {
  std::string actor, topic, stance, date, source, quote;
};

std::vector<Row> Generate(size_t count) {
  const char* actors[] = {"Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "Keir Starmer",
                          "Ursula von der Leyen"};
  const char* topics[] = {"ceasefire", "sanctions", "negotiations", "military-aid"};
  const char* stances[] = {"support", "oppose", "neutral"};
  const char* sources[] = {"The Sun", "Reuters", "Kyiv Independent"};
  std::vector<Row> rows;
  uint64_t state = 42;
  auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  for (size_t i = 0; i < count; ++i) {
    char date[11];
    std::snprintf(date, sizeof date, "2025-%02d-%02d", static_cast<int>(next(12) + 1), static_cast<int>(next(28) + 1));
    rows.push_back({actors[next(5)], topics[next(4)], stances[next(3)], date, sources[next(3)],
                    "statement number " + std::to_string(i)});
  }
  return rows;
}

std::string ToJsonl(const std::vector<Row>& rows) {
  std::string out;
  for (const Row& r : rows) {
    out += nlohmann::json{{"actor", r.actor}, {"topic", r.topic},   {"stance", r.stance},
                          {"date", r.date},   {"source", r.source}, {"quote", r.quote}}
               .dump() +
           "\n";
  }
  return out;
}

using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;

std::multiset<Key> Expected(const std::vector<Row>& rows, const std::function<bool(const Row&)>& keep) {
  std::multiset<Key> keys;
  for (const Row& r : rows) {
    if (keep(r)) keys.insert({r.actor, r.stance, r.date, r.source, r.quote});
  }
  return keys;
}

std::multiset<Key> Actual(const std::string& json_text, const std::string& topic) {
  std::multiset<Key> keys;
  for (const auto& item : nlohmann::json::parse(json_text)) {
    EXPECT_EQ(item["topic"], topic);
    auto text = [&item](const char* field) { return item[field].get<std::string>(); };
    keys.insert({text("actor"), text("stance"), text("date"), text("source"), text("quote")});
  }
  return keys;
}

class SaidTest : public ::testing::Test {
 protected:
  void SetUp() override {
    rows_ = Generate(400);
    dir_.Write("generated.jsonl", ToJsonl(rows_));
    CliResult r = RunCli(dir_, "import assertions generated.jsonl");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  TempDir dir_;
  std::vector<Row> rows_;
};

TEST_F(SaidTest, ReturnsExactlyTheTopicsAssertionsGroupedByActorInDateOrder) {
  CliResult r = RunCli(dir_, "said --topic ceasefire --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Actual(r.out, "ceasefire"), Expected(rows_, [](const Row& row) { return row.topic == "ceasefire"; }));
  const auto array = nlohmann::json::parse(r.out);
  for (size_t i = 1; i < array.size(); ++i) {
    const std::string actor_a = array[i - 1]["actor"], actor_b = array[i]["actor"];
    const std::string date_a = array[i - 1]["date"], date_b = array[i]["date"];
    EXPECT_TRUE(actor_a < actor_b || (actor_a == actor_b && date_a <= date_b)) << i;
  }
}

TEST_F(SaidTest, FiltersByActorAliasDatesAndSource) {
  const std::vector<std::pair<std::string, std::function<bool(const Row&)>>> cases = {
      {"--actor zelenskyy --source Reuters",
       [](const Row& r) { return r.actor == "Volodymyr Zelensky" && r.source == "Reuters"; }},
      {"--actor 'donald trump' --from 2025-03 --to 2025-06-15",
       [](const Row& r) { return r.actor == "Donald Trump" && r.date >= "2025-03-01" && r.date <= "2025-06-15"; }},
      {"--from 2025-11-20", [](const Row& r) { return r.date >= "2025-11-20"; }},
  };
  for (const auto& [filters, keep] : cases) {
    auto expected = Expected(rows_, [&keep](const Row& r) { return r.topic == "ceasefire" && keep(r); });
    ASSERT_FALSE(expected.empty()) << filters;  // The generated data exercises the filter.
    CliResult r = RunCli(dir_, "said --topic truce " + filters + " --format json");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(Actual(r.out, "ceasefire"), expected) << filters;
  }
}

TEST_F(SaidTest, ByActorAloneReturnsEveryTopicInDateOrder) {
  const std::vector<std::pair<std::string, std::function<bool(const Row&)>>> cases = {
      {"--actor putin", [](const Row& r) { return r.actor == "Vladimir Putin"; }},
      {"--actor 'donald trump' --from 2025-03 --to 2025-06-15 --source Reuters",
       [](const Row& r) {
         return r.actor == "Donald Trump" && r.date >= "2025-03-01" && r.date <= "2025-06-15" && r.source == "Reuters";
       }},
  };
  for (const auto& [filters, keep] : cases) {
    std::multiset<std::pair<std::string, Key>> expected;
    for (const Row& r : rows_) {
      if (keep(r)) expected.insert({r.topic, {r.actor, r.stance, r.date, r.source, r.quote}});
    }
    CliResult r = RunCli(dir_, "said " + filters + " --format json");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::multiset<std::pair<std::string, Key>> actual;
    std::set<std::string> topics;
    const auto array = nlohmann::json::parse(r.out);
    for (size_t i = 0; i < array.size(); ++i) {
      auto text = [&array, i](const char* field) { return array[i][field].get<std::string>(); };
      actual.insert({text("topic"), {text("actor"), text("stance"), text("date"), text("source"), text("quote")}});
      topics.insert(text("topic"));
      if (i > 0) {
        EXPECT_LE(array[i - 1]["date"].get<std::string>(), text("date")) << filters << " row " << i;
      }
    }
    EXPECT_EQ(actual, expected) << filters;
    EXPECT_GT(topics.size(), 1u) << filters;  // The rows span topics.
  }
}

}  // namespace
}  // namespace stancekb
