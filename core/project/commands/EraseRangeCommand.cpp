// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/EraseRangeCommand.h"

#include "labels/LabelTrack.h"

#include <QCoreApplication>

namespace ethoscribe {

EraseRangeCommand::EraseRangeCommand(Document *document, TrackId track, qint64 start, qint64 end)
    : LabelRangeCommand(
            document, track, QCoreApplication::translate("EraseRangeCommand", "Erase labels"))
    , m_from(start)
    , m_to(end)
{}

bool EraseRangeCommand::plan(const LabelTrack &, qint64 *start, qint64 *end, QString *)
{
    *start = m_from;
    *end = m_to;
    return true;
}

void EraseRangeCommand::apply(LabelTrack &track)
{
    track.assign(m_from, m_to, kUnlabeled);
}

} // namespace ethoscribe
