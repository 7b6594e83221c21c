// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/AssignBehaviorCommand.h"

#include "labels/LabelTrack.h"
#include "project/Document.h"

#include <QCoreApplication>

namespace ethoscribe {

AssignBehaviorCommand::AssignBehaviorCommand(
        Document *document, TrackId track, qint64 start, qint64 end, BehaviorId behavior)
    : LabelRangeCommand(document, track, QString())
    , m_from(start)
    , m_to(end)
    , m_behavior(behavior)
{
    const Behavior *b = document->behaviors().byId(behavior);
    setText(QCoreApplication::translate("AssignBehaviorCommand", "Label %1")
                    .arg(b ? b->name
                           : QCoreApplication::translate("AssignBehaviorCommand", "unlabeled")));
}

bool AssignBehaviorCommand::plan(const LabelTrack &, qint64 *start, qint64 *end, QString *error)
{
    if (m_behavior != kUnlabeled && !m_document->behaviors().contains(m_behavior)) {
        *error = QCoreApplication::translate("AssignBehaviorCommand",
                                             "There is no behavior number %1 in this project.")
                         .arg(m_behavior);
        return false;
    }
    *start = m_from;
    *end = m_to;
    return true;
}

void AssignBehaviorCommand::apply(LabelTrack &track)
{
    track.assign(m_from, m_to, m_behavior);
}

} // namespace ethoscribe
