// Table-driven extraction tests: a text, how many statements the extractor
// finds in it, and what chosen statements must hold.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tests/importers/article/test_lexicon.h"

namespace stancekb {

// What one statement must hold: Statement(1).WithActor("Kremlin").WithTopic("").
// A field left unset is not checked.
struct ExpectedStatement {
  explicit ExpectedStatement(size_t i) : index(i) {}
  ExpectedStatement& WithActor(std::string v) { return Set(&actor, std::move(v)); }
  ExpectedStatement& WithActorKind(ActorKind v) { return Set(&actor_kind, v); }
  ExpectedStatement& WithActorText(std::string v) { return Set(&actor_text, std::move(v)); }
  ExpectedStatement& WithCue(std::string v) { return Set(&cue, std::move(v)); }
  ExpectedStatement& WithContentText(std::string v) { return Set(&content_text, std::move(v)); }
  ExpectedStatement& WithQuote(std::string v) { return Set(&quote, std::move(v)); }
  ExpectedStatement& WithTopic(std::string v) { return Set(&topic, std::move(v)); }
  ExpectedStatement& WithStance(Stance v) { return Set(&stance, v); }
  ExpectedStatement& WithConfidenceBelow(float v) { return Set(&confidence_below, v); }
  ExpectedStatement& WithDate(std::string v) { return Set(&date, std::move(v)); }
  ExpectedStatement& WithRule(std::string v) { return Set(&rule, std::move(v)); }

  size_t index;
  std::optional<std::string> actor;
  std::optional<ActorKind> actor_kind;
  std::optional<std::string> actor_text;  // The text of actor_span.
  std::optional<std::string> cue;
  std::optional<std::string> content_text;  // The text of content_span.
  std::optional<std::string> quote;
  std::optional<std::string> topic;
  std::optional<Stance> stance;
  std::optional<float> confidence_below;
  std::optional<std::string> date;
  std::optional<std::string> rule;

 private:
  template <typename T, typename V>
  ExpectedStatement& Set(std::optional<T>* field, V value) {
    *field = std::move(value);
    return *this;
  }
};

inline ExpectedStatement Statement(size_t index) { return ExpectedStatement(index); }

// A text and what the extractor finds in it, with SmallTestLexicon() unless
// WithDefaultLexicon() says the repository's pack.
struct ExtractionCase {
  // `name` is the test's name: letters and digits only.
  ExtractionCase(std::string name, std::string text, size_t count, std::vector<ExpectedStatement> statements = {})
      : name(std::move(name)), text(std::move(text)), count(count), statements(std::move(statements)) {}
  ExtractionCase& PublishedOn(std::string date) {
    published = std::move(date);
    return *this;
  }
  ExtractionCase& WithDefaultLexicon() {
    default_lexicon = true;
    return *this;
  }

  std::string name;
  std::string text;
  size_t count;  // How many statements the text gives.
  std::vector<ExpectedStatement> statements;
  std::string published = "2025-08-18";
  bool default_lexicon = false;
};

inline void ExpectStatement(const Article& article, const ExtractedStatement& s, const ExpectedStatement& want) {
  SCOPED_TRACE("statement " + std::to_string(want.index) + ": " + s.quote);
  if (want.actor) {
    EXPECT_EQ(s.actor, *want.actor);
  }
  if (want.actor_kind) {
    EXPECT_EQ(s.actor_kind, *want.actor_kind);
  }
  if (want.actor_text) {
    EXPECT_EQ(SpanText(article, s.actor_span), *want.actor_text);
  }
  if (want.cue) {
    EXPECT_EQ(s.cue, *want.cue);
  }
  if (want.content_text) {
    EXPECT_EQ(SpanText(article, s.content_span), *want.content_text);
  }
  if (want.quote) {
    EXPECT_EQ(s.quote, *want.quote);
  }
  if (want.topic) {
    EXPECT_EQ(s.topic, *want.topic);
  }
  if (want.stance) {
    EXPECT_EQ(s.stance, *want.stance);
  }
  if (want.confidence_below) {
    EXPECT_LT(s.confidence, *want.confidence_below);
  }
  if (want.date) {
    EXPECT_EQ(s.date.ToString(), *want.date);
  }
  if (want.rule) {
    EXPECT_EQ(s.rule, *want.rule);
  }
}

// Extracts the case's text and checks the count and each expected statement.
inline void ExpectExtraction(const ExtractionCase& c) {
  const Article article = MakeArticle(c.text, c.published);
  const auto statements = ExtractWith(c.default_lexicon ? DefaultTestLexicon() : SmallTestLexicon(), article);
  ASSERT_EQ(statements.size(), c.count);
  for (const ExpectedStatement& want : c.statements) {
    ASSERT_LT(want.index, statements.size());
    ExpectStatement(article, statements[want.index], want);
  }
}

// Names each instance of a parameterized test after its case.
inline std::string CaseName(const ::testing::TestParamInfo<ExtractionCase>& info) { return info.param.name; }

}  // namespace stancekb
