// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowCacheHeader.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QVector>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace ethoscribe {

class PositionedFile;

// Writes the chunks of one flow cache file (layout in FlowCacheHeader.h), from several threads at
// once. Crash safety: a chunk's data is appended past every finished chunk and synced to disk
// (fdatasync) before its table entry is written and synced; the entry carries its own CRC. A
// process killed at any point therefore leaves finished chunks valid and every other chunk
// marked as not written (a torn entry fails its CRC); the bytes of an unfinished chunk are
// overwritten by the next one written after a resume.
class FlowCacheWriter
{
public:
    FlowCacheWriter();
    ~FlowCacheWriter();
    FlowCacheWriter(const FlowCacheWriter &) = delete;
    FlowCacheWriter &operator=(const FlowCacheWriter &) = delete;

    // Prepares `path` to hold the cache `wanted` describes. An existing file with the same content
    // (FlowCacheHeader::sameContent) is kept with its finished chunks and its own chunk size;
    // anything else there (other method, parameters, video, damaged) is replaced by an empty
    // cache. Creates the folder if needed. *reused (may be null) says whether a file was kept.
    bool open(const QString &path, const FlowCacheHeader &wanted, bool *reused, QString *error);
    void close();

    // The header of the file (its chunk size may differ from the one asked for).
    const FlowCacheHeader &header() const { return m_header; }
    bool isChunkDone(int chunk) const;
    int chunksDone() const;

    // Frames in the form writeChunk() takes: a quantised CV_8UC2 field, compressed.
    static QByteArray compressFrame(const cv::Mat &quantised);
    // Writes chunk `chunk` (header().framesInChunk(chunk) compressed frames) durably and marks it
    // done. Thread-safe; chunks may be written in any order.
    bool writeChunk(int chunk, const QVector<QByteArray> &frames, QString *error);

private:
    bool create(const QString &path, QString *error);

    std::unique_ptr<PositionedFile> m_file;
    FlowCacheHeader m_header;
    mutable QMutex m_mutex; // guards m_done, m_end and the table writes
    std::vector<bool> m_done;
    qint64 m_end = 0; // where the next chunk's data goes
};

} // namespace ethoscribe
