// EXPECT_OK and ASSERT_OK: check that a Status (ours or RocksDB's) is ok and,
// when it is not, print the expression and the status's message, which a bare
// boolean check of ok() does not.
#pragma once

#include <gtest/gtest.h>

namespace stancekb::testing {

// A GoogleTest predicate formatter: success when `status.ok()`.
template <typename AnyStatus>
::testing::AssertionResult StatusIsOk(const char* expression, const AnyStatus& status) {
  if (status.ok()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << expression << " failed: " << status.ToString();
}

}  // namespace stancekb::testing

#define EXPECT_OK(expression) EXPECT_PRED_FORMAT1(::stancekb::testing::StatusIsOk, expression)
#define ASSERT_OK(expression) ASSERT_PRED_FORMAT1(::stancekb::testing::StatusIsOk, expression)
