#include "query/result_table.h"

#include <algorithm>

namespace stancekb {
namespace {

// Display width in code points (close enough for aligned columns of names
// and dates; quotes go last and are never padded).
size_t DisplayWidth(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void AppendCsvField(std::string_view text, std::string* out) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(text);
    return;
  }
  // Whole runs up to each quote, which is doubled: quotes are long and
  // a character at a time was a large part of printing them.
  *out += '"';
  for (size_t start = 0; start <= text.size();) {
    const size_t quote = std::min(text.find('"', start), text.size());
    out->append(text.substr(start, quote - start));
    if (quote < text.size()) out->append("\"\"");
    start = quote + 1;
  }
  *out += '"';
}

void AppendCsvCell(const nlohmann::json& cell, std::string* out) {
  if (cell.is_string()) {
    AppendCsvField(cell.get_ref<const std::string&>(), out);
  } else {
    AppendCsvField(CellText(cell), out);
  }
}

void AppendCsvRow(const std::vector<nlohmann::json>& row, std::string* text) {
  for (size_t c = 0; c < row.size(); ++c) {
    if (c != 0) *text += ',';
    AppendCsvCell(row[c], text);
  }
  *text += '\n';
}

// A streamed table hands its text to the stream in pieces of this size.
constexpr size_t kStreamChunkBytes = 1 << 20;

}  // namespace

bool ParseOutputFormat(const std::string& text, OutputFormat* out) {
  static const std::pair<const char*, OutputFormat> kNames[] = {{"table", OutputFormat::kTable},
                                                                {"json", OutputFormat::kJson},
                                                                {"jsonl", OutputFormat::kJsonl},
                                                                {"csv", OutputFormat::kCsv}};
  for (const auto& [name, format] : kNames) {
    if (text == name) {
      *out = format;
      return true;
    }
  }
  return false;
}

std::string CellText(const nlohmann::json& cell) {
  if (cell.is_null()) return "";
  if (cell.is_string()) return cell.get<std::string>();
  if (cell.is_array()) {
    std::string joined;
    for (const auto& item : cell) joined += (joined.empty() ? "" : "; ") + CellText(item);
    return joined;
  }
  if (cell.is_number_float()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", cell.get<double>());
    return buf;
  }
  return cell.dump();
}

void ResultTable::AddRow(std::vector<nlohmann::json> cells) {
  cells.resize(columns_.size());
  if (stream_ != nullptr) {
    StreamRow(cells);
  } else {
    rows_.push_back(std::move(cells));
  }
}

void ResultTable::StreamTo(OutputFormat format, std::ostream* out) {
  if (format != OutputFormat::kCsv && format != OutputFormat::kJsonl) return;
  stream_ = out;
  stream_format_ = format;
}

void ResultTable::StreamRow(const std::vector<nlohmann::json>& row) {
  if (stream_format_ == OutputFormat::kCsv) {
    if (streamed_ == 0) AppendCsvHeader(&pending_);
    AppendCsvRow(row, &pending_);
  } else {
    AppendJsonLine(row, &pending_);
  }
  ++streamed_;
  if (pending_.size() < kStreamChunkBytes) return;
  *stream_ << pending_;
  pending_.clear();
}

void ResultTable::Finish(OutputFormat format, std::ostream& out) {
  if (stream_ == nullptr) return Print(format, out);
  if (streamed_ == 0 && stream_format_ == OutputFormat::kCsv) AppendCsvHeader(&pending_);
  *stream_ << pending_;
  pending_.clear();
}

nlohmann::ordered_json ResultTable::RowObject(const std::vector<nlohmann::json>& row) const {
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  for (size_t c = 0; c < columns_.size(); ++c) object[columns_[c]] = row[c];
  return object;
}

void ResultTable::AppendJsonLine(const std::vector<nlohmann::json>& row, std::string* text) const {
  *text += RowObject(row).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  *text += '\n';
}

void ResultTable::Print(OutputFormat format, std::ostream& out) const {
  switch (format) {
    case OutputFormat::kJson: {
      nlohmann::ordered_json array = nlohmann::ordered_json::array();
      for (const auto& row : rows_) array.push_back(RowObject(row));
      out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      break;
    }
    case OutputFormat::kJsonl:
      for (const auto& row : rows_) {
        std::string line;
        AppendJsonLine(row, &line);
        out << line;
      }
      break;
    case OutputFormat::kCsv:
      PrintCsv(out);
      break;
    case OutputFormat::kTable:
      PrintTable(out);
      break;
  }
}

// The text is built whole and written once: each `<<` to std::cout is a
// locked stdio call, a tenth of a cold `said` of a few thousand rows.
void ResultTable::PrintCsv(std::ostream& out) const {
  std::string text;
  AppendCsvHeader(&text);
  for (const auto& row : rows_) AppendCsvRow(row, &text);
  out << text;
}

void ResultTable::AppendCsvHeader(std::string* text) const {
  for (size_t c = 0; c < columns_.size(); ++c) {
    if (c != 0) *text += ',';
    AppendCsvField(columns_[c], text);
  }
  *text += '\n';
}

// Cells are rendered twice, to measure and to print, rather than kept: a
// table of millions of rows would otherwise hold every rendered cell at once,
// which costs more memory and, in allocations, more time than rendering
// again (bench/README.md "Why the store is tuned as it is").
void ResultTable::PrintTable(std::ostream& out) const {
  std::vector<size_t> widths(columns_.size());
  for (size_t c = 0; c < columns_.size(); ++c) widths[c] = DisplayWidth(columns_[c]);
  for (const auto& row : rows_) {
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], DisplayWidth(CellText(row[c])));
  }
  auto print_row = [&](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) {
      out << cells[c];
      if (c + 1 < cells.size()) out << std::string(widths[c] - DisplayWidth(cells[c]) + 2, ' ');
    }
    out << "\n";
  };
  print_row(columns_);
  for (const auto& row : rows_) {
    std::vector<std::string> cells;
    for (const auto& cell : row) cells.push_back(CellText(cell));
    print_row(cells);
  }
  if (rows_.empty()) out << "(no results)\n";
}

}  // namespace stancekb
