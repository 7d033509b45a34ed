// Listing the files of a directory the way every importer walks one, so that
// the same directory is always read in the same order (ids are given in
// reading order).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kb/status.h"

namespace stancekb {

// An entry a directory walk does not read, and why.
struct PassedOver {
  std::filesystem::path path;
  std::string reason;
};

// Regular files under `dir`, recursively, sorted by path (component by
// component, bytewise); files and directories whose name starts with '.'
// are skipped silently. Other entries that are not regular files (a broken
// link, a link to a directory, a FIFO, a socket) go to *passed_over, when
// given, in the same order. IoError names `dir` when it cannot be read.
Status ListFilesInNameOrder(const std::filesystem::path& dir, std::vector<std::filesystem::path>* out,
                            std::vector<PassedOver>* passed_over = nullptr);

}  // namespace stancekb
