// SPDX-License-Identifier: GPL-3.0-or-later
// Track statistics and agreement on hand-made tracks with known answers.
#include "stats/AgreementStatistics.h"
#include "stats/TrackStatistics.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace ethoscribe;

namespace {

// Builds two tracks whose frames pair up as the cells of a 2x2 agreement table
// (reference yes/no x predicted yes/no), with unlabeled frames in between that must be ignored.
void tableTracks(int yesYes, int yesNo, int noYes, int noNo, LabelTrack &ref, LabelTrack &pred)
{
    QVector<BehaviorId> r;
    QVector<BehaviorId> p;
    const auto add = [&](int count, BehaviorId a, BehaviorId b) {
        for (int i = 0; i < count; ++i) {
            r.append(a);
            p.append(b);
            // Interleave frames labeled in only one track.
            r.append(a);
            p.append(kUnlabeled);
            r.append(kUnlabeled);
            p.append(b);
        }
    };
    add(yesYes, 1, 1);
    add(yesNo, 1, 2);
    add(noYes, 2, 1);
    add(noNo, 2, 2);
    ref = LabelTrack::fromFrames(r);
    pred = LabelTrack::fromFrames(p);
}

BehaviorSet yesNo()
{
    BehaviorSet set;
    set.add("yes");
    set.add("no");
    return set;
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeBudget()
    {
        // walk 30 | rest 60 | unlabeled 10 | walk 10 | groom 15 | walk 5 ; 130 frames at 10 fps
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        LabelTrack track(130);
        track.assign(0, 30, 8);
        track.assign(30, 90, 7);
        track.assign(100, 110, 8);
        track.assign(110, 125, 3);
        track.assign(125, 130, 8);
        const TrackStatistics stats = TrackStatistics::compute(track, set, 10.0);
        QCOMPARE(stats.labeledFrames, 120);
        QCOMPARE(stats.budgets.size(), 8);
        const BehaviorBudget *walk = stats.budget(8);
        QCOMPARE(walk->name, QStringLiteral("walk"));
        QCOMPARE(walk->frames, 45);
        QCOMPARE(walk->seconds, 4.5);
        QCOMPARE(walk->boutCount, 3);
        QCOMPARE(walk->meanBoutFrames, 15.0);
        QCOMPARE(walk->medianBoutFrames, 10.0);
        QCOMPARE(walk->medianBoutSeconds, 1.0);
        QCOMPARE(walk->percentOfLabeled, 37.5);
        QCOMPARE(walk->percentOfVideo, 100.0 * 45 / 130);
        const BehaviorBudget *rest = stats.budget(7);
        QCOMPARE(rest->frames, 60);
        QCOMPARE(rest->percentOfLabeled, 50.0);
        const BehaviorBudget *groom = stats.budget(3);
        QCOMPARE(groom->boutCount, 1);
        QCOMPARE(groom->medianBoutFrames, 15.0);
        QCOMPARE(stats.budget(1)->frames, 0);
        QCOMPARE(stats.budget(1)->medianBoutFrames, 0.0);

        // Transitions: walk->rest, walk->groom, groom->walk (rest -> walk crosses a gap).
        const TransitionMatrix &m = stats.transitions;
        const int iWalk = set.positionOf(8);
        const int iRest = set.positionOf(7);
        const int iGroom = set.positionOf(3);
        QCOMPARE(m.total(), 3);
        QCOMPARE(m.counts[iWalk][iRest], 1);
        QCOMPARE(m.counts[iWalk][iGroom], 1);
        QCOMPARE(m.counts[iGroom][iWalk], 1);
        QCOMPARE(m.counts[iRest][iWalk], 0);
        QCOMPARE(m.probabilities[iWalk][iRest], 0.5);
        QCOMPARE(m.probabilities[iGroom][iWalk], 1.0);
        QCOMPARE(m.probabilities[iRest][iWalk], 0.0);

        // Counting across the unlabeled gap adds rest -> walk.
        const TrackStatistics across = TrackStatistics::compute(track, set, 10.0, true);
        QCOMPARE(across.transitions.total(), 4);
        QCOMPARE(across.transitions.counts[iRest][iWalk], 1);
        QCOMPARE(across.transitions.probabilities[iRest][iWalk], 1.0);
        const LabelTrack gapSame = LabelTrack::fromFrames({8, 8, -1, 8, 3});
        const TrackStatistics self = TrackStatistics::compute(gapSame, set, 10.0, true);
        QCOMPARE(self.transitions.counts[iWalk][iWalk], 1);
        QCOMPARE(TrackStatistics::compute(gapSame, set, 10.0).transitions.counts[iWalk][iWalk], 0);

        const QJsonObject json = stats.toJson();
        QCOMPARE(json.value("labeled_frames").toInt(), 120);
        QCOMPARE(json.value("behaviors").toArray().size(), 8);
        QCOMPARE(json.value("transitions").toObject().value("counts").toArray().size(), 8);
    }

    void latencyAndTimeBins()
    {
        // Same track as timeBudget: walk 0-30 | rest 30-90 | gap 90-100 | walk 100-110 |
        // groom 110-125 | walk 125-130, 10 fps; bins of 4 s = 40 frames: 0-40, 40-80, 80-120,
        // 120-130.
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        LabelTrack track(130);
        track.assign(0, 30, 8);
        track.assign(30, 90, 7);
        track.assign(100, 110, 8);
        track.assign(110, 125, 3);
        track.assign(125, 130, 8);
        const TrackStatistics stats = TrackStatistics::compute(track, set, 10.0);
        QCOMPARE(stats.budget(8)->latencyFrames, 0);
        QCOMPARE(stats.budget(7)->latencyFrames, 30);
        QCOMPARE(stats.budget(7)->latencySeconds, 3.0);
        QCOMPARE(stats.budget(3)->latencyFrames, 110);
        QCOMPARE(stats.budget(3)->latencySeconds, 11.0);
        QCOMPARE(stats.budget(1)->latencyFrames, -1); // never drinks
        const QJsonArray behaviors = stats.toJson().value("behaviors").toArray();
        for (const QJsonValue &b : behaviors) {
            const QJsonObject o = b.toObject();
            if (o.value("behavior").toString() == QLatin1String("drink"))
                QVERIFY(o.value("latency_seconds").isNull());
            if (o.value("behavior").toString() == QLatin1String("groom"))
                QCOMPARE(o.value("latency_seconds").toDouble(), 11.0);
        }

        const QVector<TimeBin> bins = timeBins(track, set, 10.0, 40);
        QCOMPARE(bins.size(), 4);
        QCOMPARE(bins[0].start, 0);
        QCOMPARE(bins[0].end, 40);
        QCOMPARE(bins[3].start, 120);
        QCOMPARE(bins[3].end, 130);
        for (const TimeBin &bin : bins)
            QCOMPARE(bin.stats.budgets.size(), 8); // every bin lists every behavior
        // Bin 0: walk 30 frames (one bout), rest 10 (the start of its bout, cut at 40).
        QCOMPARE(bins[0].stats.budget(8)->frames, 30);
        QCOMPARE(bins[0].stats.budget(8)->boutCount, 1);
        QCOMPARE(bins[0].stats.budget(7)->frames, 10);
        QCOMPARE(bins[0].stats.budget(7)->latencyFrames, 30);
        QCOMPARE(bins[0].stats.labeledFrames, 40);
        // Bin 1: rest throughout; latency counts from the bin's start.
        QCOMPARE(bins[1].stats.budget(7)->frames, 40);
        QCOMPARE(bins[1].stats.budget(7)->seconds, 4.0);
        QCOMPARE(bins[1].stats.budget(7)->latencyFrames, 0);
        QCOMPARE(bins[1].stats.budget(8)->frames, 0);
        QCOMPARE(bins[1].stats.budget(8)->latencyFrames, -1);
        // Bin 2 (80-120): rest 10, gap 10, walk 10, groom 10 (of 15); 30 of 40 labeled.
        QCOMPARE(bins[2].stats.budget(7)->frames, 10);
        QCOMPARE(bins[2].stats.budget(8)->frames, 10);
        QCOMPARE(bins[2].stats.budget(8)->latencyFrames, 20);
        QCOMPARE(bins[2].stats.budget(3)->frames, 10);
        QCOMPARE(bins[2].stats.labeledFrames, 30);
        QCOMPARE(bins[2].stats.budget(8)->percentOfLabeled, 100.0 / 3.0);
        QCOMPARE(bins[2].stats.transitions.total(), 1); // walk -> groom; rest -> walk crosses the gap
        // Bin 3 (120-130, shorter): groom 5, walk 5.
        QCOMPARE(bins[3].stats.frameCount, 10);
        QCOMPARE(bins[3].stats.budget(3)->frames, 5);
        QCOMPARE(bins[3].stats.budget(8)->frames, 5);
        QCOMPARE(bins[3].stats.budget(8)->latencySeconds, 0.5);
        // The bins add up to the whole.
        for (BehaviorId id : set.ids()) {
            qint64 sum = 0;
            for (const TimeBin &bin : bins)
                sum += bin.stats.budget(id)->frames;
            QCOMPARE(sum, stats.budget(id)->frames);
        }
        const QJsonObject json = bins[3].toJson();
        QCOMPARE(json.value("start_seconds").toDouble(), 12.0);
        QCOMPARE(json.value("end_seconds").toDouble(), 13.0);

        // One bin for the whole track; none for a bin of 0 frames.
        QCOMPARE(timeBins(track, set, 10.0, 1000).size(), 1);
        QCOMPARE(timeBins(track, set, 10.0, 1000)[0].stats.budget(8)->frames, 45);
        QVERIFY(timeBins(track, set, 10.0, 0).isEmpty());
        // An id outside the set, present in one bin only, is listed (with zeros) in every bin.
        LabelTrack odd(20);
        odd.assign(15, 20, 42);
        const QVector<TimeBin> oddBins = timeBins(odd, yesNo(), 10.0, 10);
        QCOMPARE(oddBins.size(), 2);
        QCOMPARE(oddBins[0].stats.budgets.size(), 3);
        QCOMPARE(oddBins[0].stats.budget(42)->frames, 0);
        QCOMPARE(oddBins[1].stats.budget(42)->frames, 5);
        QCOMPARE(oddBins[1].stats.budget(42)->name, QStringLiteral("#42"));
    }

    void unknownIdsAreListed()
    {
        const LabelTrack track = LabelTrack::fromFrames({1, 1, 42, 42, 42});
        const TrackStatistics stats = TrackStatistics::compute(track, yesNo(), 30.0);
        QCOMPARE(stats.budgets.size(), 3);
        QCOMPARE(stats.budgets.last().name, QStringLiteral("#42"));
        QCOMPARE(stats.budgets.last().frames, 3);
        QCOMPARE(stats.transitions.counts[0][2], 1);
    }

    // Cohen's kappa, two textbook tables (Wikipedia "Cohen's kappa", worked examples).
    void kappa_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("accuracy");
        QTest::addColumn<double>("kappa");
        QTest::newRow("20/5/10/15") << 20 << 5 << 10 << 15 << 0.7 << 0.4;
        QTest::newRow("45/15/25/15") << 45 << 15 << 25 << 15 << 0.6 << (0.6 - 0.54) / (1 - 0.54);
        QTest::newRow("25/35/5/35") << 25 << 35 << 5 << 35 << 0.6 << (0.6 - 0.46) / (1 - 0.46);
        QTest::newRow("perfect") << 10 << 0 << 0 << 10 << 1.0 << 1.0;
    }
    void kappa()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(int, c);
        QFETCH(int, d);
        QFETCH(double, accuracy);
        QFETCH(double, kappa);
        LabelTrack ref;
        LabelTrack pred;
        tableTracks(a, b, c, d, ref, pred);
        const AgreementStatistics stats = AgreementStatistics::compute(ref, pred, yesNo());
        QCOMPARE(stats.comparedFrames, qint64(a + b + c + d));
        QVERIFY(qAbs(stats.accuracy - accuracy) < 1e-12);
        QVERIFY2(qAbs(stats.kappa - kappa) < 1e-12, qPrintable(QString::number(stats.kappa)));
        QCOMPARE(stats.confusion[0][0], qint64(a));
        QCOMPARE(stats.confusion[0][1], qint64(b));
        QCOMPARE(stats.confusion[1][0], qint64(c));
        QCOMPARE(stats.confusion[1][1], qint64(d));
        const BehaviorAgreement *yes = stats.agreement(1);
        QCOMPARE(yes->support, qint64(a + b));
        QCOMPARE(yes->predicted, qint64(a + c));
        QVERIFY(qAbs(yes->precision - double(a) / (a + c)) < 1e-12);
        QVERIFY(qAbs(yes->recall - double(a) / (a + b)) < 1e-12);
        const double f1 = 2.0 * a / (2.0 * a + b + c);
        QVERIFY(qAbs(yes->f1 - f1) < 1e-12);
    }

    void perBehaviorEdgeCases()
    {
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        // Reference: groom 0-10, rest 10-20. Prediction: groom 0-5, eat 5-20.
        LabelTrack ref(20);
        ref.assign(0, 10, 3);
        ref.assign(10, 20, 7);
        LabelTrack pred(20);
        pred.assign(0, 5, 3);
        pred.assign(5, 20, 2);
        const AgreementStatistics stats = AgreementStatistics::compute(ref, pred, set);
        QCOMPARE(stats.accuracy, 0.25);
        QCOMPARE(stats.agreement(3)->precision, 1.0);
        QCOMPARE(stats.agreement(3)->recall, 0.5);
        QCOMPARE(stats.agreement(7)->precision, 0.0); // never predicted
        QCOMPARE(stats.agreement(7)->recall, 0.0);
        QCOMPARE(stats.agreement(2)->support, 0);
        QCOMPARE(stats.agreement(2)->predicted, 15);
        QCOMPARE(stats.agreement(1)->f1, 0.0); // absent everywhere, not in macro F1
        QCOMPARE(stats.macroF1, (2.0 / 3.0 + 0 + 0) / 3.0);
        // p_e = (10*5 + 10*0 + 0*15)/400 = 0.125 ; kappa = (0.25-0.125)/0.875
        QVERIFY(qAbs(stats.kappa - 0.125 / 0.875) < 1e-12);
        QCOMPARE(stats.toJson().value("confusion").toArray().size(), 8);

        // Nothing labeled in both: zeros, no division by zero.
        const AgreementStatistics none = AgreementStatistics::compute(ref, LabelTrack(20), set);
        QCOMPARE(none.comparedFrames, 0);
        QCOMPARE(none.accuracy, 0.0);
    }

    // The bout sweep against a per-frame count on random tracks.
    void randomAgainstPerFrame()
    {
        QRandomGenerator rng(5);
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        for (int round = 0; round < 50; ++round) {
            const int n = rng.bounded(1, 2000);
            LabelTrack a(n);
            LabelTrack b(n + rng.bounded(-5, 5));
            for (int e = 0; e < 60; ++e) {
                const int s = rng.bounded(n);
                a.assign(s, s + rng.bounded(1, 100), rng.bounded(-1, 9) ? rng.bounded(1, 9) : -1);
                const int t = rng.bounded(n);
                b.assign(t, t + rng.bounded(1, 100), rng.bounded(-1, 9) ? rng.bounded(1, 9) : -1);
            }
            const AgreementStatistics stats = AgreementStatistics::compute(a, b, set);
            QVector<QVector<qint64>> expected(8, QVector<qint64>(8, 0));
            for (qint64 f = 0; f < std::min(a.frameCount(), b.frameCount()); ++f) {
                if (a.at(f) != kUnlabeled && b.at(f) != kUnlabeled)
                    ++expected[a.at(f) - 1][b.at(f) - 1];
            }
            QCOMPARE(stats.confusion, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "test_statistics.moc"
