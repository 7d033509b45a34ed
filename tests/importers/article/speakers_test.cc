// Gazetteer, dated roles, unknown names and coreference, seen through the
// statements' actors.
#include <gtest/gtest.h>

#include "tests/importers/article/test_lexicon.h"

namespace stancekb {
namespace {

std::vector<std::string> Actors(const std::string& text, const std::string& date = "2025-08-18") {
  std::vector<std::string> actors;
  for (const auto& s : ExtractWith(SmallTestLexicon(), MakeArticle(text, date))) actors.push_back(s.actor);
  return actors;
}

TEST(SpeakersTest, DatedRolesPickTheHolderOnThePublicationDay) {
  const std::string text = "The U.S. President said the talks would go on.";
  EXPECT_EQ(Actors(text, "2025-08-18"), std::vector<std::string>{"Donald Trump"});
  EXPECT_EQ(Actors(text, "2023-03-01"), std::vector<std::string>{"Joe Biden"});
}

TEST(SpeakersTest, TitlesAndAliasesNameTheLexiconActor) {
  EXPECT_EQ(Actors("Ukrainian President Volodymyr Zelensky said the talks must go on."),
            std::vector<std::string>{"Volodymyr Zelensky"});
  EXPECT_EQ(Actors("Zelenskyy said the talks must go on."), std::vector<std::string>{"Volodymyr Zelensky"});
  EXPECT_EQ(Actors("The Kremlin said the talks were useless."), std::vector<std::string>{"Kremlin"});
  EXPECT_EQ(Actors("European leaders said sanctions must stay."), std::vector<std::string>{"European leaders"});
}

TEST(SpeakersTest, UnknownSpeakerBecomesAnActorAndSurnameResolvesToIt) {
  const auto actors = Actors("Retired Lt. Gen. Michael Flynn said the plan was weak. Later, Flynn said it again.");
  EXPECT_EQ(actors, (std::vector<std::string>{"Michael Flynn", "Michael Flynn"}));
  const auto statements =
      ExtractWith(SmallTestLexicon(), MakeArticle("Retired Lt. Gen. Michael Flynn said it was weak."));
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].actor_kind, ActorKind::kPerson);
}

TEST(SpeakersTest, PronounsResolveToTheLatestFittingSubject) {
  const Article article = MakeArticle(
      "Putin met envoys in Moscow. He said the truce was a trick. European leaders met later. They said the "
      "sanctions would stay.");
  const auto statements = ExtractWith(SmallTestLexicon(), article);
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0].actor, "Vladimir Putin");
  EXPECT_EQ(SpanText(article, statements[0].actor_span), "He");
  EXPECT_EQ(statements[1].actor, "European leaders");
}

TEST(SpeakersTest, AppositiveWithCommasOfItsOwnIsSkipped) {
  EXPECT_EQ(Actors("Michael Seaman, who lives outside the capital, Sacramento, said the talks were over."),
            std::vector<std::string>{"Michael Seaman"});
}

TEST(SpeakersTest, PronounResolvesToALoneSurname) {
  EXPECT_EQ(Actors("Seaman said the talks were over. He said the truce would hold."),
            (std::vector<std::string>{"Seaman", "Seaman"}));
}

TEST(SpeakersTest, PronounPrefersTheSubjectOfItsOwnSentence) {
  const Article article = MakeArticle(
      "Zelensky said the talks must go on. Trump said he had seen a promising statement, although he added that "
      "it was not complete.");
  const auto statements = ExtractWith(SmallTestLexicon(), article);
  ASSERT_EQ(statements.size(), 3u);
  EXPECT_EQ(statements[2].cue, "added");
  EXPECT_EQ(statements[2].actor, "Donald Trump");
}

TEST(SpeakersTest, CommonNounSpeakersAreKeptAsWritten) {
  EXPECT_EQ(Actors("A campaign spokesman said the talks were over."), std::vector<std::string>{"campaign spokesman"});
  EXPECT_EQ(Actors("Nearly half said the talks were over."), std::vector<std::string>{"Nearly half"});
}

}  // namespace
}  // namespace stancekb
