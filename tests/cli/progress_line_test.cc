#include "query/cli/progress_line.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace stancekb {
namespace {

using std::chrono::milliseconds;

// The clock moves on by `advance`, then the line is told `count` `label`.
struct Step {
  milliseconds advance;
  std::string label;
  uint64_t count;
};

// A ProgressLine on a string, with a clock the test moves.
struct Fixture {
  explicit Fixture(bool terminal) {
    options.out = &out;
    options.terminal = terminal;
    options.clock = [this] { return now; };
  }

  void Play(ProgressLine& line, const std::vector<Step>& steps) {
    for (const Step& step : steps) {
      now += step.advance;
      line.Update(step.label, step.count);
    }
  }

  std::ostringstream out;
  std::chrono::steady_clock::time_point now{};
  ProgressLine::Options options;
};

// What a line writes for some updates, then once it is finished.
struct OutputCase {
  enum class End { kFinish, kDestructor };

  std::string name;
  bool terminal;
  std::vector<Step> steps;
  std::string after_steps;
  End end;
  std::string after_end;
};

const OutputCase kOutputCases[] = {
    {"QuietForTheFirstSecond",
     true,
     {{milliseconds(0), "lines read", 10}, {milliseconds(999), "lines read", 20}},
     "",
     OutputCase::End::kFinish,
     ""},
    {"DrawsCountRateAndTimeAfterASecondAndEndsTheLine",
     true,
     {{milliseconds(2000), "lines read", 1234567}},
     "\r\033[K1,234,567 lines read, 617,283/s, 2 s",
     OutputCase::End::kFinish,
     "\r\033[K1,234,567 lines read, 617,283/s, 2 s\r\033[K1,234,567 lines read, 617,283/s, 2 s\n"},
    {"SilentWhenNotATerminal", false, {{milliseconds(5000), "lines read", 100}}, "", OutputCase::End::kDestructor, ""},
};

class ProgressLineOutputTest : public ::testing::TestWithParam<OutputCase> {};

TEST_P(ProgressLineOutputTest, WritesWhatTheUpdatesCallFor) {
  const OutputCase& c = GetParam();
  Fixture f(c.terminal);
  {
    ProgressLine line(f.options);
    f.Play(line, c.steps);
    EXPECT_EQ(f.out.str(), c.after_steps);
    if (c.end == OutputCase::End::kFinish) line.Finish();
  }  // Otherwise the destructor finishes the line.
  EXPECT_EQ(f.out.str(), c.after_end);
}

INSTANTIATE_TEST_SUITE_P(ProgressLineTest, ProgressLineOutputTest, ::testing::ValuesIn(kOutputCases),
                         [](const ::testing::TestParamInfo<OutputCase>& info) { return info.param.name; });

TEST(ProgressLineTest, RedrawsAtMostFiveTimesASecond) {
  Fixture f(true);
  ProgressLine line(f.options);
  f.now += milliseconds(1000);
  int draws = 0;
  for (int i = 0; i < 100; ++i) {  // One second of updates every 10 ms.
    const size_t before = f.out.str().size();
    line.Update("rows written", i);
    draws += f.out.str().size() != before;
    f.now += milliseconds(10);
  }
  EXPECT_EQ(draws, 5);
}

TEST(ProgressLineTest, ANewCountStartsItsOwnRate) {
  Fixture f(true);
  ProgressLine line(f.options);
  f.Play(line, {{milliseconds(0), "positions read", 0}, {milliseconds(3000), "actors related", 0}});
  f.out.str("");
  f.Play(line, {{milliseconds(1000), "actors related", 500}});
  EXPECT_EQ(f.out.str(), "\r\033[K500 actors related, 500/s, 4 s");
}

TEST(ProgressLineTest, NothingAfterFinish) {
  Fixture f(true);
  ProgressLine line(f.options);
  f.Play(line, {{milliseconds(1500), "lines read", 1}});
  line.Finish();
  const std::string finished = f.out.str();
  f.Play(line, {{milliseconds(1500), "lines read", 2}});
  line.Finish();
  EXPECT_EQ(f.out.str(), finished);
}

}  // namespace
}  // namespace stancekb
