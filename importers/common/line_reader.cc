#include "importers/common/line_reader.h"

#include <unicode/utf8.h>

#include <iostream>

namespace stancekb {

std::string AtLine(const std::string& path, size_t line, const std::string& message) {
  return path + ":" + std::to_string(line) + ": " + message;
}

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      *bad_offset = static_cast<size_t>(start);
      return false;
    }
  }
  return true;
}

Status LineReader::Open(const std::string& path, std::unique_ptr<LineReader>* out, size_t max_line) {
  std::unique_ptr<LineReader> reader(new LineReader());
  reader->path_ = path == "-" ? "<stdin>" : path;
  reader->max_line_ = max_line;
  if (path == "-") {
    reader->in_ = &std::cin;
  } else {
    reader->file_.open(path, std::ios::binary);
    if (!reader->file_) return Status::IoError("cannot open " + path);
    reader->in_ = &reader->file_;
  }
  *out = std::move(reader);
  return Status::Ok();
}

bool LineReader::Next(std::string* line) {
  if (!status_.ok() || in_ == nullptr) return false;
  line->clear();
  std::streambuf* buf = in_->rdbuf();
  bool any = false;
  for (int c = buf->sbumpc(); c != std::char_traits<char>::eof(); c = buf->sbumpc()) {
    any = true;
    if (c == '\n') break;
    if (line->size() >= max_line_) {
      status_ = Status::InvalidInput(AtLine(path_, line_number_ + 1,
                                            "line longer than " + std::to_string(max_line_ >> 20) + " MiB"));
      return false;
    }
    line->push_back(static_cast<char>(c));
  }
  if (!any) return false;
  ++line_number_;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

}  // namespace stancekb
