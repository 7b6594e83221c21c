// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeling/LabelingController.h"

#include "fusion/FusionModel.h"
#include "player/FrameView.h"
#include "player/VideoPlayer.h"
#include "project/Document.h"
#include "timeline/TimelineWidget.h"

#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>

#include <algorithm>
#include <utility>

namespace ethoscribe {

namespace {
QString defaultAnnotator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("annotator") : name;
}
} // namespace

LabelingController::LabelingController(VideoPlayer *player,
                                       TimelineWidget *timeline,
                                       QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_timeline(timeline)
    , m_annotator(defaultAnnotator())
{
    m_strokeTimer.setInterval(200);
    connect(&m_strokeTimer, &QTimer::timeout, this, &LabelingController::flushStroke);
    // Dragging a bout edge of the edited track: one "Move bout edge" step per drag (the commands
    // of one drag merge).
    connect(m_timeline, &TimelineWidget::boundaryDragStarted, this, [this](int row, int boundary) {
        m_dragBoundary = -1;
        if (row >= 0 && row < m_rows.size() && m_rows[row] != 0 && m_rows[row] == m_editedTrack
            && checkWritable())
            m_dragBoundary = boundary;
    });
    connect(m_timeline, &TimelineWidget::boundaryDragged, this, [this](int to) {
        const LabelTrack *labels
                = m_document && m_editedTrack ? m_document->labels(m_editedTrack) : nullptr;
        if (m_dragBoundary <= 0 || !labels)
            return;
        const std::optional<Bout> left = labels->runAt(m_dragBoundary - 1);
        const std::optional<Bout> right = labels->runAt(m_dragBoundary);
        if (!left || !right)
            return;
        // Neither neighbouring run may vanish (as MoveBoundaryCommand clamps it).
        const qint64 target = std::clamp<qint64>(to, left->start + 1, right->end - 1);
        if (target == m_dragBoundary)
            return;
        if (m_document->moveBoundary(m_editedTrack, m_dragBoundary, target))
            m_dragBoundary = target;
        else
            m_dragBoundary = -1;
    });
    connect(m_timeline, &TimelineWidget::boundaryDragFinished, this, [this] {
        m_dragBoundary = -1;
    });
    connect(m_timeline, &TimelineWidget::seekRequested, m_player, [this](int frame) {
        m_player->seek(frame);
    });
    connect(m_player,
            &VideoPlayer::currentFrameChanged,
            this,
            &LabelingController::onCurrentFrameChanged);
    connect(m_player, &VideoPlayer::videoOpened, this, [this](const VideoInfo &info) {
        // The decoder's exact count wins over what the project recorded (they normally agree).
        if (info.frameCount != m_timeline->frameCount()) {
            m_timeline->setFrameCount(int(info.frameCount), info.fps());
            rebuildTracks();
        }
        onCurrentFrameChanged(m_player->currentFrame());
    });
}

LabelingController::~LabelingController() = default;

void LabelingController::setDocument(Document *document)
{
    endStroke();
    for (const QMetaObject::Connection &c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_document = document;
    m_video = 0;
    m_editedTrack = 0;
    m_rows.clear();
    m_timeline->clearTracks();
    m_timeline->setFrameCount(0, 30.0);
    m_player->closeVideo();
    if (!document)
        return;
    m_timeline->setBehaviors(document->behaviors());
    m_documentConnections << connect(
            document, &Document::labelsChanged, this, &LabelingController::onLabelsChanged);
    m_documentConnections << connect(
            document, &Document::tracksChanged, this, [this](qint64 videoId) {
                // An analysis adds its tracks one after the other: rebuild the rows (and have the
                // predictions fused again) once for all of them, after the current event.
                if (videoId != m_video || m_rebuildPending)
                    return;
                m_rebuildPending = true;
                QTimer::singleShot(0, this, [this] {
                    if (m_rebuildPending)
                        rebuildTracks();
                });
            });
    m_documentConnections << connect(document, &Document::behaviorsChanged, this, [this] {
        m_timeline->setBehaviors(m_document->behaviors());
        rebuildTracks();
    });
    m_documentConnections << connect(
            document, &Document::editFailed, this, [this](const QString &message) {
                endStroke();
                Q_EMIT errorOccurred(
                        tr("The change could not be saved, so nothing was changed.\n\n%1")
                                .arg(message));
            });
}

void LabelingController::setAnnotator(const QString &name)
{
    if (name.trimmed().isEmpty() || name == m_annotator)
        return;
    m_annotator = name.trimmed();
    rebuildTracks();
}

void LabelingController::showVideo(VideoId id)
{
    endStroke();
    m_video = 0;
    m_editedTrack = 0;
    const VideoRecord *video = m_document ? m_document->video(id) : nullptr;
    if (!video) {
        m_rows.clear();
        m_timeline->clearTracks();
        m_timeline->setFrameCount(0, 30.0);
        m_player->closeVideo();
        Q_EMIT videoShown(0);
        return;
    }
    m_video = id;
    const double fps
            = video->fpsDen > 0 && video->fpsNum > 0 ? double(video->fpsNum) / video->fpsDen : 30.0;
    m_timeline->setFrameCount(int(video->frameCount), fps);
    rebuildTracks();
    const QString path = m_document->absoluteVideoPath(*video);
    if (!QFileInfo::exists(path)) {
        m_player->closeVideo();
        Q_EMIT errorOccurred(
                tr("The video file %1 was not found. Its labels are shown, but the video cannot be "
                   "played. Put the file back where it was, then select the video again.")
                        .arg(QDir::toNativeSeparators(path)));
    } else {
        m_player->openVideo(path);
    }
    Q_EMIT videoShown(id);
}

void LabelingController::rebuildTracks()
{
    m_rebuildPending = false;
    m_rows.clear();
    m_timeline->clearTracks();
    m_editedTrack = 0;
    if (!m_document || m_video == 0)
        return;
    QVector<TrackRecord> manual;
    QVector<TrackRecord> predicted;
    for (const TrackRecord &t : m_document->tracks(m_video)) {
        if (t.kind == TrackKind::Manual) {
            if (t.name == m_annotator)
                manual.prepend(t);
            else
                manual.append(t);
        } else if (!isFusionInput(t)) {
            predicted.append(t);
        }
    }
    if (!manual.isEmpty() && manual.first().name == m_annotator)
        m_editedTrack = manual.first().id;
    int editedRow = -1;
    if (m_editedTrack == 0) {
        // Where the user's labels will go; the track itself is created on the first edit.
        editedRow = m_timeline->addTrack(m_annotator);
        m_rows << 0;
    }
    for (const TrackRecord &t : std::as_const(manual)) {
        const int row = m_timeline->addTrack(t.name);
        m_rows << t.id;
        if (t.id == m_editedTrack)
            editedRow = row;
        if (const LabelTrack *labels = m_document->labels(t.id))
            m_timeline->setTrackLabels(row, *labels);
    }
    for (const TrackRecord &t : std::as_const(predicted)) {
        QString name = t.model.isEmpty() ? t.name : t.model;
        if (!t.stream.isEmpty())
            name += QStringLiteral(" (%1)").arg(t.stream);
        if (t.kind == TrackKind::Fused)
            name = tr("fused: %1").arg(name);
        const int row = m_timeline->addTrack(name, true);
        m_rows << t.id;
        const LabelTrack *labels = m_document->labels(t.id);
        const PredictionTrack *predictions = m_document->predictions(t.id);
        if (labels && predictions && predictions->frameCount() == labels->frameCount()) {
            const std::vector<float> c = predictions->confidences();
            m_timeline->trackSummary(row).setFrames(
                    0, labels->toFrames(), QVector<float>(c.begin(), c.end()));
        } else if (labels) {
            m_timeline->setTrackLabels(row, *labels);
        }
    }
    m_timeline->setActiveTrack(editedRow);
    updateCaption();
    Q_EMIT tracksRebuilt();
}

bool LabelingController::isFusionInput(const TrackRecord &track)
{
    return track.kind == TrackKind::Prediction && FusionModel::networkFromName(track.model)
           && FusionModel::streamFromName(track.stream);
}

void LabelingController::onLabelsChanged(qint64 videoId,
                                         qint64 trackId,
                                         qint64 firstFrame,
                                         qint64 lastFrame)
{
    if (!m_document || videoId != m_video)
        return;
    const int row = m_rows.indexOf(trackId);
    if (row < 0) {
        const TrackRecord *record = m_document->track(trackId);
        if (!record || !isFusionInput(*record))
            rebuildTracks();
        return;
    }
    const TrackRecord *record = m_document->track(trackId);
    const LabelTrack *labels = m_document->labels(trackId);
    if (!record || !labels)
        return;
    if (record->kind != TrackKind::Manual) {
        // Rows of a running analysis arrive range by range: repaint only that range, with the
        // confidences shown for prediction tracks. Anything else rebuilds the rows.
        const PredictionTrack *predictions = m_document->predictions(trackId);
        if (!predictions || predictions->frameCount() != labels->frameCount()
            || !m_timeline->trackSummary(row).hasConfidence()) {
            rebuildTracks();
            return;
        }
        const qint64 end = std::min(lastFrame + 1, labels->frameCount());
        QVector<int> frames;
        QVector<float> confidences;
        frames.reserve(int(std::max<qint64>(0, end - firstFrame)));
        confidences.reserve(frames.capacity());
        for (const Bout &run : labels->runs(firstFrame, end)) {
            for (qint64 f = run.start; f < run.end; ++f) {
                frames.append(run.behavior);
                confidences.append(predictions->confidence(f));
            }
        }
        m_timeline->trackSummary(row).setFrames(int(firstFrame), frames, confidences);
        m_timeline->update();
        return;
    }
    m_timeline->updateTrackLabels(row, *labels, firstFrame, lastFrame + 1);
    updateCaption();
}

void LabelingController::onCurrentFrameChanged(qint64 frame)
{
    m_timeline->setCurrentFrame(int(frame));
    if (m_stroking && frame != m_strokeLast) {
        const qint64 step = frame - m_strokeLast;
        if (m_player->isPlaying() || step == 1 || step == -1) {
            // Paint every frame passed since the last one, in either direction.
            paint(std::min(m_strokeLast, frame), std::max(m_strokeLast, frame) + 1);
        }
        m_strokeLast = frame; // a jump (click elsewhere) does not paint the gap
    }
    updateCaption();
}

void LabelingController::updateCaption()
{
    if (!m_document || m_video == 0) {
        m_player->frameView()->setCaption(QString(), QColor());
        return;
    }
    const LabelTrack *labels = m_editedTrack ? m_document->labels(m_editedTrack) : nullptr;
    const BehaviorId b = labels ? labels->at(m_player->currentFrame()) : kUnlabeled;
    const Behavior *behavior = m_document->behaviors().byId(b);
    if (behavior)
        m_player->frameView()->setCaption(behavior->name, behavior->color);
    else
        m_player->frameView()->setCaption(tr("unlabeled"), QColor());
}

bool LabelingController::checkWritable()
{
    if (!m_document || m_video == 0) {
        Q_EMIT statusMessage(tr("Open a video first."));
        return false;
    }
    if (m_document->isReadOnly()) {
        Q_EMIT errorOccurred(tr("This project is open read-only, so labels cannot be changed: "
                                "%1\n\nClose the other "
                                "window or program that has the project open, then open it again.")
                                     .arg(m_document->readOnlyReason()));
        return false;
    }
    return true;
}

TrackId LabelingController::ensureEditedTrack()
{
    if (m_editedTrack != 0)
        return m_editedTrack;
    if (!checkWritable())
        return 0;
    const std::optional<TrackId> id = m_document->addManualTrack(m_video, m_annotator);
    if (!id) {
        Q_EMIT errorOccurred(tr("A label track for %1 could not be created: %2")
                                     .arg(m_annotator, m_document->errorString()));
        return 0;
    }
    if (m_editedTrack != *id) // tracksChanged() normally rebuilt the rows already
        rebuildTracks();
    return m_editedTrack;
}

bool LabelingController::assign(qint64 start, qint64 end, BehaviorId behavior)
{
    const TrackId track = ensureEditedTrack();
    if (track == 0)
        return false;
    const bool ok = behavior == kUnlabeled ? m_document->erase(track, start, end)
                                           : m_document->assign(track, start, end, behavior);
    // A failure was reported through Document::editFailed.
    return ok;
}

void LabelingController::labelWith(BehaviorId behavior)
{
    if (!checkWritable())
        return;
    if (m_timeline->hasSelection()) {
        const int start = m_timeline->selectionStart();
        const int end = m_timeline->selectionEnd();
        if (assign(start, end, behavior))
            m_timeline->clearSelection();
        return;
    }
    const qint64 frame = m_player->currentFrame();
    assign(frame, frame + 1, behavior);
}

void LabelingController::beginStroke(BehaviorId behavior)
{
    endStroke();
    if (!checkWritable() || ensureEditedTrack() == 0)
        return;
    const Behavior *b = m_document->behaviors().byId(behavior);
    m_document->beginEditGroup(tr("Label %1").arg(b ? b->name : tr("unlabeled")));
    m_stroking = true;
    m_strokeBehavior = behavior;
    m_strokeLast = m_player->currentFrame();
    m_strokePending.clear();
    m_strokeSpan = {m_strokeLast, m_strokeLast};
    paint(m_strokeLast, m_strokeLast + 1);
    m_strokeTimer.start();
}

void LabelingController::paint(qint64 start, qint64 end)
{
    if (end <= start)
        return;
    m_strokeSpan = {std::min(m_strokeSpan.first, start), std::max(m_strokeSpan.second, end)};
    if (!m_strokePending.isEmpty() && start <= m_strokePending.last().second
        && end >= m_strokePending.last().first) {
        auto &last = m_strokePending.last();
        last = {std::min(last.first, start), std::max(last.second, end)};
    } else {
        m_strokePending.append({start, end});
    }
    const int row = m_rows.indexOf(m_editedTrack);
    if (row >= 0) {
        m_timeline->trackSummary(row).assign(int(start), int(end), m_strokeBehavior);
        m_timeline->update();
    }
    const Behavior *behavior
            = m_document ? m_document->behaviors().byId(m_strokeBehavior) : nullptr;
    if (behavior)
        m_player->frameView()->setCaption(behavior->name, behavior->color);
    else
        m_player->frameView()->setCaption(tr("unlabeled"), QColor());
}

void LabelingController::flushStroke()
{
    // Taken first: a failed save reports through editFailed, which ends the stroke (re-entering).
    const QVector<QPair<qint64, qint64>> pending = std::exchange(m_strokePending, {});
    for (const auto &range : pending)
        if (!assign(range.first, range.second, m_strokeBehavior))
            break;
}

void LabelingController::endStroke()
{
    if (!m_stroking)
        return;
    m_strokeTimer.stop();
    flushStroke();
    m_stroking = false;
    m_strokeKey = 0;
    m_strokePending.clear();
    if (!m_document)
        return;
    m_document->endEditGroup();
    // The row shows what the document holds (after a failed save, no longer the painted frames).
    const int row = m_rows.indexOf(m_editedTrack);
    if (const LabelTrack *labels = m_editedTrack ? m_document->labels(m_editedTrack) : nullptr;
        labels && row >= 0 && m_strokeSpan.second > m_strokeSpan.first)
        m_timeline->updateTrackLabels(row, *labels, m_strokeSpan.first, m_strokeSpan.second);
    updateCaption();
}

void LabelingController::eraseSelectionOrFrame()
{
    labelWith(kUnlabeled);
}

void LabelingController::jumpToNextChange()
{
    const LabelTrack *labels
            = (m_document && m_editedTrack) ? m_document->labels(m_editedTrack) : nullptr;
    if (!labels)
        return;
    const qint64 next = labels->nextChange(m_player->currentFrame());
    if (next >= 0)
        m_player->seek(next);
}

void LabelingController::jumpToPreviousChange()
{
    const LabelTrack *labels
            = (m_document && m_editedTrack) ? m_document->labels(m_editedTrack) : nullptr;
    if (!labels)
        return;
    const qint64 previous = labels->previousChange(m_player->currentFrame());
    if (previous >= 0)
        m_player->seek(previous);
}

bool LabelingController::handleKeyPress(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods
            = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier || !m_document)
        return false;
    const Behavior *behavior = m_document->behaviors().byKey(event->key());
    if (!behavior)
        return false;
    if (event->isAutoRepeat())
        return true; // held: the stroke goes on
    if (m_timeline->hasSelection()) {
        labelWith(behavior->id);
    } else {
        beginStroke(behavior->id);
        if (m_stroking)
            m_strokeKey = event->key();
    }
    return true;
}

bool LabelingController::handleKeyRelease(QKeyEvent *event)
{
    if (!m_stroking || event->key() != m_strokeKey)
        return false;
    if (!event->isAutoRepeat())
        endStroke();
    return true;
}

} // namespace ethoscribe
