// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowCacheWriter.h"

#include "flow/FlowCache.h"
#include "flow/PositionedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowCache)
};

// zlib level 1: flow fields of a home cage are mostly "no motion" and compress 10-50x even at
// the fastest level, which costs far less than computing the flow.
constexpr int kCompressionLevel = 1;

} // namespace

FlowCacheWriter::FlowCacheWriter() = default;

FlowCacheWriter::~FlowCacheWriter()
{
    close();
}

bool FlowCacheWriter::open(const QString &path,
                           const FlowCacheHeader &wanted,
                           bool *reused,
                           QString *error)
{
    close();
    if (reused)
        *reused = false;
    if (QFileInfo::exists(path)) {
        FlowCache existing;
        if (existing.open(path, nullptr) && existing.header().sameContent(wanted)) {
            auto file = std::make_unique<PositionedFile>();
            if (!file->open(path, PositionedFile::Mode::ReadWrite, error))
                return false;
            m_header = existing.header();
            m_done.assign(size_t(m_header.chunkCount()), false);
            m_end = m_header.dataOffset();
            for (int c = 0; c < m_header.chunkCount(); ++c) {
                if (!existing.isChunkDone(c))
                    continue;
                m_done[size_t(c)] = true;
                // Re-read the entry for its extent: data of unfinished chunks past it is reused.
                QByteArray entry(FlowCacheHeader::kEntryBytes, '\0');
                if (!file->readAt(m_header.tableOffset() + qint64(c) * FlowCacheHeader::kEntryBytes,
                                  entry.data(),
                                  entry.size(),
                                  error))
                    return false;
                const auto e = FlowCacheHeader::parseEntry(c, entry.constData());
                m_end = std::max(m_end, e.offset + e.bytes);
            }
            m_file = std::move(file);
            if (reused)
                *reused = true;
            return true;
        }
        // Stale or damaged: replace it. Removing (rather than truncating) leaves readers that
        // still have the old file open with intact data.
        if (!QFile::remove(path)) {
            if (error)
                *error = Tr::tr("Could not replace the outdated flow cache %1.")
                                 .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    m_header = wanted;
    return create(path, error);
}

bool FlowCacheWriter::create(const QString &path, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Tr::tr("Could not create the folder %1 for the flow cache.")
                             .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    auto file = std::make_unique<PositionedFile>();
    if (!file->open(path, PositionedFile::Mode::Create, error))
        return false;
    QByteArray head = m_header.serialize();
    head.append(QByteArray(int(m_header.dataOffset() - head.size()), '\0')); // empty table
    if (!file->writeAt(0, head.constData(), head.size(), error) || !file->sync(error))
        return false;
    m_done.assign(size_t(m_header.chunkCount()), false);
    m_end = m_header.dataOffset();
    m_file = std::move(file);
    return true;
}

void FlowCacheWriter::close()
{
    m_file.reset();
    m_done.clear();
    m_end = 0;
}

bool FlowCacheWriter::isChunkDone(int chunk) const
{
    QMutexLocker lock(&m_mutex);
    return chunk >= 0 && chunk < int(m_done.size()) && m_done[size_t(chunk)];
}

int FlowCacheWriter::chunksDone() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count(m_done.begin(), m_done.end(), true));
}

QByteArray FlowCacheWriter::compressFrame(const cv::Mat &quantised)
{
    CV_Assert(quantised.type() == CV_8UC2);
    const cv::Mat m = quantised.isContinuous() ? quantised : quantised.clone();
    return qCompress(reinterpret_cast<const uchar *>(m.data),
                     int(m.total() * m.elemSize()),
                     kCompressionLevel);
}

bool FlowCacheWriter::writeChunk(int chunk, const QVector<QByteArray> &frames, QString *error)
{
    if (!m_file || chunk < 0 || chunk >= m_header.chunkCount()
        || frames.size() != m_header.framesInChunk(chunk)) {
        if (error)
            *error = Tr::tr("Internal error: chunk %1 of the flow cache does not fit.").arg(chunk);
        return false;
    }
    QByteArray blob(int(frames.size() * 4), '\0');
    for (int i = 0; i < frames.size(); ++i)
        qToLittleEndian<quint32>(quint32(frames[i].size()), blob.data() + 4 * i);
    FlowCacheHeader::ChunkEntry entry;
    entry.frames = int(frames.size());
    entry.directoryCrc = FlowCacheHeader::crc32(blob.constData(), blob.size());
    for (const QByteArray &f : frames)
        blob.append(f);
    entry.bytes = blob.size();
    {
        QMutexLocker lock(&m_mutex);
        entry.offset = m_end;
        m_end += entry.bytes;
    }
    // 1. The data, durably. Until its entry is written the chunk counts as missing.
    if (!m_file->writeAt(entry.offset, blob.constData(), blob.size(), error)
        || !m_file->sync(error))
        return false;
    // 2. The entry, durably (one 32-byte write inside the table, checked by its own CRC).
    QMutexLocker lock(&m_mutex);
    const QByteArray e = FlowCacheHeader::serializeEntry(chunk, entry);
    if (!m_file->writeAt(m_header.tableOffset() + qint64(chunk) * FlowCacheHeader::kEntryBytes,
                         e.constData(),
                         e.size(),
                         error)
        || !m_file->sync(error))
        return false;
    m_done[size_t(chunk)] = true;
    return true;
}

} // namespace ethoscribe
