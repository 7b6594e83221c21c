// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <random>

namespace ethoscribe {

// Seeded pseudo-random numbers for the synthetic-video generator. std::mt19937_64 is specified
// bit for bit by the C++ standard, but std:: distributions are not (libstdc++ and libc++ differ,
// and may change between releases), so every distribution used by the generator is implemented
// here. Same seed -> same sequence on every platform and library version.
class SynthRandom
{
public:
    explicit SynthRandom(quint64 seed = 0);

    // A seed derived from a parent seed and a few labels (video index, stream name hash), so that
    // independent streams (layout, behavior script, noise) never share a sequence.
    static quint64 deriveSeed(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0);
    // SplitMix64 finaliser: a fast, well-mixed 64-bit hash.
    static quint64 mix(quint64 x);

    quint64 nextU64() { return m_engine(); }
    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n) (n > 0), without modulo bias.
    int uniformInt(int n);
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Marsaglia polar method).
    double normal();
    double normal(double mean, double sigma) { return mean + sigma * normal(); }
    // exp(N(log(median), sigma)).
    double logNormal(double median, double sigma);
    // Index i with probability weights[i] / sum(weights). Weights must be >= 0 with a positive sum.
    int pick(const double *weights, int count);

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

} // namespace ethoscribe
