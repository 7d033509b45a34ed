// DnaDatabase: the documents and coded statements of a Discourse Network
// Analyzer 3 database (.dna, SQLite), read as plain records.
//
// A statement is read when its statement type has a "concept" variable and
// a "person" or "organization" variable (DNA's default "DNA Statement"
// type); statements of other types (annotations, narrative elements) are
// counted, not read. DNA stores spans as UTF-16 code-unit offsets (Java
// strings); they are kept as DNA wrote them here (see dna_offsets.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kb/status.h"

namespace stancekb {

struct DnaDocument {
  int64_t id = 0;
  std::string title, text, author, source, section, type;
  int64_t date_seconds = 0;  // DNA's Date: seconds since 1970-01-01 UTC.
};

struct DnaStatement {
  int64_t id = 0;
  int64_t document_id = 0;
  int64_t start = 0, stop = 0;  // UTF-16 code units into the document text.
  std::string person, organization, concept_value;
  std::optional<bool> agreement;  // Absent when not coded.
};

struct DnaDatabase {
  std::vector<DnaDocument> documents;    // In id order.
  std::vector<DnaStatement> statements;  // In id order.
  size_t other_statements = 0;           // Of statement types without these variables.
};

// Opens `path` read-only. NotFound when missing; InvalidInput when it is not
// a DNA 3 database (no SETTINGS version 3.x, or tables missing).
Status ReadDnaDatabase(const std::string& path, DnaDatabase* out);

}  // namespace stancekb
