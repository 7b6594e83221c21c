// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/FrameDecoder.h"

#include "video/FrameCache.h"
#include "video/ProxyVideo.h"
#include "video/VideoReader.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

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
        m_proxy.reset();
        m_path = path;
        m_frameCount = 0;
        m_lastWanted = -1;
        if (path.isEmpty())
            return;
        m_reader = std::make_unique<VideoReader>();
        // Opening another file (or closing) abandons this one at once: reading the frame index
        // of a long file, or a stalled one, must not delay the next.
        m_reader->setInterruptCheck(stale(generation));
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

    // Opens the scrubbing proxy of the open video (made earlier or just now).
    void doOpenProxy(const QString &videoPath, const QString &proxyPath, int generation)
    {
        if (generation != m_owner->m_generation.load() || videoPath != m_path || !m_reader)
            return;
        auto proxy = std::make_unique<VideoReader>();
        proxy->setInterruptCheck(stale(generation));
        QString error;
        if (!proxy->open(proxyPath, &error)
            || proxy->info().frameCount != m_reader->info().frameCount) {
            // Damaged, or not this video's: made again next time.
            if (generation == m_owner->m_generation.load())
                QFile::remove(proxyPath);
            return;
        }
        m_proxy = std::move(proxy);
        ProxyVideo::markUsed(proxyPath); // the least recently used proxies are deleted first
        if (generation == m_owner->m_generation.load())
            Q_EMIT m_owner->proxyReady();
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
        QImage image = m_owner->m_cache->cachedFrame(m_path, wanted);
        if (image.isNull() && m_proxy) {
            // First the proxy's frame (a few small frames to decode), then the exact one - unless
            // the user has moved on meanwhile: then only the newest request matters, and a newer
            // request stops the exact decode (the reader keeps its place for the next one).
            VideoFrame preview;
            QString ignored;
            if (m_proxy->readFrame(wanted, &preview, &ignored)
                && generation == m_owner->m_generation.load())
                Q_EMIT m_owner->previewReady(
                        wanted,
                        preview.image.size()
                                        == QSize(m_reader->info().width, m_reader->info().height)
                                ? preview.image
                                : preview.image.scaled(m_reader->info().width,
                                                       m_reader->info().height,
                                                       Qt::IgnoreAspectRatio,
                                                       Qt::FastTransformation));
            if (m_owner->m_wanted.load() >= 0)
                return;
            const auto check = stale(generation);
            FrameDecoder *owner = m_owner;
            image = m_owner->m_cache->frame(m_path, wanted, &error, [check, owner] {
                return check() || owner->m_wanted.load() >= 0;
            });
            if (image.isNull() && m_owner->m_wanted.load() >= 0)
                return; // stopped for a newer request
        } else if (image.isNull()) {
            // Decodes here (not on the GUI thread) when the frame is not cached yet; stops when
            // another file is opened.
            image = m_owner->m_cache->frame(m_path, wanted, &error, stale(generation));
        }
        if (generation != m_owner->m_generation.load())
            return;
        if (image.isNull()) {
            Q_EMIT m_owner->decodeFailed(wanted, error);
            return;
        }
        Q_EMIT m_owner->frameReady(wanted, image);
        // Only the newest request steers the read-ahead: after the playhead while playing,
        // before it while the user goes backward (dragging the playhead back, stepping back),
        // around it otherwise.
        const int direction = playing ? 1 : (m_lastWanted >= 0 && wanted < m_lastWanted ? -1 : 0);
        m_lastWanted = wanted;
        if (m_owner->m_wanted.load() < 0)
            m_owner->m_cache->setPlayhead(m_path, wanted, direction);
    }

private:
    // True once the decoder has moved on to another file (or is being destroyed).
    std::function<bool()> stale(int generation) const
    {
        QThread *thread = QThread::currentThread();
        const FrameDecoder *owner = m_owner;
        return [thread, owner, generation] {
            return thread->isInterruptionRequested() || owner->m_generation.load() != generation;
        };
    }

    FrameDecoder *m_owner;
    std::unique_ptr<VideoReader> m_reader;
    std::unique_ptr<VideoReader> m_proxy; // the scrubbing proxy, when there is one
    QString m_path;
    qint64 m_frameCount = 0;
    qint64 m_lastWanted = -1;
};

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(this))
    , m_cache(new FrameCache(FrameCache::DefaultBudget, this))
    , m_proxyPool(new QThreadPool(this))
{
    m_proxyPool->setMaxThreadCount(1);
    m_thread->setObjectName(QStringLiteral("FrameDecoder"));
    m_worker->moveToThread(m_thread);
    connect(this,
            &FrameDecoder::openRequested,
            m_worker,
            [this](const QString &path, int generation) { m_worker->doOpen(path, generation); });
    connect(this, &FrameDecoder::requestPosted, m_worker, [this](int generation) {
        m_worker->doRequest(generation);
    });
    connect(this,
            &FrameDecoder::proxyOpenRequested,
            m_worker,
            [this](const QString &video, const QString &proxy, int generation) {
                m_worker->doOpenProxy(video, proxy, generation);
            });
    // `opened` comes from the worker thread: queued to this (GUI) thread.
    connect(this, &FrameDecoder::opened, this, &FrameDecoder::onOpened);
    connect(this, &FrameDecoder::proxyReady, this, [this] { m_proxyReady = true; });
    m_thread->start();
}

FrameDecoder::~FrameDecoder()
{
    stopProxyBuild();
    m_proxyPool->waitForDone();
    m_generation.fetch_add(1);
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has finished: safe to delete from here
}

void FrameDecoder::open(const QString &path)
{
    stopProxyBuild();
    m_proxyReady = false;
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

void FrameDecoder::setProxyEnabled(bool enabled)
{
    m_proxyEnabled = enabled;
    if (!enabled)
        stopProxyBuild();
}

void FrameDecoder::cancelProxyBuild()
{
    if (!m_proxyCancel)
        return;
    m_proxyDeclined.insert(m_proxyVideo);
    stopProxyBuild();
}

void FrameDecoder::stopProxyBuild()
{
    if (m_proxyCancel)
        m_proxyCancel->store(true);
    m_proxyCancel.reset();
}

void FrameDecoder::onOpened(const VideoInfo &info)
{
    if (!m_proxyEnabled || info.path.isEmpty() || !ProxyVideo::worthMaking(info))
        return;
    const QString video = info.path;
    const int generation = m_generation.load();
    const QString existing = ProxyVideo::existingFor(video);
    if (!existing.isEmpty()) {
        Q_EMIT proxyOpenRequested(video, existing, generation);
        return;
    }
    if (m_proxyDeclined.contains(video))
        return;
    // Made in the background, on one thread of its own; abandoned when another video is opened.
    stopProxyBuild();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_proxyCancel = cancel;
    const QString proxy = ProxyVideo::pathFor(video);
    const int build = ++m_proxyBuild;
    m_proxyVideo = video;
    Q_EMIT proxyBuildStarted(build, video);
    // The destructor waits for the pool, so `self` outlives the task; the queued calls are
    // dropped if it is destroyed before they are delivered.
    FrameDecoder *self = this;
    (void)QtConcurrent::run(m_proxyPool, [self, cancel, video, proxy, generation, build] {
        QString error;
        const auto progress = [self, build](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                    self,
                    [self, build, done, total] {
                        Q_EMIT self->proxyBuildProgress(build, done, total);
                    },
                    Qt::QueuedConnection);
        };
        const bool ok = ProxyVideo::build(video, proxy, progress, cancel.get(), &error);
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(
                self,
                [self, video, proxy, generation, build, ok, cancelled, error] {
                    if (ok && self->m_generation.load() == generation)
                        Q_EMIT self->proxyOpenRequested(video, proxy, generation);
                    // No proxy: scrubbing decodes the original, as without one.
                    Q_EMIT self->proxyBuildEnded(
                            build,
                            !ok && !cancelled,
                            ok ? tr("Scrubbing copy of %1 made.").arg(QFileInfo(video).fileName())
                            : !cancelled ? tr("No scrubbing copy of %1: %2")
                                                   .arg(QFileInfo(video).fileName(), error)
                            : self->m_proxyDeclined.contains(video)
                                    ? tr("Scrubbing copy of %1 cancelled; scrubbing "
                                         "decodes the original video.")
                                              .arg(QFileInfo(video).fileName())
                                    // Stopped because another video was opened: it is made
                                    // again when this one is opened, and browsing through
                                    // videos should not fill the list of ended jobs.
                                    : QString());
                },
                Qt::QueuedConnection);
    });
}

} // namespace ethoscribe
