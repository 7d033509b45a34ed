#include "bench/kb_engine.h"

#include <filesystem>

#include "importers/assertions/jsonl_importer.h"
#include "query/assertion_view.h"
#include "query/changes.h"
#include "query/diff.h"
#include "query/pairs.h"
#include "query/said.h"
#include "query/stance.h"

namespace stancekb::bench {
namespace {

struct Names {
  std::string actor, topic;
};

Status PairNames(NameCache* cache, ActorId actor, TopicId topic, Names* out) {
  Status s = cache->ActorName(actor, &out->actor);
  return s.ok() ? cache->TopicKey(topic, &out->topic) : s;
}

std::string DayField(const Decision& d) { return d.day.valid() ? d.day.ToString() : std::string(); }

}  // namespace

uint64_t PathBytes(const std::string& path) {
  namespace fs = std::filesystem;
  if (fs::is_regular_file(path)) return fs::file_size(path);
  uint64_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(path)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

Status KbEngine::Load(const std::string& jsonl, const std::string& path) {
  path_ = path;
  Status s = Store::Open(path, StoreOptions(), &store_);
  if (!s.ok()) return s;
  JsonlImportReport report;
  s = ImportAssertionsJsonl(store_.get(), jsonl, JsonlImportOptions(), &report);
  if (s.ok() && report.written.assertions_added != report.lines) {
    s = Status::Corruption("stancekb stored " + std::to_string(report.written.assertions_added) + " of " +
                           std::to_string(report.lines) + " lines; the corpus must have no duplicates");
  }
  return s;
}

Status KbEngine::Retract(const std::vector<AssertionId>& ids) {
  for (AssertionId id : ids) {
    Status s = store_->SetAssertionStatus(id, AssertionStatus::kRetracted);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status KbEngine::ReopenForQueries() {
  store_.reset();
  StoreOptions options;
  options.read_only = true;
  return Store::Open(path_, options, &store_);
}

uint64_t KbEngine::DiskBytes() const { return PathBytes(path_); }

Status KbEngine::Ask(Question q, const QuestionArgs& args, Rows* rows) {
  switch (q) {
    case Question::kSaidTopic:
      return Said(args, false, rows);
    case Question::kSaidTopicActor:
      return Said(args, true, rows);
    case Question::kStanceTopic:
      return Stance(args, true, rows);
    case Question::kStanceActor:
      return Stance(args, false, rows);
    case Question::kDiffTopic:
      return Diff(args, true, rows);
    case Question::kDiffAll:
      return Diff(args, false, rows);
    case Question::kChangesActor:
      return Changes(args, rows);
    case Question::kDisagreeTopic:
      return Disagree(args, rows);
  }
  return Status::InvalidInput("unknown question");
}

Status KbEngine::Said(const QuestionArgs& args, bool with_actor, Rows* rows) {
  Topic topic;
  Actor actor;
  Status s = store_->FindTopic(args.topic, &topic);
  if (s.ok() && with_actor) s = store_->FindActor(args.actor, &actor);
  if (!s.ok()) return s;
  SaidQuery query;
  query.topic = topic.id;
  if (with_actor) query.actor = actor.id;
  std::vector<AssertionView> views;
  s = stancekb::Said(*store_, query, &views);
  if (!s.ok() || rows == nullptr) return s;
  for (const AssertionView& v : views) {
    rows->push_back(JoinFields({std::to_string(v.assertion.id), v.actor, v.topic, StanceName(v.assertion.stance),
                                v.assertion.date.ToString(), v.source, v.assertion.evidence.quote}));
  }
  return Status::Ok();
}

Status KbEngine::Stance(const QuestionArgs& args, bool by_topic, Rows* rows) {
  StanceQuery query;
  query.at = args.at;
  Status s;
  if (by_topic) {
    Topic topic;
    s = store_->FindTopic(args.topic, &topic);
    query.topic = topic.id;
  } else {
    Actor actor;
    s = store_->FindActor(args.actor, &actor);
    query.actor = actor.id;
  }
  std::vector<PairDecision> decisions;
  if (s.ok()) s = StancesAsOf(*store_, query, &decisions);
  NameCache cache(*store_);
  std::vector<Names> names(decisions.size());
  for (size_t i = 0; s.ok() && i < decisions.size(); ++i) {
    s = PairNames(&cache, decisions[i].actor, decisions[i].topic, &names[i]);
  }
  if (!s.ok() || rows == nullptr) return s;
  for (size_t i = 0; i < decisions.size(); ++i) {
    const Decision& d = decisions[i].decision;
    rows->push_back(JoinFields({names[i].actor, names[i].topic, PositionName(d.position), DayField(d), JoinIds(d.ids)}));
  }
  return Status::Ok();
}

Status KbEngine::Diff(const QuestionArgs& args, bool by_topic, Rows* rows) {
  DiffQuery query;
  query.from = args.from;
  query.to = args.to;
  Status s;
  if (by_topic) {
    Topic topic;
    s = store_->FindTopic(args.topic, &topic);
    query.topic = topic.id;
  }
  std::vector<DiffRow> diff;
  if (s.ok()) s = stancekb::Diff(*store_, query, &diff);
  NameCache cache(*store_);
  std::vector<Names> names(diff.size());
  for (size_t i = 0; s.ok() && i < diff.size(); ++i) s = PairNames(&cache, diff[i].actor, diff[i].topic, &names[i]);
  if (!s.ok() || rows == nullptr) return s;
  for (size_t i = 0; i < diff.size(); ++i) {
    const DiffRow& r = diff[i];
    rows->push_back(JoinFields({names[i].actor, names[i].topic, PositionName(r.before.position), DayField(r.before),
                                PositionName(r.after.position), DayField(r.after), ChangeName(r.change)}));
  }
  return Status::Ok();
}

Status KbEngine::Changes(const QuestionArgs& args, Rows* rows) {
  Actor actor;
  Status s = store_->FindActor(args.actor, &actor);
  ChangesQuery query;
  query.actor = actor.id;
  ChangesResult result;
  if (s.ok()) s = stancekb::Changes(*store_, query, &result);
  NameCache cache(*store_);
  std::vector<Names> names(result.changes.size());
  for (size_t i = 0; s.ok() && i < result.changes.size(); ++i) {
    s = PairNames(&cache, result.changes[i].actor, result.changes[i].topic, &names[i]);
  }
  if (!s.ok() || rows == nullptr) return s;
  for (size_t i = 0; i < result.changes.size(); ++i) {
    const ChangeRow& r = result.changes[i];
    rows->push_back(JoinFields({names[i].actor, names[i].topic, PositionName(r.from.position),
                                PositionName(r.to.position), DayField(r.from), DayField(r.to), JoinIds(r.from.ids),
                                JoinIds(r.to.ids)}));
  }
  return Status::Ok();
}

Status KbEngine::Disagree(const QuestionArgs& args, Rows* rows) {
  Topic topic;
  Status s = store_->FindTopic(args.topic, &topic);
  PositionQuery query;
  query.topic = topic.id;
  query.at = args.at;
  std::vector<StancePair> pairs;
  if (s.ok()) s = FindPairs(*store_, query, Relation::kDisagree, &pairs);
  NameCache cache(*store_);
  std::vector<std::pair<std::string, std::string>> names(pairs.size());
  for (size_t i = 0; s.ok() && i < pairs.size(); ++i) {
    s = cache.ActorName(pairs[i].a.actor, &names[i].first);
    if (s.ok()) s = cache.ActorName(pairs[i].b.actor, &names[i].second);
  }
  if (!s.ok() || rows == nullptr) return s;
  for (size_t i = 0; i < pairs.size(); ++i) {
    Position a = pairs[i].a.decision.position, b = pairs[i].b.decision.position;
    auto [name_a, name_b] = names[i];
    if (name_b < name_a) {
      std::swap(name_a, name_b);
      std::swap(a, b);
    }
    rows->push_back(JoinFields({name_a, name_b, args.topic, PositionName(a), PositionName(b)}));
  }
  return Status::Ok();
}

}  // namespace stancekb::bench
