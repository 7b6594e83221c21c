// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowCache.h"

#include "flow/FlowQuantisation.h"
#include "flow/PositionedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowCache)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FlowCache::FlowCache() = default;
FlowCache::~FlowCache() = default;

QString FlowCache::pathFor(const QString &projectPath,
                           const QString &contentHash,
                           FlowMethod method)
{
    const QFileInfo project(projectPath);
    QString name = contentHash;
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    return QDir(project.absolutePath())
            .filePath(project.completeBaseName() + QStringLiteral(".cache/flow/") + name
                      + QLatin1Char('-') + flowMethodName(method) + QStringLiteral(".flow"));
}

namespace {

// Reads the header and the chunk table of a cache file. False with *why (a reason for the user's
// message) when they cannot be read.
bool readHeaderAndTable(PositionedFile &file,
                        FlowCacheHeader *header,
                        QByteArray *table,
                        QString *why)
{
    QByteArray fixed(FlowCacheHeader::kFixedBytes, '\0');
    if (!file.readAt(0, fixed.data(), fixed.size(), why)) {
        *why = Tr::tr("it is too short");
        return false;
    }
    const qint64 headerSize = FlowCacheHeader::headerBytes(fixed, why);
    if (headerSize == 0)
        return false;
    QByteArray headerBytes(int(headerSize), '\0');
    if (!file.readAt(0, headerBytes.data(), headerSize, why)
        || !FlowCacheHeader::parse(headerBytes, header, why))
        return false;
    table->resize(header->chunkCount() * FlowCacheHeader::kEntryBytes);
    if (!file.readAt(header->tableOffset(), table->data(), table->size(), why)) {
        *why = Tr::tr("its chunk table is truncated");
        return false;
    }
    return true;
}

} // namespace

qint64 FlowCache::framesCached(const QString &path, const QString &contentHash, qint64 *frameCount)
{
    PositionedFile file;
    QString why;
    FlowCacheHeader header;
    QByteArray table;
    if (!file.open(path, PositionedFile::Mode::Read, &why)
        || !readHeaderAndTable(file, &header, &table, &why)
        || (!contentHash.isEmpty() && header.contentHash != contentHash))
        return -1;
    qint64 done = 0;
    for (int c = 0; c < header.chunkCount(); ++c)
        if (FlowCacheHeader::parseEntry(c, table.constData() + c * FlowCacheHeader::kEntryBytes)
                    .done)
            done += header.framesInChunk(c);
    if (frameCount)
        *frameCount = header.frameCount;
    return done;
}

bool FlowCache::open(const QString &path, QString *error)
{
    close();
    auto file = std::make_unique<PositionedFile>();
    if (!file->open(path, PositionedFile::Mode::Read, error))
        return false;
    auto unusable = [&](const QString &why) {
        if (error)
            *error = Tr::tr("The flow cache %1 cannot be used: %2.").arg(native(path), why);
        return false;
    };
    QString why;
    FlowCacheHeader header;
    QByteArray table;
    if (!readHeaderAndTable(*file, &header, &table, &why))
        return unusable(why);
    const int chunks = header.chunkCount();
    m_chunks.assign(size_t(chunks), {});
    m_frameOffsets.assign(size_t(header.frameCount), 0);
    m_frameSizes.assign(size_t(header.frameCount), 0);
    const qint64 fileSize = file->size();
    for (int c = 0; c < chunks; ++c) {
        FlowCacheHeader::ChunkEntry e = FlowCacheHeader::parseEntry(
                c, table.constData() + c * FlowCacheHeader::kEntryBytes);
        const int frames = header.framesInChunk(c);
        const qint64 directoryBytes = qint64(frames) * 4;
        if (e.done
            && (e.frames != frames || e.offset < header.dataOffset() || e.bytes < directoryBytes
                || e.offset + e.bytes > fileSize))
            return unusable(Tr::tr("chunk %1 is damaged").arg(c));
        if (!e.done)
            continue;
        QByteArray directory(int(directoryBytes), '\0');
        if (!file->readAt(e.offset, directory.data(), directoryBytes, &why)
            || FlowCacheHeader::crc32(directory.constData(), directoryBytes) != e.directoryCrc)
            return unusable(Tr::tr("chunk %1 is damaged").arg(c));
        qint64 at = e.offset + directoryBytes;
        for (int i = 0; i < frames; ++i) {
            const quint32 size = qFromLittleEndian<quint32>(directory.constData() + 4 * i);
            const qint64 frame = qint64(c) * header.chunkFrames + i;
            m_frameOffsets[size_t(frame)] = at;
            m_frameSizes[size_t(frame)] = size;
            at += size;
        }
        if (at != e.offset + e.bytes)
            return unusable(Tr::tr("chunk %1 is damaged").arg(c));
        m_chunks[size_t(c)] = e;
    }
    m_header = header;
    m_file = std::move(file);
    m_path = path;
    return true;
}

void FlowCache::close()
{
    m_file.reset();
    m_path.clear();
    m_header = FlowCacheHeader();
    m_chunks.clear();
    m_frameOffsets.clear();
    m_frameSizes.clear();
}

bool FlowCache::isOpen() const
{
    return m_file != nullptr;
}

bool FlowCache::isChunkDone(int chunk) const
{
    return chunk >= 0 && chunk < int(m_chunks.size()) && m_chunks[size_t(chunk)].done;
}

int FlowCache::chunksDone() const
{
    int n = 0;
    for (const auto &c : m_chunks)
        n += c.done ? 1 : 0;
    return n;
}

bool FlowCache::isComplete() const
{
    return isOpen() && chunksDone() == chunkCount();
}

bool FlowCache::hasFrame(qint64 frame) const
{
    return frame >= 0 && frame < frameCount() && m_frameOffsets[size_t(frame)] > 0;
}

bool FlowCache::readQuantised(qint64 frame, cv::Mat *out, QString *error) const
{
    if (!isOpen()) {
        if (error)
            *error = Tr::tr("No flow cache is open.");
        return false;
    }
    if (frame < 0 || frame >= frameCount()) {
        if (error)
            *error = Tr::tr("Frame %1 is outside the flow cache %2 (frames 0 to %3).")
                             .arg(frame)
                             .arg(native(m_path))
                             .arg(frameCount() - 1);
        return false;
    }
    if (!hasFrame(frame)) {
        if (error)
            *error = Tr::tr("The flow of frame %1 has not been computed yet (flow cache %2).")
                             .arg(frame)
                             .arg(native(m_path));
        return false;
    }
    const quint32 size = m_frameSizes[size_t(frame)];
    QByteArray compressed(int(size), Qt::Uninitialized);
    QString why;
    if (!m_file->readAt(m_frameOffsets[size_t(frame)], compressed.data(), size, &why)) {
        if (error)
            *error = why;
        return false;
    }
    const QByteArray raw = qUncompress(compressed);
    if (raw.size() != m_header.frameBytes()) {
        if (error)
            *error = Tr::tr("The flow of frame %1 in %2 is damaged.")
                             .arg(frame)
                             .arg(native(m_path));
        return false;
    }
    if (!out->isContinuous())
        out->release();
    out->create(height(), width(), CV_8UC2);
    std::memcpy(out->data, raw.constData(), size_t(raw.size()));
    return true;
}

bool FlowCache::read(qint64 frame, cv::Mat *out, QString *error) const
{
    cv::Mat q;
    if (!readQuantised(frame, &q, error))
        return false;
    FlowQuantisation::dequantise(q, out);
    return true;
}

} // namespace ethoscribe
