// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/RemoveBehaviorCommand.h"

#include "project/Document.h"

#include <QCoreApplication>

namespace ethoscribe {

RemoveBehaviorCommand::RemoveBehaviorCommand(Document *document,
                                             BehaviorId id,
                                             BehaviorId relabelTo)
    : DocumentCommand(document,
                      QCoreApplication::translate("RemoveBehaviorCommand", "Remove behavior"))
    , m_id(id)
    , m_relabelTo(relabelTo)
{}

bool RemoveBehaviorCommand::firstApply(QString *error)
{
    const BehaviorSet &set = m_document->behaviors();
    if (!set.contains(m_id)) {
        *error = QCoreApplication::translate("RemoveBehaviorCommand",
                                             "There is no behavior number %1 in this project.")
                         .arg(m_id);
        return false;
    }
    if (m_relabelTo == m_id || (m_relabelTo != kUnlabeled && !set.contains(m_relabelTo))) {
        *error = QCoreApplication::translate(
                "RemoveBehaviorCommand",
                "Choose another existing behavior (or unlabeled) for the frames "
                "of the behavior you remove.");
        return false;
    }
    m_before = set;
    m_after = set;
    m_after.remove(m_id);
    m_affected.clear();
    for (const VideoRecord &video : m_document->videos()) {
        for (const TrackRecord &track : m_document->tracks(video.id)) {
            const LabelTrack *labels = m_document->labels(track.id);
            TrackBouts tb{track.id, {}};
            for (const Bout &b : labels->bouts())
                if (b.behavior == m_id)
                    tb.bouts << b;
            if (!tb.bouts.isEmpty())
                m_affected << tb;
        }
    }
    return removeFromMemoryAndSave(error);
}

bool RemoveBehaviorCommand::applyRedo(QString *error)
{
    return removeFromMemoryAndSave(error);
}

bool RemoveBehaviorCommand::applyUndo(QString *error)
{
    return restoreInMemoryAndSave(error);
}

void RemoveBehaviorCommand::removeInMemory()
{
    edit().mutableBehaviors() = m_after;
    for (const TrackBouts &tb : std::as_const(m_affected))
        if (LabelTrack *labels = edit().mutableLabels(tb.track))
            labels->replaceBehavior(m_id, m_relabelTo);
}

void RemoveBehaviorCommand::restoreInMemory()
{
    edit().mutableBehaviors() = m_before;
    for (const TrackBouts &tb : std::as_const(m_affected))
        if (LabelTrack *labels = edit().mutableLabels(tb.track))
            for (const Bout &b : tb.bouts)
                labels->assign(b.start, b.end, m_id);
}

bool RemoveBehaviorCommand::removeFromMemoryAndSave(QString *error)
{
    return changeAndSave(true, error);
}

bool RemoveBehaviorCommand::restoreInMemoryAndSave(QString *error)
{
    return changeAndSave(false, error);
}

// Removes (or restores) the behavior in memory and writes the behavior set and every affected
// track in one transaction; on failure memory goes back to how it was.
bool RemoveBehaviorCommand::changeAndSave(bool remove, QString *error)
{
    ProjectDatabase::Transaction transaction(edit().database());
    remove ? removeInMemory() : restoreInMemory();
    bool ok = transaction.isActive() && edit().writeBehaviors(error);
    for (int i = 0; ok && i < m_affected.size(); ++i)
        ok = edit().writeAllLabels(m_affected.at(i).track, error);
    if (ok && !transaction.commit()) {
        *error = edit().database().errorString();
        ok = false;
    }
    if (!ok) {
        if (error->isEmpty())
            *error = edit().database().errorString();
        remove ? restoreInMemory() : removeInMemory();
        return false;
    }
    for (const TrackBouts &tb : std::as_const(m_affected))
        edit().notifyLabelsChanged(tb.track, tb.bouts.first().start, tb.bouts.last().end);
    edit().notifyBehaviorsChanged();
    return true;
}

} // namespace ethoscribe
