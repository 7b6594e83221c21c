// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/SplitBoutCommand.h"

#include "labels/LabelTrack.h"
#include "project/Document.h"

#include <QCoreApplication>

namespace ethoscribe {

SplitBoutCommand::SplitBoutCommand(Document *document,
                                   TrackId track,
                                   qint64 frame,
                                   BehaviorId secondPart)
    : LabelRangeCommand(
            document, track, QCoreApplication::translate("SplitBoutCommand", "Split bout"))
    , m_frame(frame)
    , m_second(secondPart)
{}

bool SplitBoutCommand::plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error)
{
    const std::optional<Bout> bout = track.boutAt(m_frame);
    if (!bout || bout->start == m_frame) {
        *error = QCoreApplication::translate(
                         "SplitBoutCommand",
                         "Frame %1 is not inside a labeled bout, so there is nothing "
                         "to split there.")
                         .arg(m_frame);
        return false;
    }
    if (m_second == bout->behavior) {
        *error = QCoreApplication::translate(
                "SplitBoutCommand", "Both parts of a split bout need different behaviors.");
        return false;
    }
    if (m_second != kUnlabeled && !m_document->behaviors().contains(m_second)) {
        *error = QCoreApplication::translate("SplitBoutCommand",
                                             "There is no behavior number %1 in this project.")
                         .arg(m_second);
        return false;
    }
    m_bout = *bout;
    *start = m_frame;
    *end = bout->end;
    return true;
}

void SplitBoutCommand::apply(LabelTrack &track)
{
    track.assign(m_frame, m_bout.end, m_second);
}

} // namespace ethoscribe
