// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <cstdint>
#include <optional>

class QSqlQuery;

namespace ethoscribe {

class PredictionChunk;
class PredictionTrack;

// The SQL behind the per-frame probabilities of prediction tracks, shared by ProjectDatabase and
// the schema migration that moved the old one-blob-per-track storage into blocks:
//
//   prediction_tracks (track_id, frame_count, chunk_frames, class_names JSON array)
//   prediction_chunks (track_id, first_frame, frame_count, data = PredictionChunk::encode())
//
// A block holds the frames [first_frame, first_frame + frame_count), first_frame a multiple of
// chunk_frames; a block with no predicted frame is not stored. A range write reads, changes and
// rewrites only the blocks it overlaps; a read loads only the blocks that overlap the window.
//
// It runs statements only: the caller opens the transaction that makes a write all-or-nothing.
// After a failure, sqlError() is valid when SQLite failed, otherwise problem() says what was wrong
// with the stored data or the request, in plain words.
class PredictionStore
{
public:
    // Frames per block of new tracks. 1024 frames x 8 classes is 16 KiB: one write of a few
    // hundred frames touches one or two blocks, and a 10-hour video has about 1100.
    static constexpr int kChunkFrames = 1024;

    explicit PredictionStore(const QSqlDatabase &db);

    // The layout of a track; a null layout when it has none; nullopt on failure.
    std::optional<PredictionLayout> layout(TrackId track);
    // Gives the track the layout (frameCount, classNames, kChunkFrames). A track that had another
    // frame count or other classes loses its stored rows; the same layout again changes nothing.
    bool setLayout(TrackId track, qint64 frameCount, const QStringList &classNames);
    // Writes count rows (count x classCount floats) from frame `first` on and marks them
    // predicted; rows == nullptr marks them not predicted instead. The range must lie in the
    // layout (checked).
    bool writeRows(TrackId track,
                   const PredictionLayout &layout,
                   qint64 first,
                   qint64 count,
                   const float *rows);
    // Replaces everything stored for the track with predictions (layout, rows and flags).
    bool writeTrack(TrackId track, const PredictionTrack &predictions);
    // Reads rows [first, first + count) into rows (count x classCount floats, zeros where not
    // predicted) and predicted (count bytes 0/1; may be null). *chunksRead (may be null) gets the
    // number of stored blocks that were loaded.
    bool readRows(TrackId track,
                  const PredictionLayout &layout,
                  qint64 first,
                  qint64 count,
                  float *rows,
                  std::uint8_t *predicted,
                  int *chunksRead = nullptr);
    // The whole track; a null track when it has no layout; nullopt on failure.
    std::optional<PredictionTrack> readTrack(TrackId track);

    const QSqlError &sqlError() const { return m_sqlError; }
    const QString &problem() const { return m_problem; }

private:
    bool sqlFail(const QSqlQuery &query);
    bool fail(const QString &problem);
    bool storeChunk(TrackId track, qint64 firstFrame, const PredictionChunk &chunk);
    bool deleteChunk(TrackId track, qint64 firstFrame);

    QSqlDatabase m_db;
    QSqlError m_sqlError;
    QString m_problem;
};

} // namespace ethoscribe
