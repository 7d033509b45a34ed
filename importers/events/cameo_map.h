// CameoMap: which assertions an event with a CAMEO code becomes. Loaded from
// a tab-separated file a user can replace (format in lexicon/README.md,
// "CAMEO map"; the default is lexicon/default/cameo-map.tsv):
//
//   code  topic     stance   name
//   0256  ceasefire support  Appeal for de-escalation of military engagement
//   111   @target   oppose   Criticize or denounce
//   010   -         -        Make statement
//
// Every code the file lists is a known CAMEO code; a row with a topic (or
// "@target": a stance of the source actor toward the target actor) and a
// stance is a rule. A code may have several rules. An event code takes the
// rules of its longest prefix that has rules ("1312" falls back to "13").
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kb/records.h"
#include "kb/status.h"

namespace stancekb {

struct CameoRule {
  std::string topic;           // Topic key; empty when toward_target.
  bool toward_target = false;  // "@target": topic is the target actor (see event_assertions.h).
  Stance stance = Stance::kNeutral;
};

class CameoMap {
 public:
  // Replaces the contents with the file at `path`. Errors name FILE:LINE: a
  // missing header, a wrong field count, a code that is not 2 to 4 digits,
  // a topic that is not kebab-case or "@target", an unknown stance.
  Status Load(const std::string& path);

  // True when `code` is listed in the file.
  bool IsKnown(std::string_view code) const { return names_.count(std::string(code)) != 0; }
  // The code's name ("Praise or endorse"); "" when unknown.
  std::string Name(std::string_view code) const;
  // The rules that apply to `code` (longest prefix with rules); empty when
  // the code is unmapped.
  const std::vector<CameoRule>& RulesFor(std::string_view code) const;

 private:
  Status AddRow(const std::vector<std::string_view>& fields);

  std::map<std::string, std::string> names_;
  std::map<std::string, std::vector<CameoRule>> rules_;
};

// lexicon/default/cameo-map.tsv beside the default lexicon (DefaultLexiconDir()).
std::string DefaultCameoMapPath();

}  // namespace stancekb
