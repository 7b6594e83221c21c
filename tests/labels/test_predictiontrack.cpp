// SPDX-License-Identifier: GPL-3.0-or-later
// PredictionTrack: argmax/confidence/margin, predicted flags and range writes, blob round trip
// (version 2 with flags, version 1 read as before) and damage. Fusion is tested in tests/fusion.
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
        // Header, names, one bit per frame for the predicted flags, two bytes per value.
        QVERIFY(blob.size()
                < 64 + 40 * names.size() + (frames + 7) / 8 + 2 * frames * names.size());
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

    void maskAndRanges()
    {
        PredictionTrack track(10, {"a", "b", "c"});
        QCOMPARE(track.predictedCount(), 0);
        for (qint64 f = 0; f < 10; ++f)
            QVERIFY(!track.isPredicted(f));
        // A row of zeros written on purpose is predicted: the flag, not the values, decides.
        const float zeros[] = {0, 0, 0};
        track.setRow(9, zeros);
        QVERIFY(track.isPredicted(9));
        QCOMPARE(track.argmax(9), 0);
        QCOMPARE(track.confidence(9), 0.0f);
        // setRows marks exactly its range.
        const float rows[] = {0.1f, 0.7f, 0.2f, 0.6f, 0.3f, 0.1f, 0.2f, 0.2f, 0.6f};
        track.setRows(3, 3, rows);
        QCOMPARE(track.predictedCount(), 4);
        QVERIFY(!track.isPredicted(2) && track.isPredicted(3) && track.isPredicted(5)
                && !track.isPredicted(6));
        QCOMPARE(track.argmax(3), 1);
        QCOMPARE(track.argmax(4), 0);
        QCOMPARE(track.argmax(5), 2);
        QCOMPARE(track.probability(5, 2), 0.6f);
        // Writing again over a predicted frame does not count it twice.
        track.setRows(4, 2, rows);
        QCOMPARE(track.predictedCount(), 4);
        QCOMPARE(track.argmax(4), 1);
        // clearRows zeroes and unmarks.
        track.clearRows(4, 6);
        QCOMPARE(track.predictedCount(), 1);
        QVERIFY(!track.isPredicted(9));
        QCOMPARE(track.row(4)[1], 0.0f);
        QCOMPARE(track.argmax(4), -1);
        QCOMPARE(track.margin(4), 0.0f);
        // setProbability marks its frame.
        track.setProbability(7, 2, 0.5f);
        QVERIFY(track.isPredicted(7));
        QCOMPARE(track.predictedCount(), 2);
        // The flag is part of equality.
        PredictionTrack a(2, {"x"}), b(2, {"x"});
        const float one[] = {0.0f};
        a.setRow(0, one);
        QVERIFY(a != b);
    }

    void fromRowsAndUnmaskedValues()
    {
        QString error;
        QVERIFY(!PredictionTrack::fromRows({"a", "b"}, std::vector<float>(5), {1, 0, 1}, &error));
        QVERIFY(!error.isEmpty());
        const auto track = PredictionTrack::fromRows(
                {"a", "b"}, {0.2f, 0.8f, 0.9f, 0.1f, 0.0f, 0.0f}, {1, 0, 1});
        QVERIFY(track);
        QCOMPARE(track->predictedCount(), 2);
        QCOMPARE(track->row(1)[0], 0.0f); // not predicted: zeroed
        QCOMPARE(track->argmax(2), 0);    // predicted all-zero row has the first class
        const PredictionTrack legacy = PredictionTrack::fromUnmaskedValues(
                {"a", "b"}, 3, {0.2f, 0.8f, 0.0f, 0.0f, 0.0f, 0.3f});
        QCOMPARE(legacy.predictedCount(), 2);
        QVERIFY(legacy.isPredicted(0) && !legacy.isPredicted(1) && legacy.isPredicted(2));
    }

    // A version-1 blob, written by hand here as Ethoscribe wrote them before the predicted flags
    // existed (header, names, u16 values): a row of zeros there means "not predicted".
    void readsVersion1Blobs()
    {
        QByteArray blob("ESPT");
        const auto le16 = [&blob](quint16 v) {
            blob.append(char(v & 0xff)).append(char(v >> 8));
        };
        const auto le32 = [&](quint32 v) {
            le16(quint16(v & 0xffff));
            le16(quint16(v >> 16));
        };
        le16(1); // version
        le16(1); // encoding
        le32(2); // classes
        le32(3); // frames, u64
        le32(0);
        le32(4);
        blob.append("rest");
        le32(4);
        blob.append("walk");
        for (quint16 v :
             {quint16(0), quint16(65535), quint16(0), quint16(0), quint16(13107), quint16(52428)})
            le16(v);
        QString error;
        const auto track = PredictionTrack::fromBlob(blob, &error);
        QVERIFY2(track, qPrintable(error));
        QCOMPARE(track->classNames(), (QStringList{"rest", "walk"}));
        QCOMPARE(track->frameCount(), 3);
        QVERIFY(track->isPredicted(0));
        QVERIFY(!track->isPredicted(1));
        QVERIFY(track->isPredicted(2));
        QCOMPARE(track->predictedCount(), 2);
        QCOMPARE(track->argmax(0), 1);
        QCOMPARE(track->probability(2, 0), 0.2f);
        QCOMPARE(track->probability(2, 1), 0.8f);
        // Written back it is version 2 and keeps the flags.
        const QByteArray v2 = track->toBlob();
        QCOMPARE(v2[4], char(2));
        QCOMPARE(*PredictionTrack::fromBlob(v2), *track);
    }

    void version2KeepsPredictedZeroRows()
    {
        PredictionTrack track(20, {"a", "b", "c"});
        const float zeros[] = {0, 0, 0};
        const float row[] = {0.0f, 1.0f, 0.0f}; // exact in 16-bit fixed point
        track.setRow(0, zeros); // predicted, but all zero: version 1 would lose this
        track.setRow(19, row);
        const auto back = PredictionTrack::fromBlob(track.toBlob());
        QVERIFY(back);
        QCOMPARE(*back, track);
        QVERIFY(back->isPredicted(0));
        QCOMPARE(back->predictedCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPredictionTrack)
#include "test_predictiontrack.moc"
