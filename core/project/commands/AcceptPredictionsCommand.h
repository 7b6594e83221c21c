// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/LabelRangeCommand.h"

namespace ethoscribe {

// Copies a prediction (or fused) track's argmax labels over frames [start, end) into a manual
// track. Frames the model did not predict keep their manual label.
class AcceptPredictionsCommand : public LabelRangeCommand
{
public:
    AcceptPredictionsCommand(Document *document,
                             TrackId manualTrack,
                             TrackId predictionTrack,
                             qint64 start,
                             qint64 end);
    // The same from labels the caller computed (the fused prediction under the current fusion
    // weights, which is not stored): source must have the manual track's frame count.
    AcceptPredictionsCommand(Document *document,
                             TrackId manualTrack,
                             const LabelTrack &source,
                             qint64 start,
                             qint64 end);

protected:
    bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) override;
    void apply(LabelTrack &track) override;

private:
    TrackId m_source; // 0: m_predicted was given
    qint64 m_sourceFrames = 0;
    qint64 m_from;
    qint64 m_to;
    QVector<Bout> m_predicted;
};

} // namespace ethoscribe
