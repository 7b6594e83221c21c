// SPDX-License-Identifier: GPL-3.0-or-later
// LabelTrack against a plain per-frame reference on random edit sequences, plus hand-made cases.
#include "labels/LabelTrack.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ethoscribe;

namespace {

// The obvious per-frame implementation the run-length track must agree with.
struct ReferenceTrack
{
    QVector<BehaviorId> frames;

    void assign(qint64 start, qint64 end, BehaviorId b)
    {
        for (qint64 f = std::max<qint64>(0, start); f < std::min<qint64>(frames.size(), end); ++f)
            frames[f] = b;
    }
    bool isRunStart(qint64 f) const { return f == 0 || frames[f] != frames[f - 1]; }
    qint64 nextChange(qint64 frame) const
    {
        for (qint64 f = std::max<qint64>(frame + 1, 0); f < frames.size(); ++f) {
            if (isRunStart(f))
                return f;
        }
        return -1;
    }
    qint64 previousChange(qint64 frame) const
    {
        for (qint64 f = std::min<qint64>(frame, frames.size()) - 1; f >= 0; --f) {
            if (isRunStart(f))
                return f;
        }
        return -1;
    }
    QVector<Bout> runs(qint64 start, qint64 end) const
    {
        QVector<Bout> result;
        start = std::max<qint64>(0, start);
        end = std::min<qint64>(frames.size(), end);
        for (qint64 f = start; f < end; ++f) {
            if (result.isEmpty() || result.last().behavior != frames[f])
                result.append(Bout{f, f + 1, frames[f]});
            else
                result.last().end = f + 1;
        }
        return result;
    }
};

void checkSame(const LabelTrack &track, const ReferenceTrack &ref, QRandomGenerator &rng)
{
    const qint64 n = ref.frames.size();
    QCOMPARE(track.frameCount(), n);
    QCOMPARE(track.toFrames(), ref.frames);
    QCOMPARE(track.runs(), ref.runs(0, n));
    // Bouts are maximal labeled runs.
    QVector<Bout> expectedBouts;
    qint64 labeled = 0;
    QHash<BehaviorId, qint64> expectedCounts;
    for (const Bout &run : ref.runs(0, n)) {
        if (run.behavior != kUnlabeled) {
            expectedBouts.append(run);
            labeled += run.length();
            expectedCounts[run.behavior] += run.length();
        }
    }
    QCOMPARE(track.bouts(), expectedBouts);
    QCOMPARE(track.boutCount(), expectedBouts.size());
    QCOMPARE(track.labeledFrames(), labeled);
    QCOMPARE(track.counts(), expectedCounts);
    for (int i = 0; i < 8; ++i) {
        const qint64 f = n == 0 ? 0 : qint64(rng.bounded(int(n + 4))) - 2;
        const BehaviorId expected = (f >= 0 && f < n) ? ref.frames[f] : kUnlabeled;
        QCOMPARE(track.at(f), expected);
        QCOMPARE(track.nextChange(f), ref.nextChange(f));
        QCOMPARE(track.previousChange(f), ref.previousChange(f));
        const std::optional<Bout> run = track.runAt(f);
        QCOMPARE(run.has_value(), f >= 0 && f < n);
        if (run) {
            QVERIFY(run->contains(f));
            QCOMPARE(run->behavior, expected);
            QCOMPARE(run->start == 0 || ref.frames[run->start - 1] != expected, true);
            QCOMPARE(run->end == n || ref.frames[run->end] != expected, true);
            QCOMPARE(track.boutAt(f).has_value(), expected != kUnlabeled);
        }
        const qint64 a = n == 0 ? 0 : rng.bounded(int(n + 1));
        const qint64 b = n == 0 ? 0 : rng.bounded(int(n + 1));
        QCOMPARE(track.runs(std::min(a, b), std::max(a, b)),
                 ref.runs(std::min(a, b), std::max(a, b)));
    }
}

} // namespace

class TestLabelTrack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTrack()
    {
        LabelTrack track;
        QCOMPARE(track.frameCount(), 0);
        QCOMPARE(track.at(0), kUnlabeled);
        track.assign(0, 10, 3);
        QVERIFY(track.isEmpty());
        QVERIFY(track.runs().isEmpty());
        QCOMPARE(track.nextChange(-1), -1);
        QCOMPARE(track.previousChange(5), -1);
        QVERIFY(!track.runAt(0));
    }

    void mergesNeighbours()
    {
        LabelTrack track(100);
        track.assign(10, 20, 1);
        track.assign(30, 40, 1);
        QCOMPARE(track.boutCount(), 2);
        track.assign(20, 30, 1);
        QCOMPARE(track.boutCount(), 1);
        QCOMPARE(track.bouts().first(), (Bout{10, 40, 1}));
        track.assign(15, 16, 2);
        QCOMPARE(track.boutCount(), 3);
        QCOMPARE(track.at(15), 2);
        QCOMPARE(track.at(16), 1);
        track.assign(15, 16, kUnlabeled);
        QCOMPARE(track.boutCount(), 2);
        QCOMPARE(track.labeledFrames(), 29);
        track.assign(-50, 500, 4); // clipped
        QCOMPARE(track.bouts(), (QVector<Bout>{{0, 100, 4}}));
    }

    void frameCountChanges()
    {
        LabelTrack track(10);
        track.assign(5, 10, 2);
        track.setFrameCount(7);
        QCOMPARE(track.bouts(), (QVector<Bout>{{5, 7, 2}}));
        track.setFrameCount(12);
        QCOMPARE(track.at(8), kUnlabeled);
        QCOMPARE(track.labeledFrames(), 2);
        track.setFrameCount(0);
        QVERIFY(track.isEmpty());
    }

    void replaceBehavior()
    {
        LabelTrack track = LabelTrack::fromFrames({1, 1, 2, 2, 3, 1, -1, 2});
        track.replaceBehavior(2, 1);
        QCOMPARE(track.toFrames(), (QVector<BehaviorId>{1, 1, 1, 1, 3, 1, -1, 1}));
        QCOMPARE(track.boutCount(), 4);
        track.replaceBehavior(1, kUnlabeled);
        QCOMPARE(track.toFrames(), (QVector<BehaviorId>{-1, -1, -1, -1, 3, -1, -1, -1}));
    }

    void changes()
    {
        const LabelTrack track = LabelTrack::fromFrames({-1, -1, 1, 1, 1, 2, -1});
        QCOMPARE(track.nextChange(-5), 0);
        QCOMPARE(track.nextChange(0), 2);
        QCOMPARE(track.nextChange(2), 5);
        QCOMPARE(track.nextChange(5), 6);
        QCOMPARE(track.nextChange(6), -1);
        QCOMPARE(track.previousChange(6), 5);
        QCOMPARE(track.previousChange(4), 2);
        QCOMPARE(track.previousChange(2), 0);
        QCOMPARE(track.previousChange(0), -1);
        QCOMPARE(track.previousChange(100), 6);
    }

    void randomEdits_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("frameCount");
        QTest::addColumn<int>("steps");
        QTest::newRow("0 frames") << 1u << 0 << 200;
        QTest::newRow("1 frame") << 2u << 1 << 500;
        QTest::newRow("2 frames") << 3u << 2 << 500;
        QTest::newRow("17 frames") << 4u << 17 << 3000;
        QTest::newRow("200 frames") << 5u << 200 << 3000;
        QTest::newRow("1000 frames") << 6u << 1000 << 3000;
        QTest::newRow("5000 frames") << 7u << 5000 << 2000;
        for (quint32 seed = 100; seed < 105; ++seed) {
            QRandomGenerator rng(seed);
            const int n = rng.bounded(1, 3000);
            QTest::addRow("random %d frames seed %u", n, seed) << seed << n << 2000;
        }
    }

    // Random range edits, undo via runs()/setRuns() snapshots exactly as the Document does.
    void randomEdits()
    {
        QFETCH(quint32, seed);
        QFETCH(int, frameCount);
        QFETCH(int, steps);
        QRandomGenerator rng(seed);
        LabelTrack track(frameCount);
        ReferenceTrack ref{QVector<BehaviorId>(frameCount, kUnlabeled)};
        struct Undo
        {
            QVector<Bout> snapshot;
            QVector<BehaviorId> before;
        };
        QVector<Undo> undoStack;
        for (int step = 0; step < steps; ++step) {
            const int action = rng.bounded(100);
            if (action < 10 && !undoStack.isEmpty()) {
                const Undo undo = undoStack.takeLast();
                track.setRuns(undo.snapshot);
                ref.frames = undo.before;
            } else if (action < 12) {
                const BehaviorId from = rng.bounded(1, 5);
                const BehaviorId to = rng.bounded(5) == 0 ? kUnlabeled : rng.bounded(1, 5);
                track.replaceBehavior(from, to);
                for (BehaviorId &b : ref.frames) {
                    if (b == from)
                        b = to;
                }
                undoStack.clear();
            } else {
                // Mostly short edits, sometimes long, sometimes past the ends.
                const int span = std::max(1, frameCount + 4);
                qint64 start = qint64(rng.bounded(span)) - 2;
                qint64 length = rng.bounded(4) == 0 ? rng.bounded(span) : rng.bounded(1, 12);
                const BehaviorId b = rng.bounded(4) == 0 ? kUnlabeled : rng.bounded(1, 5);
                Undo undo{track.runs(start, start + length), ref.frames};
                track.assign(start, start + length, b);
                ref.assign(start, start + length, b);
                undoStack.append(undo);
            }
            if (step % 50 == 0 || frameCount < 50) {
                checkSame(track, ref, rng);
            } else {
                const int f = rng.bounded(std::max(1, frameCount));
                QCOMPARE(track.at(f), frameCount ? ref.frames[f] : kUnlabeled);
            }
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("failed at step %1").arg(step)));
        }
        // Undo everything that is left: the track returns to the oldest snapshot.
        while (!undoStack.isEmpty()) {
            const Undo undo = undoStack.takeLast();
            track.setRuns(undo.snapshot);
            ref.frames = undo.before;
        }
        checkSame(track, ref, rng);
        QCOMPARE(LabelTrack::fromFrames(track.toFrames()), track);
    }
};

QTEST_GUILESS_MAIN(TestLabelTrack)
#include "test_labeltrack.moc"
