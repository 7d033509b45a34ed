#include "importers/article/article_importer.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "importers/article/article_reader.h"

namespace stancekb {

Status LexiconFromStore(const Store& store, Lexicon* out) {
  Status s = store.ListActors(&out->actors);
  return s.ok() ? store.ListTopics(&out->topics) : s;
}

Status ImportLexicon(const Store& store, const std::string& cue_dir, Lexicon* out) {
  Status s = LexiconFromStore(store, out);
  return s.ok() ? LoadPackCues(cue_dir, &out->cues) : s;
}

WriteSet ArticleWriteSet(const Article& article, const std::vector<ExtractedStatement>& statements) {
  WriteSet set;
  NewDocument doc;
  doc.document.id = DocumentIdFor(article.text);
  doc.document.title = article.title;
  doc.document.url = article.url;
  doc.document.published = article.published;
  doc.document.text = article.text;
  doc.source = article.source;
  set.documents.push_back(doc);
  for (const ExtractedStatement& s : statements) {
    if (!s.resolved) continue;
    NewAssertion a;
    a.actor = s.actor;
    a.actor_kind = s.actor_kind;
    a.topic = s.topic;
    a.stance = s.stance;
    a.date = s.date.valid() ? s.date : article.published;
    a.source = article.source;
    a.document = doc.document.id;
    a.evidence = {s.quote, s.actor_span, s.cue_span, s.content_span};
    a.cue = s.cue;
    a.confidence = s.confidence;
    a.extractor = "article/" + s.rule;
    set.assertions.push_back(std::move(a));
  }
  return set;
}

Status ImportArticles(Store* store, const Extractor& extractor, const std::string& path, const ReadOptions& options,
                      ArticleImportReport* report, const ImportProgress& progress) {
  Status store_error;
  auto sink = [&](const Status& item, Article article) {
    if (!store_error.ok()) return;
    ++report->documents_read;
    bool stored = false;
    if (!item.ok()) {
      report->failures.push_back(item.message());
    } else if (!(store_error = store->HasDocument(DocumentIdFor(article.text), &stored)).ok()) {
      return;
    } else if (stored) {
      ++report->documents_already_stored;
      spdlog::debug("{}: already stored", article.path);
    } else {
      WriteResult result;
      const std::vector<ExtractedStatement> statements = extractor.Extract(article);
      report->statements_unresolved +=
          std::count_if(statements.begin(), statements.end(), [](const auto& s) { return !s.resolved; });
      store_error = store->Apply(ArticleWriteSet(article, statements), &result);
      report->documents_added += result.documents_added;
      report->statements_added += result.assertions_added;
      if (store_error.ok()) spdlog::debug("{}: stored with {} statements", article.path, result.assertions_added);
    }
    if (progress) progress(*report);
  };
  auto skipped = [report](const std::string& file, const std::string& reason) {
    report->skipped.push_back(file + ": " + reason);
  };
  Status s = ReadArticles(path, options, sink, skipped);
  return s.ok() ? store_error : s;
}

}  // namespace stancekb
