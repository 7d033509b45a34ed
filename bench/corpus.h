// A deterministic, seeded corpus of assertions in the shape of real stance
// data: thousands of actors with Zipf-skewed activity, hundreds of topics
// (also skewed) and sources, ten years of dates, and stances that mostly
// hold and now and then flip. Assertions come in articles (one source, one
// date, one url, one to four different actors), so that no two assertions
// are duplicates and the store keeps every line: the assertion on line k
// (1-based) gets id k in stancekb and in the SQLite baseline.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/random.h"
#include "kb/records.h"
#include "kb/status.h"

namespace stancekb::bench {

struct CorpusSpec {
  uint64_t seed = 20250818;
  size_t assertions = 10000;
  size_t actors = 5000;
  size_t topics = 300;
  size_t sources = 400;
  int first_year = 2015;
  int years = 10;
  double flip_chance = 0.02;  // Per assertion: the pair's side flips first.
  int retract_one_in = 200;   // Share of assertions the benchmark retracts.
};

struct GeneratedAssertion {
  AssertionId id = 0;  // 1-based line number.
  std::string actor, topic, source, quote, url;
  Stance stance = Stance::kNeutral;
  Date date;
  double confidence = 1.0;
};

// Names by rank (0 = the most active). Unique for every rank.
std::string ActorName(size_t rank);
std::string TopicKey(size_t rank);
std::string SourceName(size_t rank);

class CorpusGenerator {
 public:
  explicit CorpusGenerator(const CorpusSpec& spec);

  // The next assertion; false once spec.assertions have been produced.
  bool Next(GeneratedAssertion* out);

 private:
  void StartArticle();
  Stance DrawStance(size_t actor, size_t topic);
  std::string Quote(size_t topic, Stance stance);

  CorpusSpec spec_;
  Random random_;
  ZipfSampler actors_, topics_, sources_;
  int32_t first_day_, days_;
  std::unordered_map<uint64_t, Stance> sides_;  // (actor, topic) -> current side.
  // The article being written.
  uint64_t article_ = 0;
  size_t article_left_ = 0, article_topic_ = 0, article_source_ = 0;
  std::vector<size_t> article_actors_;
  Date article_date_;
  AssertionId next_id_ = 1;
};

// One line of the `stancekb import assertions` format (no newline).
std::string JsonLine(const GeneratedAssertion& a);

// Writes the corpus as assertion JSONL to `path`.
Status WriteCorpusJsonl(const CorpusSpec& spec, const std::string& path);

// Whether the benchmark retracts assertion `id` after loading (about one in
// spec.retract_one_in, spread by a hash of the id and seed).
bool Retracted(const CorpusSpec& spec, AssertionId id);

}  // namespace stancekb::bench
