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
