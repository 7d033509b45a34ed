#include "query/cli/query_command.h"

#include <iostream>
#include <sstream>

namespace stancekb {

int RunQuery(const CliContext& context, const QueryBody& body) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
  if (!s.ok()) return context.Fail(s);
  std::ostringstream out;
  s = body(*store, QueryArguments(*store), &out);
  if (s.IsInvalidInput()) return context.UsageError(s.message());
  if (!s.ok()) return context.Fail(s);
  std::cout << out.str();
  std::cout.flush();
  return kExitOk;
}

}  // namespace stancekb
