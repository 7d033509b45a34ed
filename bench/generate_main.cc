// bench_generate: writes the benchmark corpora.
//   bench_generate assertions --size N [--seed S] --out FILE.jsonl
//   bench_generate articles --count N [--sentences M] [--seed S] --out DIR
#include <CLI/CLI.hpp>
#include <cstdio>

#include "bench/article_corpus.h"
#include "bench/corpus.h"

namespace {

int Report(const stancekb::Status& s) {
  if (s.ok()) return 0;
  std::fprintf(stderr, "bench_generate: %s\n", s.message().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace stancekb;
  using namespace stancekb::bench;
  CLI::App app("Writes deterministic benchmark corpora");
  app.require_subcommand(1);
  CorpusSpec corpus;
  std::string corpus_out;
  CLI::App* assertions = app.add_subcommand("assertions", "Assertion JSONL for `stancekb import assertions`");
  assertions->add_option("--size", corpus.assertions, "Assertions");
  assertions->add_option("--seed", corpus.seed, "Seed");
  assertions->add_option("--out", corpus_out, "Output file")->required();
  ArticleSpec articles;
  std::string articles_out;
  CLI::App* text = app.add_subcommand("articles", "Front-matter .txt articles for `stancekb extract`");
  text->add_option("--count", articles.articles, "Articles");
  text->add_option("--sentences", articles.sentences_per_article, "Sentences per article");
  text->add_option("--seed", articles.seed, "Seed");
  text->add_option("--out", articles_out, "Output directory")->required();
  CLI11_PARSE(app, argc, argv);
  if (assertions->parsed()) return Report(WriteCorpusJsonl(corpus, corpus_out));
  Lexicon lexicon;
  Status s = LoadLexicon(DefaultLexiconDir(), &lexicon);
  ArticleCorpusStats stats;
  if (s.ok()) s = WriteArticles(articles, lexicon, articles_out, &stats);
  if (s.ok()) std::printf("articles %zu sentences %zu bytes %zu\n", stats.articles, stats.sentences, stats.bytes);
  return Report(s);
}
