// agree/disagree pairs, the congruence/conflict network and blocs.
#include <gtest/gtest.h>

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <sstream>

#include "query/blocs.h"
#include "query/dyads.h"
#include "query/network_writers.h"
#include "query/signed_partition.h"
#include "tests/query/query_test_util.h"
#include "tests/status_test_util.h"

namespace stancekb {
namespace {

using testing::QueryTest;

class RelationsTest : public QueryTest {
 protected:
  // Two camps on ceasefire; Neutral Nell and Mixed Max relate to nobody.
  // Putin has a (made-up) Wikidata id.
  void AddCamps() {
    Actor putin;
    putin.name = "Putin";
    putin.wikidata = "Q1001";
    WriteResult result;
    ASSERT_OK(store_->Apply(WriteSet{{putin}, {}, {}, {}}, &result));
    AddHistory({
        {"Zelensky", "ceasefire", Stance::kSupport, "2025-03-11"},
        {"Trump", "ceasefire", Stance::kSupport, "2025-03-12"},
        {"Putin", "ceasefire", Stance::kOppose, "2025-03-13"},
        {"Nell", "ceasefire", Stance::kNeutral, "2025-03-13"},
        {"Max", "ceasefire", Stance::kSupport, "2025-03-13"},
        {"Max", "ceasefire", Stance::kOppose, "2025-03-13"},
        {"Putin", "sanctions", Stance::kOppose, "2025-03-01"},
        {"Zelensky", "sanctions", Stance::kSupport, "2025-03-01"},
    });
  }

  std::string DyadsCsv(const PositionQuery& query, Relation relation) {
    Dyads dyads;
    EXPECT_OK(FindDyads(*store_, query, relation, &dyads));
    ResultTable table({});
    EXPECT_OK(DyadsTable(*store_, dyads, &table));
    std::ostringstream out;
    table.Print(OutputFormat::kCsv, out);
    return testing::FirstColumns(out.str(), 6);
  }
};

TEST_F(RelationsTest, DisagreeOnOneTopic) {
  AddCamps();
  EXPECT_EQ(DyadsCsv({TopicOf("ceasefire"), Date(), D("2025-04-01")}, Relation::kDisagree),
            "actor_a,actor_b,topic,stance_a,stance_b,count\n"
            "Putin,Trump,ceasefire,oppose,support,1\n"
            "Putin,Zelensky,ceasefire,oppose,support,1\n");
}

TEST_F(RelationsTest, DisagreeAcrossTopicsCountsPerPair) {
  AddCamps();
  EXPECT_EQ(DyadsCsv({std::nullopt, Date(), D("2025-04-01")}, Relation::kDisagree),
            "actor_a,actor_b,topic,stance_a,stance_b,count\n"
            "Putin,Zelensky,ceasefire,oppose,support,2\n"
            "Putin,Zelensky,sanctions,oppose,support,2\n"
            "Putin,Trump,ceasefire,oppose,support,1\n");
}

// Putin's later neutral statement does not take back his opposition, so
// the camps stay as they were; Nell, neutral only, disagrees with nobody.
TEST_F(RelationsTest, DisagreeKeepsASideAfterANeutralStatement) {
  AddCamps();
  Add("Putin", "ceasefire", Stance::kNeutral, "2025-03-20");
  Add("Nell", "ceasefire", Stance::kNeutral, "2025-03-21");
  Add("Zelensky", "ceasefire", Stance::kSupport, "2025-03-22");
  EXPECT_EQ(DyadsCsv({TopicOf("ceasefire"), Date(), D("2025-04-01")}, Relation::kDisagree),
            "actor_a,actor_b,topic,stance_a,stance_b,count\n"
            "Putin,Trump,ceasefire,oppose,support,1\n"
            "Putin,Zelensky,ceasefire,oppose,support,1\n");
  // Counting only assertions from 2025-03-15 on, Zelensky supports and
  // Putin took no side.
  EXPECT_EQ(DyadsCsv({TopicOf("ceasefire"), D("2025-03-15"), D("2025-04-01")}, Relation::kDisagree),
            "actor_a,actor_b,topic,stance_a,stance_b,count\n");
}

TEST_F(RelationsTest, AgreeAsOfADate) {
  AddCamps();
  EXPECT_EQ(DyadsCsv({TopicOf("ceasefire"), Date(), D("2025-04-01")}, Relation::kAgree),
            "actor_a,actor_b,topic,stance_a,stance_b,count\n"
            "Trump,Zelensky,ceasefire,support,support,1\n");
  // Before Trump spoke there is nobody to agree with.
  EXPECT_EQ(DyadsCsv({TopicOf("ceasefire"), Date(), D("2025-03-11")}, Relation::kAgree),
            "actor_a,actor_b,topic,stance_a,stance_b,count\n");
}

TEST_F(RelationsTest, GraphmlReadsBack) {
  AddCamps();
  ActorNetwork network;
  ASSERT_OK(BuildNetwork(*store_, {std::nullopt, Date(), D("2025-04-01")}, &network));
  std::ostringstream graphml;
  WriteGraphml(network, graphml);

  ActorNetwork parsed;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&ActorNode::label, parsed));
  dp.property("kind", boost::get(&ActorNode::kind, parsed));
  dp.property("statements", boost::get(&ActorNode::statements, parsed));
  dp.property("wikidata", boost::get(&ActorNode::wikidata, parsed));
  dp.property("kind", boost::get(&RelationEdge::kind, parsed));
  dp.property("weight", boost::get(&RelationEdge::weight, parsed));
  dp.property("topics", boost::get(&RelationEdge::topics, parsed));
  std::istringstream in(graphml.str());
  boost::read_graphml(in, parsed, dp);

  // Every actor with a stance is a node, in name order; Nell and Max too.
  ASSERT_EQ(boost::num_vertices(parsed), 5u);
  std::vector<std::string> labels;
  for (auto [v, end] = boost::vertices(parsed); v != end; ++v) labels.push_back(parsed[*v].label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Max", "Nell", "Putin", "Trump", "Zelensky"}));
  EXPECT_EQ(parsed[2].statements, 2);
  EXPECT_EQ(parsed[2].kind, "unknown");
  EXPECT_EQ(parsed[2].wikidata, "Q1001");
  EXPECT_EQ(parsed[3].wikidata, "");

  std::map<std::string, std::pair<int, std::string>> edges;  // "a-b kind" -> weight, topics
  for (auto [e, end] = boost::edges(parsed); e != end; ++e) {
    const std::string key = parsed[boost::source(*e, parsed)].label + "-" + parsed[boost::target(*e, parsed)].label;
    edges[key + " " + parsed[*e].kind] = {parsed[*e].weight, parsed[*e].topics};
  }
  const std::map<std::string, std::pair<int, std::string>> expected = {
      {"Putin-Trump conflict", {1, "ceasefire"}},
      {"Putin-Zelensky conflict", {2, "ceasefire sanctions"}},
      {"Trump-Zelensky congruence", {1, "ceasefire"}}};
  EXPECT_EQ(edges, expected);
}

TEST_F(RelationsTest, DotAndCsvEdgeList) {
  AddCamps();
  ActorNetwork network;
  ASSERT_OK(BuildNetwork(*store_, {TopicOf("sanctions"), Date(), D("2025-04-01")}, &network));
  std::ostringstream dot, csv;
  WriteDot(network, dot);
  EXPECT_NE(dot.str().find("graph G {"), std::string::npos) << dot.str();
  EXPECT_NE(dot.str().find("color=red"), std::string::npos) << dot.str();
  EXPECT_NE(dot.str().find("label=Zelensky"), std::string::npos) << dot.str();
  EXPECT_NE(dot.str().find("wikidata=Q1001"), std::string::npos) << dot.str();
  EdgeTable(network).Print(OutputFormat::kCsv, csv);
  EXPECT_EQ(csv.str(),
            "source,target,kind,weight,topics,ids,source_wikidata,target_wikidata\n"
            "Putin,Zelensky,conflict,1,sanctions,7 8,Q1001,\n");
}

// What the network writers replaced: Boost.Graph's writers over the
// whole graph, with the same properties.
boost::dynamic_properties BoostProperties(const ActorNetwork& g) {
  using Vertex = ActorNetwork::vertex_descriptor;
  using Edge = ActorNetwork::edge_descriptor;
  auto field = [&g](auto key, auto member) {
    return boost::make_function_property_map<decltype(key)>([&g, member](decltype(key) k) { return g[k].*member; });
  };
  boost::dynamic_properties dp;
  dp.property("label", field(Vertex(), &ActorNode::label));
  dp.property("kind", field(Vertex(), &ActorNode::kind));
  dp.property("statements", field(Vertex(), &ActorNode::statements));
  dp.property("topics", field(Vertex(), &ActorNode::topics));
  dp.property("wikidata", field(Vertex(), &ActorNode::wikidata));
  dp.property("kind", field(Edge(), &RelationEdge::kind));
  dp.property("weight", field(Edge(), &RelationEdge::weight));
  dp.property("topics", field(Edge(), &RelationEdge::topics));
  dp.property("ids", field(Edge(), &RelationEdge::ids));
  return dp;
}

TEST_F(RelationsTest, StreamedGraphmlAndDotAreTheTextOfBoostsWriters) {
  AddCamps();
  // Names that need quoting in DOT and entities in XML.
  Add("O'Hara & \"Sons\" <Ltd>", "ceasefire", Stance::kOppose, "2025-03-14");
  Add("Jean-Luc 2", "sanctions", Stance::kSupport, "2025-03-14");
  const PositionQuery query{std::nullopt, Date(), D("2025-04-01")};
  ActorNetwork network;
  ASSERT_OK(BuildNetwork(*store_, query, &network));
  boost::dynamic_properties dp = BoostProperties(network);
  std::ostringstream boost_graphml, boost_dot;
  boost::write_graphml(boost_graphml, network, dp, true);
  dp.property("node_id", boost::get(boost::vertex_index, network));
  dp.property("color", boost::make_function_property_map<ActorNetwork::edge_descriptor>(
                           [&](auto e) { return std::string(network[e].kind == "conflict" ? "red" : "darkgreen"); }));
  boost::write_graphviz_dp(boost_dot, network, dp, "node_id");

  std::ostringstream graphml, dot;
  std::unique_ptr<NetworkWriter> writers[] = {NewGraphmlWriter(&graphml), NewDotWriter(&dot)};
  for (std::unique_ptr<NetworkWriter>& writer : writers) {
    ASSERT_OK(VisitNetwork(*store_, query, writer.get()));
    writer->Finish();
  }
  EXPECT_EQ(graphml.str(), boost_graphml.str());
  EXPECT_EQ(dot.str(), boost_dot.str());
  std::ostringstream whole;
  WriteGraphml(network, whole);
  EXPECT_EQ(whole.str(), boost_graphml.str());
}

TEST(SignedPartitionTest, SplitsTwoCampsAndKeepsFrustrationLow) {
  // 1,2,3 agree; 4,5 agree; the camps are in conflict; 3-4 agree weakly.
  const std::vector<SignedEdge> edges = {{1, 2, 2},  {1, 3, 1},  {2, 3, 1}, {4, 5, 2},
                                         {1, 4, -1}, {2, 5, -2}, {3, 4, 1}, {1, 5, -1}};
  const auto groups = PartitionSignedGraph({1, 2, 3, 4, 5}, edges);
  EXPECT_EQ(groups, (std::vector<std::vector<uint32_t>>{{1, 2, 3}, {4, 5}}));
  EXPECT_EQ(Frustration(groups, edges), 1);
  EXPECT_EQ(Frustration({{1, 2, 3, 4, 5}}, edges), 4);
}

TEST(SignedPartitionTest, ConflictOnlyGivesSingletons) {
  const std::vector<SignedEdge> edges = {{1, 2, -1}, {2, 3, -1}, {1, 3, -1}};
  EXPECT_EQ(PartitionSignedGraph({1, 2, 3}, edges), (std::vector<std::vector<uint32_t>>{{1}, {2}, {3}}));
}

TEST_F(RelationsTest, BlocsShareAMember) {
  // West (A1, A2) and East (B1, B2) oppose each other on sanctions and
  // military aid. Mediator agrees with the West on ceasefire and with the
  // East on negotiations, and takes no side on what divides them.
  for (const char* a : {"A1", "A2"}) {
    Add(a, "sanctions", Stance::kSupport, "2025-03-01");
    Add(a, "military-aid", Stance::kSupport, "2025-03-01");
    Add(a, "ceasefire", Stance::kSupport, "2025-03-01");
  }
  for (const char* b : {"B1", "B2"}) {
    Add(b, "sanctions", Stance::kOppose, "2025-03-01");
    Add(b, "military-aid", Stance::kOppose, "2025-03-01");
    Add(b, "negotiations", Stance::kSupport, "2025-03-01");
  }
  Add("Mediator", "ceasefire", Stance::kSupport, "2025-03-02");
  Add("Mediator", "negotiations", Stance::kSupport, "2025-03-02");
  Add("Mediator", "sanctions", Stance::kNeutral, "2025-03-02");

  std::vector<Bloc> blocs;
  ASSERT_OK(FindBlocs(*store_, {std::nullopt, Date(), D("2025-04-01")}, &blocs));
  ResultTable table({});
  ASSERT_OK(BlocsTable(*store_, blocs, &table));
  std::ostringstream out;
  table.Print(OutputFormat::kJsonl, out);
  EXPECT_EQ(out.str(), R"j({"bloc":1,"members":["A1","A2","Mediator"],"shared_members":["Mediator"],)j"
                       R"j("positions":["sanctions support (2)","military-aid support (2)","ceasefire support (3)"],)j"
                       R"j("ids":[1,4,2,5,3,6,13]})j"
                       "\n"
                       R"j({"bloc":2,"members":["B1","B2","Mediator"],"shared_members":["Mediator"],)j"
                       R"j("positions":["sanctions oppose (2)","military-aid oppose (2)","negotiations support (3)"],)j"
                       R"j("ids":[7,10,8,11,9,12,14]})j"
                       "\n");
}

}  // namespace
}  // namespace stancekb
