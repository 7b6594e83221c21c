// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ethoscribe {

class SynthRandom;

// The behaviors of the synthetic mouse and the Markov chain that strings its bouts together:
// which behavior follows which (a transition matrix with a zero diagonal, shaped after what
// home-cage mice do: eating mostly after walking, resting after grooming, ...), and how long a
// bout lasts (a log-normal duration per behavior, kept within [0.5, 20] s: rest long, drink and
// rear short). Behavior indices follow the alphabetical order of the names.
class SyntheticBehaviorChain
{
public:
    enum Behavior { Drink = 0, Eat, Groom, Hang, MicroMovement, Rear, Rest, Walk, Count };

    // "drink", "eat", "groom", "hang", "micro-movement", "rear", "rest", "walk".
    static QStringList behaviorNames();
    static QString behaviorName(int behavior);
    // -1 for an unknown name.
    static int behaviorIndex(const QString &name);

    static constexpr double kMinBoutSeconds = 0.5;
    static constexpr double kMaxBoutSeconds = 20.0;

    // P(next = to | current = from); each row sums to 1 and P(b -> b) = 0.
    static double transitionProbability(int from, int to);
    // Probabilities of the first bout of a video.
    static double initialProbability(int behavior);
    // Median and log-sigma of the bout duration, and its lower bound (some behaviors need time
    // for their movements, e.g. climbing to the lid).
    static double medianSeconds(int behavior);
    static double logSigma(int behavior);
    static double minSeconds(int behavior);

    static int sampleInitial(SynthRandom &rng);
    static int sampleNext(int current, SynthRandom &rng);
    // A duration in [minSeconds(b), kMaxBoutSeconds].
    static double sampleDuration(int behavior, SynthRandom &rng);
};

} // namespace ethoscribe
