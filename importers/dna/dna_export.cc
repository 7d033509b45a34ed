#include "importers/dna/dna_export.h"

#include <algorithm>
#include <unordered_map>

#include "importers/dna/dna_fields.h"
#include "importers/dna/dna_offsets.h"

namespace stancekb {
namespace {

constexpr size_t kChunk = 1024;  // Assertions read per MultiGet.

// Records by id, each read once.
class RecordCache {
 public:
  explicit RecordCache(const Store& store) : store_(store) {}

  Status GetActor(ActorId id, const Actor** out) { return Get(id, &actors_, &Store::GetActor, out); }
  Status GetTopic(TopicId id, const Topic** out) { return Get(id, &topics_, &Store::GetTopic, out); }
  Status GetSource(SourceId id, const Source** out) { return Get(id, &sources_, &Store::GetSource, out); }
  Status GetDocument(DocumentId id, const Document** out) { return Get(id, &documents_, &Store::GetDocument, out); }

 private:
  template <typename Id, typename Record>
  Status Get(Id id, std::unordered_map<Id, Record>* cache, Status (Store::*read)(Id, Record*) const,
             const Record** out) {
    static const Record kNone;
    *out = &kNone;
    if (id == 0) return Status::Ok();
    auto it = cache->find(id);
    if (it == cache->end()) {
      Record record;
      Status s = (store_.*read)(id, &record);
      if (!s.ok()) return s;
      it = cache->emplace(id, std::move(record)).first;
    }
    *out = &it->second;
    return Status::Ok();
  }

  const Store& store_;
  std::unordered_map<ActorId, Actor> actors_;
  std::unordered_map<TopicId, Topic> topics_;
  std::unordered_map<SourceId, Source> sources_;
  std::unordered_map<DocumentId, Document> documents_;
};

void SetActorColumns(const Actor& actor, DnaEventRow* row) {
  const bool is_person = actor.kind == ActorKind::kPerson || actor.kind == ActorKind::kUnknown;
  row->person = is_person ? actor.name : "";
  row->organization = is_person ? actor.affiliation : actor.name;
  row->actor_wikidata = actor.wikidata;
}

void SetDocumentColumns(const Document& doc, const Source& source, const Evidence& evidence, DnaEventRow* row) {
  row->document.title = doc.title;
  row->document.source = source.name;
  ParseDnaDocumentUrl(doc.url, &row->document);
  if (evidence.content_span.empty() || evidence.content_span.end > doc.text.size()) return;
  row->start = Utf16OffsetOfUtf8(doc.text, evidence.content_span.begin);
  row->stop = Utf16OffsetOfUtf8(doc.text, evidence.content_span.end);
}

Status MakeRow(const Assertion& a, RecordCache* cache, DnaEventRow* row) {
  const Actor* actor = nullptr;
  const Topic* topic = nullptr;
  const Source* source = nullptr;
  const Document* doc = nullptr;
  Status s = cache->GetActor(a.actor_id, &actor);
  if (s.ok()) s = cache->GetTopic(a.topic_id, &topic);
  if (s.ok()) s = cache->GetSource(a.source_id, &source);
  if (s.ok()) s = cache->GetDocument(a.document_id, &doc);
  if (!s.ok()) return s;
  ParseDnaExtractor(a.extractor, &row->statement_id);
  row->assertion_id = a.id;
  row->time = a.date;
  SetActorColumns(*actor, row);
  row->concept_label = topic->label.empty() ? topic->key : topic->label;
  if (a.stance != Stance::kNeutral) row->agreement = a.stance == Stance::kSupport;
  row->text = a.evidence.quote;
  SetDocumentColumns(*doc, *source, a.evidence, row);
  return Status::Ok();
}

}  // namespace

Status ExportDnaEvents(const Store& store, std::vector<DnaEventRow>* out) {
  std::vector<AssertionId> ids;
  Status s = store.ScanIndex(IndexQuery(), [&ids](const IndexEntry& e) {
    if (e.value.status != AssertionStatus::kRetracted) ids.push_back(e.assertion);
    return true;
  });
  if (!s.ok()) return s;
  std::sort(ids.begin(), ids.end());
  RecordCache cache(store);
  for (size_t begin = 0; begin < ids.size() && s.ok(); begin += kChunk) {
    const std::vector<AssertionId> chunk(ids.begin() + begin, ids.begin() + std::min(ids.size(), begin + kChunk));
    std::vector<Assertion> assertions;
    s = store.GetAssertions(chunk, &assertions);
    for (size_t i = 0; s.ok() && i < assertions.size(); ++i) {
      DnaEventRow row;
      s = MakeRow(assertions[i], &cache, &row);
      out->push_back(std::move(row));
    }
  }
  return s;
}

}  // namespace stancekb
