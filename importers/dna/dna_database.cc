#include "importers/dna/dna_database.h"

#include <sqlite3.h>

#include <filesystem>

namespace stancekb {
namespace {

constexpr const char* kVersionQuery = "SELECT Value FROM SETTINGS WHERE Property = 'version'";

constexpr const char* kDocumentsQuery =
    "SELECT ID, Title, Text, Author, Source, Section, Type, Date FROM DOCUMENTS ORDER BY ID";

// One row per statement: whether its type has the variables stancekb reads,
// then the statement and its person, organization, concept and agreement.
constexpr const char* kStatementsQuery = R"sql(
SELECT
  EXISTS (SELECT 1 FROM VARIABLES v WHERE v.StatementTypeId = s.StatementTypeId AND v.Variable = 'concept')
    AND EXISTS (SELECT 1 FROM VARIABLES v WHERE v.StatementTypeId = s.StatementTypeId
                AND v.Variable IN ('person', 'organization')),
  s.ID, s.DocumentId, s.Start, s.Stop,
  (SELECT e.Value FROM DATASHORTTEXT d JOIN ENTITIES e ON e.ID = d.Entity JOIN VARIABLES v ON v.ID = d.VariableId
    WHERE d.StatementId = s.ID AND v.Variable = 'person'),
  (SELECT e.Value FROM DATASHORTTEXT d JOIN ENTITIES e ON e.ID = d.Entity JOIN VARIABLES v ON v.ID = d.VariableId
    WHERE d.StatementId = s.ID AND v.Variable = 'organization'),
  (SELECT e.Value FROM DATASHORTTEXT d JOIN ENTITIES e ON e.ID = d.Entity JOIN VARIABLES v ON v.ID = d.VariableId
    WHERE d.StatementId = s.ID AND v.Variable = 'concept'),
  (SELECT b.Value FROM DATABOOLEAN b JOIN VARIABLES v ON v.ID = b.VariableId
    WHERE b.StatementId = s.ID AND v.Variable = 'agreement')
FROM STATEMENTS s ORDER BY s.ID
)sql";

// An open read-only SQLite database; closed on destruction.
class Connection {
 public:
  ~Connection() { sqlite3_close(db_); }

  Status Open(const std::string& path) {
    path_ = path;
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return Error("cannot open");
    return Status::Ok();
  }

  // Runs `sql`, calling row(statement) for every result row.
  template <typename Row>
  Status Query(const char* sql, Row row) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &statement, nullptr) != SQLITE_OK) {
      return Error("not a DNA 3 database");
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) row(statement);
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE ? Status::Ok() : Error("cannot read");
  }

 private:
  Status Error(const std::string& what) const {
    return Status::InvalidInput(path_ + ": " + what + " (" + (db_ ? sqlite3_errmsg(db_) : "no database") + ")");
  }

  std::string path_;
  sqlite3* db_ = nullptr;
};

std::string Text(sqlite3_stmt* statement, int column) {
  const unsigned char* text = sqlite3_column_text(statement, column);
  return text == nullptr ? "" : reinterpret_cast<const char*>(text);
}

DnaDocument ReadDocument(sqlite3_stmt* row) {
  DnaDocument doc;
  doc.id = sqlite3_column_int64(row, 0);
  doc.title = Text(row, 1);
  doc.text = Text(row, 2);
  doc.author = Text(row, 3);
  doc.source = Text(row, 4);
  doc.section = Text(row, 5);
  doc.type = Text(row, 6);
  doc.date_seconds = sqlite3_column_int64(row, 7);
  return doc;
}

DnaStatement ReadStatement(sqlite3_stmt* row) {
  DnaStatement statement;
  statement.id = sqlite3_column_int64(row, 1);
  statement.document_id = sqlite3_column_int64(row, 2);
  statement.start = sqlite3_column_int64(row, 3);
  statement.stop = sqlite3_column_int64(row, 4);
  statement.person = Text(row, 5);
  statement.organization = Text(row, 6);
  statement.concept_value = Text(row, 7);
  if (sqlite3_column_type(row, 8) != SQLITE_NULL) statement.agreement = sqlite3_column_int(row, 8) != 0;
  return statement;
}

}  // namespace

Status ReadDnaDatabase(const std::string& path, DnaDatabase* out) {
  if (!std::filesystem::exists(path)) return Status::NotFound("no such file: " + path);
  Connection db;
  Status s = db.Open(path);
  std::string version;
  if (s.ok()) s = db.Query(kVersionQuery, [&](sqlite3_stmt* row) { version = Text(row, 0); });
  if (s.ok() && version.rfind("3.", 0) != 0) {
    return Status::InvalidInput(path + ": not a DNA 3 database (version '" + version + "')");
  }
  DnaDatabase read;
  if (s.ok()) s = db.Query(kDocumentsQuery, [&](sqlite3_stmt* row) { read.documents.push_back(ReadDocument(row)); });
  if (s.ok()) {
    s = db.Query(kStatementsQuery, [&](sqlite3_stmt* row) {
      if (sqlite3_column_int(row, 0) != 0) {
        read.statements.push_back(ReadStatement(row));
      } else {
        ++read.other_statements;
      }
    });
  }
  if (s.ok()) *out = std::move(read);
  return s;
}

}  // namespace stancekb
