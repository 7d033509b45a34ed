#include "importers/common/file_list.h"

#include <algorithm>

namespace stancekb {

namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& path) { return path.filename().string().starts_with("."); }

// Why a walk does not read an entry that is neither a directory it descends
// into nor a regular file.
std::string NotAFileReason(const fs::directory_entry& entry) {
  std::error_code ec;
  if (entry.is_symlink(ec) && !fs::exists(entry.path(), ec)) return "a broken link";
  if (entry.is_directory(ec)) return "a link to a directory, not followed";
  return "not a regular file";
}

}  // namespace

Status ListFilesInNameOrder(const fs::path& dir, std::vector<fs::path>* out, std::vector<PassedOver>* passed_over) {
  std::error_code ec;
  std::vector<fs::path> files;
  std::vector<PassedOver> others;
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code entry_error;
    const bool descends = it->is_directory(entry_error) && !it->is_symlink(entry_error);
    if (IsHidden(it->path())) {
      if (descends) it.disable_recursion_pending();
      continue;
    }
    if (descends) continue;
    if (it->is_regular_file(entry_error)) {
      files.push_back(it->path());
    } else {
      others.push_back({it->path(), NotAFileReason(*it)});
    }
  }
  if (ec) return Status::IoError(dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  *out = std::move(files);
  if (passed_over != nullptr) {
    std::sort(others.begin(), others.end(), [](const PassedOver& a, const PassedOver& b) { return a.path < b.path; });
    *passed_over = std::move(others);
  }
  return Status::Ok();
}

}  // namespace stancekb
