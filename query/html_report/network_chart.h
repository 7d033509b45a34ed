// NetworkChart: the agreement network as SVG: congruence edges green and
// solid, conflict edges red and dashed, each as wide as the number of topics
// it stands for; nodes filled with their bloc's colour (a second bloc's
// colour as the ring of a shared member, grey for an actor in no bloc),
// sized by statements, named where PlaceLabels found room. Pure functions.
//
// Edges carry the deciding assertions' ids (data-ids), so the page can
// point from an edge to its marks in the timelines.
#pragma once

#include <string>
#include <vector>

#include "query/html_report/network_layout.h"
#include "query/network.h"
#include "query/result_table.h"

namespace stancekb {

// The blocs (numbered from 1, as `blocs` prints them) each vertex belongs to,
// matched by name from a BlocsTable.
std::vector<std::vector<int>> BlocsOfVertices(const ActorNetwork& network, const ResultTable& blocs);

// The fill colour of bloc `number` (from 1), cycling through a palette.
std::string BlocColour(int number);

std::string NetworkSvg(const ActorNetwork& network, const NetworkLayout& layout,
                       const std::vector<std::vector<int>>& blocs_of_vertex);

}  // namespace stancekb
