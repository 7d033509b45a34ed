// The report's drawing functions: where the time axis puts days, where
// timeline marks, network nodes and labels, and polarization points land,
// and what the SVG they produce holds.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "query/html_report/network_chart.h"
#include "query/html_report/network_layout.h"
#include "query/html_report/polarization_chart.h"
#include "query/html_report/time_axis.h"
#include "query/html_report/timeline_chart.h"

namespace stancekb {
namespace {

Date D(const std::string& text) {
  Date date;
  EXPECT_TRUE(Date::Parse(text, &date).ok()) << text;
  return date;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

TEST(TimeAxisTest, DaysAreEqualBandsFromLeftToRight) {
  const TimeAxis axis(D("2025-03-01"), D("2025-03-10"), 100, 500);
  EXPECT_DOUBLE_EQ(axis.day_width(), 50);
  EXPECT_DOUBLE_EQ(axis.Start(D("2025-03-01")), 100);
  EXPECT_DOUBLE_EQ(axis.Center(D("2025-03-01")), 125);
  EXPECT_DOUBLE_EQ(axis.Start(D("2025-03-10")) + axis.day_width(), axis.right());
}

TEST(TimeAxisTest, MonthTicksThinOutToKeepTheirSpacing) {
  const TimeAxis months(D("2025-03-01"), D("2025-08-31"), 0, 900);
  std::vector<std::string> labels;
  for (const auto& tick : months.MonthTicks(56)) labels.push_back(tick.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"}));

  const TimeAxis years(D("2015-01-01"), D("2024-12-31"), 0, 800);
  const auto ticks = years.MonthTicks(56);
  ASSERT_EQ(ticks.size(), 10u);  // 80 px a year: one tick a year.
  EXPECT_EQ(ticks.front().label, "2015");
  EXPECT_EQ(ticks.back().label, "2024");
  for (size_t i = 1; i < ticks.size(); ++i) {
    EXPECT_GE(years.Start(ticks[i].day) - years.Start(ticks[i - 1].day), 56);
  }

  // Quarters start in January, April, July, October; none before the axis.
  const TimeAxis quarters(D("2025-02-15"), D("2025-12-31"), 0, 500);
  std::vector<std::string> quarter_labels;
  for (const auto& tick : quarters.MonthTicks(100)) quarter_labels.push_back(tick.label);
  EXPECT_EQ(quarter_labels, (std::vector<std::string>{"2025-04", "2025-07", "2025-10"}));
}

AssertionView View(AssertionId id, const std::string& actor, Stance stance, const std::string& date,
                   const std::string& quote = "a quote") {
  AssertionView view;
  view.assertion.id = id;
  view.assertion.stance = stance;
  view.assertion.date = D(date);
  view.assertion.evidence.quote = quote;
  view.actor = actor;
  view.topic = "ceasefire";
  view.source = "Wire";
  return view;
}

// Two drawn actors and an "others" row for Cy and Di; Ann says three things
// on one day.
TopicReport SampleTopic() {
  TopicReport topic;
  topic.statements = {View(1, "Ann", Stance::kSupport, "2025-03-02"),
                      View(2, "Ann", Stance::kOppose, "2025-03-02"),
                      View(3, "Ann", Stance::kNeutral, "2025-03-02"),
                      View(4, "Ann", Stance::kSupport, "2025-03-20"),
                      View(5, "Bob", Stance::kOppose, "2025-03-05", "he said \"<no>\" & left"),
                      View(6, "Cy", Stance::kSupport, "2025-03-07"),
                      View(7, "Di", Stance::kOppose, "2025-03-09")};
  topic.rows.push_back({11, "Ann", 1, {0, 1, 2, 3}, {D("2025-03-02")}, {}});
  topic.rows.push_back({12, "Bob", 1, {4}, {}, {}});
  topic.rows.push_back({0, "others", 2, {5, 6}, {}, {}});
  ChangeRow change;
  change.from = {Position::kMixed, D("2025-03-02"), {1, 2, 3}};
  change.to = {Position::kSupport, D("2025-03-20"), {4}};
  topic.rows[0].changes.push_back(change);
  topic.actor_count = 4;
  topic.folded = true;
  return topic;
}

TEST(TimelineChartTest, MarksSitOnTheirDayInsideTheirRow) {
  const TopicReport topic = SampleTopic();
  const TimeAxis axis(D("2025-03-01"), D("2025-03-31"), 200, 620);
  const TimelineLayout layout = LayOutTimeline(topic, axis);
  ASSERT_EQ(layout.marks.size(), 3u);
  for (size_t r = 0; r < topic.rows.size(); ++r) {
    ASSERT_EQ(layout.marks[r].size(), topic.rows[r].statements.size());
    if (r > 0) {
      EXPECT_GE(layout.row_top[r], layout.row_top[r - 1] + layout.row_height);
    }
    for (size_t i = 0; i < layout.marks[r].size(); ++i) {
      const Point p = layout.marks[r][i];
      EXPECT_DOUBLE_EQ(p.x, axis.Center(topic.statements[topic.rows[r].statements[i]].assertion.date));
      EXPECT_GT(p.y - 4, layout.row_top[r]);
      EXPECT_LT(p.y + 4, layout.row_top[r] + layout.row_height);
    }
  }
  // Ann's three statements of 2 March are stacked, not drawn on each other.
  const auto& ann = layout.marks[0];
  EXPECT_NE(ann[0].y, ann[1].y);
  EXPECT_NE(ann[1].y, ann[2].y);
  EXPECT_NE(ann[0].y, ann[2].y);
  EXPECT_EQ(ann[3].y, ann[0].y);  // A new day starts in the middle again.
  EXPECT_GE(layout.height, layout.row_top.back() + layout.row_height);
  EXPECT_GE(layout.width, axis.right());
}

TEST(TimelineChartTest, SvgHasAMarkPerStatementWithItsEvidenceEscaped) {
  const TopicReport topic = SampleTopic();
  const TimeAxis axis(D("2025-03-01"), D("2025-03-31"), 200, 620);
  const std::string svg = TimelineSvg(topic, axis, LayOutTimeline(topic, axis));
  EXPECT_EQ(Count(svg, "class=\"mark "), topic.statements.size());
  EXPECT_EQ(Count(svg, "class=\"mark support\""), 3u);
  EXPECT_EQ(Count(svg, "class=\"mixedday\""), 1u);
  EXPECT_EQ(Count(svg, "class=\"change\""), 1u);
  EXPECT_NE(svg.find("id=\"m5\""), std::string::npos);
  EXPECT_NE(svg.find("data-q=\"he said &quot;&lt;no&gt;&quot; &amp; left\""), std::string::npos);
  EXPECT_EQ(svg.find("<no>"), std::string::npos);
  // Marks of the others row name their actor; drawn rows name it once.
  EXPECT_NE(svg.find("data-a=\"Cy\""), std::string::npos);
  EXPECT_EQ(Count(svg, "data-a=\"Ann\""), 1u);
  EXPECT_NE(svg.find("others (2 actors)"), std::string::npos);
}

// Two camps (A, B) and (C, D) that agree inside and disagree across.
ActorNetwork TwoCamps() {
  ActorNetwork g;
  for (const char* name : {"Alpha", "Bravo", "Charlie", "Delta", "Echo"})
    boost::add_vertex(ActorNode{name, "person", "", 2, 1}, g);
  boost::add_edge(0, 1, RelationEdge{"congruence", 1, "ceasefire", "1 2"}, g);
  boost::add_edge(2, 3, RelationEdge{"congruence", 1, "ceasefire", "3 4"}, g);
  boost::add_edge(0, 2, RelationEdge{"conflict", 1, "ceasefire", "1 3"}, g);
  boost::add_edge(1, 3, RelationEdge{"conflict", 2, "ceasefire sanctions", "2 4"}, g);
  boost::add_edge(1, 3, RelationEdge{"congruence", 1, "talks", "5 6"}, g);
  return g;  // Echo relates to nobody.
}

double Distance(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

TEST(NetworkLayoutTest, AgreeingActorsSitCloserThanOpponentsAndNothingOverlaps) {
  const ActorNetwork g = TwoCamps();
  const NetworkLayout layout = LayOutNetwork(g, 640, 460);
  ASSERT_EQ(layout.nodes.size(), 5u);
  const Box bounds{0, 0, 640, 460};
  for (size_t i = 0; i < layout.nodes.size(); ++i) {
    const Point p = layout.nodes[i];
    EXPECT_TRUE(
        bounds.Contains({p.x - layout.radius[i], p.y - layout.radius[i], 2 * layout.radius[i], 2 * layout.radius[i]}));
    for (size_t j = i + 1; j < layout.nodes.size(); ++j) {
      EXPECT_GT(Distance(p, layout.nodes[j]), layout.radius[i] + layout.radius[j]) << i << " " << j;
    }
  }
  EXPECT_LT(Distance(layout.nodes[2], layout.nodes[3]), Distance(layout.nodes[0], layout.nodes[2]));
  // Same network, same picture.
  const NetworkLayout again = LayOutNetwork(g, 640, 460);
  for (size_t i = 0; i < layout.nodes.size(); ++i) {
    EXPECT_EQ(layout.nodes[i].x, again.nodes[i].x);
    EXPECT_EQ(layout.nodes[i].y, again.nodes[i].y);
  }
  for (size_t i = 0; i < layout.labels.size(); ++i) {
    ASSERT_TRUE(layout.labels[i].has_value()) << "room enough for every name";
    EXPECT_TRUE(bounds.Contains(*layout.labels[i]));
  }
}

TEST(NetworkLayoutTest, LabelsNeverOverlapAndGiveWayWhenCrowded) {
  // Twelve nodes on top of one another: few labels fit, and those that do
  // overlap no circle and no other label.
  std::vector<Point> nodes(12, Point{100, 100});
  for (size_t i = 0; i < nodes.size(); ++i) nodes[i].x += i * 3;
  const std::vector<double> radius(nodes.size(), 6);
  const std::vector<double> widths(nodes.size(), 80);
  std::vector<size_t> order(nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const Box bounds{0, 0, 300, 200};
  const auto labels = PlaceLabels(nodes, radius, widths, order, bounds);
  std::vector<Box> placed;
  for (const auto& label : labels) {
    if (!label) continue;
    EXPECT_TRUE(bounds.Contains(*label));
    for (const Box& other : placed) EXPECT_FALSE(label->Overlaps(other));
    for (size_t i = 0; i < nodes.size(); ++i) {
      EXPECT_FALSE(label->Overlaps({nodes[i].x - 6, nodes[i].y - 6, 12, 12}));
    }
    placed.push_back(*label);
  }
  EXPECT_GE(placed.size(), 2u);
  EXPECT_LT(placed.size(), nodes.size());
  EXPECT_TRUE(labels[0].has_value());  // The first served finds a place.
}

TEST(NetworkLayoutTest, ALabelWithRoomSitsRightOfItsCircle) {
  const auto labels = PlaceLabels({{100, 100}}, {6}, {80}, {0}, {0, 0, 300, 200});
  ASSERT_TRUE(labels[0].has_value());
  EXPECT_GE(labels[0]->x, 106);
  EXPECT_LT(labels[0]->x, 112);
  EXPECT_DOUBLE_EQ(labels[0]->y + labels[0]->height / 2, 100);
}

TEST(NetworkChartTest, NodesColouredByBlocAndEdgesByKindAndWeight) {
  const ActorNetwork g = TwoCamps();
  ResultTable blocs({"bloc", "members", "shared_members", "positions", "ids"});
  blocs.AddRow({1, std::vector<std::string>{"Alpha", "Bravo"}, std::vector<std::string>{"Bravo"}, "", ""});
  blocs.AddRow({2, std::vector<std::string>{"Bravo", "Charlie", "Delta"}, std::vector<std::string>{"Bravo"}, "", ""});
  const auto of_vertex = BlocsOfVertices(g, blocs);
  EXPECT_EQ(of_vertex, (std::vector<std::vector<int>>{{1}, {1, 2}, {2}, {2}, {}}));

  const std::string svg = NetworkSvg(g, LayOutNetwork(g, 640, 460), of_vertex);
  EXPECT_EQ(Count(svg, "class=\"node\""), 5u);
  EXPECT_EQ(Count(svg, "class=\"edge conflict\""), 2u);
  EXPECT_EQ(Count(svg, "class=\"edge congruence\""), 3u);
  EXPECT_EQ(Count(svg, "class=\"nlabel\""), 5u);
  // Weight 2 is drawn wider than weight 1.
  EXPECT_TRUE(std::regex_search(svg, std::regex("class=\"edge conflict\" data-ids=\"2 4\"[^>]*stroke-width=\"3\"")));
  EXPECT_TRUE(std::regex_search(svg, std::regex("class=\"edge conflict\" data-ids=\"1 3\"[^>]*stroke-width=\"1.5\"")));
  EXPECT_NE(svg.find("fill=\"" + BlocColour(2) + "\""), std::string::npos);
  // Bravo–Delta has two edges: both curve, to opposite sides.
  EXPECT_EQ(Count(svg, "Q"), 2u);
  EXPECT_NE(svg.find("data-ids=\"2 4\""), std::string::npos);
}

TEST(PolarizationChartTest, SharesMapFromBottomToTopAndGapsBreakTheLine) {
  std::vector<MonthPolarization> months = {{D("2025-01"), D("2025-01-31"), 2, 0},
                                           {D("2025-02"), D("2025-02-28"), 1, 0},
                                           {D("2025-03"), D("2025-03-31"), 1, 1},
                                           {D("2025-04"), D("2025-04-30"), 2, 1}};
  const TimeAxis axis(D("2025-01-01"), D("2025-04-30"), 200, 600);
  const PolarizationLayout layout = LayOutPolarization(months, axis);
  ASSERT_EQ(layout.points.size(), 4u);
  EXPECT_DOUBLE_EQ(layout.points[0]->y, layout.plot.bottom());  // 0%.
  EXPECT_FALSE(layout.points[1].has_value());                   // One actor takes a side.
  EXPECT_DOUBLE_EQ(layout.points[2]->y, layout.plot.y);         // 100%.
  EXPECT_NEAR(layout.points[3]->y, layout.plot.bottom() - layout.plot.height * 2 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(layout.points[3]->x, axis.Center(D("2025-04-30")));
  const std::string svg = PolarizationSvg(months, axis, layout);
  EXPECT_EQ(Count(svg, "class=\"point\""), 3u);
  const std::smatch path = [&] {
    std::smatch m;
    std::regex_search(svg, m, std::regex("class=\"line\" d=\"([^\"]*)\""));
    return m;
  }();
  ASSERT_FALSE(path.empty());
  EXPECT_EQ(Count(path[1].str(), "M"), 2u);  // January alone, then March to April.
  EXPECT_NE(svg.find("2 of 3 pairs taking a side are in conflict (67%)"), std::string::npos);
}

}  // namespace
}  // namespace stancekb
