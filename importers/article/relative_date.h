// Resolves the time expressions news attaches to statements against the
// publication date: "today", "yesterday", "last night", "on Monday", "last
// Tuesday", "last week" (7 days before; day precision is an approximation),
// "last month"/"last year" (month/year precision), "in 2022" (year), "in
// August" (month), "on Aug. 15", "August 15, 2024", "15 August" (day).
#pragma once

#include <span>

#include "importers/article/tokenizer.h"
#include "kb/date.h"

namespace stancekb {

// The first time expression among tokens[begin, end) whose index passes
// `use(index)` (callers skip quoted text), resolved against `published`;
// an invalid Date when there is none.
template <typename UseToken>
Date FindStatementDate(std::span<const Token> tokens, size_t begin, size_t end, Date published, UseToken use);

// One expression at tokens[i]: its resolved date, or an invalid Date.
Date ResolveTimeExpressionAt(std::span<const Token> tokens, size_t i, size_t end, Date published);

template <typename UseToken>
Date FindStatementDate(std::span<const Token> tokens, size_t begin, size_t end, Date published, UseToken use) {
  for (size_t i = begin; i < end; ++i) {
    if (!use(i)) continue;
    const Date d = ResolveTimeExpressionAt(tokens, i, end, published);
    if (d.valid()) return d;
  }
  return Date();
}

}  // namespace stancekb
