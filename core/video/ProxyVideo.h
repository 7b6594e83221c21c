// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "video/VideoInfo.h"

#include <QString>

#include <atomic>
#include <functional>

namespace ethoscribe {

// A scrubbing proxy: a copy of a video re-encoded for fast random access (H.264 with a keyframe
// every 8 frames, no B-frames, at most 640 pixels wide), one proxy frame per original frame with
// the same index. Camera files usually have a keyframe only every few seconds, so showing an
// arbitrary frame means decoding up to hundreds of frames from the keyframe before it; in the
// proxy it is at most 8 small ones. The player shows proxy frames while the user drags or clicks
// around and the exact original frame as soon as it is decoded: what is labeled and exported is
// always the original.
//
// Proxies live in the user's cache (QStandardPaths::CacheLocation/proxies), named after the
// video's absolute path, size and modification time: a changed or replaced video gets a new one.
// Building reads the whole video once (a few minutes per hour of 320x240 video on one core);
// it writes to a temporary name and renames at the end, so a proxy that exists is complete.
class ProxyVideo
{
public:
    static constexpr int KeyframeInterval = 8;
    static constexpr int MaxWidth = 640;

    // Whether a proxy speeds up random access noticeably: videos of at least 20 s whose
    // keyframes are more than 16 frames apart on average, or wider than MaxWidth.
    static bool worthMaking(const VideoInfo &info);
    // Where the proxy of a video is (or would be) kept.
    static QString pathFor(const QString &videoPath);
    // The proxy of the video, when one is complete; else empty.
    static QString existingFor(const QString &videoPath);
    // Makes the proxy of `videoPath` at `proxyPath`. progress(done, total) is called every few
    // dozen frames; `cancel` (may be null) stops it. False with *error on failure or cancel
    // (nothing is left behind then).
    static bool build(const QString &videoPath,
                      const QString &proxyPath,
                      const std::function<void(qint64 done, qint64 total)> &progress,
                      const std::atomic_bool *cancel,
                      QString *error);
    // The proxy's picture size for a video of this size (even numbers, aspect kept).
    static void proxySize(int width, int height, int *proxyWidth, int *proxyHeight);

    // The proxies folder is kept under this size: after each build the least recently used
    // proxies are deleted (they are made again when needed). Opening a proxy counts as a use
    // (markUsed()).
    static constexpr qint64 DefaultCacheBytes = qint64(2) * 1024 * 1024 * 1024;
    static void markUsed(const QString &proxyPath);
    // Deletes least recently used proxies in `folder` (default: the proxies folder) until the
    // rest take at most maxBytes; `keep` is never deleted, nor a proxy being made (unless it was
    // left a day ago by a program that stopped). Returns the bytes deleted.
    static qint64 prune(qint64 maxBytes,
                        const QString &keep = QString(),
                        const QString &folder = QString());
    static QString folder();
};

} // namespace ethoscribe
