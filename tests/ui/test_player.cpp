// SPDX-License-Identifier: GPL-3.0-or-later
// VideoPlayer: seeking and stepping land on the requested frame (counter and picture), the picture
// is exactly VideoReader's frame, playback advances without blocking and pauses on a real frame.
#include "VideoTestUtil.h"
#include "player/FrameDecoder.h"
#include "player/VideoPlayer.h"
#include "video/ProxyVideo.h"
#include "video/VideoReader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

class TestPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seekShowsTheRequestedFrame_data();
    void seekShowsTheRequestedFrame();
    void stepsOneFrame();
    void playsAndPausesOnAFrame();
    void speedsAreClamped();
    void draggingBackwardKeepsThePictureMoving();
    void scrubbingShowsTheProxyFirst();
    void missingFileFailsInPlainWords();

private:
    void compareWithReader(qint64 index);

    QTemporaryDir m_dir;
    QString m_video;
    VideoReader m_reader;
    std::unique_ptr<VideoPlayer> m_player;
    static constexpr int kFrames = 150;
};

void TestPlayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_video = m_dir.filePath(QStringLiteral("coded.mp4"));
    VideoWriterSettings settings;
    settings.width = 160;
    settings.height = 120;
    settings.gopSize = 30;
    QString error;
    QVERIFY2(testutil::writeCodedVideo(m_video, settings, kFrames, &error), qPrintable(error));
    QVERIFY2(m_reader.open(m_video, &error), qPrintable(error));
    QCOMPARE(m_reader.info().frameCount, qint64(kFrames));

    m_player = std::make_unique<VideoPlayer>();
    m_player->resize(480, 400);
    QSignalSpy opened(m_player.get(), &VideoPlayer::videoOpened);
    m_player->openVideo(m_video);
    QVERIFY(!m_player->hasVideo()); // opening happens in the background
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(m_player->videoInfo().frameCount, qint64(kFrames));
    QTRY_COMPARE(m_player->displayedFrame(), qint64(0));
    compareWithReader(0);
}

void TestPlayer::compareWithReader(qint64 index)
{
    VideoFrame frame;
    QString error;
    QVERIFY2(m_reader.readFrame(index, &frame, &error), qPrintable(error));
    const QImage shown = m_player->displayedImage().convertToFormat(QImage::Format_RGB888);
    QCOMPARE(shown.size(), frame.image.size());
    QVERIFY2(shown == frame.image.convertToFormat(QImage::Format_RGB888),
             qPrintable(QStringLiteral("frame %1 differs from VideoReader's").arg(index)));
    QCOMPARE(testutil::readFrameCode(shown), index);
}

void TestPlayer::seekShowsTheRequestedFrame_data()
{
    QTest::addColumn<qint64>("index");
    for (qint64 i : {qint64(1),
                     qint64(57),
                     qint64(149),
                     qint64(30),
                     qint64(29),
                     qint64(5),
                     qint64(0),
                     qint64(100)})
        QTest::addRow("frame %lld", static_cast<long long>(i)) << i;
}

void TestPlayer::seekShowsTheRequestedFrame()
{
    QFETCH(qint64, index);
    m_player->seek(index);
    QCOMPARE(m_player->currentFrame(), index); // at once, before decoding
    QVERIFY(m_player->frameCounterText().startsWith(
            QStringLiteral("Frame %1 / %2").arg(index).arg(kFrames - 1)));
    QTRY_COMPARE(m_player->displayedFrame(), index);
    compareWithReader(index);
}

void TestPlayer::stepsOneFrame()
{
    m_player->seek(10);
    for (int i = 1; i <= 3; ++i) {
        m_player->stepForward();
        QCOMPARE(m_player->currentFrame(), qint64(10 + i));
    }
    QTRY_COMPARE(m_player->displayedFrame(), qint64(13));
    compareWithReader(13);
    m_player->stepBackward();
    QCOMPARE(m_player->currentFrame(), qint64(12));
    QTRY_COMPARE(m_player->displayedFrame(), qint64(12));
    compareWithReader(12);
    // Clamped at both ends.
    m_player->seek(0);
    m_player->stepBackward();
    QCOMPARE(m_player->currentFrame(), qint64(0));
    m_player->seek(kFrames - 1);
    m_player->stepForward();
    QCOMPARE(m_player->currentFrame(), qint64(kFrames - 1));
}

void TestPlayer::playsAndPausesOnAFrame()
{
    m_player->seek(0);
    m_player->setSpeed(4.0);
    QSignalSpy playing(m_player.get(), &VideoPlayer::playingChanged);
    m_player->play();
    QVERIFY(m_player->isPlaying());
    QTRY_VERIFY(m_player->currentFrame() > 20); // 120 frames per second
    m_player->pause();
    QVERIFY(!m_player->isPlaying());
    const qint64 stopped = m_player->currentFrame();
    QTRY_COMPARE(m_player->displayedFrame(), stopped);
    compareWithReader(stopped);
    // Playing to the end stops on the last frame.
    m_player->seek(kFrames - 10);
    m_player->play();
    QTRY_VERIFY(!m_player->isPlaying());
    QCOMPARE(m_player->currentFrame(), qint64(kFrames - 1));
    QTRY_COMPARE(m_player->displayedFrame(), qint64(kFrames - 1));
    QVERIFY(playing.count() >= 4);
    m_player->setSpeed(1.0);
}

void TestPlayer::draggingBackwardKeepsThePictureMoving()
{
    // Dragging the playhead back over a long-GOP video: each move asks for a frame that must be
    // decoded from its keyframe, slower than the mouse moves. The picture used to stay frozen
    // until the mouse rested (a frame that came after the user had moved on was dropped); now a
    // frame nearer the playhead than the shown one is shown, and the exact one when it rests.
    const QString path = m_dir.filePath(QStringLiteral("long-gop.mp4"));
    QString error;
    QVERIFY2(testutil::writeOneKeyframeVideo(path, 600, &error), qPrintable(error));
    VideoPlayer player;
    player.decoder()->setProxyEnabled(false); // the original's decoding alone
    player.resize(480, 400);
    QSignalSpy opened(&player, &VideoPlayer::videoOpened);
    player.openVideo(path);
    QTRY_COMPARE(opened.count(), 1);
    QTRY_COMPARE(player.displayedFrame(), qint64(0));
    // A decode from the keyframe, for comparison with the mouse's pace.
    VideoReader reader;
    QVERIFY(reader.open(path, &error));
    QElapsedTimer decode;
    decode.start();
    VideoFrame f;
    QVERIFY(reader.readFrame(590, &f, &error));
    const qint64 decodeMs = decode.elapsed();
    QSignalSpy displayed(&player, &VideoPlayer::frameDisplayed);
    const int moves = 60;
    for (int i = 0; i < moves; ++i) {
        player.seek(599 - i);
        QTest::qWait(16);
    }
    const qint64 last = 599 - (moves - 1);
    QTRY_COMPARE(player.displayedFrame(), last);
    qInfo("decode from the keyframe %lld ms; %lld pictures shown during %d moves",
          decodeMs,
          displayed.count(),
          moves);
    if (decodeMs < 40)
        QSKIP("Decoding is too fast on this machine for the mouse to outrun it.");
    // At least one new picture for each two decodes' time, not only the last one.
    QVERIFY2(displayed.count() >= std::min<qsizetype>(moves / 4, moves * 16 / (2 * decodeMs)),
             qPrintable(QString::number(displayed.count())));
    const QImage shown = player.displayedImage();
    QVERIFY(reader.readFrame(last, &f, &error));
    QCOMPARE(shown, f.image);
}

void TestPlayer::scrubbingShowsTheProxyFirst()
{
    // A long video with one keyframe: the player makes its scrubbing proxy in the background;
    // then a click far away shows the proxy's frame at once and the exact frame after it.
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("proxied.mp4"));
    QString error;
    QVERIFY2(testutil::writeOneKeyframeVideo(path, 700, &error), qPrintable(error));
    QFile::remove(ProxyVideo::pathFor(path));
    VideoPlayer player;
    player.resize(480, 400);
    QSignalSpy opened(&player, &VideoPlayer::videoOpened);
    QSignalSpy started(player.decoder(), &FrameDecoder::proxyBuildStarted);
    QSignalSpy progress(player.decoder(), &FrameDecoder::proxyBuildProgress);
    QSignalSpy ended(player.decoder(), &FrameDecoder::proxyBuildEnded);
    player.openVideo(path);
    QTRY_COMPARE(opened.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(player.decoder()->hasProxy(), 60000);
    QVERIFY(QFileInfo::exists(ProxyVideo::pathFor(path)));
    // The build is reported for a task list: started, progress up to all frames, ended made.
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(started.count(), 1);
    const int build = started.first().at(0).toInt();
    QCOMPARE(started.first().at(1).toString(), path);
    QVERIFY(!progress.isEmpty());
    qint64 last = 0;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        QCOMPARE(p.at(0).toInt(), build);
        QVERIFY(p.at(1).toLongLong() >= last);
        last = p.at(1).toLongLong();
        QCOMPARE(p.at(2).toLongLong(), qint64(700));
    }
    QCOMPARE(ended.first().at(0).toInt(), build);
    QCOMPARE(ended.first().at(1).toBool(), false);
    QVERIFY2(ended.first().at(2).toString().contains(QStringLiteral("made")),
             qPrintable(ended.first().at(2).toString()));
    VideoReader reader;
    QVERIFY(reader.open(path, &error));
    for (const qint64 target : {650, 120, 420, 300}) {
        QSignalSpy previews(&player, &VideoPlayer::previewDisplayed);
        QSignalSpy displayed(&player, &VideoPlayer::frameDisplayed);
        player.seek(target);
        QTRY_COMPARE_WITH_TIMEOUT(player.displayedFrame(), target, 10000);
        QVERIFY2(!previews.isEmpty() && previews.first().first().toLongLong() == target,
                 qPrintable(QString::number(target)));
        QCOMPARE(displayed.last().first().toLongLong(), target);
        QCOMPARE(player.previewFrame(), qint64(-1));
        VideoFrame f;
        QVERIFY(reader.readFrame(target, &f, &error));
        QCOMPARE(player.displayedImage(), f.image); // the exact original, once it rests
    }
    // Moving on before the exact frame came: the newest one is shown exactly in the end.
    player.seek(200);
    player.seek(560);
    QTRY_COMPARE_WITH_TIMEOUT(player.displayedFrame(), qint64(560), 10000);
    VideoFrame f;
    QVERIFY(reader.readFrame(560, &f, &error));
    QCOMPARE(player.displayedImage(), f.image);
    QFile::remove(ProxyVideo::pathFor(path));
}

void TestPlayer::speedsAreClamped()
{
    m_player->setSpeed(0.01);
    QCOMPARE(m_player->speed(), 0.25);
    m_player->setSpeed(100);
    QCOMPARE(m_player->speed(), 4.0);
    m_player->setSpeed(1.4);
    QCOMPARE(m_player->speed(), 1.5);
    m_player->setSpeed(1.0);
}

void TestPlayer::missingFileFailsInPlainWords()
{
    VideoPlayer player;
    QSignalSpy failed(&player, &VideoPlayer::openFailed);
    const QString missing = m_dir.filePath(QStringLiteral("no-such-video.mp4"));
    player.openVideo(missing);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no-such-video.mp4")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!player.hasVideo());
}

QTEST_MAIN(TestPlayer)
#include "test_player.moc"
