// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/DocumentCommand.h"

#include "project/Document.h"

namespace ethoscribe {

DocumentCommand::DocumentCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

bool DocumentCommand::execute(QString *error)
{
    return firstApply(error);
}

void DocumentCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    QString error;
    if (!applyRedo(&error))
        edit().reportCommandFailure(this, false, error);
}

void DocumentCommand::undo()
{
    if (m_skipUndo) {
        m_skipUndo = false;
        return;
    }
    QString error;
    if (!applyUndo(&error))
        edit().reportCommandFailure(this, true, error);
}

} // namespace ethoscribe
