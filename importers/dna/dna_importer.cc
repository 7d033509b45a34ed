#include "importers/dna/dna_importer.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <map>
#include <unordered_map>

#include "importers/common/name_check.h"
#include "importers/dna/dna_database.h"
#include "importers/dna/dna_fields.h"
#include "importers/dna/dna_offsets.h"
#include "importers/events/topic_key.h"

namespace stancekb {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

Date DayOf(int64_t seconds) {
  const int64_t days = seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
  return Date::FromDayNumber(static_cast<int32_t>(days));
}

class DnaImport {
 public:
  DnaImport(Store* store, const std::string& path, DnaImportReport* report)
      : store_(store), path_(path), report_(report) {}

  // Writes one document and its statements in one batch.
  Status AddDocument(const DnaDocument& doc, const std::vector<const DnaStatement*>& statements) {
    Status source = doc.source.empty() ? Status::Ok() : CheckName("source", doc.source);
    if (!source.ok()) {
      report_->bad_statements.push_back(path_ + ": document " + std::to_string(doc.id) + " and its " +
                                        std::to_string(statements.size()) + " statements: " + source.message());
      return Status::Ok();
    }
    WriteSet set;
    NewDocument stored;
    stored.document.id = DocumentIdFor(doc.text);
    stored.document.title = doc.title;
    stored.document.url = DnaDocumentUrl(std::filesystem::path(path_).filename().string(), doc);
    stored.document.published = DayOf(doc.date_seconds);
    stored.document.text = doc.text;
    stored.source = doc.source.empty() ? "DNA" : doc.source;
    const int64_t text_units = Utf16OffsetOfUtf8(doc.text, doc.text.size());
    for (const DnaStatement* statement : statements) {
      Status s = AddStatement(stored, *statement, text_units, &set);
      if (!s.ok())
        report_->bad_statements.push_back(path_ + ": statement " + std::to_string(statement->id) + ": " + s.message());
    }
    set.documents.push_back(std::move(stored));
    ++report_->documents;
    return store_->Apply(set, &report_->written);
  }

 private:
  // `text_units`: the document text's length in UTF-16 units.
  Status AddStatement(const NewDocument& doc, const DnaStatement& statement, int64_t text_units, WriteSet* set) {
    const std::string& text = doc.document.text;
    if (statement.start < 0 || statement.stop <= statement.start || statement.stop > text_units) {
      return Status::InvalidInput("span [" + std::to_string(statement.start) + ", " + std::to_string(statement.stop) +
                                  ") is outside the document text");
    }
    NewAssertion a;
    Status s = SetActor(statement, &a, set);
    if (s.ok()) s = SetTopic(statement.concept_value, &a, set);
    if (!s.ok()) return s;
    a.stance = !statement.agreement ? Stance::kNeutral : *statement.agreement ? Stance::kSupport : Stance::kOppose;
    a.date = doc.document.published;
    a.source = doc.source;
    a.document = doc.document.id;
    a.evidence.content_span = {Utf8OffsetOfUtf16(text, statement.start), Utf8OffsetOfUtf16(text, statement.stop)};
    a.evidence.quote =
        text.substr(a.evidence.content_span.begin, a.evidence.content_span.end - a.evidence.content_span.begin);
    a.extractor = DnaExtractor(statement.id);
    set->assertions.push_back(std::move(a));
    return Status::Ok();
  }

  Status SetActor(const DnaStatement& statement, NewAssertion* a, WriteSet* set) {
    if (statement.person.empty() && statement.organization.empty())
      return Status::InvalidInput("no person and no organization");
    for (const auto& [field, name] :
         {std::pair{"person", &statement.person}, {"organization", &statement.organization}}) {
      Status s = name->empty() ? Status::Ok() : CheckName(field, *name);
      if (!s.ok()) return s;
    }
    if (statement.person.empty()) {
      a->actor = statement.organization;
      a->actor_kind = ActorKind::kOrganization;
      return Status::Ok();
    }
    a->actor = statement.person;
    a->actor_kind = ActorKind::kPerson;
    auto [it, added] = affiliations_.emplace(statement.person, statement.organization);
    if (added) {
      Actor actor;
      actor.name = statement.person;
      actor.kind = ActorKind::kPerson;
      actor.affiliation = statement.organization;
      set->actors.push_back(actor);
    } else if (it->second != statement.organization) {
      spdlog::warn("{}: statement {}: {} is coded with '{}' and '{}'; the affiliation stays '{}'", path_, statement.id,
                   statement.person, it->second, statement.organization, it->second);
    }
    return Status::Ok();
  }

  // Resolves a concept to a topic key once per import.
  Status SetTopic(const std::string& concept_text, NewAssertion* a, WriteSet* set) {
    if (concept_text.empty()) return Status::Ok();
    Status s = CheckName("concept", concept_text);
    if (!s.ok()) return s;
    auto it = topics_.find(concept_text);
    if (it == topics_.end()) {
      Topic topic;
      if (!store_->FindTopic(concept_text, &topic).ok()) {
        topic.key = TopicKeyFor(concept_text);
        topic.label = concept_text;
        if (topic.key.empty()) return Status::InvalidInput("concept '" + concept_text + "' gives no topic id");
        set->topics.push_back(topic);
      }
      it = topics_.emplace(concept_text, topic.key).first;
    }
    a->topic = it->second;
    return Status::Ok();
  }

  Store* store_;
  const std::string& path_;
  DnaImportReport* report_;
  std::unordered_map<std::string, std::string> affiliations_;  // Person -> first organization.
  std::unordered_map<std::string, std::string> topics_;        // Concept -> topic key.
};

}  // namespace

Status ImportDna(Store* store, const std::string& path, DnaImportReport* report, const ProgressFunction& progress) {
  DnaDatabase db;
  Status s = ReadDnaDatabase(path, &db);
  if (!s.ok()) return s;
  report->statements += db.statements.size();
  report->other_statements += db.other_statements;
  std::map<int64_t, std::vector<const DnaStatement*>> by_document;
  for (const DnaStatement& statement : db.statements) by_document[statement.document_id].push_back(&statement);
  DnaImport import(store, path, report);
  uint64_t stored = 0;
  for (const DnaDocument& doc : db.documents) {
    if (!(s = import.AddDocument(doc, by_document[doc.id])).ok()) return s;
    by_document.erase(doc.id);
    ReportProgress(progress, "documents stored", ++stored);
  }
  for (const auto& [document_id, statements] : by_document) {
    for (const DnaStatement* statement : statements) {
      report->bad_statements.push_back(path + ": statement " + std::to_string(statement->id) + ": no document " +
                                       std::to_string(document_id));
    }
  }
  return Status::Ok();
}

}  // namespace stancekb
