// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/FramePrefetcher.h"

#include "video/FrameCache.h"
#include "video/VideoReader.h"

#include <QThread>

namespace ethoscribe {

FramePrefetcher::FramePrefetcher(FrameCache *cache)
    : m_cache(cache)
{}

FramePrefetcher::~FramePrefetcher() = default;

bool FramePrefetcher::stopRequested(quint64 generation) const
{
    return QThread::currentThread()->isInterruptionRequested() || !m_cache->isCurrent(generation);
}

void FramePrefetcher::prefetch(const QString &path, qint64 first, qint64 last, quint64 generation)
{
    struct Done
    {
        FrameCache *cache;
        ~Done() { cache->jobDone(); }
    } done{m_cache};
    if (stopRequested(generation))
        return;
    if (!m_reader || m_reader->path() != path || !m_reader->isOpen()) {
        m_reader = std::make_unique<VideoReader>();
        QString error;
        if (!m_reader->open(path, &error)) {
            m_reader.reset();
            Q_EMIT m_cache->prefetchFailed(path, error);
            return;
        }
    }
    // Stop decoding at once when the playhead moves on or the cache is destroyed; stopped
    // between two frames, the reader keeps its place for the next job.
    m_reader->setInterruptCheck([this, generation] { return stopRequested(generation); });
    struct CountSeeks
    {
        FrameCache *cache;
        VideoReader *reader;
        qint64 before;
        ~CountSeeks()
        {
            QMutexLocker lock(&cache->m_mutex);
            cache->m_stats.prefetchSeeks += reader->statistics().seeks - before;
        }
    } countSeeks{m_cache, m_reader.get(), m_reader->statistics().seeks};
    first = std::max<qint64>(0, first);
    last = std::min<qint64>(m_reader->info().frameCount - 1, last);
    for (qint64 i = first; i <= last; ++i) {
        if (stopRequested(generation))
            return;
        if (m_cache->contains(path, i))
            continue;
        VideoFrame frame;
        QString error;
        if (!m_reader->readFrame(i, &frame, &error)) {
            if (stopRequested(generation))
                return;
            continue; // an undecodable frame: the player shows the error when it asks
        }
        m_cache->insert(path, i, frame.image);
        {
            QMutexLocker lock(&m_cache->m_mutex);
            ++m_cache->m_stats.prefetched;
        }
        Q_EMIT m_cache->frameReady(path, i);
    }
}

} // namespace ethoscribe
