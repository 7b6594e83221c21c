// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/LabelRangeCommand.h"

#include "behaviors/Behavior.h"

namespace ethoscribe {

// Splits the labeled bout containing frame at that frame: [bout start, frame) keeps its behavior,
// [frame, bout end) gets secondPart (another behavior, or kUnlabeled to cut the tail off).
// Refused when frame is not strictly inside a labeled bout or secondPart is the bout's behavior.
class SplitBoutCommand : public LabelRangeCommand
{
public:
    SplitBoutCommand(Document *document, TrackId track, qint64 frame, BehaviorId secondPart);

protected:
    bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) override;
    void apply(LabelTrack &track) override;

private:
    qint64 m_frame;
    BehaviorId m_second;
    Bout m_bout;
};

} // namespace ethoscribe
