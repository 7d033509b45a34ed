#include "bench/kb_engine.h"

#include <filesystem>

#include "importers/assertions/jsonl_importer.h"
#include "query/assertion_view.h"
#include "query/changes.h"
#include "query/diff.h"
#include "query/dyads.h"
#include "query/report.h"
#include "query/said.h"
#include "query/stance.h"

namespace stancekb::bench {
namespace {

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
  store_.reset();
  return s;
}

Status KbEngine::Retract(const std::vector<AssertionId>& ids) {
  Status s = Store::Open(path_, StoreOptions(), &store_);
  if (!s.ok()) return s;
  for (size_t i = 0; s.ok() && i < ids.size(); ++i) s = store_->SetAssertionStatus(ids[i], AssertionStatus::kRetracted);
  return s;
}

Status KbEngine::OpenForQueries(const std::string& path) {
  path_ = path;
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
  SaidQuery query;
  std::optional<ActorId> unused;
  Status s = Scope(args, true, &query.topic, &unused);
  if (s.ok() && with_actor) s = Scope(args, false, &query.topic, &query.actor);
  std::vector<AssertionView> views;
  if (s.ok()) s = stancekb::Said(*store_, query, &views);
  if (!s.ok()) return s;
  for (const AssertionView& v : views) {
    rows->push_back(JoinFields({std::to_string(v.assertion.id), v.actor, v.topic, StanceName(v.assertion.stance),
                                v.assertion.date.ToString(), v.source, v.assertion.evidence.quote}));
  }
  return Status::Ok();
}

Status KbEngine::Scope(const QuestionArgs& args, bool by_topic, std::optional<TopicId>* topic,
                       std::optional<ActorId>* actor) const {
  if (by_topic) {
    Topic found;
    Status s = store_->FindTopic(args.topic, &found);
    if (s.ok()) *topic = found.id;
    return s;
  }
  Actor found;
  Status s = store_->FindActor(args.actor, &found);
  if (s.ok()) *actor = found.id;
  return s;
}

Status KbEngine::Stance(const QuestionArgs& args, bool by_topic, Rows* rows) {
  StanceQuery query;
  query.at = args.at;
  Status s = Scope(args, by_topic, &query.topic, &query.actor);
  std::vector<PairDecision> decisions;
  if (s.ok()) s = StancesAsOf(*store_, query, &decisions);
  Report report(*store_);
  for (const PairDecision& d : decisions) report.NeedPair(d.actor, d.topic);
  if (s.ok()) s = report.Load();
  if (!s.ok()) return s;
  for (const PairDecision& p : decisions) {
    const Decision& d = p.decision;
    rows->push_back(JoinFields(
        {report.Actor(p.actor), report.Topic(p.topic), PositionName(d.position), DayField(d), JoinIds(d.ids)}));
  }
  return Status::Ok();
}

Status KbEngine::Diff(const QuestionArgs& args, bool by_topic, Rows* rows) {
  DiffQuery query;
  query.from = args.from;
  query.to = args.to;
  Status s = by_topic ? Scope(args, true, &query.topic, &query.actor) : Status::Ok();
  std::vector<DiffRow> diff;
  if (s.ok()) s = stancekb::Diff(*store_, query, &diff);
  Report report(*store_);
  for (const DiffRow& r : diff) report.NeedPair(r.actor, r.topic);
  if (s.ok()) s = report.Load();
  if (!s.ok()) return s;
  for (const DiffRow& r : diff) {
    rows->push_back(
        JoinFields({report.Actor(r.actor), report.Topic(r.topic), PositionName(r.before.position), DayField(r.before),
                    PositionName(r.after.position), DayField(r.after), ChangeName(r.change)}));
  }
  return Status::Ok();
}

Status KbEngine::Changes(const QuestionArgs& args, Rows* rows) {
  ChangesQuery query;
  Status s = Scope(args, false, &query.topic, &query.actor);
  ChangesResult result;
  if (s.ok()) s = stancekb::Changes(*store_, query, &result);
  Report report(*store_);
  for (const ChangeRow& r : result.changes) report.NeedPair(r.actor, r.topic);
  if (s.ok()) s = report.Load();
  if (!s.ok()) return s;
  for (const ChangeRow& r : result.changes) {
    rows->push_back(JoinFields({report.Actor(r.actor), report.Topic(r.topic), PositionName(r.from.position),
                                PositionName(r.to.position), DayField(r.from), DayField(r.to), JoinIds(r.from.ids),
                                JoinIds(r.to.ids)}));
  }
  return Status::Ok();
}

Status KbEngine::Disagree(const QuestionArgs& args, Rows* rows) {
  PositionQuery query;
  query.at = args.at;
  std::optional<ActorId> unused;
  Status s = Scope(args, true, &query.topic, &unused);
  Dyads dyads;
  if (s.ok()) s = FindDyads(*store_, query, Relation::kDisagree, &dyads);
  Report report(*store_);
  for (const TopicPositions& topic : dyads.topics) {  // Everyone who could be in a dyad.
    report.NeedTopic(topic.topic);
    for (const ActorPosition& p : topic.actors) report.NeedActor(p.actor);
  }
  if (s.ok()) s = report.Load();
  if (!s.ok()) return s;
  ForEachDyad(dyads, [&](const Dyad& p) {
    const ActorPosition* a = p.a;
    const ActorPosition* b = p.b;
    if (report.Actor(b->actor) < report.Actor(a->actor)) std::swap(a, b);
    rows->push_back(JoinFields({report.Actor(a->actor), report.Actor(b->actor), report.Topic(p.topic),
                                PositionName(a->decision.position), PositionName(b->decision.position)}));
  });
  return Status::Ok();
}

}  // namespace stancekb::bench
