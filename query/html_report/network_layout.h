// NetworkLayout: where the agreement network's actors and their names go.
// Positions come from Boost.Graph's Fruchterman–Reingold force-directed
// layout run on the congruence edges only, so actors who agree pull
// together and camps in conflict drift apart (a conflict edge that
// attracted would draw opponents together). Start positions are a circle,
// so the same network always gets the same picture.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/html_report/geometry.h"
#include "query/network.h"

namespace stancekb {

struct NetworkLayout {
  double width = 0;
  double height = 0;
  std::vector<Point> nodes;                // One per vertex, in vertex order.
  std::vector<double> radius;              // Grows with the actor's statements.
  std::vector<std::optional<Box>> labels;  // The box of each name; none when no free place was found.
};

// Lays the network out in a width × height box: nodes keep a margin from the
// edges and from each other (no two circles overlap when there is room).
NetworkLayout LayOutNetwork(const ActorNetwork& network, double width, double height);

// The box of a label of `text` in the report's network font.
double LabelWidth(const std::string& text);
constexpr double kLabelHeight = 14;

// Places one label per node beside its circle: the first of eight places
// around it (right, left, above, below, then the corners) that stays inside
// `bounds` and overlaps no circle and no label placed before. Nodes are
// served in `order` (most important first); a node with no free place gets
// no label (its name still shows on hover).
std::vector<std::optional<Box>> PlaceLabels(const std::vector<Point>& nodes, const std::vector<double>& radius,
                                            const std::vector<double>& widths, const std::vector<size_t>& order,
                                            const Box& bounds);

}  // namespace stancekb
