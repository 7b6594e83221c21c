// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/AgreementStatistics.h"

#include <QString>

#include <map>

namespace ethoscribe {

// Accuracy on the recordings one cross-validation fold held out.
struct FoldAccuracy
{
    int fold = 0;
    qint64 frames = 0;  // labeled (and predicted) frames of the fold's recordings
    qint64 correct = 0; // of those, predicted as their true class
    double accuracy() const { return frames > 0 ? double(correct) / double(frames) : 0.0; }
};

// The evaluation of one model ("i3d", "r2plus1d" or "both") at one two-stream fusion weight,
// over every labeled frame of every held-out recording of a run.
//
// `agreement` holds the confusion matrix (rows = true class, columns = predicted class = argmax of
// the fused probabilities, in class order; its behavior ids are the class indices) and, per
// class, precision, recall and F1. The paper's per-behavior "accuracy" (Fig. 7) is the fraction
// of that behavior's frames classified correctly, i.e. its recall: behaviorAccuracy() returns it.
struct FusionResult
{
    QString model;
    int rgbWeightTenths = 0; // w_rgb = rgbWeightTenths / 10, w_flow = 1 - w_rgb
    AgreementStatistics agreement;
    std::map<int, FoldAccuracy> folds; // by 0-based fold
    // Labeled frames whose fused probabilities are all zero (not predicted): not evaluated.
    qint64 unpredictedFrames = 0;

    double rgbWeight() const { return rgbWeightTenths / 10.0; }
    double accuracy() const { return agreement.accuracy; }
    qint64 frames() const { return agreement.comparedFrames; }
    qint64 correctFrames() const { return agreement.agreeingFrames; }
    // Recall of the class (the paper's per-behavior accuracy); 0 when the class never occurs.
    double behaviorAccuracy(int classIndex) const
    {
        return classIndex >= 0 && classIndex < agreement.perBehavior.size()
                       ? agreement.perBehavior[classIndex].recall
                       : 0.0;
    }
};

} // namespace ethoscribe
