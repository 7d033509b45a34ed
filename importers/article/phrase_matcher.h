// PhraseMatcher: finds multi-word phrases (actor aliases, role titles,
// topic keywords, cue words) in a token sequence. A trie keyed by token
// hashes, stored as one hash map of (node, token hash) → child, so that a
// lookup costs one probe per token whatever the number of phrases.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "importers/article/tokenizer.h"

namespace stancekb {

class PhraseMatcher {
 public:
  enum class Case { kSensitive, kInsensitive };

  explicit PhraseMatcher(Case mode) : mode_(mode) { values_.emplace_back(); }

  // Adds `phrase` (tokenized like article text) with `value`. A phrase may
  // carry several values; empty phrases are ignored.
  void Add(std::string_view phrase, uint32_t value);

  // Longest phrase starting at tokens[i]: returns its length in tokens (0
  // when none) and points *values at its values.
  size_t LongestMatchAt(std::span<const Token> tokens, size_t i, const std::vector<uint32_t>** values) const;

  // Convenience: true when a phrase starts at tokens[i]; *length is its length.
  bool MatchesAt(std::span<const Token> tokens, size_t i, size_t* length = nullptr) const;

 private:
  uint64_t TokenHash(const Token& token) const {
    return mode_ == Case::kSensitive ? token.exact_hash : token.lower_hash;
  }
  static uint64_t EdgeKey(uint32_t node, uint64_t token_hash) { return token_hash * 0x9E3779B97F4A7C15ull ^ node; }

  Case mode_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> values_;  // Per node; node 0 is the root.
};

}  // namespace stancekb
