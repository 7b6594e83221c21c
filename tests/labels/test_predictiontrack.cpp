// SPDX-License-Identifier: GPL-3.0-or-later
// PredictionTrack: argmax/confidence/margin, blob round trip and damage, fusion math.
#include "labels/PredictionTrack.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ethoscribe;

namespace {

PredictionTrack randomTrack(qint64 frames, const QStringList &names, quint32 seed)
{
    QRandomGenerator rng(seed);
    PredictionTrack track(frames, names);
    for (qint64 f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < names.size(); ++c) {
            const float v = float(rng.generateDouble()) + 1e-3f;
            track.setProbability(f, c, v);
            sum += v;
        }
        for (int c = 0; c < names.size(); ++c)
            track.setProbability(f, c, track.probability(f, c) / sum);
    }
    return track;
}

} // namespace

class TestPredictionTrack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argmaxAndConfidence()
    {
        PredictionTrack track(4, {"rest", "walk", "groom"});
        const float r0[] = {0.2f, 0.7f, 0.1f};
        const float r1[] = {0.5f, 0.1f, 0.4f};
        const float r3[] = {0.0f, 0.0f, 1.0f};
        track.setRow(0, r0);
        track.setRow(1, r1);
        track.setRow(3, r3);
        QCOMPARE(track.argmax(0), 1);
        QCOMPARE(track.argmax(1), 0);
        QCOMPARE(track.argmax(2), -1); // not predicted
        QVERIFY(!track.isPredicted(2));
        QCOMPARE(track.confidence(0), 0.7f);
        QCOMPARE(track.confidence(2), 0.0f);
        QVERIFY(qAbs(track.margin(1) - 0.1f) < 1e-6f);
        QCOMPARE(track.margin(3), 1.0f);
        QCOMPARE(track.classIndex("WALK"), 1);
        QCOMPARE(track.classIndex("eat"), -1);

        BehaviorSet set = BehaviorSet::jhuangDefault(); // rest=7, walk=8, groom=3
        const LabelTrack labels = track.toLabelTrack(set);
        QCOMPARE(labels.toFrames(), (QVector<BehaviorId>{8, 7, kUnlabeled, 3}));
        const LabelTrack confident = track.toLabelTrack(set, 0.6f);
        QCOMPARE(confident.toFrames(), (QVector<BehaviorId>{8, kUnlabeled, kUnlabeled, 3}));
        set.remove(7);
        QCOMPARE(track.toLabelTrack(set).toFrames(),
                 (QVector<BehaviorId>{8, kUnlabeled, kUnlabeled, 3}));
    }

    void blobRoundTrip_data()
    {
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << qint64(0) << QStringList{"a"};
        QTest::newRow("one frame") << qint64(1) << QStringList{"drink", "eat"};
        QTest::newRow("jhuang") << qint64(3000) << BehaviorSet::jhuangDefault().names();
        QTest::newRow("unicode names") << qint64(10) << QStringList{"Fressen", "Körperpflege"};
    }
    void blobRoundTrip()
    {
        QFETCH(qint64, frames);
        QFETCH(QStringList, names);
        const PredictionTrack track = randomTrack(frames, names, 7);
        const QByteArray blob = track.toBlob();
        QVERIFY(blob.size() < 64 + 40 * names.size() + 2 * frames * names.size());
        QString error;
        const std::optional<PredictionTrack> back = PredictionTrack::fromBlob(blob, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->frameCount(), frames);
        QCOMPARE(back->classNames(), names);
        float maxError = 0;
        for (size_t i = 0; i < track.values().size(); ++i)
            maxError = std::max(maxError, std::abs(track.values()[i] - back->values()[i]));
        QVERIFY2(maxError <= 1.0f / 131070.0f + 1e-7f, qPrintable(QString::number(maxError)));
        // Exact values survive: 0, 1 and multiples of 1/65535.
        PredictionTrack exact(1, {"a", "b", "c"});
        const float row[] = {0.0f, 1.0f, 300.0f / 65535.0f};
        exact.setRow(0, row);
        QCOMPARE(*PredictionTrack::fromBlob(exact.toBlob()), exact);
        // Encoding is deterministic.
        QCOMPARE(back->toBlob(), blob);
    }

    void damagedBlobs()
    {
        const QByteArray blob = randomTrack(50, {"x", "y"}, 3).toBlob();
        QString error;
        QVERIFY(!PredictionTrack::fromBlob(QByteArray(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PredictionTrack::fromBlob(blob.left(blob.size() - 1), &error));
        QVERIFY(!PredictionTrack::fromBlob(blob + "x", &error));
        QByteArray badMagic = blob;
        badMagic[0] = 'X';
        QVERIFY(!PredictionTrack::fromBlob(badMagic, &error));
        QByteArray badVersion = blob;
        badVersion[4] = 9;
        QVERIFY(!PredictionTrack::fromBlob(badVersion, &error));
        QVERIFY(error.contains("version 9"));
        // Random truncations and byte flips never crash.
        QRandomGenerator rng(11);
        for (int i = 0; i < 2000; ++i) {
            QByteArray mutated = blob.left(rng.bounded(blob.size() + 1));
            if (!mutated.isEmpty())
                mutated[rng.bounded(mutated.size())] = char(rng.bounded(256));
            const auto result = PredictionTrack::fromBlob(mutated, &error);
            if (result) {
                QCOMPARE(qint64(result->values().size()),
                         result->frameCount() * result->classCount());
            }
        }
    }

    void fusion()
    {
        const QStringList names = BehaviorSet::jhuangDefault().names();
        const PredictionTrack rgb = randomTrack(100, names, 1);
        const PredictionTrack flow = randomTrack(100, names, 2);
        QCOMPARE(PredictionTrack::fuse(rgb, flow, 1.0, 0.0), rgb);
        QCOMPARE(PredictionTrack::fuse(rgb, flow, 0.0, 1.0), flow);
        QCOMPARE(PredictionTrack::fuse(rgb, flow, 3.0, 0.0), rgb);

        // Hand computation for one row with 0.4 / 0.6.
        PredictionTrack a(1, {"rest", "walk", "groom"});
        PredictionTrack b(1, {"rest", "walk", "groom"});
        const float ra[] = {0.5f, 0.3f, 0.2f};
        const float rb[] = {0.1f, 0.2f, 0.7f};
        a.setRow(0, ra);
        b.setRow(0, rb);
        const PredictionTrack fused = PredictionTrack::fuse(a, b, 0.4, 0.6);
        QVERIFY(qAbs(fused.probability(0, 0) - 0.26f) < 1e-6f);
        QVERIFY(qAbs(fused.probability(0, 1) - 0.24f) < 1e-6f);
        QVERIFY(qAbs(fused.probability(0, 2) - 0.50f) < 1e-6f);
        // Weights that do not sum to 1 are renormalised: 2/3 equals 0.4/0.6.
        const PredictionTrack scaled = PredictionTrack::fuse(a, b, 2.0, 3.0);
        for (int c = 0; c < 3; ++c)
            QVERIFY(qAbs(scaled.probability(0, c) - fused.probability(0, c)) < 1e-6f);
        // Rows still sum to 1.
        const PredictionTrack mixed = PredictionTrack::fuse(rgb, flow, 0.3, 0.9);
        for (qint64 f = 0; f < mixed.frameCount(); ++f) {
            float sum = 0;
            for (int c = 0; c < mixed.classCount(); ++c)
                sum += mixed.probability(f, c);
            QVERIFY(qAbs(sum - 1.0f) < 1e-5f);
        }
        // fuseInto reuses the output.
        PredictionTrack out;
        QVERIFY(PredictionTrack::fuseInto(out, rgb, flow, 0.3, 0.9));
        QCOMPARE(out, mixed);
    }

    void fusionErrors()
    {
        const PredictionTrack a = randomTrack(10, {"x", "y"}, 1);
        QString error;
        QVERIFY(PredictionTrack::fuse(a, randomTrack(11, {"x", "y"}, 1), 0.5, 0.5, &error)
                        .isNull());
        QVERIFY(error.contains("10") && error.contains("11"));
        QVERIFY(PredictionTrack::fuse(a, randomTrack(10, {"y", "x"}, 1), 0.5, 0.5, &error)
                        .isNull());
        QVERIFY(PredictionTrack::fuse(a, a, 0.0, 0.0, &error).isNull());
        QVERIFY(PredictionTrack::fuse(a, a, -1.0, 2.0, &error).isNull());
        QVERIFY(!PredictionTrack::fuse(a, a, 0.5, 0.5, &error).isNull());
    }
};

QTEST_GUILESS_MAIN(TestPredictionTrack)
#include "test_predictiontrack.moc"
