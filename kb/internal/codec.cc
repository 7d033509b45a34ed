#include "kb/internal/codec.h"

#include <capnp/message.h>
#include <capnp/serialize.h>

#include <cstring>

#include "schema/stancekb.capnp.h"

namespace stancekb::codec {
namespace {

namespace s = ::stancekb::schema;

// The first segment of every message encoded on this thread. A default
// MallocMessageBuilder callocs a fresh first segment per message, and a bulk
// import encodes millions of small messages; the builder's destructor zeroes
// what a message used, so the space is reused. Encoders must not nest (none
// calls another).
kj::ArrayPtr<capnp::word> FirstSegment() {
  thread_local capnp::word segment[capnp::SUGGESTED_FIRST_SEGMENT_WORDS] = {};
  return kj::arrayPtr(segment, capnp::SUGGESTED_FIRST_SEGMENT_WORDS);
}

std::string ToBytes(capnp::MessageBuilder& message) {
  kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
  kj::ArrayPtr<const char> bytes = words.asChars();
  return std::string(bytes.begin(), bytes.size());
}

// Messages up to this size are aligned on the stack.
constexpr size_t kSmallMessageWords = 128;

// Runs `read(root)` on the message in `data`, copying it into an aligned
// buffer first when RocksDB handed us an unaligned pointer.
template <typename Root, typename ReadFn>
Status ReadMessage(std::string_view data, const char* what, ReadFn read) {
  if (data.size() % sizeof(capnp::word) != 0 || data.empty()) {
    return Status::Corruption(std::string("stored ") + what + " has a truncated value");
  }
  try {
    capnp::word small[kSmallMessageWords];  // Most records fit: no allocation for the copy.
    kj::Array<capnp::word> large;
    kj::ArrayPtr<const capnp::word> words;
    const size_t count = data.size() / sizeof(capnp::word);
    if (reinterpret_cast<uintptr_t>(data.data()) % alignof(capnp::word) == 0) {
      words = kj::arrayPtr(reinterpret_cast<const capnp::word*>(data.data()), count);
    } else {
      capnp::word* aligned = small;
      if (count > kSmallMessageWords) aligned = (large = kj::heapArray<capnp::word>(count)).begin();
      std::memcpy(aligned, data.data(), data.size());
      words = kj::arrayPtr(const_cast<const capnp::word*>(aligned), count);
    }
    // Each word is read at most once in a well-formed record; a lower limit
    // than capnp's default (64 MiB) refuses lists of zero-sized elements that
    // would decode a few bytes into millions of items (found by key_fuzz).
    capnp::ReaderOptions options;
    options.traversalLimitInWords = count + 64;
    capnp::FlatArrayMessageReader reader(words, options);
    read(reader.getRoot<Root>());
    return Status::Ok();
  } catch (const kj::Exception& e) {
    return Status::Corruption(std::string("stored ") + what + " does not decode: " + e.getDescription().cStr());
  }
}

void SetDate(s::Date::Builder b, const Date& d) {
  b.setDayNumber(d.day_number());
  b.setPrecision(static_cast<s::DatePrecision>(d.precision()));
  b.setValid(d.valid());
}

Date GetDate(s::Date::Reader r) {
  if (!r.getValid()) return Date();
  return Date::FromDayNumber(r.getDayNumber(), static_cast<DatePrecision>(r.getPrecision()));
}

void SetSpan(s::Span::Builder b, const Span& span) {
  b.setBegin(span.begin);
  b.setEnd(span.end);
}

Span GetSpan(s::Span::Reader r) { return Span{r.getBegin(), r.getEnd()}; }

void SetTextList(capnp::List<capnp::Text>::Builder list, const std::vector<std::string>& items) {
  for (unsigned i = 0; i < items.size(); ++i) list.set(i, items[i]);
}

std::vector<std::string> GetTextList(capnp::List<capnp::Text>::Reader list) {
  std::vector<std::string> items;
  items.reserve(list.size());
  for (auto text : list) items.emplace_back(text.cStr(), text.size());
  return items;
}

std::string Str(capnp::Text::Reader text) { return std::string(text.cStr(), text.size()); }

}  // namespace

std::string EncodeActor(const Actor& actor) {
  capnp::MallocMessageBuilder message(FirstSegment());
  auto b = message.initRoot<s::Actor>();
  b.setId(actor.id);
  b.setName(actor.name);
  b.setKind(static_cast<s::ActorKind>(actor.kind));
  SetTextList(b.initAliases(actor.aliases.size()), actor.aliases);
  auto roles = b.initRoles(actor.roles.size());
  for (unsigned i = 0; i < actor.roles.size(); ++i) {
    roles[i].setTitle(actor.roles[i].title);
    SetDate(roles[i].initFrom(), actor.roles[i].from);
    SetDate(roles[i].initTo(), actor.roles[i].to);
  }
  b.setAffiliation(actor.affiliation);
  b.setWikidata(actor.wikidata);
  SetTextList(b.initDemonyms(actor.demonyms.size()), actor.demonyms);
  return ToBytes(message);
}

Status DecodeActorName(std::string_view data, std::string* out) {
  return ReadMessage<s::Actor>(data, "actor", [out](s::Actor::Reader r) { *out = Str(r.getName()); });
}

Status DecodeActor(std::string_view data, Actor* out) {
  return ReadMessage<s::Actor>(data, "actor", [out](s::Actor::Reader r) {
    out->id = r.getId();
    out->name = Str(r.getName());
    out->kind = static_cast<ActorKind>(r.getKind());
    out->aliases = GetTextList(r.getAliases());
    out->roles.clear();
    for (auto role : r.getRoles()) {
      out->roles.push_back(Role{Str(role.getTitle()), GetDate(role.getFrom()), GetDate(role.getTo())});
    }
    out->affiliation = Str(r.getAffiliation());
    out->wikidata = Str(r.getWikidata());
    out->demonyms = GetTextList(r.getDemonyms());
  });
}

std::string EncodeTopic(const Topic& topic) {
  capnp::MallocMessageBuilder message(FirstSegment());
  auto b = message.initRoot<s::Topic>();
  b.setId(topic.id);
  b.setKey(topic.key);
  b.setLabel(topic.label);
  b.setSupportMeans(topic.support_means);
  SetTextList(b.initKeywords(topic.keywords.size()), topic.keywords);
  return ToBytes(message);
}

Status DecodeTopic(std::string_view data, Topic* out) {
  return ReadMessage<s::Topic>(data, "topic", [out](s::Topic::Reader r) {
    out->id = r.getId();
    out->key = Str(r.getKey());
    out->label = Str(r.getLabel());
    out->support_means = Str(r.getSupportMeans());
    out->keywords = GetTextList(r.getKeywords());
  });
}

std::string EncodeSource(const Source& source) {
  capnp::MallocMessageBuilder message(FirstSegment());
  auto b = message.initRoot<s::Source>();
  b.setId(source.id);
  b.setName(source.name);
  return ToBytes(message);
}

Status DecodeSource(std::string_view data, Source* out) {
  return ReadMessage<s::Source>(data, "source", [out](s::Source::Reader r) {
    out->id = r.getId();
    out->name = Str(r.getName());
  });
}

std::string EncodeDocument(const Document& doc) {
  capnp::MallocMessageBuilder message(FirstSegment());
  auto b = message.initRoot<s::Document>();
  b.setId(doc.id);
  b.setTitle(doc.title);
  b.setUrl(doc.url);
  b.setSourceId(doc.source_id);
  SetDate(b.initPublished(), doc.published);
  b.setText(doc.text);
  return ToBytes(message);
}

Status DecodeDocument(std::string_view data, Document* out) {
  return ReadMessage<s::Document>(data, "document", [out](s::Document::Reader r) {
    out->id = r.getId();
    out->title = Str(r.getTitle());
    out->url = Str(r.getUrl());
    out->source_id = r.getSourceId();
    out->published = GetDate(r.getPublished());
    out->text = Str(r.getText());
  });
}

std::string EncodeAssertion(const Assertion& a) {
  capnp::MallocMessageBuilder message(FirstSegment());
  auto b = message.initRoot<s::Assertion>();
  b.setId(a.id);
  b.setActorId(a.actor_id);
  b.setTopicId(a.topic_id);
  b.setStance(static_cast<s::Stance>(a.stance));
  SetDate(b.initDate(), a.date);
  b.setSourceId(a.source_id);
  b.setDocumentId(a.document_id);
  auto ev = b.initEvidence();
  ev.setQuote(a.evidence.quote);
  SetSpan(ev.initActorSpan(), a.evidence.actor_span);
  SetSpan(ev.initCueSpan(), a.evidence.cue_span);
  SetSpan(ev.initContentSpan(), a.evidence.content_span);
  b.setCue(a.cue);
  b.setConfidence(a.confidence);
  b.setExtractor(a.extractor);
  b.setStatus(static_cast<s::AssertionStatus>(a.status));
  return ToBytes(message);
}

Status DecodeAssertion(std::string_view data, Assertion* out) {
  return ReadMessage<s::Assertion>(data, "assertion", [out](s::Assertion::Reader r) {
    out->id = r.getId();
    out->actor_id = r.getActorId();
    out->topic_id = r.getTopicId();
    out->stance = static_cast<Stance>(r.getStance());
    out->date = GetDate(r.getDate());
    out->source_id = r.getSourceId();
    out->document_id = r.getDocumentId();
    auto ev = r.getEvidence();
    out->evidence.quote = Str(ev.getQuote());
    out->evidence.actor_span = GetSpan(ev.getActorSpan());
    out->evidence.cue_span = GetSpan(ev.getCueSpan());
    out->evidence.content_span = GetSpan(ev.getContentSpan());
    out->cue = Str(r.getCue());
    out->confidence = r.getConfidence();
    out->extractor = Str(r.getExtractor());
    out->status = static_cast<AssertionStatus>(r.getStatus());
  });
}

}  // namespace stancekb::codec
