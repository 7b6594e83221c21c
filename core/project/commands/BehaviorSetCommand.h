// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "project/commands/DocumentCommand.h"

namespace ethoscribe {

// Base of the edits that change only the behavior set (add, rename, recolour, reorder): keeps the
// whole set before and after (a few dozen entries) and installs one or the other.
class BehaviorSetCommand : public DocumentCommand
{
public:
    BehaviorSetCommand(Document *document, const QString &text);

protected:
    // Changes `set` (a copy of the current one); false + *error refuses the edit.
    virtual bool change(BehaviorSet &set, QString *error) = 0;

    bool firstApply(QString *error) override;
    bool applyRedo(QString *error) override;
    bool applyUndo(QString *error) override;
    bool install(const BehaviorSet &set, const BehaviorSet &fallback, QString *error);

    BehaviorSet m_before;
    BehaviorSet m_after;
};

} // namespace ethoscribe
