// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace ethoscribe {

class FrameCache;
class VideoReader;

// Internal to FrameCache: lives in the cache's prefetch thread with its own VideoReader and
// decodes ranges of frames into the cache. A job stops as soon as the playhead moves on (its
// generation is no longer current) or the thread is asked to stop.
class FramePrefetcher : public QObject
{
    Q_OBJECT

public:
    explicit FramePrefetcher(FrameCache *cache);
    ~FramePrefetcher() override;

    // Decodes frames [first, last] (clamped to the video) that are not cached yet.
    void prefetch(const QString &path, qint64 first, qint64 last, quint64 generation);

private:
    bool stopRequested(quint64 generation) const;

    FrameCache *m_cache;
    std::unique_ptr<VideoReader> m_reader;
};

} // namespace ethoscribe
