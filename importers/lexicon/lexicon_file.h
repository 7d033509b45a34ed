// Helpers shared by the loaders of a lexicon pack's YAML files.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "kb/status.h"

namespace stancekb {

// Reads a lexicon file, refusing what YAML would accept but names must not
// hold (invalid UTF-8, NUL bytes) and files too big to be edited by hand.
Status ReadLexiconBytes(const std::string& path, std::string* bytes);

// "PATH:LINE" of `node`, for error messages.
std::string Where(const std::string& path, const YAML::Node& node);

// Appends the text items of node[key] (a list, or one scalar) to *out.
Status StringList(const std::string& path, const YAML::Node& node, const char* key, std::vector<std::string>* out);

}  // namespace stancekb
