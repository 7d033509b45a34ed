#include "importers/lexicon/lexicon.h"

#include <spdlog/spdlog.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "importers/common/line_reader.h"
#include "importers/common/name_check.h"
#include "importers/lexicon/lexicon_file.h"

namespace stancekb {
namespace {

namespace fs = std::filesystem;

std::string Scalar(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.as<std::string>() : std::string();
}

// The names a record gives under `key` (one, or a list), checked as every
// importer checks names (importers/common/name_check.h).
Status CheckNames(const std::string& path, const YAML::Node& node, const char* key,
                  const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (name.empty()) continue;
    Status s = CheckName(key, name);
    if (!s.ok()) return s.WithPrefix(Where(path, node[key] ? node[key] : node));
  }
  return Status::Ok();
}

Status RoleDate(const std::string& path, const YAML::Node& role, const char* key, Date* out) {
  const std::string text = Scalar(role, key);
  if (text.empty()) return Status::Ok();
  return Date::Parse(text, out).WithPrefix(Where(path, role[key]));
}

Status ParseRole(const std::string& path, const YAML::Node& node, Role* role) {
  if (!node.IsMap()) return Status::InvalidInput(Where(path, node) + ": a role must be {title, from, to}");
  role->title = Scalar(node, "title");
  if (role->title.empty()) return Status::InvalidInput(Where(path, node) + ": a role has no title");
  Status s = RoleDate(path, node, "from", &role->from);
  if (s.ok()) s = RoleDate(path, node, "to", &role->to);
  return s;
}

// A Wikidata item id: "Q" and digits, no leading zero ("Q7747").
bool IsWikidataId(const std::string& id) {
  if (id.size() < 2 || id[0] != 'Q' || id[1] == '0') return false;
  return std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Status WikidataId(const std::string& path, const YAML::Node& node, std::string* out) {
  const YAML::Node value = node["wikidata"];
  if (!value || value.IsNull()) return Status::Ok();
  *out = value.IsScalar() ? value.as<std::string>() : "(not text)";
  if (out->empty() || IsWikidataId(*out)) return Status::Ok();
  return Status::InvalidInput(Where(path, value) + ": wikidata id '" + *out +
                              "' must be Q followed by digits (e.g. Q7747)");
}

Status ParseActor(const std::string& path, const YAML::Node& node, Actor* actor) {
  if (!node.IsMap()) return Status::InvalidInput(Where(path, node) + ": an actor must be a mapping");
  actor->name = Scalar(node, "name");
  if (actor->name.empty()) return Status::InvalidInput(Where(path, node) + ": an actor has no name");
  const std::string kind = Scalar(node, "kind");
  if (!kind.empty() && !ParseActorKind(kind, &actor->kind)) {
    return Status::InvalidInput(Where(path, node["kind"]) + ": unknown actor kind '" + kind +
                                "' (person, organization, state, group)");
  }
  actor->affiliation = Scalar(node, "affiliation");
  Status s = WikidataId(path, node, &actor->wikidata);
  if (s.ok()) s = StringList(path, node, "aliases", &actor->aliases);
  if (s.ok()) s = StringList(path, node, "demonyms", &actor->demonyms);
  if (s.ok()) s = CheckNames(path, node, "name", {actor->name});
  if (s.ok()) s = CheckNames(path, node, "affiliation", {actor->affiliation});
  if (s.ok()) s = CheckNames(path, node, "aliases", actor->aliases);
  if (s.ok()) s = CheckNames(path, node, "demonyms", actor->demonyms);
  const YAML::Node roles = node["roles"];
  if (s.ok() && roles && !roles.IsSequence()) s = Status::InvalidInput(Where(path, roles) + ": 'roles' must be a list");
  for (size_t i = 0; s.ok() && roles && i < roles.size(); ++i) {
    Role role;
    s = ParseRole(path, roles[i], &role);
    actor->roles.push_back(role);
  }
  return s;
}

Status ParseTopic(const std::string& path, const YAML::Node& node, Topic* topic) {
  if (!node.IsMap()) return Status::InvalidInput(Where(path, node) + ": a topic must be a mapping");
  topic->key = Scalar(node, "id");
  if (!IsKebabCaseId(topic->key)) {
    return Status::InvalidInput(Where(path, node) + ": topic id '" + topic->key +
                                "' must be kebab-case (lower-case words joined by '-')");
  }
  topic->label = Scalar(node, "label");
  topic->support_means = Scalar(node, "support");
  Status s = StringList(path, node, "keywords", &topic->keywords);
  if (s.ok()) s = CheckNames(path, node, "label", {topic->label});
  return s.ok() ? CheckNames(path, node, "keywords", topic->keywords) : s;
}

template <typename Record, typename Parse>
Status ParseList(const std::string& path, const YAML::Node& list, Parse parse, std::vector<Record>* out) {
  if (!list.IsSequence()) return Status::InvalidInput(Where(path, list) + ": expected a list");
  std::vector<Record> records;
  for (const YAML::Node& node : list) {
    Record record;
    Status s = parse(path, node, &record);
    if (!s.ok()) return s;
    records.push_back(std::move(record));
  }
  out->insert(out->end(), records.begin(), records.end());
  return Status::Ok();
}

Status ParseDocument(const std::string& path, const YAML::Node& root, Lexicon* staged) {
  const std::string stem = fs::path(path).stem().string();
  if (root.IsMap()) {
    Status s = root["actors"] ? ParseList(path, root["actors"], ParseActor, &staged->actors) : Status::Ok();
    if (s.ok() && root["topics"]) s = ParseList(path, root["topics"], ParseTopic, &staged->topics);
    return s;
  }
  if (root.IsNull()) {
    spdlog::warn("{}: empty lexicon file; nothing loaded from it", path);
    return Status::Ok();
  }
  if (stem == "actors") return ParseList(path, root, ParseActor, &staged->actors);
  if (stem == "topics") return ParseList(path, root, ParseTopic, &staged->topics);
  return Status::InvalidInput(path + ": a plain list must be in a file named actors.yaml or topics.yaml");
}

// Where the default pack lies below an installation prefix.
constexpr const char* kInstalledPack = "share/stancekb/lexicon";

}  // namespace

bool IsKebabCaseId(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  for (size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

Status LoadLexiconFile(const std::string& path, Lexicon* out) {
  Lexicon staged;
  std::string bytes;
  Status read = ReadLexiconBytes(path, &bytes);
  if (!read.ok()) return read;
  try {
    Status s = ParseDocument(path, YAML::Load(bytes), &staged);
    if (!s.ok()) return s;
  } catch (const YAML::Exception& e) {
    return Status::InvalidInput(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  out->actors.insert(out->actors.end(), staged.actors.begin(), staged.actors.end());
  out->topics.insert(out->topics.end(), staged.topics.begin(), staged.topics.end());
  return Status::Ok();
}

Status LoadLexicon(const std::string& dir, Lexicon* out) {
  if (!fs::is_directory(dir)) return Status::NotFound("lexicon directory " + dir + " does not exist");
  Lexicon staged;
  bool found = false;
  for (const char* name : {"actors.yaml", "topics.yaml"}) {
    const fs::path file = fs::path(dir) / name;
    if (!fs::exists(file)) continue;
    found = true;
    Status s = LoadLexiconFile(file.string(), &staged);
    if (!s.ok()) return s;
  }
  const fs::path cues = fs::path(dir) / "cues.yaml";
  if (fs::exists(cues)) {
    found = true;
    Status s = LoadCuePack(cues.string(), &staged.cues);
    if (!s.ok()) return s;
  }
  if (!found) return Status::NotFound("lexicon directory " + dir + " has none of actors.yaml, topics.yaml, cues.yaml");
  out->actors.insert(out->actors.end(), staged.actors.begin(), staged.actors.end());
  out->topics.insert(out->topics.end(), staged.topics.begin(), staged.topics.end());
  if (!staged.cues.empty()) out->cues = std::move(staged.cues);
  return Status::Ok();
}

Status LoadPackCues(const std::string& dir, CuePack* out) {
  const fs::path own = fs::path(dir) / "cues.yaml";
  if (!dir.empty() && fs::exists(own)) return LoadCuePack(own.string(), out);
  return LoadCuePack((fs::path(DefaultLexiconDir()) / "cues.yaml").string(), out);
}

std::string DefaultLexiconDir() {
  if (const char* env = std::getenv("STANCEKB_LEXICON"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return kInstalledPack;
  fs::path dir = exe.parent_path();
  for (int level = 0; level < 3; ++level, dir = dir.parent_path()) {
    if (fs::is_directory(dir / kInstalledPack, ec)) return (dir / kInstalledPack).string();
  }
  return (exe.parent_path().parent_path() / kInstalledPack).string();
}

}  // namespace stancekb
