// bench_generate: writes the benchmark corpora.
//   bench_generate assertions --size N [--seed S] --out FILE.jsonl
//   bench_generate articles --count N [--sentences M] [--seed S] --out DIR|--feed FILE.jsonl
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
  std::string articles_out, feed_out;
  CLI::App* text = app.add_subcommand("articles", "Articles for `stancekb extract`: .txt files or a JSONL feed");
  text->add_option("--count", articles.articles, "Articles");
  text->add_option("--sentences", articles.sentences_per_article, "Sentences per article");
  text->add_option("--seed", articles.seed, "Seed");
  CLI::Option* dir = text->add_option("--out", articles_out, "Output directory of front-matter .txt files");
  CLI::Option* feed = text->add_option("--feed", feed_out, "Output JSONL feed file, one article a line");
  dir->excludes(feed);
  CLI11_PARSE(app, argc, argv);
  if (assertions->parsed()) return Report(WriteCorpusJsonl(corpus, corpus_out));
  if (articles_out.empty() && feed_out.empty()) return Report(Status::InvalidInput("articles needs --out or --feed"));
  Lexicon lexicon;
  Status s = LoadLexicon(DefaultLexiconDir(), &lexicon);
  ArticleCorpusStats stats;
  if (s.ok()) {
    s = feed_out.empty() ? WriteArticles(articles, lexicon, articles_out, &stats)
                         : WriteArticleFeed(articles, lexicon, feed_out, &stats);
  }
  if (s.ok()) std::printf("articles %zu sentences %zu bytes %zu\n", stats.articles, stats.sentences, stats.bytes);
  return Report(s);
}
