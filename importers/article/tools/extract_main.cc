// stancekb_extract_dev: prints the statements the article extractor finds,
// one JSON object a line (statement_json.h), until `stancekb extract` exists.
//   stancekb_extract_dev [--lexicon DIR] [--date YYYY-MM-DD] [--source NAME]
//                        [--repeat N] PATH...
// Bad items are reported on stderr; exit status 1 when any failed. With
// --repeat N the extraction runs N times (for timing) and prints only the
// rate on stderr.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "importers/article/article_reader.h"
#include "importers/article/extractor.h"
#include "importers/article/sentence_splitter.h"
#include "importers/article/statement_json.h"
#include "importers/lexicon/lexicon.h"

namespace {

struct Flags {
  std::string lexicon_dir;
  stancekb::ReadOptions read;
  int repeat = 0;
  std::vector<std::string> paths;
};

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--lexicon" && has_value) {
      flags->lexicon_dir = argv[++i];
    } else if (arg == "--date" && has_value) {
      stancekb::Status s = stancekb::Date::Parse(argv[++i], &flags->read.default_date);
      if (!s.ok()) return std::cerr << "--date: " << s.ToString() << "\n", false;
    } else if (arg == "--source" && has_value) {
      flags->read.default_source = argv[++i];
    } else if (arg == "--repeat" && has_value) {
      flags->repeat = std::atoi(argv[++i]);
    } else if (arg.starts_with("--")) {
      return std::cerr << "unknown flag " << arg << "\n", false;
    } else {
      flags->paths.push_back(arg);
    }
  }
  if (flags->lexicon_dir.empty()) flags->lexicon_dir = stancekb::DefaultLexiconDir();
  return !flags->paths.empty() || (std::cerr << "usage: stancekb_extract_dev [flags] PATH...\n", false);
}

void ReportRate(const stancekb::Extractor& extractor, const std::vector<stancekb::Article>& articles, int repeat) {
  stancekb::SentenceSplitter splitter;
  size_t sentences = 0;
  for (const auto& a : articles) sentences += splitter.Split(a.text).size();
  size_t statements = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& a : articles) statements += extractor.Extract(a).size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "%zu sentences x %d in %.2f s: %.0f sentences/s (%zu statements)\n", sentences, repeat,
               seconds, sentences * repeat / seconds, statements);
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) return 2;
  stancekb::Lexicon lexicon;
  stancekb::Status s = stancekb::LoadLexicon(flags.lexicon_dir, &lexicon);
  if (!s.ok()) return std::cerr << s.ToString() << "\n", 2;
  const stancekb::Extractor extractor(lexicon);
  if (!extractor.status().ok()) return std::cerr << extractor.status().ToString() << "\n", 2;
  std::vector<stancekb::Article> articles;
  bool failed = false;
  auto sink = [&](const stancekb::Status& status, stancekb::Article article) {
    if (!status.ok()) {
      std::cerr << status.ToString() << "\n";
      failed = true;
    } else {
      articles.push_back(std::move(article));
    }
  };
  for (const std::string& path : flags.paths) {
    s = stancekb::ReadArticles(path, flags.read, sink);
    if (!s.ok()) std::cerr << s.ToString() << "\n", failed = true;
  }
  if (flags.repeat > 0) {
    ReportRate(extractor, articles, flags.repeat);
    return failed ? 1 : 0;
  }
  for (const auto& article : articles) {
    for (const auto& statement : extractor.Extract(article)) {
      std::cout << stancekb::ExtractedStatementToJson(article, statement).dump() << "\n";
    }
  }
  return failed ? 1 : 0;
}
