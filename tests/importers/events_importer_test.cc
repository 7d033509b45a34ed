// GDELT and ICEWS import, checked against counts made here by a
// separate, plain pass over the sample files.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "importers/events/cameo_map.h"
#include "importers/events/event_importer.h"
#include "query/said.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

using testing::TempDir;
using testing::TestData;

// The rules of lexicon/default/cameo-map.tsv, written out again by hand.
const std::set<std::string> kTopicCodes = {"0256", "0356", "0871", "1246", "196", "036", "046",
                                           "125",  "163",  "0254", "1054", "127", "057"};
const std::set<std::string> kTargetCodes = {"051", "052", "111", "112", "13"};
const std::set<std::string> kCeasefireCodes = {"0256", "0356", "0871", "1246", "196"};

bool HasPrefixIn(const std::string& code, const std::set<std::string>& prefixes) {
  for (const std::string& p : prefixes) {
    if (code.rfind(p, 0) == 0) return true;
  }
  return false;
}

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.push_back("");
  return fields;
}

struct PlainRow {
  std::string code, source, target;
};

// Expected outcome of a row under the default map: 0 = unmapped, 1 = mapped, 2 = no actor.
int Expected(const PlainRow& row) {
  const bool topic = HasPrefixIn(row.code, kTopicCodes);
  const bool toward = HasPrefixIn(row.code, kTargetCodes);
  if (!topic && !toward) return 0;
  const bool usable = !row.source.empty() && (topic || (!row.target.empty() && row.target != row.source));
  return usable ? 1 : 2;
}

std::vector<PlainRow> ReadGdelt(const std::string& path) {
  std::vector<PlainRow> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const std::vector<std::string> f = Split(line);
    rows.push_back({f[26], f[6].empty() ? f[5] : f[6], f[16].empty() ? f[15] : f[16]});
  }
  return rows;
}

std::vector<PlainRow> ReadIcews(const std::string& path) {
  std::vector<PlainRow> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // Header: Source Name is column 2, CAMEO Code 6, Target Name 8.
  while (std::getline(in, line)) {
    const std::vector<std::string> f = Split(line);
    rows.push_back({f[6], f[2], f[8]});
  }
  return rows;
}

class EventsImporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_OK(Store::Open(dir_.Sub("db"), StoreOptions(), &store_));
    ASSERT_OK(map_.Load(DefaultCameoMapPath()));
  }

  EventImportReport Import(const std::string& path, EventFormat format) {
    EventImportReport report;
    EventImportOptions options;
    options.batch_rows = 100;  // Several batches.
    Status s = ImportEvents(store_.get(), path, format, map_, options, &report);
    EXPECT_OK(s) << s.message();
    return report;
  }

  void ExpectCounts(const EventImportReport& report, const std::vector<PlainRow>& rows) {
    size_t counts[3] = {0, 0, 0};
    for (const PlainRow& row : rows) ++counts[Expected(row)];
    EXPECT_EQ(report.rows, rows.size());
    EXPECT_TRUE(report.bad_rows.empty()) << report.bad_rows.front();
    EXPECT_EQ(report.unmapped, counts[0]);
    EXPECT_EQ(report.mapped, counts[1]);
    EXPECT_EQ(report.no_actor, counts[2]);
    EXPECT_EQ(report.written.assertions_added, counts[1]);  // The default map has one rule per code.
    EXPECT_EQ(store_->Counts().assertions, counts[1]);
  }

  std::vector<AssertionView> SaidAbout(const std::string& topic_name) {
    Topic topic;
    EXPECT_OK(store_->FindTopic(topic_name, &topic)) << topic_name;
    SaidQuery query;
    query.topic = topic.id;
    std::vector<AssertionView> views;
    EXPECT_OK(Said(*store_, query, &views));
    return views;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  CameoMap map_;
};

TEST_F(EventsImporterTest, GdeltSampleImportsEveryMappedRow) {
  const std::string path = TestData("events/gdelt-events-20150218.tsv");
  const std::vector<PlainRow> rows = ReadGdelt(path);
  ASSERT_EQ(rows.size(), 100u);
  ExpectCounts(Import(path, EventFormat::kGdelt), rows);
  EventImportReport again = Import(path, EventFormat::kGdelt);
  EXPECT_EQ(again.written.assertions_added, 0u);
}

TEST_F(EventsImporterTest, GdeltPraiseBecomesAStanceTowardTheTarget) {
  Import(TestData("events/gdelt-events-20150218.tsv"), EventFormat::kGdelt);
  size_t praise = 0;
  for (const PlainRow& row : ReadGdelt(TestData("events/gdelt-events-20150218.tsv"))) {
    praise += row.code == "051" && Expected(row) == 1;
  }
  std::vector<Assertion> praised;
  const Status scanned = store_->ScanIndex(IndexQuery(), [&](const IndexEntry& e) {
    Assertion a;
    if (store_->GetAssertion(e.assertion, &a).ok() && a.extractor.rfind("gdelt/051#", 0) == 0) praised.push_back(a);
    return true;
  });
  ASSERT_OK(scanned);
  ASSERT_EQ(praised.size(), praise);
  for (const Assertion& a : praised) {
    Topic topic;
    ASSERT_OK(store_->GetTopic(a.topic_id, &topic));
    EXPECT_EQ(topic.key.rfind("toward-", 0), 0u) << topic.key;
    EXPECT_EQ(a.stance, Stance::kSupport);
    EXPECT_NE(a.evidence.quote.find("Praise or endorse (051)"), std::string::npos);
  }
}

TEST_F(EventsImporterTest, IcewsSampleImportsEveryMappedRowAndAnswersQueries) {
  const std::string path = TestData("events/icews-events-2018-sample.tab");
  const std::vector<PlainRow> rows = ReadIcews(path);
  ASSERT_EQ(rows.size(), 3705u);
  ExpectCounts(Import(path, EventFormat::kIcews), rows);

  std::multiset<std::string> ceasefire_actors;
  size_t toward_us = 0;
  for (const PlainRow& row : rows) {
    if (HasPrefixIn(row.code, kCeasefireCodes)) ceasefire_actors.insert(row.source);
    toward_us += row.target == "United States" && HasPrefixIn(row.code, kTargetCodes) && Expected(row) == 1;
  }
  std::multiset<std::string> said_actors;
  for (const AssertionView& v : SaidAbout("ceasefire")) {
    said_actors.insert(v.actor);
    EXPECT_EQ(v.assertion.stance, Stance::kSupport);  // The sample has no 1246 or 196 events.
  }
  EXPECT_EQ(said_actors, ceasefire_actors);
  EXPECT_GT(toward_us, 0u);
  EXPECT_EQ(SaidAbout("toward-united-states").size(), toward_us);
}

TEST_F(EventsImporterTest, BadRowsAreReportedWithFileAndLineAndTheRestIsImported) {
  const std::string header =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
      "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
      "Province\tCountry\tLatitude\tLongitude\n";
  auto row = [](const std::string& id, const std::string& date, const std::string& code) {
    return id + "\t" + date + "\tRussia\t\tRussia\tX\t" + code + "\t1\tUkraine\t\tUkraine\t1\t1\tWire\t\t\t\t\t0\t0\n";
  };
  const std::string path = dir_.Write("bad.tab", header + row("1", "2025-03-11", "0871") + "2\t2025-03-11\tshort\n" +
                                                     row("3", "2025-02-30", "0871") + row("4", "2025-03-11", "999") +
                                                     row("5", "2025-03-11", "042") + row("6", "2025-03-12", "1312"));
  EventImportReport report = Import(path, EventFormat::kIcews);
  ASSERT_EQ(report.bad_rows.size(), 3u);
  EXPECT_EQ(report.bad_rows[0], path + ":3: expected 20 columns, found 3");
  EXPECT_EQ(report.bad_rows[1], path + ":4: bad date '2025-02-30'");
  EXPECT_EQ(report.bad_rows[2], path + ":5: unknown CAMEO code '999'");
  EXPECT_EQ(report.rows, 6u);
  EXPECT_EQ(report.unmapped, 1u);
  EXPECT_EQ(report.mapped, 2u);
  ASSERT_EQ(SaidAbout("ceasefire").size(), 1u);
  std::vector<AssertionView> threats = SaidAbout("toward-ukraine");
  ASSERT_EQ(threats.size(), 1u);  // 1312 takes the rule of 13 (threaten).
  EXPECT_EQ(threats[0].assertion.stance, Stance::kOppose);
  Assertion threat;  // Said's rows hold what it prints; the provenance is in the record.
  ASSERT_OK(store_->GetAssertion(threats[0].assertion.id, &threat));
  EXPECT_EQ(threat.extractor, "icews/1312#6");
}

TEST_F(EventsImporterTest, AnEmptyIcewsFileIsAnErrorNamingTheFile) {
  const std::string path = dir_.Write("empty.tab", "\n");
  EventImportReport report;
  Status s = ImportEvents(store_.get(), path, EventFormat::kIcews, map_, EventImportOptions(), &report);
  EXPECT_TRUE(s.IsInvalidInput());
  EXPECT_EQ(s.message(), path + ": empty; an ICEWS file starts with its header line");
  EXPECT_EQ(store_->Counts().assertions, 0u);
}

TEST(CameoMapTest, LongestPrefixWithRulesAndErrorsNameTheLine) {
  CameoMap map;
  ASSERT_OK(map.Load(DefaultCameoMapPath()));
  EXPECT_TRUE(map.IsKnown("0256"));
  EXPECT_FALSE(map.IsKnown("999"));
  ASSERT_EQ(map.RulesFor("0256").size(), 1u);
  EXPECT_EQ(map.RulesFor("0256")[0].topic, "ceasefire");
  EXPECT_TRUE(map.RulesFor("1312")[0].toward_target);
  EXPECT_TRUE(map.RulesFor("042").empty());
  EXPECT_EQ(map.Name("051"), "Praise or endorse");

  TempDir dir;
  const std::string path =
      dir.Write("map.tsv", "# x\ncode\ttopic\tstance\tname\n01\t-\t-\tA\n0256\tCeasefire\tsupport\tB\n");
  Status s = map.Load(path);
  EXPECT_EQ(s.message(), path + ":4: topic 'Ceasefire' is neither a kebab-case id nor @target");
  EXPECT_TRUE(map.IsKnown("0256"));  // Unchanged by the failed load.
}

}  // namespace
}  // namespace stancekb
