// Resolves names a user types (any alias, label or keyword, any case) to
// stored records. An unknown name is NotFound with a message that suggests
// the closest known names ("unknown actor 'Putn'; did you mean Putin?").
#pragma once

#include <string>

#include "kb/store.h"

namespace stancekb {

Status ResolveActor(const Store& store, const std::string& name, Actor* out);
Status ResolveTopic(const Store& store, const std::string& name, Topic* out);
Status ResolveSource(const Store& store, const std::string& name, Source* out);

}  // namespace stancekb
