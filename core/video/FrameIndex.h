// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/video (used by VideoReader): the list of a video stream's packets in decode
// order with their presentation frame index, plus its memory and disk caches. Plain data; no
// FFmpeg types, timestamps are in the stream's time base.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace ethoscribe {

struct FrameIndex
{
    static constexpr qint64 NoTimestamp = qint64(0x8000000000000000ULL); // AV_NOPTS_VALUE
    enum PacketFlag : quint8 { Keyframe = 1, Discard = 2 };

    struct Packet
    {
        qint64 pts = NoTimestamp;
        qint64 dts = NoTimestamp;
        qint64 pos = -1;   // byte position in the file, -1 if unknown
        qint32 frame = -1; // presentation index, -1 for packets the decoder must drop
        quint8 flags = 0;
    };

    // What the index was built for; checked when a cached index is loaded.
    int streamIndex = -1;
    int codecId = 0;
    int width = 0;
    int height = 0;
    int timeBaseNum = 0;
    int timeBaseDen = 1;
    bool timestampsFromPackets = true;
    qint64 declaredFrames = 0;

    std::vector<Packet> packets;         // decode order
    std::vector<qint32> packetOfFrame;   // presentation index -> packet (decode order)
    std::vector<qint32> keyframes;       // packet numbers of keyframes, increasing
    std::vector<qint64> frameTimestamps; // presentation index -> pts, NoTimestamp if unknown

    qint64 frameCount() const { return qint64(packetOfFrame.size()); }
    // Fills packetOfFrame, keyframes and frameTimestamps from packets[].frame.
    void finish();
    // The keyframe (packet number) to start decoding from to reach `frame`, or -1.
    qint32 keyframeBefore(qint64 frame) const;

    QByteArray serialize() const;
    // Returns null (and why) when the data is not a complete index of the current version.
    static std::shared_ptr<FrameIndex> deserialize(const QByteArray &data, QString *why);

    // Caches keyed by the file's absolute path, size and modification time.
    static QString cacheKey(const QString &path);
    static QString cacheFile(const QString &path);
    static std::shared_ptr<const FrameIndex> fromMemory(const QString &key);
    static void toMemory(const QString &key, std::shared_ptr<const FrameIndex> index);
    static void clearMemory();
    static std::shared_ptr<FrameIndex> fromDisk(const QString &path);
    static bool toDisk(const QString &path, const FrameIndex &index);
};

} // namespace ethoscribe
