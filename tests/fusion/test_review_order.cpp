// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewOrder: the bouts of a fused prediction, most doubtful first, and stepping through them.
#include "fusion/ReviewOrder.h"

#include <QTest>

using namespace ethoscribe;

namespace {

// A fused output from per-frame labels (-1 = not predicted), confidences and disagreement flags.
FusionOutput makeOutput(const std::vector<int> &labels,
                        const std::vector<float> &confidence,
                        const std::vector<int> &disagrees)
{
    FusionOutput out;
    out.frameCount = qint64(labels.size());
    out.classNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    out.probabilities.assign(labels.size() * 3, 0.0f);
    out.labels.assign(labels.begin(), labels.end());
    out.confidence = confidence;
    out.margin.assign(labels.size(), 0.0f);
    out.disagreement.assign(labels.size(), 0.0f);
    out.flags.assign(labels.size(), 0);
    for (size_t f = 0; f < labels.size(); ++f) {
        if (labels[f] >= 0)
            out.flags[f] |= FusionOutput::Predicted;
        if (disagrees[f])
            out.flags[f] |= FusionOutput::Disagrees;
    }
    return out;
}

} // namespace

class TestReviewOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boutsRankedByDoubt()
    {
        // Frames:      0 1 2 | 3 4 | 5 (unpredicted) | 6 7 8 9
        // Labels:      a a a | b b | -               | a a c c
        const FusionOutput out
                = makeOutput({0, 0, 0, 1, 1, -1, 0, 0, 2, 2},
                             {0.9f, 0.9f, 0.9f, 0.6f, 0.8f, 0.0f, 0.95f, 0.95f, 0.5f, 0.7f},
                             {0, 0, 0, 0, 1, 0, 0, 0, 0, 0});
        const QVector<ReviewBout> ranked = ReviewOrder::rank(out);
        QCOMPARE(ranked.size(), 4);
        // b (3-5): 1 - 0.7 + 0.5 = 0.8; c (8-10): 1 - 0.6 = 0.4; a (0-3): 0.1; a (6-8): 0.05.
        QCOMPARE(ranked[0].start, qint64(3));
        QCOMPARE(ranked[0].end, qint64(5));
        QCOMPARE(ranked[0].label, 1);
        QCOMPARE(ranked[0].meanConfidence, 0.7f);
        QCOMPARE(ranked[0].disagreement, 0.5f);
        QVERIFY(std::abs(ranked[0].doubt - 0.8) < 1e-6);
        QCOMPARE(ranked[1].start, qint64(8));
        QCOMPARE(ranked[1].label, 2);
        QVERIFY(std::abs(ranked[1].doubt - 0.4) < 1e-6);
        QCOMPARE(ranked[2].start, qint64(0));
        QCOMPARE(ranked[2].end, qint64(3));
        QCOMPARE(ranked[3].start, qint64(6));
        QCOMPARE(ranked[3].end, qint64(8));
    }

    void equalDoubtKeepsTimeOrder()
    {
        const FusionOutput out = makeOutput({0, 1, 0}, {0.5f, 0.5f, 0.5f}, {0, 0, 0});
        const QVector<ReviewBout> ranked = ReviewOrder::rank(out);
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked[0].start, qint64(0));
        QCOMPARE(ranked[1].start, qint64(1));
        QCOMPARE(ranked[2].start, qint64(2));
    }

    void nothingPredictedNothingToReview()
    {
        const FusionOutput out = makeOutput({-1, -1}, {0.0f, 0.0f}, {0, 0});
        QVERIFY(ReviewOrder::rank(out).isEmpty());
        QVERIFY(!ReviewOrder::step({}, 0, true));
        QVERIFY(!ReviewOrder::rank(FusionOutput()).size());
    }

    void steppingIsAWorklist()
    {
        const FusionOutput out
                = makeOutput({0, 0, 0, 1, 1, -1, 0, 0, 2, 2},
                             {0.9f, 0.9f, 0.9f, 0.6f, 0.8f, 0.0f, 0.95f, 0.95f, 0.5f, 0.7f},
                             {0, 0, 0, 0, 1, 0, 0, 0, 0, 0});
        const QVector<ReviewBout> ranked = ReviewOrder::rank(out);
        // Outside every bout (the unpredicted frame 5): the most doubtful bout.
        QCOMPARE(ReviewOrder::step(ranked, 5, true)->start, qint64(3));
        QCOMPARE(ReviewOrder::step(ranked, 5, false)->start, qint64(3));
        // From inside a bout: the next / previous in order of doubt, not in time.
        QCOMPARE(ReviewOrder::step(ranked, 4, true)->start, qint64(8));
        QCOMPARE(ReviewOrder::step(ranked, 9, true)->start, qint64(0));
        QCOMPARE(ReviewOrder::step(ranked, 1, false)->start, qint64(8));
        // The ends of the list.
        QVERIFY(!ReviewOrder::step(ranked, 3, false));
        QVERIFY(!ReviewOrder::step(ranked, 7, true));
    }
};

QTEST_GUILESS_MAIN(TestReviewOrder)
#include "test_review_order.moc"
