// Cue patterns: the small language in which a lexicon pack's cues.yaml
// writes words and phrases (lexicon/README.md, "cues.yaml"). A pattern is
// words separated by spaces; a word may list alternatives with '|'
// ("rule|rules out") and may end in '~' for its regular English inflections
// ("reject~" = reject, rejects, rejected, rejecting). ExpandPattern turns a
// pattern into the plain phrases the matchers index.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kb/status.h"

namespace stancekb {

// The inflected forms of `word` by the regular English rules (-s/-es/-ies,
// -ed/-d/-ied, -ing with a dropped e, and a doubled final consonant), the
// word itself first. Written by hand because no library here inflects
// English; irregular forms are listed in the pattern instead ("say~|said").
// Forms that are no word ("sayed") are harmless: text never contains them.
std::vector<std::string> Inflections(std::string_view word);

// Appends every phrase `pattern` stands for to *out. Refuses an empty
// pattern or alternative, a '~' not at the end of a word, and a pattern
// standing for more than a few hundred phrases (a typo, not a wish).
Status ExpandPattern(std::string_view pattern, std::vector<std::string>* out);

}  // namespace stancekb
