// Imports a Discourse Network Analyzer 3 database.
//
//   DNA                          stancekb
//   document                     document with its text; title, Source as
//                                publisher, Date as publication day; id,
//                                author, section, type in a dna: locator
//                                (dna_fields.h)
//   statement person             actor (kind person) whose affiliation is
//                                the statement's organization
//   statement organization only  actor (kind organization)
//   concept                      topic: an existing one whose id, label or
//                                keyword the concept is, else a new topic
//                                key TopicKeyFor(concept), label = concept
//   agreement 1 / 0 / none       support / oppose / neutral
//   statement span               evidence: quote = the span's text,
//                                content_span in UTF-8 bytes
//   statement id                 extractor "dna/statement#<id>"
//   document date                assertion date
//
// An organization is kept as the person's affiliation, so a person coded
// with two organizations keeps the first stored (a warning is logged).
// Each document and its statements are written in one batch. Statements
// that cannot be stored (no document, a span outside the text, no person
// and no organization) are listed as "FILE: statement ID: reason"; the rest
// are imported. Re-importing adds nothing.
#pragma once

#include <string>
#include <vector>

#include "kb/progress.h"
#include "kb/status.h"
#include "kb/store.h"

namespace stancekb {

struct DnaImportReport {
  size_t documents = 0;
  size_t statements = 0;        // Statements of DNA Statement types read.
  size_t other_statements = 0;  // Of other types (annotations …): not imported.
  std::vector<std::string> bad_statements;
  WriteResult written;
};

// `progress` hears "documents stored" after each document.
Status ImportDna(Store* store, const std::string& path, DnaImportReport* report,
                 const ProgressFunction& progress = nullptr);

}  // namespace stancekb
