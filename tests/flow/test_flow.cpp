// SPDX-License-Identifier: GPL-3.0-or-later
// core/flow: quantisation, recovery of a known translation by TV-L1 and DIS, the cache file
// (round trip, stale detection, torn entries, resume after cancel, concurrent reads, one writer at
// a time across processes) and the colour wheel.
#include "FlowTestUtil.h"

#include "flow/FlowCache.h"
#include "flow/FlowCacheHeader.h"
#include "flow/FlowCacheLock.h"
#include "flow/FlowColorWheel.h"
#include "flow/FlowComputation.h"
#include "flow/FlowEstimator.h"
#include "flow/FlowQuantisation.h"
#include "video/VideoReader.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <opencv2/core.hpp>

#include <atomic>
#include <random>
#include <thread>

using namespace ethoscribe;

namespace {

constexpr int kWidth = 96;
constexpr int kHeight = 72;
constexpr int kFrames = 20;
constexpr int kDx = 2;
constexpr int kDy = -1;

// Mean of the flow inside the border `margin`, and the mean endpoint error against (dx, dy).
void interiorError(
        const cv::Mat &flow, int margin, double dx, double dy, cv::Vec2d *mean, double *epe)
{
    double sx = 0, sy = 0, se = 0;
    int n = 0;
    for (int y = margin; y < flow.rows - margin; ++y)
        for (int x = margin; x < flow.cols - margin; ++x) {
            const cv::Vec2f f = flow.at<cv::Vec2f>(y, x);
            sx += f[0];
            sy += f[1];
            se += std::hypot(f[0] - dx, f[1] - dy);
            ++n;
        }
    *mean = cv::Vec2d(sx / n, sy / n);
    *epe = se / n;
}

bool sameMat(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

FlowOptions options(FlowMethod method, int threads, int chunkFrames)
{
    FlowOptions o;
    o.method = method;
    o.threads = threads;
    o.chunkFrames = chunkFrames;
    return o;
}

} // namespace

class TestFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tvL1LoadedOnFirstUse(); // first: before any TV-L1 estimator exists in this process
    void methodNames();
    void quantisation_data();
    void quantisation();
    void quantisedFieldRoundTrip();
    void recoversTranslation_data();
    void recoversTranslation();
    void cacheRoundTrip();
    void cachePath();
    void staleCacheIsRecomputed();
    void tornEntryCountsAsMissing();
    void resumeAfterCancel();
    void concurrentReads();
    void oneWriterAtATime();
    void waitsForTheHolder();
    void takesOverStaleLocks();
    void heartbeatKeepsTheLockFresh();
    void missingAndUnreadableVideos();
    void colorWheel_data();
    void colorWheel();
    void colorWheelAutoScale();

private:
    QTemporaryDir m_dir;
    QString m_video;
    const QString m_hash = QStringLiteral("sha256s1:aaaa");
};

void TestFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_video = m_dir.filePath(QStringLiteral("translation.mkv"));
    QString error;
    QVERIFY2(flowtest::writeTranslationVideo(m_video, kWidth, kHeight, kFrames, kDx, kDy, &error),
             qPrintable(error));
}

void TestFlow::methodNames()
{
    FlowMethod m = FlowMethod::TvL1;
    QVERIFY(flowMethodFromName(QStringLiteral("dis"), &m));
    QCOMPARE(m, FlowMethod::Dis);
    QVERIFY(flowMethodFromName(flowMethodName(FlowMethod::TvL1), &m));
    QCOMPARE(m, FlowMethod::TvL1);
    QVERIFY(!flowMethodFromName(QStringLiteral("farneback"), &m));
    QCOMPARE(m, FlowMethod::TvL1);
    QCOMPARE(flowMethodName(FlowMethod::Dis), QStringLiteral("dis"));
}

void TestFlow::quantisation_data()
{
    QTest::addColumn<float>("pixels");
    QTest::addColumn<int>("expected"); // -1: only the round trip is checked
    QTest::addColumn<float>("readBack");
    QTest::newRow("lower clip") << -20.0f << 0 << -20.0f;
    QTest::newRow("upper clip") << 20.0f << 255 << 20.0f;
    QTest::newRow("below range") << -35.0f << 0 << -20.0f;
    QTest::newRow("above range") << 1000.0f << 255 << 20.0f;
    QTest::newRow("zero") << 0.0f << 128 << 0.0f;
    QTest::newRow("small") << 0.3f << -1 << 0.3f;
    QTest::newRow("negative") << -7.25f << -1 << -7.25f;
    QTest::newRow("nan") << std::numeric_limits<float>::quiet_NaN() << 128 << 0.0f;
}

void TestFlow::quantisation()
{
    QFETCH(float, pixels);
    QFETCH(int, expected);
    QFETCH(float, readBack);
    const uint8_t q = FlowQuantisation::quantise(pixels);
    if (expected >= 0)
        QCOMPARE(int(q), expected);
    const float back = FlowQuantisation::dequantise(q);
    QVERIFY2(std::abs(back - readBack) <= FlowQuantisation::kMaxRoundingError + 1e-5f,
             qPrintable(QStringLiteral("%1 -> %2 -> %3").arg(pixels).arg(q).arg(back)));
}

void TestFlow::quantisedFieldRoundTrip()
{
    cv::Mat flow(5, 7, CV_32FC2);
    cv::randu(flow, cv::Scalar(-25, -25), cv::Scalar(25, 25));
    cv::Mat q, back;
    FlowQuantisation::quantise(flow, &q);
    QCOMPARE(q.type(), CV_8UC2);
    FlowQuantisation::dequantise(q, &back);
    QCOMPARE(back.type(), CV_32FC2);
    for (int y = 0; y < flow.rows; ++y)
        for (int x = 0; x < flow.cols; ++x)
            for (int c = 0; c < 2; ++c) {
                const float v = flow.at<cv::Vec2f>(y, x)[c];
                const float clipped = std::clamp(v, -20.0f, 20.0f);
                QVERIFY(std::abs(back.at<cv::Vec2f>(y, x)[c] - clipped)
                        <= FlowQuantisation::kMaxRoundingError + 1e-5f);
                QCOMPARE(q.at<cv::Vec2b>(y, x)[c], FlowQuantisation::quantise(v));
            }
}

namespace {

bool optflowMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libopencv_optflow");
}

} // namespace

void TestFlow::tvL1LoadedOnFirstUse()
{
    if (!QFileInfo::exists(QStringLiteral("/proc/self/maps")))
        QSKIP("no /proc here");
    // Programs that link the core do not load OpenCV's optflow library (and the image-format
    // libraries behind it) until TV-L1 is used.
    QVERIFY(!optflowMapped());
    QString error;
    QVERIFY2(FlowEstimator::isAvailable(FlowMethod::TvL1, &error), qPrintable(error));
    QVERIFY(optflowMapped());
    // With OpenCV's defaults, as the paper used them.
    const QJsonObject p = FlowEstimator(FlowMethod::TvL1).parameters();
    QCOMPARE(p.value(QStringLiteral("tau")).toDouble(), 0.25);
    QCOMPARE(p.value(QStringLiteral("lambda")).toDouble(), 0.15);
    QCOMPARE(p.value(QStringLiteral("theta")).toDouble(), 0.3);
    QCOMPARE(p.value(QStringLiteral("scales")).toInt(), 5);
    QCOMPARE(p.value(QStringLiteral("warps")).toInt(), 5);
    QCOMPARE(p.value(QStringLiteral("outer_iterations")).toInt(), 10);
    QCOMPARE(p.value(QStringLiteral("median_filtering")).toInt(), 5);
}

void TestFlow::recoversTranslation_data()
{
    QTest::addColumn<FlowMethod>("method");
    QTest::addColumn<double>("maxEpe");
    QTest::newRow("tvl1") << FlowMethod::TvL1 << 0.25;
    QTest::newRow("dis") << FlowMethod::Dis << 0.25;
}

void TestFlow::recoversTranslation()
{
    QFETCH(FlowMethod, method);
    QFETCH(double, maxEpe);
    // Directly from the estimator.
    VideoReader reader;
    QString error;
    QVERIFY2(reader.open(m_video, &error), qPrintable(error));
    VideoFrame a, b;
    QVERIFY(reader.readFrame(4, &a, &error));
    QVERIFY(reader.readFrame(5, &b, &error));
    FlowEstimator estimator(method);
    cv::Mat flow;
    estimator.compute(FlowEstimator::toGray(a.mat()), FlowEstimator::toGray(b.mat()), &flow);
    QCOMPARE(flow.type(), CV_32FC2);
    cv::Vec2d mean;
    double epe = 0;
    interiorError(flow, 12, kDx, kDy, &mean, &epe);
    QVERIFY2(
            epe < maxEpe,
            qPrintable(QStringLiteral("EPE %1, mean (%2, %3)").arg(epe).arg(mean[0]).arg(mean[1])));

    // Through the cache: every frame but the first carries the motion, the first none.
    const QString cachePath
            = m_dir.filePath(QStringLiteral("translation-%1.flow").arg(flowMethodName(method)));
    QVERIFY2(FlowComputation::ensure(
                     m_video, m_hash, cachePath, options(method, 2, 8), {}, nullptr, &error),
             qPrintable(error));
    FlowCache cache;
    QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
    QVERIFY(cache.isComplete());
    QCOMPARE(cache.frameCount(), qint64(kFrames));
    QCOMPARE(cache.width(), kWidth);
    QCOMPARE(cache.height(), kHeight);
    QCOMPARE(cache.method(), method);
    cv::Mat cached;
    QVERIFY(cache.read(0, &cached, &error));
    interiorError(cached, 0, 0, 0, &mean, &epe);
    QVERIFY(epe < 0.12); // zero flow reads back as (0.078, 0.078)
    for (qint64 t = 1; t < kFrames; ++t) {
        QVERIFY2(cache.read(t, &cached, &error), qPrintable(error));
        interiorError(cached, 12, kDx, kDy, &mean, &epe);
        QVERIFY2(epe < maxEpe + FlowQuantisation::kMaxRoundingError,
                 qPrintable(QStringLiteral("frame %1: EPE %2, mean (%3, %4)")
                                    .arg(t)
                                    .arg(epe)
                                    .arg(mean[0])
                                    .arg(mean[1])));
    }
}

void TestFlow::cacheRoundTrip()
{
    // What the cache holds is exactly the quantised flow of each decoded frame pair.
    const QString cachePath = m_dir.filePath(QStringLiteral("roundtrip.flow"));
    QString error;
    qint64 calls = 0, last = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        ++calls;
        QVERIFY(done >= last);
        QCOMPARE(total, qint64(kFrames));
        last = done;
    };
    QVERIFY2(FlowComputation::ensure(m_video,
                                     m_hash,
                                     cachePath,
                                     options(FlowMethod::Dis, 1, 8),
                                     progress,
                                     nullptr,
                                     &error),
             qPrintable(error));
    QCOMPARE(last, qint64(kFrames));
    QCOMPARE(calls, qint64(kFrames + 1)); // once before any work, then once per frame
    FlowCache cache;
    QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
    QCOMPARE(cache.chunkFrames(), 8);
    QCOMPARE(cache.chunkCount(), 3); // 8 + 8 + 4
    QVERIFY(cache.isComplete());
    QCOMPARE(cache.contentHash(), m_hash);
    QVERIFY(cache.hasFrame(kFrames - 1));
    QVERIFY(!cache.hasFrame(kFrames));
    cv::Mat q;
    QVERIFY(!cache.readQuantised(kFrames, &q, &error));
    QVERIFY(error.contains(QStringLiteral("outside")));

    VideoReader reader;
    QVERIFY(reader.open(m_video, &error));
    FlowEstimator estimator(FlowMethod::Dis);
    VideoFrame frame;
    cv::Mat previous;
    for (qint64 t = 0; t < kFrames; ++t) {
        QVERIFY(reader.readNext(&frame, &error));
        const cv::Mat gray = FlowEstimator::toGray(frame.mat());
        cv::Mat expected;
        if (t == 0) {
            expected = cv::Mat(kHeight, kWidth, CV_8UC2, cv::Scalar(128, 128));
        } else {
            cv::Mat flow;
            estimator.compute(previous, gray, &flow);
            FlowQuantisation::quantise(flow, &expected);
        }
        previous = gray;
        QVERIFY2(cache.readQuantised(t, &q, &error), qPrintable(error));
        QVERIFY2(sameMat(q, expected), qPrintable(QStringLiteral("frame %1").arg(t)));
        cv::Mat f;
        QVERIFY(cache.read(t, &f, &error));
        cv::Mat back;
        FlowQuantisation::dequantise(expected, &back);
        QVERIFY(sameMat(f, back));
    }
}

void TestFlow::cachePath()
{
    const QString p = FlowCache::pathFor(QStringLiteral("/data/lab/cage.ethoproj"),
                                         QStringLiteral("sha256s1:0123abcd"),
                                         FlowMethod::Dis);
    QCOMPARE(p, QStringLiteral("/data/lab/cage.cache/flow/sha256s1-0123abcd-dis.flow"));
}

void TestFlow::staleCacheIsRecomputed()
{
    const QString cachePath = m_dir.filePath(QStringLiteral("sub/folder/stale.flow"));
    QString error;
    QVERIFY2(FlowComputation::ensure(m_video,
                                     m_hash,
                                     cachePath,
                                     options(FlowMethod::Dis, 2, 8),
                                     {},
                                     nullptr,
                                     &error),
             qPrintable(error));
    qint64 first = -1;
    const auto firstProgress = [&first](qint64 done, qint64) {
        if (first < 0)
            first = done;
    };
    // Complete and matching: nothing to do (the first progress report is the end).
    QVERIFY(FlowComputation::ensure(m_video,
                                    m_hash,
                                    cachePath,
                                    options(FlowMethod::Dis, 2, 8),
                                    firstProgress,
                                    nullptr,
                                    &error));
    QCOMPARE(first, qint64(kFrames));
    // Another content hash: recomputed from scratch.
    first = -1;
    const QString otherHash = QStringLiteral("sha256s1:bbbb");
    QVERIFY(FlowComputation::ensure(m_video,
                                    otherHash,
                                    cachePath,
                                    options(FlowMethod::Dis, 2, 8),
                                    firstProgress,
                                    nullptr,
                                    &error));
    QCOMPARE(first, qint64(0));
    FlowCache cache;
    QVERIFY(cache.open(cachePath, &error));
    QCOMPARE(cache.contentHash(), otherHash);
    QVERIFY(cache.isComplete());
    cache.close();
    // Another method at the same path: recomputed.
    first = -1;
    QVERIFY(FlowComputation::ensure(m_video,
                                    otherHash,
                                    cachePath,
                                    options(FlowMethod::TvL1, 2, 8),
                                    firstProgress,
                                    nullptr,
                                    &error));
    QCOMPARE(first, qint64(0));
    QVERIFY(cache.open(cachePath, &error));
    QCOMPARE(cache.method(), FlowMethod::TvL1);
    QVERIFY(cache.isComplete());
    cache.close();
    // Another chunk size does not make a complete cache stale.
    first = -1;
    QVERIFY(FlowComputation::ensure(m_video,
                                    otherHash,
                                    cachePath,
                                    options(FlowMethod::TvL1, 2, 5),
                                    firstProgress,
                                    nullptr,
                                    &error));
    QCOMPARE(first, qint64(kFrames));
    // A damaged file is not a cache, and is replaced.
    {
        QFile f(cachePath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(20);
        f.write("garbage");
    }
    QVERIFY(!cache.open(cachePath, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be used")), qPrintable(error));
    first = -1;
    QVERIFY(FlowComputation::ensure(m_video,
                                    otherHash,
                                    cachePath,
                                    options(FlowMethod::Dis, 2, 8),
                                    firstProgress,
                                    nullptr,
                                    &error));
    QCOMPARE(first, qint64(0));
    QVERIFY(cache.open(cachePath, &error));
    QVERIFY(cache.isComplete());
}

void TestFlow::tornEntryCountsAsMissing()
{
    // A computation killed while writing a chunk's table entry: the entry fails its check, the
    // chunk counts as missing and only it is computed again.
    const QString cachePath = m_dir.filePath(QStringLiteral("torn.flow"));
    QString error;
    QVERIFY(FlowComputation::ensure(
            m_video, m_hash, cachePath, options(FlowMethod::Dis, 1, 8), {}, nullptr, &error));
    FlowCache complete;
    QVERIFY(complete.open(cachePath, &error));
    std::vector<cv::Mat> before(kFrames);
    for (int t = 0; t < kFrames; ++t)
        QVERIFY(complete.readQuantised(t, &before[size_t(t)], &error));
    const qint64 entry1 = complete.header().tableOffset() + FlowCacheHeader::kEntryBytes;
    complete.close();
    {
        QFile f(cachePath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(entry1 + 3));
        QVERIFY(f.write("\x7f", 1) == 1); // a byte of chunk 1's offset changes
    }
    FlowCache torn;
    QVERIFY2(torn.open(cachePath, &error), qPrintable(error));
    QVERIFY(!torn.isComplete());
    QVERIFY(torn.isChunkDone(0));
    QVERIFY(!torn.isChunkDone(1));
    QVERIFY(torn.isChunkDone(2));
    QVERIFY(!torn.hasFrame(8));
    cv::Mat q;
    QVERIFY(!torn.readQuantised(8, &q, &error));
    QVERIFY(error.contains(QStringLiteral("not been computed")));
    QVERIFY(torn.readQuantised(7, &q, &error));
    torn.close();
    qint64 first = -1, last = -1;
    QVERIFY(FlowComputation::ensure(
            m_video,
            m_hash,
            cachePath,
            options(FlowMethod::Dis, 1, 8),
            [&](qint64 done, qint64) {
                if (first < 0)
                    first = done;
                last = done;
            },
            nullptr,
            &error));
    QCOMPARE(first, qint64(kFrames - 8));
    QCOMPARE(last, qint64(kFrames));
    FlowCache repaired;
    QVERIFY(repaired.open(cachePath, &error));
    QVERIFY(repaired.isComplete());
    for (int t = 0; t < kFrames; ++t) {
        QVERIFY(repaired.readQuantised(t, &q, &error));
        QVERIFY(sameMat(q, before[size_t(t)]));
    }
}

void TestFlow::resumeAfterCancel()
{
    QString error;
    const QString whole = m_dir.filePath(QStringLiteral("whole.flow"));
    QVERIFY(FlowComputation::ensure(
            m_video, m_hash, whole, options(FlowMethod::TvL1, 1, 4), {}, nullptr, &error));

    const QString resumed = m_dir.filePath(QStringLiteral("resumed.flow"));
    std::atomic_bool cancel{false};
    const auto cancelAfterNine = [&cancel](qint64 done, qint64) {
        if (done >= 9) // chunks 0 and 1 (frames 0-7) are written, chunk 2 is under way
            cancel = true;
    };
    QVERIFY(!FlowComputation::ensure(m_video,
                                     m_hash,
                                     resumed,
                                     options(FlowMethod::TvL1, 1, 4),
                                     cancelAfterNine,
                                     &cancel,
                                     &error));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    FlowCache partial;
    QVERIFY(partial.open(resumed, &error));
    QCOMPARE(partial.chunksDone(), 2);
    QVERIFY(partial.isChunkDone(0) && partial.isChunkDone(1) && !partial.isChunkDone(2));
    QVERIFY(!partial.isComplete());
    QVERIFY(partial.hasFrame(7) && !partial.hasFrame(8));
    partial.close();

    // Resumed with two workers: only the 12 missing frames are computed.
    qint64 first = -1, computed = 0;
    const auto count = [&](qint64 done, qint64) {
        if (first < 0)
            first = done;
        else
            ++computed;
    };
    QVERIFY2(FlowComputation::ensure(m_video,
                                     m_hash,
                                     resumed,
                                     options(FlowMethod::TvL1, 2, 4),
                                     count,
                                     nullptr,
                                     &error),
             qPrintable(error));
    QCOMPARE(first, qint64(8));
    QCOMPARE(computed, qint64(kFrames - 8));

    FlowCache a, b;
    QVERIFY(a.open(whole, &error));
    QVERIFY(b.open(resumed, &error));
    QVERIFY(b.isComplete());
    for (int t = 0; t < kFrames; ++t) {
        cv::Mat qa, qb;
        QVERIFY(a.readQuantised(t, &qa, &error));
        QVERIFY(b.readQuantised(t, &qb, &error));
        QVERIFY2(sameMat(qa, qb), qPrintable(QStringLiteral("frame %1 differs").arg(t)));
    }
}

void TestFlow::concurrentReads()
{
    const QString cachePath = m_dir.filePath(QStringLiteral("concurrent.flow"));
    QString error;
    QVERIFY(FlowComputation::ensure(
            m_video, m_hash, cachePath, options(FlowMethod::Dis, 2, 4), {}, nullptr, &error));
    FlowCache cache;
    QVERIFY(cache.open(cachePath, &error));
    std::vector<cv::Mat> reference(kFrames);
    for (int t = 0; t < kFrames; ++t)
        QVERIFY(cache.readQuantised(t, &reference[size_t(t)], &error));
    const FlowCache &shared = cache;
    std::atomic_int mismatches{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            std::mt19937 rng(static_cast<unsigned>(i));
            for (int k = 0; k < 400; ++k) {
                // 16-frame windows at random places, as a training data loader reads them.
                const int start = int(rng() % unsigned(kFrames - 15));
                for (int t = start; t < start + 16; t += 5) {
                    cv::Mat q;
                    QString e;
                    if (!shared.readQuantised(t, &q, &e) || !sameMat(q, reference[size_t(t)]))
                        ++mismatches;
                }
            }
        });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(mismatches.load(), 0);
}

// Two computations of one cache at once (the window's analysis and a Retrain run, say), with
// different worker counts and chunk sizes: with one writer at a time the second waits and finds the
// cache complete; without, both append at the same place and lose each other's chunks.
void TestFlow::oneWriterAtATime()
{
    QString error;
    const QString reference = m_dir.filePath(QStringLiteral("lock-reference.flow"));
    QVERIFY(FlowComputation::ensure(
            m_video, m_hash, reference, options(FlowMethod::TvL1, 2, 2), {}, nullptr, &error));

    const QString shared = m_dir.filePath(QStringLiteral("lock-shared.flow"));
    struct Side
    {
        bool ok = false;
        QString error;
        QStringList waits;
        qint64 lastDone = -1;
    } sides[2];
    std::atomic_int started{0};
    auto run = [&](int i) {
        Side &side = sides[i];
        ++started;
        while (started.load() < 2)
            std::this_thread::yield();
        side.ok = FlowComputation::ensure(
                m_video,
                m_hash,
                shared,
                options(FlowMethod::TvL1, i == 0 ? 1 : 2, i == 0 ? 2 : 3),
                [&side](qint64 done, qint64) { side.lastDone = done; },
                nullptr,
                &side.error,
                [&side](const QString &holder) { side.waits << holder; });
    };
    std::thread a(run, 0), b(run, 1);
    a.join();
    b.join();
    for (const Side &side : sides) {
        QVERIFY2(side.ok, qPrintable(side.error));
        QCOMPARE(side.lastDone, qint64(kFrames));
    }
    // Exactly one waited: told who held the cache, then that the wait was over.
    const Side &waited = sides[0].waits.isEmpty() ? sides[1] : sides[0];
    QVERIFY(sides[0].waits.isEmpty() != sides[1].waits.isEmpty());
    QCOMPARE(waited.waits.size(), 2);
    QVERIFY2(waited.waits[0].contains(QStringLiteral("this computer")),
             qPrintable(waited.waits[0]));
    QVERIFY(waited.waits[1].isEmpty());
    QVERIFY(!QFileInfo::exists(shared + QStringLiteral(".lock")));

    FlowCache a1, b1;
    QVERIFY2(a1.open(reference, &error), qPrintable(error));
    QVERIFY2(b1.open(shared, &error), qPrintable(error));
    QVERIFY(b1.isComplete());
    for (int t = 0; t < kFrames; ++t) {
        cv::Mat qa, qb;
        QVERIFY2(a1.readQuantised(t, &qa, &error), qPrintable(error));
        QVERIFY2(b1.readQuantised(t, &qb, &error),
                 qPrintable(QStringLiteral("frame %1: %2").arg(t).arg(error)));
        QVERIFY2(sameMat(qa, qb), qPrintable(QStringLiteral("frame %1 differs").arg(t)));
    }
}

// While someone else holds a cache, ensure() writes nothing, can be cancelled, and goes on when
// the holder lets go.
void TestFlow::waitsForTheHolder()
{
    const QString cachePath = m_dir.filePath(QStringLiteral("held.flow"));
    FlowCacheLock holder(cachePath);
    QString error;
    QCOMPARE(holder.tryLock(&error), FlowCacheLock::Outcome::Locked);

    std::atomic_bool cancel{false};
    std::atomic_bool finished{false};
    bool ok = true;
    QStringList waits;
    QMutex mutex;
    // ensure() on a thread of its own; returns once it has said that it waits.
    auto startWaiting = [&] {
        cancel = false;
        finished = false;
        waits.clear();
        std::thread worker([&] {
            QString e;
            ok = FlowComputation::ensure(m_video,
                                         m_hash,
                                         cachePath,
                                         options(FlowMethod::Dis, 1, 4),
                                         {},
                                         &cancel,
                                         &e,
                                         [&](const QString &h) {
                                             QMutexLocker lock(&mutex);
                                             waits << h;
                                         });
            QMutexLocker lock(&mutex);
            error = e;
            finished = true;
        });
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            {
                QMutexLocker lock(&mutex);
                if (!waits.isEmpty() || clock.elapsed() > 10000)
                    break;
            }
            QThread::msleep(10);
        }
        return worker;
    };

    // A failed check returns early: stop and join the worker then, as std::thread demands.
    struct Joined
    {
        std::thread thread;
        std::atomic_bool *cancel;
        ~Joined()
        {
            if (thread.joinable()) {
                *cancel = true;
                thread.join();
            }
        }
    };
    Joined first{startWaiting(), &cancel};
    QVERIFY(!waits.isEmpty());
    QThread::msleep(300);
    QVERIFY(!finished.load());
    QVERIFY(!QFileInfo::exists(cachePath)); // nothing written while it waits
    cancel = true;
    first.thread.join();
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("waiting")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(cachePath));

    // Again, and this time the holder lets go: the waiting computation does the work.
    Joined second{startWaiting(), &cancel};
    QVERIFY(!waits.isEmpty());
    holder.unlock();
    second.thread.join();
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(waits.size(), 2);
    FlowCache cache;
    QVERIFY(cache.open(cachePath, &error));
    QVERIFY(cache.isComplete());
}

// A lock file another computer left: taken over when it has not been touched for the stale time,
// waited for while it is fresh.
void TestFlow::takesOverStaleLocks()
{
    const FlowCacheLock::Timing saved = FlowCacheLock::timing();
    auto writeForeignLock = [](const QString &path, const QDateTime &touched) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write("4242\nethoscribe-cli\nnode-17.cluster.example\n");
        f.close();
        return f.open(QIODevice::ReadWrite)
               && f.setFileTime(touched, QFileDevice::FileModificationTime);
    };
    QString error;

    const QString oldLock = m_dir.filePath(QStringLiteral("foreign-old.flow"));
    QVERIFY(writeForeignLock(oldLock + QStringLiteral(".lock"),
                             QDateTime::currentDateTimeUtc().addSecs(-3600)));
    QStringList waits;
    QVERIFY2(FlowComputation::ensure(m_video,
                                     m_hash,
                                     oldLock,
                                     options(FlowMethod::Dis, 1, 4),
                                     {},
                                     nullptr,
                                     &error,
                                     [&](const QString &h) { waits << h; }),
             qPrintable(error));
    QVERIFY(waits.isEmpty());
    QVERIFY(!QFileInfo::exists(oldLock + QStringLiteral(".lock")));

    // One of this computer whose process has ended (a crash): taken over at once, though fresh.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    const QString deadLock = m_dir.filePath(QStringLiteral("dead-here.flow"));
    {
        QFile f(deadLock + QStringLiteral(".lock"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(deadPid) + "\nethoscribe-cli\n"
                + QSysInfo::machineHostName().toUtf8() + '\n');
    }
    QVERIFY2(FlowComputation::ensure(m_video,
                                     m_hash,
                                     deadLock,
                                     options(FlowMethod::Dis, 1, 4),
                                     {},
                                     nullptr,
                                     &error,
                                     [&](const QString &h) { waits << h; }),
             qPrintable(error));
    QVERIFY2(waits.isEmpty(), qPrintable(waits.join(QLatin1Char('|'))));

    // A fresh one is waited for (the other computer may be computing), until it goes stale.
    FlowCacheLock::setTiming({100, 1500});
    const QString freshLock = m_dir.filePath(QStringLiteral("foreign-fresh.flow"));
    QVERIFY(writeForeignLock(freshLock + QStringLiteral(".lock"), QDateTime::currentDateTimeUtc()));
    QElapsedTimer clock;
    clock.start();
    const bool ok = FlowComputation::ensure(m_video,
                                            m_hash,
                                            freshLock,
                                            options(FlowMethod::Dis, 1, 4),
                                            {},
                                            nullptr,
                                            &error,
                                            [&](const QString &h) { waits << h; });
    FlowCacheLock::setTiming(saved);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(waits.size(), 2);
    QVERIFY2(waits[0].contains(QStringLiteral("4242"))
                     && waits[0].contains(QStringLiteral("node-17.cluster.example")),
             qPrintable(waits[0]));
    FlowCache cache;
    QVERIFY(cache.open(freshLock, &error));
    QVERIFY(cache.isComplete());
}

void TestFlow::heartbeatKeepsTheLockFresh()
{
    const FlowCacheLock::Timing saved = FlowCacheLock::timing();
    FlowCacheLock::setTiming({100, 60000});
    const QString cachePath = m_dir.filePath(QStringLiteral("heartbeat.flow"));
    FlowCacheLock lock(cachePath);
    QString error;
    QCOMPARE(lock.tryLock(&error), FlowCacheLock::Outcome::Locked);
    FlowCacheLock::setTiming(saved);
    QFile f(lock.lockPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-600);
    QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    f.close();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(lock.lockPath()).lastModified().toUTC() > old.addSecs(300),
                             5000);
    FlowCacheLock other(cachePath);
    QCOMPARE(other.tryLock(&error), FlowCacheLock::Outcome::HeldElsewhere);
    lock.unlock();
    QVERIFY(!QFileInfo::exists(lock.lockPath()));
    QCOMPARE(other.tryLock(&error), FlowCacheLock::Outcome::Locked);
}

void TestFlow::missingAndUnreadableVideos()
{
    QString error;
    const QString cachePath = m_dir.filePath(QStringLiteral("missing.flow"));
    QVERIFY(!FlowComputation::ensure(m_dir.filePath(QStringLiteral("nope.mkv")),
                                     m_hash,
                                     cachePath,
                                     options(FlowMethod::Dis, 1, 8),
                                     {},
                                     nullptr,
                                     &error));
    QVERIFY2(error.contains(QStringLiteral("nope.mkv")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(cachePath));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.mp4"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    error.clear();
    QVERIFY(!FlowComputation::ensure(
            garbage, m_hash, cachePath, options(FlowMethod::Dis, 1, 8), {}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("garbage.mp4")), qPrintable(error));
    cv::Mat flow;
    QVERIFY(!FlowComputation::computeFrame(m_video, kFrames, FlowMethod::Dis, &flow, &error));
    QVERIFY(FlowComputation::computeFrame(m_video, 3, FlowMethod::Dis, &flow, &error));
    cv::Vec2d mean;
    double epe = 0;
    interiorError(flow, 12, kDx, kDy, &mean, &epe);
    QVERIFY(epe < 0.25);
}

void TestFlow::colorWheel_data()
{
    // Expected hues follow from the Middlebury wheel (see FlowColorWheel.cpp): right = where the
    // wheel closes, between colour 54 (255, 0, 43) and colour 0 (255, 0, 0); down = between
    // colours 13 and 14 (255, 230, 0); left = colour 27 (0, 209, 255); up = between colours 40
    // and 41 (88, 0, 255).
    QTest::addColumn<float>("dx");
    QTest::addColumn<float>("dy");
    QTest::addColumn<int>("hue");
    QTest::addColumn<int>("tolerance");
    QTest::newRow("right") << 3.0f << 0.0f << 355 << 8;
    QTest::newRow("down") << 0.0f << 3.0f << 54 << 3;
    QTest::newRow("left") << -3.0f << 0.0f << 191 << 3;
    QTest::newRow("up") << 0.0f << -3.0f << 261 << 3;
}

static int hueDistance(int a, int b)
{
    const int d = std::abs(a - b) % 360;
    return std::min(d, 360 - d);
}

void TestFlow::colorWheel()
{
    QFETCH(float, dx);
    QFETCH(float, dy);
    QFETCH(int, hue);
    QFETCH(int, tolerance);
    const cv::Mat flow(6, 8, CV_32FC2, cv::Scalar(dx, dy));
    const QImage image = FlowColorWheel::render(flow, 3.0f);
    QCOMPARE(image.format(), QImage::Format_RGB888);
    QCOMPARE(image.size(), QSize(8, 6));
    const QColor c(image.pixel(4, 3));
    QVERIFY2(hueDistance(c.hue(), hue) <= tolerance,
             qPrintable(QStringLiteral("hue %1, expected %2").arg(c.hue()).arg(hue)));
    QVERIFY(c.saturation() > 240); // full magnitude: fully saturated
    // Half the magnitude: same hue, half the saturation.
    const QColor half(FlowColorWheel::render(flow, 6.0f).pixel(0, 0));
    QVERIFY(hueDistance(half.hue(), hue) <= tolerance);
    QVERIFY(half.saturation() > 110 && half.saturation() < 145);
}

void TestFlow::colorWheelAutoScale()
{
    cv::Mat flow(4, 4, CV_32FC2, cv::Scalar(0, 0));
    flow.at<cv::Vec2f>(1, 2) = cv::Vec2f(5.0f, 0.0f);
    const QImage image = FlowColorWheel::render(flow);
    QCOMPARE(QColor(image.pixel(0, 0)), QColor(Qt::white)); // no motion
    const QColor moving(image.pixel(2, 1));
    QVERIFY(moving.saturation() > 240);
    QVERIFY(hueDistance(moving.hue(), 355) <= 8);
}

QTEST_GUILESS_MAIN(TestFlow)
#include "test_flow.moc"
