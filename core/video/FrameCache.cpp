// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/FrameCache.h"

#include "video/FramePrefetcher.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

namespace ethoscribe {

FrameCache::FrameCache(qint64 budgetBytes, QObject *parent)
    : QObject(parent)
    , m_budget(std::max<qint64>(0, budgetBytes))
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FrameCache prefetch"));
    m_prefetcher = new FramePrefetcher(this);
    m_prefetcher->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_prefetcher, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

FrameCache::~FrameCache()
{
    m_generation.fetchAndAddOrdered(1); // makes the running job stale
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString FrameCache::canonical(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

QImage FrameCache::frame(const QString &videoPath,
                         qint64 index,
                         QString *error,
                         const std::function<bool()> &interrupt)
{
    const Key key{canonical(videoPath), index};
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_entries.find(key);
        if (it != m_entries.end()) {
            m_lru.splice(m_lru.begin(), m_lru, it.value());
            ++m_stats.hits;
            return m_lru.front().image;
        }
        ++m_stats.misses;
    }
    std::shared_ptr<ReaderSlot> slot;
    {
        QMutexLocker readersLock(&m_readersMutex);
        std::shared_ptr<ReaderSlot> &entry = m_readers[key.path];
        if (!entry)
            entry = std::make_shared<ReaderSlot>();
        slot = entry;
    }
    QMutexLocker decodeLock(&slot->mutex);
    {
        // Another thread may have decoded it while this one waited.
        QMutexLocker lock(&m_mutex);
        auto it = m_entries.find(key);
        if (it != m_entries.end())
            return it.value()->image;
    }
    std::unique_ptr<VideoReader> &reader = slot->reader;
    QString why;
    if (!reader) {
        reader = std::make_unique<VideoReader>();
        reader->setInterruptCheck(interrupt);
        if (!reader->open(key.path, &why)) {
            reader.reset();
            if (error)
                *error = why;
            return QImage();
        }
    }
    // The check belongs to this call only: the reader stays for later calls.
    struct ClearCheck
    {
        VideoReader *reader;
        ~ClearCheck() { reader->setInterruptCheck({}); }
    } clearCheck{reader.get()};
    reader->setInterruptCheck(interrupt);
    VideoFrame f;
    if (!reader->readFrame(index, &f, &why)) {
        if (error)
            *error = why;
        return QImage();
    }
    insert(key.path, index, f.image);
    return f.image;
}

QImage FrameCache::cachedFrame(const QString &videoPath, qint64 index) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(Key{canonical(videoPath), index});
    return it == m_entries.end() ? QImage() : it.value()->image;
}

bool FrameCache::contains(const QString &videoPath, qint64 index) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.contains(Key{canonical(videoPath), index});
}

void FrameCache::insert(const QString &videoPath, qint64 index, const QImage &image)
{
    if (image.isNull())
        return;
    QMutexLocker lock(&m_mutex);
    insertLocked(Key{canonical(videoPath), index}, image);
}

void FrameCache::insertLocked(const Key &key, const QImage &image)
{
    const qint64 bytes = image.sizeInBytes();
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        m_used -= it.value()->bytes;
        m_lru.erase(it.value());
        m_entries.erase(it);
    }
    if (bytes > m_budget)
        return; // would evict everything and still not fit
    m_lru.push_front(Entry{key, image, bytes});
    m_entries.insert(key, m_lru.begin());
    m_used += bytes;
    evictLocked();
}

void FrameCache::evictLocked()
{
    while (m_used > m_budget && !m_lru.empty()) {
        const Entry &victim = m_lru.back();
        m_used -= victim.bytes;
        m_entries.remove(victim.key);
        m_lru.pop_back();
        ++m_stats.evictions;
    }
}

void FrameCache::setPlayhead(const QString &videoPath, qint64 index, int direction)
{
    const quint64 generation = m_generation.fetchAndAddOrdered(1) + 1;
    if (!m_prefetchEnabled.loadRelaxed())
        return;
    int ahead = m_prefetchFrames.loadRelaxed();
    {
        // Never prefetch more than half the budget holds: it would evict its own frames.
        QMutexLocker lock(&m_mutex);
        auto it = m_entries.find(Key{canonical(videoPath), index});
        if (it != m_entries.end() && it.value()->bytes > 0)
            ahead = int(std::min<qint64>(ahead, m_budget / 2 / it.value()->bytes));
    }
    if (ahead <= 0)
        return;
    qint64 first = index + 1, last = index + ahead;
    if (direction < 0) {
        first = index - ahead;
        last = index - 1;
    } else if (direction == 0) {
        first = index - ahead / 4;
        last = index + ahead / 2;
    }
    {
        QMutexLocker lock(&m_jobsMutex);
        ++m_pendingJobs;
    }
    FramePrefetcher *worker = m_prefetcher;
    const QString path = canonical(videoPath);
    QMetaObject::invokeMethod(
            worker,
            [worker, path, first, last, generation] {
                worker->prefetch(path, first, last, generation);
            },
            Qt::QueuedConnection);
}

void FrameCache::jobDone()
{
    QMutexLocker lock(&m_jobsMutex);
    if (--m_pendingJobs <= 0) {
        m_pendingJobs = 0;
        m_jobsIdle.wakeAll();
    }
}

bool FrameCache::waitForPrefetch(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    QMutexLocker lock(&m_jobsMutex);
    while (m_pendingJobs > 0)
        if (!m_jobsIdle.wait(&m_jobsMutex, deadline))
            return false;
    return true;
}

void FrameCache::setPrefetchFrames(int frames)
{
    m_prefetchFrames.storeRelaxed(std::max(0, frames));
}

int FrameCache::prefetchFrames() const
{
    return m_prefetchFrames.loadRelaxed();
}

void FrameCache::setPrefetchEnabled(bool enabled)
{
    m_prefetchEnabled.storeRelaxed(enabled ? 1 : 0);
    if (!enabled)
        m_generation.fetchAndAddOrdered(1); // stop the running job
}

void FrameCache::setBudget(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_budget = std::max<qint64>(0, bytes);
    evictLocked();
}

qint64 FrameCache::budget() const
{
    QMutexLocker lock(&m_mutex);
    return m_budget;
}

qint64 FrameCache::usedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_used;
}

int FrameCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

void FrameCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_lru.clear();
    m_entries.clear();
    m_used = 0;
}

void FrameCache::removeVideo(const QString &videoPath)
{
    const QString path = canonical(videoPath);
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_lru.begin(); it != m_lru.end();) {
            if (it->key.path == path) {
                m_used -= it->bytes;
                m_entries.remove(it->key);
                it = m_lru.erase(it);
            } else {
                ++it;
            }
        }
    }
    QMutexLocker readersLock(&m_readersMutex);
    m_readers.erase(path);
}

FrameCache::Statistics FrameCache::statistics() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void FrameCache::resetStatistics()
{
    QMutexLocker lock(&m_mutex);
    m_stats = Statistics();
}

} // namespace ethoscribe
