// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/FrameIndex.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <list>

namespace ethoscribe {

namespace {

// Version 1: magic, version, header fields, packets, then a SHA-1 of everything before it.
constexpr quint32 Magic = 0x45464958; // "EFIX"
constexpr quint32 Version = 1;
constexpr int MemoryEntries = 16;

struct MemoryCache
{
    QMutex mutex;
    std::list<std::pair<QString, std::shared_ptr<const FrameIndex>>> entries; // most recent first
};

MemoryCache &memoryCache()
{
    static MemoryCache cache;
    return cache;
}

} // namespace

void FrameIndex::finish()
{
    packetOfFrame.clear();
    keyframes.clear();
    frameTimestamps.clear();
    qint32 frames = 0;
    for (const Packet &p : packets)
        if (p.frame >= 0)
            frames = std::max(frames, p.frame + 1);
    packetOfFrame.assign(size_t(frames), -1);
    frameTimestamps.assign(size_t(frames), NoTimestamp);
    for (size_t i = 0; i < packets.size(); ++i) {
        const Packet &p = packets[i];
        if (p.flags & Keyframe)
            keyframes.push_back(qint32(i));
        if (p.frame >= 0) {
            packetOfFrame[size_t(p.frame)] = qint32(i);
            frameTimestamps[size_t(p.frame)] = p.pts;
        }
    }
}

qint32 FrameIndex::keyframeBefore(qint64 frame) const
{
    if (frame < 0 || frame >= frameCount())
        return -1;
    const qint32 target = packetOfFrame[size_t(frame)];
    // The last keyframe decoded at or before the frame's packet that is not shown after it.
    auto it = std::upper_bound(keyframes.begin(), keyframes.end(), target);
    while (it != keyframes.begin()) {
        --it;
        const Packet &k = packets[size_t(*it)];
        if (k.frame <= frame)
            return *it;
    }
    // No keyframe before it (a stream that starts without one): decode from the beginning.
    return 0;
}

QByteArray FrameIndex::serialize() const
{
    QByteArray data;
    {
        QDataStream s(&data, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << Magic << Version << qint32(streamIndex) << qint32(codecId) << qint32(width)
          << qint32(height) << qint32(timeBaseNum) << qint32(timeBaseDen) << timestampsFromPackets
          << declaredFrames << quint64(packets.size());
        for (const Packet &p : packets)
            s << p.pts << p.dts << p.pos << p.frame << p.flags;
    }
    data += QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    return data;
}

std::shared_ptr<FrameIndex> FrameIndex::deserialize(const QByteArray &data, QString *why)
{
    const int hashSize = QCryptographicHash::hashLength(QCryptographicHash::Sha1);
    auto fail = [why](const char *reason) {
        if (why)
            *why = QString::fromLatin1(reason);
        return std::shared_ptr<FrameIndex>();
    };
    if (data.size() < hashSize + 8)
        return fail("too short");
    const QByteArray payload = data.left(data.size() - hashSize);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha1) != data.right(hashSize))
        return fail("checksum mismatch");
    QDataStream s(payload);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    s >> magic >> version;
    if (magic != Magic)
        return fail("not a frame index");
    if (version != Version)
        return fail("other version");
    auto index = std::make_shared<FrameIndex>();
    qint32 streamIndex, codecId, width, height, tbNum, tbDen;
    quint64 count = 0;
    s >> streamIndex >> codecId >> width >> height >> tbNum >> tbDen >> index->timestampsFromPackets
            >> index->declaredFrames >> count;
    if (s.status() != QDataStream::Ok || count > quint64(payload.size()))
        return fail("bad header");
    index->streamIndex = streamIndex;
    index->codecId = codecId;
    index->width = width;
    index->height = height;
    index->timeBaseNum = tbNum;
    index->timeBaseDen = tbDen;
    index->packets.resize(size_t(count));
    for (Packet &p : index->packets) {
        s >> p.pts >> p.dts >> p.pos >> p.frame >> p.flags;
        if (p.frame < -1 || p.frame >= qint32(count))
            return fail("bad packet");
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return fail("bad packets");
    index->finish();
    for (qint32 packet : index->packetOfFrame)
        if (packet < 0)
            return fail("frame without packet");
    return index;
}

QString FrameIndex::cacheKey(const QString &path)
{
    const QFileInfo fi(path);
    const QString id = fi.absoluteFilePath() + QLatin1Char('|') + QString::number(fi.size())
                       + QLatin1Char('|') + QString::number(fi.lastModified().toMSecsSinceEpoch());
    return QString::fromLatin1(
            QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString FrameIndex::cacheFile(const QString &path)
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/frame-index/") + cacheKey(path) + QStringLiteral(".idx");
}

std::shared_ptr<const FrameIndex> FrameIndex::fromMemory(const QString &key)
{
    MemoryCache &cache = memoryCache();
    QMutexLocker lock(&cache.mutex);
    for (auto it = cache.entries.begin(); it != cache.entries.end(); ++it) {
        if (it->first == key) {
            cache.entries.splice(cache.entries.begin(), cache.entries, it);
            return cache.entries.front().second;
        }
    }
    return nullptr;
}

void FrameIndex::toMemory(const QString &key, std::shared_ptr<const FrameIndex> index)
{
    MemoryCache &cache = memoryCache();
    QMutexLocker lock(&cache.mutex);
    cache.entries.remove_if([&key](const auto &e) { return e.first == key; });
    cache.entries.emplace_front(key, std::move(index));
    while (cache.entries.size() > MemoryEntries)
        cache.entries.pop_back();
}

void FrameIndex::clearMemory()
{
    MemoryCache &cache = memoryCache();
    QMutexLocker lock(&cache.mutex);
    cache.entries.clear();
}

std::shared_ptr<FrameIndex> FrameIndex::fromDisk(const QString &path)
{
    QFile f(cacheFile(path));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray data = f.readAll();
    f.close();
    QString why;
    auto index = deserialize(data, &why);
    if (!index)
        QFile::remove(f.fileName()); // corrupt or old: rebuilt and rewritten by the caller
    return index;
}

bool FrameIndex::toDisk(const QString &path, const FrameIndex &index)
{
    const QString file = cacheFile(path);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(index.serialize());
    return out.commit();
}

} // namespace ethoscribe
