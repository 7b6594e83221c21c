// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SynthRandom.h"

#include <cmath>

namespace ethoscribe {

SynthRandom::SynthRandom(quint64 seed)
    : m_engine(seed)
{}

quint64 SynthRandom::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 SynthRandom::deriveSeed(quint64 seed, quint64 a, quint64 b, quint64 c)
{
    return mix(mix(mix(mix(seed) ^ a) ^ (b * 0x632be59bd9b4e019ULL)) ^ (c * 0x85157af5ULL));
}

double SynthRandom::uniform()
{
    return double(m_engine() >> 11) * (1.0 / 9007199254740992.0);
}

int SynthRandom::uniformInt(int n)
{
    if (n <= 1)
        return 0;
    const quint64 range = quint64(n);
    const quint64 limit = ~quint64(0) - (~quint64(0) % range);
    quint64 x;
    do {
        x = m_engine();
    } while (x >= limit);
    return int(x % range);
}

double SynthRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u, v, s;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * std::log(s) / s);
    m_spare = v * f;
    m_hasSpare = true;
    return u * f;
}

double SynthRandom::logNormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

int SynthRandom::pick(const double *weights, int count)
{
    double total = 0.0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double r = uniform() * total;
    int last = 0;
    for (int i = 0; i < count; ++i) {
        if (weights[i] <= 0.0)
            continue;
        last = i;
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return last;
}

} // namespace ethoscribe
