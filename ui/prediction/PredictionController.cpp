// SPDX-License-Identifier: GPL-3.0-or-later
#include "prediction/PredictionController.h"

#include "project/Document.h"
#include "project/ProjectFusion.h"
#include "timeline/TimelineWidget.h"

#include <algorithm>

namespace ethoscribe {

PredictionController::PredictionController(TimelineWidget *timeline, QObject *parent)
    : QObject(parent)
    , m_timeline(timeline)
{
    for (auto &model : m_models)
        model = std::make_unique<FusionModel>();
    // Saving costs a committed transaction: once the slider rests.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &PredictionController::saveParameters);
}

PredictionController::~PredictionController()
{
    if (m_saveTimer.isActive())
        saveParameters();
}

void PredictionController::setDocument(Document *document)
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        saveParameters();
    }
    disconnect(m_rowsConnection);
    m_document = document;
    m_video = 0;
    m_rows = {-1, -1, -1};
    m_inputs = {};
    for (auto &model : m_models)
        for (int n = 0; n < 2; ++n)
            for (int s = 0; s < 2; ++s)
                model->setInput(FusionModel::Network(n), FusionModel::Stream(s), nullptr);
    m_params = FusionParameters();
    if (!document)
        return;
    m_params = ProjectFusion::savedParameters(
            [document](const QString &key) { return document->setting(key); });
    m_rowsConnection = connect(
            document, &Document::predictionRowsChanged, this, &PredictionController::onRowsChanged);
}

void PredictionController::showVideo(VideoId video)
{
    m_video = m_document && m_document->video(video) ? video : 0;
    connectInputs();
    m_rows = {-1, -1, -1};
    if (hasPredictions()) {
        auto hasNetwork = [this](int n) {
            return m_inputs[size_t(n * 2)] != 0 || m_inputs[size_t(n * 2 + 1)] != 0;
        };
        if (hasNetwork(0) && hasNetwork(1)) {
            m_rows[kI3d] = m_timeline->addTrack(tr("I3D"), true);
            m_rows[kR2Plus1d] = m_timeline->addTrack(tr("R(2+1)D"), true);
        }
        m_rows[kFused] = m_timeline->addTrack(tr("prediction"), true);
    }
    recomputeAll(true);
}

void PredictionController::connectInputs()
{
    m_inputs = {};
    m_classToBehavior.clear();
    for (auto &model : m_models)
        for (int n = 0; n < 2; ++n)
            for (int s = 0; s < 2; ++s)
                model->setInput(FusionModel::Network(n), FusionModel::Stream(s), nullptr);
    if (!m_document || m_video == 0)
        return;
    // The same inputs as every other reader of the fused prediction (ProjectFusion).
    Document *doc = m_document;
    const ProjectFusion::Inputs inputs = ProjectFusion::inputs(
            doc->tracks(m_video),
            doc->video(m_video)->frameCount,
            [doc](TrackId id) -> std::optional<PredictionLayout> {
                const PredictionTrack *p = doc->predictions(id);
                if (!p)
                    return std::nullopt;
                return PredictionLayout{p->frameCount(), p->classNames(), 0};
            });
    QStringList classes;
    for (size_t i = 0; i < inputs.size(); ++i) {
        const PredictionTrack *p = inputs[i] ? doc->predictions(inputs[i]) : nullptr;
        if (!p)
            continue;
        bool ok = true;
        for (auto &model : m_models)
            ok = model->setInput(FusionModel::Network(i / 2), FusionModel::Stream(i % 2), p) && ok;
        if (!ok)
            continue;
        classes = p->classNames();
        m_inputs[i] = inputs[i];
    }
    for (const QString &name : std::as_const(classes)) {
        const Behavior *b = m_document->behaviors().byName(name);
        m_classToBehavior.append(b ? b->id : kUnlabeled);
    }
}

FusionParameters PredictionController::paramsFor(int model) const
{
    FusionParameters p = m_params;
    if (model == kI3d)
        p.modelMix = 1.0;
    else if (model == kR2Plus1d)
        p.modelMix = 0.0;
    return p;
}

bool PredictionController::hasPredictions() const
{
    return std::any_of(m_inputs.begin(), m_inputs.end(), [](TrackId id) { return id != 0; });
}

const FusionOutput &PredictionController::output() const
{
    return m_models[kFused]->output();
}

void PredictionController::recomputeAll(bool inputsChanged)
{
    if (hasPredictions()) {
        // The final fused row first: it is what the researcher watches while moving a slider.
        for (int m : {int(kFused), int(kI3d), int(kR2Plus1d)}) {
            if (m_rows[size_t(m)] < 0 && m != kFused)
                continue;
            FusionModel &model = *m_models[size_t(m)];
            // A network's own row does not depend on the I3D/R(2+1)D mix: moving that slider
            // leaves it alone (refilling a row of 10 hours costs about 50 ms).
            if (!inputsChanged && model.parameters() == paramsFor(m))
                continue;
            model.recompute(paramsFor(m));
            fillRow(m, 0, model.frameCount());
        }
    }
    m_reviewOrderValid = false;
    Q_EMIT fusionChanged();
}

bool PredictionController::setParameters(const FusionParameters &params, QString *error)
{
    if (!params.isValid(error))
        return false;
    if (params == m_params)
        return true;
    m_params = params;
    recomputeAll(false);
    if (m_document && !m_document->isReadOnly())
        m_saveTimer.start();
    return true;
}

void PredictionController::saveParameters()
{
    if (!m_document || m_document->isReadOnly())
        return;
    // Settings are conveniences: a failed write is not worth interrupting the researcher for.
    for (const auto &[key, value] : ProjectFusion::settings(m_params))
        m_document->setSetting(key, value);
}

void PredictionController::fillRow(int model, qint64 first, qint64 end)
{
    const int row = m_rows[size_t(model)];
    if (row < 0 || row >= m_timeline->trackCount())
        return;
    const FusionOutput &out = m_models[size_t(model)]->output();
    first = std::clamp<qint64>(first, 0, out.frameCount);
    end = std::clamp<qint64>(end, first, out.frameCount);
    QVector<int> labels(end - first);
    QVector<float> confidences(end - first);
    QVector<int> marks;
    if (model == kFused)
        marks.resize(end - first);
    for (qint64 f = first; f < end; ++f) {
        const std::int32_t c = out.labels[size_t(f)];
        const qsizetype i = f - first;
        labels[i] = c >= 0 && c < m_classToBehavior.size() ? m_classToBehavior.at(c) : kUnlabeled;
        confidences[i] = out.confidence[size_t(f)];
        if (model == kFused)
            marks[i] = out.disagrees(f) ? 1 : 0;
    }
    m_timeline->trackSummary(row).setFrames(int(first), labels, confidences);
    if (model == kFused)
        m_timeline->setTrackMarks(row, int(first), marks);
    m_timeline->update();
}

void PredictionController::onRowsChanged(qint64 track, qint64 first, qint64 count)
{
    if (track == 0 || std::find(m_inputs.begin(), m_inputs.end(), track) == m_inputs.end())
        return;
    for (int m = 0; m < kModels; ++m) {
        if (m_rows[size_t(m)] < 0 && m != kFused)
            continue;
        const FrameRange changed = m_models[size_t(m)]->updateRange(first, count);
        fillRow(m, changed.first, changed.first + changed.count);
    }
    m_reviewOrderValid = false;
    Q_EMIT fusionChanged();
}

LabelTrack PredictionController::fusedLabels() const
{
    return output().toLabelTrack(m_classToBehavior);
}

QString PredictionController::className(int classIndex) const
{
    return output().classNames.value(classIndex);
}

double PredictionController::predictedFraction() const
{
    const FusionOutput &out = output();
    if (out.frameCount <= 0)
        return 0.0;
    qint64 predicted = 0;
    for (std::uint8_t flags : out.flags)
        predicted += (flags & FusionOutput::Predicted) ? 1 : 0;
    return double(predicted) / double(out.frameCount);
}

const QVector<ReviewBout> &PredictionController::reviewOrder() const
{
    if (!m_reviewOrderValid) {
        m_reviewOrder = ReviewOrder::rank(output());
        m_reviewOrderValid = true;
    }
    return m_reviewOrder;
}

} // namespace ethoscribe
