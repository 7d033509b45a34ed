// ResultTable: rows of named fields, printed in one of the output formats
// every command offers (doc/DESIGN.md "Output contracts"):
//   json  one JSON array of objects     jsonl  one object a line
//   csv   a header row, RFC 4180 quoting table  aligned columns for people
// Cells are JSON values so that numbers stay numbers and id lists stay lists
// in json/jsonl; csv and table render them as text.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "kb/status.h"

namespace stancekb {

enum class OutputFormat { kTable, kJson, kJsonl, kCsv };

// Accepts "table", "json", "jsonl", "csv".
bool ParseOutputFormat(const std::string& text, OutputFormat* out);

class ResultTable {
 public:
  explicit ResultTable(std::vector<std::string> columns) : columns_(std::move(columns)) {}

  // Replaces the columns of a table that has no rows yet; StreamTo's setting stays.
  void SetColumns(std::vector<std::string> columns) { columns_ = std::move(columns); }

  // Appends a row; `cells` must have one value per column, in column order.
  void AddRow(std::vector<nlohmann::json> cells);

  // From now on AddRow writes each row to `out` at once instead of keeping
  // it when `format` allows (csv and jsonl; json and table keep their rows),
  // so memory stays flat however many rows come. Finish ends the output.
  // Rows written stay written if the caller fails later: stream only where
  // adding rows cannot fail.
  void StreamTo(OutputFormat format, std::ostream* out);

  // Writes what AddRow has not: the whole table as Print does, or the rest
  // of a streamed one (a csv header alone when no row came).
  void Finish(OutputFormat format, std::ostream& out);

  const std::vector<std::string>& columns() const { return columns_; }
  size_t size() const { return rows_.size(); }  // Rows kept: none of a streamed table.
  const std::vector<std::vector<nlohmann::json>>& rows() const { return rows_; }

  void Print(OutputFormat format, std::ostream& out) const;

 private:
  nlohmann::ordered_json RowObject(const std::vector<nlohmann::json>& row) const;
  void AppendCsvHeader(std::string* text) const;
  void AppendJsonLine(const std::vector<nlohmann::json>& row, std::string* text) const;
  void PrintTable(std::ostream& out) const;
  void PrintCsv(std::ostream& out) const;
  void StreamRow(const std::vector<nlohmann::json>& row);

  std::vector<std::string> columns_;
  std::vector<std::vector<nlohmann::json>> rows_;
  // Set by StreamTo.
  std::ostream* stream_ = nullptr;
  OutputFormat stream_format_ = OutputFormat::kCsv;
  size_t streamed_ = 0;  // Rows written.
  std::string pending_;  // Written rows' text not yet handed to stream_.
};

// A cell as plain text: strings unquoted, lists joined with "; ", null as "".
std::string CellText(const nlohmann::json& cell);

}  // namespace stancekb
