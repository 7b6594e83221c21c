// SPDX-License-Identifier: GPL-3.0-or-later
// FrameCache: LRU eviction by memory budget, hits after prefetch (forward and backward),
// errors, and concurrent use from several threads.

#include "VideoTestUtil.h"

#include "video/FrameCache.h"
#include "video/VideoReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace ethoscribe;

class TestFrameCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_video;
    static constexpr int Frames = 150;

    // A 320x240 coded video with a single keyframe: the slowest random access there is.
    static QImage solid(int value)
    {
        QImage img(128, 96, QImage::Format_RGB888);
        img.fill(QColor(value, value, value));
        return img;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("cache.mp4"));
        VideoWriterSettings s;
        s.width = 128;
        s.height = 96;
        s.gopSize = 50;
        QString error;
        QVERIFY2(testutil::writeCodedVideo(m_video, s, Frames, &error), qPrintable(error));
    }

    void lruEvictionByBudget()
    {
        const qint64 frameBytes = solid(0).sizeInBytes();
        FrameCache cache(3 * frameBytes);
        cache.setPrefetchEnabled(false);
        for (int i = 0; i < 3; ++i)
            cache.insert(QStringLiteral("/v.mp4"), i, solid(i));
        QCOMPARE(cache.count(), 3);
        QCOMPARE(cache.usedBytes(), 3 * frameBytes);
        // Using frame 0 makes frame 1 the least recently used.
        QVERIFY(!cache.frame(QStringLiteral("/v.mp4"), 0).isNull());
        cache.insert(QStringLiteral("/v.mp4"), 3, solid(3));
        QCOMPARE(cache.count(), 3);
        QVERIFY(cache.contains(QStringLiteral("/v.mp4"), 0));
        QVERIFY(!cache.contains(QStringLiteral("/v.mp4"), 1));
        QVERIFY(cache.contains(QStringLiteral("/v.mp4"), 2));
        QVERIFY(cache.contains(QStringLiteral("/v.mp4"), 3));
        QCOMPARE(cache.statistics().evictions, qint64(1));
        QCOMPARE(cache.statistics().hits, qint64(1));
        // Same index, other video: a different entry.
        cache.insert(QStringLiteral("/w.mp4"), 3, solid(9));
        QCOMPARE(cache.cachedFrame(QStringLiteral("/v.mp4"), 3).pixel(0, 0), solid(3).pixel(0, 0));
        QCOMPARE(cache.cachedFrame(QStringLiteral("/w.mp4"), 3).pixel(0, 0), solid(9).pixel(0, 0));
        // Shrinking the budget evicts at once; an image larger than the budget is not kept.
        cache.setBudget(frameBytes);
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.usedBytes() <= frameBytes);
        cache.setBudget(frameBytes / 2);
        QCOMPARE(cache.count(), 0);
        cache.insert(QStringLiteral("/v.mp4"), 7, solid(7));
        QCOMPARE(cache.count(), 0);
        cache.setBudget(10 * frameBytes);
        cache.insert(QStringLiteral("/v.mp4"), 7, solid(7));
        cache.insert(QStringLiteral("/w.mp4"), 7, solid(7));
        cache.removeVideo(QStringLiteral("/v.mp4"));
        QCOMPARE(cache.count(), 1);
        cache.clear();
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.usedBytes(), qint64(0));
    }

    void decodesOnMissAndHitsAfterwards()
    {
        FrameCache cache;
        cache.setPrefetchEnabled(false);
        QString error;
        QImage img = cache.frame(m_video, 42, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        QCOMPARE(testutil::readFrameCode(img), qint64(42));
        QCOMPARE(cache.statistics().misses, qint64(1));
        QCOMPARE(cache.statistics().hits, qint64(0));
        img = cache.frame(m_video, 42, &error);
        QCOMPARE(testutil::readFrameCode(img), qint64(42));
        QCOMPARE(cache.statistics().hits, qint64(1));
        // Same pixels as the reader gives.
        VideoReader reader;
        QVERIFY(reader.open(m_video, &error));
        VideoFrame f;
        QVERIFY(reader.readFrame(42, &f, &error));
        QCOMPARE(img, f.image);
    }

    void hitAfterPrefetch()
    {
        FrameCache cache;
        cache.setPrefetchFrames(30);
        QSignalSpy ready(&cache, &FrameCache::frameReady);
        QString error;
        QVERIFY(!cache.frame(m_video, 20, &error).isNull());
        cache.setPlayhead(m_video, 20, +1);
        QVERIFY(cache.waitForPrefetch(20000));
        for (qint64 i = 21; i <= 50; ++i)
            QVERIFY2(cache.contains(m_video, i), qPrintable(QString::number(i)));
        QVERIFY(!cache.contains(m_video, 51));
        QVERIFY(cache.statistics().prefetched >= 30);
        QTRY_VERIFY(ready.count() >= 30);
        const auto before = cache.statistics();
        const QImage img = cache.frame(m_video, 35, &error);
        QCOMPARE(testutil::readFrameCode(img), qint64(35));
        QCOMPARE(cache.statistics().hits, before.hits + 1);
        QCOMPARE(cache.statistics().misses, before.misses);

        // Backward: the frames before the playhead.
        cache.setPlayhead(m_video, 120, -1);
        QVERIFY(cache.waitForPrefetch(20000));
        for (qint64 i = 90; i < 120; ++i) {
            QVERIFY2(cache.contains(m_video, i), qPrintable(QString::number(i)));
            QCOMPARE(testutil::readFrameCode(cache.cachedFrame(m_video, i)), i);
        }
        // Near the end: clamped to the video.
        cache.setPlayhead(m_video, Frames - 5, +1);
        QVERIFY(cache.waitForPrefetch(20000));
        QVERIFY(cache.contains(m_video, Frames - 1));
    }

    void errorsNameTheFile()
    {
        FrameCache cache;
        QString error;
        QVERIFY(cache.frame(m_dir.filePath(QStringLiteral("gone.mp4")), 0, &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("gone.mp4")), qPrintable(error));
        QVERIFY(cache.frame(m_video, Frames, &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("cache.mp4")), qPrintable(error));
        QSignalSpy failed(&cache, &FrameCache::prefetchFailed);
        cache.setPlayhead(m_dir.filePath(QStringLiteral("gone.mp4")), 0, 1);
        QVERIFY(cache.waitForPrefetch(10000));
        QTRY_COMPARE(failed.count(), 1);
    }

    void threadSafetySmoke()
    {
        // A budget of about 40 frames forces evictions while four threads read and the
        // playhead jumps around.
        FrameCache cache(40 * 128 * 96 * 3);
        cache.setPrefetchFrames(15);
        std::atomic<int> wrong{0}, failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                QRandomGenerator rng(quint32(t + 1));
                for (int n = 0; n < 60; ++n) {
                    const qint64 i = rng.bounded(Frames);
                    QString error;
                    const QImage img = cache.frame(m_video, i, &error);
                    if (img.isNull())
                        ++failures;
                    else if (testutil::readFrameCode(img) != i)
                        ++wrong;
                    if (n % 10 == 0)
                        cache.setPlayhead(m_video, i, n % 20 == 0 ? 1 : -1);
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(wrong.load(), 0);
        QVERIFY(cache.usedBytes() <= cache.budget());
        const auto s = cache.statistics();
        QCOMPARE(s.hits + s.misses, qint64(4 * 60));
    }

    void removeVideoNeverWaitsOnADecode();
    void playbackAt4xKeepsPrefetchPlace();
    void interruptStopsADecode();
    void destroyWhilePrefetching()
    {
        QElapsedTimer timer;
        timer.start();
        {
            FrameCache cache;
            cache.setPrefetchFrames(Frames);
            cache.setPlayhead(m_video, 0, 1);
            QTest::qWait(20);
        } // joins the thread; must not wait for the whole job
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

void TestFrameCache::removeVideoNeverWaitsOnADecode()
{
    // removeVideo() runs on the GUI thread whenever a video is opened, switched or closed; it used
    // to wait for the lock that a decode holds until it is done (up to a stalled file's time
    // limit). Here a slow decode (the last frame of a 600-frame GOP, decoded from its keyframe)
    // runs on another thread while removeVideo() is called: it must return at once.
    const QString slow = m_dir.filePath(QStringLiteral("long-gop.mp4"));
    QString error;
    QVERIFY2(testutil::writeOneKeyframeVideo(slow, 600, &error), qPrintable(error));
    FrameCache cache(256 << 20);
    qint64 decodeMs = 0;
    std::atomic_bool started{false};
    std::thread decode([&] {
        QElapsedTimer clock;
        clock.start();
        started = true;
        QString why;
        cache.frame(slow, 599, &why);
        decodeMs = clock.elapsed();
    });
    while (!started.load())
        QThread::yieldCurrentThread();
    QThread::msleep(20); // well inside the decode
    QElapsedTimer clock;
    clock.start();
    cache.removeVideo(m_video);
    cache.removeVideo(slow);
    const qint64 removeMs = clock.elapsed();
    decode.join();
    qInfo("decode %lld ms, removeVideo %lld ms", decodeMs, removeMs);
    if (decodeMs < 100)
        QSKIP("The decode was too fast on this machine to tell.");
    QVERIFY2(removeMs < decodeMs / 4,
             qPrintable(QStringLiteral("removeVideo() took %1 ms during a %2 ms decode")
                                .arg(removeMs)
                                .arg(decodeMs)));
}

void TestFrameCache::playbackAt4xKeepsPrefetchPlace()
{
    // Playback at 4x (120 frames/s) on a video with one keyframe: each new playhead position
    // makes the running prefetch job stale and interrupts it. The prefetch reader must go on
    // from where it stopped instead of seeking back to the keyframe every time (which used to
    // happen: an interrupted read dropped the decoder's position).
    const QString path = m_dir.filePath(QStringLiteral("one-gop.mp4"));
    QString error;
    QVERIFY2(testutil::writeOneKeyframeVideo(path, 400, &error), qPrintable(error));
    FrameCache cache(256 << 20);
    cache.setPrefetchFrames(60);
    QVERIFY(!cache.frame(path, 0, &error).isNull());
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < 300; ++i) {
        cache.setPlayhead(path, i, +1);
        while (clock.nsecsElapsed() < (i + 1) * 1000000000LL / 120)
            QThread::usleep(500);
    }
    QVERIFY(cache.waitForPrefetch(30000));
    const auto stats = cache.statistics();
    qInfo("prefetched %lld frames with %lld keyframe seeks", stats.prefetched, stats.prefetchSeeks);
    QVERIFY(stats.prefetched >= 300);
    QVERIFY2(stats.prefetchSeeks <= 1, qPrintable(QString::number(stats.prefetchSeeks)));
    // The frames are the right ones. (A frame the playhead had passed before the prefetch
    // reached it is skipped - on a slow machine the first few.)
    int cached = 0;
    for (qint64 i = 1; i < 360; i += 7) {
        const QImage image = cache.cachedFrame(path, i);
        if (image.isNull())
            continue;
        ++cached;
        QCOMPARE(testutil::readFrameCode(image), i);
    }
    QVERIFY2(cached >= 45, qPrintable(QString::number(cached))); // of 52
}

void TestFrameCache::interruptStopsADecode()
{
    // A decode asked for by the player stops when its check says so (another video was opened),
    // instead of running to the end (or to the time limit on a stalled file).
    const QString slow = m_dir.filePath(QStringLiteral("long-gop-interrupt.mp4"));
    QString error;
    QVERIFY2(testutil::writeOneKeyframeVideo(slow, 600, &error), qPrintable(error));
    FrameCache cache(256 << 20);
    cache.setPrefetchEnabled(false);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!cache.frame(slow, 599, &error).isNull());
    const qint64 fullMs = clock.elapsed();
    cache.clear();
    cache.removeVideo(slow);
    // What the decode below pays before it can stop: opening the file (and its index).
    clock.restart();
    QVERIFY(!cache.frame(slow, 0, &error).isNull());
    const qint64 openMs = clock.elapsed();
    cache.clear();
    cache.removeVideo(slow);
    std::atomic_bool stop{false};
    qint64 stoppedMs = 0;
    std::thread decode([&] {
        QElapsedTimer c;
        c.start();
        QString why;
        const QImage img = cache.frame(slow, 599, &why, [&stop] { return stop.load(); });
        stoppedMs = c.elapsed();
        if (!img.isNull())
            stoppedMs = -1;
    });
    QThread::msleep(std::min<qint64>(20, fullMs / 4));
    stop = true;
    decode.join();
    qInfo("whole decode %lld ms (opening %lld ms), stopped after %lld ms",
          fullMs,
          openMs,
          stoppedMs);
    if (fullMs - openMs < 100)
        QSKIP("The decode was too fast on this machine to tell.");
    QVERIFY2(stoppedMs >= 0, "the decode ran to the end");
    // Stopped before half of the decoding (opening the file comes first and is not decoding).
    QVERIFY2(stoppedMs < openMs + (fullMs - openMs) / 2,
             qPrintable(QStringLiteral("stopped after %1 ms").arg(stoppedMs)));
    // The cache's reader is usable again afterwards.
    QCOMPARE(testutil::readFrameCode(cache.frame(slow, 598, &error)), qint64(598));
}

QTEST_GUILESS_MAIN(TestFrameCache)
#include "test_frame_cache.moc"
