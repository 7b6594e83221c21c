// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowCacheHeader.h"

#include "flow/FlowQuantisation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

#include <array>
#include <cstring>

namespace ethoscribe {

namespace {

constexpr char kMagic[8] = {'E', 'T', 'H', 'O', 'F', 'L', 'O', 'W'};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowCache)
};

template<typename T>
void put(QByteArray &b, int at, T v)
{
    qToLittleEndian<T>(v, b.data() + at);
}

template<typename T>
T get(const char *p, int at)
{
    return qFromLittleEndian<T>(p + at);
}

qint64 align(qint64 v, qint64 to)
{
    return (v + to - 1) / to * to;
}

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

QByteArray jsonBytes(const FlowCacheHeader &h)
{
    QJsonObject o{{QStringLiteral("method"), flowMethodName(h.method)},
                  {QStringLiteral("parameters"), h.parameters},
                  {QStringLiteral("clip_pixels"), double(FlowQuantisation::kClipPixels)}};
    if (!h.opencvVersion.isEmpty())
        o.insert(QStringLiteral("opencv"), h.opencvVersion);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

quint32 FlowCacheHeader::crc32(const char *data, qint64 bytes, quint32 crc)
{
    const auto &t = crcTable();
    crc = ~crc;
    for (qint64 i = 0; i < bytes; ++i)
        crc = t[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

int FlowCacheHeader::chunkCount() const
{
    return chunkFrames > 0 ? int((frameCount + chunkFrames - 1) / chunkFrames) : 0;
}

int FlowCacheHeader::framesInChunk(int chunk) const
{
    const qint64 first = qint64(chunk) * chunkFrames;
    return int(std::clamp<qint64>(frameCount - first, 0, chunkFrames));
}

qint64 FlowCacheHeader::tableOffset() const
{
    return align(kFixedBytes + jsonBytes(*this).size() + contentHash.toUtf8().size(), 8);
}

qint64 FlowCacheHeader::dataOffset() const
{
    return align(tableOffset() + qint64(chunkCount()) * kEntryBytes, kDataAlignment);
}

bool FlowCacheHeader::sameContent(const FlowCacheHeader &o) const
{
    return method == o.method && parameters == o.parameters && contentHash == o.contentHash
           && frameCount == o.frameCount && width == o.width && height == o.height;
}

QByteArray FlowCacheHeader::serialize() const
{
    const QByteArray json = jsonBytes(*this);
    const QByteArray hash = contentHash.toUtf8();
    QByteArray b(int(tableOffset()), '\0');
    std::memcpy(b.data(), kMagic, 8);
    put<quint32>(b, 8, kFormatVersion);
    put<quint32>(b, 12, method == FlowMethod::TvL1 ? 0u : 1u);
    put<qint64>(b, 16, frameCount);
    put<qint32>(b, 24, width);
    put<qint32>(b, 28, height);
    put<qint32>(b, 32, chunkFrames);
    put<qint32>(b, 36, chunkCount());
    put<quint32>(b, 40, quint32(json.size()));
    put<quint32>(b, 44, quint32(hash.size()));
    std::memcpy(b.data() + kFixedBytes, json.constData(), size_t(json.size()));
    std::memcpy(b.data() + kFixedBytes + json.size(), hash.constData(), size_t(hash.size()));
    put<quint32>(b, 48, crc32(b.constData(), b.size()));
    return b;
}

qint64 FlowCacheHeader::headerBytes(const QByteArray &fixed, QString *error)
{
    if (fixed.size() < kFixedBytes || std::memcmp(fixed.constData(), kMagic, 8) != 0) {
        if (error)
            *error = Tr::tr("it is not an Ethoscribe flow cache");
        return 0;
    }
    const quint32 version = get<quint32>(fixed.constData(), 8);
    if (version != kFormatVersion) {
        if (error)
            *error = Tr::tr("it has flow cache format %1; this version of Ethoscribe reads format "
                            "%2")
                             .arg(version)
                             .arg(kFormatVersion);
        return 0;
    }
    const quint32 jsonSize = get<quint32>(fixed.constData(), 40);
    const quint32 hashSize = get<quint32>(fixed.constData(), 44);
    if (jsonSize > (1u << 20) || hashSize > 4096) {
        if (error)
            *error = Tr::tr("its header is damaged");
        return 0;
    }
    return align(kFixedBytes + qint64(jsonSize) + hashSize, 8);
}

bool FlowCacheHeader::parse(const QByteArray &bytes, FlowCacheHeader *h, QString *error)
{
    const qint64 size = headerBytes(bytes, error);
    if (size == 0)
        return false;
    auto damaged = [error] {
        if (error)
            *error = Tr::tr("its header is damaged");
        return false;
    };
    if (bytes.size() < size)
        return damaged();
    QByteArray copy = bytes.left(int(size));
    const quint32 storedCrc = get<quint32>(copy.constData(), 48);
    put<quint32>(copy, 48, 0u);
    if (crc32(copy.constData(), copy.size()) != storedCrc)
        return damaged();
    const char *p = copy.constData();
    const quint32 method = get<quint32>(p, 12);
    const quint32 jsonSize = get<quint32>(p, 40);
    const quint32 hashSize = get<quint32>(p, 44);
    const QJsonDocument json = QJsonDocument::fromJson(copy.mid(kFixedBytes, int(jsonSize)));
    if (method > 1 || !json.isObject())
        return damaged();
    FlowCacheHeader r;
    r.method = method == 0 ? FlowMethod::TvL1 : FlowMethod::Dis;
    r.frameCount = get<qint64>(p, 16);
    r.width = get<qint32>(p, 24);
    r.height = get<qint32>(p, 28);
    r.chunkFrames = get<qint32>(p, 32);
    r.parameters = json.object().value(QStringLiteral("parameters")).toObject();
    r.opencvVersion = json.object().value(QStringLiteral("opencv")).toString();
    r.contentHash = QString::fromUtf8(copy.mid(kFixedBytes + int(jsonSize), int(hashSize)));
    if (r.frameCount < 0 || r.width <= 0 || r.height <= 0 || r.chunkFrames <= 0
        || get<qint32>(p, 36) != r.chunkCount()
        || json.object().value(QStringLiteral("clip_pixels")).toDouble()
                   != double(FlowQuantisation::kClipPixels))
        return damaged();
    *h = r;
    return true;
}

QByteArray FlowCacheHeader::serializeEntry(int chunk, const ChunkEntry &e)
{
    QByteArray b(kEntryBytes, '\0');
    put<quint64>(b, 0, quint64(e.offset));
    put<quint64>(b, 8, quint64(e.bytes));
    put<quint32>(b, 16, quint32(e.frames));
    put<quint32>(b, 20, e.directoryCrc);
    put<quint32>(b, 24, quint32(chunk));
    put<quint32>(b, 28, crc32(b.constData(), 28));
    return b;
}

FlowCacheHeader::ChunkEntry FlowCacheHeader::parseEntry(int chunk, const char *p)
{
    ChunkEntry e;
    e.offset = qint64(get<quint64>(p, 0));
    e.bytes = qint64(get<quint64>(p, 8));
    e.frames = int(get<quint32>(p, 16));
    e.directoryCrc = get<quint32>(p, 20);
    e.done = e.offset > 0 && e.bytes > 0 && e.frames > 0 && get<quint32>(p, 24) == quint32(chunk)
             && get<quint32>(p, 28) == crc32(p, 28);
    return e;
}

} // namespace ethoscribe
