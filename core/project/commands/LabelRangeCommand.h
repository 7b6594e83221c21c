// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels/Bout.h"
#include "project/ProjectRecords.h"
#include "project/commands/DocumentCommand.h"

#include <QVector>

namespace ethoscribe {

class LabelTrack;

// Base of the edits that change the labels of one manual track inside one frame range: the
// subclass says which frames [start, end) it may change (plan) and changes them (apply); this class
// keeps LabelTrack::runs() of the range before and after as the undo and redo snapshots and
// commits every step through Document::commitLabels.
class LabelRangeCommand : public DocumentCommand
{
public:
    LabelRangeCommand(Document *document, TrackId track, const QString &text);

    TrackId trackId() const { return m_track; }
    qint64 rangeStart() const { return m_start; }
    qint64 rangeEnd() const { return m_end; }

protected:
    // Chooses the range the edit may change; false + *error refuses the edit.
    virtual bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) = 0;
    // Changes frames inside the planned range only.
    virtual void apply(LabelTrack &track) = 0;

    bool firstApply(QString *error) override;
    bool applyRedo(QString *error) override;
    bool applyUndo(QString *error) override;
    // Widens this step to also cover a later step on the same track (for mergeWith): the range
    // becomes the union, `before` keeps this step's original state.
    bool absorb(const LabelRangeCommand &later);

    TrackId m_track;
    qint64 m_start = 0;
    qint64 m_end = 0;
    QVector<Bout> m_before;
    QVector<Bout> m_after;
};

} // namespace ethoscribe
