#include "importers/common/line_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

// Every line of `content` as LineReader returns it, and the final status.
std::vector<std::string> ReadAll(const TempDir& dir, const std::string& content, size_t max_line, Status* status) {
  std::unique_ptr<LineReader> reader;
  EXPECT_OK(LineReader::Open(dir.Write("in.txt", content), &reader, max_line));
  std::vector<std::string> lines;
  for (std::string line; reader->Next(&line);) lines.push_back(line);
  *status = reader->status();
  return lines;
}

TEST(LineReaderTest, LinesLongerThanItsReadChunkComeBackWhole) {
  TempDir dir;
  const std::string long_line(200000, 'x');  // Spans several 64 KiB reads.
  Status status;
  const auto lines = ReadAll(dir, "a\r\n" + long_line + "\n\nlast", LineReader::kDefaultMaxLine, &status);
  ASSERT_OK(status) << status.message();
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "a");  // "\r\n" endings lose the "\r" too.
  EXPECT_EQ(lines[1], long_line);
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3], "last");  // No newline at the end of the file.
}

TEST(LineReaderTest, ALineOfExactlyTheLimitPassesAndOneByteMoreIsRefusedWithItsNumber) {
  TempDir dir;
  const size_t limit = 100000;
  Status status;
  auto lines = ReadAll(dir, std::string(limit, 'y') + "\n", limit, &status);
  EXPECT_OK(status);
  EXPECT_EQ(lines.size(), 1u);
  lines = ReadAll(dir, "short\n" + std::string(limit + 1, 'y') + "\nafter\n", limit, &status);
  EXPECT_EQ(lines, std::vector<std::string>{"short"});
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("in.txt:2: line longer than"), std::string::npos) << status.message();
}

TEST(LineReaderTest, AByteOrderMarkBeforeTheFirstLineIsDropped) {
  TempDir dir;
  Status status;
  EXPECT_EQ(ReadAll(dir, "\xEF\xBB\xBF{\"a\": 1}\n\xEF\xBB\xBFsecond\n", 1000, &status),
            (std::vector<std::string>{"{\"a\": 1}", "\xEF\xBB\xBFsecond"}));
}

TEST(LineReaderTest, NextOrSkipPassesOverALongLineAndReadsOn) {
  TempDir dir;
  const size_t limit = 100000;
  std::unique_ptr<LineReader> reader;
  const std::string content = "short\n" + std::string(3 * limit, 'y') + "\nafter\n" + std::string(limit + 1, 'z');
  ASSERT_OK(LineReader::Open(dir.Write("in.txt", content), &reader, limit));
  std::vector<std::string> lines;
  std::vector<size_t> skipped;
  std::string line;
  for (bool too_long = false; reader->NextOrSkip(&line, &too_long);) {
    if (too_long) skipped.push_back(reader->line_number());
    lines.push_back(line);
  }
  EXPECT_OK(reader->status());
  EXPECT_EQ(lines, (std::vector<std::string>{"short", "", "after", ""}));
  EXPECT_EQ(skipped, (std::vector<size_t>{2, 4}));  // The last one has no newline.
}

}  // namespace
}  // namespace stancekb
