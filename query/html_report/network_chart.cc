#include "query/html_report/network_chart.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "query/html_report/markup.h"

namespace stancekb {
namespace {

constexpr double kCurve = 14;  // How far a pair's second edge bows out.

size_t Column(const ResultTable& table, const std::string& name) {
  const auto& columns = table.columns();
  return std::find(columns.begin(), columns.end(), name) - columns.begin();
}

double EdgeWidth(int weight) { return std::min(1.5 + 1.5 * (weight - 1), 9.0); }

// A straight line, or a curve bowing to one side when the pair has two edges.
std::string EdgePath(Point a, Point b, int bow) {
  std::string d = "M" + Coord(a.x) + " " + Coord(a.y);
  if (bow == 0) return d + "L" + Coord(b.x) + " " + Coord(b.y);
  const double dx = b.x - a.x, dy = b.y - a.y, length = std::max(std::hypot(dx, dy), 1e-6);
  const Point control{(a.x + b.x) / 2 - dy / length * kCurve * bow, (a.y + b.y) / 2 + dx / length * kCurve * bow};
  return d + "Q" + Coord(control.x) + " " + Coord(control.y) + " " + Coord(b.x) + " " + Coord(b.y);
}

void AppendEdges(const ActorNetwork& network, const NetworkLayout& layout, std::string* svg) {
  std::map<std::pair<size_t, size_t>, int> edges_of_pair;
  for (auto [it, end] = boost::edges(network); it != end; ++it) {
    ++edges_of_pair[std::minmax(boost::source(*it, network), boost::target(*it, network))];
  }
  for (auto [it, end] = boost::edges(network); it != end; ++it) {
    const size_t s = boost::source(*it, network), t = boost::target(*it, network);
    const RelationEdge& e = network[*it];
    const bool conflict = e.kind == "conflict";
    const int bow = edges_of_pair[std::minmax(s, t)] > 1 ? (conflict ? 1 : -1) : 0;
    *svg += "<path class=\"edge " + e.kind + "\" data-ids=\"" + e.ids + "\" d=\"" +
            EdgePath(layout.nodes[s], layout.nodes[t], bow) + "\" stroke-width=\"" + Coord(EdgeWidth(e.weight)) +
            "\"><title>";
    AppendEscaped(network[s].label + " and " + network[t].label + (conflict ? " disagree" : " agree") + " on " +
                      e.topics + " (assertions " + e.ids + ")",
                  svg);
    *svg += "</title></path>";
  }
}

void AppendNode(const ActorNode& node, Point at, double radius, const std::vector<int>& blocs, std::string* svg) {
  const std::string fill = blocs.empty() ? "#d9d9d9" : BlocColour(blocs[0]);
  const std::string ring = blocs.size() > 1 ? BlocColour(blocs[1]) : "#555";
  std::string bloc_text = blocs.empty() ? "in no bloc" : "bloc";
  for (size_t i = 0; i < blocs.size(); ++i) bloc_text += (i == 0 ? " " : ", ") + std::to_string(blocs[i]);
  *svg += "<circle class=\"node\" data-a=\"" + Escaped(node.label) + "\" cx=\"" + Coord(at.x) + "\" cy=\"" +
          Coord(at.y) + "\" r=\"" + Coord(radius) + "\" fill=\"" + fill + "\" stroke=\"" + ring + "\" stroke-width=\"" +
          (blocs.size() > 1 ? "3" : "1") + "\"><title>";
  AppendEscaped(node.label + " (" + node.kind + "): " + std::to_string(node.statements) + " statements, " + bloc_text,
                svg);
  *svg += "</title></circle>";
}

}  // namespace

std::vector<std::vector<int>> BlocsOfVertices(const ActorNetwork& network, const ResultTable& blocs) {
  std::map<std::string, std::vector<int>> by_name;
  const size_t number = Column(blocs, "bloc"), members = Column(blocs, "members");
  for (const auto& row : blocs.rows()) {
    for (const auto& name : row.at(members)) by_name[name.get<std::string>()].push_back(row.at(number).get<int>());
  }
  std::vector<std::vector<int>> out;
  for (size_t v = 0; v < boost::num_vertices(network); ++v) out.push_back(by_name[network[v].label]);
  return out;
}

std::string BlocColour(int number) {
  static const char* const kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948",
                                         "#76b7b2", "#ff9da7", "#9c755f", "#e15759", "#bab0ac"};
  return kPalette[(number - 1) % (sizeof kPalette / sizeof kPalette[0])];
}

std::string NetworkSvg(const ActorNetwork& network, const NetworkLayout& layout,
                       const std::vector<std::vector<int>>& blocs_of_vertex) {
  std::string svg = "<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Coord(layout.width) +
                    "\" height=\"" + Coord(layout.height) + "\" viewBox=\"0 0 " + Coord(layout.width) + " " +
                    Coord(layout.height) + "\">";
  AppendEdges(network, layout, &svg);
  for (size_t v = 0; v < boost::num_vertices(network); ++v) {
    AppendNode(network[v], layout.nodes[v], layout.radius[v], blocs_of_vertex[v], &svg);
  }
  for (size_t v = 0; v < boost::num_vertices(network); ++v) {
    if (!layout.labels[v]) continue;
    const Box& box = *layout.labels[v];
    svg += "<text class=\"nlabel\" x=\"" + Coord(box.x + 2) + "\" y=\"" + Coord(box.y + 11) + "\">";
    AppendEscaped(network[v].label, &svg);
    svg += "</text>";
  }
  return svg + "</svg>";
}

}  // namespace stancekb
