// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisService.h"
#include "project/ProjectRecords.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <optional>

namespace ethoscribe {

class Document;
class PredictionTrack;

// Analysis of a project's videos: prepares each job from the Document (one prediction track per
// model, reused when it was computed by the same model file, so only the frames still missing are
// asked for), starts it on an AnalysisService and stores the rows in the Document as they arrive
// (each block one committed transaction: a killed analysis keeps what it finished). The window and
// the command line's `analyze` both use it; it lives on the Document's thread.
//
// Results are keyed by the model file's SHA-256 (TrackRecord::source) and the video: a model whose
// file changed gets a new track, the other streams keep theirs.
class ProjectAnalysis : public QObject
{
    Q_OBJECT

public:
    ProjectAnalysis(Document *document, AnalysisService *service, QObject *parent = nullptr);
    ~ProjectAnalysis() override; // cancels its jobs (rows already stored stay)

    // Frames of a track that are not predicted yet, as ranges.
    static QList<FrameRange> unpredicted(const PredictionTrack &track);

    // Checks that described models (AnalysisService::describe) can be fused and stored: at most
    // one per network and stream, one class list shared by all, and every class a behavior of the
    // project. False with a plain-language *error otherwise.
    bool checkModels(const QList<AnalysisModel> &models, QString *error) const;

    struct Started
    {
        quint64 job = 0;          // 0 when nothing had to be computed (or on error)
        qint64 missingFrames = 0; // model frames to compute (sum over the models)
        QVector<TrackId> tracks;  // per model (request order), the track its rows go to
    };
    // Queues the analysis of one video with described models (checkModels() must accept them).
    // Tracks are created for models without a usable one. Returns the job (0 when every frame is
    // already predicted: nothing is started and no signal follows), or nullopt with *error when
    // the video or the project cannot take it (nothing started).
    std::optional<Started> analyse(VideoId video,
                                   const QList<AnalysisModel> &models,
                                   const AnalysisOptions &options,
                                   QString *error);

    // Another project whose flow cache is read for a video when it holds the video's whole flow,
    // made with the method and parameters asked for (a cluster task reads the main project's
    // this way). It is never written: flow still missing is computed into this project's cache.
    // Empty (the default): this project's cache only.
    void setSharedFlowCache(const QString &projectPath) { m_sharedFlowProject = projectPath; }

    void cancel(quint64 job);
    void cancelAll();
    // Jobs queued or running, oldest first.
    QList<quint64> jobs() const { return m_order; }
    VideoId videoOf(quint64 job) const;

Q_SIGNALS:
    void progress(quint64 job,
                  ethoscribe::VideoId video,
                  qint64 done,
                  qint64 total,
                  const QString &stage);
    void finished(quint64 job, ethoscribe::VideoId video, double seconds);
    // Also when cancelled (message says so) or when rows could not be stored (then the job was
    // cancelled).
    void failed(quint64 job, ethoscribe::VideoId video, const QString &message);
    // jobs() changed (a job started or ended).
    void jobsChanged();

private:
    struct Job
    {
        VideoId video = 0;
        QVector<TrackId> tracks;
        QString storeError;
    };
    void onRows(quint64 job, int model, qint64 first, qint64 count, const QVector<float> &rows);
    void onProgress(quint64 job, qint64 done, qint64 total, const QString &stage);
    void onFinished(quint64 job, double seconds);
    void onFailed(quint64 job, const QString &message);
    void forget(quint64 job);

    QPointer<Document> m_document;
    QPointer<AnalysisService> m_service;
    QHash<quint64, Job> m_jobs;
    QList<quint64> m_order;
    QString m_sharedFlowProject;
};

} // namespace ethoscribe
