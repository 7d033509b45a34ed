// Extractor: attributed statements out of an article — who said what,
// about which lexicon topic, with which stance, when — each with the byte
// spans of its evidence. Rule- and lexicon-based:
//   sentences (sentence_splitter.h) → tokens (tokenizer.h) → quotes
//   (quote_finder.h) → reporting cues (cue_lexicon.h) with their speaker
//   (speakers.h: gazetteer, names, pronouns) and content → topics and stance
//   (stance_finder.h) → statement date (relative_date.h).
// Rules (the `rule` field): "reported-speech" (X said that …), "quote-before"
// (“…,” X said), "inverted" (“…,” said X), "participle" (…, saying …),
// "according-to", "possessive-message" (X's message was …), "quote-continued"
// (a following quote with no cue of its own), each suffixed "-belief" for
// internal-state cues (believes, thinks); and "stance-verb" (X welcomed the
// ceasefire proposal: a stance verb whose object touches a topic).
// A statement is always the speaker's own: a stance that another actor takes
// inside the content ("X said Putin would reject …") is neutral for X, and
// no statement is made up for that other actor.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "importers/article/article.h"
#include "importers/lexicon/lexicon.h"
#include "kb/records.h"

namespace stancekb {

namespace article_internal {
struct ExtractorMatchers;  // The compiled lexicons (article_run.h).
}

struct ExtractedStatement {
  std::string actor;  // Lexicon canonical name, or the name found in text.
  ActorKind actor_kind = ActorKind::kUnknown;
  // False when the speaker names no actor ("officials", "Reuters"): the
  // statement is an attribution on no topic, and importers do not store it.
  bool resolved = true;
  Span actor_span;  // The mention in this sentence (a pronoun stays a pronoun).
  std::string cue;  // The reporting cue as written ("emphasized", "according to").
  Span cue_span;
  Span content_span;  // What was said: the quote, or the reported clause.
  std::string topic;  // Lexicon topic id, or "" for a statement on no known topic.
  Stance stance = Stance::kNeutral;
  Date date;          // When it was said (publication date unless the sentence says otherwise).
  std::string quote;  // The content text.
  float confidence = 0.0f;
  std::string rule;
};

class Extractor {
 public:
  // Builds the matchers once. Keeps a reference to `lexicon`, which must
  // outlive the extractor.
  explicit Extractor(const Lexicon& lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Not OK when ICU data is missing or the lexicon has no cues; Extract
  // then returns nothing.
  Status status() const;

  // Statements of `article` in text order; a statement touching two topics
  // is returned once per topic. Const and thread-safe: one Extractor may
  // serve many threads.
  std::vector<ExtractedStatement> Extract(const Article& article) const;

 private:
  std::unique_ptr<const article_internal::ExtractorMatchers> matchers_;
};

}  // namespace stancekb
