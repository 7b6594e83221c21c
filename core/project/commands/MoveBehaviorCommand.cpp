// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/MoveBehaviorCommand.h"

#include <QCoreApplication>

namespace ethoscribe {

MoveBehaviorCommand::MoveBehaviorCommand(Document *document, int from, int to)
    : BehaviorSetCommand(document,
                         QCoreApplication::translate("MoveBehaviorCommand", "Reorder behaviors"))
    , m_from(from)
    , m_to(to)
{}

bool MoveBehaviorCommand::change(BehaviorSet &set, QString *error)
{
    if (!set.move(m_from, m_to)) {
        *error = QCoreApplication::translate("MoveBehaviorCommand",
                                             "There is no behavior at this position.");
        return false;
    }
    return true;
}

} // namespace ethoscribe
