// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "video/VideoFrame.h"
#include "video/VideoInfo.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace ethoscribe {

// Frame-exact access to a video file through FFmpeg: sequential decoding and random access by
// 0-based frame index (presentation order), frames as RGB.
//
// On the first open of a file, every packet of the video stream is listed (no decoding; for
// files without timestamps, such as AVI with B-frames, one decoding pass) to get the exact
// frame count, keyframes and presentation order. That index is cached in memory and on disk
// (QStandardPaths::CacheLocation/frame-index), so later opens are fast. A random access seeks
// to the keyframe before the frame and decodes forward; a frame a little ahead of the current
// position is reached by decoding forward without seeking.
//
// Damaged files: what can be decoded is returned; frames that could not be decoded are
// listed by undecodableFrames(). A time limit and an interrupt check keep a hostile or stalled
// file from hanging the caller.
//
// Threads: a VideoReader must be used by one thread at a time (it owns FFmpeg decoder state).
// Use one reader per thread; the frame index is shared between them.
class VideoReader
{
public:
    VideoReader();
    ~VideoReader();
    VideoReader(const VideoReader &) = delete;
    VideoReader &operator=(const VideoReader &) = delete;

    // Decoder threads used by the next open(): 0 = defaultDecoderThreads(). Frame-accurate
    // output does not depend on the thread count.
    void setDecoderThreads(int threads);
    static int defaultDecoderThreads();
    // Longest time (ms) one step may go without progress (reading a packet, decoding a frame)
    // before it is abandoned as hung. Default 30000.
    void setTimeLimit(int milliseconds);
    // Called often during long work; returning true aborts it (e.g. a thread's
    // isInterruptionRequested()). May be empty.
    void setInterruptCheck(std::function<bool()> check);
    // Progress while the frame index is built on first open: (bytes done, bytes total); return
    // false to cancel the open.
    void setIndexProgress(std::function<bool(qint64 done, qint64 total)> progress);
    // Use (and write) the on-disk index cache. Default true.
    void setIndexCacheEnabled(bool enabled);

    // Opens a video file. Returns false with a plain-language message naming the file.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    const VideoInfo &info() const;
    QString path() const;
    // The last open() found the frame index in the cache (memory or disk) rather than building it.
    bool indexWasCached() const;

    // Random access: decodes exactly frame `index` (0-based). Afterwards readNext() continues
    // with index + 1.
    bool readFrame(qint64 index, VideoFrame *frame, QString *error);
    // Sequential access: the next frame in presentation order (frame 0 after open()). Frames that
    // cannot be decoded are skipped (and listed in undecodableFrames()). Returns false at the end
    // (atEnd() is then true and *error empty) or on failure (*error set).
    bool readNext(VideoFrame *frame, QString *error);
    // Makes readNext() continue at `index`.
    bool seek(qint64 index, QString *error);
    bool atEnd() const;
    qint64 nextIndex() const;

    // Time of a frame from the start of the video, from the container's timestamps.
    double frameTime(qint64 index) const;
    // The frame shown at `seconds` (the last frame starting at or before it), clamped to range.
    qint64 frameAtTime(double seconds) const;
    bool isKeyframe(qint64 index) const;

    // Frames found so far (by any decoding) that yielded no picture, in increasing order.
    QList<qint64> undecodableFrames() const;
    // Frames that yielded a picture but for which the decoder reported errors (concealed damage).
    QList<qint64> damagedFrames() const;

    // Counters for benchmarks and tests: seeks done, packets sent to the decoder, frames decoded.
    struct Statistics
    {
        qint64 seeks = 0;
        qint64 packetsDecoded = 0;
        qint64 framesDecoded = 0;
        qint64 reopenFallbacks = 0;
    };
    Statistics statistics() const;

    // Where the on-disk index of a file is cached (for tests and "clear cache").
    static QString indexCacheFile(const QString &videoPath);
    // Forget the in-memory indexes (the disk cache is kept).
    static void clearMemoryIndexCache();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ethoscribe
