// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/MoveBoundaryCommand.h"

#include "labels/LabelTrack.h"

#include <QCoreApplication>

namespace ethoscribe {

MoveBoundaryCommand::MoveBoundaryCommand(Document *document,
                                         TrackId track,
                                         qint64 boundary,
                                         qint64 newBoundary)
    : LabelRangeCommand(
            document, track, QCoreApplication::translate("MoveBoundaryCommand", "Move bout edge"))
    , m_boundary(boundary)
    , m_newBoundary(newBoundary)
{}

bool MoveBoundaryCommand::plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error)
{
    const std::optional<Bout> left = track.runAt(m_boundary - 1);
    const std::optional<Bout> right = track.runAt(m_boundary);
    if (!left || !right || right->start != m_boundary) {
        *error = QCoreApplication::translate("MoveBoundaryCommand",
                                             "There is no bout edge at frame %1.")
                         .arg(m_boundary);
        return false;
    }
    // Neither neighbour may vanish: the edge stays strictly inside the two runs.
    m_newBoundary = qBound(left->start + 1, m_newBoundary, right->end - 1);
    m_leftBehavior = left->behavior;
    m_rightBehavior = right->behavior;
    *start = qMin(m_boundary, m_newBoundary);
    *end = qMax(m_boundary, m_newBoundary);
    return true;
}

void MoveBoundaryCommand::apply(LabelTrack &track)
{
    if (m_newBoundary > m_boundary)
        track.assign(m_boundary, m_newBoundary, m_leftBehavior);
    else if (m_newBoundary < m_boundary)
        track.assign(m_newBoundary, m_boundary, m_rightBehavior);
}

bool MoveBoundaryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const MoveBoundaryCommand *>(other);
    if (!next || next->trackId() != trackId() || next->m_boundary != m_newBoundary)
        return false;
    if (!absorb(*next))
        return false;
    m_newBoundary = next->m_newBoundary;
    setObsolete(m_before == m_after); // dragged back to where it started
    return true;
}

} // namespace ethoscribe
