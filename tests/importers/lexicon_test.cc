#include "importers/lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

TEST(LexiconTest, TheDefaultPackHasTheEightTopicsAndTheMainActors) {
  Lexicon lexicon;
  Status s = LoadLexicon(DefaultLexiconDir(), &lexicon);
  ASSERT_OK(s) << s.ToString();
  std::vector<std::string> keys;
  for (const Topic& t : lexicon.topics) keys.push_back(t.key);
  for (const char* wanted : {"ceasefire", "peace-agreement", "territorial-concessions", "security-guarantees",
                             "ukraine-nato-membership", "sanctions", "military-aid", "negotiations"}) {
    EXPECT_NE(std::find(keys.begin(), keys.end(), wanted), keys.end()) << wanted;
  }
  auto trump = std::find_if(lexicon.actors.begin(), lexicon.actors.end(),
                            [](const Actor& a) { return a.name == "Donald Trump"; });
  ASSERT_NE(trump, lexicon.actors.end());
  const Date in_2025 = Date::FromCivil(2025, 8, 18), in_2023 = Date::FromCivil(2023, 6, 1);
  auto president_on = [&](Date day) {
    for (const Actor& a : lexicon.actors) {
      for (const Role& r : a.roles) {
        if (r.title == "President of the United States" && r.HeldOn(day)) return a.name;
      }
    }
    return std::string();
  };
  EXPECT_EQ(president_on(in_2025), "Donald Trump");
  EXPECT_EQ(president_on(in_2023), "Joe Biden");
}

TEST(LexiconTest, ErrorsNameTheFileAndLine) {
  TempDir dir;
  dir.Write("topics.yaml", "- id: ceasefire\n  label: Ceasefire\n- id: Not Kebab\n  label: x\n");
  Lexicon lexicon;
  Status s = LoadLexicon(dir.path(), &lexicon);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("topics.yaml:3"), std::string::npos) << s.message();
  EXPECT_TRUE(lexicon.topics.empty());  // Nothing half-loaded.

  dir.Write("topics.yaml", "- id: ceasefire\n");
  dir.Write("actors.yaml", "- name: A\n  roles:\n    - {title: Boss, from: 2025-02-30}\n");
  s = LoadLexicon(dir.path(), &lexicon);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("actors.yaml:3"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("2025-02-30"), std::string::npos) << s.message();

  dir.Write("actors.yaml", "- name: A\n  aliases: [unclosed\n");
  s = LoadLexicon(dir.path(), &lexicon);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("actors.yaml:"), std::string::npos) << s.message();
}

TEST(LexiconTest, WikidataIdsAndDemonymsAreRead) {
  TempDir dir;
  dir.Write("actors.yaml",
            "- name: Ruritania\n  kind: state\n  wikidata: Q4242\n  demonyms: [Ruritanian, Ruritanians]\n"
            "- name: Rudolf\n  wikidata:\n  demonyms: Rudolfian\n");
  Lexicon lexicon;
  Status s = LoadLexicon(dir.path(), &lexicon);
  ASSERT_OK(s) << s.ToString();
  ASSERT_EQ(lexicon.actors.size(), 2u);
  EXPECT_EQ(lexicon.actors[0].wikidata, "Q4242");
  EXPECT_EQ(lexicon.actors[0].demonyms, (std::vector<std::string>{"Ruritanian", "Ruritanians"}));
  EXPECT_EQ(lexicon.actors[1].wikidata, "");  // Left empty: unknown.
  EXPECT_EQ(lexicon.actors[1].demonyms, std::vector<std::string>{"Rudolfian"});
}

TEST(LexiconTest, AMalformedWikidataIdNamesTheFileAndLine) {
  TempDir dir;
  for (const char* bad : {"q4242", "4242", "Q", "Q42a", "Q042", "[Q1, Q2]", "Q4242 Ruritania"}) {
    dir.Write("actors.yaml", std::string("- name: Ruritania\n  kind: state\n  wikidata: ") + bad + "\n");
    Lexicon lexicon;
    Status s = LoadLexicon(dir.path(), &lexicon);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.message().find("actors.yaml:3: wikidata id"), std::string::npos) << s.message();
    EXPECT_TRUE(lexicon.actors.empty());
  }
  dir.Write("actors.yaml", "- name: Ruritania\n  demonyms: {adjective: Ruritanian}\n");
  Lexicon lexicon;
  Status s = LoadLexicon(dir.path(), &lexicon);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("actors.yaml:2: 'demonyms' must be a list"), std::string::npos) << s.message();
}

// Every filled id has the form the loader accepts, and no two actors of the
// pack share one.
TEST(LexiconTest, TheDefaultPackNamesEachWikidataIdOnce) {
  Lexicon lexicon;
  ASSERT_OK(LoadLexicon(DefaultLexiconDir(), &lexicon));
  std::map<std::string, std::string> owner;
  for (const Actor& a : lexicon.actors) {
    if (a.wikidata.empty()) continue;
    auto [it, added] = owner.emplace(a.wikidata, a.name);
    EXPECT_TRUE(added) << a.wikidata << " names both " << it->second << " and " << a.name;
  }
}

TEST(LexiconTest, KebabCaseIds) {
  EXPECT_TRUE(IsKebabCaseId("ukraine-nato-membership"));
  EXPECT_TRUE(IsKebabCaseId("g7"));
  for (const char* bad : {"", "-a", "a-", "a--b", "A", "a b", "a_b"}) EXPECT_FALSE(IsKebabCaseId(bad)) << bad;
}

}  // namespace
}  // namespace stancekb
