// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ethoscribe {

// One bout of the synthetic ground truth: frames [startFrame, endFrame) (0-based, end exclusive)
// all show `behavior` (an index of SyntheticBehaviorChain::Behavior).
struct SyntheticBout
{
    int behavior = 0;
    qint64 startFrame = 0;
    qint64 endFrame = 0;
    // True for a walk the script inserted to bring the mouse to the place of the next behavior
    // (the hopper, the spout, the nest, ...), rather than a walk drawn from the Markov chain.
    bool transit = false;

    qint64 frameCount() const { return endFrame - startFrame; }
};

} // namespace ethoscribe
