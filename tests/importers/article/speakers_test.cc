// Gazetteer, dated roles, unknown names and coreference, seen through the
// statements' actors.
#include <gtest/gtest.h>

#include "tests/importers/article/extraction_case.h"

namespace stancekb {
namespace {

const ExtractionCase kSpeakerCases[] = {
    ExtractionCase("DatedRolesPickTheHolderOnThePublicationDay", "The U.S. President said the talks would go on.", 1,
                   {Statement(0).WithActor("Donald Trump")})
        .PublishedOn("2025-08-18"),
    ExtractionCase("DatedRolesPickTheHolderOnAnEarlierPublicationDay", "The U.S. President said the talks would go on.",
                   1, {Statement(0).WithActor("Joe Biden")})
        .PublishedOn("2023-03-01"),
    {"TitlesNameTheLexiconActor",
     "Ukrainian President Volodymyr Zelensky said the talks must go on.",
     1,
     {Statement(0).WithActor("Volodymyr Zelensky")}},
    {"AliasesNameTheLexiconActor",
     "Zelenskyy said the talks must go on.",
     1,
     {Statement(0).WithActor("Volodymyr Zelensky")}},
    {"AnInstitutionIsTheLexiconActor",
     "The Kremlin said the talks were useless.",
     1,
     {Statement(0).WithActor("Kremlin")}},
    {"AGroupIsTheLexiconActor",
     "European leaders said sanctions must stay.",
     1,
     {Statement(0).WithActor("European leaders")}},
    {"UnknownSpeakerBecomesAnActorAndSurnameResolvesToIt",
     "Retired Lt. Gen. Michael Flynn said the plan was weak. Later, Flynn said it again.",
     2,
     {Statement(0).WithActor("Michael Flynn"), Statement(1).WithActor("Michael Flynn")}},
    {"AnUnknownSpeakerWithATitleIsAPerson",
     "Retired Lt. Gen. Michael Flynn said it was weak.",
     1,
     {Statement(0).WithActorKind(ActorKind::kPerson)}},
    {"PronounsResolveToTheLatestFittingSubject",
     "Putin met envoys in Moscow. He said the truce was a trick. European leaders met later. They said the "
     "sanctions would stay.",
     2,
     {Statement(0).WithActor("Vladimir Putin").WithActorText("He"), Statement(1).WithActor("European leaders")}},
    {"AppositiveWithCommasOfItsOwnIsSkipped",
     "Michael Seaman, who lives outside the capital, Sacramento, said the talks were over.",
     1,
     {Statement(0).WithActor("Michael Seaman")}},
    {"PronounResolvesToALoneSurname",
     "Seaman said the talks were over. He said the truce would hold.",
     2,
     {Statement(0).WithActor("Seaman"), Statement(1).WithActor("Seaman")}},
    {"PronounPrefersTheSubjectOfItsOwnSentence",
     "Zelensky said the talks must go on. Trump said he had seen a promising statement, although he added that "
     "it was not complete.",
     3,
     {Statement(2).WithCue("added").WithActor("Donald Trump")}},
    {"ACommonNounSpeakerIsKeptAsWritten",
     "A campaign spokesman said the talks were over.",
     1,
     {Statement(0).WithActor("campaign spokesman")}},
    {"AQuantityAsSpeakerIsKeptAsWritten",
     "Nearly half said the talks were over.",
     1,
     {Statement(0).WithActor("Nearly half")}},
};

class SpeakersTest : public ::testing::TestWithParam<ExtractionCase> {};

TEST_P(SpeakersTest, NamesTheActors) { ExpectExtraction(GetParam()); }

INSTANTIATE_TEST_SUITE_P(SpeakersTest, SpeakersTest, ::testing::ValuesIn(kSpeakerCases), CaseName);

}  // namespace
}  // namespace stancekb
