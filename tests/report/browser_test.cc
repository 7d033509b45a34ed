// The report of the bundled examples opened in a real browser (headless
// Chromium): the page loads with no script error, has all four parts, one
// timeline mark per row of `said` and one network node per node `network`
// prints for the same filters; network labels do not overlap as the browser
// lays out the text; clicking and hovering a mark shows its evidence.
//
// Chromium is required: without it the test fails, unless
// STANCEKB_SKIP_BROWSER_TEST is set (for developers without a browser; CI
// installs chromium through scripts/setup-debian.sh).
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempDir;
using testing::TestData;

std::string FindChromium() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    if (std::system(("command -v " + std::string(name) + " >/dev/null 2>&1").c_str()) == 0) return name;
  }
  return "";
}

// Runs the browser headless on `url` with `args`. As root it needs
// --no-sandbox; the other flags keep it from looking anything up on the
// network, which hangs where there is none.
CliResult RunChromium(const TempDir& dir, const std::string& chromium, const std::string& args,
                      const std::string& url) {
  const std::string out = dir.Sub(".chromium-out"), err = dir.Sub(".chromium-err");
  const std::string command =
      "timeout 180 " + chromium +
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
      " --disable-component-update --disable-sync --disable-dev-shm-usage --enable-logging=stderr --v=0"
      " --user-data-dir='" +
      dir.Sub("chromium-profile") + "' " + args + " '" + url + "' >'" + out + "' 2>'" + err + "'";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = testing::ReadFile(out);
  result.err = testing::ReadFile(err);
  return result;
}

// Lines the page's console logged (errors included): a clean page logs none.
std::string ConsoleLines(const std::string& log) {
  std::string lines;
  std::istringstream in(log);
  for (std::string line; std::getline(in, line);) {
    if (line.find(":CONSOLE") != std::string::npos) lines += line + "\n";
  }
  return lines;
}

size_t CountLines(const std::string& text) {
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = FindChromium();
    if (chromium_.empty()) {
      if (std::getenv("STANCEKB_SKIP_BROWSER_TEST") != nullptr) GTEST_SKIP() << "STANCEKB_SKIP_BROWSER_TEST is set";
      FAIL() << "chromium not found: install it (scripts/setup-debian.sh does) or set STANCEKB_SKIP_BROWSER_TEST=1";
    }
    const CliResult import = RunCli(dir_, "--db db import articles '" + TestData("../../examples/articles") + "'");
    ASSERT_EQ(import.exit_code, 0) << import.err;
  }

  // What the harness page found in the report, as the browser rendered it.
  nlohmann::json Inspect(const std::string& report) {
    const std::string url =
        "file://" + TestData("../report/browser_harness.html") + "?report=file://" + dir_.Sub(report);
    const CliResult browser = RunChromium(dir_, chromium_, "--allow-file-access-from-files --dump-dom", url);
    EXPECT_EQ(browser.exit_code, 0) << browser.err;
    EXPECT_EQ(ConsoleLines(browser.err), "") << "the page logged to its console";
    const size_t begin = browser.out.find("<pre id=\"result\">");
    const size_t end = browser.out.find("</pre>", begin);
    if (begin == std::string::npos || end == std::string::npos) {
      ADD_FAILURE() << "no result in the dumped page:\n" << browser.out.substr(0, 2000);
      return nlohmann::json::object();
    }
    const std::string text = browser.out.substr(begin + 17, end - begin - 17);
    nlohmann::json found = nlohmann::json::parse(text, nullptr, false);
    EXPECT_FALSE(found.is_discarded()) << text;
    EXPECT_FALSE(found.contains("error")) << text;
    return found;
  }

  void ExpectFourPartsPerTopic(const nlohmann::json& found, int topics) {
    EXPECT_EQ(found.value("sections", -1), topics);
    EXPECT_EQ(found.value("complete_sections", -1), topics);
    for (const char* chart : {"timelines", "networks", "polarization_charts"}) {
      EXPECT_EQ(found.value(chart, -1), topics) << chart;
    }
    EXPECT_GE(found.value("disagreement_tables", 0), 1);
    EXPECT_TRUE(found.value("script_ran", false));
    EXPECT_EQ(found.value("label_overlaps", -1), 0);
    EXPECT_GT(found.value("refs", 0), 0);
    EXPECT_EQ(found.value("refs_without_mark", -1), 0);
    EXPECT_TRUE(found.value("details_shown", false));
    EXPECT_TRUE(found.value("details_has_quote", false));
    EXPECT_TRUE(found.value("details_has_id", false));
    EXPECT_TRUE(found.value("tip_has_quote", false));
    EXPECT_TRUE(found.value("ref_highlights_mark", false));
  }

  std::string chromium_;
  TempDir dir_;
};

TEST_F(BrowserTest, CeasefireReportMatchesSaidAndNetwork) {
  const CliResult report = RunCli(dir_, "--db db report --topic ceasefire -o ceasefire.html");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const CliResult said = RunCli(dir_, "--db db said --topic ceasefire --format jsonl");
  const CliResult network = RunCli(dir_, "--db db network --topic ceasefire");
  ASSERT_EQ(said.exit_code, 0);
  ASSERT_EQ(network.exit_code, 0);

  const nlohmann::json found = Inspect("ceasefire.html");
  ExpectFourPartsPerTopic(found, 1);
  EXPECT_EQ(found.value("marks", -1), static_cast<int>(CountLines(said.out)));
  EXPECT_EQ(found.value("nodes", -1), static_cast<int>(Count(network.out, "<node ")));
  EXPECT_GT(found.value("polarization_points", 0), 0);

  const CliResult shot =
      RunChromium(dir_, chromium_, "--screenshot='" + dir_.Sub("shot.png") + "' --window-size=1200,1600",
                  "file://" + dir_.Sub("ceasefire.html"));
  EXPECT_EQ(shot.exit_code, 0) << shot.err;
  const std::string png = testing::ReadFile(dir_.Sub("shot.png"));
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  // IHDR: the width, big-endian, at byte 16.
  const auto byte = [&png](size_t i) { return static_cast<unsigned char>(png[i]); };
  EXPECT_EQ(byte(16) << 24 | byte(17) << 16 | byte(18) << 8 | byte(19), 1200);
}

TEST_F(BrowserTest, WholeExamplesReportHasEveryTopicWithStatements) {
  const CliResult report = RunCli(dir_, "--db db --format jsonl report -o all.html");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  int topics = 0, marks = 0, nodes = 0;
  std::istringstream rows(report.out);
  for (std::string line; std::getline(rows, line);) {
    const nlohmann::json row = nlohmann::json::parse(line);
    const std::string topic = row.at("topic");
    const CliResult said = RunCli(dir_, "--db db said --topic " + topic + " --format jsonl");
    const CliResult network = RunCli(dir_, "--db db network --topic " + topic);
    marks += static_cast<int>(CountLines(said.out));
    nodes += static_cast<int>(Count(network.out, "<node "));
    ++topics;
  }
  ASSERT_GT(topics, 3);
  const nlohmann::json found = Inspect("all.html");
  ExpectFourPartsPerTopic(found, topics);
  EXPECT_EQ(found.value("marks", -1), marks);
  EXPECT_EQ(found.value("nodes", -1), nodes);
}

}  // namespace
}  // namespace stancekb
