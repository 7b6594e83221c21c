// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/RenameBehaviorCommand.h"

#include <QCoreApplication>

namespace ethoscribe {

RenameBehaviorCommand::RenameBehaviorCommand(Document *document, BehaviorId id, const QString &name)
    : BehaviorSetCommand(document,
                         QCoreApplication::translate("RenameBehaviorCommand", "Rename behavior"))
    , m_id(id)
    , m_name(name.trimmed())
{}

bool RenameBehaviorCommand::change(BehaviorSet &set, QString *error)
{
    return set.rename(m_id, m_name, error);
}

} // namespace ethoscribe
