// Readers: plain text with header, HTML, JSONL feeds, directories, bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "importers/article/article_reader.h"
#include "importers/article/text_check.h"
#include "tests/importers/article/test_lexicon.h"
#include "tests/status_test_util.h"
#include "tests/test_util.h"

namespace stancekb {
namespace {

struct Item {
  Status status;
  Article article;
};

std::vector<Item> Read(const std::string& name, const std::string& bytes, ReadOptions options = {}) {
  std::vector<Item> items;
  ReadArticleBytes(name, name, bytes, options, [&](const Status& s, Article a) { items.push_back({s, std::move(a)}); });
  return items;
}

ReadOptions WithDate(const char* date) {
  ReadOptions options;
  EXPECT_OK(Date::Parse(date, &options.default_date)) << date;
  return options;
}

TEST(ReaderTest, FrontMatterHeaderGivesMetadataAndOffset) {
  const std::string header = "---\ntitle: Talks\ndate: 2025-08-18\nsource: The Sun\nurl: https://x.test/a\n---\n";
  const auto items = Read("a.txt", header + "Putin said no.\n");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_OK(items[0].status) << items[0].status.ToString();
  const Article& a = items[0].article;
  EXPECT_EQ(a.title, "Talks");
  EXPECT_EQ(a.source, "The Sun");
  EXPECT_EQ(a.url, "https://x.test/a");
  EXPECT_EQ(a.published.ToString(), "2025-08-18");
  EXPECT_EQ(a.text, "Putin said no.\n");
  EXPECT_EQ(a.text_offset, header.size());
}

TEST(ReaderTest, PlainTextTakesTrailingSourceLineAndDefaultDate) {
  const std::string bytes = "Putin said no.\nimage source from:the-sun";
  const auto items = Read("raw.txt", bytes, WithDate("2025-08-18"));
  ASSERT_OK(items[0].status);
  EXPECT_EQ(items[0].article.source, "The Sun");
  EXPECT_EQ(items[0].article.text, bytes);
  EXPECT_EQ(items[0].article.text_offset, 0u);
}

TEST(ReaderTest, SourceSlugBecomesAReadablePublisherName) {
  const auto source = [](const std::string& line) {
    return Read("raw.txt", "Putin said no.\nimage source from:" + line, WithDate("2025-08-18"))[0].article.source;
  };
  EXPECT_EQ(source("the-sun"), "The Sun");
  EXPECT_EQ(source("bbc_news"), "BBC News");
  EXPECT_EQ(source("Financial Times"), "Financial Times");  // Not a slug: as written.
}

TEST(ReaderTest, ArticleWithoutDateIsRefused) {
  const auto items = Read("raw.txt", "Putin said no.");
  ASSERT_FALSE(items[0].status.ok());
  EXPECT_NE(items[0].status.ToString().find("raw.txt: no publication date"), std::string::npos);
}

TEST(ReaderTest, HtmlBodyAndMetaTags) {
  const std::string html =
      "<html><head><title>Fallback</title><meta property=\"og:title\" content=\"Talks resume\">"
      "<meta property=\"article:published_time\" content=\"2025-08-18T09:00:00Z\">"
      "<meta property=\"og:site_name\" content=\"Daily Test\"><script>var x = 1;</script></head>"
      "<body><nav>Menu</nav><article><h1>Talks resume</h1><p>Putin said <b>no</b> &amp; left.</p>"
      "<p>Zelensky said yes.</article></body></html>";
  const auto items = Read("page.html", html);
  ASSERT_OK(items[0].status) << items[0].status.ToString();
  const Article& a = items[0].article;
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.source, "Daily Test");
  EXPECT_EQ(a.published.ToString(), "2025-08-18");
  EXPECT_EQ(a.text, "Talks resume\n\nPutin said no & left.\n\nZelensky said yes.\n\n");
}

TEST(ReaderTest, HtmlWithoutTextIsRefused) {
  EXPECT_FALSE(Read("page.html", "<html><body><div", WithDate("2025-08-18"))[0].status.ok());
}

TEST(ReaderTest, JsonlFeedReportsEachLineAndGoesOn) {
  const std::string feed =
      "{\"title\":\"A\",\"date\":\"2025-08-18\",\"source\":\"S\",\"url\":\"u\",\"text\":\"Putin said no.\"}\n"
      "{\"title\":\"broken\", \"text\": \"unclosed\n"
      "\n"
      "{\"title\":\"no text\"}\n"
      "{\"text\":\"Zelensky said yes.\"}\n";
  const auto items = Read("feed.jsonl", feed);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_OK(items[0].status);
  EXPECT_EQ(items[0].article.path, "feed.jsonl:1");
  EXPECT_NE(items[1].status.ToString().find("feed.jsonl:2: not valid JSON"), std::string::npos);
  EXPECT_NE(items[2].status.ToString().find("feed.jsonl:4"), std::string::npos);
  EXPECT_FALSE(items[3].status.ok());  // No date and no default.
  EXPECT_OK(Read("feed.jsonl", feed, WithDate("2025-08-18"))[3].status);
}

TEST(ReaderTest, BadBytesAreRefusedWithTheirPlace) {
  const ReadOptions options = WithDate("2025-08-18");
  const Status utf8 = Read("bad.txt", "ok line\nbad \xC3\x28 byte", options)[0].status;
  EXPECT_NE(utf8.ToString().find("bad.txt: line 2 (byte 12): invalid UTF-8"), std::string::npos) << utf8.ToString();
  const Status nul = Read("bin.txt", std::string("abc\0def", 7), options)[0].status;
  EXPECT_NE(nul.ToString().find("NUL byte"), std::string::npos);
  EXPECT_NE(Read("empty.txt", " \n\n", options)[0].status.ToString().find("empty document"), std::string::npos);
  const Status long_line = Read("long.txt", std::string(kMaxLineBytes + 10, 'a'), options)[0].status;
  EXPECT_NE(long_line.ToString().find("line 1"), std::string::npos);
  EXPECT_NE(Read("h.txt", "---\ntitle: x\n", options)[0].status.ToString().find("never closed"), std::string::npos);
  EXPECT_NE(Read("d.txt", "---\ndate: 2025-02-30\n---\nbody", options)[0].status.ToString().find("line 2"),
            std::string::npos);
}

TEST(ReaderTest, DirectoriesAreWalkedAndOneBadFileDoesNotStopTheRest) {
  // A directory of its own: the sanitizer stage runs this test beside the
  // plain one.
  const testing::TempDir temp;
  const std::filesystem::path dir = temp.path();
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "a.txt") << "Putin said no.";
  std::ofstream(dir / "sub" / "b.txt") << std::string("\xFF\xFE", 2);
  std::ofstream(dir / "sub" / "c.html") << "<p>Zelensky said yes.</p>";
  std::ofstream(dir / ".hidden.txt") << "skip me";
  std::vector<std::string> ok, failed;
  const Status s = ReadArticles(dir.string(), WithDate("2025-08-18"), [&](const Status& st, Article a) {
    (st.ok() ? ok : failed).push_back(st.ok() ? a.path : st.ToString());
  });
  EXPECT_OK(s);
  EXPECT_EQ(ok.size(), 2u);
  EXPECT_EQ(failed.size(), 1u);
  EXPECT_FALSE(ReadArticles((dir / "missing").string(), {}, [](const Status&, Article) {}).ok());
}

}  // namespace
}  // namespace stancekb
