// Markup: the few text helpers the report's HTML and SVG writers share:
// escaping for text and attribute values, compact numbers for coordinates
// and character counts for text widths.
#pragma once

#include <string>
#include <string_view>

namespace stancekb {

// Appends `text` with &, <, >, " and ' replaced by character references, so
// it is safe both as element text and inside a quoted attribute value.
void AppendEscaped(std::string_view text, std::string* out);
std::string Escaped(std::string_view text);

// A coordinate with at most one decimal ("12", "12.5"): enough for a screen,
// and short, which matters when a page carries 10^5 marks.
std::string Coord(double value);

// The number of characters of UTF-8 text (code points), for width estimates.
size_t CharCount(std::string_view utf8);

}  // namespace stancekb
