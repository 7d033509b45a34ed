// HtmlPage: the report as one self-contained HTML page (inline SVG, style
// and script; nothing loaded from anywhere): per topic, (1) the stance
// timelines, (2) the agreement network with its blocs, (3) polarization by
// month and (4) tables of position changes and of disagreements, each row
// linking to the marks of the assertions it cites.
#pragma once

#include <string>

#include "query/html_report/report_data.h"

namespace stancekb {

// Tables longer than this show their first rows and say how many are left
// and which command lists them all.
constexpr size_t kMaxTableRows = 200;

std::string ReportPage(const ReportData& data);

}  // namespace stancekb
