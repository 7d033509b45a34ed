// Extracted document lines (`extract --documents`) and their import
// (`import extracted`): the same store as `import articles` on the same
// articles, one atomic write, the duplicates and bad lines a cluster's
// output can hold, and the lexicon check.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "importers/article/article_importer.h"
#include "importers/article/article_reader.h"
#include "importers/article/extracted_document.h"
#include "importers/article/extracted_importer.h"
#include "importers/lexicon/lexicon_digest.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;
using testing::TestData;

// Three short articles, the second twice (the copy from another source).
const char* kFeed =
    R"({"title": "One", "date": "2025-03-11", "source": "Wire A", "url": "https://a.example/1", "text": "Ukraine said it was ready to accept a 30-day ceasefire. \u201cWe will not trade our land for promises,\u201d Zelensky said."})"
    "\n"
    R"({"title": "Two", "date": "2025-03-13", "source": "Wire B", "text": "Putin said yesterday that Russia agrees with the proposals to cease hostilities. Trump welcomed the truce."})"
    "\n"
    R"({"title": "Three", "date": "2025-08-18", "source": "Wire A", "text": "According to Rubio, the United States would take the offer of a ceasefire to Moscow."})"
    "\n"
    R"({"title": "Two again", "date": "2025-03-14", "source": "Wire C", "text": "Putin said yesterday that Russia agrees with the proposals to cease hostilities. Trump welcomed the truce."})"
    "\n";

const std::string kExamples = TestData("../../examples/articles");

Lexicon DefaultLexicon() {
  Lexicon lexicon;
  EXPECT_OK(LoadLexicon(DefaultLexiconDir(), &lexicon));
  return lexicon;
}

// A store holding the default lexicon, as the CLI creates one.
std::unique_ptr<Store> NewStore(const std::string& path) {
  std::unique_ptr<Store> store;
  EXPECT_OK(Store::Open(path, StoreOptions(), &store));
  Lexicon lexicon = DefaultLexicon();
  WriteSet set;
  set.actors = std::move(lexicon.actors);
  set.topics = std::move(lexicon.topics);
  WriteResult result;
  EXPECT_OK(store->Apply(set, &result));
  return store;
}

// What `extract --documents PATH` writes: one line per good article.
std::string ExtractLines(const std::string& path) {
  const Lexicon lexicon = DefaultLexicon();
  const Extractor extractor(lexicon);
  const ExtractorStamp stamp{std::string(StancekbVersion()), LexiconDigest(lexicon)};
  std::string lines;
  EXPECT_OK(ReadArticles(path, ReadOptions(), [&](const Status& item, Article article) {
    ASSERT_OK(item) << item.message();
    std::string line;
    ASSERT_OK(ExtractedDocumentLine(article, extractor.Extract(article), stamp, &line));
    lines += line + "\n";
  }));
  return lines;
}

void ExpectSameAssertion(const Assertion& a, const Assertion& b) {
  EXPECT_EQ(a.actor_id, b.actor_id);
  EXPECT_EQ(a.topic_id, b.topic_id);
  EXPECT_EQ(a.stance, b.stance);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.date.precision(), b.date.precision());
  EXPECT_EQ(a.source_id, b.source_id);
  EXPECT_EQ(a.document_id, b.document_id);
  EXPECT_EQ(a.evidence.quote, b.evidence.quote);
  for (auto span : {&Evidence::actor_span, &Evidence::cue_span, &Evidence::content_span}) {
    EXPECT_EQ((a.evidence.*span).begin, (b.evidence.*span).begin);
    EXPECT_EQ((a.evidence.*span).end, (b.evidence.*span).end);
  }
  EXPECT_EQ(a.cue, b.cue);
  EXPECT_EQ(a.confidence, b.confidence);  // Exactly: the line keeps every bit.
  EXPECT_EQ(a.extractor, b.extractor);
}

// Same counts, actors, sources, and assertion by assertion the same records
// under the same ids.
void ExpectSameStores(const Store& a, const Store& b) {
  ASSERT_EQ(a.Counts().assertions, b.Counts().assertions);
  EXPECT_EQ(a.Counts().documents, b.Counts().documents);
  EXPECT_EQ(a.Counts().actors, b.Counts().actors);
  EXPECT_EQ(a.Counts().sources, b.Counts().sources);
  std::vector<Actor> actors_a, actors_b;
  ASSERT_OK(a.ListActors(&actors_a));
  ASSERT_OK(b.ListActors(&actors_b));
  for (size_t i = 0; i < actors_a.size() && i < actors_b.size(); ++i) {
    EXPECT_EQ(actors_a[i].id, actors_b[i].id);
    EXPECT_EQ(actors_a[i].name, actors_b[i].name);
  }
  for (AssertionId id = 1; id <= a.Counts().assertions; ++id) {
    Assertion x, y;
    ASSERT_OK(a.GetAssertion(id, &x)) << id;
    ASSERT_OK(b.GetAssertion(id, &y)) << id;
    ExpectSameAssertion(x, y);
    Document doc_x, doc_y;
    ASSERT_OK(a.GetDocument(x.document_id, &doc_x));
    ASSERT_OK(b.GetDocument(y.document_id, &doc_y));
    EXPECT_EQ(doc_x.text, doc_y.text);
    EXPECT_EQ(doc_x.title, doc_y.title);
    EXPECT_EQ(doc_x.url, doc_y.url);
    EXPECT_EQ(doc_x.published, doc_y.published);
    EXPECT_EQ(doc_x.source_id, doc_y.source_id);
  }
}

class ExtractedImportTest : public ::testing::Test {
 protected:
  Status Import(const std::vector<std::string>& paths, ExtractedImportReport* report, bool skip_bad = false) {
    ExtractedImportOptions options;
    options.skip_bad = skip_bad;
    options.bulk.buffer_bytes = 8 << 10;  // Several staged files per family even here.
    Lexicon lexicon;                      // What import articles would extract with.
    EXPECT_OK(ImportLexicon(*extracted_, "", &lexicon));
    return ImportExtracted(extracted_.get(), lexicon, paths, options, report);
  }

  TempDir dir_;
  std::unique_ptr<Store> direct_ = NewStore(dir_.Sub("direct.db"));
  std::unique_ptr<Store> extracted_ = NewStore(dir_.Sub("extracted.db"));
};

TEST_F(ExtractedImportTest, StoresWhatImportArticlesStores) {
  const std::string feed = dir_.Write("feed.jsonl", kFeed);
  for (const std::string& path : {feed, kExamples}) {
    Lexicon lexicon;
    ASSERT_OK(ImportLexicon(*direct_, "", &lexicon));
    const Extractor extractor(lexicon);
    ArticleImportReport direct;
    ASSERT_OK(ImportArticles(direct_.get(), extractor, path, ReadOptions(), &direct));
  }
  std::filesystem::create_directories(dir_.Sub("parts"));
  dir_.Write("parts/part-0.jsonl", ExtractLines(feed));
  dir_.Write("parts/part-1.jsonl", ExtractLines(kExamples));
  ExtractedImportReport report;
  const Status s = Import({dir_.Sub("parts")}, &report);
  ASSERT_OK(s) << s.message();
  EXPECT_EQ(report.documents.documents_read, 7u);
  EXPECT_EQ(report.documents.documents_added, 6u);
  EXPECT_EQ(report.documents.documents_already_stored, 1u);  // "Two again".
  EXPECT_EQ(report.documents.statements_added, direct_->Counts().assertions);
  EXPECT_EQ(report.other_extractor, 0u);
  ExpectSameStores(*direct_, *extracted_);
  ASSERT_GT(direct_->Counts().assertions, 20u);
}

TEST_F(ExtractedImportTest, ImportingAgainAddsNothing) {
  const std::string lines = dir_.Write("lines.jsonl", ExtractLines(kExamples));
  ExtractedImportReport first, again;
  ASSERT_OK(Import({lines}, &first));
  const StoreCounts before = extracted_->Counts();
  ASSERT_OK(Import({lines}, &again));
  EXPECT_EQ(again.documents.documents_added, 0u);
  EXPECT_EQ(again.documents.documents_already_stored, first.documents.documents_read);
  EXPECT_EQ(extracted_->Counts().assertions, before.assertions);
  EXPECT_EQ(extracted_->Counts().actors, before.actors);
}

TEST_F(ExtractedImportTest, ABadLineInAnyFileStoresNothing) {
  const std::string good = dir_.Write("a.jsonl", ExtractLines(dir_.Write("feed.jsonl", kFeed)));
  const std::string bad = dir_.Write("b.jsonl", "\n" + ExtractLines(kExamples) + "{\"doc\": \"trunc");
  ExtractedImportReport report;
  Status s = Import({good, bad}, &report);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(bad + ":5: not valid JSON"), std::string::npos) << s.message();
  EXPECT_EQ(extracted_->Counts().documents, 0u);
  EXPECT_EQ(extracted_->Counts().assertions, 0u);

  ExtractedImportReport skipping;
  ASSERT_OK(Import({good, bad}, &skipping, /*skip_bad=*/true));
  ASSERT_EQ(skipping.documents.failures.size(), 1u);
  EXPECT_EQ(skipping.documents.failures[0], bad + ":5: not valid JSON");
  EXPECT_EQ(extracted_->Counts().documents, 6u);
}

TEST_F(ExtractedImportTest, LinesFromAnotherLexiconAreStoredAndCounted) {
  const std::string lines = ExtractLines(dir_.Write("feed.jsonl", kFeed));
  const size_t first_end = lines.find('\n') + 1, second_end = lines.find('\n', first_end) + 1;
  nlohmann::json second = nlohmann::json::parse(lines.substr(first_end, second_end - first_end));
  second["extractor"]["lexicon"] = "0123456789abcdef";
  const std::string path = dir_.Write("other.jsonl", lines.substr(0, first_end) + second.dump() + "\n");
  ExtractedImportReport report;
  ASSERT_OK(Import({path}, &report));
  EXPECT_EQ(report.documents.documents_added, 2u);  // The first two lines.
  EXPECT_EQ(report.other_extractor, 1u);
  EXPECT_EQ(report.first_other_extractor, path + ":2");
  EXPECT_EQ(report.first_other_stamp.lexicon, "0123456789abcdef");
  EXPECT_EQ(report.expected.lexicon, LexiconDigest(DefaultLexicon()));
}

TEST(ExtractedDocumentTest, ALineReadsBackAsTheSameArticleAndStatements) {
  TempDir dir;
  const std::string lines = ExtractLines(kExamples);
  const Lexicon lexicon = DefaultLexicon();
  const Extractor extractor(lexicon);
  size_t at = 0;
  ASSERT_OK(ReadArticles(kExamples, ReadOptions(), [&](const Status&, Article article) {
    const size_t end = lines.find('\n', at);
    ExtractedDocument read;
    ASSERT_OK(ParseExtractedDocumentLine(std::string_view(lines).substr(at, end - at), &read));
    at = end + 1;
    EXPECT_EQ(read.article.path, article.path);
    EXPECT_EQ(read.article.text, article.text);
    EXPECT_EQ(read.article.title, article.title);
    EXPECT_EQ(read.article.source, article.source);
    EXPECT_EQ(read.article.published, article.published);
    const std::vector<ExtractedStatement> statements = extractor.Extract(article);
    ASSERT_EQ(read.statements.size(), statements.size());
    for (size_t i = 0; i < statements.size(); ++i) {
      EXPECT_EQ(read.statements[i].date.valid(), statements[i].date.valid());
      EXPECT_EQ(read.statements[i].resolved, statements[i].resolved);
    }
    const WriteSet want = ArticleWriteSet(article, statements);
    const WriteSet got = ArticleWriteSet(read.article, read.statements);
    ASSERT_EQ(got.assertions.size(), want.assertions.size());
    for (size_t i = 0; i < want.assertions.size(); ++i) {
      EXPECT_EQ(got.assertions[i].actor, want.assertions[i].actor);
      EXPECT_EQ(got.assertions[i].actor_kind, want.assertions[i].actor_kind);
      EXPECT_EQ(got.assertions[i].topic, want.assertions[i].topic);
      EXPECT_EQ(got.assertions[i].stance, want.assertions[i].stance);
      EXPECT_EQ(got.assertions[i].date, want.assertions[i].date);
      EXPECT_EQ(got.assertions[i].evidence.quote, want.assertions[i].evidence.quote);
      EXPECT_EQ(got.assertions[i].confidence, want.assertions[i].confidence);
      EXPECT_EQ(got.assertions[i].extractor, want.assertions[i].extractor);
    }
  }));
  EXPECT_EQ(at, lines.size());
}

TEST(ExtractedDocumentTest, BrokenLinesSayWhatIsWrong) {
  const std::string good =
      R"({"doc": "f:1", "title": "", "date": "2025-03-11", "source": "S", "url": "", "text": "Putin said no.",)"
      R"( "statements": [STATEMENT], "extractor": {"stancekb": "0.1.0", "lexicon": "x"}})";
  const std::string statement =
      R"({"actor": "Vladimir Putin", "actor_kind": "person", "actor_span": [0, 5], "cue": "said", "cue_span": [6, 10],)"
      R"( "content_span": [11, 13], "topic": "", "stance": "neutral", "date": "2025-03", "quote": "no",)"
      R"( "confidence": 0.5, "rule": "article/reported-speech", "resolved": true})";
  auto with = [&](const std::string& from, const std::string& to) {
    std::string line = good;
    line.replace(line.find("STATEMENT"), 9, statement);
    if (!from.empty()) line.replace(line.find(from), from.size(), to);
    ExtractedDocument document;
    Status s = ParseExtractedDocumentLine(line, &document);
    return s.ok() ? std::string("ok ") + document.statements[0].date.ToString() : s.message();
  };
  EXPECT_EQ(with("", ""), "ok 2025-03");  // A month-precision date stays one.
  EXPECT_EQ(with("[11, 13]", "[11, 15]"), "statement 1: span 'content_span' [11, 15) is outside the text (14 bytes)");
  EXPECT_EQ(with("[0, 5]", "[5, 0]"), "statement 1: span 'actor_span' [5, 0) is outside the text (14 bytes)");
  EXPECT_EQ(with("\"neutral\"", "\"meh\""), "statement 1: field 'stance' must be support, oppose or neutral");
  EXPECT_EQ(with("article/reported", "reported"), "statement 1: field 'rule' must be \"article/RULE\"");
  EXPECT_EQ(with("\"2025-03\"", "\"2025-02-30\""),
            "statement 1: field 'date': date '2025-02-30' does not exist in the calendar");
  EXPECT_EQ(with("Putin said no.", "Putin\\u0000said no."),
            "field 'text': line 1 (byte 5): NUL byte: binary file, not text");
  EXPECT_EQ(with(", \"extractor\": {\"stancekb\": \"0.1.0\", \"lexicon\": \"x\"}", ""),
            "field 'extractor' must be an object");
  EXPECT_EQ(with("\"date\": \"2025-03-11\", ", ""), "field 'date' must be a string");
  EXPECT_EQ(with("}}", "}"), "not valid JSON");
  EXPECT_EQ(with(", \"resolved\": true", ""), "statement 1: field 'resolved' must be true or false");
}

TEST(LexiconDigestTest, AFreshDatabaseHasTheDigestOfTheDefaultPack) {
  TempDir dir;
  std::unique_ptr<Store> store = NewStore(dir.Sub("db"));
  Lexicon stored;
  ASSERT_OK(ImportLexicon(*store, "", &stored));
  const Lexicon pack = DefaultLexicon();
  EXPECT_EQ(LexiconDigest(stored), LexiconDigest(pack));
  EXPECT_EQ(LexiconDigest(pack).size(), 16u);

  Lexicon reordered = pack;
  std::swap(reordered.actors[0], reordered.actors[1]);  // The extractor breaks ties by order.
  EXPECT_NE(LexiconDigest(reordered), LexiconDigest(pack));
  Lexicon aliased = pack;
  aliased.actors[0].aliases.push_back("Vova");
  EXPECT_NE(LexiconDigest(aliased), LexiconDigest(pack));
  Lexicon cued = pack;
  ASSERT_FALSE(cued.cues.lists.empty());
  cued.cues.lists.begin()->second.push_back("opined");
  EXPECT_NE(LexiconDigest(cued), LexiconDigest(pack));
}

}  // namespace
}  // namespace stancekb
