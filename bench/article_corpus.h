// A deterministic, seeded generator of news-article text for the article
// importer and `stancekb extract`: front-matter .txt files whose sentences
// mix direct quotes (both quote orders, colon quotes), reported speech,
// "according to", negations, role titles, news abbreviations (Mr., Aug.)
// and unattributed filler. Speakers are the lexicon's actors and some
// unknown names; topics are named by the lexicon's keywords.
#pragma once

#include <cstddef>
#include <string>

#include "bench/random.h"
#include "importers/lexicon/lexicon.h"

namespace stancekb::bench {

struct ArticleSpec {
  uint64_t seed = 20250818;
  size_t articles = 200;
  size_t sentences_per_article = 40;
  int first_year = 2015;
  int years = 10;
};

struct ArticleCorpusStats {
  size_t articles = 0;
  size_t sentences = 0;
  size_t bytes = 0;
};

class ArticleGenerator {
 public:
  // Keeps a reference to `lexicon`; it needs at least one actor and topic.
  ArticleGenerator(const ArticleSpec& spec, const Lexicon& lexicon);

  // The next article's body (no header), and its date.
  std::string Body(Date* date);
  // The next article as a front-matter .txt file.
  std::string TextFile();
  // The next article as a JSONL feed line {"title","date","source","url","text"}, without its newline.
  std::string FeedLine();

 private:
  std::string Sentence();
  std::string Speaker();
  std::string TopicPhrase();
  std::string QuoteText();
  // The next article's header fields and body.
  void Next(std::string* title, Date* date, std::string* source, std::string* body);

  ArticleSpec spec_;
  const Lexicon& lexicon_;
  Random random_;
  size_t written_ = 0;
};

// Writes spec.articles files (article-00001.txt, …) into `dir` (created).
Status WriteArticles(const ArticleSpec& spec, const Lexicon& lexicon, const std::string& dir,
                     ArticleCorpusStats* stats);

// Writes spec.articles feed lines into the file `path`.
Status WriteArticleFeed(const ArticleSpec& spec, const Lexicon& lexicon, const std::string& path,
                        ArticleCorpusStats* stats);

}  // namespace stancekb::bench
