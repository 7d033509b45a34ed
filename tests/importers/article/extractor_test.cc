// Attribution rules, topics and stance on small texts.
#include "importers/article/extractor.h"

#include <gtest/gtest.h>

#include "importers/article/statement_json.h"
#include "tests/importers/article/test_lexicon.h"

namespace stancekb {
namespace {

std::vector<ExtractedStatement> Extract(const Article& article) { return ExtractWith(SmallTestLexicon(), article); }

TEST(ExtractorTest, ReportedSpeechWithThat) {
  const Article a = MakeArticle("Putin said that the ceasefire was a trick.");
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].actor, "Vladimir Putin");
  EXPECT_EQ(SpanText(a, s[0].actor_span), "Putin");
  EXPECT_EQ(s[0].cue, "said");
  EXPECT_EQ(SpanText(a, s[0].content_span), "the ceasefire was a trick");
  EXPECT_EQ(s[0].topic, "ceasefire");
  EXPECT_EQ(s[0].rule, "reported-speech");
}

TEST(ExtractorTest, QuoteBeforeAndInvertedOrder) {
  const Article a = MakeArticle("“We want a truce now,” Zelensky said. “Talks must start,” said Putin.");
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].actor, "Volodymyr Zelensky");
  EXPECT_EQ(SpanText(a, s[0].content_span), "We want a truce now,");
  EXPECT_EQ(s[0].quote, "We want a truce now");  // The clause that takes the stance.
  EXPECT_EQ(s[0].stance, Stance::kSupport);
  EXPECT_EQ(s[0].rule, "quote-before");
  EXPECT_EQ(s[1].actor, "Vladimir Putin");
  EXPECT_EQ(s[1].rule, "inverted");
}

TEST(ExtractorTest, QuoteOverSeveralSentencesIsOneContent) {
  const Article a = MakeArticle("Putin said: “The truce is dead. We will fight on.” Then he left.");
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(SpanText(a, s[0].content_span), "The truce is dead. We will fight on.");
  EXPECT_EQ(s[0].quote, "The truce is dead");
}

TEST(ExtractorTest, TheQuoteIsTheClauseThatTakesTheStanceOrTheSentenceForAnAnaphor) {
  const Article a = MakeArticle(
      "Zelensky said the weather was cold, that Ukraine wants a truce, and that the talks would go on. Putin "
      "rejected these terms.");
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].quote, "that Ukraine wants a truce");
  EXPECT_EQ(s[1].quote, "that the talks would go on");
  EXPECT_EQ(s[2].actor, "Vladimir Putin");
  EXPECT_EQ(s[2].quote, "Putin rejected these terms.");
  EXPECT_EQ(s[2].stance, Stance::kOppose);
}

TEST(ExtractorTest, AccordingToAndPossessiveMessage) {
  const Article a =
      MakeArticle("According to the Kremlin, the talks are over. Zelensky's message was that sanctions must stay.");
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].actor, "Kremlin");
  EXPECT_EQ(s[0].rule, "according-to");
  EXPECT_EQ(s[0].quote, "the talks are over");
  EXPECT_EQ(s[1].actor, "Volodymyr Zelensky");
  EXPECT_EQ(s[1].rule, "possessive-message");
}

TEST(ExtractorTest, StanceCuesWithPolarityAndNegation) {
  const auto s = Extract(MakeArticle(
      "Putin said he rejects a ceasefire. Zelensky said he does not oppose sanctions. Trump said he backs the "
      "talks. The Kremlin dismissed calls for a truce."));
  // "he rejects" is a nested attribution of the same speaker.
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0].stance, Stance::kOppose);
  EXPECT_EQ(s[1].cue, "rejects");
  EXPECT_EQ(s[1].actor, "Vladimir Putin");
  EXPECT_EQ(s[1].stance, Stance::kOppose);
  EXPECT_EQ(s[2].stance, Stance::kSupport);
  EXPECT_EQ(s[3].stance, Stance::kSupport);
  EXPECT_EQ(s[4].actor, "Kremlin");
  EXPECT_EQ(s[4].stance, Stance::kOppose);
}

TEST(ExtractorTest, AConditionTakesNoCueAndAnOpenQuestionIsNeutral) {
  // A threat wants what its condition names: the negated "agree to" inside
  // the if-clause is the other party's hypothetical, not Trump's side.
  const auto s = Extract(MakeArticle(
      "Trump threatened sanctions if Putin does not agree to a truce. Putin said he would consider whether a truce "
      "was possible. Zelensky said he may back the talks."));
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].topic, "sanctions");
  EXPECT_EQ(s[0].stance, Stance::kSupport);
  EXPECT_EQ(s[1].topic, "ceasefire");
  EXPECT_EQ(s[1].stance, Stance::kSupport);
  EXPECT_EQ(s[2].stance, Stance::kNeutral);
  EXPECT_EQ(s[3].stance, Stance::kSupport);
  EXPECT_LT(s[3].confidence, 0.7f);
}

TEST(ExtractorTest, NoTopicIsKeptAndTwoTopicsGiveTwoStatements) {
  const auto none = Extract(MakeArticle("Trump said the weather was fine."));
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].topic, "");
  EXPECT_EQ(none[0].stance, Stance::kNeutral);
  const auto two = Extract(MakeArticle("Trump said he backs sanctions and the talks."));
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].topic, "sanctions");
  EXPECT_EQ(two[1].topic, "negotiations");
}

TEST(ExtractorTest, ParticipleCueTakesTheClauseSpeaker) {
  const auto s = Extract(MakeArticle("Zelensky refuted the claims, asserting the need for real negotiations."));
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].actor, "Volodymyr Zelensky");
  EXPECT_EQ(s[1].rule, "participle");
  EXPECT_EQ(s[1].stance, Stance::kSupport);
}

TEST(ExtractorTest, PointingBackTakesThePreviousSentencesTopic) {
  const auto s = Extract(MakeArticle("Putin insisted on a truce on his terms. Zelensky rejected these terms."));
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].topic, "ceasefire");
  EXPECT_EQ(s[1].stance, Stance::kOppose);
}

TEST(ExtractorTest, AHedgeAfterAPronounSubjectIsNoStanceOnTheLastTopic) {
  // "it" opening the content is its subject, not a pointer back to the
  // truce, so "cautioned against" says nothing about the truce.
  const auto s = Extract(MakeArticle(
      "Trump welcomed the truce. The Kremlin said it was studying the proposals and cautioned against haste."));
  ASSERT_EQ(s.size(), 3u);
  for (size_t i = 1; i < s.size(); ++i) {
    EXPECT_EQ(s[i].actor, "Kremlin");
    EXPECT_EQ(s[i].topic, "") << s[i].quote;
  }
  EXPECT_EQ(s[2].rule, "coordinated");  // "and cautioned": the Kremlin's second statement.
}

TEST(ExtractorTest, AcceptAndAgreeAreSupport) {
  const auto s = Extract(MakeArticle(
      "Ukraine said it was ready to accept a truce. Russia said it agrees with the talks. Zelensky said he is open "
      "to negotiations."));
  ASSERT_EQ(s.size(), 3u);
  for (const auto& statement : s) EXPECT_EQ(statement.stance, Stance::kSupport) << statement.quote;
}

TEST(ExtractorTest, AnotherActorsStanceInTheContentIsNobodys) {
  const auto s = Extract(
      MakeArticle("Zelensky said Putin was preparing to reject the truce. Zelensky said Ukraine backs the truce."));
  ASSERT_EQ(s.size(), 2u);  // Nothing is made up for Putin.
  EXPECT_EQ(s[0].actor, "Volodymyr Zelensky");
  EXPECT_EQ(s[0].topic, "");                    // An attribution, but no stance of his on the truce.
  EXPECT_EQ(s[1].actor, "Volodymyr Zelensky");  // He speaks for Ukraine.
  EXPECT_EQ(s[1].topic, "ceasefire");
  EXPECT_EQ(s[1].stance, Stance::kSupport);
}

TEST(ExtractorTest, StanceVerbWithAnActorSubjectIsAStatement) {
  const Article a =
      MakeArticle("Trump welcomed the truce proposal, saying he hoped Putin would agree. Putin backed the plan.");
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].actor, "Donald Trump");
  EXPECT_EQ(s[0].rule, "stance-verb");
  EXPECT_EQ(s[0].cue, "welcomed");
  EXPECT_EQ(SpanText(a, s[0].content_span), "the truce proposal");
  EXPECT_EQ(s[0].topic, "ceasefire");
  EXPECT_EQ(s[0].stance, Stance::kSupport);
  EXPECT_EQ(s[1].rule, "participle");
  EXPECT_EQ(s[2].actor, "Vladimir Putin");  // "the plan" points back to the truce proposal.
  EXPECT_EQ(s[2].topic, "ceasefire");
  EXPECT_EQ(s[2].stance, Stance::kSupport);
}

TEST(ExtractorTest, AReservationAfterTheTopicLowersConfidence) {
  const auto s = Extract(MakeArticle(
      "Putin said that Russia agrees with the proposals to cease hostilities, but that guarantees were needed. Putin "
      "said that Russia agrees with the proposals to cease hostilities."));
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].topic, "ceasefire");
  EXPECT_EQ(s[0].stance, Stance::kSupport);
  EXPECT_LT(s[0].confidence, s[1].confidence);
}

TEST(ExtractorTest, ACoordinatedVerbIsTheSameSpeakersNextStatement) {
  const Article a = MakeArticle(
      "Putin said that Russia agrees with the proposals to cease hostilities, but insisted on "
      "the talks.");
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(SpanText(a, s[0].content_span), "Russia agrees with the proposals to cease hostilities");
  EXPECT_EQ(s[1].actor, "Vladimir Putin");
  EXPECT_EQ(s[1].rule, "coordinated");
  EXPECT_EQ(s[1].topic, "negotiations");
  EXPECT_EQ(s[1].stance, Stance::kSupport);
}

TEST(ExtractorTest, ARelativeClauseRejectsWhatTheClauseBeforeItSays) {
  const auto s = ExtractWith(DefaultTestLexicon(), MakeArticle("Russia wants Ukraine to cede territory, an outcome "
                                                               "Zelensky has consistently rejected. Trump wants a "
                                                               "truce - which Putin has rejected."));
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].actor, "Volodymyr Zelensky");
  EXPECT_EQ(s[0].rule, "relative");
  EXPECT_EQ(s[0].topic, "territorial-concessions");
  EXPECT_EQ(s[0].stance, Stance::kOppose);
  EXPECT_EQ(s[1].actor, "Vladimir Putin");  // The truce Trump wants is what Putin rejected.
  EXPECT_EQ(s[1].topic, "ceasefire");
  EXPECT_EQ(s[1].stance, Stance::kOppose);
}

TEST(ExtractorTest, StatementDateComesFromTheSentence) {
  const auto s = Extract(MakeArticle("Putin said yesterday that the talks were over. Trump said the talks go on."));
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].date.ToString(), "2025-08-17");
  EXPECT_EQ(s[1].date.ToString(), "2025-08-18");
}

TEST(ExtractorTest, JsonHasTheContractFields) {
  Article a = MakeArticle("Putin said that the ceasefire was a trick.");
  a.source = "Test Wire";
  const auto s = Extract(a);
  ASSERT_EQ(s.size(), 1u);
  const nlohmann::json j = ExtractedStatementToJson(a, s[0]);
  for (const char* key : {"doc", "actor", "actor_span", "cue", "cue_span", "content_span", "topic", "stance", "date",
                          "source", "quote", "confidence", "rule", "resolved"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["actor_span"], nlohmann::json::array({0, 5}));
  EXPECT_EQ(j["stance"], "oppose");  // "was a trick": a predicate on the topic.
  EXPECT_EQ(j["source"], "Test Wire");
}

TEST(ExtractorTest, NoSpeakerNoStatement) {
  EXPECT_TRUE(Extract(MakeArticle("The ceasefire held overnight. Talks resume today.")).empty());
  EXPECT_TRUE(Extract(MakeArticle("")).empty());
}

}  // namespace
}  // namespace stancekb
