#include "importers/lexicon/cue_pack.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "importers/lexicon/cue_pattern.h"
#include "importers/lexicon/lexicon.h"
#include "importers/lexicon/lexicon_file.h"

namespace stancekb {

const std::vector<std::string_view> kCueListNames = {
    "reporting.speech",
    "reporting.belief",
    "reporting.takes-object",
    "reporting.stance",
    "reporting.accusations",
    "reporting.demands",
    "reporting.position-nouns",
    "stance.support",
    "stance.oppose",
    "stance.neutral",
    "stance.negators",
    "stance.hedges",
    "stance.conditions",
    "stance.prerequisites",
    "stance.questions",
    "stance.contrasts",
    "stance.demands",
    "stance.decisions",
    "stance.agreements",
    "stance.progress",
    "speakers.head-nouns",
    "speakers.group-nouns",
    "speakers.titles",
    "speakers.organizations",
    "speakers.offices",
    "speakers.spokespeople",
    "speakers.outlets",
    "speakers.non-actors",
    "speakers.anonymous",
    "grammar.function-words",
    "grammar.determiners",
    "grammar.prepositions",
    "grammar.he-she",
    "grammar.they",
    "grammar.first-person",
    "grammar.name-connectors",
    "grammar.anaphors",
    "grammar.time-nouns",
    "grammar.matter-nouns",
    "grammar.contents",
    "grammar.subject-gaps",
    "grammar.adjuncts",
    "grammar.be",
    "grammar.modals",
    "grammar.perfect",
    "grammar.future",
    "grammar.background",
    "grammar.circumstance",
    "grammar.message-nouns",
    "grammar.that",
    "grammar.relatives",
};

const std::vector<std::string>& CuePack::List(std::string_view name) const {
  static const std::vector<std::string> kEmpty;
  auto it = lists.find(name);
  return it == lists.end() ? kEmpty : it->second;
}

namespace {

Status ExpandList(const std::string& path, const YAML::Node& node, const char* key, std::vector<std::string>* out) {
  std::vector<std::string> patterns;
  Status s = StringList(path, node, key, &patterns);
  for (size_t i = 0; s.ok() && i < patterns.size(); ++i) {
    s = ExpandPattern(patterns[i], out).WithPrefix(Where(path, node[key]));
  }
  return s;
}

Status ParseSection(const std::string& path, const std::string& section, const YAML::Node& node, CuePack* out) {
  if (!node.IsMap()) return Status::InvalidInput(Where(path, node) + ": '" + section + "' must be a mapping");
  for (const auto& item : node) {
    const std::string name = section + "." + item.first.as<std::string>();
    if (std::find(kCueListNames.begin(), kCueListNames.end(), name) == kCueListNames.end()) {
      return Status::InvalidInput(Where(path, item.first) + ": unknown list '" + name + "' (lexicon/README.md)");
    }
    Status s = ExpandList(path, node, item.first.as<std::string>().c_str(), &out->lists[name]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

constexpr std::string_view kTopicKeys[] = {"unmarked", "negated",      "described",          "support",
                                           "oppose",   "support-cues", "oppose-cues",        "neutral-cues",
                                           "weak",     "look-alikes",  "object-prepositions"};

Status ParseTopicCues(const std::string& path, const std::string& id, const YAML::Node& node, TopicCues* out) {
  if (!IsKebabCaseId(id)) return Status::InvalidInput(Where(path, node) + ": topic id '" + id + "' is not kebab-case");
  if (!node.IsMap()) return Status::InvalidInput(Where(path, node) + ": topic '" + id + "' must be a mapping");
  out->topic = id;
  for (const auto& item : node) {
    const std::string key = item.first.as<std::string>();
    if (std::find(std::begin(kTopicKeys), std::end(kTopicKeys), key) == std::end(kTopicKeys)) {
      return Status::InvalidInput(Where(path, item.first) + ": unknown key '" + key + "' in topic '" + id + "'");
    }
  }
  if (const YAML::Node unmarked = node["unmarked"]; unmarked) {
    Stance stance = Stance::kNeutral;
    const std::string text = unmarked.IsScalar() ? unmarked.as<std::string>() : std::string();
    if (text != "none" && !ParseStance(text, &stance)) {
      return Status::InvalidInput(Where(path, unmarked) + ": 'unmarked' must be support, oppose, neutral or none");
    }
    out->unmarked = text == "none" ? std::nullopt : std::optional<Stance>(stance);
  }
  if (const YAML::Node negated = node["negated"]; negated) {
    const std::string text = negated.IsScalar() ? negated.as<std::string>() : std::string();
    if (text != "flip" && text != "neutral") {
      return Status::InvalidInput(Where(path, negated) + ": 'negated' must be flip or neutral");
    }
    out->negation_is_neutral = text == "neutral";
  }
  if (const YAML::Node described = node["described"]; described) {
    const std::string text = described.IsScalar() ? described.as<std::string>() : std::string();
    if (text != "unmarked" && text != "none") {
      return Status::InvalidInput(Where(path, described) + ": 'described' must be unmarked or none");
    }
    out->description_is_silent = text == "none";
  }
  Status s = ExpandList(path, node, "support", &out->support);
  if (s.ok()) s = ExpandList(path, node, "oppose", &out->oppose);
  if (s.ok()) s = ExpandList(path, node, "weak", &out->weak);
  if (s.ok()) s = ExpandList(path, node, "look-alikes", &out->look_alikes);
  if (s.ok()) s = ExpandList(path, node, "object-prepositions", &out->object_prepositions);
  if (s.ok()) s = ExpandList(path, node, "support-cues", &out->support_cues);
  if (s.ok()) s = ExpandList(path, node, "oppose-cues", &out->oppose_cues);
  if (s.ok()) s = ExpandList(path, node, "neutral-cues", &out->neutral_cues);
  return s;
}

Status ParseCues(const std::string& path, const YAML::Node& root, CuePack* out) {
  if (!root.IsMap()) return Status::InvalidInput(path + ": expected a mapping of sections");
  for (const auto& section : root) {
    const std::string name = section.first.as<std::string>();
    Status s;
    if (name != "topics") {
      s = ParseSection(path, name, section.second, out);
    } else if (!section.second.IsMap()) {
      s = Status::InvalidInput(Where(path, section.second) + ": 'topics' must map topic ids to their cues");
    }
    for (auto it = section.second.begin(); s.ok() && name == "topics" && it != section.second.end(); ++it) {
      TopicCues topic;
      s = ParseTopicCues(path, it->first.as<std::string>(), it->second, &topic);
      out->topics.push_back(std::move(topic));
    }
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status LoadCuePack(const std::string& path, CuePack* out) {
  std::string bytes;
  Status s = ReadLexiconBytes(path, &bytes);
  if (!s.ok()) return s;
  CuePack staged;
  try {
    s = ParseCues(path, YAML::Load(bytes), &staged);
  } catch (const YAML::Exception& e) {
    return Status::InvalidInput(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  if (s.ok()) *out = std::move(staged);
  return s;
}

}  // namespace stancekb
