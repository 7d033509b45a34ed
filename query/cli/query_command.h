// RunQuery: the steps the stance query commands share (issue 4): open the
// store read-only, run the query, print what it wrote on success, and map
// failures to exit codes: InvalidInput (bad dates or option values) is a
// usage error (2); anything else, such as an unknown actor or topic (whose
// message suggests the closest names) or a storage error, is 1.
#pragma once

#include <functional>
#include <ostream>

#include "kb/store.h"
#include "query/cli/cli_context.h"
#include "query/cli/query_arguments.h"

namespace stancekb {

// Writes the result to `out`; it reaches stdout only if the query succeeds.
using QueryBody = std::function<Status(const Store& store, const QueryArguments& args, std::ostream* out)>;

int RunQuery(const CliContext& context, const QueryBody& body);

}  // namespace stancekb
