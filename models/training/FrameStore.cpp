// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/FrameStore.h"

#include "flow/FlowCache.h"
#include "inference/ClipWindow.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>

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

void FrameStore::allocate(qint64 frames, int size, int channels)
{
    m_frames = frames;
    m_size = size;
    m_channels = channels;
    m_data.assign(size_t(frames) * size_t(size) * size_t(size) * size_t(channels), 0);
}

void FrameStore::assign(qint64 frames, int size, int channels, std::vector<uint8_t> data)
{
    Q_ASSERT(data.size() == size_t(frames) * size_t(size) * size_t(size) * size_t(channels));
    m_frames = frames;
    m_size = size;
    m_channels = channels;
    m_data = std::move(data);
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
    allocate(std::max<qint64>(0, count), size, 3);
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
        resizeInto(decoded.mat(), size, m_data.data() + size_t(index) * frameBytes, CV_8UC3);
        for (qint64 hole = n; hole < index; ++hole)
            std::copy_n(frame(index), frameBytes, m_data.data() + size_t(hole) * frameBytes);
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
        std::copy_n(frame(n - 1), frameBytes, m_data.data() + size_t(hole) * frameBytes);
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
    allocate(std::max<qint64>(0, count), size, 2);
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
        resizeInto(q, size, m_data.data() + size_t(i) * frameBytes, CV_8UC2);
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
