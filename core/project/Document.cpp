// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/Document.h"

#include "labels/PredictionChunk.h"
#include "project/VideoDisplayNames.h"
#include "project/commands/AcceptPredictionsCommand.h"
#include "project/commands/AddBehaviorCommand.h"
#include "project/commands/AssignBehaviorCommand.h"
#include "project/commands/EraseRangeCommand.h"
#include "project/commands/ImportLabelsCommand.h"
#include "project/commands/MergeBoutsCommand.h"
#include "project/commands/MoveBehaviorCommand.h"
#include "project/commands/MoveBoundaryCommand.h"
#include "project/commands/RecolorBehaviorCommand.h"
#include "project/commands/RemoveBehaviorCommand.h"
#include "project/commands/RenameBehaviorCommand.h"
#include "project/commands/SplitBoutCommand.h"

#include <QDir>
#include <QFileInfo>

namespace ethoscribe {

namespace {
const QString kNextBehaviorIdKey = QStringLiteral("behaviors/next_id");

// Probabilities as the project stores them (PredictionChunk's 16-bit fixed point), so that what
// the document keeps in memory - and the argmax labels computed from it - is exactly what every
// other reader of the project file gets: another connection (Export All Predictions), the
// command-line tool, the next session.
std::vector<float> asStored(const float *rows, size_t count)
{
    std::vector<float> stored(count);
    for (size_t i = 0; i < count; ++i)
        stored[i] = PredictionChunk::dequantise(PredictionChunk::quantise(rows[i]));
    return stored;
}

PredictionTrack asStored(const PredictionTrack &p)
{
    PredictionTrack stored(p.frameCount(), p.classNames());
    const size_t classes = size_t(p.classCount());
    for (qint64 f = 0; f < p.frameCount(); ++f)
        if (p.isPredicted(f))
            stored.setRow(f, asStored(p.row(f), classes).data());
    return stored;
}
} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &Document::onUndoIndexChanged);
}

Document::~Document()
{
    // The commands refer to this document: delete them before its members go.
    m_undoStack.clear();
}

bool Document::setError(const QString &message)
{
    m_error = message;
    return false;
}

bool Document::create(const QString &path)
{
    close();
    if (!m_db.create(path))
        return setError(m_db.errorString());
    return load();
}

bool Document::open(const QString &path, ProjectDatabase::OpenMode mode)
{
    close();
    if (!m_db.open(path, mode))
        return setError(m_db.errorString());
    return load();
}

void Document::close()
{
    m_undoStack.clear();
    m_db.close();
    m_behaviors = BehaviorSet();
    m_videos.clear();
    m_trackRecords.clear();
    m_labels.clear();
    m_predictions.clear();
}

bool Document::load()
{
    QString failure;
    {
        // One consistent snapshot: another process may commit between these reads.
        const ProjectDatabase::ReadTransaction snapshot(m_db);
        m_behaviors = BehaviorSet();
        const QVector<Behavior> behaviors = m_db.behaviors();
        for (const Behavior &b : behaviors) {
            QString why;
            if (!m_behaviors.insert(b, -1, &why)) {
                failure = tr("The behaviors stored in the project %1 are inconsistent (%2).")
                                  .arg(QDir::toNativeSeparators(m_db.path()), why);
                break;
            }
        }
        if (failure.isEmpty()) {
            m_behaviors.setNextId(BehaviorId(m_db.nextBehaviorId()));
            m_videos = m_db.videos();
            QHash<VideoId, qint64> frames;
            for (const VideoRecord &v : std::as_const(m_videos))
                frames.insert(v.id, v.frameCount);
            for (const TrackRecord &t : m_db.tracks()) {
                LabelTrack labels(frames.value(t.videoId));
                for (const Bout &b : m_db.bouts(t.id))
                    labels.assign(b.start, b.end, b.behavior);
                m_trackRecords[t.id] = t;
                m_labels[t.id] = std::move(labels);
            }
            failure = m_db.errorString();
        }
    }
    if (!failure.isEmpty()) {
        m_db.close();
        return setError(failure);
    }
    return true;
}

QString Document::setting(const QString &key, const QString &defaultValue)
{
    return m_db.setting(key, defaultValue);
}

bool Document::setSetting(const QString &key, const QString &value)
{
    if (!m_db.setSetting(key, value))
        return setError(m_db.errorString());
    return true;
}

QString Document::absoluteVideoPath(const VideoRecord &video) const
{
    return m_db.absoluteVideoPath(video);
}

QVector<CvRunRecord> Document::cvRuns()
{
    return m_db.cvRuns();
}

const VideoRecord *Document::video(VideoId id) const
{
    for (const VideoRecord &v : m_videos)
        if (v.id == id)
            return &v;
    return nullptr;
}

QString Document::videoDisplayName(VideoId id) const
{
    QStringList paths;
    int index = -1;
    for (const VideoRecord &v : m_videos) {
        if (v.id == id)
            index = int(paths.size());
        paths << v.path;
    }
    return index < 0 ? QString() : videoDisplayNames(paths).at(index);
}

const VideoRecord *Document::findVideo(const QString &pathOrName) const
{
    const QString absolute = QFileInfo(pathOrName).absoluteFilePath();
    for (const VideoRecord &v : m_videos)
        if (v.path == pathOrName || m_db.absoluteVideoPath(v) == QDir::cleanPath(absolute))
            return &v;
    const VideoRecord *match = nullptr;
    for (const VideoRecord &v : m_videos) {
        if (QFileInfo(v.path).fileName() == pathOrName
            || QFileInfo(v.path).completeBaseName() == pathOrName) {
            if (match)
                return nullptr; // ambiguous
            match = &v;
        }
    }
    return match;
}

QVector<TrackRecord> Document::tracks(VideoId videoId) const
{
    QVector<TrackRecord> result;
    for (const auto &[id, t] : m_trackRecords)
        if (t.videoId == videoId)
            result << t;
    return result;
}

const TrackRecord *Document::track(TrackId id) const
{
    auto it = m_trackRecords.find(id);
    return it == m_trackRecords.end() ? nullptr : &it->second;
}

const TrackRecord *Document::manualTrack(VideoId videoId, const QString &annotator) const
{
    for (const auto &[id, t] : m_trackRecords)
        if (t.videoId == videoId && t.kind == TrackKind::Manual && t.name == annotator)
            return &t;
    return nullptr;
}

const TrackRecord *Document::predictionTrack(VideoId videoId,
                                             const QString &model,
                                             const QString &stream) const
{
    const TrackRecord *found = nullptr;
    for (const auto &[id, t] : m_trackRecords) // by id: the last match is the newest
        if (t.videoId == videoId && t.kind == TrackKind::Prediction && t.model == model
            && t.stream == stream)
            found = &t;
    return found;
}

const LabelTrack *Document::labels(TrackId id) const
{
    auto it = m_labels.find(id);
    return it == m_labels.end() ? nullptr : &it->second;
}

LabelTrack *Document::mutableLabels(TrackId id)
{
    auto it = m_labels.find(id);
    return it == m_labels.end() ? nullptr : &it->second;
}

const PredictionTrack *Document::predictions(TrackId id)
{
    auto it = m_predictions.find(id);
    if (it != m_predictions.end())
        return it->second.get();
    std::optional<PredictionTrack> p = m_db.predictions(id);
    if (!p) {
        setError(tr("The predictions stored in the project %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(m_db.path()), m_db.errorString()));
        return nullptr;
    }
    if (p->isNull())
        return nullptr;
    auto &slot = m_predictions[id];
    slot = std::make_unique<PredictionTrack>(std::move(*p));
    return slot.get();
}

std::optional<VideoId> Document::addVideo(const VideoRecord &video)
{
    const std::optional<VideoId> id = m_db.addVideo(video);
    if (!id) {
        setError(m_db.errorString());
        return std::nullopt;
    }
    if (std::optional<VideoRecord> stored = m_db.video(*id))
        m_videos << *stored;
    Q_EMIT videosChanged();
    return id;
}

std::optional<TrackId> Document::addManualTrack(VideoId videoId, const QString &annotator)
{
    const VideoRecord *v = video(videoId);
    if (!v) {
        setError(tr("This video is not in the project."));
        return std::nullopt;
    }
    TrackRecord record{0, videoId, TrackKind::Manual, annotator, QString(), QString()};
    const std::optional<TrackId> id = m_db.addTrack(record);
    if (!id) {
        setError(m_db.errorString());
        return std::nullopt;
    }
    record.id = *id;
    insertTrack(record, LabelTrack(v->frameCount));
    Q_EMIT tracksChanged(videoId);
    return id;
}

std::optional<TrackId> Document::addPredictionTrack(VideoId videoId,
                                                    TrackKind kind,
                                                    const QString &model,
                                                    const QString &stream,
                                                    const PredictionTrack &predictions,
                                                    const QString &source)
{
    const VideoRecord *v = video(videoId);
    if (!v) {
        setError(tr("This video is not in the project."));
        return std::nullopt;
    }
    if (kind == TrackKind::Manual || predictions.isNull()) {
        setError(tr("Predictions need a prediction track and at least one behavior."));
        return std::nullopt;
    }
    TrackRecord record{0, videoId, kind, QString(), model, stream, source};
    const PredictionTrack stored = asStored(predictions);
    LabelTrack argmax = stored.toLabelTrack(m_behaviors);
    argmax.setFrameCount(v->frameCount);
    ProjectDatabase::Transaction transaction(m_db);
    std::optional<TrackId> id = m_db.addTrack(record);
    if (!id || !m_db.writePredictions(*id, stored) || !m_db.setAllBouts(*id, argmax.bouts())
        || !transaction.commit()) {
        setError(m_db.errorString());
        return std::nullopt;
    }
    record.id = *id;
    insertTrack(record, argmax);
    m_predictions[*id] = std::make_unique<PredictionTrack>(stored);
    Q_EMIT tracksChanged(videoId);
    return id;
}

std::optional<QVector<ProjectDatabase::Relocation>> Document::relocateVideos(
        const QString &folder,
        const std::function<void(int, int)> &progress,
        const std::atomic_bool *cancel)
{
    auto found = m_db.relocateVideos(folder, progress, cancel);
    if (!found) {
        setError(m_db.errorString());
        return std::nullopt;
    }
    if (!found->isEmpty()) {
        m_videos = m_db.videos();
        Q_EMIT videosChanged();
    }
    return found;
}

bool Document::applyRelocations(const QVector<ProjectDatabase::Relocation> &found)
{
    if (!m_db.recordRelocations(found))
        return setError(m_db.errorString());
    if (!found.isEmpty()) {
        m_videos = m_db.videos();
        Q_EMIT videosChanged();
    }
    return true;
}

bool Document::removeTrack(TrackId id)
{
    const TrackRecord *record = track(id);
    if (!record)
        return setError(tr("This label track no longer exists."));
    const VideoId videoId = record->videoId;
    if (!m_db.removeTrack(id))
        return setError(m_db.errorString());
    m_undoStack.clear();
    forgetTrack(id);
    Q_EMIT tracksChanged(videoId);
    return true;
}

bool Document::setPredictionRows(TrackId track, qint64 first, qint64 count, const float *rows)
{
    if (!rows && count > 0)
        return setError(tr("No predictions were given."));
    return changePredictionRows(track, first, count, rows);
}

bool Document::clearPredictionRows(TrackId track, qint64 first, qint64 count)
{
    return changePredictionRows(track, first, count, nullptr);
}

// rows == nullptr clears the range.
bool Document::changePredictionRows(TrackId id, qint64 first, qint64 count, const float *rows)
{
    const TrackRecord *record = track(id);
    LabelTrack *labels = mutableLabels(id);
    if (!record || !labels)
        return setError(tr("This label track no longer exists."));
    if (record->kind == TrackKind::Manual)
        return setError(tr("Predictions can only be stored in a prediction track, not in the "
                           "manual track of %1.")
                                .arg(record->name));
    const std::optional<PredictionLayout> layout = m_db.predictionLayout(id);
    if (!layout)
        return setError(m_db.errorString());
    if (layout->isNull())
        return setError(tr("This track holds no probabilities, so rows cannot be added to it."));
    if (first < 0 || count < 0 || first > layout->frameCount - count)
        return setError(tr("Frames %1 to %2 are outside the %3 frames of the predictions.")
                                .arg(first)
                                .arg(first + count - 1)
                                .arg(layout->frameCount));
    if (count == 0)
        return true;
    const qint64 end = first + count;
    std::vector<float> stored;
    if (rows) {
        stored = asStored(rows, size_t(count) * size_t(layout->classCount()));
        rows = stored.data();
    }

    // The argmax labels of the range (the first class on a tie, as PredictionTrack::argmax). The
    // label track may be shorter than the predictions (it has the video's frame count).
    QVector<BehaviorId> mapping;
    for (const QString &name : layout->classNames) {
        const Behavior *b = m_behaviors.byName(name, Qt::CaseInsensitive);
        mapping.append(b ? b->id : kUnlabeled);
    }
    const int classes = layout->classCount();
    const qint64 labelEnd = std::min(end, labels->frameCount());
    QVector<Bout> runs;
    for (qint64 f = first; f < labelEnd; ++f) {
        BehaviorId behavior = kUnlabeled;
        if (rows) {
            const float *r = rows + size_t(f - first) * size_t(classes);
            int best = 0;
            for (int c = 1; c < classes; ++c) {
                if (r[c] > r[best])
                    best = c;
            }
            behavior = mapping.at(best);
        }
        if (!runs.isEmpty() && runs.last().behavior == behavior)
            runs.last().end = f + 1;
        else
            runs.append(Bout{f, f + 1, behavior});
    }

    const bool touchesLabels = labelEnd > first;
    const QVector<Bout> before = touchesLabels ? labels->runs(first, labelEnd) : QVector<Bout>();
    labels->setRuns(runs);
    ProjectDatabase::Transaction transaction(m_db);
    bool ok = transaction.isActive();
    ok = ok
         && (rows ? m_db.writePredictionRows(id, first, count, classes, rows)
                  : m_db.clearPredictionRows(id, first, count));
    ok = ok && (!touchesLabels || writeLabelRange(id, first, labelEnd));
    if (!ok || !transaction.commit()) {
        labels->setRuns(before);
        return setError(m_db.errorString());
    }
    auto loaded = m_predictions.find(id);
    if (loaded != m_predictions.end()) {
        PredictionTrack &p = *loaded->second;
        if (p.frameCount() == layout->frameCount && p.classCount() == classes) {
            if (rows)
                p.setRows(first, count, rows);
            else
                p.clearRows(first, count);
        } else {
            m_predictions.erase(loaded); // read again on next use
        }
    }
    Q_EMIT predictionRowsChanged(id, first, count);
    notifyLabelsChanged(id, first, labelEnd);
    return true;
}

void Document::insertTrack(const TrackRecord &record, const LabelTrack &labels)
{
    m_trackRecords[record.id] = record;
    m_labels[record.id] = labels;
}

void Document::forgetTrack(TrackId id)
{
    m_trackRecords.erase(id);
    m_labels.erase(id);
    m_predictions.erase(id);
}

bool Document::commitLabels(
        TrackId id, qint64 start, qint64 end, const QVector<Bout> &before, QString *error)
{
    LabelTrack *labels = mutableLabels(id);
    if (!labels)
        return false;
    if (writeLabelRange(id, start, end)) {
        notifyLabelsChanged(id, start, end);
        return true;
    }
    *error = m_db.errorString();
    labels->setRuns(before);
    return false;
}

// Writes the in-memory labels of track id around [start, end) (which alone changed) to the
// database. Joins an open transaction.
bool Document::writeLabelRange(TrackId id, qint64 start, qint64 end)
{
    const LabelTrack *labels = this->labels(id);
    if (!labels)
        return false;
    // The bouts to rewrite: every stored bout touching [start - 1, end + 1) (a neighbour may have
    // merged with the edit or been split from it) and every bout now in memory touching it. Frames
    // outside [start, end) did not change, so both sets end on the same bout boundaries and the
    // union below is a whole number of bouts on both sides.
    const qint64 lo = qMax<qint64>(0, start - 1);
    const qint64 hi = qMin(labels->frameCount(), end + 1);
    qint64 from = lo, to = hi;
    const QVector<Bout> stored = m_db.bouts(id, lo, hi);
    if (!stored.isEmpty()) {
        from = qMin(from, stored.first().start);
        to = qMax(to, stored.last().end);
    }
    if (const std::optional<Bout> first = labels->boutAt(lo))
        from = qMin(from, first->start);
    if (const std::optional<Bout> last = labels->boutAt(hi - 1))
        to = qMax(to, last->end);
    return m_db.replaceBouts(id, from, to, labels->runs(from, to));
}

bool Document::writeAllLabels(TrackId id, QString *error)
{
    const LabelTrack *labels = this->labels(id);
    if (!labels || !m_db.setAllBouts(id, labels->bouts())) {
        *error = m_db.errorString();
        return false;
    }
    return true;
}

bool Document::writeBehaviors(QString *error)
{
    ProjectDatabase::Transaction transaction(m_db);
    if (!transaction.isActive() || !m_db.setBehaviors(m_behaviors.behaviors())
        || !m_db.setSetting(kNextBehaviorIdKey, QString::number(m_behaviors.nextId()))
        || !transaction.commit()) {
        *error = m_db.errorString();
        return false;
    }
    return true;
}

void Document::notifyLabelsChanged(TrackId id, qint64 start, qint64 end)
{
    const TrackRecord *record = track(id);
    if (end > start)
        Q_EMIT labelsChanged(record ? record->videoId : 0, id, start, end - 1);
}

bool Document::push(DocumentCommand *command)
{
    QString error;
    if (!command->execute(&error)) {
        delete command;
        setError(error);
        Q_EMIT editFailed(error);
        return false;
    }
    if (command->isObsolete()) {
        // Nothing changed. Pushing it would still drop the redo history (QUndoStack::push does
        // that first) and, in a group, open an empty step.
        delete command;
        return true;
    }
    if (!m_groupText.isEmpty() && !m_groupOpen) {
        m_undoStack.beginMacro(m_groupText);
        m_groupOpen = true;
    }
    command->skipNextRedo();
    m_undoStack.push(command);
    return true;
}

void Document::beginEditGroup(const QString &text)
{
    endEditGroup();
    m_groupText = text.isEmpty() ? tr("Edit") : text;
}

void Document::endEditGroup()
{
    if (m_groupOpen)
        m_undoStack.endMacro();
    m_groupOpen = false;
    m_groupText.clear();
}

bool Document::assign(TrackId track, qint64 start, qint64 end, BehaviorId behavior)
{
    return push(new AssignBehaviorCommand(this, track, start, end, behavior));
}

bool Document::erase(TrackId track, qint64 start, qint64 end)
{
    return push(new EraseRangeCommand(this, track, start, end));
}

bool Document::acceptPredictions(TrackId manualTrack,
                                 TrackId predictionTrack,
                                 qint64 start,
                                 qint64 end)
{
    return push(new AcceptPredictionsCommand(this, manualTrack, predictionTrack, start, end));
}

bool Document::acceptLabels(TrackId manualTrack, const LabelTrack &source, qint64 start, qint64 end)
{
    return push(new AcceptPredictionsCommand(this, manualTrack, source, start, end));
}

bool Document::splitBout(TrackId track, qint64 frame, BehaviorId secondPart)
{
    return push(new SplitBoutCommand(this, track, frame, secondPart));
}

bool Document::mergeBouts(TrackId track, qint64 firstFrame, qint64 lastFrame)
{
    return push(new MergeBoutsCommand(this, track, firstFrame, lastFrame));
}

bool Document::moveBoundary(TrackId track, qint64 boundary, qint64 newBoundary)
{
    return push(new MoveBoundaryCommand(this, track, boundary, newBoundary));
}

std::optional<BehaviorId> Document::addBehavior(const QString &name, const QColor &color, int key)
{
    auto *command = new AddBehaviorCommand(this, name, color, key);
    QString error;
    if (!command->execute(&error)) {
        delete command;
        setError(error);
        Q_EMIT editFailed(error);
        return std::nullopt;
    }
    const BehaviorId id = command->addedId();
    command->skipNextRedo();
    m_undoStack.push(command);
    return id;
}

bool Document::renameBehavior(BehaviorId id, const QString &name)
{
    return push(new RenameBehaviorCommand(this, id, name));
}

bool Document::recolorBehavior(BehaviorId id, const QColor &color)
{
    return push(new RecolorBehaviorCommand(this, id, color));
}

bool Document::moveBehavior(int from, int to)
{
    return push(new MoveBehaviorCommand(this, from, to));
}

bool Document::removeBehavior(BehaviorId id, BehaviorId relabelTo)
{
    return push(new RemoveBehaviorCommand(this, id, relabelTo));
}

bool Document::importLabels(VideoId videoId,
                            const QString &annotator,
                            const LabelTrack &labels,
                            const QVector<Behavior> &newBehaviors)
{
    return push(new ImportLabelsCommand(this, videoId, annotator, labels, newBehaviors));
}

bool Document::undo()
{
    return applyStep(true);
}

bool Document::redo()
{
    return applyStep(false);
}

bool Document::applyStep(bool undo)
{
    if (undo ? !m_undoStack.canUndo() : !m_undoStack.canRedo())
        return setError(undo ? tr("There is nothing to undo.") : tr("There is nothing to redo."));
    m_failedCommand = nullptr;
    m_error.clear();
    // The whole step is one transaction, also a paint stroke of many pieces: a crash keeps all of
    // its undo or none, and it costs one sync to disk.
    ProjectDatabase::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        setError(m_db.errorString());
        Q_EMIT editFailed(m_error);
        return false;
    }
    m_stepTransaction = &transaction;
    if (undo)
        m_undoStack.undo();
    else
        m_undoStack.redo();
    m_stepTransaction = nullptr;
    if (!m_error.isEmpty())
        return false; // rolled back and put back by onUndoIndexChanged()
    if (transaction.commit())
        return true;
    // Nothing of the step was saved: apply it backwards, as the database still has it.
    setError(m_db.errorString());
    m_compensating = true;
    if (undo)
        m_undoStack.redo();
    else
        m_undoStack.undo();
    m_compensating = false;
    Q_EMIT editFailed(m_error);
    return false;
}

void Document::reportCommandFailure(DocumentCommand *command, bool wasUndo, const QString &error)
{
    m_failedCommand = command;
    m_failedWasUndo = wasUndo;
    setError(error.isEmpty() ? m_db.errorString() : error);
}

void Document::onUndoIndexChanged()
{
    // A step that could not be saved left memory and database as they were: move the stack's
    // index back so that it matches them again, without applying the step a second time.
    if (!m_failedCommand || m_compensating)
        return;
    DocumentCommand *command = m_failedCommand;
    m_failedCommand = nullptr;
    // Undo/redo runs in one transaction (applyStep): nothing of the failed step stays. The steps
    // applied backwards below write what the database has again, each on its own.
    if (m_stepTransaction)
        m_stepTransaction->rollback();
    m_compensating = true;
    if (m_failedWasUndo) {
        command->skipNextRedo();
        m_undoStack.redo();
    } else {
        command->skipNextUndo();
        m_undoStack.undo();
    }
    m_compensating = false;
    Q_EMIT editFailed(m_error);
}

} // namespace ethoscribe
