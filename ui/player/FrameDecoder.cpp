// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/FrameDecoder.h"

#include "video/FrameCache.h"
#include "video/VideoReader.h"

#include <QThread>

namespace ethoscribe {

// Lives on the decoding thread: opens files (for their properties) and decodes wanted frames
// through the cache.
class FrameDecoder::Worker : public QObject
{
public:
    explicit Worker(FrameDecoder *owner)
        : m_owner(owner)
    {}

    void doOpen(const QString &path, int generation)
    {
        m_reader.reset();
        m_path = path;
        m_frameCount = 0;
        if (path.isEmpty())
            return;
        m_reader = std::make_unique<VideoReader>();
        QThread *thread = QThread::currentThread();
        m_reader->setInterruptCheck([thread] { return thread->isInterruptionRequested(); });
        QString error;
        if (!m_reader->open(path, &error)) {
            m_reader.reset();
            m_path.clear();
            if (generation == m_owner->m_generation.load())
                Q_EMIT m_owner->openFailed(error);
            return;
        }
        m_frameCount = m_reader->info().frameCount;
        if (generation == m_owner->m_generation.load())
            Q_EMIT m_owner->opened(m_reader->info());
    }

    void doRequest(int generation)
    {
        if (m_path.isEmpty() || generation != m_owner->m_generation.load())
            return;
        const qint64 wanted = m_owner->m_wanted.exchange(-1);
        if (wanted < 0 || wanted >= m_frameCount)
            return; // an earlier call already served the newest request
        const bool playing = m_owner->m_prefetch.load();
        QString error;
        // Decodes here (not on the GUI thread) when the frame is not cached yet.
        const QImage image = m_owner->m_cache->frame(m_path, wanted, &error);
        if (generation != m_owner->m_generation.load())
            return;
        if (image.isNull()) {
            Q_EMIT m_owner->decodeFailed(wanted, error);
            return;
        }
        Q_EMIT m_owner->frameReady(wanted, image);
        // Only the newest request steers the read-ahead.
        if (m_owner->m_wanted.load() < 0)
            m_owner->m_cache->setPlayhead(m_path, wanted, playing ? 1 : 0);
    }

private:
    FrameDecoder *m_owner;
    std::unique_ptr<VideoReader> m_reader;
    QString m_path;
    qint64 m_frameCount = 0;
};

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(this))
    , m_cache(new FrameCache(FrameCache::DefaultBudget, this))
{
    m_thread->setObjectName(QStringLiteral("FrameDecoder"));
    m_worker->moveToThread(m_thread);
    connect(this,
            &FrameDecoder::openRequested,
            m_worker,
            [this](const QString &path, int generation) { m_worker->doOpen(path, generation); });
    connect(this, &FrameDecoder::requestPosted, m_worker, [this](int generation) {
        m_worker->doRequest(generation);
    });
    m_thread->start();
}

FrameDecoder::~FrameDecoder()
{
    m_generation.fetch_add(1);
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has finished: safe to delete from here
}

void FrameDecoder::open(const QString &path)
{
    const int generation = m_generation.fetch_add(1) + 1;
    m_wanted.store(-1);
    if (!m_path.isEmpty())
        m_cache->removeVideo(m_path);
    m_path = path;
    Q_EMIT openRequested(path, generation);
}

void FrameDecoder::close()
{
    open(QString());
}

void FrameDecoder::request(qint64 index, bool prefetch)
{
    m_prefetch.store(prefetch);
    m_wanted.store(index);
    Q_EMIT requestPosted(m_generation.load());
}

QImage FrameDecoder::cached(qint64 index) const
{
    return m_path.isEmpty() ? QImage() : m_cache->cachedFrame(m_path, index);
}

void FrameDecoder::setCacheBudget(qint64 bytes)
{
    m_cache->setBudget(bytes);
}

} // namespace ethoscribe
