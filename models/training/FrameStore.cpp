// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/FrameStore.h"

#include "common/SystemMemory.h"
#include "flow/FlowCache.h"
#include "inference/ClipWindow.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace ethoscribe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrameStore)
};

void resizeInto(const cv::Mat &src, int size, uint8_t *dst, int type)
{
    cv::Mat out(size, size, type, dst);
    if (src.cols == size && src.rows == size) {
        src.copyTo(out);
        return;
    }
    const bool shrinking = src.cols > size || src.rows > size;
    cv::resize(src, out, cv::Size(size, size), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
}
} // namespace

FrameStore::~FrameStore()
{
    release();
}

FrameStore::FrameStore(FrameStore &&other) noexcept
{
    *this = std::move(other);
}

FrameStore &FrameStore::operator=(FrameStore &&other) noexcept
{
    if (this == &other)
        return *this;
    release();
    m_heap = std::move(other.m_heap);
    m_data = other.m_mapped ? other.m_data : m_heap.data();
    m_bytes = other.m_bytes;
    m_mapped = other.m_mapped;
    m_backingFolder = std::move(other.m_backingFolder);
    m_frames = other.m_frames;
    m_size = other.m_size;
    m_channels = other.m_channels;
    other.m_heap.clear();
    other.m_data = nullptr;
    other.m_bytes = 0;
    other.m_mapped = false;
    other.m_frames = 0;
    return *this;
}

void FrameStore::release()
{
    if (m_mapped && m_data)
        ::munmap(m_data, m_bytes);
    m_heap.clear();
    m_heap.shrink_to_fit();
    m_data = nullptr;
    m_bytes = 0;
    m_mapped = false;
}

bool FrameStore::allocate(qint64 frames, int size, int channels, QString *error)
{
    release();
    m_frames = 0;
    m_size = size;
    m_channels = channels;
    const size_t bytes = bytesFor(frames, size, channels);
    if (m_backingFolder.isEmpty() || bytes == 0) {
        m_heap.assign(bytes, 0);
        m_data = m_heap.data();
        m_bytes = bytes;
        m_frames = std::max<qint64>(0, frames);
        return true;
    }
    QByteArray name
            = QDir(m_backingFolder).filePath(QStringLiteral(".frames-XXXXXX")).toLocal8Bit();
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        if (error)
            *error = Tr::tr("Could not make a file for the frames in %1: %2.")
                             .arg(QDir::toNativeSeparators(m_backingFolder),
                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::unlink(name.constData()); // lives as long as the mapping, and no longer
    // Reserve the blocks now, so that a full disk fails here with a message rather than with a
    // bus error when a frame is written.
    const int reserved = ::posix_fallocate(fd, 0, off_t(bytes));
    void *map = reserved == 0 ? ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
                              : MAP_FAILED;
    const int mapError = errno;
    ::close(fd);
    if (reserved != 0) {
        if (error)
            *error = reserved == ENOSPC
                             ? Tr::tr("There is not enough free space in %1 for the frames "
                                      "(%2 needed). Free some space, or choose a folder on a "
                                      "larger disk.")
                                       .arg(QDir::toNativeSeparators(m_backingFolder),
                                            formatBytes(qint64(bytes)))
                             : Tr::tr("Could not reserve %1 for the frames in %2: %3.")
                                       .arg(formatBytes(qint64(bytes)),
                                            QDir::toNativeSeparators(m_backingFolder),
                                            QString::fromLocal8Bit(std::strerror(reserved)));
        return false;
    }
    if (map == MAP_FAILED) {
        if (error)
            *error = Tr::tr("Could not map the frames' file in %1: %2.")
                             .arg(QDir::toNativeSeparators(m_backingFolder),
                                  QString::fromLocal8Bit(std::strerror(mapError)));
        return false;
    }
    m_data = static_cast<uint8_t *>(map);
    m_bytes = bytes;
    m_mapped = true;
    m_frames = frames;
    return true;
}

void FrameStore::assign(qint64 frames, int size, int channels, std::vector<uint8_t> data)
{
    Q_ASSERT(data.size() == bytesFor(frames, size, channels));
    release();
    m_frames = frames;
    m_size = size;
    m_channels = channels;
    m_heap = std::move(data);
    m_data = m_heap.data();
    m_bytes = m_heap.size();
}

bool FrameStore::loadRgb(const QString &videoPath,
                         int size,
                         qint64 maxFrames,
                         const Progress &progress,
                         const std::atomic_bool *cancel,
                         QString *error)
{
    VideoReader reader;
    if (cancel)
        reader.setInterruptCheck([cancel] { return cancel->load(); });
    if (!reader.open(videoPath, error))
        return false;
    qint64 frames = reader.info().frameCount;
    if (maxFrames > 0)
        frames = std::min(frames, maxFrames);
    return loadRgbRange(reader, 0, frames, size, cancel, error, progress);
}

bool FrameStore::loadRgbRange(VideoReader &reader,
                              qint64 first,
                              qint64 count,
                              int size,
                              const std::atomic_bool *cancel,
                              QString *error,
                              const Progress &progress)
{
    if (!allocate(count, size, 3, error))
        return false;
    if (count <= 0)
        return true;
    if (reader.nextIndex() != first && !reader.seek(first, error))
        return false;
    const size_t frameBytes = size_t(size) * size_t(size) * 3;
    VideoFrame decoded;
    QString why;
    qint64 n = 0; // store frames filled so far
    while (n < count) {
        if (cancel && cancel->load()) {
            if (error)
                *error = Tr::tr("Cancelled.");
            return false;
        }
        if (!reader.readNext(&decoded, &why))
            break;
        const qint64 index = decoded.index - first;
        if (index < 0)
            continue;
        if (index >= count)
            break;
        // Undecodable frames are skipped by the reader: place each frame by its own index and
        // fill holes with the next good frame (as the window clamping does at the ends).
        resizeInto(decoded.mat(), size, m_data + size_t(index) * frameBytes, CV_8UC3);
        for (qint64 hole = n; hole < index; ++hole)
            std::copy_n(frame(index), frameBytes, m_data + size_t(hole) * frameBytes);
        n = index + 1;
        if (progress && (n % 64 == 0 || n == count))
            progress(n, count);
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (n == 0) {
        if (error)
            *error = first == 0 && count >= reader.info().frameCount
                             ? Tr::tr("No frame of %1 could be decoded.")
                                       .arg(QDir::toNativeSeparators(reader.path()))
                             : Tr::tr("Frames %1 to %2 of %3 could not be decoded.")
                                       .arg(first)
                                       .arg(first + count - 1)
                                       .arg(QDir::toNativeSeparators(reader.path()));
        return false;
    }
    // Frames past the decodable end repeat the last one decoded.
    for (qint64 hole = n; hole < count; ++hole)
        std::copy_n(frame(n - 1), frameBytes, m_data + size_t(hole) * frameBytes);
    return true;
}

bool FrameStore::loadFlow(const QString &flowCachePath,
                          int size,
                          qint64 maxFrames,
                          const Progress &progress,
                          const std::atomic_bool *cancel,
                          QString *error)
{
    FlowCache cache;
    if (!cache.open(flowCachePath, error))
        return false;
    if (!cache.isComplete()) {
        if (error)
            *error = Tr::tr("The optical flow of %1 is not complete yet. Run 'ethoscribe-cli flow' "
                            "on "
                            "the project first.")
                             .arg(QDir::toNativeSeparators(flowCachePath));
        return false;
    }
    qint64 frames = cache.frameCount();
    if (maxFrames > 0)
        frames = std::min(frames, maxFrames);
    return loadFlowRange(cache, 0, frames, size, error, cancel, progress);
}

bool FrameStore::loadFlowRange(const FlowCache &cache,
                               qint64 first,
                               qint64 count,
                               int size,
                               QString *error,
                               const std::atomic_bool *cancel,
                               const Progress &progress)
{
    if (!allocate(count, size, 2, error))
        return false;
    const size_t frameBytes = size_t(size) * size_t(size) * 2;
    const qint64 last = cache.frameCount() - 1;
    cv::Mat q;
    for (qint64 i = 0; i < count; ++i) {
        if (cancel && cancel->load()) {
            if (error)
                *error = Tr::tr("Cancelled.");
            return false;
        }
        if (!cache.readQuantised(std::clamp<qint64>(first + i, 0, last), &q, error))
            return false;
        resizeInto(q, size, m_data + size_t(i) * frameBytes, CV_8UC2);
        if (progress && ((i + 1) % 64 == 0 || i + 1 == count))
            progress(i + 1, count);
    }
    return true;
}

void FrameStore::writeClip(
        qint64 centre, int clipFrames, int cropSize, const CropChoice &crop, float *out) const
{
    writeIndices(ClipWindow::frameIndices(centre, m_frames, clipFrames), cropSize, crop, out);
}

void FrameStore::writeFrames(
        qint64 first, int count, int cropSize, const CropChoice &crop, float *out) const
{
    std::vector<qint64> indices(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        indices[size_t(i)] = std::clamp<qint64>(first + i, 0, m_frames - 1);
    writeIndices(indices, cropSize, crop, out);
}

void FrameStore::writeIndices(const std::vector<qint64> &indices,
                              int cropSize,
                              const CropChoice &crop,
                              float *out) const
{
    const int clipFrames = int(indices.size());
    const size_t plane = size_t(cropSize) * size_t(cropSize);
    const int c = m_channels;
    constexpr float kScale = float(kValueStep);
    for (int t = 0; t < clipFrames; ++t) {
        const uint8_t *src = frame(indices[size_t(t)]);
        for (int y = 0; y < cropSize; ++y) {
            const uint8_t *row = src + (size_t(crop.y + y) * m_size + crop.x) * c;
            for (int ch = 0; ch < c; ++ch) {
                float *dst = out + (size_t(ch) * clipFrames + t) * plane + size_t(y) * cropSize;
                const bool negate = crop.flip && m_channels == 2 && ch == 0;
                for (int x = 0; x < cropSize; ++x) {
                    const int sx = crop.flip ? cropSize - 1 - x : x;
                    float v = float(row[size_t(sx) * c + ch]) * kScale + float(kValueOffset);
                    dst[x] = negate ? -v : v;
                }
            }
        }
    }
}

} // namespace ethoscribe
