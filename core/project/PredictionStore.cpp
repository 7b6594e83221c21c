// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/PredictionStore.h"

#include "labels/PredictionChunk.h"
#include "labels/PredictionTrack.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ethoscribe {

namespace {

constexpr int kMaxClasses = 4096;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PredictionStore)
};

QString classNamesJson(const QStringList &names)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

} // namespace

PredictionStore::PredictionStore(const QSqlDatabase &db)
    : m_db(db)
{}

bool PredictionStore::sqlFail(const QSqlQuery &query)
{
    m_sqlError = query.lastError();
    m_problem.clear();
    return false;
}

bool PredictionStore::fail(const QString &problem)
{
    m_sqlError = QSqlError();
    m_problem = problem;
    return false;
}

std::optional<PredictionLayout> PredictionStore::layout(TrackId track)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT frame_count, chunk_frames, class_names FROM "
                                  "prediction_tracks WHERE track_id=?"))) {
        sqlFail(q);
        return std::nullopt;
    }
    q.addBindValue(track);
    if (!q.exec()) {
        sqlFail(q);
        return std::nullopt;
    }
    PredictionLayout result;
    if (!q.next())
        return result; // no stored probabilities
    result.frameCount = q.value(0).toLongLong();
    result.chunkFrames = q.value(1).toInt();
    const QJsonArray names = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
    for (const QJsonValue &name : names)
        result.classNames << name.toString();
    if (result.frameCount < 0 || result.chunkFrames <= 0 || result.classNames.isEmpty()
        || result.classCount() > kMaxClasses) {
        fail(Tr::tr("The stored predictions of label track %1 are damaged (their description is "
                    "not "
                    "valid). Run the prediction again.")
                     .arg(track));
        return std::nullopt;
    }
    return result;
}

bool PredictionStore::setLayout(TrackId track, qint64 frameCount, const QStringList &classNames)
{
    if (classNames.isEmpty() || classNames.size() > kMaxClasses || frameCount < 0)
        return fail(
                Tr::tr("Predictions need between 1 and %1 behaviors and a frame count that is not "
                       "negative (got %2 behaviors, %3 frames).")
                        .arg(kMaxClasses)
                        .arg(classNames.size())
                        .arg(frameCount));
    const std::optional<PredictionLayout> existing = layout(track);
    if (!existing)
        return false;
    if (!existing->isNull() && existing->frameCount == frameCount
        && existing->classNames == classNames)
        return true;
    QSqlQuery del(m_db);
    if (!del.prepare(QStringLiteral("DELETE FROM prediction_chunks WHERE track_id=?")))
        return sqlFail(del);
    del.addBindValue(track);
    if (!del.exec())
        return sqlFail(del);
    QSqlQuery q(m_db);
    if (!q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO prediction_tracks (track_id, frame_count, "
                               "chunk_frames, class_names) VALUES (?,?,?,?)")))
        return sqlFail(q);
    q.addBindValue(track);
    q.addBindValue(frameCount);
    q.addBindValue(kChunkFrames);
    q.addBindValue(classNamesJson(classNames));
    if (!q.exec())
        return sqlFail(q);
    return true;
}

bool PredictionStore::storeChunk(TrackId track, qint64 firstFrame, const PredictionChunk &chunk)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO prediction_chunks (track_id, "
                                  "first_frame, frame_count, data) VALUES (?,?,?,?)")))
        return sqlFail(q);
    q.addBindValue(track);
    q.addBindValue(firstFrame);
    q.addBindValue(chunk.frameCount());
    q.addBindValue(chunk.encode());
    if (!q.exec())
        return sqlFail(q);
    return true;
}

bool PredictionStore::deleteChunk(TrackId track, qint64 firstFrame)
{
    QSqlQuery q(m_db);
    if (!q.prepare(
                QStringLiteral("DELETE FROM prediction_chunks WHERE track_id=? AND first_frame=?")))
        return sqlFail(q);
    q.addBindValue(track);
    q.addBindValue(firstFrame);
    if (!q.exec())
        return sqlFail(q);
    return true;
}

bool PredictionStore::writeRows(TrackId track,
                                const PredictionLayout &layout,
                                qint64 first,
                                qint64 count,
                                const float *rows)
{
    if (layout.isNull())
        return fail(Tr::tr("Label track %1 has no predictions to add rows to.").arg(track));
    if (first < 0 || count < 0 || first > layout.frameCount - count)
        return fail(Tr::tr("Frames %1 to %2 are outside the %3 frames of the predictions.")
                            .arg(first)
                            .arg(first + count - 1)
                            .arg(layout.frameCount));
    const qint64 end = first + count;
    const qint64 size = layout.chunkFrames;
    const int classes = layout.classCount();
    QSqlQuery load(m_db);
    load.setForwardOnly(true);
    if (!load.prepare(QStringLiteral(
                "SELECT data FROM prediction_chunks WHERE track_id=? AND first_frame=?")))
        return sqlFail(load);
    for (qint64 start = (first / size) * size; start < end; start += size) {
        const qint64 length = std::min(size, layout.frameCount - start);
        const qint64 lo = std::max(first, start);
        const qint64 hi = std::min(end, start + length);
        const bool whole = lo == start && hi == start + length;
        if (whole && !rows) {
            if (!deleteChunk(track, start))
                return false;
            continue;
        }
        PredictionChunk chunk(classes, length);
        if (!whole) { // read, modify, write
            load.addBindValue(track);
            load.addBindValue(start);
            if (!load.exec())
                return sqlFail(load);
            if (load.next()) {
                QString why;
                std::optional<PredictionChunk> stored
                        = PredictionChunk::decode(load.value(0).toByteArray(), &why);
                if (stored && (stored->classCount() != classes || stored->frameCount() != length))
                    why = Tr::tr("a block does not fit the track");
                if (!stored || !why.isEmpty())
                    return fail(Tr::tr("The stored predictions of label track %1 are damaged (%2). "
                                       "Run the prediction again.")
                                        .arg(track)
                                        .arg(why));
                chunk = std::move(*stored);
            }
            load.finish();
        }
        if (rows)
            chunk.setRows(lo - start, hi - lo, rows + size_t(lo - first) * size_t(classes));
        else
            chunk.clearRows(lo - start, hi - lo);
        const bool ok = chunk.predictedCount() > 0 ? storeChunk(track, start, chunk)
                                                   : deleteChunk(track, start);
        if (!ok)
            return false;
    }
    return true;
}

bool PredictionStore::writeTrack(TrackId track, const PredictionTrack &predictions)
{
    QSqlQuery del(m_db);
    if (!del.prepare(QStringLiteral("DELETE FROM prediction_chunks WHERE track_id=?")))
        return sqlFail(del);
    del.addBindValue(track);
    if (!del.exec())
        return sqlFail(del);
    // setLayout() keeps the rows of an unchanged layout; they were just deleted either way.
    if (!setLayout(track, predictions.frameCount(), predictions.classNames()))
        return false;
    const std::optional<PredictionLayout> stored = layout(track);
    if (!stored)
        return false;
    const qint64 size = stored->chunkFrames;
    const std::vector<std::uint8_t> &mask = predictions.predictedMask();
    for (qint64 start = 0; start < predictions.frameCount(); start += size) {
        const qint64 length = std::min(size, predictions.frameCount() - start);
        const auto from = mask.begin() + start;
        if (std::find(from, from + length, std::uint8_t(1)) == from + length)
            continue;
        PredictionChunk chunk(predictions.classCount(), length);
        chunk.setRows(0, length, predictions.row(start), mask.data() + start);
        if (!storeChunk(track, start, chunk))
            return false;
    }
    return true;
}

bool PredictionStore::readRows(TrackId track,
                               const PredictionLayout &layout,
                               qint64 first,
                               qint64 count,
                               float *rows,
                               std::uint8_t *predicted,
                               int *chunksRead)
{
    if (chunksRead)
        *chunksRead = 0;
    if (layout.isNull())
        return fail(Tr::tr("Label track %1 has no predictions.").arg(track));
    if (first < 0 || count < 0 || first > layout.frameCount - count)
        return fail(Tr::tr("Frames %1 to %2 are outside the %3 frames of the predictions.")
                            .arg(first)
                            .arg(first + count - 1)
                            .arg(layout.frameCount));
    const int classes = layout.classCount();
    std::fill_n(rows, size_t(count) * size_t(classes), 0.0f);
    if (predicted)
        std::fill_n(predicted, count, std::uint8_t(0));
    if (count == 0)
        return true;
    const qint64 end = first + count;
    const qint64 size = layout.chunkFrames;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Blocks start at multiples of the block size: the overlapping ones start in
    // [first rounded down, end), which the primary key index finds without a scan.
    if (!q.prepare(QStringLiteral("SELECT first_frame, frame_count, data FROM prediction_chunks "
                                  "WHERE track_id=? AND first_frame>=? AND first_frame<? "
                                  "ORDER BY first_frame")))
        return sqlFail(q);
    q.addBindValue(track);
    q.addBindValue((first / size) * size);
    q.addBindValue(end);
    if (!q.exec())
        return sqlFail(q);
    while (q.next()) {
        const qint64 start = q.value(0).toLongLong();
        const qint64 length = q.value(1).toLongLong();
        QString why;
        std::optional<PredictionChunk> chunk
                = PredictionChunk::decode(q.value(2).toByteArray(), &why);
        if (chunk
            && (start % size != 0 || chunk->frameCount() != length
                || length != std::min(size, layout.frameCount - start)
                || chunk->classCount() != classes))
            why = Tr::tr("a block does not fit the track");
        if (!chunk || !why.isEmpty())
            return fail(Tr::tr("The stored predictions of label track %1 are damaged (%2). Run the "
                               "prediction again.")
                                .arg(track)
                                .arg(why));
        const qint64 lo = std::max(first, start);
        const qint64 hi = std::min(end, start + length);
        chunk->readRows(lo - start,
                        hi - lo,
                        rows + size_t(lo - first) * size_t(classes),
                        predicted ? predicted + (lo - first) : nullptr);
        if (chunksRead)
            ++*chunksRead;
    }
    if (q.lastError().isValid())
        return sqlFail(q);
    return true;
}

std::optional<PredictionTrack> PredictionStore::readTrack(TrackId track)
{
    const std::optional<PredictionLayout> stored = layout(track);
    if (!stored)
        return std::nullopt;
    if (stored->isNull())
        return PredictionTrack();
    std::vector<float> values(size_t(stored->frameCount) * size_t(stored->classCount()));
    std::vector<std::uint8_t> predicted(static_cast<size_t>(stored->frameCount));
    if (!readRows(track, *stored, 0, stored->frameCount, values.data(), predicted.data()))
        return std::nullopt;
    QString why;
    std::optional<PredictionTrack> result = PredictionTrack::fromRows(
            stored->classNames, std::move(values), std::move(predicted), &why);
    if (!result)
        fail(why);
    return result;
}

} // namespace ethoscribe
