// ExportDnaEvents: the stored assertions as a DNA event list (one row per
// statement), so that results move back into DNA and rDNA. Assertions a DNA
// import made give back the statement and document as DNA had them
// (dna_fields.h); others are exported too, with statement_id 0 and the
// document fields stancekb has. Retracted assertions are left out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "importers/dna/dna_database.h"
#include "kb/store.h"

namespace stancekb {

struct DnaEventRow {
  int64_t statement_id = 0;  // 0: not from a DNA import.
  AssertionId assertion_id = 0;
  Date time;
  std::string person;             // Empty when the actor is an organization, state or group.
  std::string organization;       // The person's affiliation, or the actor itself.
  std::string actor_wikidata;     // The actor's (person's or organization's) Wikidata id, if known.
  std::string concept_label;      // Topic label (its id when it has none).
  std::optional<bool> agreement;  // support 1, oppose 0, neutral none.
  int64_t start = 0, stop = 0;    // UTF-16 units into the document text, as DNA counts.
  std::string text;               // The evidence quote.
  DnaDocument document;           // id (0 when not from DNA), title, author, source, section, type.
};

// Rows in assertion id order (for a DNA import: statement order).
Status ExportDnaEvents(const Store& store, std::vector<DnaEventRow>* out);

}  // namespace stancekb
