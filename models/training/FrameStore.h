// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inference/CropChoice.h"

#include <QString>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace ethoscribe {

class FlowCache;
class VideoReader;

// Every frame of one video, for one stream, already resized to the square the network's
// transform resizes to, as 8-bit pixels in memory: RGB frames (3 channels) decoded once, or
// optical flow (2 channels, dx and dy quantised as in the flow cache: 0..255 for -20..+20 px).
// Training reads thousands of overlapping 16-frame windows in random order; decoding and
// resizing each frame once makes that a memory copy. Read-only after loading, so any number of
// loader threads may read it at once.
//
// Values fed to a network are v / 127.5 - 1 for both streams: for RGB that is the paper's
// [0, 255] -> [-1, 1]; for quantised flow it is exactly the dequantised displacement divided
// by 20 px (ClipTransform's flow scaling).
class FrameStore
{
public:
    FrameStore() = default;
    ~FrameStore();
    FrameStore(FrameStore &&other) noexcept;
    FrameStore &operator=(FrameStore &&other) noexcept;
    FrameStore(const FrameStore &) = delete;
    FrameStore &operator=(const FrameStore &) = delete;

    using Progress = std::function<void(qint64 done, qint64 total)>;
    // What the networks see of an 8-bit value v: v * kValueStep + kValueOffset.
    static constexpr double kValueStep = 1.0 / 127.5;
    static constexpr double kValueOffset = -1.0;

    qint64 frameCount() const { return m_frames; }
    int size() const { return m_size; }
    int channels() const { return m_channels; }
    bool isFlow() const { return m_channels == 2; }
    size_t bytes() const { return m_bytes; }
    const uint8_t *frame(qint64 index) const
    {
        return m_data + size_t(index) * size_t(m_size) * size_t(m_size) * size_t(m_channels);
    }
    // The bytes that `frames` frames of `size` x `size` x `channels` take.
    static size_t bytesFor(qint64 frames, int size, int channels)
    {
        return size_t(std::max<qint64>(0, frames)) * size_t(size) * size_t(size) * size_t(channels);
    }

    // Where the next load keeps its frames: in memory (an empty folder, the default), or in a
    // file in `folder` mapped into memory, for runs whose frames would not fit in memory (hours
    // of video at the full networks' sizes): the system keeps in memory what is read often and
    // can drop the rest. The file is removed as soon as it is mapped, so nothing of it remains,
    // whatever ends the program. A disk too full for the file fails the load with a message.
    void setBackingFolder(const QString &folder) { m_backingFolder = folder; }
    bool isOnDisk() const { return m_mapped; }

    // Decodes the whole video sequentially (at most maxFrames frames when > 0). Shrinking uses
    // area interpolation, enlarging bilinear, as ClipTransform does.
    bool loadRgb(const QString &videoPath,
                 int size,
                 qint64 maxFrames,
                 const Progress &progress,
                 const std::atomic_bool *cancel,
                 QString *error);
    // Reads every frame of a complete flow cache file.
    bool loadFlow(const QString &flowCachePath,
                  int size,
                  qint64 maxFrames,
                  const Progress &progress,
                  const std::atomic_bool *cancel,
                  QString *error);

    // Frames [first, first + count) only, read in order from a reader that stays open between
    // calls (consecutive ranges decode sequentially, without seeking). Frame i of the store is
    // video frame first + i; frames past the decodable end repeat the last one decoded.
    bool loadRgbRange(VideoReader &reader,
                      qint64 first,
                      qint64 count,
                      int size,
                      const std::atomic_bool *cancel,
                      QString *error,
                      const Progress &progress = {});
    bool loadFlowRange(const FlowCache &cache,
                       qint64 first,
                       qint64 count,
                       int size,
                       QString *error,
                       const std::atomic_bool *cancel = nullptr,
                       const Progress &progress = {});

    // Takes frames already resized (frames x size x size x channels bytes), e.g. made in memory.
    void assign(qint64 frames, int size, int channels, std::vector<uint8_t> data);

    // Network input for the window of `centre` (frames centre-8 .. centre+7, clamped to the
    // video): [channels, clipFrames, crop, crop] floats written to `out`, cut at `crop` (and
    // mirrored when crop.flip; the horizontal flow component then changes sign).
    void writeClip(
            qint64 centre, int clipFrames, int cropSize, const CropChoice &crop, float *out) const;
    // Same for frames [first, first + count) (indexes clamped to the video): [channels, count,
    // crop, crop]. Used for the long segments of dense inference.
    void writeFrames(
            qint64 first, int count, int cropSize, const CropChoice &crop, float *out) const;

private:
    bool allocate(qint64 frames, int size, int channels, QString *error);
    void release();
    void writeIndices(const std::vector<qint64> &indices,
                      int cropSize,
                      const CropChoice &crop,
                      float *out) const;

    std::vector<uint8_t> m_heap; // the frames when in memory
    uint8_t *m_data = nullptr;   // m_heap's or the mapped file's bytes
    size_t m_bytes = 0;
    bool m_mapped = false; // m_data is a mapping of a removed file, m_bytes long
    QString m_backingFolder;
    qint64 m_frames = 0;
    int m_size = 0;
    int m_channels = 0;
};

} // namespace ethoscribe
