// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"
#include "labels/PredictionTrack.h"
#include "project/ProjectRecords.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;

namespace ethoscribe {

class PredictionStore;

// The project file (NAME.ethoproj): one SQLite database holding videos, the behavior set, label
// tracks as bouts, prediction probabilities (in blocks of frames), the model registry,
// cross-validation runs and settings. Every write is committed when the call returns (there is no
// Save); several writes can be grouped into one all-or-nothing transaction with
// ProjectDatabase::Transaction.
//
// One writer at a time: a QLockFile next to the project (NAME.ethoproj.lock) is held while the
// project is open for writing. A second instance (another window, another process) opens the
// project read-only and says why in readOnlyReason(). A lock left behind by a crashed process is
// detected (its process is gone) and taken over.
//
// A file written by a newer Ethoscribe (higher schema version) is refused and never altered;
// older files are migrated on open (ProjectSchema).
//
// Every failure returns false / nullopt and leaves a plain-language message in errorString().
// Not thread-safe: use an instance from the thread that opened it.
class ProjectDatabase
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    ProjectDatabase();
    ~ProjectDatabase();
    ProjectDatabase(const ProjectDatabase &) = delete;
    ProjectDatabase &operator=(const ProjectDatabase &) = delete;

    // Creates a new, empty project (refuses to overwrite an existing file).
    bool create(const QString &path);
    // Opens an existing project. ReadWrite falls back to read-only when another instance holds the
    // lock (isReadOnly() and readOnlyReason() say so); it fails only when the file cannot be used.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_path; }
    QString projectDir() const;
    int schemaVersion() const;
    QString errorString() const { return m_error; }

    // Groups writes into one transaction: commit() makes them durable together; destroying an
    // uncommitted Transaction rolls all of them back. Transactions nest (only the outermost one
    // talks to SQLite; a failure inside makes the outermost commit fail).
    class Transaction
    {
    public:
        explicit Transaction(ProjectDatabase &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        bool commit();
        void rollback();

    private:
        ProjectDatabase &m_db;
        bool m_active = false;
    };

    // One consistent snapshot for a series of reads: while it lives, reads see the project as it
    // was at the first read, whatever other connections (another process) commit meanwhile. Works
    // on read-only projects; it takes no write lock. Not for use inside a Transaction.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(ProjectDatabase &db);
        ~ReadTransaction();
        ReadTransaction(const ReadTransaction &) = delete;
        ReadTransaction &operator=(const ReadTransaction &) = delete;
        bool isActive() const { return m_active; }

    private:
        ProjectDatabase &m_db;
        bool m_active = false;
    };

    // --- videos ---
    // Adds a row; `video.path` may be absolute (it is stored relative to the project folder).
    std::optional<VideoId> addVideo(const VideoRecord &video);
    bool updateVideo(const VideoRecord &video);
    bool removeVideo(VideoId id); // with its tracks, bouts and probabilities
    QVector<VideoRecord> videos();
    std::optional<VideoRecord> video(VideoId id);
    QString absoluteVideoPath(const VideoRecord &video) const;
    QString relativeVideoPath(const QString &absolutePath) const;

    // What relocateVideos() found: a video whose file was missing and was found at newPath.
    struct Relocation
    {
        VideoId videoId = 0;
        QString oldPath;
        QString newPath; // absolute
    };
    // Looks in `folder` (recursively) for the files of videos that are missing at their recorded
    // place, by size and content hash (ContentHash), and records their new paths. progress (may be
    // empty) gets (files examined, files to examine); cancel (may be null) stops early, keeping
    // what was found. Returns nullopt on failure (errorString()).
    // The search part of relocateVideos(), without the database: which of `missing` are in
    // folder (recursively), by size and content hash. Thread-safe (a background task runs it);
    // error (may be null) says why it could not search. Record the result with
    // recordRelocations().
    static QVector<Relocation> findMovedVideos(const QVector<VideoRecord> &missing,
                                               const QString &folder,
                                               const std::function<void(int, int)> &progress = {},
                                               const std::atomic_bool *cancel = nullptr,
                                               QString *error = nullptr);
    // Records new paths found by findMovedVideos(), all in one transaction. False + errorString().
    bool recordRelocations(const QVector<Relocation> &found);
    std::optional<QVector<Relocation>> relocateVideos(const QString &folder,
                                                      const std::function<void(int, int)> &progress
                                                      = {},
                                                      const std::atomic_bool *cancel = nullptr);
    // Videos whose file does not exist where the project says.
    QVector<VideoRecord> missingVideos();

    // --- behaviors (position = display order) ---
    QVector<Behavior> behaviors();
    // Replaces the whole behavior set (ids, names, colours, keys, order).
    bool setBehaviors(const QVector<Behavior> &behaviors);
    qint64 nextBehaviorId();

    // --- tracks and bouts ---
    // track.id 0: a new id; otherwise that id (which must be free).
    std::optional<TrackId> addTrack(const TrackRecord &track);
    bool updateTrack(const TrackRecord &track);
    bool removeTrack(TrackId id);
    QVector<TrackRecord> tracks(VideoId videoId = 0); // 0: all videos
    std::optional<TrackRecord> track(TrackId id);
    QVector<Bout> bouts(TrackId track);
    // Bouts that overlap [start, end) (not clipped).
    QVector<Bout> bouts(TrackId track, qint64 start, qint64 end);
    // Deletes every bout that overlaps [start, end) and inserts `replacement` (bouts with
    // kUnlabeled are skipped). The caller makes sure the result does not overlap.
    bool replaceBouts(TrackId track, qint64 start, qint64 end, const QVector<Bout> &replacement);
    bool setAllBouts(TrackId track, const QVector<Bout> &bouts);

    // --- per-frame probabilities of prediction tracks ---
    // Stored in blocks of PredictionLayout::chunkFrames frames with explicit predicted flags
    // (PredictionStore), so rows are committed as they arrive - an analysis that is stopped keeps
    // what it finished - and reading a window loads only the blocks it overlaps. Frames 0-based.
    //
    // The track's layout; a null layout when it has no stored probabilities; nullopt on failure.
    std::optional<PredictionLayout> predictionLayout(TrackId track);
    // Gives a track frameCount rows of classNames (none predicted yet). A track that had another
    // frame count or other classes loses its stored rows; the same layout again changes nothing.
    bool setPredictionLayout(TrackId track, qint64 frameCount, const QStringList &classNames);
    // Writes count rows (count x classCount floats, row-major, probabilities in [0, 1]) from frame
    // `first` on and marks them predicted, in one transaction that rewrites only the blocks the
    // range overlaps. classCount must be that of the layout; the range must lie inside it.
    bool writePredictionRows(
            TrackId track, qint64 first, qint64 count, int classCount, const float *rows);
    // Marks frames [first, first + count) as not predicted.
    bool clearPredictionRows(TrackId track, qint64 first, qint64 count);
    // Replaces everything stored for the track with predictions (layout, rows and flags).
    bool writePredictions(TrackId track, const PredictionTrack &predictions);
    // Reads frames [first, first + count) into rows (count x classCount floats; zeros where not
    // predicted) and predicted (count bytes, 1 = predicted; may be null). Loads only the blocks
    // that overlap the range; *chunksRead (may be null) says how many were stored there.
    bool readPredictionRows(TrackId track,
                            qint64 first,
                            qint64 count,
                            float *rows,
                            std::uint8_t *predicted,
                            int *chunksRead = nullptr);
    // The whole track; a null track when it has no stored probabilities; nullopt on failure.
    std::optional<PredictionTrack> predictions(TrackId track);

    // --- models ---
    std::optional<qint64> addModel(const ModelRecord &model);
    bool removeModel(qint64 id);
    QVector<ModelRecord> models();

    // --- cross-validation ---
    std::optional<qint64> addCvRun(const CvRunRecord &run);
    bool setCvResult(qint64 runId, int fold, const QJsonObject &result);
    QVector<CvRunRecord> cvRuns();
    // fold -> result, in fold order.
    QVector<QPair<int, QJsonObject>> cvResults(qint64 runId);

    // --- settings ---
    bool setSetting(const QString &key, const QString &value);
    QString setting(const QString &key, const QString &defaultValue = QString());

    // How long a write waits for another connection's write lock before failing (default 5 s).
    void setBusyTimeout(int milliseconds);

    // `PRAGMA integrity_check`: "ok" when the file is sound.
    QString integrityCheck();

private:
    friend class Transaction;
    bool openFile(const QString &path, bool creating, OpenMode mode);
    bool fail(const QString &message);
    bool sqlFail(const QSqlQuery &query, const QString &what);
    bool checkWritable();
    bool exec(QSqlQuery &query, const QString &what);
    bool prepare(QSqlQuery &query, const QString &sql);
    bool deleteRow(const QString &table, qint64 id, const QString &what);
    bool storeFail(const PredictionStore &store, const QString &what);
    void bindVideoColumns(QSqlQuery &q, const VideoRecord &video) const;
    bool begin();
    bool commitTop();
    void rollbackTop();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_error;
    int m_txDepth = 0;
    bool m_txFailed = false;
};

} // namespace ethoscribe
