// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fusion/FusionOutput.h"

#include <QVector>

#include <optional>

namespace ethoscribe {

// The order in which a researcher reviews predictions: the bouts of the fused labels (runs of one
// label over predicted frames), most doubtful first, so that the predictions most likely to be
// wrong are corrected first.
//
// A bout's doubt is (1 - its mean confidence) + the fraction of its frames where the models
// disagree (FusionOutput::Disagrees): between 0 (sure, and both networks agree on every frame) and
// 2. Ties go to the earlier bout.
struct ReviewBout
{
    qint64 start = 0; // first frame
    qint64 end = 0;   // one past the last frame
    int label = -1;   // class index of the fused output
    float meanConfidence = 0.0f;
    float disagreement = 0.0f; // fraction of frames flagged Disagrees
    double doubt = 0.0;

    bool contains(qint64 frame) const { return frame >= start && frame < end; }
};

namespace ReviewOrder {

// Every bout of output, most doubtful first. The order depends only on the fused output, so it
// stays the same while the researcher corrects labels: stepping through it is a worklist.
QVector<ReviewBout> rank(const FusionOutput &output);

// The bout to show after (forward) or before the one that contains `frame`, in the order of
// rank(). When no ranked bout contains frame, the most doubtful one. nullopt when ranked is empty,
// or when there is no further bout in that direction.
std::optional<ReviewBout> step(const QVector<ReviewBout> &ranked, qint64 frame, bool forward);

} // namespace ReviewOrder
} // namespace ethoscribe
