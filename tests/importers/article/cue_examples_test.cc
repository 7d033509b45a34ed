// The default pack's example sentences (lexicon/default/cue-examples.tsv):
// each rule family of the extractor, read as the pack says it should be.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "kb/records.h"
#include "tests/importers/article/test_lexicon.h"

namespace stancekb {
namespace {

struct Example {
  std::string family, date, text;
  std::set<std::string> expected;  // "actor|topic|stance"
};

std::vector<std::string> Split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + separator.size()) {
    parts.push_back(text.substr(start, at - start));
  }
  parts.push_back(text.substr(start));
  return parts;
}

std::vector<Example> LoadExamples() {
  std::ifstream in(SourcePath("lexicon/default/cue-examples.tsv"));
  std::vector<Example> examples;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = Split(line, "\t");
    if (fields.size() != 4) {
      ADD_FAILURE() << "malformed example line: " << line;
      continue;
    }
    Example example{fields[0], fields[1], fields[2], {}};
    if (fields[3] != "-") {
      for (const std::string& triple : Split(fields[3], "; ")) example.expected.insert(triple);
    }
    examples.push_back(example);
  }
  return examples;
}

TEST(CueExamplesTest, EveryExampleSentenceIsReadAsThePackSays) {
  const Lexicon lexicon = DefaultTestLexicon();
  const std::vector<Example> examples = LoadExamples();
  ASSERT_GE(examples.size(), 40u);
  for (const Example& example : examples) {
    std::set<std::string> got;
    for (const ExtractedStatement& s : ExtractWith(lexicon, MakeArticle(example.text, example.date))) {
      if (!s.topic.empty()) got.insert(s.actor + "|" + s.topic + "|" + std::string(StanceName(s.stance)));
    }
    std::ostringstream shown;
    for (const std::string& triple : got) shown << triple << "; ";
    EXPECT_EQ(got, example.expected) << example.family << ": " << example.text << "\n  got: " << shown.str();
  }
}

}  // namespace
}  // namespace stancekb
