#include "query/html_report/polarization_chart.h"

#include <cmath>

#include "query/html_report/markup.h"

namespace stancekb {
namespace {

constexpr double kTop = 10;
constexpr double kPlotHeight = 150;
constexpr double kAxisHeight = 22;  // Month labels below the plot.

std::string PointTitle(const MonthPolarization& m) {
  const int percent = static_cast<int>(std::lround(*m.Share() * 100));
  return m.month.ToString() + ": " + std::to_string(m.ConflictDyads()) + " of " + std::to_string(m.SidedDyads()) +
         " pairs taking a side are in conflict (" + std::to_string(percent) + "%); " + std::to_string(m.support) +
         " support, " + std::to_string(m.oppose) + " oppose, as of " + m.as_of.ToString();
}

void AppendGrid(const PolarizationLayout& layout, const TimeAxis& axis, std::string* svg) {
  const Box& plot = layout.plot;
  for (int percent = 0; percent <= 100; percent += 25) {
    const std::string y = Coord(plot.bottom() - plot.height * percent / 100);
    *svg += "<line class=\"grid\" x1=\"" + Coord(plot.x) + "\" x2=\"" + Coord(plot.right()) + "\" y1=\"" + y +
            "\" y2=\"" + y + "\"/><text class=\"ylabel\" x=\"" + Coord(plot.x - 6) + "\" y=\"" + y + "\" dy=\"4\">" +
            std::to_string(percent) + "%</text>";
  }
  for (const TimeAxis::Tick& tick : axis.MonthTicks(56)) {
    const std::string x = Coord(axis.Start(tick.day));
    *svg += "<line class=\"grid\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + Coord(plot.y) + "\" y2=\"" +
            Coord(plot.bottom() + 4) + "\"/><text class=\"tick\" x=\"" + x + "\" y=\"" + Coord(plot.bottom() + 17) +
            "\">" + tick.label + "</text>";
  }
}

}  // namespace

PolarizationLayout LayOutPolarization(const std::vector<MonthPolarization>& months, const TimeAxis& axis) {
  PolarizationLayout layout;
  layout.width = axis.right() + 8;
  layout.height = kTop + kPlotHeight + kAxisHeight;
  layout.plot = {axis.left(), kTop, axis.right() - axis.left(), kPlotHeight};
  for (const MonthPolarization& month : months) {
    const std::optional<double> share = month.Share();
    if (!share) {
      layout.points.push_back(std::nullopt);
      continue;
    }
    layout.points.push_back(Point{axis.Center(month.as_of), layout.plot.bottom() - *share * kPlotHeight});
  }
  return layout;
}

std::string PolarizationSvg(const std::vector<MonthPolarization>& months, const TimeAxis& axis,
                            const PolarizationLayout& layout) {
  std::string svg = "<svg class=\"polarization\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Coord(layout.width) +
                    "\" height=\"" + Coord(layout.height) + "\" viewBox=\"0 0 " + Coord(layout.width) + " " +
                    Coord(layout.height) + "\">";
  AppendGrid(layout, axis, &svg);
  std::string path;
  bool drawing = false;
  for (const std::optional<Point>& p : layout.points) {
    if (p) path += (drawing ? "L" : "M") + Coord(p->x) + " " + Coord(p->y);
    drawing = p.has_value();
  }
  if (!path.empty()) svg += "<path class=\"line\" d=\"" + path + "\"/>";
  for (size_t i = 0; i < months.size(); ++i) {
    if (!layout.points[i]) continue;
    svg += "<circle class=\"point\" cx=\"" + Coord(layout.points[i]->x) + "\" cy=\"" + Coord(layout.points[i]->y) +
           "\" r=\"3\"><title>" + PointTitle(months[i]) + "</title></circle>";
  }
  return svg + "</svg>";
}

}  // namespace stancekb
