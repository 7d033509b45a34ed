// DNA import and export: counts and the round trip are checked
// against what SQLite reads from the sample directly.
#include "importers/dna/dna_importer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>

#include "importers/dna/dna_export.h"
#include "importers/dna/dna_offsets.h"
#include "query/said.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;
using testing::TestData;

// A statement as SQLite gives it, independently of the importer's reader.
struct SqlStatement {
  std::string time, person, organization, concept_value, text, title, author, source, section;
  int agreement = -1;
  int64_t document = 0, start = 0, stop = 0;
};

constexpr const char* kSampleStatements = R"sql(
SELECT s.ID, date(d.Date, 'unixepoch'), p.Value, o.Value, c.Value, b.Value, s.Start, s.Stop,
       substr(d.Text, s.Start + 1, s.Stop - s.Start), d.ID, d.Title, d.Author, d.Source, d.Section
FROM STATEMENTS s
JOIN STATEMENTTYPES t ON t.ID = s.StatementTypeId AND t.Label = 'DNA Statement'
JOIN DOCUMENTS d ON d.ID = s.DocumentId
JOIN DATASHORTTEXT dp ON dp.StatementId = s.ID AND dp.VariableId = 1 JOIN ENTITIES p ON p.ID = dp.Entity
JOIN DATASHORTTEXT dg ON dg.StatementId = s.ID AND dg.VariableId = 2 JOIN ENTITIES o ON o.ID = dg.Entity
JOIN DATASHORTTEXT dc ON dc.StatementId = s.ID AND dc.VariableId = 3 JOIN ENTITIES c ON c.ID = dc.Entity
JOIN DATABOOLEAN b ON b.StatementId = s.ID AND b.VariableId = 4
)sql";

std::string Column(sqlite3_stmt* row, int column) {
  const unsigned char* text = sqlite3_column_text(row, column);
  return text == nullptr ? "" : reinterpret_cast<const char*>(text);
}

std::map<int64_t, SqlStatement> ReadSample(const std::string& path, size_t* documents) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::map<int64_t, SqlStatement> out;
  sqlite3_stmt* row = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, kSampleStatements, -1, &row, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  while (sqlite3_step(row) == SQLITE_ROW) {
    SqlStatement& s = out[sqlite3_column_int64(row, 0)];
    s = {Column(row, 1),  Column(row, 2),  Column(row, 3),  Column(row, 4), Column(row, 8),
         Column(row, 10), Column(row, 11), Column(row, 12), Column(row, 13)};
    s.agreement = sqlite3_column_int(row, 5);
    s.start = sqlite3_column_int64(row, 6);
    s.stop = sqlite3_column_int64(row, 7);
    s.document = sqlite3_column_int64(row, 9);
  }
  sqlite3_finalize(row);
  sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM DOCUMENTS", -1, &row, nullptr);
  sqlite3_step(row);
  *documents = static_cast<size_t>(sqlite3_column_int64(row, 0));
  sqlite3_finalize(row);
  sqlite3_close(db);
  return out;
}

class DnaImporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_));
    sample_ = ReadSample(TestData("dna/sample.dna"), &documents_);
    ASSERT_EQ(sample_.size(), 40u);
    Status s = ImportDna(store_.get(), TestData("dna/sample.dna"), &report_);
    ASSERT_OK(s) << s.message();
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::map<int64_t, SqlStatement> sample_;
  size_t documents_ = 0;
  DnaImportReport report_;
};

TEST_F(DnaImporterTest, ImportsEveryStatementAndDocumentOnce) {
  EXPECT_EQ(report_.documents, documents_);
  EXPECT_EQ(report_.statements, sample_.size());
  EXPECT_EQ(report_.other_statements, 1u);  // The annotation.
  EXPECT_TRUE(report_.bad_statements.empty());
  EXPECT_EQ(report_.written.assertions_added, sample_.size());
  EXPECT_EQ(store_->Counts().documents, documents_);
  DnaImportReport again;
  ASSERT_OK(ImportDna(store_.get(), TestData("dna/sample.dna"), &again));
  EXPECT_EQ(again.written.assertions_added, 0u);
  EXPECT_EQ(again.written.documents_added, 0u);
}

TEST_F(DnaImporterTest, SaidGivesEachPersonsStatementsWithTheirAgreement) {
  Actor whitman;
  ASSERT_OK(store_->FindActor("Christine Todd Whitman", &whitman));
  EXPECT_EQ(whitman.affiliation, "Environmental Protection Agency");
  SaidQuery query;
  query.actor = whitman.id;
  std::vector<AssertionView> views;
  ASSERT_OK(Said(*store_, query, &views));
  size_t support = 0, expected = 0, expected_support = 0;
  for (const auto& [id, s] : sample_) {
    expected += s.person == "Christine Todd Whitman";
    expected_support += s.person == "Christine Todd Whitman" && s.agreement == 1;
  }
  for (const AssertionView& v : views) support += v.assertion.stance == Stance::kSupport;
  EXPECT_EQ(views.size(), expected);
  EXPECT_EQ(support, expected_support);
  Topic topic;
  ASSERT_OK(store_->FindTopic("There should be legislation to regulate emissions.", &topic));
  EXPECT_EQ(topic.key, "there-should-be-legislation-to-regulate-emissions");
}

TEST_F(DnaImporterTest, ExportReproducesTheSampleStatements) {
  std::vector<DnaEventRow> rows;
  ASSERT_OK(ExportDnaEvents(*store_, &rows));
  ASSERT_EQ(rows.size(), sample_.size());
  for (const DnaEventRow& row : rows) {
    ASSERT_EQ(sample_.count(row.statement_id), 1u) << row.statement_id;
    const SqlStatement& s = sample_.at(row.statement_id);
    EXPECT_EQ(row.time.ToString(), s.time);
    EXPECT_EQ(row.person, s.person);
    EXPECT_EQ(row.organization, s.organization);
    EXPECT_EQ(row.concept_label, s.concept_value);
    ASSERT_TRUE(row.agreement.has_value());
    EXPECT_EQ(*row.agreement ? 1 : 0, s.agreement);
    EXPECT_EQ(row.start, s.start);
    EXPECT_EQ(row.stop, s.stop);
    EXPECT_EQ(row.text, s.text) << row.statement_id;
    EXPECT_EQ(row.document.id, s.document);
    EXPECT_EQ(row.document.title, s.title);
    EXPECT_EQ(row.document.author, s.author);
    EXPECT_EQ(row.document.source, s.source);
    EXPECT_EQ(row.document.section, s.section);
  }
}

TEST_F(DnaImporterTest, CliImportAndExportCsv) {
  TempDir dir;
  testing::CliResult imported =
      testing::RunCli(dir, "--db db import dna '" + TestData("dna/sample.dna") + "' --format csv");
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find(",7,40,1,0,40,0"), std::string::npos) << imported.out;
  testing::CliResult exported = testing::RunCli(dir, "--db db export dna-csv");
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out.rfind("statement_id,time,person,organization,concept,agreement,start,stop,text,", 0), 0u);
  EXPECT_NE(exported.out.find("\n1,2005-01-26,Joel Bluestein,\"Energy and Environmental Analysis, Inc.\","),
            std::string::npos);
}

TEST(DnaOffsetsTest, Utf16UnitsAndUtf8BytesConvertBothWays) {
  const std::string text =
      "a\xC3\xA9\xF0\x9F\x98\x80"
      "b";  // a é 😀 b: bytes 0,1,3,7; units 0,1,2,4.
  EXPECT_EQ(Utf8OffsetOfUtf16(text, 2), 3u);
  EXPECT_EQ(Utf8OffsetOfUtf16(text, 4), 7u);
  EXPECT_EQ(Utf8OffsetOfUtf16(text, 99), text.size());
  EXPECT_EQ(Utf16OffsetOfUtf8(text, 7), 4);
  EXPECT_EQ(Utf16OffsetOfUtf8(text, text.size()), 5);
}

}  // namespace
}  // namespace stancekb
