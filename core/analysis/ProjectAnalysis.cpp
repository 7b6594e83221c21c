// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ProjectAnalysis.h"

#include "flow/FlowCache.h"
#include "flow/FlowComputation.h"
#include "labels/PredictionTrack.h"
#include "project/Document.h"

#include <QDir>
#include <QFileInfo>

namespace ethoscribe {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ProjectAnalysis::ProjectAnalysis(Document *document, AnalysisService *service, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_service(service)
{
    connect(service, &AnalysisService::rowsReady, this, &ProjectAnalysis::onRows);
    connect(service, &AnalysisService::progress, this, &ProjectAnalysis::onProgress);
    connect(service, &AnalysisService::finished, this, &ProjectAnalysis::onFinished);
    connect(service, &AnalysisService::failed, this, &ProjectAnalysis::onFailed);
}

ProjectAnalysis::~ProjectAnalysis()
{
    cancelAll();
}

QList<FrameRange> ProjectAnalysis::unpredicted(const PredictionTrack &track)
{
    QList<FrameRange> ranges;
    for (qint64 f = 0; f < track.frameCount();) {
        if (track.isPredicted(f)) {
            ++f;
            continue;
        }
        qint64 e = f;
        while (e < track.frameCount() && !track.isPredicted(e))
            ++e;
        ranges.append(FrameRange{f, e - f});
        f = e;
    }
    return ranges;
}

bool ProjectAnalysis::checkModels(const QList<AnalysisModel> &models, QString *error) const
{
    if (models.isEmpty()) {
        *error = tr("Choose at least one model to analyse with.");
        return false;
    }
    for (int i = 0; i < models.size(); ++i) {
        const AnalysisModel &m = models[i];
        for (int j = 0; j < i; ++j) {
            const AnalysisModel &other = models[j];
            if (other.architecture == m.architecture && other.stream == m.stream) {
                *error = tr("%1 and %2 are both %3 %4 models; choose one model per network "
                            "and stream.")
                                 .arg(native(other.path), native(m.path), m.architecture, m.stream);
                return false;
            }
            if (other.classes != m.classes) {
                *error = tr("%1 predicts the behaviors %2, but %3 predicts %4: models that are "
                            "fused must share their behaviors, in the same order.")
                                 .arg(native(other.path),
                                      other.classes.join(QStringLiteral(", ")),
                                      native(m.path),
                                      m.classes.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    if (m_document) {
        for (const QString &name : models.front().classes) {
            if (!m_document->behaviors().byName(name)) {
                *error = tr("The models predict the behavior \"%1\", which this project does not "
                            "have. Add the behavior to the project first, or use models trained "
                            "on its behaviors.")
                                 .arg(name);
                return false;
            }
        }
    }
    return true;
}

std::optional<ProjectAnalysis::Started> ProjectAnalysis::analyse(VideoId videoId,
                                                                 const QList<AnalysisModel> &models,
                                                                 const AnalysisOptions &options,
                                                                 QString *error)
{
    if (!m_document || !m_service) {
        *error = tr("No project is open.");
        return std::nullopt;
    }
    Document &doc = *m_document;
    if (!checkModels(models, error))
        return std::nullopt;
    if (doc.isReadOnly()) {
        *error = tr("This project is open read-only, so predictions cannot be stored in it: %1")
                         .arg(doc.readOnlyReason());
        return std::nullopt;
    }
    const VideoRecord *video = doc.video(videoId);
    if (!video) {
        *error = tr("This video is no longer in the project.");
        return std::nullopt;
    }
    const QString videoPath = doc.absoluteVideoPath(*video);
    if (!QFileInfo::exists(videoPath)) {
        *error = tr("The video file %1 was not found. Put it back where it was, or relocate the "
                    "project's videos, then analyse it again.")
                         .arg(native(videoPath));
        return std::nullopt;
    }
    const qint64 frames = video->frameCount;
    const QStringList classes = models.front().classes;

    AnalysisRequest request;
    request.videoPath = videoPath;
    request.contentHash = video->contentHash;
    request.options = options;
    request.options.flowCachePath
            = FlowCache::pathFor(doc.path(), video->contentHash, options.flowMethod);
    if (!m_sharedFlowProject.isEmpty()) {
        const QString shared
                = FlowCache::pathFor(m_sharedFlowProject, video->contentHash, options.flowMethod);
        if (FlowComputation::isComplete(shared, video->contentHash, options.flowMethod))
            request.options.flowCachePath = shared;
    }
    Started started;
    for (const AnalysisModel &m : models) {
        const TrackRecord *existing = doc.predictionTrack(videoId, m.architecture, m.stream);
        const PredictionTrack *stored = existing ? doc.predictions(existing->id) : nullptr;
        if (existing && stored && existing->source == m.hash && stored->frameCount() == frames
            && stored->classNames() == classes) {
            const QList<FrameRange> missing = unpredicted(*stored);
            for (const FrameRange &r : missing)
                started.missingFrames += r.count;
            started.tracks.append(existing->id);
            request.models.append(m);
            // Nothing missing: an empty list would mean "all", so ask for no frame at all.
            request.missing.append(missing.isEmpty() ? QList<FrameRange>{FrameRange{frames, 0}}
                                                     : missing);
            continue;
        }
        const std::optional<TrackId> id = doc.addPredictionTrack(videoId,
                                                                 TrackKind::Prediction,
                                                                 m.architecture,
                                                                 m.stream,
                                                                 PredictionTrack(frames, classes),
                                                                 m.hash);
        if (!id) {
            *error = doc.errorString();
            return std::nullopt;
        }
        started.tracks.append(*id);
        started.missingFrames += frames;
        request.models.append(m);
        request.missing.append(QList<FrameRange>{});
    }
    if (started.missingFrames == 0)
        return started;
    started.job = m_service->start(request);
    m_jobs.insert(started.job, Job{videoId, started.tracks, QString()});
    m_order.append(started.job);
    Q_EMIT jobsChanged();
    return started;
}

void ProjectAnalysis::cancel(quint64 job)
{
    if (m_service && m_jobs.contains(job))
        m_service->cancel(job);
}

void ProjectAnalysis::cancelAll()
{
    if (!m_service)
        return;
    for (quint64 job : std::as_const(m_order))
        m_service->cancel(job);
}

VideoId ProjectAnalysis::videoOf(quint64 job) const
{
    return m_jobs.value(job).video;
}

void ProjectAnalysis::onRows(
        quint64 job, int model, qint64 first, qint64 count, const QVector<float> &rows)
{
    auto it = m_jobs.find(job);
    if (it == m_jobs.end() || !it->storeError.isEmpty() || !m_document)
        return;
    if (model < 0 || model >= it->tracks.size()
        || !m_document->setPredictionRows(it->tracks[model], first, count, rows.data())) {
        it->storeError = m_document->errorString();
        if (m_service)
            m_service->cancel(job);
    }
}

void ProjectAnalysis::onProgress(quint64 job, qint64 done, qint64 total, const QString &stage)
{
    if (m_jobs.contains(job))
        Q_EMIT progress(job, m_jobs.value(job).video, done, total, stage);
}

void ProjectAnalysis::onFinished(quint64 job, double seconds)
{
    if (!m_jobs.contains(job))
        return;
    const Job j = m_jobs.value(job);
    forget(job);
    if (!j.storeError.isEmpty())
        Q_EMIT failed(
                job,
                j.video,
                tr("The predictions could not be saved in the project: %1").arg(j.storeError));
    else
        Q_EMIT finished(job, j.video, seconds);
}

void ProjectAnalysis::onFailed(quint64 job, const QString &message)
{
    if (!m_jobs.contains(job))
        return;
    const Job j = m_jobs.value(job);
    forget(job);
    Q_EMIT failed(job,
                  j.video,
                  j.storeError.isEmpty()
                          ? message
                          : tr("The predictions could not be saved in the project: %1")
                                    .arg(j.storeError));
}

void ProjectAnalysis::forget(quint64 job)
{
    m_jobs.remove(job);
    m_order.removeAll(job);
    Q_EMIT jobsChanged();
}

} // namespace ethoscribe
