// The CLI's edges: version and unknown commands, bad numbers,
// output that cannot be written, verbosity, directory imports, byte order
// marks, over-long lines and names no importer may store.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kb/store.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

namespace fs = std::filesystem;
using testing::CliResult;
using testing::RunCli;
using testing::TempDir;

std::string Line(const std::string& actor, const std::string& topic, const std::string& source,
                 const std::string& quote = "a statement") {
  return R"({"actor": ")" + actor + R"(", "topic": ")" + topic + R"(", "stance": "support", "date": "2025-03-12", )" +
         R"("source": ")" + source + R"(", "quote": ")" + quote + "\"}\n";
}

// Runs `shell` (a command line in which $CLI is the stancekb binary) in `dir`;
// returns the exit status of the pipeline.
int RunShell(const TempDir& dir, const std::string& shell) {
  const std::string command = "cd '" + dir.path() + "' && CLI='" + STANCEKB_CLI_PATH + "' && " + shell;
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class CliEdgesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("two.jsonl", Line("Vladimir Putin", "ceasefire", "Reuters") + Line("Zelenskyy", "truce", "The Sun"));
    ASSERT_EQ(RunCli(dir_, "import assertions two.jsonl").exit_code, 0);
  }
  TempDir dir_;
};

TEST_F(CliEdgesTest, VersionNamesTheDatabaseFormatAndRocksDb) {
  CliResult r = RunCli(dir_, "--version");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("stancekb 0.")) << r.out;
  EXPECT_NE(r.out.find("database format " + std::to_string(Store::kFormatVersion)), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RocksDB " + Store::EngineVersion()), std::string::npos) << r.out;
}

TEST_F(CliEdgesTest, AnUnknownCommandIsNamed) {
  CliResult r = RunCli(dir_, "frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos) << r.err;
  r = RunCli(dir_, "--db x.db import frobnicate file");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command 'import frobnicate'"), std::string::npos) << r.err;
  r = RunCli(dir_, "");  // No command at all stays CLI11's usage message.
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.find("unknown command"), std::string::npos) << r.err;
}

TEST_F(CliEdgesTest, AssertionIdsBelowOneAreUsageErrors) {
  for (const char* args : {"show -1", "confirm -1", "retract 0", "show 1x", "show 99999999999999999999"}) {
    CliResult r = RunCli(dir_, args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_NE(r.err.find("an assertion id: a whole number ≥ 1"), std::string::npos) << args << ": " << r.err;
  }
  EXPECT_EQ(RunCli(dir_, "show 1").exit_code, 0);
}

TEST_F(CliEdgesTest, AWindowOfZeroDaysSaysWhatIsWanted) {
  for (const char* args : {"stance --window 0", "diff --from 2025-01-01 --to 2025-06-01 --window -3"}) {
    CliResult r = RunCli(dir_, args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_NE(r.err.find("--window: a whole number of days ≥ 1"), std::string::npos) << r.err;
    EXPECT_LT(r.err.size(), 200u) << r.err;
  }
  EXPECT_EQ(RunCli(dir_, "stance --window 30 --at 2025-03-31").exit_code, 0);
}

// A full disk on stdout is an error; a reader that stops early is not.
TEST_F(CliEdgesTest, OutputThatCannotBeWrittenFailsTheCommand) {
  ASSERT_TRUE(fs::exists("/dev/full"));
  for (const char* args : {"said --topic ceasefire", "export dna-csv", "network", "stats", "check", "--help",
                           "--version", "import assertions two.jsonl"}) {
    ASSERT_EQ(RunShell(dir_, std::string("$CLI ") + args + " >/dev/full 2>err"), 1) << args;
    EXPECT_NE(testing::ReadFile(dir_.Sub("err")).find("stancekb: write error: standard output: No space left"),
              std::string::npos)
        << args << ": " << testing::ReadFile(dir_.Sub("err"));
  }
}

TEST_F(CliEdgesTest, AClosedPipeStaysQuiet) {
  std::string lines;
  for (int i = 0; i < 3000; ++i) lines += Line("Actor " + std::to_string(i), "ceasefire", "Wire", std::string(60, 'q'));
  dir_.Write("many.jsonl", lines);
  ASSERT_EQ(RunCli(dir_, "import assertions many.jsonl").exit_code, 0);
  // Killed by SIGPIPE, or (SIGPIPE ignored) told EPIPE: either way nothing on stderr.
  for (const char* pipe : {"", "trap '' PIPE; "}) {
    EXPECT_EQ(RunShell(dir_, std::string(pipe) + "$CLI said --topic ceasefire 2>err | head -n 1 >/dev/null"), 0);
    EXPECT_EQ(testing::ReadFile(dir_.Sub("err")), "") << pipe;
  }
}

TEST_F(CliEdgesTest, VerbosityShowsCountsPerFileThenEachDocument) {
  const std::string article =
      "---\ndate: 2025-03-14\nsource: Wire\n---\nVladimir Putin said he supports a ceasefire.\n";
  fs::create_directories(dir_.Sub("news"));
  dir_.Write("news/a.txt", article);
  dir_.Write("news/b.txt", article + "Again.\n");
  CliResult quiet = RunCli(dir_, "import articles news");
  EXPECT_EQ(quiet.err, "");
  dir_.Write("news/c.txt", article + "Once more.\n");
  CliResult v = RunCli(dir_, "-v import articles news");
  EXPECT_NE(v.err.find("news: 3 documents read, 1 stored, 2 already stored, 0 failed, 0 skipped, 1 statements"),
            std::string::npos)
      << v.err;
  EXPECT_NE(v.err.find("import articles: exit 0 after "), std::string::npos) << v.err;
  EXPECT_EQ(v.err.find("already stored\n"), std::string::npos) << "per-document lines need -vv: " << v.err;
  CliResult vv = RunCli(dir_, "-vv import articles news");
  EXPECT_NE(vv.err.find("news/a.txt: already stored"), std::string::npos) << vv.err;
  CliResult jsonl = RunCli(dir_, "-v import assertions two.jsonl");
  EXPECT_NE(jsonl.err.find("two.jsonl: 2 lines, 0 added, 2 already stored, 0 bad"), std::string::npos) << jsonl.err;
}

TEST_F(CliEdgesTest, ADirectoryImportReadsArticleFilesAndListsTheRest) {
  fs::create_directories(dir_.Sub("news/sub"));
  dir_.Write("news/sub/a.txt", "---\ndate: 2025-03-14\n---\nVladimir Putin said he supports a ceasefire.\n");
  dir_.Write("news/notes.md", "# notes\n");
  dir_.Write("news/scan.pdf", "%PDF-1.4\n\xff\xfe binary\n");
  dir_.Write("news/.hidden.txt", "not read, not listed\n");
  fs::create_symlink(dir_.Sub("news/missing.txt"), dir_.Sub("news/broken.txt"));
  ASSERT_EQ(::mkfifo(dir_.Sub("news/pipe.txt").c_str(), 0600), 0);
  CliResult r = RunCli(dir_, "--format json import articles news");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto row = nlohmann::json::parse(r.out)[0];
  EXPECT_EQ(row["documents"], 1);
  EXPECT_EQ(row["failed"], 0);
  EXPECT_EQ(row["skipped"], 4);
  EXPECT_NE(r.err.find("skipped news/broken.txt: a broken link"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped news/notes.md: not an article file (.txt, .html"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped news/pipe.txt: not a regular file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped news/scan.pdf: not an article file"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("hidden"), std::string::npos) << r.err;
}

TEST_F(CliEdgesTest, AByteOrderMarkIsNoPartOfTheFirstLine) {
  const std::string bom = "\xEF\xBB\xBF";
  dir_.Write("bom.jsonl", bom + Line("Kaja Kallas", "sanctions", "Wire"));
  CliResult jsonl = RunCli(dir_, "--format json import assertions bom.jsonl");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  EXPECT_EQ(nlohmann::json::parse(jsonl.out)[0]["added"], 1);
  dir_.Write("bom.txt",
             bom + "---\ndate: 2025-03-14\nsource: Wire\n---\nVladimir Putin said he supports a ceasefire.\n");
  dir_.Write("feed.jsonl",
             bom + R"({"date": "2025-03-15", "source": "Feed", "text": "Kaja Kallas said she supports a ceasefire."})"
                   "\n");
  CliResult articles = RunCli(dir_, "--format json import articles bom.txt feed.jsonl");
  ASSERT_EQ(articles.exit_code, 0) << articles.err;
  EXPECT_EQ(nlohmann::json::parse(articles.out)[0]["added"], 2);
  CliResult said = RunCli(dir_, "--format json said --actor putin --topic ceasefire --from 2025-03-14");
  EXPECT_EQ(nlohmann::json::parse(said.out)[0]["source"], "Wire") << said.out;
}

TEST_F(CliEdgesTest, AnOverLongLineIsABadLineLikeAnyOther) {
  dir_.Write("long.jsonl", Line("Kaja Kallas", "sanctions", "Wire") + "{\"actor\": \"" + std::string(17 << 20, 'a') +
                               "\"}\n" + Line("Antonio Costa", "sanctions", "Wire"));
  CliResult refused = RunCli(dir_, "import assertions long.jsonl");
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("long.jsonl:2: line longer than 16 MiB; nothing from long.jsonl was stored"),
            std::string::npos)
      << refused.err;
  CliResult skipped = RunCli(dir_, "--format json import assertions --skip-bad long.jsonl");
  EXPECT_EQ(skipped.exit_code, 1);
  EXPECT_NE(skipped.err.find("skipped long.jsonl:2: line longer than 16 MiB"), std::string::npos) << skipped.err;
  const auto row = nlohmann::json::parse(skipped.out)[0];
  EXPECT_EQ(row["lines"], 3);
  EXPECT_EQ(row["added"], 2);
  EXPECT_EQ(row["bad"], 1);
}

TEST_F(CliEdgesTest, NamesWithControlCharactersOrNothingVisibleAreRefusedWithTheirLine) {
  struct Case {
    std::string line, message;
  };
  const Case cases[] = {
      {Line("Vladimir\\u0000Putin", "ceasefire", "Wire"),
       "bad.jsonl:2: field 'actor' contains the control character U+0000 at byte 9"},
      {Line("Kaja Kallas", "ceasefire", "Wire\\u0007"),
       "bad.jsonl:2: field 'source' contains the control character U+0007 at byte 5"},
      {Line("   ", "ceasefire", "Wire"), "bad.jsonl:2: field 'actor' '   ' is blank"},
      {Line("\\u200b", "ceasefire", "Wire"), "bad.jsonl:2: field 'actor' '\u200b' is blank"},
  };
  for (const Case& c : cases) {
    dir_.Write("bad.jsonl", Line("Antonio Costa", "ceasefire", "Wire") + c.line);
    CliResult r = RunCli(dir_, "import assertions bad.jsonl");
    EXPECT_EQ(r.exit_code, 1) << c.line;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  EXPECT_EQ(RunCli(dir_, "check").exit_code, 0);
  CliResult stats = RunCli(dir_, "--format json stats");
  EXPECT_EQ(nlohmann::json::parse(stats.out)[0]["assertions"], 2);
}

// True when every code point of `text` is one XML 1.0 allows.
bool OnlyXmlCharacters(const std::string& text) {
  for (unsigned char c : text) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return text.find("\xEF\xBF\xBE") == std::string::npos && text.find("\xEF\xBF\xBF") == std::string::npos;
}

// Importers refuse such names now; a database written before may hold them.
TEST_F(CliEdgesTest, ExportsStayValidWhateverNamesAreStored) {
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(dir_.Sub("stancekb.db"), StoreOptions(), &store).ok());
    WriteSet set;
    for (const char* name : {"Bell\aActor", "Back\\", "Quote \" & <tag>"}) {
      NewAssertion a;
      a.actor = name;
      a.topic = "ceasefire";
      a.stance = Stance::kOppose;
      ASSERT_TRUE(Date::Parse("2025-03-12", &a.date).ok());
      a.source = "Wire";
      a.evidence.quote = std::string("quote of ") + name;
      set.assertions.push_back(a);
    }
    WriteResult result;
    ASSERT_TRUE(store->Apply(set, &result).ok());
  }
  CliResult graphml = RunCli(dir_, "network --at 2025-12-31");
  ASSERT_EQ(graphml.exit_code, 0) << graphml.err;
  EXPECT_TRUE(OnlyXmlCharacters(graphml.out)) << graphml.out;
  boost::property_tree::ptree tree;
  std::istringstream in(graphml.out);
  EXPECT_NO_THROW(boost::property_tree::read_xml(in, tree));
  EXPECT_NE(graphml.out.find("Bell\xEF\xBF\xBD"
                             "Actor"),
            std::string::npos)
      << graphml.out;
  EXPECT_NE(graphml.out.find("Quote &quot; &amp; &lt;tag&gt;"), std::string::npos) << graphml.out;

  CliResult dot = RunCli(dir_, "network --format dot --at 2025-12-31");
  ASSERT_EQ(dot.exit_code, 0) << dot.err;
  EXPECT_NE(dot.out.find("label=\"Back\\\\\""), std::string::npos) << dot.out;

  for (const char* format : {"json", "jsonl"}) {
    CliResult r = RunCli(dir_, std::string("--format ") + format + " said --topic ceasefire");
    std::istringstream lines(r.out);
    if (std::string(format) == "json") {
      EXPECT_TRUE(nlohmann::json::accept(r.out)) << r.out;
    } else {
      for (std::string line; std::getline(lines, line);) EXPECT_TRUE(nlohmann::json::accept(line)) << line;
    }
  }
}

}  // namespace
}  // namespace stancekb
