// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"
#include "fusion/FusionModel.h"
#include "fusion/FusionParameters.h"
#include "fusion/ReviewOrder.h"
#include "labels/LabelTrack.h"
#include "project/ProjectRecords.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <array>
#include <memory>

namespace ethoscribe {

class Document;
class TimelineWidget;

// The predictions of the shown video on the timeline: the stored per-frame probabilities of each
// network and stream (the fusion's inputs) are fused with the window's fusion parameters, and the
// result is drawn as rows under the manual labels - one per network when both networks have
// predictions, and the final fused prediction with its confidence strip (light = unsure) and the
// frames where the models disagree marked in orange.
//
// Rows of a running analysis arrive range by range (Document::predictionRowsChanged): only those
// frames are fused again and repainted. Moving a slider (setParameters) fuses every frame again
// from the stored probabilities - about 25 ms for 10 hours of video - and the parameters are saved
// in the project a moment later (the fused result itself is not stored: it is recomputed on
// demand).
class PredictionController : public QObject
{
    Q_OBJECT

public:
    explicit PredictionController(TimelineWidget *timeline, QObject *parent = nullptr);
    ~PredictionController() override;

    // Reads the project's saved fusion parameters. The timeline's rows must be rebuilt afterwards
    // (showVideo).
    void setDocument(Document *document);
    // Adds the prediction rows of video to the timeline (after the labeling rows: call it when
    // LabelingController::tracksRebuilt() is emitted) and fuses its predictions. 0 shows none.
    void showVideo(VideoId video);
    VideoId currentVideo() const { return m_video; }

    const FusionParameters &parameters() const { return m_params; }
    // Fuses again with params and repaints; false (and *error) when they are invalid.
    bool setParameters(const FusionParameters &params, QString *error = nullptr);

    // Whether the shown video has predictions of any network.
    bool hasPredictions() const;
    // The final fused result of the shown video (empty when it has no predictions).
    const FusionOutput &output() const;
    // Its labels as behavior ids (unpredicted frames unlabeled).
    LabelTrack fusedLabels() const;
    // The name of a class of the output (for messages).
    QString className(int classIndex) const;
    // Timeline rows: the fused prediction, and each network's (-1 when not shown).
    int fusedRow() const { return m_rows[kFused]; }
    int networkRow(FusionModel::Network network) const { return m_rows[int(network)]; }
    // Fraction of the video's frames that are predicted, and fused from every input.
    double predictedFraction() const;

    // Bouts of the fused prediction, most doubtful first (ReviewOrder); computed again only after
    // the fusion changed.
    const QVector<ReviewBout> &reviewOrder() const;

Q_SIGNALS:
    // The fused result changed (new rows, other parameters, another video).
    void fusionChanged();

private:
    enum { kI3d = 0, kR2Plus1d = 1, kFused = 2, kModels = 3 };
    void connectInputs();
    // Fuses again and refills the rows: all of them after the inputs changed, else only those
    // whose parameters changed.
    void recomputeAll(bool inputsChanged);
    void fillRow(int model, qint64 first, qint64 end);
    void onRowsChanged(qint64 track, qint64 first, qint64 count);
    void saveParameters();
    FusionParameters paramsFor(int model) const;

    QPointer<Document> m_document;
    TimelineWidget *m_timeline;
    VideoId m_video = 0;
    FusionParameters m_params;
    std::array<std::unique_ptr<FusionModel>, kModels> m_models;
    std::array<int, kModels> m_rows{-1, -1, -1};
    std::array<TrackId, 4> m_inputs{}; // index = network * 2 + stream
    QVector<BehaviorId> m_classToBehavior;
    QTimer m_saveTimer;
    QMetaObject::Connection m_rowsConnection;
    mutable QVector<ReviewBout> m_reviewOrder;
    mutable bool m_reviewOrderValid = false;
};

} // namespace ethoscribe
