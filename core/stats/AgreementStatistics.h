// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"

#include <QJsonObject>
#include <QVector>

namespace ethoscribe {

// Agreement of one predicted (or second annotator's) behavior with the reference.
struct BehaviorAgreement
{
    BehaviorId behavior = kUnlabeled;
    QString name;
    qint64 support = 0;   // reference frames of this behavior
    qint64 predicted = 0; // predicted frames of this behavior
    qint64 truePositives = 0;
    double precision = 0.0; // 0 when nothing was predicted as this behavior
    double recall = 0.0;    // 0 when the reference never shows this behavior
    double f1 = 0.0;

    QJsonObject toJson() const;
};

// Frame-wise agreement of two tracks of the same video (reference vs. predicted), computed on the
// frames labeled in both: accuracy, per-behavior precision/recall/F1, confusion matrix and
// Cohen's kappa. Works on bouts, so a one-hour video costs microseconds.
struct AgreementStatistics
{
    qint64 comparedFrames = 0; // labeled in both tracks
    qint64 agreeingFrames = 0;
    double accuracy = 0.0;
    double kappa = 0.0;            // 1 when both tracks agree perfectly, even on a single behavior
    double macroF1 = 0.0;          // mean F1 over behaviors present in reference or prediction
    QVector<BehaviorId> behaviors; // order of rows/columns and of perBehavior
    QVector<QVector<qint64>> confusion; // confusion[reference][predicted] in frames
    QVector<BehaviorAgreement> perBehavior;

    // Tracks of different lengths are compared on their common frames.
    static AgreementStatistics compute(const LabelTrack &reference,
                                       const LabelTrack &predicted,
                                       const BehaviorSet &behaviors);
    const BehaviorAgreement *agreement(BehaviorId behavior) const;
    QJsonObject toJson() const;
};

} // namespace ethoscribe
