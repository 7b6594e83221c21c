// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"
#include "project/Document.h"
#include "project/ProjectRecords.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

class QKeyEvent;

namespace ethoscribe {

class TimelineWidget;
class VideoPlayer;

// Connects the open Document with the player and the timeline for one video at a time: fills the
// timeline's tracks from the document and keeps them in step with labelsChanged(), and turns the
// user's keys into document commands (so every edit is undoable and saved at once):
//
// - a behavior key (1-8) labels the selected range if there is one, else the current frame; held
//   during playback it paints every frame passed (one undo step per stroke). The frames painted
//   show at once; they are saved every 200 ms while the key is held and when it is released
//   (a crash loses at most the last 200 ms of a stroke that was still going on), so painting at
//   4x does not wait on a disk sync per frame;
// - Delete erases the selection or the current frame;
// - dragging a bout edge of the edited track on the timeline moves it (one undo step per drag);
// - Page Up / Page Down jump to the previous / next label change of the edited track.
//
// Edits go to the manual track of the current annotator, which is created on the first edit when
// the video has none yet.
class LabelingController : public QObject
{
    Q_OBJECT

public:
    LabelingController(VideoPlayer *player, TimelineWidget *timeline, QObject *parent = nullptr);
    ~LabelingController() override;

    // The document whose labels are shown and edited (may be null). Resets the current video.
    void setDocument(Document *document);
    Document *document() const { return m_document; }

    // Whose manual track is edited (default: the login name).
    void setAnnotator(const QString &name);
    QString annotator() const { return m_annotator; }

    // Opens the video in the player and shows its tracks. 0 shows nothing.
    void showVideo(VideoId id);
    VideoId currentVideo() const { return m_video; }
    // The track that edits go to; 0 while the video has none (it is created on the first edit).
    TrackId editedTrack() const { return m_editedTrack; }
    // Timeline row -> track.
    const QVector<TrackId> &timelineTracks() const { return m_rows; }

    // The edited track, created if needed; 0 (and errorOccurred) when that is impossible.
    TrackId ensureEditedTrack();

    // Whether a track is one network's predictions on one stream (I3D or R(2+1)D, RGB or flow):
    // those are not rows of their own but inputs of the fusion (PredictionController).
    static bool isFusionInput(const TrackRecord &track);

    // Key handling for the window; true when the key was used.
    bool handleKeyPress(QKeyEvent *event);
    bool handleKeyRelease(QKeyEvent *event);

public Q_SLOTS:
    // Labels the selection (then clears it) or the current frame with behavior.
    void labelWith(ethoscribe::BehaviorId behavior);
    // Starts / ends painting: while a stroke is open every frame the playhead passes gets the
    // behavior. The whole stroke is one undo step (none when it changed nothing).
    void beginStroke(ethoscribe::BehaviorId behavior);
    void endStroke();
    void eraseSelectionOrFrame();
    void jumpToNextChange();
    void jumpToPreviousChange();

Q_SIGNALS:
    // Something the user should read (an edit was refused or could not be saved).
    void errorOccurred(const QString &message);
    // Short feedback for the status bar.
    void statusMessage(const QString &message);
    void videoShown(ethoscribe::VideoId id);
    // The timeline's rows were rebuilt (they hold the manual and other tracks; rows added after
    // this signal belong to whoever added them).
    void tracksRebuilt();

private:
    void rebuildTracks();
    void onLabelsChanged(qint64 videoId, qint64 trackId, qint64 firstFrame, qint64 lastFrame);
    void onCurrentFrameChanged(qint64 frame);
    void updateCaption();
    bool checkWritable();
    bool assign(qint64 start, qint64 end, BehaviorId behavior);
    // Stroke: shows frames [start, end) painted at once and queues them for saving.
    void paint(qint64 start, qint64 end);
    // Saves the queued frames of the stroke (one command per range, in the stroke's undo step).
    void flushStroke();

    QPointer<Document> m_document;
    VideoPlayer *m_player;
    TimelineWidget *m_timeline;
    QString m_annotator;
    VideoId m_video = 0;
    TrackId m_editedTrack = 0;
    QVector<TrackId> m_rows;
    QVector<QMetaObject::Connection> m_documentConnections;

    // Painting stroke
    bool m_stroking = false;
    int m_strokeKey = 0;
    BehaviorId m_strokeBehavior = kUnlabeled;
    qint64 m_strokeLast = -1;
    QVector<QPair<qint64, qint64>> m_strokePending; // [start, end) painted, not saved yet
    QTimer m_strokeTimer;                           // saves them every 200 ms
    QPair<qint64, qint64> m_strokeSpan;             // every frame painted by the stroke
    qint64 m_dragBoundary = -1;                     // the bout edge being dragged, or -1
    bool m_rebuildPending = false; // tracks changed: the rows are rebuilt after the event
};

} // namespace ethoscribe
