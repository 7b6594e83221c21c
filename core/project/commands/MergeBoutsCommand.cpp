// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/MergeBoutsCommand.h"

#include "labels/LabelTrack.h"

#include <QCoreApplication>

namespace ethoscribe {

MergeBoutsCommand::MergeBoutsCommand(Document *document,
                                     TrackId track,
                                     qint64 firstFrame,
                                     qint64 lastFrame)
    : LabelRangeCommand(
            document, track, QCoreApplication::translate("MergeBoutsCommand", "Merge bouts"))
    , m_first(qMin(firstFrame, lastFrame))
    , m_last(qMax(firstFrame, lastFrame))
{}

bool MergeBoutsCommand::plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error)
{
    const std::optional<Bout> first = track.boutAt(m_first);
    const std::optional<Bout> last = track.boutAt(m_last);
    if (!first || !last) {
        *error = QCoreApplication::translate("MergeBoutsCommand",
                                             "Both ends of a merge must be inside labeled bouts.");
        return false;
    }
    if (first->start == last->start) {
        *error = QCoreApplication::translate("MergeBoutsCommand",
                                             "These frames are already in the same bout.");
        return false;
    }
    m_mergedStart = first->start;
    m_mergedEnd = last->end;
    m_behavior = first->behavior;
    *start = m_mergedStart;
    *end = m_mergedEnd;
    return true;
}

void MergeBoutsCommand::apply(LabelTrack &track)
{
    track.assign(m_mergedStart, m_mergedEnd, m_behavior);
}

} // namespace ethoscribe
