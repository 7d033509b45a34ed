// CheckName: what every importer requires of a name before it is stored (an
// actor, an alias, a topic, a source): valid UTF-8 with something visible
// in it, and no control characters. A NUL would cut the name short in the
// store's keys, and other controls break terminals and XML exports.
#pragma once

#include <string_view>

#include "kb/status.h"

namespace stancekb {

// OK, or InvalidInput "FIELD ...: what is wrong" (the caller adds the file
// and line). `field` says which name it is ("actor", "source").
Status CheckName(std::string_view field, std::string_view name);

}  // namespace stancekb
