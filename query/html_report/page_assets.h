// PageAssets: the style sheet and the script every report page carries
// inline (the page must open with no network). The script only reads what
// the SVG and tables hold: hover shows a mark's evidence, a click pins it in
// the details panel, and links from tables and network edges highlight the
// marks of the assertions they cite.
#pragma once

namespace stancekb {

extern const char kReportStyle[];
extern const char kReportScript[];

}  // namespace stancekb
