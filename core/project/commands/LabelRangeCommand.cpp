// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/LabelRangeCommand.h"

#include "labels/LabelTrack.h"
#include "project/Document.h"

#include <QCoreApplication>

namespace ethoscribe {

LabelRangeCommand::LabelRangeCommand(Document *document, TrackId track, const QString &text)
    : DocumentCommand(document, text)
    , m_track(track)
{}

bool LabelRangeCommand::firstApply(QString *error)
{
    LabelTrack *track = edit().mutableLabels(m_track);
    const TrackRecord *record = m_document->track(m_track);
    if (!track || !record) {
        *error = QCoreApplication::translate("LabelRangeCommand",
                                             "This label track no longer exists.");
        return false;
    }
    if (record->kind != TrackKind::Manual) {
        *error = QCoreApplication::translate(
                "LabelRangeCommand",
                "Predictions cannot be edited. Accept them into a manual "
                "track and correct them there.");
        return false;
    }
    if (!plan(*track, &m_start, &m_end, error))
        return false;
    m_start = qBound<qint64>(0, m_start, track->frameCount());
    m_end = qBound<qint64>(m_start, m_end, track->frameCount());
    m_before = track->runs(m_start, m_end);
    apply(*track);
    m_after = track->runs(m_start, m_end);
    if (m_after == m_before) {
        setObsolete(true); // nothing changed: no undo step
        return true;
    }
    return edit().commitLabels(m_track, m_start, m_end, m_before, error);
}

bool LabelRangeCommand::applyRedo(QString *error)
{
    LabelTrack *track = edit().mutableLabels(m_track);
    if (!track)
        return false;
    track->setRuns(m_after);
    return edit().commitLabels(m_track, m_start, m_end, m_before, error);
}

bool LabelRangeCommand::applyUndo(QString *error)
{
    LabelTrack *track = edit().mutableLabels(m_track);
    if (!track)
        return false;
    track->setRuns(m_before);
    return edit().commitLabels(m_track, m_start, m_end, m_after, error);
}

bool LabelRangeCommand::absorb(const LabelRangeCommand &later)
{
    if (later.m_track != m_track || later.m_start > m_end || later.m_end < m_start)
        return false;
    const LabelTrack *track = m_document->labels(m_track);
    if (!track)
        return false;
    const qint64 start = qMin(m_start, later.m_start);
    const qint64 end = qMax(m_end, later.m_end);
    // Original state of the union: the later step's "before" where this step did not touch,
    // this step's "before" where it did.
    LabelTrack original(track->frameCount());
    original.setRuns(later.m_before);
    original.setRuns(m_before);
    m_before = original.runs(start, end);
    m_after = track->runs(start, end);
    m_start = start;
    m_end = end;
    return true;
}

} // namespace ethoscribe
