// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/Bout.h"
#include "project/ProjectRecords.h"
#include "project/commands/DocumentCommand.h"

#include <QVector>

namespace ethoscribe {

// Removes a behavior from the set and relabels its frames in every track of the project with
// another behavior or kUnlabeled. Undo puts the behavior back at its place with its id and gives
// every one of its frames its label back.
class RemoveBehaviorCommand : public DocumentCommand
{
public:
    RemoveBehaviorCommand(Document *document, BehaviorId id, BehaviorId relabelTo);

protected:
    bool firstApply(QString *error) override;
    bool applyRedo(QString *error) override;
    bool applyUndo(QString *error) override;

private:
    struct TrackBouts
    {
        TrackId track;
        QVector<Bout> bouts; // the removed behavior's bouts before the removal
    };
    bool removeFromMemoryAndSave(QString *error);
    bool restoreInMemoryAndSave(QString *error);
    bool changeAndSave(bool remove, QString *error);
    void removeInMemory();
    void restoreInMemory();

    BehaviorId m_id;
    BehaviorId m_relabelTo;
    BehaviorSet m_before;
    BehaviorSet m_after;
    QVector<TrackBouts> m_affected;
};

} // namespace ethoscribe
