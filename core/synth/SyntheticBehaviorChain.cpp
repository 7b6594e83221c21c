// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticBehaviorChain.h"

#include "synth/SynthRandom.h"

#include <algorithm>

namespace ethoscribe {

namespace {

using B = SyntheticBehaviorChain;

// Rows: from; columns: to, in the order drink, eat, groom, hang, micro-movement, rear, rest, walk.
// Rows are normalised when used, so they only need to be proportions.
constexpr double kTransitions[B::Count][B::Count] = {
        // drink: usually walks off, eats, or pauses.
        {0.00, 0.22, 0.15, 0.00, 0.20, 0.05, 0.03, 0.35},
        // eat: walks off, grooms, drinks, pauses.
        {0.14, 0.00, 0.22, 0.00, 0.20, 0.05, 0.04, 0.35},
        // groom: pauses, rests or walks off.
        {0.04, 0.05, 0.00, 0.01, 0.25, 0.10, 0.25, 0.30},
        // hang: drops and walks, rears, pauses, grooms.
        {0.00, 0.00, 0.15, 0.00, 0.20, 0.25, 0.00, 0.40},
        // micro-movement: the hub of short pauses.
        {0.03, 0.07, 0.15, 0.05, 0.00, 0.15, 0.15, 0.40},
        // rear: drops and walks, climbs to the lid, pauses.
        {0.04, 0.05, 0.10, 0.20, 0.21, 0.00, 0.00, 0.40},
        // rest: wakes with small movements, grooms or walks away.
        {0.00, 0.00, 0.25, 0.00, 0.45, 0.00, 0.00, 0.30},
        // walk: eat often follows walk; rearing and exploring pauses too.
        {0.08, 0.19, 0.10, 0.12, 0.17, 0.26, 0.08, 0.00},
};

constexpr double kInitial[B::Count] = {0.05, 0.12, 0.12, 0.05, 0.16, 0.10, 0.20, 0.20};

// Median seconds, log-sigma, minimum seconds.
constexpr double kDuration[B::Count][3] = {
        {2.5, 0.50, 0.8},  // drink: short licking bouts
        {6.0, 0.60, 1.0},  // eat
        {5.0, 0.60, 1.0},  // groom
        {4.5, 0.50, 2.5},  // hang: needs time to climb up and drop down
        {2.5, 0.60, 0.5},  // micro-movement
        {1.8, 0.50, 0.7},  // rear
        {10.0, 0.50, 3.0}, // rest: long
        {1.8, 0.50, 0.6},  // walk
};

double rowSum(int from)
{
    double s = 0.0;
    for (int to = 0; to < B::Count; ++to)
        s += kTransitions[from][to];
    return s;
}

} // namespace

QStringList SyntheticBehaviorChain::behaviorNames()
{
    return {QStringLiteral("drink"),
            QStringLiteral("eat"),
            QStringLiteral("groom"),
            QStringLiteral("hang"),
            QStringLiteral("micro-movement"),
            QStringLiteral("rear"),
            QStringLiteral("rest"),
            QStringLiteral("walk")};
}

QString SyntheticBehaviorChain::behaviorName(int behavior)
{
    const QStringList names = behaviorNames();
    return behavior >= 0 && behavior < names.size() ? names.at(behavior) : QString();
}

int SyntheticBehaviorChain::behaviorIndex(const QString &name)
{
    return behaviorNames().indexOf(name);
}

double SyntheticBehaviorChain::transitionProbability(int from, int to)
{
    if (from < 0 || from >= Count || to < 0 || to >= Count)
        return 0.0;
    return kTransitions[from][to] / rowSum(from);
}

double SyntheticBehaviorChain::initialProbability(int behavior)
{
    if (behavior < 0 || behavior >= Count)
        return 0.0;
    double s = 0.0;
    for (double p : kInitial)
        s += p;
    return kInitial[behavior] / s;
}

double SyntheticBehaviorChain::medianSeconds(int behavior)
{
    return kDuration[std::clamp(behavior, 0, Count - 1)][0];
}

double SyntheticBehaviorChain::logSigma(int behavior)
{
    return kDuration[std::clamp(behavior, 0, Count - 1)][1];
}

double SyntheticBehaviorChain::minSeconds(int behavior)
{
    return kDuration[std::clamp(behavior, 0, Count - 1)][2];
}

int SyntheticBehaviorChain::sampleInitial(SynthRandom &rng)
{
    return rng.pick(kInitial, Count);
}

int SyntheticBehaviorChain::sampleNext(int current, SynthRandom &rng)
{
    return rng.pick(kTransitions[std::clamp(current, 0, Count - 1)], Count);
}

double SyntheticBehaviorChain::sampleDuration(int behavior, SynthRandom &rng)
{
    const double lo = minSeconds(behavior);
    // Resample rather than clamp so that the bounds do not pile up probability mass.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const double d = rng.logNormal(medianSeconds(behavior), logSigma(behavior));
        if (d >= lo && d <= kMaxBoutSeconds)
            return d;
    }
    return std::clamp(medianSeconds(behavior), lo, kMaxBoutSeconds);
}

} // namespace ethoscribe
