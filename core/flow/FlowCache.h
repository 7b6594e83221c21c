// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowCacheHeader.h"
#include "flow/FlowMethod.h"

#include <QString>
#include <QtGlobal>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace ethoscribe {

class PositionedFile;

// Read access to one video's flow cache file (written by FlowComputation through
// FlowCacheWriter; layout in FlowCacheHeader.h). open() reads the header, the chunk table and
// the directory of every finished chunk, so a frame read is one positioned read of its own
// compressed bytes: any 16-frame window is read without touching the rest of the file.
//
// What is finished is what was on disk when open() ran; open() again to see chunks written since.
// The read functions may be called concurrently from several threads on one const instance
// (positioned reads, no shared file position).
class FlowCache
{
public:
    FlowCache();
    ~FlowCache();
    FlowCache(const FlowCache &) = delete;
    FlowCache &operator=(const FlowCache &) = delete;

    // Where the cache of a video lives: beside the project,
    // <project dir>/<project base name>.cache/flow/<contentHash>-<method>.flow (characters of the
    // hash that are unsafe in file names become '-').
    static QString pathFor(const QString &projectPath,
                           const QString &contentHash,
                           FlowMethod method);

    // How many frames of the cache at path are computed, without reading the chunks: -1 when
    // there is no usable cache there (missing, damaged, or made for other content than
    // contentHash when that is given). *frameCount (may be null) gets the video's frame count.
    static qint64 framesCached(const QString &path,
                               const QString &contentHash = QString(),
                               qint64 *frameCount = nullptr);

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    const FlowCacheHeader &header() const { return m_header; }
    qint64 frameCount() const { return m_header.frameCount; }
    int width() const { return m_header.width; }
    int height() const { return m_header.height; }
    FlowMethod method() const { return m_header.method; }
    QString contentHash() const { return m_header.contentHash; }
    int chunkFrames() const { return m_header.chunkFrames; }
    int chunkCount() const { return m_header.chunkCount(); }
    bool isChunkDone(int chunk) const;
    int chunksDone() const;

    bool isComplete() const;           // every chunk written
    bool hasFrame(qint64 frame) const; // its chunk is written
    // Flow of frame t = motion from frame t-1 to frame t (frame 0: zero flow). CV_8UC2 (dx, dy).
    bool readQuantised(qint64 frame, cv::Mat *out, QString *error) const;
    // Same, dequantised to CV_32FC2 in pixels.
    bool read(qint64 frame, cv::Mat *out, QString *error) const;

private:
    QString m_path;
    std::unique_ptr<PositionedFile> m_file;
    FlowCacheHeader m_header;
    std::vector<FlowCacheHeader::ChunkEntry> m_chunks;
    // Per frame: absolute offset and size of its compressed bytes (offset 0: not written).
    std::vector<qint64> m_frameOffsets;
    std::vector<quint32> m_frameSizes;
};

} // namespace ethoscribe
