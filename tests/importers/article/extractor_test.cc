// Attribution rules, topics and stance on small texts.
#include "importers/article/extractor.h"

#include <gtest/gtest.h>

#include "importers/article/statement_json.h"
#include "tests/importers/article/extraction_case.h"
#include "tests/importers/article/test_lexicon.h"

namespace stancekb {
namespace {

std::vector<ExtractedStatement> Extract(const Article& article) { return ExtractWith(SmallTestLexicon(), article); }

const ExtractionCase kRuleCases[] = {
    {"ReportedSpeechWithThat",
     "Putin said that the ceasefire was a trick.",
     1,
     {Statement(0)
          .WithActor("Vladimir Putin")
          .WithActorText("Putin")
          .WithCue("said")
          .WithContentText("the ceasefire was a trick")
          .WithTopic("ceasefire")
          .WithRule("reported-speech")}},
    {"QuoteBeforeAndInvertedOrder",
     "“We want a truce now,” Zelensky said. “Talks must start,” said Putin.",
     2,
     {Statement(0)
          .WithActor("Volodymyr Zelensky")
          .WithContentText("We want a truce now,")
          .WithQuote("We want a truce now")  // The clause that takes the stance.
          .WithStance(Stance::kSupport)
          .WithRule("quote-before"),
      Statement(1).WithActor("Vladimir Putin").WithRule("inverted")}},
    {"QuoteOverSeveralSentencesIsOneContent",
     "Putin said: “The truce is dead. We will fight on.” Then he left.",
     1,
     {Statement(0).WithContentText("The truce is dead. We will fight on.").WithQuote("The truce is dead")}},
    {"TheQuoteIsTheClauseThatTakesTheStanceOrTheSentenceForAnAnaphor",
     "Zelensky said the weather was cold, that Ukraine wants a truce, and that the talks would go on. Putin "
     "rejected these terms.",
     4,
     {Statement(0).WithQuote("that Ukraine wants a truce"), Statement(1).WithQuote("that the talks would go on"),
      Statement(2).WithActor("Vladimir Putin").WithQuote("Putin rejected these terms.").WithStance(Stance::kOppose)}},
    {"AccordingToAndPossessiveMessage",
     "According to the Kremlin, the talks are over. Zelensky's message was that sanctions must stay.",
     2,
     {Statement(0).WithActor("Kremlin").WithRule("according-to").WithQuote("the talks are over"),
      Statement(1).WithActor("Volodymyr Zelensky").WithRule("possessive-message")}},
    // "he rejects" is a nested attribution of the same speaker.
    {"StanceCuesWithPolarityAndNegation",
     "Putin said he rejects a ceasefire. Zelensky said he does not oppose sanctions. Trump said he backs the "
     "talks. The Kremlin dismissed calls for a truce.",
     5,
     {Statement(0).WithStance(Stance::kOppose),
      Statement(1).WithCue("rejects").WithActor("Vladimir Putin").WithStance(Stance::kOppose),
      Statement(2).WithStance(Stance::kSupport), Statement(3).WithStance(Stance::kSupport),
      Statement(4).WithActor("Kremlin").WithStance(Stance::kOppose)}},
    // A threat wants what its condition names: the negated "agree to" inside
    // the if-clause is the other party's hypothetical, not Trump's side.
    {"AConditionTakesNoCueAndAnOpenQuestionIsNeutral",
     "Trump threatened sanctions if Putin does not agree to a truce. Putin said he would consider whether a truce "
     "was possible. Zelensky said he may back the talks.",
     4,
     {Statement(0).WithTopic("sanctions").WithStance(Stance::kSupport),
      Statement(1).WithTopic("ceasefire").WithStance(Stance::kSupport), Statement(2).WithStance(Stance::kNeutral),
      Statement(3).WithStance(Stance::kSupport).WithConfidenceBelow(0.7f)}},
    {"NoTopicIsKept", "Trump said the weather was fine.", 1, {Statement(0).WithTopic("").WithStance(Stance::kNeutral)}},
    {"TwoTopicsGiveTwoStatements",
     "Trump said he backs sanctions and the talks.",
     2,
     {Statement(0).WithTopic("sanctions"), Statement(1).WithTopic("negotiations")}},
    {"ParticipleCueTakesTheClauseSpeaker",
     "Zelensky refuted the claims, asserting the need for real negotiations.",
     2,
     {Statement(1).WithActor("Volodymyr Zelensky").WithRule("participle").WithStance(Stance::kSupport)}},
    {"PointingBackTakesThePreviousSentencesTopic",
     "Putin insisted on a truce on his terms. Zelensky rejected these terms.",
     2,
     {Statement(1).WithTopic("ceasefire").WithStance(Stance::kOppose)}},
    // "it" opening the content is its subject, not a pointer back to the
    // truce, so "cautioned against" says nothing about the truce.
    {"AHedgeAfterAPronounSubjectIsNoStanceOnTheLastTopic",
     "Trump welcomed the truce. The Kremlin said it was studying the proposals and cautioned against haste.",
     3,
     {Statement(1).WithActor("Kremlin").WithTopic(""),
      // "and cautioned": the Kremlin's second statement.
      Statement(2).WithActor("Kremlin").WithTopic("").WithRule("coordinated")}},
    {"AcceptAndAgreeAreSupport",
     "Ukraine said it was ready to accept a truce. Russia said it agrees with the talks. Zelensky said he is open "
     "to negotiations.",
     3,
     {Statement(0).WithStance(Stance::kSupport), Statement(1).WithStance(Stance::kSupport),
      Statement(2).WithStance(Stance::kSupport)}},
    // Nothing is made up for Putin.
    {"AnotherActorsStanceInTheContentIsNobodys",
     "Zelensky said Putin was preparing to reject the truce. Zelensky said Ukraine backs the truce.",
     2,
     {// An attribution, but no stance of his on the truce.
      Statement(0).WithActor("Volodymyr Zelensky").WithTopic(""),
      // He speaks for Ukraine.
      Statement(1).WithActor("Volodymyr Zelensky").WithTopic("ceasefire").WithStance(Stance::kSupport)}},
    {"StanceVerbWithAnActorSubjectIsAStatement",
     "Trump welcomed the truce proposal, saying he hoped Putin would agree. Putin backed the plan.",
     3,
     {Statement(0)
          .WithActor("Donald Trump")
          .WithRule("stance-verb")
          .WithCue("welcomed")
          .WithContentText("the truce proposal")
          .WithTopic("ceasefire")
          .WithStance(Stance::kSupport),
      Statement(1).WithRule("participle"),
      // "the plan" points back to the truce proposal.
      Statement(2).WithActor("Vladimir Putin").WithTopic("ceasefire").WithStance(Stance::kSupport)}},
    {"ACoordinatedVerbIsTheSameSpeakersNextStatement",
     "Putin said that Russia agrees with the proposals to cease hostilities, but insisted on the talks.",
     2,
     {Statement(0).WithContentText("Russia agrees with the proposals to cease hostilities"),
      Statement(1)
          .WithActor("Vladimir Putin")
          .WithRule("coordinated")
          .WithTopic("negotiations")
          .WithStance(Stance::kSupport)}},
    ExtractionCase("ARelativeClauseRejectsWhatTheClauseBeforeItSays",
                   "Russia wants Ukraine to cede territory, an outcome Zelensky has consistently rejected. Trump wants "
                   "a truce - which Putin has rejected.",
                   2,
                   {Statement(0)
                        .WithActor("Volodymyr Zelensky")
                        .WithRule("relative")
                        .WithTopic("territorial-concessions")
                        .WithStance(Stance::kOppose),
                    // The truce Trump wants is what Putin rejected.
                    Statement(1).WithActor("Vladimir Putin").WithTopic("ceasefire").WithStance(Stance::kOppose)})
        .WithDefaultLexicon(),
    // The news convention for a paragraph of someone's words: it continues
    // whoever spoke last in the paragraph before.
    {"AParagraphOfQuoteContinuesTheSpeakerOfThePreviousParagraph",
     "Zelensky said Ukraine needed help.\n\n“We want a truce now. We also back sanctions.”",
     3,
     {Statement(0).WithRule("reported-speech"),
      Statement(1)
          .WithActor("Volodymyr Zelensky")
          .WithRule("quote-paragraph")
          .WithCue("")
          .WithContentText("We want a truce now. We also back sanctions.")
          .WithTopic("ceasefire")
          .WithStance(Stance::kSupport),
      Statement(2).WithActor("Volodymyr Zelensky").WithTopic("sanctions").WithStance(Stance::kSupport)}},
    {"AQuoteParagraphWithItsOwnSpeakerIsTheirs",
     "Zelensky said Ukraine needed help.\n\n“We want a truce now. We back sanctions,” Putin said.",
     3,
     {Statement(1).WithActor("Vladimir Putin").WithRule("quote-before").WithTopic("ceasefire"),
      Statement(2).WithActor("Vladimir Putin").WithTopic("sanctions")}},
    // Not continued: a quoted title, an unclosed mark opening narration, a
    // quote after a paragraph without speech, and a position read from
    // narration rather than speech.
    {"OnlySpeechInThePreviousParagraphIsContinued",
     "Putin said the talks were over.\n\n\"The truce held overnight.\n\nPutin said the talks were over.\n\n“The "
     "Truce of the Winter”\n\n“We reject the truce.”\n\nRussia's demand for sanctions stands.\n\n“We want a "
     "truce.”",
     3,
     {Statement(0).WithActor("Vladimir Putin"), Statement(1).WithActor("Vladimir Putin"),
      Statement(2).WithActor("Russia").WithRule("possessive-position")}},
    {"StatementDateComesFromTheSentence",
     "Putin said yesterday that the talks were over. Trump said the talks go on.",
     2,
     {Statement(0).WithDate("2025-08-17"), Statement(1).WithDate("2025-08-18")}},
    {"NoSpeakerNoStatement", "The ceasefire held overnight. Talks resume today.", 0},
    {"AnEmptyTextHasNoStatement", "", 0},
};

class ExtractorRuleTest : public ::testing::TestWithParam<ExtractionCase> {};

TEST_P(ExtractorRuleTest, FindsTheStatements) { ExpectExtraction(GetParam()); }

INSTANTIATE_TEST_SUITE_P(ExtractorTest, ExtractorRuleTest, ::testing::ValuesIn(kRuleCases), CaseName);

TEST(ExtractorTest, AReservationAfterTheTopicLowersConfidence) {
  const auto s = Extract(MakeArticle(
      "Putin said that Russia agrees with the proposals to cease hostilities, but that guarantees were needed. Putin "
      "said that Russia agrees with the proposals to cease hostilities."));
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].topic, "ceasefire");
  EXPECT_EQ(s[0].stance, Stance::kSupport);
  EXPECT_LT(s[0].confidence, s[1].confidence);
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

}  // namespace
}  // namespace stancekb
