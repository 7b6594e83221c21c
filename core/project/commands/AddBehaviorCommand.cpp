// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/AddBehaviorCommand.h"

#include <QCoreApplication>

namespace ethoscribe {

AddBehaviorCommand::AddBehaviorCommand(Document *document,
                                       const QString &name,
                                       const QColor &color,
                                       int key)
    : BehaviorSetCommand(document,
                         QCoreApplication::translate("AddBehaviorCommand", "Add behavior"))
    , m_name(name.trimmed())
    , m_color(color)
    , m_key(key)
{}

bool AddBehaviorCommand::change(BehaviorSet &set, QString *error)
{
    m_added = set.add(m_name, m_color, m_key, error);
    return m_added != kUnlabeled;
}

} // namespace ethoscribe
