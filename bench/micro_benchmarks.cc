// bench_micro: Google Benchmark micro-benchmarks of the hot paths: index
// key encoding and decoding, assertion value decoding (Cap'n Proto codec),
// sentence splitting and actor gazetteer matching over generated articles.
#include <benchmark/benchmark.h>

#include "bench/article_corpus.h"
#include "importers/article/gazetteer.h"
#include "importers/article/sentence_splitter.h"
#include "importers/article/tokenizer.h"
#include "kb/internal/codec.h"
#include "kb/internal/keys.h"

namespace stancekb::bench {
namespace {

const Lexicon& DefaultLexicon() {
  static const Lexicon lexicon = [] {
    Lexicon l;
    if (!LoadLexicon(DefaultLexiconDir(), &l).ok()) std::abort();
    return l;
  }();
  return lexicon;
}

// About 64 KiB of generated article bodies.
const std::string& ArticleText() {
  static const std::string text = [] {
    ArticleGenerator generator(ArticleSpec(), DefaultLexicon());
    std::string all;
    Date date;
    while (all.size() < 64 * 1024) all += generator.Body(&date) + "\n\n";
    return all;
  }();
  return text;
}

void BM_PairIndexKeyEncode(benchmark::State& state) {
  uint64_t id = 0;
  for (auto _ : state) {
    std::string key = keys::PairIndexKey(17, static_cast<uint32_t>(id), 19000 + static_cast<int32_t>(id & 1023), id);
    benchmark::DoNotOptimize(key);
    ++id;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PairIndexKeyEncode);

void BM_PairIndexKeyDecode(benchmark::State& state) {
  const std::string key = keys::PairIndexKey(17, 4242, 19000, 123456789);
  keys::IndexKey decoded;
  for (auto _ : state) {
    benchmark::DoNotOptimize(keys::DecodePairIndexKey(key, &decoded));
    benchmark::DoNotOptimize(decoded);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PairIndexKeyDecode);

void BM_AssertionDecode(benchmark::State& state) {
  Assertion a;
  a.id = 123456;
  a.actor_id = 42;
  a.topic_id = 7;
  a.stance = Stance::kOppose;
  a.date = Date::FromCivil(2025, 8, 18);
  a.source_id = 3;
  a.document_id = 0x1234567890abcdefull;
  a.evidence.quote = "We will never accept the energy ceasefire, whatever others may claim.";
  a.evidence.actor_span = {10, 24};
  a.cue = "said";
  a.extractor = "jsonl";
  // One byte of offset: RocksDB values are often unaligned (kb/internal/codec.h).
  const std::string bytes = " " + codec::EncodeAssertion(a);
  const std::string_view value(bytes.data() + state.range(0), bytes.size() - state.range(0));
  Assertion out;
  for (auto _ : state) {
    benchmark::DoNotOptimize(codec::DecodeAssertion(value, &out).ok());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AssertionDecode)->Arg(0)->Arg(1)->ArgName("unaligned");

void BM_SentenceSplit(benchmark::State& state) {
  const SentenceSplitter splitter;
  const std::string& text = ArticleText();
  size_t sentences = 0;
  for (auto _ : state) {
    const std::vector<Span> spans = splitter.Split(text);
    sentences += spans.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SentenceSplit)->Unit(benchmark::kMillisecond);

void BM_GazetteerScan(benchmark::State& state) {
  const ActorGazetteer gazetteer(DefaultLexicon());
  const std::string& text = ArticleText();
  const std::vector<Token> tokens = Tokenize(text);
  const Date day = Date::FromCivil(2025, 3, 12);
  for (auto _ : state) {
    size_t found = 0;
    for (size_t i = 0; i < tokens.size(); ++i) found += gazetteer.MatchAt(tokens, i, day).length != 0;
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_GazetteerScan)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace stancekb::bench

BENCHMARK_MAIN();
