// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowMethod.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace ethoscribe {

// The header of a flow cache file and the layout around it, shared by FlowCache (reading) and
// FlowCacheWriter. All integers are little endian. Frames are 0-based.
//
//   offset 0   fixed part, 64 bytes:
//              "ETHOFLOW" | u32 format version | u32 method (0 TV-L1, 1 DIS) | i64 frame count
//              | i32 width | i32 height | i32 frames per chunk | i32 chunk count
//              | u32 JSON bytes | u32 hash bytes | u32 CRC-32 of the whole header (this field
//              read as 0) | 12 bytes zero
//   64         JSON (UTF-8): {"method", "parameters": {...as FlowEstimator::parameters()},
//              "clip_pixels": 20, "opencv": version}, then the video's content hash (UTF-8),
//              zero-padded to a multiple of 8 bytes: tableOffset()
//   table      one 32-byte entry per chunk: u64 offset | u64 bytes | u32 frames | u32 CRC-32 of
//              the chunk's directory | u32 chunk index | u32 CRC-32 of the previous 28 bytes.
//              All zero = not written. An entry whose check does not match (torn write) counts
//              as not written.
//   data       from dataOffset() (4 KiB aligned): chunks in the order they were finished. A
//              chunk is a directory (u32 compressed size per frame) followed by its frames, each
//              the CV_8UC2 (dx, dy) quantised field (FlowQuantisation), row by row, compressed
//              with qCompress (zlib, with its own Adler-32 check).
//
// Flow of frame t is the motion from frame t-1 to frame t; frame 0 holds zero flow.
struct FlowCacheHeader
{
    static constexpr quint32 kFormatVersion = 1;
    static constexpr int kFixedBytes = 64;
    static constexpr int kEntryBytes = 32;
    static constexpr qint64 kDataAlignment = 4096;

    FlowMethod method = FlowMethod::TvL1;
    QJsonObject parameters; // the algorithm's parameters (FlowEstimator::parameters())
    QString contentHash;
    qint64 frameCount = 0;
    int width = 0;
    int height = 0;
    int chunkFrames = 64;
    QString opencvVersion; // informational: not part of sameContent()

    int chunkCount() const;
    int framesInChunk(int chunk) const;
    qint64 frameBytes() const { return qint64(width) * height * 2; }
    qint64 tableOffset() const;
    qint64 dataOffset() const;
    // Everything that decides the data: method, parameters, content hash, frame count and size
    // (not the chunk size, which only decides the layout).
    bool sameContent(const FlowCacheHeader &other) const;

    // The bytes from offset 0 to tableOffset().
    QByteArray serialize() const;
    // From the first kFixedBytes: how many header bytes to read (tableOffset()); 0 with *error
    // when the file is not a flow cache or has a format this version does not know.
    static qint64 headerBytes(const QByteArray &fixed, QString *error);
    // Parses tableOffset() bytes.
    static bool parse(const QByteArray &bytes, FlowCacheHeader *header, QString *error);

    struct ChunkEntry
    {
        qint64 offset = 0;
        qint64 bytes = 0;
        int frames = 0;
        quint32 directoryCrc = 0;
        bool done = false;
    };
    static QByteArray serializeEntry(int chunk, const ChunkEntry &entry);
    // done is false for a zero, torn or misplaced entry.
    static ChunkEntry parseEntry(int chunk, const char *bytes);

    static quint32 crc32(const char *data, qint64 bytes, quint32 crc = 0);
};

} // namespace ethoscribe
