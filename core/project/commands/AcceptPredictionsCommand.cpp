// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/AcceptPredictionsCommand.h"

#include "labels/LabelTrack.h"
#include "project/Document.h"

#include <QCoreApplication>

#include <algorithm>

namespace ethoscribe {

AcceptPredictionsCommand::AcceptPredictionsCommand(
        Document *document, TrackId manualTrack, TrackId predictionTrack, qint64 start, qint64 end)
    : LabelRangeCommand(
            document,
            manualTrack,
            QCoreApplication::translate("AcceptPredictionsCommand", "Accept predictions"))
    , m_source(predictionTrack)
    , m_from(start)
    , m_to(end)
{}

AcceptPredictionsCommand::AcceptPredictionsCommand(
        Document *document, TrackId manualTrack, const LabelTrack &source, qint64 start, qint64 end)
    : LabelRangeCommand(
            document,
            manualTrack,
            QCoreApplication::translate("AcceptPredictionsCommand", "Accept predictions"))
    , m_source(0)
    , m_sourceFrames(source.frameCount())
    , m_from(start)
    , m_to(end)
    , m_predicted(source.runs(std::clamp<qint64>(start, 0, source.frameCount()),
                              std::clamp<qint64>(end, 0, source.frameCount())))
{}

bool AcceptPredictionsCommand::plan(const LabelTrack &track,
                                    qint64 *start,
                                    qint64 *end,
                                    QString *error)
{
    if (m_source == 0) {
        if (m_sourceFrames != track.frameCount()) {
            *error = QCoreApplication::translate("AcceptPredictionsCommand",
                                                 "The predictions belong to another video.");
            return false;
        }
        *start = m_from;
        *end = m_to;
        return true;
    }
    const TrackRecord *source = m_document->track(m_source);
    const TrackRecord *target = m_document->track(trackId());
    const LabelTrack *predicted = m_document->labels(m_source);
    if (!source || !predicted || source->kind == TrackKind::Manual) {
        *error = QCoreApplication::translate(
                "AcceptPredictionsCommand",
                "The track to accept labels from is not a prediction track.");
        return false;
    }
    if (!target || target->videoId != source->videoId
        || predicted->frameCount() != track.frameCount()) {
        *error = QCoreApplication::translate("AcceptPredictionsCommand",
                                             "The predictions belong to another video.");
        return false;
    }
    m_predicted = predicted->runs(m_from, m_to);
    *start = m_from;
    *end = m_to;
    return true;
}

void AcceptPredictionsCommand::apply(LabelTrack &track)
{
    for (const Bout &run : std::as_const(m_predicted))
        if (run.behavior != kUnlabeled)
            track.assign(run.start, run.end, run.behavior);
}

} // namespace ethoscribe
