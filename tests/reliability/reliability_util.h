// Shared by the reliability tests: a corpus of articles big enough that an
// import takes about a second, and opening a database to check it.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "kb/internal/column_families.h"
#include "kb/internal/keys.h"
#include "kb/store.h"
#include "kb/store_check.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb::testing {

// Writes `copies` copies of each bundled example article into `dir`, each
// made distinct by a last line naming the copy; returns the directory.
inline std::string WriteArticleCorpus(const std::string& dir, int copies) {
  namespace fs = std::filesystem;
  const fs::path examples = fs::path(STANCEKB_TEST_DATA_DIR).parent_path().parent_path() / "examples" / "articles";
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(examples)) {
    const std::string text = ReadFile(entry.path().string());
    for (int i = 0; i < copies; ++i) {
      const std::string name = "copy-" + std::to_string(10000 + i) + "-" + entry.path().filename().string();
      std::ofstream(fs::path(dir) / name, std::ios::binary) << text << "\nThis is copy " << i << ".\n";
    }
  }
  return dir;
}

// Opens the database at `path` (read_only or for writing) or fails the test.
// Readers open every family, for Violations reads them all.
inline std::unique_ptr<Store> OpenOrFail(const std::string& path, bool read_only) {
  StoreOptions options;
  options.read_only = read_only;
  options.all_families = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, options, &store);
  EXPECT_OK(s) << s.ToString();
  return store;
}

// The violations CheckStore finds, one a line ("" when clean).
inline std::string CheckViolations(const Store& store) {
  CheckReport report;
  Status s = CheckStore(store, &report);
  if (!s.ok()) return "check failed: " + s.ToString();
  std::string text;
  for (const CheckViolation& v : report.violations) text += v.ToString() + "\n";
  return text;
}

// Number of assertions of each stored document, by document id.
inline std::map<DocumentId, size_t> AssertionsPerDocument(const Store& store) {
  std::map<DocumentId, size_t> counts;
  Status s = store.ScanFamily(kDocuments, [&](std::string_view key, std::string_view) {
    std::vector<AssertionId> ids;
    EXPECT_OK(store.DocumentAssertions(keys::GetBigEndian64(key.data()), &ids));
    counts[keys::GetBigEndian64(key.data())] = ids.size();
    return true;
  });
  EXPECT_OK(s) << s.ToString();
  return counts;
}

inline bool SameCounts(const StoreCounts& a, const StoreCounts& b) {
  return a.actors == b.actors && a.topics == b.topics && a.sources == b.sources && a.documents == b.documents &&
         a.assertions == b.assertions;
}

inline std::string ShowCounts(const StoreCounts& c) {
  return std::to_string(c.actors) + " actors, " + std::to_string(c.topics) + " topics, " + std::to_string(c.sources) +
         " sources, " + std::to_string(c.documents) + " documents, " + std::to_string(c.assertions) + " assertions";
}

}  // namespace stancekb::testing
