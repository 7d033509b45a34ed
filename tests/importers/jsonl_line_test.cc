#include "importers/assertions/jsonl_line.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/status_test_util.h"

namespace stancekb {
namespace {

const std::string kRequired =
    R"("actor": "Vladimir Putin", "topic": "ceasefire", "stance": "oppose", "date": "2025-08-18", "source": "S")";

std::string Line(const std::string& more) { return "{" + kRequired + more + "}"; }

// The message of a refused line, or "ok".
std::string Refusal(const std::string& line) {
  JsonlRecord record;
  const Status s = ParseAssertionLine(line, &record);
  return s.ok() ? "ok" : s.message();
}

TEST(JsonlLineTest, ReadsTheFieldsAndUnescapesStrings) {
  JsonlRecord record;
  ASSERT_OK(ParseAssertionLine(Line(R"(, "quote": "\"No\" to a truce \u00e9", "confidence": 1)"), &record));
  EXPECT_EQ(record.assertion.actor, "Vladimir Putin");
  EXPECT_EQ(record.assertion.topic, "ceasefire");
  EXPECT_EQ(record.assertion.evidence.quote, "\"No\" to a truce \xc3\xa9");
  EXPECT_FLOAT_EQ(record.assertion.confidence, 1.0f);
}

TEST(JsonlLineTest, SkipsUnknownMembersOfAnyShape) {
  JsonlRecord record;
  ASSERT_OK(ParseAssertionLine(Line(R"(, "extra": {"actor": 5, "list": [1, {"b": null}, true]}, "n": null)"), &record));
  EXPECT_EQ(record.assertion.actor, "Vladimir Putin");
  // A deep but whole value is skipped too.
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(Refusal(Line(", \"deep\": " + deep)), "ok");
}

TEST(JsonlLineTest, AKnownFieldOfTheWrongTypeIsNamed) {
  EXPECT_EQ(Refusal(Line(R"(, "quote": null)")), "field 'quote' must be a string");
  EXPECT_EQ(Refusal(Line(R"(, "cue": {"text": "said"})")), "field 'cue' must be a string");
  EXPECT_EQ(Refusal(Line(R"(, "url": true)")), "field 'url' must be a string");
  EXPECT_EQ(Refusal(Line(R"(, "confidence": "high")")), "field 'confidence' must be a number");
  EXPECT_EQ(Refusal(Line(R"(, "confidence": [0.5])")), "field 'confidence' must be a number");
  EXPECT_EQ(Refusal(R"("actor")"), "expected a JSON object");
}

TEST(JsonlLineTest, BrokenJsonIsRefusedAsSuch) {
  EXPECT_EQ(Refusal(Line("") + " {}"), "invalid JSON (content after the object)");
  EXPECT_EQ(Refusal("{\"actor\": " + std::string(100000, '[')).rfind("invalid JSON (", 0), 0u);
  // A NUL byte is not the end of the line.
  EXPECT_EQ(Refusal(Line("") + std::string(1, '\0') + "garbage").rfind("invalid JSON (", 0), 0u);
}

}  // namespace
}  // namespace stancekb
