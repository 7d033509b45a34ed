// Article: one news document as read from a file, feed line or web page,
// before extraction. Spans produced by the extractor are UTF-8 byte offsets
// into `text`.
#pragma once

#include <cstdint>
#include <string>

#include "kb/date.h"

namespace stancekb {

struct Article {
  // Where the article came from: a file path, or "path:LINE" for a feed item.
  std::string path;
  // The document text as stored: valid UTF-8 without NUL bytes. For a plain
  // .txt without a header this is the file's bytes; with a front-matter
  // header it is the body after the header (see text_offset).
  std::string text;
  std::string title;
  std::string url;
  std::string source;  // Publisher name, e.g. "The Sun".
  Date published;      // Always valid once a reader returns OK.
  // Byte offset of `text` within the file it was read from (0 when the text
  // is the whole file; the header length for a front-matter file).
  uint32_t text_offset = 0;
};

}  // namespace stancekb
