// The cue pattern language and the cues.yaml loader.
#include "importers/lexicon/cue_pack.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "importers/lexicon/cue_pattern.h"
#include "importers/lexicon/lexicon.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;

bool Has(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

TEST(CuePatternTest, InflectionsFollowTheRegularRules) {
  const auto reject = Inflections("reject");
  EXPECT_EQ(reject.front(), "reject");
  for (const char* form : {"rejects", "rejected", "rejecting"}) EXPECT_TRUE(Has(reject, form)) << form;
  for (const char* form : {"urges", "urged", "urging"}) EXPECT_TRUE(Has(Inflections("urge"), form)) << form;
  for (const char* form : {"denies", "denied", "denying"}) EXPECT_TRUE(Has(Inflections("deny"), form)) << form;
  for (const char* form : {"pushes", "pushed", "pushing"}) EXPECT_TRUE(Has(Inflections("push"), form)) << form;
  for (const char* form : {"stops", "stopped", "stopping"}) EXPECT_TRUE(Has(Inflections("stop"), form)) << form;
  for (const char* form : {"agrees", "agreed", "agreeing"}) EXPECT_TRUE(Has(Inflections("agree"), form)) << form;
  EXPECT_TRUE(Has(Inflections("tie"), "tying"));
  EXPECT_TRUE(Has(Inflections("play"), "played"));  // A vowel before y keeps it.
}

TEST(CuePatternTest, AlternativesAndInflectionsMultiply) {
  std::vector<std::string> phrases;
  ASSERT_OK(ExpandPattern("rule~ out|down", &phrases));
  EXPECT_TRUE(Has(phrases, "ruled out"));
  EXPECT_TRUE(Has(phrases, "ruling down"));
  EXPECT_EQ(phrases.size(), Inflections("rule").size() * 2);
  phrases.clear();
  ASSERT_OK(ExpandPattern("say~|said", &phrases));
  EXPECT_TRUE(Has(phrases, "said"));
  EXPECT_TRUE(Has(phrases, "saying"));
}

TEST(CuePatternTest, MalformedPatternsAreRefused) {
  std::vector<std::string> phrases;
  EXPECT_FALSE(ExpandPattern("", &phrases).ok());
  EXPECT_FALSE(ExpandPattern("re~ject", &phrases).ok());
  EXPECT_FALSE(ExpandPattern("a||b", &phrases).ok());
  EXPECT_FALSE(ExpandPattern("a~|b~|c~ d~|e~|f~ g~|h~|i~ j~|k~", &phrases).ok());  // Thousands of phrases.
  EXPECT_TRUE(phrases.empty());
}

TEST(CuePackTest, LoadsListsAndTopics) {
  TempDir dir;
  dir.Write("cues.yaml",
            "stance:\n  support: [back~, ready for]\n  negators: [not]\n"
            "topics:\n  sanctions:\n    unmarked: support\n    described: none\n    oppose: [lift~ sanctions]\n"
            "    oppose-cues: [ease~]\n    neutral-cues: [sticking point]\n    look-alikes: [oil refinery]\n    "
            "object-prepositions: [\"on\", toward]\n");
  CuePack pack;
  Status s = LoadCuePack(dir.path() + "/cues.yaml", &pack);
  ASSERT_OK(s) << s.message();
  EXPECT_TRUE(Has(pack.List("stance.support"), "backed"));
  EXPECT_TRUE(Has(pack.List("stance.support"), "ready for"));
  EXPECT_TRUE(pack.List("stance.hedges").empty());
  ASSERT_EQ(pack.topics.size(), 1u);
  EXPECT_EQ(pack.topics[0].topic, "sanctions");
  EXPECT_EQ(pack.topics[0].unmarked, Stance::kSupport);
  EXPECT_TRUE(pack.topics[0].description_is_silent);
  EXPECT_EQ(pack.topics[0].object_prepositions, (std::vector<std::string>{"on", "toward"}));
  EXPECT_TRUE(Has(pack.topics[0].oppose, "lifting sanctions"));
  EXPECT_TRUE(Has(pack.topics[0].oppose_cues, "eased"));
  EXPECT_EQ(pack.topics[0].neutral_cues, (std::vector<std::string>{"sticking point"}));
  EXPECT_EQ(pack.topics[0].look_alikes, (std::vector<std::string>{"oil refinery"}));
}

TEST(CuePackTest, ErrorsNameTheFileAndLineAndLoadNothing) {
  TempDir dir;
  CuePack pack;
  pack.lists["stance.support"] = {"kept"};
  const auto fails_at = [&](const std::string& yaml, const std::string& where) {
    dir.Write("cues.yaml", yaml);
    const Status s = LoadCuePack(dir.path() + "/cues.yaml", &pack);
    EXPECT_FALSE(s.ok()) << yaml;
    EXPECT_NE(s.message().find(where), std::string::npos) << s.message();
    EXPECT_TRUE(Has(pack.List("stance.support"), "kept"));  // Unchanged on error.
  };
  fails_at("stance:\n  suport: [x]\n", "cues.yaml:2: unknown list 'stance.suport'");
  fails_at("stance:\n  support: [x~y]\n", "cues.yaml:2");
  fails_at("topics:\n  sanctions:\n    unmarked: maybe\n", "cues.yaml:3");
  fails_at("topics:\n  sanctions:\n    described: never\n", "cues.yaml:3: 'described' must be unmarked or none");
  fails_at("topics:\n  Sanctions:\n    unmarked: support\n", "not kebab-case");
  fails_at("topics:\n  sanctions:\n    supports: [x]\n", "unknown key 'supports'");
  fails_at("stance: [x]\n", "must be a mapping");
}

TEST(CuePackTest, APackWithoutCuesFallsBackToTheDefaultPacks) {
  TempDir dir;
  dir.Write("topics.yaml", "- id: ceasefire\n");
  Lexicon lexicon;
  ASSERT_OK(LoadLexicon(dir.path(), &lexicon));
  EXPECT_TRUE(lexicon.cues.empty());
  CuePack cues;
  const Status s = LoadPackCues(dir.path(), &cues);
  ASSERT_OK(s) << s.message();
  EXPECT_FALSE(cues.List("reporting.speech").empty());
}

TEST(CuePackTest, TheDefaultPackHasEveryListTheExtractorReads) {
  Lexicon lexicon;
  ASSERT_OK(LoadLexicon(DefaultLexiconDir(), &lexicon));
  for (std::string_view name : kCueListNames) EXPECT_FALSE(lexicon.cues.List(name).empty()) << name;
}

}  // namespace
}  // namespace stancekb
