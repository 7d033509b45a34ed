#include "importers/lexicon/lexicon_digest.h"

#include <xxhash.h>

#include <cstdio>

namespace stancekb {
namespace {

// Each field is written with its length first, so that no two different
// lexicons serialize to the same bytes.
class Canonical {
 public:
  void Add(std::string_view field) {
    Add(static_cast<uint64_t>(field.size()));
    bytes_.append(field);
  }
  void Add(uint64_t number) {
    for (int shift = 0; shift < 64; shift += 8) bytes_.push_back(static_cast<char>(number >> shift));
  }
  void Add(const Date& date) { Add(date.ToString()); }
  void Add(const std::vector<std::string>& fields) {
    Add(static_cast<uint64_t>(fields.size()));
    for (const std::string& field : fields) Add(field);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

void AddActors(const std::vector<Actor>& actors, Canonical* c) {
  c->Add(static_cast<uint64_t>(actors.size()));
  for (const Actor& actor : actors) {
    c->Add(actor.name);
    c->Add(static_cast<uint64_t>(actor.kind));
    c->Add(actor.aliases);
    c->Add(static_cast<uint64_t>(actor.roles.size()));
    for (const Role& role : actor.roles) {
      c->Add(role.title);
      c->Add(role.from);
      c->Add(role.to);
    }
    c->Add(actor.affiliation);
  }
}

void AddTopics(const std::vector<Topic>& topics, Canonical* c) {
  c->Add(static_cast<uint64_t>(topics.size()));
  for (const Topic& topic : topics) {
    c->Add(topic.key);
    c->Add(topic.label);
    c->Add(topic.support_means);
    c->Add(topic.keywords);
  }
}

void AddCues(const CuePack& cues, Canonical* c) {
  c->Add(static_cast<uint64_t>(cues.lists.size()));
  for (const auto& [name, phrases] : cues.lists) {
    c->Add(name);
    c->Add(phrases);
  }
  c->Add(static_cast<uint64_t>(cues.topics.size()));
  for (const TopicCues& topic : cues.topics) {
    c->Add(topic.topic);
    c->Add(topic.unmarked ? static_cast<uint64_t>(*topic.unmarked) : ~uint64_t{0});
    c->Add(static_cast<uint64_t>(topic.negation_is_neutral));
    c->Add(static_cast<uint64_t>(topic.description_is_silent));
    for (const auto* list : {&topic.support, &topic.oppose, &topic.weak, &topic.support_cues, &topic.oppose_cues,
                             &topic.neutral_cues, &topic.look_alikes, &topic.object_prepositions}) {
      c->Add(*list);
    }
  }
}

}  // namespace

std::string LexiconDigest(const Lexicon& lexicon) {
  Canonical c;
  AddActors(lexicon.actors, &c);
  AddTopics(lexicon.topics, &c);
  AddCues(lexicon.cues, &c);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(c.bytes().data(), c.bytes().size())));
  return hex;
}

}  // namespace stancekb
