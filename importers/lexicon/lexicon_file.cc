#include "importers/lexicon/lexicon_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "importers/common/line_reader.h"

namespace stancekb {

namespace fs = std::filesystem;

std::string Where(const std::string& path, const YAML::Node& node) {
  return path + ":" + std::to_string(node.Mark().line + 1);
}

Status StringList(const std::string& path, const YAML::Node& node, const char* key, std::vector<std::string>* out) {
  const YAML::Node list = node[key];
  if (!list) return Status::Ok();
  if (list.IsScalar()) {
    out->push_back(list.as<std::string>());
    return Status::Ok();
  }
  if (!list.IsSequence()) return Status::InvalidInput(Where(path, list) + ": '" + key + "' must be a list");
  for (const YAML::Node& item : list) {
    if (!item.IsScalar()) return Status::InvalidInput(Where(path, item) + ": '" + key + "' items must be text");
    out->push_back(item.as<std::string>());
  }
  return Status::Ok();
}

// Lexicons are edited by hand; a bigger file is a mistake, and YAML needs
// about ten times a file's size in memory and seconds per megabyte of it.
constexpr size_t kMaxLexiconBytes = 4u << 20;

Status ReadLexiconBytes(const std::string& path, std::string* bytes) {
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (ec || !in) return Status::IoError("cannot read lexicon file " + path);
  if (size > kMaxLexiconBytes) {
    return Status::InvalidInput(path + ": " + std::to_string(size) + " bytes; a lexicon file may hold at most " +
                                std::to_string(kMaxLexiconBytes >> 20) + " MiB");
  }
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  size_t bad = bytes->find('\0');
  const bool nul = bad != std::string::npos;
  if (!nul && IsValidUtf8(*bytes, &bad)) return Status::Ok();
  const size_t line = 1 + std::count(bytes->begin(), bytes->begin() + bad, '\n');
  return Status::InvalidInput(
      AtLine(path, line,
             std::string(nul ? "NUL byte" : "invalid UTF-8") + " at byte " + std::to_string(bad + 1) + " of the file"));
}

}  // namespace stancekb
