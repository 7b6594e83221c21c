// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"
#include "labels/LabelTrack.h"
#include "labels/PredictionTrack.h"

#include <QStringList>
#include <QVector>

#include <cstdint>
#include <vector>

namespace ethoscribe {

// What FusionModel computes for every frame of a video (0-based frames; every vector has one
// entry per frame, probabilities one row of classCount per frame). Owned by the FusionModel and
// rewritten in place by each recompute, so a view can keep a reference to it.
//
// Not to be confused with FusionResult (eval/), the cross-validation score of one fusion weight.
struct FusionOutput
{
    enum Flag : std::uint8_t {
        // At least one input with a positive weight has a row for this frame.
        Predicted = 1,
        // Predicted, but some connected input whose weight is positive has no row for it yet: the
        // frame was fused from the inputs that exist, with their weights renormalised.
        Partial = 2,
        // The two networks' fused argmax differ (or, with one network at this frame, its RGB and
        // flow argmax differ).
        Disagrees = 4,
    };

    qint64 frameCount = 0;
    QStringList classNames;
    // Fused probabilities, frameCount x classCount, row-major; rows of unpredicted frames are 0.
    std::vector<float> probabilities;
    // Class index after smoothing; -1 for a frame that is not predicted.
    std::vector<std::int32_t> labels;
    // Highest fused probability of the frame (0 when not predicted). Smoothing does not change
    // it, so a frame relabelled by smoothing shows the confidence of its argmax.
    std::vector<float> confidence;
    // Highest minus second-highest fused probability (0 when not predicted).
    std::vector<float> margin;
    // How much the compared inputs (see Disagrees) differ: half the L1 distance between their
    // probability rows, 0 = identical, 1 = no overlap; 0 when there is nothing to compare.
    std::vector<float> disagreement;
    // Flag bits per frame.
    std::vector<std::uint8_t> flags;

    int classCount() const { return int(classNames.size()); }
    const float *row(qint64 frame) const
    {
        return probabilities.data() + size_t(frame) * size_t(classCount());
    }
    bool isPredicted(qint64 frame) const { return flags[size_t(frame)] & Predicted; }
    bool isPartial(qint64 frame) const { return flags[size_t(frame)] & Partial; }
    bool disagrees(qint64 frame) const { return flags[size_t(frame)] & Disagrees; }

    // The labels as a track; classToBehavior maps class index -> behavior id (kUnlabeled, or an
    // index past its end, leaves the frame unlabeled).
    LabelTrack toLabelTrack(const QVector<BehaviorId> &classToBehavior) const
    {
        QVector<BehaviorId> frames(qsizetype(frameCount), kUnlabeled);
        for (qint64 f = 0; f < frameCount; ++f) {
            const std::int32_t c = labels[size_t(f)];
            if (c >= 0 && c < classToBehavior.size())
                frames[qsizetype(f)] = classToBehavior.at(c);
        }
        return LabelTrack::fromFrames(frames);
    }

    // The fused probabilities as a track (predicted frames only), for the CSV export's p_ columns.
    PredictionTrack toPredictionTrack() const
    {
        PredictionTrack track(frameCount, classNames);
        for (qint64 f = 0; f < frameCount; ++f)
            if (isPredicted(f))
                track.setRow(f, row(f));
        return track;
    }
};

} // namespace ethoscribe
