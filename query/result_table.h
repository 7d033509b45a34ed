// ResultTable: rows of named fields, printed in one of the output formats
// every command offers (DESIGN.md "Output contracts"):
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

  // Appends a row; `cells` must have one value per column, in column order.
  void AddRow(std::vector<nlohmann::json> cells);

  const std::vector<std::string>& columns() const { return columns_; }
  size_t size() const { return rows_.size(); }

  void Print(OutputFormat format, std::ostream& out) const;

 private:
  nlohmann::ordered_json RowObject(size_t row) const;
  void PrintTable(std::ostream& out) const;
  void PrintCsv(std::ostream& out) const;

  std::vector<std::string> columns_;
  std::vector<std::vector<nlohmann::json>> rows_;
};

// A cell as plain text: strings unquoted, lists joined with "; ", null as "".
std::string CellText(const nlohmann::json& cell);

}  // namespace stancekb
