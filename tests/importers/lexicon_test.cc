#include "importers/lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

TEST(LexiconTest, TheDefaultPackHasTheEightTopicsAndTheMainActors) {
  Lexicon lexicon;
  Status s = LoadLexicon(DefaultLexiconDir(), &lexicon);
  ASSERT_TRUE(s.ok()) << s.ToString();
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

TEST(LexiconTest, KebabCaseIds) {
  EXPECT_TRUE(IsKebabCaseId("ukraine-nato-membership"));
  EXPECT_TRUE(IsKebabCaseId("g7"));
  for (const char* bad : {"", "-a", "a-", "a--b", "A", "a b", "a_b"}) EXPECT_FALSE(IsKebabCaseId(bad)) << bad;
}

}  // namespace
}  // namespace stancekb
