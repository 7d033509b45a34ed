// Lexicon: the actors and topics a user curates as editable YAML files
// (format documented in lexicon/README.md), loaded into plain records, and
// the cues by which the article extractor reads them in text. A lexicon
// directory holds actors.yaml, topics.yaml and cues.yaml (any may be
// missing); the default pack ships in lexicon/default. Actors and topics
// are stored in a database; cues are read from a pack whenever articles are.
#pragma once

#include <string>
#include <vector>

#include "importers/lexicon/cue_pack.h"
#include "kb/records.h"
#include "kb/status.h"

namespace stancekb {

struct Lexicon {
  std::vector<Actor> actors;
  std::vector<Topic> topics;
  CuePack cues;
};

// Loads DIR/actors.yaml and DIR/topics.yaml into *out (appending), and
// DIR/cues.yaml when present (replacing out->cues). Errors name the file and
// line: a malformed file, an actor without a name, a wikidata id that is not Q
// and digits, a topic whose id is not kebab-case, an impossible role date,
// invalid UTF-8, a NUL byte, a file over 4 MiB. On error *out is unchanged.
Status LoadLexicon(const std::string& dir, Lexicon* out);

// Same for a single file whose top-level keys are "actors" and/or "topics"
// or which is a plain list (treated as actors.yaml or topics.yaml by name).
Status LoadLexiconFile(const std::string& path, Lexicon* out);

// Loads the cues that read articles into *out: DIR/cues.yaml, or the default
// pack's when DIR is empty or has none (a pack for another conflict may
// bring only actors and topics).
Status LoadPackCues(const std::string& dir, CuePack* out);

// Directory of the default pack: $STANCEKB_LEXICON if set, else the first
// share/stancekb/lexicon found in the running binary's directory or one of
// its two parents: PREFIX/bin/stancekb finds PREFIX/share/stancekb/lexicon
// (an installation), build/stancekb and build/tests/x/x_tests find
// build/share/stancekb/lexicon (a build tree copies the pack there). When
// there is none, the installed location, which loading then names.
std::string DefaultLexiconDir();

// True for ids like "ceasefire" or "ukraine-nato-membership".
bool IsKebabCaseId(const std::string& id);

}  // namespace stancekb
