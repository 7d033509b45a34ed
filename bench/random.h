// Seeded randomness for the benchmark generators. Written by hand (not
// <random>'s distributions, whose output differs between standard
// libraries) so that a seed gives the same corpus on every machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace stancekb::bench {

// SplitMix64: a small, fast generator with good statistical quality.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1).
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, n); n > 0.
  size_t Below(size_t n) { return static_cast<size_t>(Uniform() * static_cast<double>(n)); }
  bool Chance(double p) { return Uniform() < p; }

 private:
  uint64_t state_;
};

// Draws ranks 0..n-1 with P(k) proportional to 1 / (k + 1)^exponent.
class ZipfSampler {
 public:
  ZipfSampler(size_t n, double exponent);
  size_t Draw(Random* random) const;

 private:
  std::vector<double> cumulative_;  // Normalised to end at 1.
};

}  // namespace stancekb::bench
