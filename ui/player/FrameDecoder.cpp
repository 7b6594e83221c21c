// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/FrameDecoder.h"

#include "video/VideoReader.h"

#include <QThread>

namespace ethoscribe {

namespace {
constexpr int kPrefetchFrames = 48;
constexpr int kForwardDecodeLimit = 90; // decode forward rather than seek up to this distance
} // namespace

// Lives on the decoding thread; owns the VideoReader.
class FrameDecoder::Worker : public QObject
{
public:
    explicit Worker(FrameDecoder *owner)
        : m_owner(owner)
    {}

    void doOpen(const QString &path, int generation)
    {
        m_reader = std::make_unique<VideoReader>();
        QThread *thread = QThread::currentThread();
        m_reader->setInterruptCheck([thread] { return thread->isInterruptionRequested(); });
        QString error;
        if (path.isEmpty())
            return;
        if (!m_reader->open(path, &error)) {
            m_reader.reset();
            if (generation == m_owner->m_generation.load())
                Q_EMIT m_owner->openFailed(error);
            return;
        }
        if (generation == m_owner->m_generation.load())
            Q_EMIT m_owner->opened(m_reader->info());
    }

    void doRequest(int generation)
    {
        if (!m_reader || generation != m_owner->m_generation.load())
            return;
        const qint64 wanted = m_owner->m_wanted.exchange(-1);
        if (wanted < 0 || wanted >= m_reader->info().frameCount)
            return; // an earlier call already served the newest request
        QImage image = m_owner->cached(wanted);
        if (image.isNull()) {
            QString error;
            if (!decode(wanted, &image, &error)) {
                if (generation == m_owner->m_generation.load())
                    Q_EMIT m_owner->decodeFailed(wanted, error);
                return;
            }
        }
        if (generation != m_owner->m_generation.load())
            return;
        Q_EMIT m_owner->frameReady(wanted, image);

        if (!m_owner->m_prefetch.load())
            return;
        // Read ahead while nobody asks for something else.
        const qint64 last = std::min(m_reader->info().frameCount - 1, wanted + kPrefetchFrames);
        for (qint64 f = wanted + 1; f <= last; ++f) {
            if (m_owner->m_wanted.load() >= 0 || generation != m_owner->m_generation.load()
                || QThread::currentThread()->isInterruptionRequested())
                return;
            if (!m_owner->cached(f).isNull())
                continue;
            QImage ahead;
            QString error;
            if (!decode(f, &ahead, &error))
                return;
        }
    }

private:
    // Decodes frame index into *image, caching it and every frame decoded on the way.
    bool decode(qint64 index, QImage *image, QString *error)
    {
        VideoFrame frame;
        const qint64 next = m_reader->nextIndex();
        if (index >= next && index - next <= kForwardDecodeLimit && !m_reader->atEnd()) {
            while (m_reader->readNext(&frame, error)) {
                store(frame);
                if (frame.index >= index)
                    break;
            }
            if (frame.index == index) {
                *image = frame.image;
                return true;
            }
            // Skipped an undecodable frame or hit the end: fall back to exact random access.
        }
        if (!m_reader->readFrame(index, &frame, error))
            return false;
        store(frame);
        *image = frame.image;
        return true;
    }

    void store(const VideoFrame &frame)
    {
        QMutexLocker lock(&m_owner->m_cacheMutex);
        const int cost = std::max<int>(1, int(frame.image.sizeInBytes() / 1024));
        m_owner->m_cache.insert(frame.index, new QImage(frame.image), cost);
    }

    FrameDecoder *m_owner;
    std::unique_ptr<VideoReader> m_reader;
};

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(this))
{
    m_cache.setMaxCost(64 * 1024);
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
    {
        QMutexLocker lock(&m_cacheMutex);
        m_cache.clear();
    }
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
    QMutexLocker lock(&m_cacheMutex);
    if (const QImage *image = m_cache.object(index))
        return *image;
    return QImage();
}

void FrameDecoder::setCacheBudget(qint64 bytes)
{
    QMutexLocker lock(&m_cacheMutex);
    m_cache.setMaxCost(int(std::max<qint64>(1024, bytes / 1024)));
}

} // namespace ethoscribe
