// stancekb actors | topics | sources | stats
#include <CLI/CLI.hpp>

#include "query/cli/cli_context.h"

namespace stancekb {
namespace {

nlohmann::json RoleList(const std::vector<Role>& roles) {
  nlohmann::json list = nlohmann::json::array();
  for (const Role& role : roles) {
    std::string text = role.title;
    if (role.from.valid() || role.to.valid()) text += " (" + role.from.ToString() + ".." + role.to.ToString() + ")";
    list.push_back(text);
  }
  return list;
}

template <typename Fill>
int WithStore(const CliContext& context, Fill fill) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
  if (!s.ok()) return context.Fail(s);
  ResultTable table({});
  s = fill(*store, &table);
  return s.ok() ? context.Print(table) : context.Fail(s);
}

int RunActors(const CliContext& context) {
  return WithStore(context, [](const Store& store, ResultTable* table) {
    std::vector<Actor> actors;
    Status s = store.ListActors(&actors);
    *table = ResultTable({"id", "name", "kind", "affiliation", "wikidata", "aliases", "demonyms", "roles"});
    for (const Actor& a : actors) {
      table->AddRow({a.id, a.name, std::string(ActorKindName(a.kind)), a.affiliation, a.wikidata, a.aliases, a.demonyms,
                     RoleList(a.roles)});
    }
    return s;
  });
}

int RunTopics(const CliContext& context) {
  return WithStore(context, [](const Store& store, ResultTable* table) {
    std::vector<Topic> topics;
    Status s = store.ListTopics(&topics);
    *table = ResultTable({"id", "label", "support_means", "keywords"});
    for (const Topic& t : topics) table->AddRow({t.key, t.label, t.support_means, t.keywords});
    return s;
  });
}

int RunSources(const CliContext& context) {
  return WithStore(context, [](const Store& store, ResultTable* table) {
    std::vector<Source> sources;
    Status s = store.ListSources(&sources);
    *table = ResultTable({"id", "name"});
    for (const Source& source : sources) table->AddRow({source.id, source.name});
    return s;
  });
}

int RunStats(const CliContext& context) {
  return WithStore(context, [](const Store& store, ResultTable* table) {
    const StoreCounts c = store.Counts();
    *table = ResultTable({"assertions", "documents", "actors", "topics", "sources", "format_version"});
    table->AddRow({c.assertions, c.documents, c.actors, c.topics, c.sources, store.format_version()});
    return Status::Ok();
  });
}

}  // namespace

void AddCatalogCommands(CLI::App* app, CliContext* context) {
  app->add_subcommand("actors", "List actors with kinds, Wikidata ids, aliases, demonyms and dated roles")
      ->callback([context] { context->exit_code = RunActors(*context); });
  app->add_subcommand("topics", "List topics with what support means and their keywords")->callback([context] {
    context->exit_code = RunTopics(*context);
  });
  app->add_subcommand("sources", "List sources (publishers)")->callback([context] {
    context->exit_code = RunSources(*context);
  });
  app->add_subcommand("stats", "Count what the database holds")->callback([context] {
    context->exit_code = RunStats(*context);
  });
}

}  // namespace stancekb
