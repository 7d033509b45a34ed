// Plain C++ views of the records the store keeps (doc/DESIGN.md "Data model").
// The store converts these to and from the Cap'n Proto messages of
// schema/stancekb.capnp; nothing outside kb/ sees Cap'n Proto types.
// Ids are assigned by the store: 0 always means "none / not yet assigned".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kb/date.h"

namespace stancekb {

using ActorId = uint32_t;
using TopicId = uint32_t;
using SourceId = uint32_t;
using DocumentId = uint64_t;  // 64-bit content hash of the document text.
using AssertionId = uint64_t;

enum class Stance : uint8_t { kSupport = 0, kOppose = 1, kNeutral = 2 };
enum class ActorKind : uint8_t { kUnknown = 0, kPerson = 1, kOrganization = 2, kState = 3, kGroup = 4 };
enum class AssertionStatus : uint8_t { kMachine = 0, kConfirmed = 1, kRetracted = 2 };

std::string_view StanceName(Stance s);
// Accepts "support", "oppose", "neutral" (exactly, lower case).
bool ParseStance(std::string_view text, Stance* out);
std::string_view ActorKindName(ActorKind k);
// Accepts "person", "organization"/"organisation", "state", "group", "unknown".
bool ParseActorKind(std::string_view text, ActorKind* out);
std::string_view AssertionStatusName(AssertionStatus s);

// A dated role: "President of the United States" held from `from` to `to`
// (either may be invalid, meaning open-ended).
struct Role {
  std::string title;
  Date from;
  Date to;

  // True when the role was held on `day` (open ends match everything).
  bool HeldOn(Date day) const { return (!from.valid() || from <= day) && (!to.valid() || day < to); }
};

struct Actor {
  ActorId id = 0;
  std::string name;  // Canonical name.
  ActorKind kind = ActorKind::kUnknown;
  std::vector<std::string> aliases;  // Spelling and transliteration variants.
  std::vector<Role> roles;
  std::string affiliation;  // Country or organisation.
  std::string wikidata;     // Wikidata item id, "Q" and digits ("Q7747"); empty when unknown.
  // Adjective forms of the actor's name used in titles and descriptions
  // ("Russian" for Russia: "the Russian President", "Russian officials").
  std::vector<std::string> demonyms;
};

struct Topic {
  TopicId id = 0;
  std::string key;  // kebab-case id, e.g. "ceasefire".
  std::string label;
  std::string support_means;
  std::vector<std::string> keywords;  // Words and phrases that signal the topic.
};

struct Source {
  SourceId id = 0;
  std::string name;
};

// A [begin, end) range of UTF-8 byte offsets into a document's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Document {
  DocumentId id = 0;
  std::string title;
  std::string url;
  SourceId source_id = 0;
  Date published;
  std::string text;
};

struct Evidence {
  std::string quote;  // The quoted or reported content, as in the text.
  Span actor_span;
  Span cue_span;
  Span content_span;
};

struct Assertion {
  AssertionId id = 0;
  ActorId actor_id = 0;
  TopicId topic_id = 0;  // 0: an attributed claim that touches no known topic.
  Stance stance = Stance::kNeutral;
  Date date;
  SourceId source_id = 0;
  DocumentId document_id = 0;
  Evidence evidence;
  std::string cue;
  float confidence = 1.0f;
  std::string extractor;  // Importer and rule id, e.g. "article/quote-said".
  AssertionStatus status = AssertionStatus::kMachine;
};

}  // namespace stancekb
