// The extraction quality bar on the user's article (tests/data/articles): the
// statements it must yield, none attributed to the wrong speaker, and relative
// dates resolved against the publication date.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <tuple>

#include "importers/article/article_reader.h"
#include "tests/importers/article/test_lexicon.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

Article ReadExample(const std::string& name, ReadOptions options = {}) {
  Article article;
  Status status;
  EXPECT_OK(ReadArticles(SourcePath("tests/data/articles/" + name), options, [&](const Status& s, Article a) {
    status = s;
    article = std::move(a);
  }));
  EXPECT_OK(status) << status.ToString();
  return article;
}

using Triple = std::tuple<std::string, std::string, Stance>;

std::vector<Triple> Triples(const std::vector<ExtractedStatement>& statements) {
  std::vector<Triple> out;
  for (const auto& s : statements) out.emplace_back(s.actor, s.topic, s.stance);
  return out;
}

bool Contains(const std::vector<Triple>& triples, const Triple& t) {
  return std::find(triples.begin(), triples.end(), t) != triples.end();
}

// The actor mention is the speaker: a pronoun, or it shares a word with the
// actor's name or one of its lexicon aliases.
bool MentionNamesActor(const Lexicon& lexicon, const std::string& mention, const std::string& actor) {
  if (mention == "he" || mention == "He" || mention == "she" || mention == "She" || mention == "they") return true;
  // The actor, by any alias, or one who speaks for it ("the Trump
  // administration" is the United States).
  std::vector<std::string> names = {actor};
  for (const Actor& a : lexicon.actors) {
    if (a.name == actor) names.insert(names.end(), a.aliases.begin(), a.aliases.end());
    if (a.affiliation == actor) names.push_back(a.name);
  }
  for (const std::string& name : names) {
    std::istringstream words(name);
    for (std::string w; words >> w;) {
      if (w.size() > 3 && mention.find(w) != std::string::npos) return true;
    }
  }
  return false;
}

TEST(ExampleArticleTest, RequiredStatementsComeOut) {
  const Lexicon lexicon = DefaultTestLexicon();
  const Article article = ReadExample("white-house-meeting-2025-08-18.txt");
  EXPECT_EQ(article.source, "The Sun");
  const auto triples = Triples(ExtractWith(lexicon, article));
  const std::vector<Triple> required = {
      {"Vladimir Putin", "ukraine-nato-membership", Stance::kOppose},
      {"Kremlin", "ceasefire", Stance::kOppose},
      {"Donald Trump", "peace-agreement", Stance::kSupport},
      {"Volodymyr Zelensky", "territorial-concessions", Stance::kOppose},
      {"Vladimir Putin", "territorial-concessions", Stance::kSupport},
      {"Volodymyr Zelensky", "security-guarantees", Stance::kSupport},
      {"Steve Witkoff", "security-guarantees", Stance::kSupport},
      {"Volodymyr Zelensky", "negotiations", Stance::kSupport},
  };
  for (const Triple& t : required) {
    EXPECT_TRUE(Contains(triples, t)) << std::get<0>(t) << " " << std::get<1>(t) << " " << StanceName(std::get<2>(t));
  }
}

TEST(ExampleArticleTest, NoStatementIsAttributedToSomeoneElse) {
  const Lexicon lexicon = DefaultTestLexicon();
  const Article article = ReadExample("white-house-meeting-2025-08-18.txt");
  for (const auto& s : ExtractWith(lexicon, article)) {
    const std::string mention = SpanText(article, s.actor_span);
    EXPECT_TRUE(MentionNamesActor(lexicon, mention, s.actor)) << mention << " -> " << s.actor;
  }
}

TEST(ExampleArticleTest, RawArticleImportsWithADefaultDateAndSameStatements) {
  const Lexicon lexicon = DefaultTestLexicon();
  std::vector<Status> failures;
  ASSERT_OK(ReadArticles(SourcePath("tests/data/articles/white-house-meeting-raw.txt"), {},
                         [&](const Status& s, Article) { failures.push_back(s); }));
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_FALSE(failures[0].ok());  // No date anywhere: refused.

  ReadOptions options;
  ASSERT_OK(Date::Parse("2025-08-18", &options.default_date));
  const Article raw = ReadExample("white-house-meeting-raw.txt", options);
  EXPECT_EQ(raw.source, "The Sun");
  const Article headed = ReadExample("white-house-meeting-2025-08-18.txt");
  EXPECT_EQ(Triples(ExtractWith(lexicon, raw)), Triples(ExtractWith(lexicon, headed)));
}

TEST(ExampleArticleTest, LastNightResolvesToTheDayBefore) {
  const Lexicon lexicon = DefaultTestLexicon();
  const Article article = MakeArticle("During a video conference last night, Zelensky said the talks must go on.");
  const auto s = ExtractWith(lexicon, article);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].date.ToString(), "2025-08-17");
}

}  // namespace
}  // namespace stancekb
