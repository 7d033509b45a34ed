// Listing the files of a directory the way every importer walks one, so that
// the same directory is always read in the same order (ids are given in
// reading order).
#pragma once

#include <filesystem>
#include <vector>

#include "kb/status.h"

namespace stancekb {

// Regular files under `dir`, recursively, sorted by path (component by
// component, bytewise); files and directories whose name starts with '.'
// are skipped. IoError names `dir` when it cannot be read.
Status ListFilesInNameOrder(const std::filesystem::path& dir, std::vector<std::filesystem::path>* out);

}  // namespace stancekb
