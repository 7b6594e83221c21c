// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/SyntheticBout.h"
#include "synth/SyntheticCageLayout.h"
#include "synth/SyntheticCageOptions.h"
#include "synth/SyntheticMouseGeometry.h"
#include "synth/SyntheticMousePose.h"

#include <memory>
#include <vector>

namespace ethoscribe {

// What the synthetic mouse does, frame by frame: the bouts drawn from the Markov chain
// (SyntheticBehaviorChain), the walks that carry the mouse between the places where behaviors
// happen (the hopper for eating, the spout for drinking, the nest for resting, free lid for
// hanging), and the pose of every frame. Built once from the options; poseAt() is then a pure
// function of the frame number, so frames can be rendered in any order with identical results.
class SyntheticBehaviorScript
{
public:
    SyntheticBehaviorScript(const SyntheticCageOptions &options, const SyntheticCageLayout &layout);
    ~SyntheticBehaviorScript();
    SyntheticBehaviorScript(const SyntheticBehaviorScript &) = delete;
    SyntheticBehaviorScript &operator=(const SyntheticBehaviorScript &) = delete;

    qint64 frameCount() const;
    // Behavior index of a frame (0..7); frame must be in [0, frameCount()).
    int behaviorAt(qint64 frame) const;
    // Consecutive bouts always have different behaviors; the last one may be cut by the video end.
    std::vector<SyntheticBout> bouts() const;
    SyntheticMousePose poseAt(qint64 frame) const;
    const SyntheticMouseGeometry &geometry() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ethoscribe
