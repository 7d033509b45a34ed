#include "importers/events/event_assertions.h"

#include <algorithm>

#include "importers/events/topic_key.h"

namespace stancekb {
namespace {

std::string Upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

std::string UrlHost(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  std::string host = url.substr(start, url.find_first_of("/?#:", start) - start);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string Quote(const std::string& format, const EventRecord& event, const std::string& code_name) {
  std::string quote = Upper(format) + " event " + event.event_id + ": " + event.source.name + " — " + code_name + " (" +
                      event.code + ")";
  if (!event.target.name.empty()) quote += " — " + event.target.name;
  return quote;
}

NewDocument ArticleDocument(const EventRecord& event, const std::string& source) {
  NewDocument doc;
  doc.document.id = DocumentIdFor("event-article\n" + event.url);
  doc.document.url = event.url;
  doc.document.published = event.date;
  doc.source = source;
  return doc;
}

}  // namespace

Topic TowardTopic(const std::string& target) {
  Topic topic;
  topic.key = "toward-" + TopicKeyFor(target);
  topic.label = "Toward " + target;
  topic.support_means = "praises, endorses or defends " + target + " (oppose: criticises, accuses or threatens)";
  return topic;
}

std::string EventSource(const std::string& format, const EventRecord& event) {
  if (!event.url.empty()) {
    std::string host = UrlHost(event.url);
    if (!host.empty()) return host;
  }
  return event.publisher.empty() ? Upper(format) : event.publisher;
}

EventAssertions BuildEventAssertions(const std::string& format, const EventRecord& event,
                                     const std::vector<CameoRule>& rules, const std::string& code_name) {
  EventAssertions out;
  if (event.source.name.empty()) return out;
  const std::string source = EventSource(format, event);
  if (!event.url.empty()) out.document = ArticleDocument(event, source);
  const bool has_target = !event.target.name.empty() && event.target.name != event.source.name;
  for (const CameoRule& rule : rules) {
    if (rule.toward_target && !has_target) continue;
    NewAssertion a;
    a.actor = event.source.name;
    a.actor_kind = event.source.kind;
    if (rule.toward_target) out.topics.push_back(TowardTopic(event.target.name));
    a.topic = rule.toward_target ? out.topics.back().key : rule.topic;
    a.stance = rule.stance;
    a.date = event.date;
    a.source = source;
    a.document = out.document ? out.document->document.id : 0;
    a.evidence.quote = Quote(format, event, code_name);
    a.cue = code_name;
    a.extractor = format + "/" + event.code + "#" + event.event_id;
    out.assertions.push_back(std::move(a));
  }
  if (out.assertions.empty()) out.document.reset();
  return out;
}

}  // namespace stancekb
