// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/RecolorBehaviorCommand.h"

#include <QCoreApplication>

namespace ethoscribe {

RecolorBehaviorCommand::RecolorBehaviorCommand(Document *document,
                                               BehaviorId id,
                                               const QColor &color)
    : BehaviorSetCommand(
            document,
            QCoreApplication::translate("RecolorBehaviorCommand", "Change behavior colour"))
    , m_id(id)
    , m_color(color)
{}

bool RecolorBehaviorCommand::change(BehaviorSet &set, QString *error)
{
    if (!m_color.isValid() || !set.recolor(m_id, m_color)) {
        *error = QCoreApplication::translate("RecolorBehaviorCommand",
                                             "This behavior or colour does not exist.");
        return false;
    }
    return true;
}

} // namespace ethoscribe
