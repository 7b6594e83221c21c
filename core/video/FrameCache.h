// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInteger>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <list>
#include <map>
#include <memory>

class QThread;

namespace ethoscribe {

class FramePrefetcher;
class VideoReader;

// Decoded frames of one or more videos, for the player and anything that shows frames: a
// thread-safe least-recently-used cache with a memory budget, and a background thread that
// decodes the frames after the playhead before they are asked for (decoding forward is much
// cheaper than seeking to each frame).
//
// frame() may be called from any thread; it returns the cached picture or decodes it at once.
// setPlayhead() steers prefetching: during playback forward it fills the next frames, when
// stepping backward the frames before the playhead. Owns the prefetch thread (with its own
// VideoReader); the destructor stops and joins it.
class FrameCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultBudget = qint64(256) * 1024 * 1024;

    explicit FrameCache(qint64 budgetBytes = DefaultBudget, QObject *parent = nullptr);
    ~FrameCache() override;

    // Frame `index` (0-based) of the video, as RGB888. Null on failure, with *error set.
    // `interrupt`, when set, is asked during a decode; returning true stops it (the frame is
    // then null and the reader keeps its place when it was stopped between two frames).
    QImage frame(const QString &videoPath,
                 qint64 index,
                 QString *error = nullptr,
                 const std::function<bool()> &interrupt = {});
    // The cached frame or a null image; never decodes and does not count as a hit or miss.
    QImage cachedFrame(const QString &videoPath, qint64 index) const;
    bool contains(const QString &videoPath, qint64 index) const;
    void insert(const QString &videoPath, qint64 index, const QImage &image);

    // direction: +1 playing forward, -1 playing or stepping backward, 0 paused (prefetch a few
    // frames on both sides).
    void setPlayhead(const QString &videoPath, qint64 index, int direction);
    // Frames prefetched ahead of the playhead (default 60 = 2 s at 30 fps).
    void setPrefetchFrames(int frames);
    int prefetchFrames() const;
    void setPrefetchEnabled(bool enabled);
    // Waits until the prefetch thread has nothing left to do (tests, benchmarks).
    bool waitForPrefetch(int milliseconds);

    void setBudget(qint64 bytes);
    qint64 budget() const;
    qint64 usedBytes() const;
    int count() const;
    void clear();
    void removeVideo(const QString &videoPath);

    struct Statistics
    {
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 evictions = 0;
        qint64 prefetched = 0;
        // Keyframe seeks of the prefetch thread's reader: during playback forward it reads on
        // from where it stopped, even when each new playhead position interrupts its job.
        qint64 prefetchSeeks = 0;
    };
    Statistics statistics() const;
    void resetStatistics();

Q_SIGNALS:
    // A frame was decoded into the cache by the prefetch thread (emitted from that thread).
    void frameReady(const QString &videoPath, qint64 index);
    // The prefetch thread could not decode (e.g. the file was removed).
    void prefetchFailed(const QString &videoPath, const QString &message);

private:
    friend class FramePrefetcher;
    struct Key
    {
        QString path;
        qint64 index;
        bool operator==(const Key &o) const { return index == o.index && path == o.path; }
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.path, k.index); }
    struct Entry
    {
        Key key;
        QImage image;
        qint64 bytes;
    };

    static QString canonical(const QString &path);
    void insertLocked(const Key &key, const QImage &image);
    void evictLocked();
    bool isCurrent(quint64 generation) const { return m_generation.loadAcquire() == generation; }
    void jobDone();

    mutable QMutex m_mutex; // guards the LRU, budget and statistics
    std::list<Entry> m_lru; // most recently used first
    QHash<Key, std::list<Entry>::iterator> m_entries;
    qint64 m_budget;
    qint64 m_used = 0;
    Statistics m_stats;

    // Synchronous decoding in frame(): one reader per video, each with its own lock held through a
    // decode. The map has its own lock, held only to look up, add or drop a slot, so that
    // removeVideo() (the GUI thread, when a video is opened or closed) never waits on a decode:
    // a decode in flight keeps its slot alive and finishes on its own.
    struct ReaderSlot
    {
        QMutex mutex;
        std::unique_ptr<VideoReader> reader;
    };
    QMutex m_readersMutex;
    std::map<QString, std::shared_ptr<ReaderSlot>> m_readers;

    QAtomicInteger<quint64> m_generation = 0;
    QAtomicInteger<int> m_prefetchFrames = 60;
    QAtomicInteger<int> m_prefetchEnabled = 1;
    QMutex m_jobsMutex;
    QWaitCondition m_jobsIdle;
    int m_pendingJobs = 0;
    QThread *m_thread = nullptr;
    FramePrefetcher *m_prefetcher = nullptr;
};

} // namespace ethoscribe
