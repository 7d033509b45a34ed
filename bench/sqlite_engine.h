// SqliteEngine: the baseline a user who does not pick stancekb would write.
// One table, the two covering indexes these queries want ((topic, actor,
// day, stance, status) and (actor, topic, day, stance, status)), WAL mode,
// the whole load in one transaction with the indexes built after the rows.
// Lines are parsed with the same JSONL parser stancekb uses, so the load
// times differ only by what each engine does with a parsed line. The SQL
// implements doc/query-semantics.md (see sqlite_engine.cc).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <variant>

#include "bench/engine.h"

namespace stancekb::bench {

class SqliteEngine : public Engine {
 public:
  ~SqliteEngine() override;

  Status Load(const std::string& jsonl, const std::string& path) override;
  Status Retract(const std::vector<AssertionId>& ids) override;
  Status OpenForQueries(const std::string& path) override;
  uint64_t DiskBytes() const override;
  Status Ask(Question q, const QuestionArgs& args, Rows* rows) override;

 private:
  Status Open(int flags);
  Status Exec(const std::string& sql);
  Status InsertLines(const std::string& jsonl);
  using Param = std::variant<int64_t, std::string>;
  // Runs `sql` with ?1, ?2, … bound to `params`; appends one vector of
  // column texts (NULL as "") per result row to *out.
  Status Select(const std::string& sql, const std::vector<Param>& params, std::vector<std::vector<std::string>>* out);
  Status Error(const std::string& what) const;

  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace stancekb::bench
