// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/LabelRangeCommand.h"

#include "behaviors/Behavior.h"

namespace ethoscribe {

// Makes frames [start, end) of a manual track unlabeled.
class EraseRangeCommand : public LabelRangeCommand
{
public:
    EraseRangeCommand(Document *document, TrackId track, qint64 start, qint64 end);

protected:
    bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) override;
    void apply(LabelTrack &track) override;

private:
    qint64 m_from;
    qint64 m_to;
};

} // namespace ethoscribe
