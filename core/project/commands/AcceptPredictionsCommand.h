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

protected:
    bool plan(const LabelTrack &track, qint64 *start, qint64 *end, QString *error) override;
    void apply(LabelTrack &track) override;

private:
    TrackId m_source;
    qint64 m_from;
    qint64 m_to;
    QVector<Bout> m_predicted;
};

} // namespace ethoscribe
