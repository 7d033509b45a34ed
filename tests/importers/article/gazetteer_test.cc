// ActorGazetteer: names, aliases, dated role titles and the variants the
// lexicon's demonyms give them, seen on token sequences of our own.
#include "importers/article/gazetteer.h"

#include <gtest/gtest.h>

#include "importers/article/tokenizer.h"
#include "tests/importers/article/test_lexicon.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

Date Day(const char* text) {
  Date day;
  EXPECT_OK(Date::Parse(text, &day)) << text;
  return day;
}

// The actor named by the mention that starts at the first token of
// `phrase`, "" when none (or a role nobody held on `date`); the mention must
// cover the whole phrase.
std::string ActorOf(const ActorGazetteer& gazetteer, const std::string& phrase, const char* date) {
  const std::vector<Token> tokens = Tokenize(phrase);
  const GazetteerMatch m = gazetteer.MatchAt(tokens, 0, Day(date));
  if (m.length != tokens.size() || m.actor < 0) return "";
  return gazetteer.lexicon().actors[m.actor].name;
}

// Ruritania and its two presidents: only the pack's demonyms and aliases
// give "Ruritanian President" and "Strelsau's President".
Lexicon RuritaniaLexicon() {
  Lexicon lexicon;
  Actor state;
  state.name = "Ruritania";
  state.kind = ActorKind::kState;
  state.aliases = {"Strelsau"};
  state.demonyms = {"Ruritanian", "R.R."};
  Actor rudolf;
  rudolf.name = "Rudolf Rassendyll";
  rudolf.roles = {{"President of Ruritania", Day("2020-01-01"), Day("2024-06-01")}};
  Actor flavia;
  flavia.name = "Flavia Elphberg";
  flavia.roles = {{"President of Ruritania", Day("2024-06-01"), Date()},
                  {"Secretary of State of Ruritania", Day("2020-01-01"), Date()}};
  lexicon.actors = {state, rudolf, flavia};
  return lexicon;
}

TEST(GazetteerTest, DemonymsAndAliasesOfThePlaceGiveTheTitleVariants) {
  const Lexicon lexicon = RuritaniaLexicon();
  const ActorGazetteer gazetteer(lexicon);
  for (const char* title : {"President of Ruritania", "Ruritanian President", "Ruritania's president",
                            "Strelsau's President", "R.R. President", "ruritanian president"}) {
    EXPECT_EQ(ActorOf(gazetteer, title, "2023-03-01"), "Rudolf Rassendyll") << title;
    EXPECT_EQ(ActorOf(gazetteer, title, "2025-03-01"), "Flavia Elphberg") << title;
  }
  // The place is what follows the last "of".
  EXPECT_EQ(ActorOf(gazetteer, "Ruritanian Secretary of State", "2025-03-01"), "Flavia Elphberg");
  // Nothing the lexicon does not list: demonyms are not guessed.
  EXPECT_EQ(ActorOf(gazetteer, "Ruritanese President", "2025-03-01"), "");
}

TEST(GazetteerTest, DemonymAtFindsTheActorCaseSensitively) {
  const Lexicon lexicon = RuritaniaLexicon();
  const ActorGazetteer gazetteer(lexicon);
  const std::vector<Token> tokens = Tokenize("Ruritanian officials and R.R. envoys met ruritanian farmers");
  GazetteerMatch m = gazetteer.DemonymAt(tokens, 0);
  EXPECT_EQ(m.length, 1u);
  EXPECT_EQ(m.actor, 0);
  m = gazetteer.DemonymAt(tokens, 3);
  EXPECT_EQ(m.length, 1u);
  EXPECT_EQ(m.actor, 0);
  EXPECT_EQ(gazetteer.DemonymAt(tokens, 1).length, 0u);  // "officials"
  EXPECT_EQ(gazetteer.DemonymAt(tokens, 6).length, 0u);  // "ruritanian", lower case
  EXPECT_EQ(gazetteer.DemonymAt(tokens, 6).actor, -1);
}

// A capital standing for its state is an alias; it must not stop a longer
// role title that starts with it from matching, nor a demonym from being one.
TEST(GazetteerTest, ACityAliasLeavesLongerTitlesToTheRole) {
  const Lexicon lexicon = RuritaniaLexicon();
  const ActorGazetteer gazetteer(lexicon);
  EXPECT_EQ(ActorOf(gazetteer, "Strelsau", "2025-03-01"), "Ruritania");
  EXPECT_EQ(ActorOf(gazetteer, "Strelsau's president", "2025-03-01"), "Flavia Elphberg");
  EXPECT_EQ(ActorOf(gazetteer, "Ruritanian", "2025-03-01"), "");
}

}  // namespace
}  // namespace stancekb
