// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/LabelRangeCommand.h"

#include "behaviors/Behavior.h"

namespace ethoscribe {

// Labels frames [start, end) of a manual track with one behavior (painting, a key press over a
// selection).
class AssignBehaviorCommand : public LabelRangeCommand
{
public:
    AssignBehaviorCommand(
            Document *document, TrackId track, qint64 start, qint64 end, BehaviorId behavior);

protected:
    bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) override;
    void apply(LabelTrack &track) override;

private:
    qint64 m_from;
    qint64 m_to;
    BehaviorId m_behavior;
};

} // namespace ethoscribe
