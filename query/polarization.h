// Polarization: how divided the actors of one topic are, month by month
// (the idea behind the Discourse Network Analyzer's polarization measure, in
// its simplest form): as of the end of each month, of the pairs of actors
// who both take a side (support or oppose), the share who take opposite
// sides. Stances follow the as-of rule of `stance` (query/stance.h).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "kb/store.h"

namespace stancekb {

struct PolarizationQuery {
  TopicId topic = 0;
  Date from;   // Count only assertions dated >= from; invalid = no bound.
  Date first;  // The first month reported is first's; must be valid.
  Date to;     // The last month is to's, its stances as of `to`; must be valid and >= first.
};

struct MonthPolarization {
  Date month;           // The month (month precision).
  Date as_of;           // The day the stances are taken at: the month's last day, or `to`.
  int64_t support = 0;  // Actors whose stance is support.
  int64_t oppose = 0;   // Actors whose stance is oppose.

  // Dyads (two actors) who both take a side, and those of them on opposite sides.
  int64_t SidedDyads() const { return (support + oppose) * (support + oppose - 1) / 2; }
  int64_t ConflictDyads() const { return support * oppose; }
  // ConflictDyads() / SidedDyads(); none while fewer than two actors take a side.
  std::optional<double> Share() const;
};

// One entry per month from query.first's to query.to's, in date order.
Status Polarization(const Store& store, const PolarizationQuery& query, std::vector<MonthPolarization>* out);

}  // namespace stancekb
