#include "query/cli/query_command.h"

#include <iostream>

namespace stancekb {

int RunQuery(const CliContext& context, const QueryBody& body) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
  if (!s.ok()) return context.Fail(s);
  s = body(*store, QueryArguments(*store), &std::cout);
  std::cout.flush();
  if (s.IsInvalidInput()) return context.UsageError(s.message());
  if (!s.ok()) return context.Fail(s);
  return kExitOk;
}

}  // namespace stancekb
