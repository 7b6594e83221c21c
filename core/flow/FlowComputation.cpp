// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowComputation.h"

#include "flow/FlowCache.h"
#include "flow/FlowCacheLock.h"
#include "flow/FlowCacheWriter.h"
#include "flow/FlowEstimator.h"
#include "flow/FlowQuantisation.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThread>

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <exception>
#include <limits>
#include <thread>
#include <vector>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowComputation)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// State shared by the workers of one ensure() call.
struct SharedRun
{
    SharedRun(const QString &path, FlowMethod m)
        : videoPath(path)
        , method(m)
    {}

    const QString videoPath;
    const FlowMethod method;
    int decoderThreads = 0;
    FlowCacheWriter *writer = nullptr;
    const FlowComputation::Progress *progress = nullptr;
    std::atomic_bool *cancel = nullptr;
    std::atomic_bool failed{false};
    std::atomic<qint64> done{0};
    qint64 total = 0;
    QMutex mutex; // guards error and serialises progress calls
    QString error;

    bool stopping() const { return failed.load() || (cancel && cancel->load()); }
    void fail(const QString &message)
    {
        QMutexLocker lock(&mutex);
        if (!failed.exchange(true))
            error = message;
    }
    void frameDone()
    {
        const qint64 d = ++done;
        if (progress && *progress) {
            QMutexLocker lock(&mutex);
            (*progress)(d, total);
        }
    }
};

// Decodes a range of a video in order and hands out grayscale frames by index, remembering
// the previous one so that consecutive chunks need no seek.
class SequentialGrayReader
{
public:
    explicit SequentialGrayReader(VideoReader &reader)
        : m_reader(reader)
    {}

    // Gray frame `index` (empty Mat when it cannot be decoded). Indexes must increase, except that
    // asking again for the last one is allowed.
    bool frame(qint64 index, cv::Mat *gray, QString *error)
    {
        if (index == m_lastIndex) {
            *gray = m_last;
            return true;
        }
        if (index < m_nextDecoded || index > m_nextDecoded + kSeekDistance) {
            if (!m_reader.seek(index, error))
                return false;
            m_nextDecoded = index;
            m_pending = VideoFrame();
        }
        while (true) {
            if (!m_pending.isValid()) {
                error->clear();
                if (m_reader.atEnd() || !m_reader.readNext(&m_pending, error)) {
                    if (!error->isEmpty())
                        return false;
                    m_pending = VideoFrame(); // end of file: everything further is missing
                    m_nextDecoded = std::numeric_limits<qint64>::max();
                    return remember(index, cv::Mat(), gray);
                }
                m_nextDecoded = m_pending.index + 1;
            }
            if (m_pending.index < index) {
                m_pending = VideoFrame();
                continue;
            }
            if (m_pending.index > index) // undecodable frame, skipped by the reader
                return remember(index, cv::Mat(), gray);
            const cv::Mat g = FlowEstimator::toGray(m_pending.mat());
            m_pending = VideoFrame();
            return remember(index, g, gray);
        }
    }

private:
    // Decoding forward is cheaper than seeking for gaps this short.
    static constexpr qint64 kSeekDistance = 8;

    bool remember(qint64 index, const cv::Mat &g, cv::Mat *gray)
    {
        m_lastIndex = index;
        m_last = g;
        *gray = g;
        return true;
    }

    VideoReader &m_reader;
    VideoFrame m_pending;
    qint64 m_nextDecoded = 0;
    qint64 m_lastIndex = -1;
    cv::Mat m_last;
};

void runWorker(SharedRun &run, const std::vector<int> &chunks)
{
    try {
        VideoReader reader;
        reader.setDecoderThreads(run.decoderThreads);
        reader.setInterruptCheck([&run] { return run.stopping(); });
        QString error;
        if (!reader.open(run.videoPath, &error)) {
            run.fail(error);
            return;
        }
        const FlowCacheHeader &h = run.writer->header();
        FlowEstimator estimator(run.method);
        SequentialGrayReader frames(reader);
        cv::Mat zero8;
        FlowQuantisation::quantise(cv::Mat(h.height, h.width, CV_32FC2, cv::Scalar(0, 0)), &zero8);
        const QByteArray zeroBlob = FlowCacheWriter::compressFrame(zero8);
        cv::Mat previous, current, flow, quantised;
        for (const int chunk : chunks) {
            const qint64 first = qint64(chunk) * h.chunkFrames;
            const int n = h.framesInChunk(chunk);
            QVector<QByteArray> blobs;
            blobs.reserve(n);
            if (first > 0 && !frames.frame(first - 1, &previous, &error)) {
                run.fail(error);
                return;
            }
            for (qint64 t = first; t < first + n; ++t) {
                if (run.stopping())
                    return;
                if (!frames.frame(t, &current, &error)) {
                    if (!run.stopping())
                        run.fail(error);
                    return;
                }
                if (!current.empty() && current.size() != cv::Size(h.width, h.height)) {
                    run.fail(Tr::tr("Frame %1 of %2 has another size than the video.")
                                     .arg(t)
                                     .arg(native(run.videoPath)));
                    return;
                }
                if (t == 0 || previous.empty() || current.empty()) {
                    blobs << zeroBlob;
                } else {
                    estimator.compute(previous, current, &flow);
                    FlowQuantisation::quantise(flow, &quantised);
                    blobs << FlowCacheWriter::compressFrame(quantised);
                }
                previous = current;
                run.frameDone();
            }
            if (!run.writer->writeChunk(chunk, blobs, &error)) {
                run.fail(error);
                return;
            }
        }
    } catch (const std::exception &e) {
        run.fail(Tr::tr("Computing the optical flow of %1 failed: %2.")
                         .arg(native(run.videoPath), QString::fromLocal8Bit(e.what())));
    }
}

bool completeMatchingCache(const QString &cachePath,
                           const QString &contentHash,
                           FlowMethod method,
                           const QJsonObject &parameters)
{
    if (!QFileInfo::exists(cachePath))
        return false;
    FlowCache cache;
    return cache.open(cachePath, nullptr) && cache.method() == method
           && cache.contentHash() == contentHash && cache.header().parameters == parameters
           && cache.isComplete();
}

} // namespace

bool FlowComputation::isComplete(const QString &cachePath,
                                 const QString &contentHash,
                                 FlowMethod method)
{
    if (!FlowEstimator::isAvailable(method, nullptr))
        return false;
    return completeMatchingCache(
            cachePath, contentHash, method, FlowEstimator(method).parameters());
}

int FlowComputation::defaultThreads()
{
    return std::max(1, QThread::idealThreadCount());
}

bool FlowComputation::ensure(const QString &videoPath,
                             const QString &contentHash,
                             const QString &cachePath,
                             const FlowOptions &options,
                             const Progress &progress,
                             std::atomic_bool *cancel,
                             QString *error,
                             const Waiting &waiting)
{
    QString localError;
    QString *err = error ? error : &localError;
    err->clear();
    if (!FlowEstimator::isAvailable(options.method, err))
        return false;
    const QJsonObject parameters = FlowEstimator(options.method).parameters();
    auto alreadyComplete = [&] {
        if (!completeMatchingCache(cachePath, contentHash, options.method, parameters))
            return false;
        if (progress) {
            FlowCache cache;
            if (cache.open(cachePath, nullptr))
                progress(cache.frameCount(), cache.frameCount());
        }
        return true;
    };
    if (alreadyComplete())
        return true;

    VideoReader probe;
    if (!probe.open(videoPath, err))
        return false;
    FlowCacheHeader wanted;
    wanted.method = options.method;
    wanted.parameters = parameters;
    wanted.contentHash = contentHash;
    wanted.frameCount = probe.info().frameCount;
    wanted.width = probe.info().width;
    wanted.height = probe.info().height;
    wanted.chunkFrames = std::max(1, options.chunkFrames);
    wanted.opencvVersion = QString::fromLatin1(CV_VERSION);
    probe.close();

    // One writer at a time (FlowCacheLock). While another holds the cache, follow its progress
    // from the file; when it lets go, the cache is complete or (it stopped) resumed from here.
    FlowCacheLock lock(cachePath);
    bool waited = false;
    for (;;) {
        const FlowCacheLock::Outcome outcome = lock.tryLock(err);
        if (outcome == FlowCacheLock::Outcome::Locked)
            break;
        if (outcome == FlowCacheLock::Outcome::Failed)
            return false;
        if (!waited && waiting)
            waiting(lock.holder());
        waited = true;
        if (progress) {
            const qint64 done = FlowCache::framesCached(cachePath, contentHash);
            progress(std::max<qint64>(0, done), wanted.frameCount);
        }
        for (int i = 0; i < 10; ++i) {
            if (cancel && cancel->load()) {
                *err = Tr::tr("The optical flow of %1 was cancelled while waiting for %2, which "
                              "is computing it.")
                               .arg(native(videoPath), lock.holder());
                return false;
            }
            QThread::msleep(50);
        }
    }
    if (waited) {
        if (waiting)
            waiting(QString());
        if (alreadyComplete())
            return true;
    }

    FlowCacheWriter writer;
    if (!writer.open(cachePath, wanted, nullptr, err))
        return false;
    const FlowCacheHeader &h = writer.header();
    std::vector<int> missing;
    qint64 alreadyDone = 0;
    for (int c = 0; c < h.chunkCount(); ++c) {
        if (writer.isChunkDone(c))
            alreadyDone += h.framesInChunk(c);
        else
            missing.push_back(c);
    }
    if (progress)
        progress(alreadyDone, h.frameCount);
    if (missing.empty())
        return true;

    const int threads = options.threads > 0 ? options.threads : defaultThreads();
    const int workers = int(std::min<size_t>(size_t(threads), missing.size()));
    SharedRun run(videoPath, options.method);
    run.decoderThreads = workers > 1 ? 1 : 0;
    run.writer = &writer;
    run.progress = &progress;
    run.cancel = cancel;
    run.done = alreadyDone;
    run.total = h.frameCount;

    // Contiguous ranges of the missing chunks, one per worker, so that each decodes in order.
    std::vector<std::vector<int>> ranges(static_cast<size_t>(workers));
    for (size_t i = 0; i < missing.size(); ++i)
        ranges[i * size_t(workers) / missing.size()].push_back(missing[i]);

    const int openCvThreads = cv::getNumThreads();
    if (workers > 1)
        cv::setNumThreads(1);
    if (workers == 1) {
        runWorker(run, ranges[0]);
    } else {
        std::vector<std::thread> pool;
        for (const auto &range : ranges)
            pool.emplace_back([&run, &range] { runWorker(run, range); });
        for (std::thread &t : pool)
            t.join();
    }
    if (workers > 1)
        cv::setNumThreads(openCvThreads);

    if (run.failed) {
        *err = run.error;
        return false;
    }
    if (cancel && cancel->load()) {
        *err = Tr::tr("The optical flow of %1 was cancelled; %2 of %3 chunks are done and kept, "
                      "and the next run continues from there.")
                       .arg(native(videoPath))
                       .arg(writer.chunksDone())
                       .arg(h.chunkCount());
        return false;
    }
    return true;
}

bool FlowComputation::computeFrame(
        const QString &videoPath, qint64 frame, FlowMethod method, cv::Mat *flow, QString *error)
{
    if (!FlowEstimator::isAvailable(method, error))
        return false;
    VideoReader reader;
    if (!reader.open(videoPath, error))
        return false;
    const VideoInfo &info = reader.info();
    if (frame < 0 || frame >= info.frameCount) {
        if (error)
            *error = Tr::tr("%1 has no frame %2 (frames 0 to %3).")
                             .arg(native(videoPath))
                             .arg(frame)
                             .arg(info.frameCount - 1);
        return false;
    }
    if (frame == 0) {
        *flow = cv::Mat(info.height, info.width, CV_32FC2, cv::Scalar(0, 0));
        return true;
    }
    VideoFrame a, b;
    if (!reader.readFrame(frame - 1, &a, error) || !reader.readFrame(frame, &b, error))
        return false;
    FlowEstimator estimator(method);
    estimator.compute(FlowEstimator::toGray(a.mat()), FlowEstimator::toGray(b.mat()), flow);
    return true;
}

} // namespace ethoscribe
