// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"

#include <QJsonObject>
#include <QVector>

namespace ethoscribe {

// Time budget and bout statistics of one behavior in one track.
struct BehaviorBudget
{
    BehaviorId behavior = kUnlabeled;
    QString name;
    qint64 frames = 0;
    double seconds = 0.0;
    double percentOfLabeled = 0.0; // share of the labeled frames, 0..100
    double percentOfVideo = 0.0;   // share of all frames of the video, 0..100
    int boutCount = 0;
    double meanBoutFrames = 0.0;
    double medianBoutFrames = 0.0;
    double meanBoutSeconds = 0.0;
    double medianBoutSeconds = 0.0;

    QJsonObject toJson() const;
};

// Counts and row-normalised probabilities of transitions from one bout to the next.
// By default only directly adjacent bouts count (a transition across unlabeled frames is
// unknown), so the diagonal is 0; with transitionsAcrossUnlabeled every pair of consecutive labeled
// bouts counts, and "A, unlabeled gap, A" is an A -> A transition.
struct TransitionMatrix
{
    QVector<BehaviorId> behaviors;          // row/column order
    QVector<QVector<qint64>> counts;        // counts[from][to]
    QVector<QVector<double>> probabilities; // counts[from][to] / sum over to (0 for empty rows)

    qint64 total() const;
    QJsonObject toJson() const;
};

// Descriptive statistics of one label track (manual or predicted): time budget per behavior,
// bout counts and durations, and the transition matrix. Behaviors are listed in the order of the
// BehaviorSet; ids found in the track but not in the set are appended (named "#<id>").
struct TrackStatistics
{
    qint64 frameCount = 0;
    qint64 labeledFrames = 0;
    double fps = 0.0;
    QVector<BehaviorBudget> budgets;
    TransitionMatrix transitions;

    // fps converts frames to seconds (0 or less: seconds are left 0).
    static TrackStatistics compute(const LabelTrack &track,
                                   const BehaviorSet &behaviors,
                                   double fps,
                                   bool transitionsAcrossUnlabeled = false);
    const BehaviorBudget *budget(BehaviorId behavior) const;
    QJsonObject toJson() const;
};

// Behaviors of the set in order, then any other (non-unlabeled) ids of the given tracks, sorted.
QVector<BehaviorId> statisticsBehaviorOrder(const BehaviorSet &behaviors,
                                            const QVector<const LabelTrack *> &tracks);
QString statisticsBehaviorName(const BehaviorSet &behaviors, BehaviorId id);

} // namespace ethoscribe
