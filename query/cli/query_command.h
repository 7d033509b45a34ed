// RunQuery: the steps the stance query commands share: open the
// store read-only, run the query, and map
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

// Writes the result to `out`, which is stdout. A body writes only once it
// can no longer fail (each prints its table last), so a failed query prints
// nothing; results are not buffered, for a table may stream its rows
// (ResultTable::StreamTo).
using QueryBody = std::function<Status(const Store& store, const QueryArguments& args, std::ostream* out)>;

int RunQuery(const CliContext& context, const QueryBody& body);

}  // namespace stancekb
