#include "query/name_resolver.h"

#include <algorithm>

#include "kb/name_key.h"

namespace stancekb {
namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
    }
  }
  return row[b.size()];
}

// Up to three known names closest to `wanted`, each at most a third of its
// length away (or containing it).
std::string Suggest(const std::string& wanted, const std::vector<std::string>& known) {
  const std::string key = NameKey(wanted);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const std::string& name : known) {
    const std::string candidate = NameKey(name);
    const size_t distance = candidate.find(key) != std::string::npos ? 0 : EditDistance(key, candidate);
    if (distance <= std::max<size_t>(2, key.size() / 3)) scored.emplace_back(distance, name);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> shown;
  for (const auto& [distance, name] : scored) {
    auto same = [&name](const std::string& s) { return NameKey(s) == NameKey(name); };
    if (shown.size() < 3 && std::none_of(shown.begin(), shown.end(), same)) shown.push_back(name);
  }
  std::string text;
  for (size_t i = 0; i < shown.size(); ++i) text += (i ? ", " : "") + shown[i];
  return text.empty() ? "" : "; did you mean " + text + "?";
}

template <typename Record, typename Find, typename List, typename Names>
Status Resolve(const std::string& name, const char* what, Find find, List list, Names names, Record* out) {
  Status s = find(name, out);
  if (!s.IsNotFound()) return s;
  std::vector<Record> records;
  Status listed = list(&records);
  if (!listed.ok()) return listed;
  std::vector<std::string> known;
  for (const Record& record : records) names(record, &known);
  return Status::NotFound(std::string("unknown ") + what + " '" + name + "'" + Suggest(name, known));
}

}  // namespace

Status ResolveActor(const Store& store, const std::string& name, Actor* out) {
  return Resolve(
      name, "actor", [&](const std::string& n, Actor* a) { return store.FindActor(n, a); },
      [&](std::vector<Actor>* all) { return store.ListActors(all); },
      [](const Actor& a, std::vector<std::string>* known) {
        known->push_back(a.name);
        known->insert(known->end(), a.aliases.begin(), a.aliases.end());
      },
      out);
}

Status ResolveTopic(const Store& store, const std::string& name, Topic* out) {
  return Resolve(
      name, "topic", [&](const std::string& n, Topic* t) { return store.FindTopic(n, t); },
      [&](std::vector<Topic>* all) { return store.ListTopics(all); },
      [](const Topic& t, std::vector<std::string>* known) {
        known->push_back(t.key);
        if (!t.label.empty()) known->push_back(t.label);
      },
      out);
}

Status ResolveSource(const Store& store, const std::string& name, Source* out) {
  return Resolve(
      name, "source", [&](const std::string& n, Source* s) { return store.FindSource(n, s); },
      [&](std::vector<Source>* all) { return store.ListSources(all); },
      [](const Source& s, std::vector<std::string>* known) { known->push_back(s.name); }, out);
}

}  // namespace stancekb
