// Hostile input: every importer, given the files of tests/data/bad
// and generated monsters (a 50 MB line, deep nesting, an HTML bomb, a quote
// that never closes), fails with a message naming the file and the line or
// byte, stores nothing from the bad item, loses nothing already stored,
// never crashes and stays within bounded memory.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "tests/reliability/child_process.h"
#include "tests/reliability/reliability_util.h"

namespace stancekb {
namespace {

namespace fs = std::filesystem;
using namespace stancekb::testing;

constexpr double kMaxRssMiB = 512;
constexpr int kAny = -1;

struct BadCase {
  std::string command;  // "assertions", "articles", "gdelt", "icews", "dna" or "lexicon"
  std::string file;     // Under tests/data/bad, or generated (see Generated()).
  std::string message;  // Text the error must contain besides the file name ("" = the file name only).
  int exit_code = 1;
  int documents_added = 0;   // kAny: not checked.
  int assertions_added = 0;  // kAny: not checked.
};

std::ostream& operator<<(std::ostream& out, const BadCase& c) { return out << c.command << " " << c.file; }

class BadInputTest : public ::testing::TestWithParam<BadCase> {};

std::string Repeat(const std::string& text, size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (size_t i = 0; i < times; ++i) out += text;
  return out;
}

// The content of a generated case, by name (too big or too odd for git).
std::string Generated(const std::string& name) {
  const std::string big(50u << 20, 'a');
  if (name == "line-50mb.jsonl") return "{\"actor\": \"" + big + "\"}\n";
  if (name == "line-50mb.txt") return "Kaja Kallas said " + big + "\n";
  if (name == "line-50mb.tsv") return big + "\n";
  if (name == "line-50mb.yaml") return "actors:\n  - name: " + big + "\n";
  if (name == "nested.jsonl") return "{\"actor\": " + Repeat("[", 100000) + "\n";
  if (name == "nested-feed.jsonl") return "{\"text\": " + Repeat("{\"a\":", 100000) + "\n";
  if (name == "nested.yaml") return "actors: " + Repeat("[", 100000) + "\n";
  if (name == "html-bomb.html")
    return "<html><body>" + Repeat("<div>", 200000) + "<p>Kallas said so.</p></body></html>";
  if (name == "unclosed-quote.txt") {
    return "---\ndate: 2025-03-14\n---\nKaja Kallas said: \u201c" + Repeat("the sanctions must stay and ", 80000) +
           "\n";
  }
  const std::string dna = ReadFile(TestData("dna/sample.dna"));
  return dna.substr(0, dna.size() / 3);  // truncated.dna
}

// The file a case names: under tests/data/bad, or generated into `dir`.
std::string PathOf(const std::string& file, const TempDir& dir) {
  if (!file.starts_with("generated/")) return TestData("bad/" + file);
  const std::string name = file.substr(std::string("generated/").size());
  if (name != "duplicate-articles") return dir.Write(name, Generated(name));
  const std::string article =
      "---\ndate: 2025-03-14\nsource: Bad Corpus Wire\n---\n"
      "Kaja Kallas said the European Union supports keeping sanctions on Russia.\n";
  fs::create_directories(dir.Sub(name));
  dir.Write(name + "/a.txt", article);
  dir.Write(name + "/b.txt", article);
  return dir.Sub(name);
}

TEST_P(BadInputTest, FailsClearlyAndKeepsTheDatabaseIntact) {
  const BadCase& c = GetParam();
  TempDir dir;
  const std::string db = dir.Sub("db");
  // A database with data in it: the format fixture (articles, assertions, a retraction).
  fs::copy(TestData("fixtures/format-v1.db"), db, fs::copy_options::recursive);
  const StoreCounts before = OpenOrFail(db, true)->Counts();
  const std::string path = PathOf(c.file, dir);
  ChildProcess import({"--db", db, "import", c.command, path}, dir.Sub("log"));
  const int exit_code = import.Wait();
  const std::string output = ReadFile(dir.Sub("log"));
  ASSERT_FALSE(import.Signaled()) << "crashed:\n" << output.substr(0, 4000);
  EXPECT_EQ(exit_code, c.exit_code) << output.substr(0, 4000);
  EXPECT_LT(import.PeakRssMiB(), kMaxRssMiB);
  std::printf("%s: exit %d, peak RSS %.0f MiB\n", c.file.c_str(), exit_code, import.PeakRssMiB());
  if (c.exit_code != 0) {
    EXPECT_NE(output.find(fs::path(path).filename().string()), std::string::npos) << output.substr(0, 4000);
    EXPECT_NE(output.find(c.message), std::string::npos) << output.substr(0, 4000);
  }
  std::unique_ptr<Store> store = OpenOrFail(db, true);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(CheckViolations(*store), "");
  const StoreCounts after = store->Counts();
  if (c.documents_added != kAny) {
    EXPECT_EQ(after.documents, before.documents + c.documents_added);
  }
  if (c.assertions_added != kAny) {
    EXPECT_EQ(after.assertions, before.assertions + c.assertions_added);
  }
  EXPECT_GE(after.documents, before.documents);
  EXPECT_GE(after.assertions, before.assertions);
  if (c.documents_added == 0 && c.assertions_added == 0) {
    EXPECT_TRUE(SameCounts(after, before)) << ShowCounts(after) << " vs " << ShowCounts(before);
  }
}

const BadCase kCases[] = {
    // import assertions: one bad line refuses the whole file.
    {"assertions", "assertions-invalid-utf8.jsonl", ":2: invalid UTF-8 at byte 17 of the line"},
    {"assertions", "assertions-nul.jsonl", ":2: invalid JSON"},
    {"assertions", "assertions-binary.jsonl", ":1: invalid UTF-8 at byte"},
    {"assertions", "assertions-empty.jsonl", "", 0},
    {"assertions", "assertions-truncated.jsonl", ":2: invalid JSON (A string is opened, but never closed.)"},
    {"assertions", "assertions-wrong-types.jsonl", ":2: field 'actor' must be a string"},
    {"assertions", "assertions-not-an-object.jsonl", ":2: expected a JSON object"},
    {"assertions", "assertions-confidence-type.jsonl", ":2: field 'confidence' must be a number"},
    {"assertions", "assertions-impossible-date.jsonl", ":2: date '2025-02-30' does not exist in the calendar"},
    {"assertions", "assertions-year-99999.jsonl", ":2: date '99999-01-01' is not YYYY-MM-DD"},
    {"assertions", "assertions-unknown-stance.jsonl", ":2: stance 'supports' is not support, oppose or neutral"},
    {"assertions", "assertions-duplicates.jsonl", "", 0, 0, 1},
    {"assertions", "generated/line-50mb.jsonl", ":1: line longer than 16 MiB"},
    {"assertions", "assertions-control-name.jsonl",
     ":2: field 'actor' contains the control character U+0000 at byte 9"},
    {"assertions", "assertions-blank-actor.jsonl", ":2: field 'actor' '   ' is blank"},
    {"assertions", "generated/nested.jsonl", ":1: invalid JSON"},
    // import articles: a bad article is reported, the others are stored.
    {"articles", "article-invalid-utf8.txt", "line 7 (byte 146): invalid UTF-8"},
    {"articles", "article-nul.txt", "line 7 (byte 147): NUL byte"},
    {"articles", "article-binary.txt", "line 1 (byte 2): invalid UTF-8"},
    {"articles", "article-empty.txt", "empty document"},
    {"articles", "article-impossible-date.txt", "line 3: date '2025-02-30' does not exist in the calendar"},
    {"articles", "article-year-99999.txt", "line 3: date '99999-03-14' is not YYYY-MM-DD"},
    {"articles", "article-truncated-header.txt", "line 1: front-matter header opened with '---' is never closed"},
    {"articles", "article-html-unclosed.html", "", 0, 1, kAny},
    {"articles", "article-wrong-stance-words.txt", "", 0, 1, kAny},
    {"articles", "feed-mixed.jsonl", ":2: not valid JSON", 1, 1, kAny},
    {"articles", "feed-control-source.jsonl", ":1: source contains the control character U+0007 at byte 5"},
    {"articles", "generated/nested-feed.jsonl", ":1: not valid JSON"},
    {"articles", "generated/line-50mb.txt", "line 1 (byte 8388608): line longer than 8388608 bytes"},
    {"articles", "generated/html-bomb.html", "HTML elements nested deeper than 5000; not parsed"},
    {"articles", "generated/unclosed-quote.txt", "", 0, 1, kAny},
    {"articles", "generated/duplicate-articles", "", 0, 1, kAny},
    // import gdelt / icews: bad rows are reported, the others are stored.
    {"gdelt", "gdelt-invalid-utf8.tsv", ":1: expected 61 columns, found 3"},
    {"gdelt", "gdelt-nul.tsv", ":1: expected 61 columns, found 2"},
    {"gdelt", "gdelt-binary.tsv", ":1: expected 61 columns"},
    {"gdelt", "gdelt-empty.tsv", "", 0},
    {"gdelt", "gdelt-short-row.tsv", ":1: expected 61 columns, found 4"},
    {"gdelt", "generated/line-50mb.tsv", ":1: line longer than 16 MiB"},
    {"gdelt", "gdelt-control-name.tsv", ":1: source actor contains the control character U+0007 at byte 5"},
    {"icews", "icews-missing-columns.tab", ":1: not an ICEWS header: no column 'Source Country'"},
    // import dna: a file that is not a DNA database is refused as a whole.
    {"dna", "dna-not-a-database.dna", "not a DNA 3 database (file is not a database)"},
    {"dna", "dna-empty.dna", "not a DNA 3 database"},
    {"dna", "dna-binary.dna", "not a DNA 3 database"},
    {"dna", "generated/truncated.dna", "DNA"},
    // import lexicon: a bad file changes nothing.
    {"lexicon", "lexicon-invalid-utf8.yaml", ":2: invalid UTF-8 at byte 25 of the file"},
    {"lexicon", "lexicon-nul.yaml", ":2: NUL byte at byte 24 of the file"},
    {"lexicon", "lexicon-binary.yaml", " at byte "},
    {"lexicon", "lexicon-empty.yaml", "", 0},
    {"lexicon", "lexicon-truncated.yaml", ":3: "},
    {"lexicon", "lexicon-wrong-types.yaml", ":1: expected a list"},
    {"lexicon", "lexicon-impossible-role-date.yaml", ":5: date '2025-02-30' does not exist in the calendar"},
    {"lexicon", "lexicon-bad-topic-id.yaml", ":2: topic id 'Not Kebab' must be kebab-case"},
    {"lexicon", "lexicon-control-name.yaml", ":2: name contains the control character U+0007 at byte 5"},
    {"lexicon", "generated/nested.yaml", "nested.yaml:"},
    {"lexicon", "generated/line-50mb.yaml", "bytes; a lexicon file may hold at most 4 MiB"},
};

INSTANTIATE_TEST_SUITE_P(Corpus, BadInputTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<BadCase>& info) {
                           std::string name = info.param.command + "_" + info.param.file;
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace stancekb
