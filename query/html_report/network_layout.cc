#include "query/html_report/network_layout.h"

#include <algorithm>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <cmath>

#include "query/html_report/markup.h"

namespace stancekb {
namespace {

using Topology = boost::rectangle_topology<>;
using LayoutGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

constexpr double kMargin = 16;    // Between the box's edge and a circle.
constexpr double kNodeGap = 6;    // Between two circles.
constexpr double kCharWidth = 7;  // Generous for 12px sans-serif.
constexpr int kLayoutIterations = 300;
constexpr int kSeparationRounds = 50;

// Force-directed positions in [-1, 1]² of the congruence graph.
std::vector<Point> ForcePositions(const ActorNetwork& network) {
  const size_t n = boost::num_vertices(network);
  LayoutGraph graph(n);
  for (auto [it, end] = boost::edges(network); it != end; ++it) {
    if (network[*it].kind == "congruence")
      boost::add_edge(boost::source(*it, network), boost::target(*it, network), graph);
  }
  Topology topology(-1, -1, 1, 1);
  std::vector<Topology::point_type> positions(n);
  auto position_map = boost::make_iterator_property_map(positions.begin(), boost::get(boost::vertex_index, graph));
  boost::circle_graph_layout(graph, position_map, 0.8);
  if (n > 1) {
    boost::fruchterman_reingold_force_directed_layout(
        graph, position_map, topology,
        boost::cooling(boost::linear_cooling<double>(kLayoutIterations, 0.3)).force_pairs(boost::all_force_pairs()));
  }
  std::vector<Point> points;
  for (const auto& p : positions) points.push_back({p[0], p[1]});
  return points;
}

// Scales the points to fill `box` (each axis on its own).
void FitInto(const Box& box, std::vector<Point>* points) {
  double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
  for (const Point& p : *points) {
    min_x = std::min(min_x, p.x);
    max_x = std::max(max_x, p.x);
    min_y = std::min(min_y, p.y);
    max_y = std::max(max_y, p.y);
  }
  auto scale = [](double v, double lo, double hi, double start, double size) {
    return hi - lo < 1e-9 ? start + size / 2 : start + (v - lo) / (hi - lo) * size;
  };
  for (Point& p : *points) {
    p.x = scale(p.x, min_x, max_x, box.x, box.width);
    p.y = scale(p.y, min_y, max_y, box.y, box.height);
  }
}

// Pushes overlapping circles apart, keeping their centres inside `box`.
void Separate(const std::vector<double>& radius, const Box& box, std::vector<Point>* points) {
  std::vector<Point>& p = *points;
  for (int round = 0; round < kSeparationRounds; ++round) {
    bool moved = false;
    for (size_t i = 0; i < p.size(); ++i) {
      for (size_t j = i + 1; j < p.size(); ++j) {
        const double need = radius[i] + radius[j] + kNodeGap;
        double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
        double d = std::hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) {  // Same place: part them sideways, deterministically.
          dx = 1;
          dy = 0;
          d = 1;
        }
        const double push = (need - d) / 2;
        p[i].x -= dx / d * push;
        p[i].y -= dy / d * push;
        p[j].x += dx / d * push;
        p[j].y += dy / d * push;
        moved = true;
      }
    }
    for (Point& q : p) {
      q.x = std::clamp(q.x, box.x, box.right());
      q.y = std::clamp(q.y, box.y, box.bottom());
    }
    if (!moved) break;
  }
}

Box CircleBox(Point centre, double radius) { return {centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}; }

}  // namespace

double LabelWidth(const std::string& text) { return CharCount(text) * kCharWidth + 4; }

std::vector<std::optional<Box>> PlaceLabels(const std::vector<Point>& nodes, const std::vector<double>& radius,
                                            const std::vector<double>& widths, const std::vector<size_t>& order,
                                            const Box& bounds) {
  std::vector<Box> taken;
  for (size_t i = 0; i < nodes.size(); ++i) taken.push_back(CircleBox(nodes[i], radius[i]));
  std::vector<std::optional<Box>> labels(nodes.size());
  for (size_t i : order) {
    const Point c = nodes[i];
    const double r = radius[i] + 3, w = widths[i], h = kLabelHeight;
    const double d = r * 0.71;  // The corners: on the circle's diagonal.
    const Box places[] = {{c.x + r, c.y - h / 2, w, h},     {c.x - r - w, c.y - h / 2, w, h},
                          {c.x - w / 2, c.y - r - h, w, h}, {c.x - w / 2, c.y + r, w, h},
                          {c.x + d, c.y - d - h, w, h},     {c.x - d - w, c.y - d - h, w, h},
                          {c.x + d, c.y + d, w, h},         {c.x - d - w, c.y + d, w, h}};
    for (const Box& place : places) {
      const bool free = bounds.Contains(place) &&
                        std::none_of(taken.begin(), taken.end(), [&](const Box& b) { return b.Overlaps(place); });
      if (!free) continue;
      labels[i] = place;
      taken.push_back(place);
      break;
    }
  }
  return labels;
}

NetworkLayout LayOutNetwork(const ActorNetwork& network, double width, double height) {
  NetworkLayout layout;
  layout.width = width;
  layout.height = height;
  const size_t n = boost::num_vertices(network);
  int most = 1;
  for (size_t v = 0; v < n; ++v) most = std::max(most, network[v].statements);
  for (size_t v = 0; v < n; ++v) layout.radius.push_back(5 + 7 * std::sqrt(double(network[v].statements) / most));
  // Room for a label beside the outermost circles.
  const Box inner{kMargin + 60, kMargin + 24, width - 2 * (kMargin + 60), height - 2 * (kMargin + 24)};
  layout.nodes = ForcePositions(network);
  FitInto(inner, &layout.nodes);
  Separate(layout.radius, inner, &layout.nodes);
  std::vector<double> widths;
  std::vector<size_t> order;
  for (size_t v = 0; v < n; ++v) {
    widths.push_back(LabelWidth(network[v].label));
    order.push_back(v);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&network](size_t a, size_t b) { return network[a].statements > network[b].statements; });
  layout.labels = PlaceLabels(layout.nodes, layout.radius, widths, order, {0, 0, width, height});
  return layout;
}

}  // namespace stancekb
