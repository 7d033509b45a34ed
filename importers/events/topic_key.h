// TopicKeyFor: turns free text (a DNA concept, an actor's name) into a
// topic key in the project's kebab-case style.
#pragma once

#include <string>
#include <string_view>

namespace stancekb {

// Case-folds `text` (kb/name_key.h) and joins its words with '-': ASCII
// letters and digits and all non-ASCII characters are kept, every run of
// other characters becomes one '-', none leads or trails.
//   "CO2 legislation will not hurt the economy." -> "co2-legislation-will-not-hurt-the-economy"
// Returns "" when nothing is left.
std::string TopicKeyFor(std::string_view text);

}  // namespace stancekb
