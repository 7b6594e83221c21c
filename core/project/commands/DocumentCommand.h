// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/Document.h"

#include <QString>
#include <QUndoCommand>

namespace ethoscribe {

// Base of every undoable edit of a Document. The edit is first applied by execute() (through
// Document::push), which may refuse it; only an edit that was applied and committed to the project
// database reaches the QUndoStack. undo() and redo() are committed to the database too; when that
// fails the memory is left as it was and the Document puts the stack back (see
// Document::reportCommandFailure), so memory, database and stack always agree.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text);

    // Applies the edit for the first time: memory and database, or neither (false + *error).
    bool execute(QString *error);
    void redo() override;
    void undo() override;
    // The next redo()/undo() does nothing (the state already matches).
    void skipNextRedo() { m_skipRedo = true; }
    void skipNextUndo() { m_skipUndo = true; }

protected:
    virtual bool firstApply(QString *error) = 0;
    virtual bool applyRedo(QString *error) = 0;
    virtual bool applyUndo(QString *error) = 0;

    // The document's mutators, for commands only.
    Document::Editing edit() const { return Document::Editing(m_document); }

    Document *m_document;

private:
    bool m_skipRedo = false;
    bool m_skipUndo = false;
};

} // namespace ethoscribe
