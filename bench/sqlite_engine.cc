#include "bench/sqlite_engine.h"

#include <algorithm>
#include <filesystem>

#include "bench/kb_engine.h"
#include "importers/assertions/jsonl_line.h"
#include "importers/common/line_reader.h"

namespace stancekb::bench {
namespace {

constexpr const char* kSchema =
    "CREATE TABLE assertion(id INTEGER PRIMARY KEY, actor TEXT NOT NULL, topic TEXT NOT NULL,"
    " stance INTEGER NOT NULL, day INTEGER NOT NULL, source TEXT NOT NULL, quote TEXT NOT NULL,"
    " url TEXT NOT NULL, confidence REAL NOT NULL, status INTEGER NOT NULL DEFAULT 0)";
// Built after the rows are in: covering for every stance query.
constexpr const char* kIndexes =
    "CREATE INDEX by_topic_actor ON assertion(topic, actor, day, stance, status);"
    "CREATE INDEX by_actor_topic ON assertion(actor, topic, day, stance, status)";

// Stances are stored as kb's enum: 0 support, 1 oppose, 2 neutral; status
// 2 is retracted. The position of the rows of a group that satisfy `when`
// (one day's rows): support and oppose give mixed, else the side present,
// else neutral; NULL when no row satisfies `when`.
std::string PositionOf(const std::string& when) {
  const std::string support = "MAX(" + when + " AND stance = 0)", oppose = "MAX(" + when + " AND stance = 1)";
  return "CASE WHEN " + support + " AND " + oppose + " THEN 'mixed' WHEN " + support + " THEN 'support' WHEN " +
         oppose + " THEN 'oppose' WHEN MAX(" + when + ") THEN 'neutral' END";
}

// The deciding day as of each of `days` per (actor, topic) pair that
// `filter` selects: the latest unretracted day <= it on which the actor took
// a side, else (only neutral statements) the latest unretracted day <= it;
// joined back to that pair's rows of those days. Columns of the derived
// table `last`: actor, topic, d1, d2, …
std::string LatestDays(const std::string& filter, const std::vector<std::string>& days) {
  std::string sql = "SELECT actor, topic";
  for (size_t i = 0; i < days.size(); ++i) {
    sql += ", COALESCE(MAX(CASE WHEN day <= " + days[i] +
           " AND stance <> 2 THEN day END), MAX(CASE WHEN day <= " + days[i] + " THEN day END)) AS d" +
           std::to_string(i + 1);
  }
  sql += " FROM assertion WHERE status <> 2 AND day <= " + days.back() + " AND " + filter + " GROUP BY topic, actor";
  std::string in = "last.d1";
  for (size_t i = 1; i < days.size(); ++i) in += ", last.d" + std::to_string(i + 1);
  return "(" + sql + ") AS last JOIN assertion AS a ON a.topic = last.topic AND a.actor = last.actor" +
         " AND a.day IN (" + in + ") AND a.status <> 2";
}

// Stance as of day ?2 (doc/query-semantics.md "Stance as of a date") for the (actor, topic) pairs `filter`
// selects. Columns: actor, topic, position, day, ids.
std::string StanceAsOf(const std::string& filter) {
  return "SELECT last.actor, last.topic, " + PositionOf("1") +
         " AS position, last.d1 AS day, group_concat(a.id) AS ids"
         " FROM " +
         LatestDays(filter, {"?2"}) + " GROUP BY last.topic, last.actor";
}

// diff D1 D2 (?2, ?3): pairs whose stance differs between the two days, in
// one pass over each pair's deciding rows. Without a window, a pair with a
// stance at D1 has one at D2, so the change is `new` or `changed`.
std::string DiffSql(const std::string& filter) {
  return "SELECT last.actor, last.topic, " + PositionOf("a.day = last.d1") + " AS before, last.d1, " +
         PositionOf("a.day = last.d2") +
         " AS after, last.d2,"
         " CASE WHEN last.d1 IS NULL THEN 'new' ELSE 'changed' END"
         " FROM " +
         LatestDays(filter, {"?2", "?3"}) + " GROUP BY last.topic, last.actor HAVING before IS NOT after";
}

// changes (doc/query-semantics.md "changes"): the days on which the actor took a side, each day's
// position from that day alone; a day whose position differs from the
// previous such day's is a change.
std::string ChangesSql() {
  return "WITH days AS (SELECT actor, topic, day, " + PositionOf("1") +
         " AS position, group_concat(id) AS ids FROM assertion WHERE actor = ?1 AND status <> 2"
         " GROUP BY actor, topic, day HAVING MAX(stance <> 2)),"
         " steps AS (SELECT *, LAG(position) OVER w AS prev_position, LAG(day) OVER w AS prev_day,"
         " LAG(ids) OVER w AS prev_ids FROM days WINDOW w AS (PARTITION BY actor, topic ORDER BY day))"
         " SELECT actor, topic, prev_position, position, prev_day, day, prev_ids, ids FROM steps"
         " WHERE prev_position IS NOT NULL AND prev_position <> position";
}

// disagree at ?2 on topic ?1: support against oppose, each pair once.
std::string DisagreeSql() {
  return "WITH s AS (" + StanceAsOf("topic = ?1") +
         ") SELECT x.actor, y.actor, x.topic, x.position, y.position FROM s AS x JOIN s AS y"
         " ON x.topic = y.topic AND x.actor < y.actor"
         " WHERE x.position IN ('support', 'oppose') AND y.position IN ('support', 'oppose')"
         " AND x.position <> y.position";
}

std::string SaidSql(bool with_actor) {
  return std::string("SELECT id, actor, topic, stance, day, source, quote FROM assertion WHERE topic = ?1") +
         (with_actor ? " AND actor = ?2" : "") + " AND status <> 2 ORDER BY actor, day, id";
}

// How a result column is normalised.
enum class Column { kText, kDay, kStance, kPosition, kIds };

std::string Normalise(const std::string& value, Column kind) {
  switch (kind) {
    case Column::kDay:
      return value.empty() ? value : Date::FromDayNumber(std::stoi(value)).ToString();
    case Column::kStance:
      return std::string(StanceName(static_cast<Stance>(std::stoi(value))));
    case Column::kPosition:
      return value.empty() ? "none" : value;
    case Column::kIds: {
      std::vector<AssertionId> ids;
      for (size_t at = 0; at < value.size();) {
        size_t used = 0;
        ids.push_back(std::stoull(value.substr(at), &used));
        at += used + 1;
      }
      return JoinIds(std::move(ids));
    }
    case Column::kText:
      break;
  }
  return value;
}

struct Sql {
  std::string text;
  std::vector<Column> columns;
};

Sql SqlFor(Question q) {
  using C = Column;
  const std::vector<Column> said = {C::kText, C::kText, C::kText, C::kStance, C::kDay, C::kText, C::kText};
  const std::vector<Column> stance = {C::kText, C::kText, C::kPosition, C::kDay, C::kIds};
  const std::vector<Column> diff = {C::kText, C::kText, C::kPosition, C::kDay, C::kPosition, C::kDay, C::kText};
  switch (q) {
    case Question::kSaidTopic:
      return {SaidSql(false), said};
    case Question::kSaidTopicActor:
      return {SaidSql(true), said};
    case Question::kStanceTopic:
      return {StanceAsOf("topic = ?1"), stance};
    case Question::kStanceActor:
      return {StanceAsOf("actor = ?1"), stance};
    case Question::kDiffTopic:
      return {DiffSql("topic = ?1"), diff};
    case Question::kDiffAll:
      return {DiffSql("1"), diff};  // ?1 unused.
    case Question::kChangesActor:
      return {ChangesSql(), {C::kText, C::kText, C::kPosition, C::kPosition, C::kDay, C::kDay, C::kIds, C::kIds}};
    case Question::kDisagreeTopic:
      return {DisagreeSql(), {C::kText, C::kText, C::kText, C::kPosition, C::kPosition}};
  }
  return {};
}

}  // namespace

SqliteEngine::~SqliteEngine() { sqlite3_close(db_); }

Status SqliteEngine::Error(const std::string& what) const {
  return Status::IoError("sqlite: " + what + ": " + sqlite3_errmsg(db_));
}

Status SqliteEngine::Open(int flags) {
  sqlite3_close(db_);
  db_ = nullptr;
  if (sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr) != SQLITE_OK) return Error("cannot open " + path_);
  return Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536");
}

Status SqliteEngine::Exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
  const std::string text = message != nullptr ? message : "unknown error";
  sqlite3_free(message);
  return Status::IoError("sqlite: " + text + " in: " + sql.substr(0, 80));
}

Status SqliteEngine::Load(const std::string& jsonl, const std::string& path) {
  path_ = path;
  Status s = Open(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (s.ok()) s = Exec(kSchema);
  if (s.ok()) s = Exec("BEGIN");
  if (s.ok()) s = InsertLines(jsonl);
  if (s.ok()) s = Exec(kIndexes);
  if (s.ok()) s = Exec("COMMIT");
  if (s.ok() && sqlite3_close(db_) != SQLITE_OK) s = Error("cannot close " + path_);
  if (s.ok()) db_ = nullptr;
  return s;
}

Status SqliteEngine::InsertLines(const std::string& jsonl) {
  std::unique_ptr<LineReader> reader;
  Status s = LineReader::Open(jsonl, &reader);
  if (!s.ok()) return s;
  sqlite3_stmt* insert = nullptr;
  if (sqlite3_prepare_v2(db_, "INSERT INTO assertion VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", -1, &insert, nullptr) !=
      SQLITE_OK) {
    return Error("cannot prepare insert");
  }
  std::string line;
  for (int64_t id = 1; s.ok() && reader->Next(&line); ++id) {
    JsonlRecord record;
    s = ParseAssertionLine(line, &record);
    if (!s.ok()) break;
    const NewAssertion& a = record.assertion;
    const std::string& url = record.document ? record.document->document.url : std::string();
    sqlite3_bind_int64(insert, 1, id);
    sqlite3_bind_text(insert, 2, a.actor.data(), static_cast<int>(a.actor.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, a.topic.data(), static_cast<int>(a.topic.size()), SQLITE_STATIC);
    sqlite3_bind_int(insert, 4, static_cast<int>(a.stance));
    sqlite3_bind_int(insert, 5, a.date.day_number());
    sqlite3_bind_text(insert, 6, a.source.data(), static_cast<int>(a.source.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 7, a.evidence.quote.data(), static_cast<int>(a.evidence.quote.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 8, url.data(), static_cast<int>(url.size()), SQLITE_STATIC);
    sqlite3_bind_double(insert, 9, a.confidence);
    if (sqlite3_step(insert) != SQLITE_DONE) s = Error("cannot insert line " + std::to_string(id));
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  return s;
}

Status SqliteEngine::Retract(const std::vector<AssertionId>& ids) {
  Status s = Open(SQLITE_OPEN_READWRITE);
  if (s.ok()) s = Exec("BEGIN");
  for (size_t i = 0; s.ok() && i < ids.size(); ++i) {
    s = Exec("UPDATE assertion SET status = 2 WHERE id = " + std::to_string(ids[i]));
  }
  return s.ok() ? Exec("COMMIT") : s;
}

Status SqliteEngine::OpenForQueries(const std::string& path) {
  path_ = path;
  Status s = Open(SQLITE_OPEN_READWRITE);
  return s.ok() ? Exec("PRAGMA query_only=1") : s;
}

uint64_t SqliteEngine::DiskBytes() const {
  uint64_t total = 0;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    if (std::filesystem::exists(path_ + suffix)) total += PathBytes(path_ + suffix);
  }
  return total;
}

Status SqliteEngine::Select(const std::string& sql, const std::vector<Param>& params,
                            std::vector<std::vector<std::string>>* out) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return Error("cannot prepare " + sql);
  for (size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i + 1);
    if (const auto* number = std::get_if<int64_t>(&params[i])) {
      sqlite3_bind_int64(stmt, index, *number);
    } else {
      const std::string& text = std::get<std::string>(params[i]);
      sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    }
  }
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<std::string>& row = out->emplace_back(sqlite3_column_count(stmt));
    for (size_t c = 0; c < row.size(); ++c) {
      const auto* text = sqlite3_column_text(stmt, static_cast<int>(c));
      if (text != nullptr)
        row[c].assign(reinterpret_cast<const char*>(text), sqlite3_column_bytes(stmt, static_cast<int>(c)));
    }
  }
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? Status::Ok() : Error("cannot run " + sql.substr(0, 80));
}

Status SqliteEngine::Ask(Question q, const QuestionArgs& args, Rows* rows) {
  const Sql sql = SqlFor(q);
  std::vector<Param> params;
  switch (q) {
    case Question::kSaidTopic:
      params = {args.topic};
      break;
    case Question::kSaidTopicActor:
      params = {args.topic, args.actor};
      break;
    case Question::kStanceTopic:
    case Question::kDisagreeTopic:
      params = {args.topic, int64_t{args.at.day_number()}};
      break;
    case Question::kStanceActor:
      params = {args.actor, int64_t{args.at.day_number()}};
      break;
    case Question::kDiffTopic:
      params = {args.topic, int64_t{args.from.day_number()}, int64_t{args.to.day_number()}};
      break;
    case Question::kDiffAll:
      params = {int64_t{0}, int64_t{args.from.day_number()}, int64_t{args.to.day_number()}};
      break;
    case Question::kChangesActor:
      params = {args.actor};
      break;
  }
  std::vector<std::vector<std::string>> result;
  Status s = Select(sql.text, params, &result);
  if (!s.ok()) return s;
  for (const std::vector<std::string>& row : result) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      if (c != 0) line += '|';
      line += Normalise(row[c], sql.columns[c]);
    }
    rows->push_back(std::move(line));
  }
  return Status::Ok();
}

}  // namespace stancekb::bench
