// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineSummary (majority per block of 2^k frames against a brute-force count, incremental
// updates) and TimelineWidget (what it paints at full zoom-out of a one-hour track, how long that
// takes against a ten-second one, mouse seeking and selection).
#include "labels/LabelTrack.h"
#include "timeline/TimelineSummary.h"
#include "timeline/TimelineWidget.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

#include <algorithm>

using namespace ethoscribe;

namespace {

// Majority over frames [first, last) with the same tie rule as TimelineSummary: the largest
// count wins, ties go to the smaller class, a class beats "unlabeled" on a tie.
int bruteMajority(const QVector<int> &frames, qint64 first, qint64 last, int classCount)
{
    QVector<int> counts(classCount + 1, 0);
    for (qint64 f = first; f < last; ++f) {
        const int l = frames[f];
        ++counts[(l >= 0 && l < classCount) ? l : classCount];
    }
    int best = classCount;
    for (int c = 0; c < classCount; ++c) {
        if (counts[c] > 0
            && (counts[c] > counts[best] || (counts[c] == counts[best] && best == classCount)))
            best = c;
    }
    return best == classCount ? -1 : best;
}

void randomBouts(QVector<int> &frames,
                 QVector<float> &conf,
                 QRandomGenerator &rng,
                 int classCount,
                 int maxBout)
{
    int f = 0;
    while (f < frames.size()) {
        const int len = 1 + int(rng.bounded(maxBout));
        const int label = int(rng.bounded(classCount + 1)) - 1; // -1 .. classCount-1
        const float c = float(rng.bounded(1000)) / 999.0f;
        for (int i = f; i < std::min<int>(frames.size(), f + len); ++i) {
            frames[i] = label;
            conf[i] = label < 0 ? 0.0f : c;
        }
        f += len;
    }
}

void compareWithBruteForce(const TimelineSummary &s,
                           const QVector<int> &frames,
                           const QVector<float> &conf)
{
    const int n = frames.size();
    for (int level = 0; level < s.levelCount(); ++level) {
        const qint64 size = qint64(1) << level;
        QCOMPARE(s.blockCount(level), int((n + size - 1) / size));
        for (int b = 0; b < s.blockCount(level); ++b) {
            const qint64 first = b * size;
            const qint64 last = std::min<qint64>(first + size, n);
            const int expected = bruteMajority(frames, first, last, s.classCount());
            if (s.majority(level, b) != expected) {
                qWarning("level %d block %d: majority %d, expected %d",
                         level,
                         b,
                         s.majority(level, b),
                         expected);
                QFAIL("majority differs from brute force");
            }
            if (s.hasConfidence()) {
                double sum = 0;
                for (qint64 f = first; f < last; ++f)
                    sum += conf[f];
                QVERIFY(std::abs(s.meanConfidence(level, b) - sum / double(last - first)) < 1e-4);
            }
        }
    }
    QCOMPARE(s.blockCount(s.levelCount() - 1), n > 0 ? 1 : 0);
}

QColor pixelAt(const QImage &image, const QPoint &p)
{
    return QColor(image.pixel(p));
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryMatchesBruteForce_data();
    void summaryMatchesBruteForce();
    void emptySummary();
    void binAlignedToBlocksIsBlockMajority();
    void widgetUpdatesOnlyTheEditedRange();
    void paintsLabelsAtFullZoomOut();
    void lastFrameShowsAtFullZoomOut_data();
    void lastFrameShowsAtFullZoomOut();
    void paintTimeDoesNotGrowWithLength();
    void clickSeeksAndShiftDragSelects();
    void wheelZoomsAroundPointer();
    void extremesOfLength_data();
    void extremesOfLength();
};

void TestTimeline::summaryMatchesBruteForce_data()
{
    QTest::addColumn<int>("frameCount");
    QTest::addColumn<int>("maxBout");
    QTest::addColumn<bool>("withConfidence");
    QTest::newRow("one frame") << 1 << 1 << false;
    QTest::newRow("two frames") << 2 << 1 << true;
    QTest::newRow("odd, single-frame bouts") << 37 << 1 << true;
    QTest::newRow("power of two") << 1024 << 9 << false;
    QTest::newRow("2^12 + 1") << 4097 << 40 << true;
    QTest::newRow("ten seconds") << 300 << 30 << true;
    QTest::newRow("long bouts") << 20000 << 900 << false;
}

void TestTimeline::summaryMatchesBruteForce()
{
    QFETCH(int, frameCount);
    QFETCH(int, maxBout);
    QFETCH(bool, withConfidence);
    const int classes = 9;
    QRandomGenerator rng(frameCount * 7 + maxBout);
    QVector<int> frames(frameCount, -1);
    QVector<float> conf(frameCount, 0.0f);
    randomBouts(frames, conf, rng, classes, maxBout);

    TimelineSummary s(frameCount, classes, withConfidence);
    s.setFrames(0, frames, conf);
    compareWithBruteForce(s, frames, conf);

    // Incremental edits (ranges of every size, unlabeled included) keep it exact.
    for (int i = 0; i < 25; ++i) {
        const int start = int(rng.bounded(frameCount));
        const int end
                = std::min(frameCount, start + 1 + int(rng.bounded(std::max(1, frameCount / 3))));
        const int label = int(rng.bounded(classes + 1)) - 1;
        const float c = 0.5f;
        s.assign(start, end, label, c);
        for (int f = start; f < end; ++f) {
            frames[f] = label;
            conf[f] = label < 0 ? 0.0f : c;
        }
    }
    compareWithBruteForce(s, frames, conf);

    // Refills as a fusion slider move does them: a few labels change, every confidence does;
    // the whole range or its tail.
    for (int i = 0; i < 6; ++i) {
        const int start = i % 2 == 0 ? 0 : int(rng.bounded(frameCount));
        for (int f = start; f < frameCount; ++f) {
            if (rng.bounded(20) == 0)
                frames[f] = int(rng.bounded(classes + 1)) - 1;
            conf[f] = frames[f] < 0 ? 0.0f : float(rng.bounded(1000)) / 999.0f;
        }
        s.setFrames(start, frames.mid(start), conf.mid(start));
        compareWithBruteForce(s, frames, conf);
    }
}

void TestTimeline::emptySummary()
{
    TimelineSummary s(0, 9, true);
    QCOMPARE(s.levelCount(), 1);
    QCOMPARE(s.bin(0, 10).label, -1);
    s.assign(0, 5, 3); // clipped away, no crash
    QCOMPARE(s.label(0), -1);
}

void TestTimeline::binAlignedToBlocksIsBlockMajority()
{
    QRandomGenerator rng(42);
    QVector<int> frames(5000, -1);
    QVector<float> conf(5000, 0.0f);
    randomBouts(frames, conf, rng, 9, 60);
    TimelineSummary s(frames.size(), 9, true);
    s.setFrames(0, frames, conf);
    for (int k = 1; k < 10; ++k) {
        const int size = 1 << k;
        for (int b = 0; (b + 1) * size <= frames.size(); b += 3) {
            QCOMPARE(s.bin(b * size, (b + 1) * size).label,
                     bruteMajority(frames, b * size, (b + 1) * size, 9));
        }
    }
    // Single frames come straight from level 0.
    for (int f = 0; f < frames.size(); f += 17)
        QCOMPARE(s.bin(f, f + 1).label, frames[f]);
}

void TestTimeline::widgetUpdatesOnlyTheEditedRange()
{
    const int n = 108000;
    LabelTrack track(n);
    QRandomGenerator rng(7);
    for (int f = 0; f < n;) {
        const int len = 30 + int(rng.bounded(600));
        track.assign(f, f + len, 1 + int(rng.bounded(8)));
        f += len + int(rng.bounded(2)) * 100;
    }
    TimelineWidget w;
    w.resize(1000, 120);
    w.setFrameCount(n, 30.0);
    const int t = w.addTrack(QStringLiteral("labels"));
    w.setTrackLabels(t, track);

    track.assign(5000, 5100, 4);
    track.assign(70000, 90000, kUnlabeled);
    w.updateTrackLabels(t, track, 5000, 5100);
    w.updateTrackLabels(t, track, 70000, 90000);

    TimelineSummary fresh(n, w.trackSummary(t).classCount(), false);
    const QVector<BehaviorId> frames = track.toFrames();
    fresh.setFrames(0, frames);
    const TimelineSummary &s = w.trackSummary(t);
    for (int level = 0; level < s.levelCount(); ++level)
        for (int b = 0; b < s.blockCount(level); ++b)
            QCOMPARE(s.majority(level, b), fresh.majority(level, b));
}

void TestTimeline::paintsLabelsAtFullZoomOut()
{
    // One hour at 30 fps: bouts of 1080 frames are 10 px wide at 108 frames per pixel.
    const int n = 108000;
    const int bout = 1080;
    LabelTrack track(n);
    for (int i = 0; i * bout < n; ++i) {
        const BehaviorId b = (i % 9) == 8 ? kUnlabeled : BehaviorId(1 + i % 9);
        track.assign(i * bout, (i + 1) * bout, b);
    }
    TimelineWidget w;
    w.setBehaviors(BehaviorSet::jhuangDefault());
    const int bandWidth = 1000;
    w.resize(w.bandsRect().left() + bandWidth, w.sizeHint().height());
    w.setFrameCount(n, 30.0);
    const int t = w.addTrack(QStringLiteral("labels"));
    w.setTrackLabels(t, track);
    w.resize(w.bandsRect().left() + bandWidth, w.sizeHint().height());
    w.zoomToFit();
    QCOMPARE(w.bandsRect().width(), bandWidth);
    QVERIFY(std::abs(w.framesPerPixel() - 108.0) < 1e-9);

    QImage image(w.size(), QImage::Format_RGB32);
    w.render(&image);
    const QRect r = w.trackRect(t);
    const int y = r.top() + 8; // inside the band, below the playhead's head
    const BehaviorSet set = BehaviorSet::jhuangDefault();
    int checked = 0;
    for (int i = 0; i * bout < n; ++i) {
        // Centre of the bout, away from the playhead at frame 0.
        const int x = int(w.xOfFrame(i * bout + bout / 2));
        if (i == 0)
            continue;
        const BehaviorId b = track.at(i * bout + bout / 2);
        const QColor expected = b == kUnlabeled ? QColor(222, 222, 222) : set.byId(b)->color;
        const QColor got = pixelAt(image, QPoint(x, y));
        if (got.rgb() != expected.rgb()) {
            qWarning("bout %d (behavior %d) at x=%d: got %s, expected %s",
                     i,
                     b,
                     x,
                     qPrintable(got.name()),
                     qPrintable(expected.name()));
            QFAIL("pixel colour does not match the label");
        }
        ++checked;
    }
    QCOMPARE(checked, n / bout - 1);
}

void TestTimeline::lastFrameShowsAtFullZoomOut_data()
{
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("width");
    // Lengths and widths whose frames per pixel is not exact in binary and where, in double
    // arithmetic, (width - 1) * fpp + fpp comes out a hair below the video's length: the last
    // pixel's range used to end one frame early and leave the last frame out.
    QTest::newRow("1001 frames, 1000 px") << 1001 << 1000;
    QTest::newRow("1003 frames, 1000 px") << 1003 << 1000;
    QTest::newRow("603 frames, 600 px") << 603 << 600;
    QTest::newRow("1131 frames, 1100 px") << 1131 << 1100;
    QTest::newRow("20011 frames, 1000 px (20 per pixel)") << 20011 << 1000;
}

void TestTimeline::lastFrameShowsAtFullZoomOut()
{
    // The last pixel's first frame is "walk", the frames after it (to the video's end) "drink",
    // everything before it unlabeled. Painted from its first frame alone (the range ending one
    // frame early in floating point leaves one frame), the pixel showed walk; painted from its
    // whole range it shows drink: the majority, or at 1-2 frames per pixel (where the summary's
    // 2-frame blocks also take in the frame before) a three-way tie that goes to the smaller class.
    QFETCH(int, frames);
    QFETCH(int, width);
    const BehaviorSet set = BehaviorSet::jhuangDefault();
    TimelineWidget w;
    w.setBehaviors(set);
    w.setFrameCount(frames, 30.0);
    const int t = w.addTrack(QStringLiteral("labels"));
    w.resize(w.bandsRect().left() + width, w.sizeHint().height());
    w.zoomToFit();
    QCOMPARE(w.bandsRect().width(), width);
    QVERIFY(w.framesPerPixel() >= 1.0);
    // The first frame of the last pixel in exact arithmetic: floor((width - 1) * frames / width).
    const int lastPixelFirst = int((qint64(width) - 1) * frames / width);
    QVERIFY(lastPixelFirst < frames - 1);
    QCOMPARE(w.frameAt(w.bandsRect().right()), lastPixelFirst);
    LabelTrack track(frames);
    track.assign(lastPixelFirst, lastPixelFirst + 1, BehaviorId(8));
    track.assign(lastPixelFirst + 1, frames, BehaviorId(1));
    w.setTrackLabels(t, track);
    w.setCurrentFrame(0); // keep the playhead away from the right edge

    QImage image(w.size(), QImage::Format_RGB32);
    w.render(&image);
    const int y = w.trackRect(t).top() + 8;
    QCOMPARE(pixelAt(image, QPoint(w.bandsRect().right(), y)).name(),
             set.byId(BehaviorId(1))->color.name());
}

void TestTimeline::paintTimeDoesNotGrowWithLength()
{
    // The same bout statistics over ten seconds and over one hour, painted at full zoom-out.
    auto paintTime = [](int n, double *perPaintMs) {
        LabelTrack track(n);
        QRandomGenerator rng(3);
        for (int f = 0; f < n;) {
            const int len = 5 + int(rng.bounded(300));
            track.assign(f, f + len, 1 + int(rng.bounded(8)));
            f += len;
        }
        TimelineWidget w;
        w.setFrameCount(n, 30.0);
        w.setTrackLabels(w.addTrack(QStringLiteral("manual")), track);
        const int p = w.addTrack(QStringLiteral("predictions"), true);
        w.setTrackLabels(p, track);
        w.resize(1400, w.sizeHint().height());
        w.zoomToFit();
        QImage image(w.size(), QImage::Format_RGB32);
        w.render(&image); // warm up
        QElapsedTimer timer;
        timer.start();
        int paints = 0;
        while (timer.elapsed() < 300 || paints < 5) {
            w.render(&image);
            ++paints;
        }
        *perPaintMs = double(timer.nsecsElapsed()) / 1e6 / paints;
    };
    double shortMs = 0, longMs = 0;
    paintTime(300, &shortMs);
    paintTime(108000, &longMs);
    qInfo("full zoom-out paint, 1400 px, 2 tracks: 10 s video %.3f ms, 1 h video %.3f ms, ratio "
          "%.2f",
          shortMs,
          longMs,
          longMs / shortMs);
    // Generous bound: without the summary the hour would cost ~360x the ten seconds.
    QVERIFY2(longMs < 20 * shortMs + 5.0,
             "painting one hour costs far more than painting ten seconds");
}

void TestTimeline::clickSeeksAndShiftDragSelects()
{
    TimelineWidget w;
    w.resize(w.bandsRect().left() + 600, 120);
    w.setFrameCount(600, 30.0);
    w.addTrack(QStringLiteral("labels"));
    w.resize(w.bandsRect().left() + 600, w.sizeHint().height());
    w.zoomToFit();
    QCOMPARE(w.framesPerPixel(), 1.0);
    QSignalSpy seek(&w, &TimelineWidget::seekRequested);
    QSignalSpy selection(&w, &TimelineWidget::selectionChanged);
    const int y = w.trackRect(0).center().y();
    const int x0 = w.bandsRect().left();

    QTest::mouseClick(&w, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 250, y));
    QCOMPARE(seek.count(), 1);
    QCOMPARE(seek.last().at(0).toInt(), 250);

    QTest::mousePress(&w, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0 + 100, y));
    QMouseEvent move(QEvent::MouseMove,
                     QPointF(x0 + 199, y),
                     w.mapToGlobal(QPointF(x0 + 199, y)),
                     Qt::NoButton,
                     Qt::LeftButton,
                     Qt::ShiftModifier);
    QCoreApplication::sendEvent(&w, &move);
    QTest::mouseRelease(&w, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0 + 199, y));
    QCOMPARE(selection.count(), 1);
    QCOMPARE(selection.last().at(0).toInt(), 100);
    QCOMPARE(selection.last().at(1).toInt(), 200);
    QCOMPARE(w.selectionStart(), 100);
    QCOMPARE(w.selectionEnd(), 200);
    QCOMPARE(seek.count(), 1); // selecting does not move the playhead

    // A plain click clears the selection.
    QTest::mouseClick(&w, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 10, y));
    QVERIFY(!w.hasSelection());
}

void TestTimeline::wheelZoomsAroundPointer()
{
    TimelineWidget w;
    w.addTrack(QStringLiteral("labels"));
    w.resize(w.bandsRect().left() + 1000, w.sizeHint().height());
    w.setFrameCount(108000, 30.0);
    const double fitted = w.framesPerPixel();
    const int x = w.bandsRect().left() + 700;
    const int frameUnder = w.frameAt(x);
    QWheelEvent wheel(QPointF(x, 40),
                      w.mapToGlobal(QPointF(x, 40)),
                      QPoint(),
                      QPoint(0, 120 * 4),
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QCoreApplication::sendEvent(&w, &wheel);
    QVERIFY(w.framesPerPixel() < fitted / 2);
    QVERIFY(std::abs(w.frameAt(x) - frameUnder) <= 1);
    // Shift+wheel scrolls.
    const double start = w.viewStart();
    QWheelEvent scroll(QPointF(x, 40),
                       w.mapToGlobal(QPointF(x, 40)),
                       QPoint(),
                       QPoint(0, -120),
                       Qt::NoButton,
                       Qt::ShiftModifier,
                       Qt::NoScrollPhase,
                       false);
    QCoreApplication::sendEvent(&w, &scroll);
    QVERIFY(w.viewStart() > start);
}

void TestTimeline::extremesOfLength_data()
{
    QTest::addColumn<int>("frames");
    QTest::newRow("1 frame") << 1;
    QTest::newRow("2 frames") << 2;
    QTest::newRow("10.5 hours (1,134,000 frames)") << 1134000;
}

void TestTimeline::extremesOfLength()
{
    // The visible range and the frame under the cursor at both ends of the view, zoomed out and
    // zoomed in as far as it goes, for a 1-frame video and a 10.5-hour one.
    QFETCH(int, frames);
    TimelineWidget w;
    w.addTrack(QStringLiteral("labels"));
    w.resize(w.bandsRect().left() + 1000, w.sizeHint().height());
    w.setFrameCount(frames, 30.0);
    w.zoomToFit();
    const QRect bands = w.bandsRect();
    const int y = w.trackRect(0).center().y();
    // Zoomed out: the first pixel is frame 0, the last pixel the last frame, and the whole video
    // fits (no scrolling).
    QCOMPARE(w.viewStart(), 0.0);
    QCOMPARE(w.frameAt(bands.left()), 0);
    // The last pixel starts at most one pixel's worth of frames before the last frame.
    const int lastPixelFrame = w.frameAt(bands.right());
    QVERIFY2(lastPixelFrame <= frames - 1 && frames - 1 - lastPixelFrame < w.framesPerPixel(),
             qPrintable(QString::number(lastPixelFrame)));
    QVERIFY2(bands.width() * w.framesPerPixel() >= frames - 1e-6,
             qPrintable(QString::number(w.framesPerPixel())));
    QCOMPARE(std::lround(w.xOfFrame(0)), long(bands.left()));
    // Outside the bands the frame is clamped to the video.
    QCOMPARE(w.frameAt(bands.left() - 50), 0);
    QCOMPARE(w.frameAt(bands.right() + 500), frames - 1);
    QSignalSpy seek(&w, &TimelineWidget::seekRequested);
    QTest::mouseClick(&w, Qt::LeftButton, Qt::NoModifier, QPoint(bands.right(), y));
    QCOMPARE(seek.last().at(0).toInt(), lastPixelFrame);
    QTest::mouseClick(&w, Qt::LeftButton, Qt::NoModifier, QPoint(bands.right() + 20, y));
    QCOMPARE(seek.last().at(0).toInt(), frames - 1); // past the end: the last frame
    QTest::mouseClick(&w, Qt::LeftButton, Qt::NoModifier, QPoint(bands.left(), y));
    QCOMPARE(seek.last().at(0).toInt(), 0);
    // The playhead is clamped too.
    w.setCurrentFrame(frames + 1000);
    QCOMPARE(w.currentFrame(), frames - 1);
    w.setCurrentFrame(-5);
    QCOMPARE(w.currentFrame(), 0);

    // Zoomed in as far as it goes, at the end of the video: the view stops at the last frame, and
    // the last frame is still under the last pixels.
    w.zoomBy(1e12, bands.right());
    const double fpp = w.framesPerPixel();
    QVERIFY2(fpp < 1.0, qPrintable(QString::number(fpp)));
    w.setView(frames, fpp); // asks for a view past the end
    QVERIFY(w.viewStart() >= 0.0);
    QVERIFY2(w.viewStart() + bands.width() * fpp <= frames + 1e-6 || w.viewStart() == 0.0,
             qPrintable(QString::number(w.viewStart())));
    QCOMPARE(w.frameAt(bands.right()), frames - 1);
    QCOMPARE(w.frameAt(bands.right() + 1), frames - 1);
    // One frame covers many pixels: each pixel of it gives that frame, the one before it the
    // previous frame.
    const int lastX = int(std::ceil(w.xOfFrame(frames - 1)));
    if (lastX > bands.left()) {
        QCOMPARE(w.frameAt(lastX), frames - 1);
        if (frames > 1)
            QCOMPARE(w.frameAt(lastX - int(std::ceil(1.0 / fpp)) - 1), frames - 2);
    }
    // And at the start.
    w.setView(-100, fpp);
    QCOMPARE(w.viewStart(), 0.0);
    QCOMPARE(w.frameAt(bands.left()), 0);
    // A selection of the whole video, at either end of the range of values.
    w.setSelection(0, frames);
    QCOMPARE(w.selectionStart(), 0);
    QCOMPARE(w.selectionEnd(), frames);
    w.setSelection(-10, frames + 10);
    QCOMPARE(w.selectionEnd(), frames);
    // Painting at both zooms works (the 1,134,000-frame case through the block summary).
    QImage image(w.size(), QImage::Format_RGB32);
    w.render(&image);
    w.zoomToFit();
    w.render(&image);
}

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
