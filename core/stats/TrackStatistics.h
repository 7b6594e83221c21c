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
    // Latency to the first bout: the frame it starts on (0-based, counted from the start of the
    // video or of the time bin), and that in seconds; -1 when the behavior never occurs.
    qint64 latencyFrames = -1;
    double latencySeconds = -1.0;

    QJsonObject toJson() const; // latency as null when the behavior never occurs
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

// The statistics of one time bin of a track, e.g. the 5-minute bins in which pharmacology labs
// read behavior after an injection.
struct TimeBin
{
    qint64 start = 0; // first frame
    qint64 end = 0;   // one past the last
    TrackStatistics stats;

    QJsonObject toJson() const;
};

// Statistics of consecutive bins of binFrames frames from frame 0 (the last bin may be
// shorter). A bout that crosses a bin border is cut there: each bin counts its part as a bout,
// and latencies count from the bin's start. Transitions are those within a bin. Every bin lists
// the same behaviors, in the order of the whole track's statistics. binFrames < 1 gives no bins.
QVector<TimeBin> timeBins(const LabelTrack &track,
                          const BehaviorSet &behaviors,
                          double fps,
                          qint64 binFrames);

// Behaviors of the set in order, then any other (non-unlabeled) ids of the given tracks, sorted.
QVector<BehaviorId> statisticsBehaviorOrder(const BehaviorSet &behaviors,
                                            const QVector<const LabelTrack *> &tracks);
QString statisticsBehaviorName(const BehaviorSet &behaviors, BehaviorId id);

} // namespace ethoscribe
