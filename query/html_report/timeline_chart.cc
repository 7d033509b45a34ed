#include "query/html_report/timeline_chart.h"

#include <algorithm>

#include "query/html_report/markup.h"

namespace stancekb {
namespace {

constexpr double kRowHeight = 22;
constexpr double kAxisHeight = 24;  // Month labels above the rows.
constexpr double kMarkRadius = 4;
constexpr double kStackOffsets[] = {0, -5, 5};
constexpr double kLabelCharWidth = 7;  // Generous for 12px sans-serif.

// `text` cut to `max_chars` characters, ending in "…" when cut.
std::string Shortened(const std::string& text, size_t max_chars) {
  if (CharCount(text) <= max_chars) return text;
  std::string cut;
  size_t chars = 0;
  for (char c : text) {
    const bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts_char && ++chars == max_chars) break;
    cut.push_back(c);
  }
  return cut + "…";
}

void AppendAxis(const TimeAxis& axis, double bottom, std::string* svg) {
  for (const TimeAxis::Tick& tick : axis.MonthTicks(56)) {
    const std::string x = Coord(axis.Start(tick.day));
    *svg += "<line class=\"grid\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + Coord(kAxisHeight - 4) + "\" y2=\"" +
            Coord(bottom) + "\"/>";
    *svg += "<text class=\"tick\" x=\"" + x + "\" y=\"" + Coord(kAxisHeight - 8) + "\">" + tick.label + "</text>";
  }
}

void AppendLabel(const TimelineRowData& row, double right, double middle, std::string* svg) {
  std::string label = row.actor == 0 ? "others (" + std::to_string(row.actors) + " actors)" : row.label;
  const std::string count = " " + std::to_string(row.statements.size());
  const size_t room = static_cast<size_t>(std::max(4.0, right / kLabelCharWidth)) - CharCount(count);
  *svg += "<text class=\"rowlabel\" x=\"" + Coord(right) + "\" y=\"" + Coord(middle + 4) + "\"><title>";
  AppendEscaped(label, svg);
  *svg += "</title>";
  AppendEscaped(Shortened(label, room), svg);
  *svg += "<tspan class=\"count\">" + count + "</tspan></text>";
}

void AppendMark(const TopicReport& topic, const TimelineRowData& row, size_t statement, Point at, std::string* svg) {
  const AssertionView& view = topic.statements[statement];
  const Assertion& a = view.assertion;
  *svg += "<circle class=\"mark ";
  *svg += StanceName(a.stance);
  *svg += "\" id=\"m" + std::to_string(a.id) + "\" cx=\"" + Coord(at.x) + "\" cy=\"" + Coord(at.y) + "\" r=\"" +
          Coord(kMarkRadius) + "\" data-d=\"" + a.date.ToString() + "\" data-s=\"";
  AppendEscaped(view.source, svg);
  *svg += "\" data-q=\"";
  AppendEscaped(a.evidence.quote, svg);
  if (auto url = topic.urls.find(a.id); url != topic.urls.end()) {
    *svg += "\" data-u=\"";
    AppendEscaped(url->second, svg);
  }
  if (row.actor == 0) {
    *svg += "\" data-a=\"";
    AppendEscaped(view.actor, svg);
  }
  *svg += "\"/>";
}

void AppendChange(const ChangeRow& change, const TimeAxis& axis, double top, std::string* svg) {
  const double x = axis.Center(change.to.day);
  std::string ids;
  for (AssertionId id : change.to.ids) ids += (ids.empty() ? "" : " ") + std::to_string(id);
  *svg += "<path class=\"change\" data-ids=\"" + ids + "\" d=\"M" + Coord(x - 4) + " " + Coord(top) + "h8l-4 5z\">";
  *svg += "<title>";
  *svg += "changed " + change.to.day.ToString() + ": " + std::string(PositionName(change.from.position)) + " → " +
          std::string(PositionName(change.to.position)) + "</title></path>";
}

}  // namespace

TimelineLayout LayOutTimeline(const TopicReport& topic, const TimeAxis& axis) {
  TimelineLayout layout;
  layout.row_height = kRowHeight;
  layout.width = axis.right() + 8;
  for (size_t r = 0; r < topic.rows.size(); ++r) {
    const double top = kAxisHeight + r * kRowHeight;
    layout.row_top.push_back(top);
    std::vector<Point>& marks = layout.marks.emplace_back();
    int32_t last_day = 0;
    size_t stacked = 0;
    for (size_t i : topic.rows[r].statements) {
      const Date day = topic.statements[i].assertion.date;
      stacked = !marks.empty() && day.day_number() == last_day ? stacked + 1 : 0;
      last_day = day.day_number();
      marks.push_back({axis.Center(day), top + kRowHeight / 2 + kStackOffsets[stacked % 3]});
    }
  }
  layout.height = kAxisHeight + topic.rows.size() * kRowHeight + 6;
  return layout;
}

std::string TimelineSvg(const TopicReport& topic, const TimeAxis& axis, const TimelineLayout& layout) {
  std::string svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Coord(layout.width) +
                    "\" height=\"" + Coord(layout.height) + "\" viewBox=\"0 0 " + Coord(layout.width) + " " +
                    Coord(layout.height) + "\">";
  for (size_t r = 0; r < topic.rows.size(); r += 2) {
    svg += "<rect class=\"stripe\" x=\"0\" y=\"" + Coord(layout.row_top[r]) + "\" width=\"" + Coord(layout.width) +
           "\" height=\"" + Coord(layout.row_height) + "\"/>";
  }
  AppendAxis(axis, layout.height - 6, &svg);
  for (size_t r = 0; r < topic.rows.size(); ++r) {
    const TimelineRowData& row = topic.rows[r];
    const double top = layout.row_top[r];
    svg += "<g class=\"row\"";
    if (row.actor != 0) svg += " data-a=\"" + Escaped(row.label) + "\"";
    svg += ">";
    AppendLabel(row, axis.left() - 8, top + layout.row_height / 2, &svg);
    const double band = std::max(axis.day_width(), 4.0) + 3;
    for (Date day : row.mixed_days) {
      svg += "<rect class=\"mixedday\" x=\"" + Coord(axis.Center(day) - band / 2) + "\" y=\"" + Coord(top + 2) +
             "\" width=\"" + Coord(band) + "\" height=\"" + Coord(layout.row_height - 4) + "\"><title>" +
             day.ToString() + ": support and oppose</title></rect>";
    }
    for (size_t i = 0; i < row.statements.size(); ++i)
      AppendMark(topic, row, row.statements[i], layout.marks[r][i], &svg);
    for (const ChangeRow& change : row.changes) AppendChange(change, axis, top, &svg);
    svg += "</g>";
  }
  return svg + "</svg>";
}

}  // namespace stancekb
