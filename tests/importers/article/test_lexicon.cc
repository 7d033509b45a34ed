#include "tests/importers/article/test_lexicon.h"

#include <gtest/gtest.h>

#include "tests/status_test_util.h"

namespace stancekb {

namespace {

Date Day(const char* text) {
  Date d;
  EXPECT_OK(Date::Parse(text, &d)) << text;
  return d;
}

Actor MakeActor(std::string name, ActorKind kind, std::vector<std::string> aliases, std::vector<Role> roles = {},
                std::string affiliation = "") {
  Actor a;
  a.name = std::move(name);
  a.kind = kind;
  a.aliases = std::move(aliases);
  a.roles = std::move(roles);
  a.affiliation = std::move(affiliation);
  return a;
}

Topic MakeTopic(std::string key, std::vector<std::string> keywords) {
  Topic t;
  t.key = std::move(key);
  t.keywords = std::move(keywords);
  return t;
}

}  // namespace

Lexicon SmallTestLexicon() {
  Lexicon lexicon;
  const std::string us_president = "President of the United States";
  lexicon.actors = {
      MakeActor("Vladimir Putin", ActorKind::kPerson, {"Putin"}, {{"President of Russia", Day("2012-05-07"), Date()}},
                "Russia"),
      MakeActor("Volodymyr Zelensky", ActorKind::kPerson, {"Zelensky", "Zelenskyy"},
                {{"President of Ukraine", Day("2019-05-20"), Date()}}, "Ukraine"),
      MakeActor("Donald Trump", ActorKind::kPerson, {"Trump"},
                {{us_president, Day("2025-01-20"), Date()}, {us_president, Day("2017-01-20"), Day("2021-01-20")}}),
      MakeActor("Joe Biden", ActorKind::kPerson, {"Biden"}, {{us_president, Day("2021-01-20"), Day("2025-01-20")}}),
      MakeActor("Kremlin", ActorKind::kOrganization, {"the Kremlin"}),
      MakeActor("European leaders", ActorKind::kGroup, {"European leaders"}),
      MakeActor("Ukraine", ActorKind::kState, {}),
      MakeActor("Russia", ActorKind::kState, {}),
      MakeActor("United States", ActorKind::kState, {"US", "U.S."}),
  };
  // Demonyms give the role titles their variants ("Russian President").
  lexicon.actors[6].demonyms = {"Ukrainian"};
  lexicon.actors[7].demonyms = {"Russian"};
  lexicon.actors[8].demonyms = {"American"};
  lexicon.topics = {
      MakeTopic("ceasefire", {"ceasefire", "truce", "cease hostilities"}),
      MakeTopic("sanctions", {"sanctions"}),
      MakeTopic("negotiations", {"talks", "negotiations"}),
  };
  const Status s = LoadCuePack(SourcePath("lexicon/default/cues.yaml"), &lexicon.cues);
  if (!s.ok()) ADD_FAILURE() << s.message();
  return lexicon;
}

std::string SourcePath(const std::string& relative) { return std::string(STANCEKB_SOURCE_DIR) + "/" + relative; }

Lexicon DefaultTestLexicon() {
  Lexicon lexicon;
  // A pack that does not load fails the test rather than quietly testing
  // another lexicon.
  EXPECT_OK(LoadLexicon(SourcePath("lexicon/default"), &lexicon));
  return lexicon;
}

Article MakeArticle(const std::string& text, const std::string& date) {
  Article article;
  article.path = "test.txt";
  article.text = text;
  EXPECT_OK(Date::Parse(date, &article.published)) << date;
  return article;
}

std::string SpanText(const Article& article, const Span& span) {
  return article.text.substr(span.begin, span.end - span.begin);
}

std::vector<ExtractedStatement> ExtractWith(const Lexicon& lexicon, const Article& article) {
  const Extractor extractor(lexicon);
  return extractor.Extract(article);
}

}  // namespace stancekb
