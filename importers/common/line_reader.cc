#include "importers/common/line_reader.h"

#include <unicode/utf8.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace stancekb {
namespace {

// Editors on Windows start UTF-8 files with it; it is no part of the text.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

}  // namespace

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
  if (path != "-") {
    reader->file_.open(path, std::ios::binary);
    if (!reader->file_) return Status::IoError("cannot open " + path);
    reader->in_ = &reader->file_;
  }
  *out = std::move(reader);
  return Status::Ok();
}

// Scans the stream's bytes in chunks with memchr: reading them one at a
// time through the streambuf took a quarter of the parsing thread's time on
// a large JSONL import.
bool LineReader::Next(std::string* line) { return ReadLine(line, nullptr); }

bool LineReader::NextOrSkip(std::string* line, bool* too_long) {
  *too_long = false;
  return ReadLine(line, too_long);
}

bool LineReader::ReadLine(std::string* line, bool* too_long) {
  if (!status_.ok()) return false;
  line->clear();
  bool any = false;
  while (next_ < end_ || Refill()) {
    any = true;
    const char* start = chunk_.data() + next_;
    const char* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - next_));
    const size_t length = (newline != nullptr ? newline : chunk_.data() + end_) - start;
    if (too_long != nullptr && *too_long) {
      // Past the limit: read on to the end of the line, keeping nothing.
    } else if (line->size() + length > max_line_) {
      if (too_long == nullptr) {
        status_ = Status::InvalidInput(AtLine(path_, line_number_ + 1, TooLongMessage()));
        return false;
      }
      *too_long = true;
      line->clear();
    } else {
      line->append(start, length);
    }
    next_ += length;
    if (newline != nullptr) {
      ++next_;
      break;
    }
  }
  if (!any) return false;
  ++line_number_;
  if (line_number_ == 1 && line->starts_with(kByteOrderMark)) line->erase(0, kByteOrderMark.size());
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

std::string LineReader::TooLongMessage() const {
  const bool mebibytes = max_line_ % (1 << 20) == 0;
  return "line longer than " + std::to_string(mebibytes ? max_line_ >> 20 : max_line_) +
         (mebibytes ? " MiB" : " bytes");
}

bool LineReader::Refill() {
  chunk_.resize(kChunkBytes);
  next_ = end_ = 0;
  if (in_ != nullptr) {
    end_ = static_cast<size_t>(in_->rdbuf()->sgetn(chunk_.data(), static_cast<std::streamsize>(chunk_.size())));
    return end_ > 0;
  }
  // Standard input: what has arrived, not a whole chunk, so that a filter on
  // a pipe answers each line as it comes instead of waiting for the next.
  ssize_t got;
  do {
    got = ::read(STDIN_FILENO, chunk_.data(), chunk_.size());
  } while (got < 0 && errno == EINTR);
  if (got < 0) status_ = Status::IoError(path_ + ": cannot read: " + std::strerror(errno));
  end_ = got > 0 ? static_cast<size_t>(got) : 0;
  return end_ > 0;
}

}  // namespace stancekb
