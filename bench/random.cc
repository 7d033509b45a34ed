#include "bench/random.h"

#include <algorithm>
#include <cmath>

namespace stancekb::bench {

ZipfSampler::ZipfSampler(size_t n, double exponent) : cumulative_(n) {
  double total = 0;
  for (size_t k = 0; k < n; ++k) cumulative_[k] = total += 1.0 / std::pow(static_cast<double>(k + 1), exponent);
  for (double& c : cumulative_) c /= total;
}

size_t ZipfSampler::Draw(Random* random) const {
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), random->Uniform());
  return std::min(static_cast<size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
}

}  // namespace stancekb::bench
