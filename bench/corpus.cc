#include "bench/corpus.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string_view>

namespace stancekb::bench {
namespace {

constexpr std::string_view kFirstNames[] = {
    "Anna",     "Boris", "Carla",   "Dmytro", "Elena", "Farid",  "Greta",  "Hiro",   "Ines",   "Jonas",  "Katya",
    "Lars",     "Maria", "Nikolai", "Olga",   "Pavel", "Quinn",  "Rosa",   "Sergei", "Tamara", "Ugo",    "Vera",
    "Wojciech", "Xenia", "Yusuf",   "Zofia",  "Amir",  "Bianca", "Cyril",  "Daria",  "Emil",   "Fatima", "Gustav",
    "Hanna",    "Igor",  "Julia",   "Kostas", "Lena",  "Marek",  "Nadia",  "Oskar",  "Petra",  "Rafael", "Sofia",
    "Taras",    "Ulla",  "Viktor",  "Wanda",  "Yana",  "Zoran",  "Alexei", "Beata",  "Claude", "Dana",   "Erik",
    "Frida",    "Georg", "Helga",   "Ivan",   "Jana",  "Karl",   "Lidia",  "Milan",  "Nora"};
constexpr std::string_view kLastNames[] = {
    "Abramov", "Bauer",     "Costa",     "Dubois",   "Eriksen", "Fischer",   "Garcia",   "Horvat",    "Ivanenko",
    "Jensen",  "Kowalski",  "Lindqvist", "Moreau",   "Novak",   "Orlov",     "Petrenko", "Quist",     "Rossi",
    "Schmidt", "Tkachenko", "Urban",     "Varga",    "Weber",   "Yilmaz",    "Zelenko",  "Andersen",  "Bondarenko",
    "Cerny",   "Dimitrov",  "Esposito",  "Fedorov",  "Gruber",  "Hansen",    "Ilic",     "Jovanovic", "Kuznetsov",
    "Lambert", "Marino",    "Nielsen",   "Olsen",    "Popescu", "Quintana",  "Romano",   "Sokolov",   "Toth",
    "Ulrich",  "Volkov",    "Wagner",    "Yakovlev", "Zima",    "Antonov",   "Berger",   "Conti",     "Dahl",
    "Egorov",  "Ferrari",   "Gomez",     "Hoffmann", "Ionescu", "Jankowski", "Koch",     "Larsen",    "Meyer",
    "Nagy",    "Oliveira",  "Pavlov",    "Ricci",    "Santos",  "Thomsen",   "Vasquez",  "Wolff",     "Zaitsev",
    "Alvarez", "Becker",    "Castro",    "Dragan",   "Engel",   "Frank",     "Greco",    "Holm",      "Kraus",
    "Lehmann", "Marx",      "Nowak",     "Ortega",   "Peters",  "Richter",   "Simon",    "Stone",     "Lund"};
constexpr std::string_view kTopicAreas[] = {
    "energy",  "grain", "border",   "nuclear",  "maritime", "prisoner", "refugee", "arms", "trade", "debt",
    "climate", "cyber", "airspace", "election", "pipeline", "banking",  "port",    "rail", "water", "media"};
constexpr std::string_view kTopicThings[] = {"ceasefire",   "deal",      "sanctions", "talks",      "guarantees",
                                             "inspections", "corridor",  "embargo",   "aid",        "exchange",
                                             "treaty",      "tariffs",   "summit",    "monitoring", "reform",
                                             "moratorium",  "agreement", "blockade",  "quota",      "fund"};
constexpr std::string_view kCities[] = {"Kyiv",   "Moscow",   "Warsaw", "Berlin",    "Paris",     "London",   "Rome",
                                        "Vienna", "Prague",   "Riga",   "Vilnius",   "Tallinn",   "Helsinki", "Oslo",
                                        "Madrid", "Lisbon",   "Athens", "Sofia",     "Bucharest", "Budapest", "Zagreb",
                                        "Geneva", "Brussels", "Ankara", "Washington"};
constexpr std::string_view kPapers[] = {"Herald",   "Times",   "Post",     "Tribune",   "Courier", "Gazette",
                                        "Observer", "Monitor", "Dispatch", "Chronicle", "Ledger",  "Review",
                                        "Standard", "Journal", "Sentinel", "Wire"};

// Quote openings and closings; {} is the topic phrase.
constexpr std::string_view kSupportQuotes[] = {"We fully back the {} and will work to make it happen",
                                               "The {} is the only sensible way forward",
                                               "Our government supports the {} without reservation",
                                               "There is no alternative to the {}, and we will defend it",
                                               "We welcome progress on the {}",
                                               "I have said many times that the {} deserves our support"};
constexpr std::string_view kOpposeQuotes[] = {"We will never accept the {}",
                                              "The {} would be a grave mistake",
                                              "Our government rejects the {} in its current form",
                                              "Nobody should be fooled: the {} is not in our interest",
                                              "We oppose the {} and will say so at every meeting",
                                              "I do not support the {}, and I never will"};
constexpr std::string_view kNeutralQuotes[] = {
    "We are studying the {} carefully", "It is too early to say anything about the {}",
    "The {} will be discussed with our partners next week", "We have taken note of the proposals on the {}",
    "Questions about the {} are for the ministers to answer"};
constexpr std::string_view kQuoteEndings[] = {".",
                                              ", officials said after the meeting.",
                                              " before the winter.",
                                              ", whatever others may claim.",
                                              " in the coming months.",
                                              ", as we told our allies.",
                                              ".",
                                              " - and that is final."};

std::string Fill(std::string_view pattern, std::string_view phrase) {
  std::string out(pattern);
  const size_t at = out.find("{}");
  return out.replace(at, 2, phrase);
}

std::string Slug(std::string_view name) {
  std::string slug;
  for (char c : name) {
    if (c == ' ') continue;
    slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return slug;
}

void AppendJsonString(std::string* out, std::string_view text) {
  out->push_back('"');
  for (char c : text) {
    if (c == '"' || c == '\\') out->push_back('\\');
    out->push_back(c);
  }
  out->push_back('"');
}

// Rank -> a first/second combination; numbered once the combinations run out.
template <typename A, typename B>
std::string Combine(const A& first, const B& second, size_t rank, char separator) {
  const size_t pairs = std::size(first) * std::size(second);
  std::string name = std::string(first[rank % std::size(first)]) + separator +
                     std::string(second[(rank / std::size(first)) % std::size(second)]);
  if (rank >= pairs) name += separator + std::to_string(rank / pairs + 1);
  return name;
}

}  // namespace

std::string ActorName(size_t rank) { return Combine(kFirstNames, kLastNames, rank, ' '); }
std::string TopicKey(size_t rank) { return Combine(kTopicAreas, kTopicThings, rank, '-'); }
std::string SourceName(size_t rank) { return "The " + Combine(kCities, kPapers, rank, ' '); }

CorpusGenerator::CorpusGenerator(const CorpusSpec& spec)
    : spec_(spec),
      random_(spec.seed),
      actors_(spec.actors, 1.1),
      topics_(spec.topics, 0.9),
      sources_(spec.sources, 0.8),
      first_day_(Date::FromCivil(spec.first_year, 1, 1).day_number()),
      days_(Date::FromCivil(spec.first_year + spec.years, 1, 1).day_number() - first_day_) {}

void CorpusGenerator::StartArticle() {
  ++article_;
  article_left_ = 1 + random_.Below(4);
  article_topic_ = topics_.Draw(&random_);
  article_source_ = sources_.Draw(&random_);
  article_date_ = Date::FromDayNumber(first_day_ + static_cast<int32_t>(random_.Below(days_)));
  article_actors_.clear();
}

Stance CorpusGenerator::DrawStance(size_t actor, size_t topic) {
  const uint64_t pair = (static_cast<uint64_t>(actor) << 32) | topic;
  auto [it, added] = sides_.try_emplace(pair, random_.Chance(0.55) ? Stance::kSupport : Stance::kOppose);
  const auto flip = [](Stance s) { return s == Stance::kSupport ? Stance::kOppose : Stance::kSupport; };
  if (!added && random_.Chance(spec_.flip_chance)) it->second = flip(it->second);
  const double u = random_.Uniform();
  if (u < 0.80) return it->second;
  return u < 0.93 ? Stance::kNeutral : flip(it->second);
}

std::string CorpusGenerator::Quote(size_t topic, Stance stance) {
  std::string phrase = TopicKey(topic);
  std::replace(phrase.begin(), phrase.end(), '-', ' ');
  std::string_view pattern;
  switch (stance) {
    case Stance::kSupport:
      pattern = kSupportQuotes[random_.Below(std::size(kSupportQuotes))];
      break;
    case Stance::kOppose:
      pattern = kOpposeQuotes[random_.Below(std::size(kOpposeQuotes))];
      break;
    case Stance::kNeutral:
      pattern = kNeutralQuotes[random_.Below(std::size(kNeutralQuotes))];
      break;
  }
  return Fill(pattern, phrase) + std::string(kQuoteEndings[random_.Below(std::size(kQuoteEndings))]);
}

bool CorpusGenerator::Next(GeneratedAssertion* out) {
  if (next_id_ > spec_.assertions) return false;
  if (article_left_ == 0) StartArticle();
  --article_left_;
  size_t actor = actors_.Draw(&random_);
  while (std::find(article_actors_.begin(), article_actors_.end(), actor) != article_actors_.end()) {
    actor = actors_.Draw(&random_);
  }
  article_actors_.push_back(actor);
  const size_t topic = random_.Chance(0.7) ? article_topic_ : topics_.Draw(&random_);
  out->id = next_id_++;
  out->actor = ActorName(actor);
  out->topic = TopicKey(topic);
  out->source = SourceName(article_source_);
  out->stance = DrawStance(actor, topic);
  out->quote = Quote(topic, out->stance);
  out->date = article_date_;
  out->url = "https://" + Slug(out->source) + ".example/" + article_date_.ToString() + "/a" + std::to_string(article_);
  out->confidence = 0.5 + 0.01 * static_cast<double>(random_.Below(51));
  return true;
}

std::string JsonLine(const GeneratedAssertion& a) {
  std::string line = "{\"actor\":";
  AppendJsonString(&line, a.actor);
  line += ",\"topic\":";
  AppendJsonString(&line, a.topic);
  line += ",\"stance\":\"" + std::string(StanceName(a.stance)) + "\",\"date\":\"" + a.date.ToString() + "\"";
  line += ",\"source\":";
  AppendJsonString(&line, a.source);
  line += ",\"quote\":";
  AppendJsonString(&line, a.quote);
  line += ",\"url\":";
  AppendJsonString(&line, a.url);
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", a.confidence);
  return line + ",\"confidence\":" + confidence + "}";
}

Status WriteCorpusJsonl(const CorpusSpec& spec, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot create " + path);
  CorpusGenerator generator(spec);
  GeneratedAssertion a;
  while (generator.Next(&a)) out << JsonLine(a) << '\n';
  out.close();
  return out ? Status::Ok() : Status::IoError("cannot write " + path);
}

bool Retracted(const CorpusSpec& spec, AssertionId id) {
  Random hash(spec.seed ^ (id * 0xD1B54A32D192ED03ull));
  return spec.retract_one_in > 0 && hash.Next() % static_cast<uint64_t>(spec.retract_one_in) == 0;
}

}  // namespace stancekb::bench
