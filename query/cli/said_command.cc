// stancekb said --topic T [--actor A] [--from D] [--to D] [--source S]
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <utility>

#include "query/cli/cli_context.h"
#include "query/cli/query_arguments.h"
#include "query/said.h"

namespace stancekb {
namespace {

struct SaidOptions {
  std::string topic, actor, from, to, source;
};

int RunSaid(const CliContext& context, const SaidOptions& options) {
  if (options.topic.empty() && options.actor.empty()) return context.UsageError("said needs --topic or --actor");
  // With a topic, said reads only the said index and the names, if the
  // database has that index (format 2); an older one is opened again whole.
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store, /*all_families=*/false, /*said_only=*/!options.topic.empty());
  if (s.ok() && !store->HasSaidIndex()) {
    store.reset();
    s = context.OpenForRead(&store);
  }
  if (!s.ok()) return context.Fail(s);
  SaidQuery query;
  QueryArguments args(*store);
  s = args.Topic(options.topic, &query.topic);
  if (s.ok()) s = args.Actor(options.actor, &query.actor);
  if (s.ok()) s = args.Source(options.source, &query.source);
  if (!s.ok()) return context.Fail(s);
  s = args.Range(options.from, options.to, &query.from, &query.to);
  if (!s.ok()) return context.UsageError(s.message());
  if (!store->HasSaidIndex()) {
    spdlog::warn(
        "{} is format {}, which reads each statement by id; `stancekb upgrade` (or any import) "
        "brings it to format {}, which answers said much faster",
        context.db_path, store->format_version(), Store::kFormatVersion);
  }
  std::vector<AssertionView> views;
  s = Said(*store, query, &views);
  if (!s.ok()) return context.Fail(s);
  return context.Print(AssertionTable(std::move(views)));
}

}  // namespace

void AddSaidCommand(CLI::App* app, CliContext* context) {
  auto options = std::make_shared<SaidOptions>();
  CLI::App* said = app->add_subcommand("said", "What each actor said about a topic, by actor and date");
  AddOptionsWhenRun(said, [said, options] {
    said->add_option("--topic,-t", options->topic, "Topic id, label or keyword (ceasefire, truce, …)");
    said->add_option("--actor,-a", options->actor, "Actor name or alias");
    said->add_option("--from", options->from, "First date (YYYY-MM-DD, YYYY-MM, today, -30d)");
    said->add_option("--to", options->to, "Last date");
    said->add_option("--source,-s", options->source, "Only what this source reported");
  });
  said->callback([context, options] { context->exit_code = RunSaid(*context, *options); });
}

}  // namespace stancekb
