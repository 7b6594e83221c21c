// SPDX-License-Identifier: GPL-3.0-or-later
// ProxyVideo: the scrubbing copy has one frame per original frame with the same index (checked
// by the code drawn into each frame), a keyframe at least every 8 frames (so a random frame costs
// at most 8 small decodes), at most 640 pixels wide; it is named after the file's path, size and
// time, so a changed file gets a new one; a cancelled build leaves nothing behind.
#include "VideoTestUtil.h"

#include "video/ProxyVideo.h"
#include "video/VideoReader.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

class TestProxyVideo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_video;
    static constexpr int Frames = 700;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The test-mode cache keeps earlier runs' proxies.
        QDir(ProxyVideo::folder()).removeRecursively();
        m_video = m_dir.filePath(QStringLiteral("long gop \u00e4.mp4"));
        VideoWriterSettings s;
        s.width = 320;
        s.height = 240;
        s.gopSize = 250;
        QString error;
        QVERIFY2(testutil::writeCodedVideo(m_video, s, Frames, &error), qPrintable(error));
    }

    void whichVideosGetOne()
    {
        VideoReader reader;
        QString error;
        QVERIFY(reader.open(m_video, &error));
        QVERIFY(ProxyVideo::worthMaking(reader.info()));
        VideoInfo info = reader.info();
        info.keyframeCount = info.frameCount / 10; // keyframes every 10 frames: fast enough
        QVERIFY(!ProxyVideo::worthMaking(info));
        info.width = 1920; // ... but large pictures decode slowly
        info.height = 1080;
        QVERIFY(ProxyVideo::worthMaking(info));
        info.frameCount = 300; // short videos: not worth it
        QVERIFY(!ProxyVideo::worthMaking(info));
        int w = 0, h = 0;
        ProxyVideo::proxySize(1920, 1080, &w, &h);
        QCOMPARE(w, 640);
        QCOMPARE(h, 360);
        ProxyVideo::proxySize(321, 241, &w, &h);
        QCOMPARE(w, 320);
        QCOMPARE(h, 240);
    }

    void sameFramesShortGop()
    {
        const QString proxy = ProxyVideo::pathFor(m_video);
        QVERIFY(ProxyVideo::existingFor(m_video).isEmpty());
        QString error;
        qint64 lastDone = 0, total = 0;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(ProxyVideo::build(
                         m_video,
                         proxy,
                         [&](qint64 done, qint64 all) {
                             lastDone = done;
                             total = all;
                         },
                         nullptr,
                         &error),
                 qPrintable(error));
        qInfo("proxy of %d frames made in %lld ms", Frames, clock.elapsed());
        QCOMPARE(lastDone, qint64(Frames));
        QCOMPARE(total, qint64(Frames));
        QCOMPARE(ProxyVideo::existingFor(m_video), proxy);
        VideoReader reader;
        QVERIFY2(reader.open(proxy, &error), qPrintable(error));
        QCOMPARE(reader.info().frameCount, qint64(Frames));
        QCOMPARE(reader.info().width, 320);
        QVERIFY2(reader.info().keyframeCount >= Frames / ProxyVideo::KeyframeInterval,
                 qPrintable(QString::number(reader.info().keyframeCount)));
        // Random frames: the right one (its code), at most a keyframe interval of decoding each.
        QRandomGenerator rng(5);
        for (int n = 0; n < 40; ++n) {
            const qint64 i = rng.bounded(Frames);
            const qint64 before = reader.statistics().framesDecoded;
            VideoFrame f;
            QVERIFY2(reader.readFrame(i, &f, &error), qPrintable(error));
            QCOMPARE(testutil::readFrameCode(f.image), i);
            QVERIFY2(reader.statistics().framesDecoded - before <= ProxyVideo::KeyframeInterval + 2,
                     qPrintable(QString::number(reader.statistics().framesDecoded - before)));
        }
        // Nothing else was left in the proxies folder.
        QCOMPARE(QDir(QFileInfo(proxy).absolutePath()).entryList(QDir::Files),
                 QStringList{QFileInfo(proxy).fileName()});
    }

    void changedVideoGetsANewOne()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.mp4"));
        QVERIFY(QFile::copy(m_video, copy));
        const QString before = ProxyVideo::pathFor(copy);
        QVERIFY(before != ProxyVideo::pathFor(m_video)); // another path
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        QVERIFY(ProxyVideo::pathFor(copy) != before); // another size
    }

    void leastRecentlyUsedAreDeletedFirst()
    {
        const QString dir = m_dir.filePath(QStringLiteral("prune"));
        QVERIFY(QDir().mkpath(dir));
        const QDateTime now = QDateTime::currentDateTime();
        const QStringList names{"a.mp4", "b.mp4", "c.mp4", "d.part.mp4"};
        for (int i = 0; i < names.size(); ++i) {
            QFile f(QDir(dir).filePath(names[i]));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(1000, 'x'));
            f.flush(); // else closing writes, and sets the time to now
            // a is the oldest; the part file (a build in progress) the newest.
            QVERIFY(f.setFileTime(now.addSecs(-1000 + i * 100), QFileDevice::FileModificationTime));
        }
        // 2500 bytes allowed: the oldest (a) goes.
        QCOMPARE(ProxyVideo::prune(2500, QString(), dir), qint64(1000));
        QCOMPARE(QDir(dir).entryList(QDir::Files), (QStringList{"b.mp4", "c.mp4", "d.part.mp4"}));
        // Using a proxy makes it the newest; the one being opened (kept) always stays.
        ProxyVideo::markUsed(QDir(dir).filePath("b.mp4"));
        QCOMPARE(ProxyVideo::prune(1000, QDir(dir).filePath("c.mp4"), dir), qint64(1000));
        QCOMPARE(QDir(dir).entryList(QDir::Files), (QStringList{"c.mp4", "d.part.mp4"}));
        // A build left behind by a program that stopped a day ago goes.
        QFile part(QDir(dir).filePath("d.part.mp4"));
        QVERIFY(part.open(QIODevice::ReadWrite));
        QVERIFY(part.setFileTime(now.addDays(-2), QFileDevice::FileModificationTime));
        part.close();
        QCOMPARE(ProxyVideo::prune(10000, QString(), dir), qint64(1000));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{"c.mp4"});
    }

    void cancelLeavesNothing()
    {
        const QString proxy = m_dir.filePath(QStringLiteral("cancelled/proxy.mp4"));
        std::atomic_bool cancel{false};
        QString error;
        QVERIFY(!ProxyVideo::build(
                m_video,
                proxy,
                [&](qint64 done, qint64) {
                    if (done > 100)
                        cancel = true;
                },
                &cancel,
                &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(QDir(QFileInfo(proxy).absolutePath()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProxyVideo)
#include "test_proxy_video.moc"
