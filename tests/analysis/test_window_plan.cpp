// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/WindowPlan.h"

#include <QTest>

using namespace ethoscribe;

class TestWindowPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strideOneIsThePaper()
    {
        const WindowPlan p = WindowPlan::stride(5, 1);
        QCOMPARE(p.centres(), (std::vector<qint64>{0, 1, 2, 3, 4}));
        for (qint64 f = 0; f < 5; ++f) {
            const WindowPlan::Blend b = p.blend(f);
            QCOMPARE(b.left, f);
            QCOMPARE(b.right, f);
            QCOMPARE(b.weight, 0.0f);
        }
        QVERIFY(p.segments().empty());
        QVERIFY(!p.isDense());
    }

    void strideKeepsTheLastFrame()
    {
        const WindowPlan p = WindowPlan::stride(10, 4);
        QCOMPARE(p.centres(), (std::vector<qint64>{0, 4, 8, 9}));
        const WindowPlan::Blend b = p.blend(2);
        QCOMPARE(b.left, 0);
        QCOMPARE(b.right, 1);
        QCOMPARE(b.weight, 0.5f);
        const WindowPlan::Blend c = p.blend(7);
        QCOMPARE(c.left, 1);
        QCOMPARE(c.right, 2);
        QCOMPARE(c.weight, 0.75f);
        QCOMPARE(p.blend(9).left, 3);
        QCOMPARE(p.blend(9).weight, 0.0f);
        // Frames up to the last known centre are ready.
        QCOMPARE(p.framesReady(0), 0);
        QCOMPARE(p.framesReady(1), 1);
        QCOMPARE(p.framesReady(2), 5);
        QCOMPARE(p.framesReady(4), 10);
    }

    void denseCentresAndSegments()
    {
        // 30 frames: centres 0, 8, 16, 24, 32 (the first at or past frame 29).
        const WindowPlan p = WindowPlan::dense(30, 2);
        QVERIFY(p.isDense());
        QCOMPARE(p.centres(), (std::vector<qint64>{0, 8, 16, 24, 32}));
        QCOMPARE(int(p.segments().size()), 3);
        const auto &s = p.segments();
        QCOMPARE(s[0].firstFrame, -8);
        QCOMPARE(s[0].frames, 24);
        QCOMPARE(s[0].firstCentre, 0);
        QCOMPARE(s[0].outputs, 2);
        QCOMPARE(s[1].firstFrame, 8);
        QCOMPARE(s[2].firstCentre, 4);
        QCOMPARE(s[2].outputs, 1);
        QCOMPARE(s[2].frames, 16);
        QCOMPARE(s[2].firstFrame, 24);
        const WindowPlan::Blend b = p.blend(10);
        QCOMPARE(b.left, 1);
        QCOMPARE(b.right, 2);
        QCOMPARE(b.weight, 0.25f);
        QCOMPARE(p.framesReady(2), 9);
        QCOMPARE(p.framesReady(5), 30);
    }

    // A reader that holds margins around the frames it wants predicted plans only those.
    void rangesPlanOnlyTheirFrames()
    {
        const WindowPlan s = WindowPlan::stride(40, 4, 10, 20);
        QCOMPARE(s.firstFrame(), 10);
        QCOMPARE(s.frameCount(), 20);
        QCOMPARE(s.centres(), (std::vector<qint64>{10, 14, 18, 22, 26, 29}));
        QCOMPARE(s.blend(12).left, 0);
        QCOMPARE(s.blend(12).right, 1);
        QCOMPARE(s.blend(12).weight, 0.5f);
        QCOMPARE(s.framesReady(0), 0);
        QCOMPARE(s.framesReady(2), 5); // frames 10 .. 14
        QCOMPARE(s.framesReady(6), 20);

        // Dense centres stay on the multiples of 8 of the whole: 8 (at or before frame 12) to
        // 32 (at or past frame 31), in segments of 2.
        const WindowPlan d = WindowPlan::dense(48, 2, 12, 20);
        QCOMPARE(d.centres(), (std::vector<qint64>{8, 16, 24, 32}));
        QCOMPARE(int(d.segments().size()), 2);
        QCOMPARE(d.segments()[0].firstFrame, 0);
        QCOMPARE(d.segments()[0].frames, 24);
        QCOMPARE(d.segments()[1].firstFrame, 16);
        QCOMPARE(d.segments()[1].firstCentre, 2);
        QCOMPARE(d.blend(12).left, 0);
        QCOMPARE(d.blend(12).weight, 0.5f);
        QCOMPARE(d.blend(31).right, 3);
        QCOMPARE(d.framesReady(1), 0); // centre 8 alone: none of frames 12 .. 31
        QCOMPARE(d.framesReady(2), 5); // up to frame 16
        QCOMPARE(d.framesReady(4), 20);

        // The engine's block: 504 frames after a margin of 16 give 64 outputs, two passes of 32.
        const WindowPlan block = WindowPlan::dense(536, 32, 16, 504);
        QCOMPARE(int(block.centres().size()), 64);
        QCOMPARE(int(block.segments().size()), 2);
        QCOMPARE(block.segments()[1].outputs, 32);
        QCOMPARE(block.segments()[1].firstFrame + block.segments()[1].frames, 528);

        // Ranges are clamped to the frames; the whole is the default.
        QCOMPARE(WindowPlan::stride(10, 4, 8, 100).centres(), (std::vector<qint64>{8, 9}));
        QVERIFY(WindowPlan::dense(10, 8, 12, 5).centres().empty());
        QCOMPARE(WindowPlan::dense(30, 2, 0, -1).centres(), WindowPlan::dense(30, 2).centres());
    }

    void edgeCases()
    {
        QVERIFY(WindowPlan::dense(0, 8).centres().empty());
        QVERIFY(WindowPlan::stride(0, 3).centres().empty());
        const WindowPlan one = WindowPlan::dense(1, 8);
        QCOMPARE(one.centres(), (std::vector<qint64>{0}));
        QCOMPARE(one.segments().front().frames, 16);
        QCOMPARE(one.framesReady(1), 1);
        // Exactly on a centre: no blending.
        const WindowPlan p = WindowPlan::dense(17, 8);
        QCOMPARE(p.centres(), (std::vector<qint64>{0, 8, 16}));
        QCOMPARE(p.blend(16).left, 2);
        QCOMPARE(p.blend(16).weight, 0.0f);
        // A stride larger than the video.
        QCOMPARE(WindowPlan::stride(3, 10).centres(), (std::vector<qint64>{0, 2}));
    }
};

QTEST_GUILESS_MAIN(TestWindowPlan)
#include "test_window_plan.moc"
