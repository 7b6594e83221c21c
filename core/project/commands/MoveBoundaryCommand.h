// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/LabelRangeCommand.h"

#include "behaviors/Behavior.h"

namespace ethoscribe {

// Moves the boundary between two runs (the frame where the right run starts) to newBoundary: the
// frames it passes over take the label of the run that grows. Clamped so that neither run
// disappears. Consecutive moves of the same boundary merge into one undo step (dragging an edge
// is one step).
class MoveBoundaryCommand : public LabelRangeCommand
{
public:
    MoveBoundaryCommand(Document *document, TrackId track, qint64 boundary, qint64 newBoundary);
    int id() const override { return 0x45544801; }
    bool mergeWith(const QUndoCommand *other) override;
    // Where the boundary is after this step.
    qint64 currentBoundary() const { return m_newBoundary; }
    qint64 originalBoundary() const { return m_boundary; }

protected:
    bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) override;
    void apply(LabelTrack &track) override;

private:
    qint64 m_boundary;
    qint64 m_newBoundary;
    BehaviorId m_leftBehavior = kUnlabeled;
    BehaviorId m_rightBehavior = kUnlabeled;
};

} // namespace ethoscribe
