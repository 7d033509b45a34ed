// libFuzzer target: a lexicon YAML file (LoadLexiconFile). The first byte
// picks the file name (actors.yaml, topics.yaml or lexicon.yaml), which
// decides how a plain list is read; the rest is the file.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "importers/lexicon/lexicon.h"

namespace {

// A directory of this process's own, removed at exit.
const std::filesystem::path& Scratch() {
  static const std::filesystem::path dir = [] {
    auto path = std::filesystem::temp_directory_path() / ("stancekb-lexicon-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    std::atexit([] { std::filesystem::remove_all(Scratch()); });
    return path;
  }();
  return dir;
}

}  // namespace

// Warnings (e.g. an empty file) would otherwise go to stderr once per input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"actors.yaml", "topics.yaml", "lexicon.yaml"};
  const std::filesystem::path file = Scratch() / kNames[data[0] % 3];
  std::ofstream(file, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data) + 1, size - 1);
  stancekb::Lexicon lexicon;
  if (stancekb::LoadLexiconFile(file.string(), &lexicon).ok()) {
    for (const stancekb::Topic& topic : lexicon.topics) {
      if (!stancekb::IsKebabCaseId(topic.key)) std::abort();
    }
  }
  return 0;
}
