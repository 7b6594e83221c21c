// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/BehaviorSetCommand.h"

#include "project/Document.h"

namespace ethoscribe {

BehaviorSetCommand::BehaviorSetCommand(Document *document, const QString &text)
    : DocumentCommand(document, text)
{}

bool BehaviorSetCommand::firstApply(QString *error)
{
    m_before = m_document->behaviors();
    BehaviorSet next = m_before;
    if (!change(next, error))
        return false;
    m_after = next;
    if (m_after == m_before && m_after.nextId() == m_before.nextId()) {
        setObsolete(true);
        return true;
    }
    return install(m_after, m_before, error);
}

bool BehaviorSetCommand::applyRedo(QString *error)
{
    return install(m_after, m_before, error);
}

bool BehaviorSetCommand::applyUndo(QString *error)
{
    return install(m_before, m_after, error);
}

bool BehaviorSetCommand::install(const BehaviorSet &set,
                                 const BehaviorSet &fallback,
                                 QString *error)
{
    edit().mutableBehaviors() = set;
    if (!edit().writeBehaviors(error)) {
        edit().mutableBehaviors() = fallback;
        return false;
    }
    edit().notifyBehaviorsChanged();
    return true;
}

} // namespace ethoscribe
