// ReportData: every fact the HTML report shows, gathered from the query
// layer (said, timeline, changes, disagree, network, blocs, polarization)
// and never recomputed: the page writer only draws and lays out.
//
// Each topic gets one timeline row per drawn actor. Named actors are all
// drawn; otherwise a topic's most active actors are (statements in the
// range), and the rest fold into one "others" row that still carries a mark
// for each of their statements. The network, blocs, changes and
// disagreements cover the drawn actors, so a topic with thousands of actors
// stays readable and fast; polarization covers every actor of the topic.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "kb/store.h"
#include "query/assertion_view.h"
#include "query/blocs.h"
#include "query/changes.h"
#include "query/network.h"
#include "query/polarization.h"
#include "query/result_table.h"

namespace stancekb {

struct ReportQuery {
  std::vector<TopicId> topics;  // In page order; empty: every topic with a statement in range.
  std::vector<ActorId> actors;  // Empty: each topic's `top` most active actors.
  Date from;                    // Inclusive; invalid = open.
  Date to;                      // Inclusive; invalid = open, stances as of `today`.
  Date today;
  int top = 30;
};

// One row of a topic's timeline.
struct TimelineRowData {
  ActorId actor = 0;               // 0 for the "others" row.
  std::string label;               // The actor's name, or "others".
  size_t actors = 1;               // The "others" row: how many actors it folds.
  std::vector<size_t> statements;  // Indexes into TopicReport::statements, in date order.
  std::vector<Date> mixed_days;    // Days whose statements hold both sides (timeline).
  std::vector<ChangeRow> changes;  // Position changes (changes); none for "others".
};

struct TopicReport {
  Topic topic;
  std::vector<AssertionView> statements;              // said, for the drawn actors and the others.
  std::unordered_map<AssertionId, std::string> urls;  // Of the statements whose document has one.
  size_t actor_count = 0;                             // Actors with a statement in range.
  std::vector<TimelineRowData> rows;                  // Drawn actors by name, then "others".
  bool folded = false;                                // Some actors are in "others".
  ResultTable changes{{}};                            // changes of the drawn actors.
  ResultTable disagreements{{}};                      // disagree among the drawn actors, as of `at`.
  ActorNetwork network;                               // network among the drawn actors, as of `at`.
  ResultTable blocs{{}};                              // blocs among them.
  std::vector<MonthPolarization> polarization;
};

struct ReportData {
  ReportQuery query;
  Date at;           // Stances as of this day (query.to, else today).
  Date first, last;  // The days the charts span.
  std::vector<TopicReport> topics;
};

Status CollectReport(const Store& store, const ReportQuery& query, ReportData* out);

}  // namespace stancekb
