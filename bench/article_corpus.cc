#include "bench/article_corpus.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string_view>

#include "bench/corpus.h"

namespace stancekb::bench {
namespace {

// {S} is the speaker, {T} a topic phrase, {Q} a quote.
constexpr std::string_view kAttributed[] = {
    "\u201c{Q},\u201d {S} said.",
    "\u201c{Q},\u201d said {S}.",
    "{S} said: \u201c{Q}.\u201d",
    "{S} said that the government supports the {T}.",
    "{S} told reporters that a {T} was the only option left.",
    "{S} said they would not accept a {T} under any circumstances.",
    "{S} rejected the {T}, calling it a trap.",
    "According to {S}, the {T} should wait until spring.",
    "{S} does not support the {T} and said so in Brussels on Tuesday.",
    "{S} called for a {T} \"as soon as possible\".",
    "{S} warned that the {T} would never work.",
    "{S} welcomed the {T}, saying it was a step in the right direction.",
    "\u201c{Q},\u201d {S} said, adding that talks would go on.",
    "Mr. {S} said on Aug. 3 that he opposed the {T}.",
    "{S} did not say whether the {T} had been discussed.",
};
constexpr std::string_view kFiller[] = {
    "Fighting continued in the east overnight, officials said.",
    "The meeting lasted almost three hours.",
    "Air raid sirens sounded across the country on Monday.",
    "Markets in Europe opened lower after the news.",
    "The talks are expected to resume next week in Geneva.",
    "Gen. Petrov's forces have held the line since the spring.",
    "Reporters were not allowed into the building.",
    "Prices of grain and gas rose by 4.5 percent in the same period.",
    "It was the third such meeting this year.",
    "No agreement was reached on the final text, according to a draft seen by reporters.",
};
constexpr std::string_view kQuotes[] = {
    "We will not trade our land for promises",
    "A {T} is what everyone here wants",
    "Nobody should expect a {T} before the winter",
    "We are ready to discuss a {T} tomorrow",
    "This {T} is a betrayal of everything we fought for",
    "There will be no {T} without guarantees",
    "I support the {T}, and so does my government",
};
constexpr std::string_view kUnknownTitles[] = {"a senior official",   "the spokesperson", "the ambassador",
                                               "Deputy Minister {N}", "analyst {N}",      "{N}"};

void Replace(std::string* text, std::string_view placeholder, const std::string& value) {
  for (size_t at = text->find(placeholder); at != std::string::npos; at = text->find(placeholder, at + value.size())) {
    text->replace(at, placeholder.size(), value);
  }
}

}  // namespace

ArticleGenerator::ArticleGenerator(const ArticleSpec& spec, const Lexicon& lexicon)
    : spec_(spec), lexicon_(lexicon), random_(spec.seed) {}

std::string ArticleGenerator::Speaker() {
  if (random_.Chance(0.75)) {
    const Actor& actor = lexicon_.actors[random_.Below(lexicon_.actors.size())];
    if (!actor.aliases.empty() && random_.Chance(0.2)) return actor.aliases[random_.Below(actor.aliases.size())];
    return actor.name;
  }
  std::string title(kUnknownTitles[random_.Below(std::size(kUnknownTitles))]);
  Replace(&title, "{N}", ActorName(random_.Below(2000)));
  return title;
}

std::string ArticleGenerator::TopicPhrase() {
  const Topic& topic = lexicon_.topics[random_.Below(lexicon_.topics.size())];
  return topic.keywords.empty() ? topic.label : topic.keywords[random_.Below(topic.keywords.size())];
}

std::string ArticleGenerator::QuoteText() {
  std::string quote(kQuotes[random_.Below(std::size(kQuotes))]);
  Replace(&quote, "{T}", TopicPhrase());
  return quote;
}

std::string ArticleGenerator::Sentence() {
  if (random_.Chance(0.35)) return std::string(kFiller[random_.Below(std::size(kFiller))]);
  std::string sentence(kAttributed[random_.Below(std::size(kAttributed))]);
  Replace(&sentence, "{Q}", QuoteText());
  Replace(&sentence, "{T}", TopicPhrase());
  std::string speaker = Speaker();
  if (sentence.front() == '{' && speaker.front() >= 'a' && speaker.front() <= 'z') speaker[0] -= 'a' - 'A';
  Replace(&sentence, "{S}", speaker);
  return sentence;
}

std::string ArticleGenerator::Body(Date* date) {
  const int32_t first = Date::FromCivil(spec_.first_year, 1, 1).day_number();
  *date = Date::FromDayNumber(first + static_cast<int32_t>(random_.Below(static_cast<size_t>(spec_.years) * 365)));
  std::string body;
  for (size_t i = 0; i < spec_.sentences_per_article; ++i) {
    body += Sentence();
    body += (i + 1) % 4 == 0 ? "\n\n" : " ";
  }
  return body;
}

void ArticleGenerator::Next(std::string* title, Date* date, std::string* source, std::string* body) {
  *body = Body(date);
  *title = "Generated article " + std::to_string(++written_);
  *source = SourceName(random_.Below(50));
}

std::string ArticleGenerator::TextFile() {
  std::string title, source, body;
  Date date;
  Next(&title, &date, &source, &body);
  return "---\ntitle: " + title + "\ndate: " + date.ToString() + "\nsource: " + source + "\n---\n" + body;
}

std::string ArticleGenerator::FeedLine() {
  std::string title, source, body;
  Date date;
  Next(&title, &date, &source, &body);
  const nlohmann::json line{{"title", title},
                            {"date", date.ToString()},
                            {"source", source},
                            {"url", "https://news.example/" + std::to_string(written_)},
                            {"text", body}};
  return line.dump();
}

Status WriteArticles(const ArticleSpec& spec, const Lexicon& lexicon, const std::string& dir,
                     ArticleCorpusStats* stats) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Status::IoError("cannot create " + dir + ": " + error.message());
  ArticleGenerator generator(spec, lexicon);
  for (size_t i = 1; i <= spec.articles; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "article-%05zu.txt", i);
    const std::string path = (std::filesystem::path(dir) / name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    const std::string text = generator.TextFile();
    out << text;
    if (!out) return Status::IoError("cannot write " + path);
    ++stats->articles;
    stats->sentences += spec.sentences_per_article;
    stats->bytes += text.size();
  }
  return Status::Ok();
}

Status WriteArticleFeed(const ArticleSpec& spec, const Lexicon& lexicon, const std::string& path,
                        ArticleCorpusStats* stats) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  ArticleGenerator generator(spec, lexicon);
  for (size_t i = 1; i <= spec.articles && out; ++i) {
    const std::string line = generator.FeedLine();
    out << line << '\n';
    ++stats->articles;
    stats->sentences += spec.sentences_per_article;
    stats->bytes += line.size() + 1;
  }
  out.flush();
  return out ? Status::Ok() : Status::IoError("cannot write " + path);
}

}  // namespace stancekb::bench
