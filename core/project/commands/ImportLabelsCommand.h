// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"
#include "project/ProjectRecords.h"
#include "project/commands/DocumentCommand.h"

namespace ethoscribe {

// Imports a whole label file into the manual track of one annotator of one video (creating the
// track when it does not exist), after adding the behaviors the file introduced (with the ids the
// labels use). One undo step, all or nothing: one transaction for behaviors, track and labels.
class ImportLabelsCommand : public DocumentCommand
{
public:
    ImportLabelsCommand(Document *document,
                        VideoId video,
                        const QString &annotator,
                        const LabelTrack &labels,
                        const QVector<Behavior> &newBehaviors);

    TrackId trackId() const { return m_record.id; }

protected:
    bool firstApply(QString *error) override;
    bool applyRedo(QString *error) override;
    bool applyUndo(QString *error) override;

private:
    bool install(bool forward, QString *error);

    VideoId m_video;
    QVector<Behavior> m_newBehaviors;
    BehaviorSet m_behaviorsBefore;
    BehaviorSet m_behaviorsAfter;
    TrackRecord m_record;
    bool m_createsTrack = false;
    LabelTrack m_labelsBefore;
    LabelTrack m_labelsAfter;
};

} // namespace ethoscribe
