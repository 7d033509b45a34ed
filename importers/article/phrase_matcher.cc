#include "importers/article/phrase_matcher.h"

#include <algorithm>

namespace stancekb {

void PhraseMatcher::Add(std::string_view phrase, uint32_t value) {
  const std::vector<Token> words = Tokenize(phrase);
  if (words.empty()) return;
  uint32_t node = 0;
  for (const Token& word : words) {
    auto [it, inserted] = edges_.try_emplace(EdgeKey(node, TokenHash(word)), static_cast<uint32_t>(values_.size()));
    if (inserted) values_.emplace_back();
    node = it->second;
  }
  std::vector<uint32_t>& values = values_[node];
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

size_t PhraseMatcher::LongestMatchAt(std::span<const Token> tokens, size_t i,
                                     const std::vector<uint32_t>** values) const {
  size_t best = 0;
  uint32_t node = 0;
  for (size_t k = i; k < tokens.size(); ++k) {
    auto it = edges_.find(EdgeKey(node, TokenHash(tokens[k])));
    if (it == edges_.end()) break;
    node = it->second;
    if (!values_[node].empty()) {
      best = k + 1 - i;
      *values = &values_[node];
    }
  }
  return best;
}

bool PhraseMatcher::MatchesAt(std::span<const Token> tokens, size_t i, size_t* length) const {
  const std::vector<uint32_t>* values = nullptr;
  const size_t n = LongestMatchAt(tokens, i, &values);
  if (length != nullptr) *length = n;
  return n > 0;
}

}  // namespace stancekb
