#include "importers/common/file_list.h"

#include <algorithm>

namespace stancekb {

namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& path) { return path.filename().string().starts_with("."); }

}  // namespace

Status ListFilesInNameOrder(const fs::path& dir, std::vector<fs::path>* out) {
  std::error_code ec;
  std::vector<fs::path> files;
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (IsHidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(it->path());
  }
  if (ec) return Status::IoError(dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  *out = std::move(files);
  return Status::Ok();
}

}  // namespace stancekb
