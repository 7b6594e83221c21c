// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/ImportLabelsCommand.h"

#include "project/Document.h"

#include <QCoreApplication>

namespace ethoscribe {

ImportLabelsCommand::ImportLabelsCommand(Document *document,
                                         VideoId video,
                                         const QString &annotator,
                                         const LabelTrack &labels,
                                         const QVector<Behavior> &newBehaviors)
    : DocumentCommand(document, QCoreApplication::translate("ImportLabelsCommand", "Import labels"))
    , m_video(video)
    , m_newBehaviors(newBehaviors)
    , m_labelsAfter(labels)
{
    m_record.videoId = video;
    m_record.kind = TrackKind::Manual;
    m_record.name = annotator;
}

bool ImportLabelsCommand::firstApply(QString *error)
{
    const VideoRecord *video = m_document->video(m_video);
    if (!video) {
        *error = QCoreApplication::translate("ImportLabelsCommand",
                                             "This video is not in the project.");
        return false;
    }
    m_behaviorsBefore = m_document->behaviors();
    m_behaviorsAfter = m_behaviorsBefore;
    for (const Behavior &b : std::as_const(m_newBehaviors)) {
        if (!m_behaviorsAfter.insert(b, -1, error))
            return false;
    }
    m_labelsAfter.setFrameCount(video->frameCount);
    for (const Bout &b : m_labelsAfter.bouts()) {
        if (!m_behaviorsAfter.contains(b.behavior)) {
            *error = QCoreApplication::translate(
                             "ImportLabelsCommand",
                             "The imported labels use behavior number %1, which is not "
                             "in the project.")
                             .arg(b.behavior);
            return false;
        }
    }
    if (const TrackRecord *existing = m_document->manualTrack(m_video, m_record.name)) {
        m_record = *existing;
        m_createsTrack = false;
        m_labelsBefore = *m_document->labels(existing->id);
    } else {
        m_createsTrack = true;
        m_labelsBefore = LabelTrack(video->frameCount);
    }
    return install(true, error);
}

bool ImportLabelsCommand::applyRedo(QString *error)
{
    return install(true, error);
}

bool ImportLabelsCommand::applyUndo(QString *error)
{
    return install(false, error);
}

bool ImportLabelsCommand::install(bool forward, QString *error)
{
    ProjectDatabase &db = edit().database();
    ProjectDatabase::Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.errorString();
        return false;
    }
    const BehaviorSet &set = forward ? m_behaviorsAfter : m_behaviorsBefore;
    const BehaviorSet &otherSet = forward ? m_behaviorsBefore : m_behaviorsAfter;
    const LabelTrack &labels = forward ? m_labelsAfter : m_labelsBefore;
    const LabelTrack &otherLabels = forward ? m_labelsBefore : m_labelsAfter;

    edit().mutableBehaviors() = set;
    bool ok = edit().writeBehaviors(error);
    bool trackAdded = false, trackForgotten = false;
    if (ok && m_createsTrack && forward) {
        const std::optional<TrackId> id = db.addTrack(m_record);
        ok = id.has_value();
        if (ok) {
            m_record.id = *id;
            edit().insertTrack(m_record, labels);
            trackAdded = true;
            ok = edit().writeAllLabels(m_record.id, error);
        }
    } else if (ok && m_createsTrack && !forward) {
        ok = db.removeTrack(m_record.id);
        if (ok) {
            edit().forgetTrack(m_record.id);
            trackForgotten = true;
        }
    } else if (ok) {
        *edit().mutableLabels(m_record.id) = labels;
        ok = edit().writeAllLabels(m_record.id, error);
    }
    if (ok)
        ok = transaction.commit();
    if (!ok) {
        if (error->isEmpty())
            *error = db.errorString();
        transaction.rollback();
        edit().mutableBehaviors() = otherSet;
        if (trackAdded)
            edit().forgetTrack(m_record.id);
        else if (trackForgotten)
            edit().insertTrack(m_record, otherLabels);
        else if (!m_createsTrack)
            *edit().mutableLabels(m_record.id) = otherLabels;
        return false;
    }
    edit().notifyBehaviorsChanged();
    edit().notifyTracksChanged(m_video);
    edit().notifyLabelsChanged(m_record.id, 0, labels.frameCount());
    return true;
}

} // namespace ethoscribe
