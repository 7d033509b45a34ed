// LexiconDigest: a short fingerprint of what the article extractor sees of a
// lexicon, so that statements extracted on one machine can be checked
// against the lexicon of the database they are imported into.
#pragma once

#include <string>

#include "importers/lexicon/lexicon.h"

namespace stancekb {

// 16 hex digits (XXH3, 64 bits) over every field of every actor, topic and
// cue list, in the lexicon's order: the extractor breaks ties between
// actors by that order, so the same records in another order are another
// lexicon. Equal lexicons give equal digests on every machine and build. A
// field added to Lexicon belongs here too.
std::string LexiconDigest(const Lexicon& lexicon);

}  // namespace stancekb
