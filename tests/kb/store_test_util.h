// Builders for store tests: assertions and write sets by name.
#pragma once

#include <string>

#include "kb/store.h"
#include "tests/status_test_util.h"

namespace stancekb::testing {

inline NewAssertion MakeAssertion(const std::string& actor, const std::string& topic, Stance stance,
                                  const std::string& date, const std::string& quote = "",
                                  const std::string& source = "Test Wire") {
  NewAssertion a;
  a.actor = actor;
  a.topic = topic;
  a.stance = stance;
  EXPECT_OK(Date::Parse(date, &a.date)) << date;
  a.source = source;
  a.evidence.quote = quote.empty() ? actor + " on " + topic + " " + date : quote;
  a.extractor = "test";
  return a;
}

// One document of the (fictional) "Talks" article with two assertions on it.
inline WriteSet ArticleSet() {
  WriteSet set;
  NewDocument doc;
  doc.document.text = "Putin rejected a ceasefire. Zelensky called for one.";
  doc.document.id = DocumentIdFor(doc.document.text);
  doc.document.title = "Talks";
  EXPECT_OK(Date::Parse("2025-08-18", &doc.document.published));
  doc.source = "The Sun";
  set.documents.push_back(doc);
  for (auto a : {MakeAssertion("Vladimir Putin", "ceasefire", Stance::kOppose, "2025-08-18"),
                 MakeAssertion("Volodymyr Zelensky", "ceasefire", Stance::kSupport, "2025-08-18")}) {
    a.document = doc.document.id;
    set.assertions.push_back(a);
  }
  return set;
}

}  // namespace stancekb::testing
