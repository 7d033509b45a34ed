// Where a DNA import keeps what stancekb's records have no field for, so
// that an export can give it back:
//   the statement id   in the assertion's extractor: "dna/statement#12";
//   document fields    in the document's url, a "dna:" locator:
//     dna:sample.dna?document=3&author=Whitman%2C%20Christine%20Todd&section=867&type=
//   (title, source, date and text have their own fields).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "importers/dna/dna_database.h"

namespace stancekb {

std::string DnaExtractor(int64_t statement_id);
// False when `extractor` is not one DnaExtractor made.
bool ParseDnaExtractor(std::string_view extractor, int64_t* statement_id);

// `file_name` is the .dna file's name without directories.
std::string DnaDocumentUrl(const std::string& file_name, const DnaDocument& doc);
// Sets id, author, section and type of *out; false when `url` is not a
// DnaDocumentUrl.
bool ParseDnaDocumentUrl(std::string_view url, DnaDocument* out);

}  // namespace stancekb
