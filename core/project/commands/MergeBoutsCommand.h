// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/LabelRangeCommand.h"

#include "behaviors/Behavior.h"

namespace ethoscribe {

// Merges the labeled bouts containing firstFrame and lastFrame, and everything between them (other
// bouts, unlabeled gaps), into one bout with the behavior of the first one.
class MergeBoutsCommand : public LabelRangeCommand
{
public:
    MergeBoutsCommand(Document *document, TrackId track, qint64 firstFrame, qint64 lastFrame);

protected:
    bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) override;
    void apply(LabelTrack &track) override;

private:
    qint64 m_first;
    qint64 m_last;
    qint64 m_mergedStart = 0;
    qint64 m_mergedEnd = 0;
    BehaviorId m_behavior = kUnlabeled;
};

} // namespace ethoscribe
