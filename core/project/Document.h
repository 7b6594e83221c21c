// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"
#include "labels/PredictionTrack.h"
#include "project/ProjectDatabase.h"
#include "project/ProjectRecords.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <map>
#include <memory>

namespace ethoscribe {

class DocumentCommand;

// One open project: owns the ProjectDatabase, the in-memory behavior set and label tracks, and
// the undo stack. Views read from it and change it only by pushing commands (project/commands/),
// each of which is applied to memory and committed to the database in one transaction before
// push() returns; undo and redo are committed the same way. There is no Save.
//
// Signals say precisely what changed so that views repaint only that: labelsChanged() carries the
// track and the frame range (first and last frame, both included, 0-based);
// predictionRowsChanged() the track and the range of new probabilities (first frame and count).
//
// The labels of a prediction track are the argmax of its probabilities, stored as bouts like any
// other track and rewritten for the changed range whenever rows arrive, so every reader of labels
// sees them without knowing about probabilities.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // Create or open a project and load it into memory. On failure errorString() says why.
    bool create(const QString &path);
    bool open(const QString &path,
              ProjectDatabase::OpenMode mode = ProjectDatabase::OpenMode::ReadWrite);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    QString readOnlyReason() const { return m_db.readOnlyReason(); }
    QString path() const { return m_db.path(); }
    QString errorString() const { return m_error; }

    QUndoStack *undoStack() { return &m_undoStack; }

    // --- project settings and records outside the label history ---
    // A project setting (fusion weights, chosen models, flow method...); not undoable, saved at
    // once. setSetting: false when it cannot be saved (errorString() says why).
    QString setting(const QString &key, const QString &defaultValue = QString());
    bool setSetting(const QString &key, const QString &value);
    QString absoluteVideoPath(const VideoRecord &video) const;
    QVector<CvRunRecord> cvRuns();
    // The database, for core functions that write records outside the label history (training
    // runs and their models: RunFolder::record). They must not change labels, behaviors, tracks or
    // videos: those change only through commands (undoable, and the document's memory in step).
    ProjectDatabase &recordsDatabase() { return m_db; }

    // --- reading ---
    const BehaviorSet &behaviors() const { return m_behaviors; }
    const QVector<VideoRecord> &videos() const { return m_videos; }
    const VideoRecord *video(VideoId id) const;
    // The name to show for a video: its file name, with the parent folders that tell it apart
    // from other videos of the project of the same file name (videoDisplayNames); empty when
    // the id is unknown.
    QString videoDisplayName(VideoId id) const;
    // A video by the path given when it was added, its path relative to the project, its
    // absolute path or its file name (nullptr when none or ambiguous).
    const VideoRecord *findVideo(const QString &pathOrName) const;
    QVector<TrackRecord> tracks(VideoId videoId) const;
    const TrackRecord *track(TrackId id) const;
    // The manual track of a video with that annotator name, nullptr when none.
    const TrackRecord *manualTrack(VideoId videoId, const QString &annotator) const;
    // The prediction track of a video for model ("i3d", "r2plus1d") and stream ("rgb", "flow"),
    // the newest when there are several; nullptr when none. An analysis resumes into it.
    const TrackRecord *predictionTrack(VideoId videoId,
                                       const QString &model,
                                       const QString &stream) const;
    // Labels of a track (for prediction tracks: their argmax), nullptr for an unknown id.
    const LabelTrack *labels(TrackId id) const;
    // Per-frame probabilities of a prediction or fused track (loaded on first use, then kept up to
    // date by setPredictionRows()); nullptr when the track has none or they cannot be read
    // (errorString()). Always the values as stored (16-bit fixed point, PredictionChunk), also for
    // rows just written, so the window fuses exactly what a reader of the project file gets.
    const PredictionTrack *predictions(TrackId id);

    // --- project structure (not undoable: adding is harmless and removing asks first in the UI)
    // ---
    std::optional<VideoId> addVideo(const VideoRecord &video);
    // A new, empty manual track.
    std::optional<TrackId> addManualTrack(VideoId videoId, const QString &annotator);
    // A prediction (or fused) track: probabilities (with their predicted flags) plus their argmax
    // as bouts. source says what the probabilities were computed from (TrackRecord::source). For
    // an analysis that delivers rows as it goes, pass PredictionTrack(frames, classNames) (no
    // frame predicted) and then call setPredictionRows() for each finished range.
    std::optional<TrackId> addPredictionTrack(VideoId videoId,
                                              TrackKind kind,
                                              const QString &model,
                                              const QString &stream,
                                              const PredictionTrack &predictions,
                                              const QString &source = QString());
    // Finds missing videos in folder by content (ProjectDatabase::relocateVideos) and updates the
    // in-memory list; emits videosChanged when any was found.
    std::optional<QVector<ProjectDatabase::Relocation>> relocateVideos(
            const QString &folder,
            const std::function<void(int, int)> &progress = {},
            const std::atomic_bool *cancel = nullptr);
    // Records the new paths of moved videos found by ProjectDatabase::findMovedVideos() (which a
    // background task runs on missingVideos()); emits videosChanged. False + errorString().
    bool applyRelocations(const QVector<ProjectDatabase::Relocation> &found);
    // Videos whose file is not at its recorded place.
    QVector<VideoRecord> missingVideos() { return m_db.missingVideos(); }
    // Removes a track and its labels. Clears the undo history (its steps may refer to the track).
    bool removeTrack(TrackId id);

    // --- results of an analysis (not undoable: they are computed, not edited) ---
    // Stores count rows of probabilities (count x classCount floats, row-major, in the track's
    // class order) for frames [first, first + count) of a prediction or fused track, marks them
    // predicted, and rewrites the track's argmax labels over that range - all in one transaction,
    // memory changed only when it committed. Then emits predictionRowsChanged and labelsChanged
    // for exactly that range. Rows may arrive in any order and again (a rerun overwrites). Each
    // call is one committed transaction (one disk sync), so deliver rows in batches of a few
    // hundred frames rather than one by one. False + errorString() when refused or not saved:
    // then nothing changed.
    bool setPredictionRows(TrackId track, qint64 first, qint64 count, const float *rows);
    // Marks frames [first, first + count) as not predicted (e.g. results of an outdated model)
    // and unlabels them in the argmax labels, the same way.
    bool clearPredictionRows(TrackId track, qint64 first, qint64 count);

    // --- edits (each one undo step; false + errorString() when refused or not saved: then nothing
    // changed) ---
    // Takes ownership of command. A command that changes nothing is dropped: no undo step, and the
    // redo history stays.
    bool push(DocumentCommand *command);
    // Edits pushed between these two calls undo as one step named text (a paint stroke). The step
    // opens with the first edit that changes something, so a group that changes nothing leaves
    // no step and keeps the redo history. Groups do not nest.
    void beginEditGroup(const QString &text);
    void endEditGroup();
    bool assign(TrackId track, qint64 start, qint64 end, BehaviorId behavior);
    bool erase(TrackId track, qint64 start, qint64 end);
    bool acceptPredictions(TrackId manualTrack, TrackId predictionTrack, qint64 start, qint64 end);
    // The same from labels computed by the caller (the fused prediction of the window).
    bool acceptLabels(TrackId manualTrack, const LabelTrack &source, qint64 start, qint64 end);
    bool splitBout(TrackId track, qint64 frame, BehaviorId secondPart);
    bool mergeBouts(TrackId track, qint64 firstFrame, qint64 lastFrame);
    bool moveBoundary(TrackId track, qint64 boundary, qint64 newBoundary);
    std::optional<BehaviorId> addBehavior(const QString &name,
                                          const QColor &color = QColor(),
                                          int key = 0);
    bool renameBehavior(BehaviorId id, const QString &name);
    bool recolorBehavior(BehaviorId id, const QColor &color);
    bool moveBehavior(int from, int to);
    // Removes a behavior; its frames in every track get relabelTo (kUnlabeled erases them).
    bool removeBehavior(BehaviorId id, BehaviorId relabelTo = kUnlabeled);
    // Replaces all labels of the manual track `annotator` of the video (created if missing) with
    // `labels`, adding `newBehaviors` to the set first. One undo step, all or nothing.
    bool importLabels(VideoId videoId,
                      const QString &annotator,
                      const LabelTrack &labels,
                      const QVector<Behavior> &newBehaviors = {});
    // Undo/redo the last step, committed like an edit (a paint stroke's step in one transaction).
    // False when nothing to do or not saved; then nothing changed.
    bool undo();
    bool redo();

    // What commands (project/commands/) change a document through. Only DocumentCommand can make
    // one (DocumentCommand::edit()), so labels, behaviors and tracks change outside the document
    // only by undoable commands.
    class Editing
    {
    public:
        // After an in-place edit of track id confined to frames [start, end): writes the new
        // labels of that range to the database. On failure restores `before` (runs(start, end)
        // taken before the edit) and returns false. Emits labelsChanged on success. Joins an open
        // transaction.
        bool commitLabels(TrackId id,
                          qint64 start,
                          qint64 end,
                          const QVector<Bout> &before,
                          QString *error) const
        {
            return m_d->commitLabels(id, start, end, before, error);
        }
        // Writes the whole label set of a track (after a relabel of many places). Joins a
        // transaction.
        bool writeAllLabels(TrackId id, QString *error) const
        {
            return m_d->writeAllLabels(id, error);
        }
        LabelTrack *mutableLabels(TrackId id) const { return m_d->mutableLabels(id); }
        BehaviorSet &mutableBehaviors() const { return m_d->m_behaviors; }
        // Saves the behavior set (names, colours, keys, order, next id). Joins an open
        // transaction.
        bool writeBehaviors(QString *error) const { return m_d->writeBehaviors(error); }
        // Registers / forgets an in-memory track (commands that create or remove tracks).
        void insertTrack(const TrackRecord &record, const LabelTrack &labels) const
        {
            m_d->insertTrack(record, labels);
        }
        void forgetTrack(TrackId id) const { m_d->forgetTrack(id); }
        void notifyLabelsChanged(TrackId id, qint64 start, qint64 end) const
        {
            m_d->notifyLabelsChanged(id, start, end);
        }
        void notifyBehaviorsChanged() const { Q_EMIT m_d->behaviorsChanged(); }
        void notifyTracksChanged(VideoId videoId) const { Q_EMIT m_d->tracksChanged(videoId); }
        // A command whose undo() or redo() could not be saved reports it here; the document then
        // puts the stack back where it was.
        void reportCommandFailure(DocumentCommand *command,
                                  bool wasUndo,
                                  const QString &error) const
        {
            m_d->reportCommandFailure(command, wasUndo, error);
        }
        // For the transaction of a command that writes several tables.
        ProjectDatabase &database() const { return m_d->m_db; }

    private:
        friend class DocumentCommand;
        explicit Editing(Document *document)
            : m_d(document)
        {}
        Document *m_d;
    };

Q_SIGNALS:
    void labelsChanged(qint64 videoId, qint64 trackId, qint64 firstFrame, qint64 lastFrame);
    // Probabilities of frames [first, first + count) of a prediction track changed (new rows of a
    // running analysis, or cleared). Its argmax labels changed with them (labelsChanged follows).
    void predictionRowsChanged(qint64 trackId, qint64 first, qint64 count);
    void behaviorsChanged();
    void tracksChanged(qint64 videoId);
    void videosChanged();
    // An edit, undo or redo could not be applied; nothing changed. message is for the user.
    void editFailed(const QString &message);

private:
    bool commitLabels(
            TrackId id, qint64 start, qint64 end, const QVector<Bout> &before, QString *error);
    bool writeAllLabels(TrackId id, QString *error);
    LabelTrack *mutableLabels(TrackId id);
    bool writeBehaviors(QString *error);
    void insertTrack(const TrackRecord &record, const LabelTrack &labels);
    void forgetTrack(TrackId id);
    void notifyLabelsChanged(TrackId id, qint64 start, qint64 end);
    void reportCommandFailure(DocumentCommand *command, bool wasUndo, const QString &error);

    bool load();
    // undo() / redo() in one transaction.
    bool applyStep(bool undo);
    bool changePredictionRows(TrackId track, qint64 first, qint64 count, const float *rows);
    bool writeLabelRange(TrackId id, qint64 start, qint64 end);
    bool setError(const QString &message);
    void onUndoIndexChanged();

    ProjectDatabase m_db;
    QUndoStack m_undoStack;
    BehaviorSet m_behaviors;
    QVector<VideoRecord> m_videos;
    std::map<TrackId, TrackRecord> m_trackRecords;
    std::map<TrackId, LabelTrack> m_labels;
    std::map<TrackId, std::unique_ptr<PredictionTrack>> m_predictions;
    QString m_groupText;      // an edit group is pending (beginEditGroup)
    bool m_groupOpen = false; // ... and its undo macro is open
    QString m_error;
    DocumentCommand *m_failedCommand = nullptr;
    bool m_failedWasUndo = false;
    bool m_compensating = false;
    ProjectDatabase::Transaction *m_stepTransaction = nullptr; // of the undo/redo being applied
};

} // namespace ethoscribe
