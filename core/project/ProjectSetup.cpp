// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectSetup.h"

#include "behaviors/BehaviorSet.h"
#include "project/Document.h"

namespace ethoscribe::ProjectSetup {

bool createProject(Document &document,
                   const QString &path,
                   QString *error,
                   bool withDefaultBehaviors)
{
    if (!document.create(path)) {
        if (error)
            *error = document.errorString();
        return false;
    }
    if (withDefaultBehaviors) {
        const BehaviorSet defaults = BehaviorSet::jhuangDefault(); // outlives the loop
        for (const Behavior &b : defaults.behaviors()) {
            if (!document.addBehavior(b.name, b.color, b.key)) {
                if (error)
                    *error = document.errorString();
                document.close();
                return false;
            }
        }
    }
    document.undoStack()->clear();
    return true;
}

} // namespace ethoscribe::ProjectSetup
