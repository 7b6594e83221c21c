// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ethoscribe {

// The knobs of FusionModel, as the review window's sliders set them.
//
// Fusion is two-level, as in the paper: within each network its RGB and flow streams are mixed
// with rgbWeight / (1 - rgbWeight); the two networks' results are then mixed with
// modelMix / (1 - modelMix). Smoothing then works on the fused labels (see FusionModel).
struct FusionParameters
{
    // Weight of the RGB stream within each network, in [0, 1]; flow gets 1 - rgbWeight.
    double rgbWeight = 0.4;
    // Weight of I3D, in [0, 1]; R(2+1)D gets 1 - modelMix.
    double modelMix = 0.5;
    // Width in frames of the majority ("median") filter over the fused labels: odd, >= 1
    // (1 = no filter).
    int medianWidth = 1;
    // Bouts shorter than this many frames are merged into a neighbour: >= 1 (1 = no merging).
    int minBoutFrames = 1;

    // Whether the parameters are usable; if not, a plain-language reason in *error.
    bool isValid(QString *error = nullptr) const;
    // True when the two differ only in what smoothing does (the fused probabilities are the same).
    bool sameWeights(const FusionParameters &o) const
    {
        return rgbWeight == o.rgbWeight && modelMix == o.modelMix;
    }
    bool operator==(const FusionParameters &o) const
    {
        return sameWeights(o) && medianWidth == o.medianWidth && minBoutFrames == o.minBoutFrames;
    }
    bool operator!=(const FusionParameters &o) const { return !(*this == o); }
};

} // namespace ethoscribe
