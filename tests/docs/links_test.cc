// The project's Markdown as a reader follows it: every relative link names a
// file or directory that exists in the source tree.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "tests/test_util.h"

namespace stancekb {
namespace {

namespace fs = std::filesystem;

fs::path SourceRoot() { return fs::path(STANCEKB_TEST_DATA_DIR).parent_path().parent_path(); }

// Build trees (build, build-asan, …) and hidden directories are no part of the documentation.
bool IsSkippedDirectory(const fs::path& dir) {
  const std::string name = dir.filename().string();
  return name.starts_with(".") || name.starts_with("build");
}

// "[text](target)" links whose target is a path: no scheme, not an anchor alone.
std::vector<std::string> RelativeLinks(const std::string& markdown) {
  static const std::regex kLink(R"(\]\(([^)\s]+)\))");
  static const std::regex kScheme("^[a-z][a-z0-9+.-]*:");
  std::vector<std::string> links;
  for (auto it = std::sregex_iterator(markdown.begin(), markdown.end(), kLink); it != std::sregex_iterator(); ++it) {
    const std::string target = (*it)[1].str();
    if (target.starts_with("#") || std::regex_search(target, kScheme)) continue;
    links.push_back(target.substr(0, target.find('#')));
  }
  return links;
}

TEST(DocumentationLinks, EveryRelativeLinkResolves) {
  const fs::path root = SourceRoot();
  std::vector<std::string> broken, checked;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_directory() && IsSkippedDirectory(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() != ".md") continue;
    for (const std::string& link : RelativeLinks(testing::ReadFile(it->path().string()))) {
      const std::string shown = fs::relative(it->path(), root).string() + ": " + link;
      checked.push_back(shown);
      if (!fs::exists(it->path().parent_path() / link)) broken.push_back(shown);
    }
  }
  // The walk must have read the README's links to the importers' pages.
  for (const char* link : {"README.md: importers/events/README.md", "README.md: importers/dna/README.md"}) {
    EXPECT_NE(std::find(checked.begin(), checked.end(), link), checked.end()) << link << " not checked under " << root;
  }
  EXPECT_EQ(broken, std::vector<std::string>());
}

}  // namespace
}  // namespace stancekb
