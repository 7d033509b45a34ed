#include "query/cli/progress_line.h"

#include <gtest/gtest.h>

#include <sstream>

namespace stancekb {
namespace {

using std::chrono::milliseconds;

// A ProgressLine on a string, with a clock the test moves.
struct Fixture {
  explicit Fixture(bool terminal) {
    options.out = &out;
    options.terminal = terminal;
    options.clock = [this] { return now; };
  }
  std::ostringstream out;
  std::chrono::steady_clock::time_point now{};
  ProgressLine::Options options;
};

TEST(ProgressLineTest, QuietForTheFirstSecond) {
  Fixture f(true);
  ProgressLine line(f.options);
  line.Update("lines read", 10);
  f.now += milliseconds(999);
  line.Update("lines read", 20);
  line.Finish();
  EXPECT_EQ(f.out.str(), "");
}

TEST(ProgressLineTest, DrawsCountRateAndTimeAfterASecondAndEndsTheLine) {
  Fixture f(true);
  ProgressLine line(f.options);
  f.now += milliseconds(2000);
  line.Update("lines read", 1234567);
  EXPECT_EQ(f.out.str(), "\r\033[K1,234,567 lines read, 617,283/s, 2 s");
  line.Finish();
  EXPECT_EQ(f.out.str(), "\r\033[K1,234,567 lines read, 617,283/s, 2 s\r\033[K1,234,567 lines read, 617,283/s, 2 s\n");
}

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
  line.Update("positions read", 0);
  f.now += milliseconds(3000);
  line.Update("actors related", 0);
  f.now += milliseconds(1000);
  f.out.str("");
  line.Update("actors related", 500);
  EXPECT_EQ(f.out.str(), "\r\033[K500 actors related, 500/s, 4 s");
}

TEST(ProgressLineTest, SilentWhenNotATerminal) {
  Fixture f(false);
  {
    ProgressLine line(f.options);
    f.now += milliseconds(5000);
    line.Update("lines read", 100);
  }  // The destructor finishes the line.
  EXPECT_EQ(f.out.str(), "");
}

TEST(ProgressLineTest, NothingAfterFinish) {
  Fixture f(true);
  ProgressLine line(f.options);
  f.now += milliseconds(1500);
  line.Update("lines read", 1);
  line.Finish();
  const std::string finished = f.out.str();
  f.now += milliseconds(1500);
  line.Update("lines read", 2);
  line.Finish();
  EXPECT_EQ(f.out.str(), finished);
}

}  // namespace
}  // namespace stancekb
