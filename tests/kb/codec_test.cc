#include "kb/internal/codec.h"

#include <gtest/gtest.h>

#include "tests/status_test_util.h"

namespace stancekb {
namespace {

Assertion SampleAssertion() {
  Assertion a;
  a.id = 0x123456789ULL;
  a.actor_id = 7;
  a.topic_id = 3;
  a.stance = Stance::kOppose;
  a.date = Date::FromCivil(2025, 8, 15, DatePrecision::kMonth);
  a.source_id = 9;
  a.document_id = 0xfeedfacecafeULL;
  a.evidence = {"“Никаких уступок” — no concessions", {1, 5}, {6, 12}, {13, 40}};
  a.cue = "rejected";
  a.confidence = 0.75f;
  a.extractor = "article/reported-speech";
  a.status = AssertionStatus::kConfirmed;
  return a;
}

void ExpectSame(const Assertion& a, const Assertion& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.actor_id, b.actor_id);
  EXPECT_EQ(a.topic_id, b.topic_id);
  EXPECT_EQ(a.stance, b.stance);
  EXPECT_EQ(a.date.ToString(), b.date.ToString());
  EXPECT_EQ(a.source_id, b.source_id);
  EXPECT_EQ(a.document_id, b.document_id);
  EXPECT_EQ(a.evidence.quote, b.evidence.quote);
  EXPECT_EQ(a.evidence.content_span.end, b.evidence.content_span.end);
  EXPECT_EQ(a.cue, b.cue);
  EXPECT_FLOAT_EQ(a.confidence, b.confidence);
  EXPECT_EQ(a.extractor, b.extractor);
  EXPECT_EQ(a.status, b.status);
}

TEST(CodecTest, AssertionRoundTripsAtEveryAlignment) {
  const Assertion original = SampleAssertion();
  const std::string bytes = codec::EncodeAssertion(original);
  for (size_t offset = 0; offset < 8; ++offset) {
    // RocksDB hands out values at arbitrary addresses: decode from each.
    std::string buffer(offset, 'x');
    buffer += bytes;
    Assertion decoded;
    ASSERT_OK(codec::DecodeAssertion(std::string_view(buffer).substr(offset), &decoded)) << offset;
    ExpectSame(original, decoded);
  }
}

TEST(CodecTest, ActorTopicDocumentRoundTrip) {
  Actor actor;
  actor.id = 4;
  actor.name = "Volodymyr Zelensky";
  actor.kind = ActorKind::kPerson;
  actor.aliases = {"Zelenskyy", "Зеленський"};
  actor.roles = {{"President of Ukraine", Date::FromCivil(2019, 5, 20), Date()}};
  actor.affiliation = "Ukraine";
  actor.wikidata = "Q3874799";
  actor.demonyms = {"Zelensky's"};
  Actor actor_back;
  ASSERT_OK(codec::DecodeActor(codec::EncodeActor(actor), &actor_back));
  EXPECT_EQ(actor_back.name, actor.name);
  EXPECT_EQ(actor_back.aliases, actor.aliases);
  EXPECT_EQ(actor_back.wikidata, actor.wikidata);
  EXPECT_EQ(actor_back.demonyms, actor.demonyms);
  ASSERT_EQ(actor_back.roles.size(), 1u);
  EXPECT_TRUE(actor_back.roles[0].HeldOn(Date::FromCivil(2025, 1, 1)));
  EXPECT_FALSE(actor_back.roles[0].to.valid());

  Topic topic{2, "ceasefire", "Ceasefire", "in favour of a truce", {"truce", "cease-fire"}};
  Topic topic_back;
  ASSERT_OK(codec::DecodeTopic(codec::EncodeTopic(topic), &topic_back));
  EXPECT_EQ(topic_back.keywords, topic.keywords);

  Document doc{99, "Title", "https://example.org/a", 3, Date::FromCivil(2025, 8, 18), "Body text."};
  Document doc_back;
  ASSERT_OK(codec::DecodeDocument(codec::EncodeDocument(doc), &doc_back));
  EXPECT_EQ(doc_back.text, doc.text);
  EXPECT_EQ(doc_back.published.ToString(), "2025-08-18");
}

TEST(CodecTest, GarbageIsCorruptionNotACrash) {
  Assertion out;
  EXPECT_FALSE(codec::DecodeAssertion("", &out).ok());
  EXPECT_FALSE(codec::DecodeAssertion("1234567", &out).ok());
  EXPECT_FALSE(codec::DecodeAssertion(std::string(64, '\xff'), &out).ok());
}

}  // namespace
}  // namespace stancekb
