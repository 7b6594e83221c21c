// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"
#include "labels/Bout.h"

#include <QHash>
#include <QVector>

#include <map>
#include <optional>

namespace ethoscribe {

// The per-frame labels of one video. Stored run-length encoded as maximal labeled bouts (a map
// from start frame to end + behavior; unlabeled frames are the gaps), so a one-hour video with a
// few thousand bouts costs kilobytes, point queries and range edits are O(log n + bouts touched)
// and neighbouring runs of the same behavior are always merged.
//
// All frame numbers are 0-based; ranges are half-open [start, end). Arguments outside
// [0, frameCount()) are clipped, never an error.
class LabelTrack
{
public:
    explicit LabelTrack(qint64 frameCount = 0);

    qint64 frameCount() const { return m_frameCount; }
    // Growing adds unlabeled frames at the end; shrinking cuts the labels past the new end.
    void setFrameCount(qint64 frameCount);

    // kUnlabeled for unlabeled frames and frames outside the track.
    BehaviorId at(qint64 frame) const;

    // Labels frames [start, end) with behavior; kUnlabeled erases.
    void assign(qint64 start, qint64 end, BehaviorId behavior);
    void clear() { assign(0, m_frameCount, kUnlabeled); }

    // Labeled bouts in frame order (no unlabeled runs).
    QVector<Bout> bouts() const;
    int boutCount() const { return int(m_runs.size()); }
    // All runs including unlabeled ones covering [start, end) clipped to the track, in order.
    // Together with setRuns() this is the undo snapshot of a range edit.
    QVector<Bout> runs(qint64 start, qint64 end) const;
    QVector<Bout> runs() const { return runs(0, m_frameCount); }
    // Assigns every run in order (kUnlabeled runs erase); restores a snapshot taken with runs().
    void setRuns(const QVector<Bout> &runs);

    // The labeled bout containing frame, or nothing when the frame is unlabeled.
    std::optional<Bout> boutAt(qint64 frame) const;
    // The maximal run (labeled or not) containing frame; nothing outside the track.
    std::optional<Bout> runAt(qint64 frame) const;
    // Start of the next run after frame / of the run before frame's run (or frame's run start if
    // frame is inside it). Run starts include frame 0. -1 when there is none.
    qint64 nextChange(qint64 frame) const;
    qint64 previousChange(qint64 frame) const;

    // Number of frames per behavior (unlabeled frames are not counted).
    QHash<BehaviorId, qint64> counts() const;
    // Counts restricted to [start, end); key kUnlabeled holds the unlabeled frames of the range.
    QHash<BehaviorId, qint64> countsIn(qint64 start, qint64 end) const;
    qint64 labeledFrames() const { return m_labeledFrames; }
    bool isEmpty() const { return m_runs.empty(); }

    // Relabels every frame of from with to (to = kUnlabeled erases them).
    void replaceBehavior(BehaviorId from, BehaviorId to);

    QVector<BehaviorId> toFrames() const;
    static LabelTrack fromFrames(const QVector<BehaviorId> &frames);

    bool operator==(const LabelTrack &other) const;
    bool operator!=(const LabelTrack &other) const { return !(*this == other); }

private:
    struct Run
    {
        qint64 end;
        BehaviorId behavior;
        bool operator==(const Run &o) const { return end == o.end && behavior == o.behavior; }
    };
    using RunMap = std::map<qint64, Run>;

    void erase(qint64 start, qint64 end);

    RunMap m_runs; // labeled maximal runs keyed by start frame
    qint64 m_frameCount = 0;
    qint64 m_labeledFrames = 0;
};

} // namespace ethoscribe
