// LineReader: reads a text file (or standard input for "-") line by line,
// counting lines from 1 and refusing lines longer than a limit so that a
// hostile file cannot make an importer hold gigabytes at once.
#pragma once

#include <cstddef>
#include <fstream>
#include <istream>
#include <memory>
#include <string>

#include "kb/status.h"

namespace stancekb {

class LineReader {
 public:
  static constexpr size_t kDefaultMaxLine = 16 << 20;  // 16 MiB

  // "-" reads standard input. Fails with IoError when the file cannot be opened.
  static Status Open(const std::string& path, std::unique_ptr<LineReader>* out, size_t max_line = kDefaultMaxLine);

  // Reads the next line without its "\n" (and a trailing "\r"; a UTF-8 byte
  // order mark before the first line goes too). Returns
  // false at the end of input or on error; then status() tells which.
  bool Next(std::string* line);

  // Like Next, except that a line longer than the limit does not end the
  // input: it is read past without being kept, *too_long is set and *line
  // left empty. The line still counts in line_number().
  bool NextOrSkip(std::string* line, bool* too_long);

  // Ok at a clean end; otherwise the read error or an over-long line, as
  // "PATH:LINE: …".
  [[nodiscard]] const Status& status() const { return status_; }
  // "line longer than 16 MiB": why an over-long line was refused or skipped.
  std::string TooLongMessage() const;
  size_t line_number() const { return line_number_; }
  const std::string& path() const { return path_; }

 private:
  static constexpr size_t kChunkBytes = 1 << 16;

  LineReader() = default;
  // Next and NextOrSkip: `too_long` null makes an over-long line an error.
  bool ReadLine(std::string* line, bool* too_long);
  // Reads the next chunk of input into chunk_; false at its end.
  bool Refill();

  std::string path_;
  size_t max_line_ = kDefaultMaxLine;
  std::ifstream file_;
  std::istream* in_ = nullptr;  // nullptr: standard input, read directly.
  std::string chunk_;           // Input read ahead; [next_, end_) not yet returned.
  size_t next_ = 0, end_ = 0;
  size_t line_number_ = 0;
  Status status_;
};

// "PATH:LINE: message", the form every importer error takes.
std::string AtLine(const std::string& path, size_t line, const std::string& message);

// True when `text` is valid UTF-8; otherwise *bad_offset is the first bad byte.
bool IsValidUtf8(std::string_view text, size_t* bad_offset);

}  // namespace stancekb
