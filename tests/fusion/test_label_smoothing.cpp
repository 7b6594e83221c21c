// SPDX-License-Identifier: GPL-3.0-or-later
// LabelSmoothing: the majority filter and the merging of short bouts on hand-made label strings
// (one letter per frame, 'A' = class 0, '.' = not predicted), with the edge cases: segment ends,
// unpredicted gaps that must not be bridged, ties, every bout short, and the region that an
// incremental update must redo.
#include "fusion/LabelSmoothing.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace ethoscribe;

namespace {

constexpr int kClasses = 4;
// (frame, class) pairs whose class gets the higher probability.
using Favour = QVector<QPair<int, int>>;

std::vector<std::int32_t> parse(const QString &s)
{
    std::vector<std::int32_t> labels;
    for (QChar c : s)
        labels.push_back(c == QLatin1Char('.') ? -1 : c.unicode() - 'A');
    return labels;
}

QString format(const std::vector<std::int32_t> &labels)
{
    QString s;
    for (std::int32_t l : labels)
        s += l < 0 ? QLatin1Char('.') : QChar(char16_t('A' + l));
    return s;
}

// Uniform probabilities (every class 1/kClasses) except the frames listed in favour: there the
// given class gets 0.7 and the others 0.1.
std::vector<float> probabilities(qint64 frames, const Favour &favour = {})
{
    std::vector<float> p(size_t(frames) * kClasses, 1.0f / kClasses);
    for (const auto &[frame, cls] : favour) {
        for (int c = 0; c < kClasses; ++c)
            p[size_t(frame) * kClasses + size_t(c)] = c == cls ? 0.7f : 0.1f;
    }
    return p;
}

} // namespace

class TestLabelSmoothing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void majorityFilter_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::newRow("width 1 changes nothing") << "ABAB.A" << 1 << "ABAB.A";
        QTest::newRow("one-frame spike") << "AAABAAA" << 3 << "AAAAAAA";
        QTest::newRow("two-frame spike survives width 3") << "AABBAA" << 3 << "AABBAA";
        QTest::newRow("two-frame spike goes at width 5") << "AAABBAAA" << 5 << "AAAAAAAA";
        // At a segment's end the window is cut: two voters, a tie keeps the frame's own label.
        QTest::newRow("start of video keeps its label on a tie") << "ABBB" << 3 << "ABBB";
        QTest::newRow("end of video") << "AAAB" << 3 << "AAAB";
        // Frame 2 sees frames 0..2 only (frame 3 is a gap): A, A, B -> A. Counting frame 4
        // across the gap would give a tie and keep B.
        QTest::newRow("gap is a boundary") << "AAB.BBB" << 5 << "AAA.BBB";
        QTest::newRow("unpredicted frames stay unpredicted") << "..A..B" << 3 << "..A..B";
        // Frame 2 (C): A 2, B 2, C 1 -> the lowest class among the tied ones.
        QTest::newRow("tie without own label: lowest class") << "ABCAB" << 5 << "AAABB";
        QTest::newRow("window wider than the segment") << "ABB" << 9 << "BBB";
        QTest::newRow("empty") << "" << 3 << "";
    }
    void majorityFilter()
    {
        QFETCH(QString, input);
        QFETCH(int, width);
        QFETCH(QString, expected);
        const std::vector<std::int32_t> in = parse(input);
        std::vector<std::int32_t> out(in.size(), 99);
        LabelSmoothing::majorityFilter(
                in.data(), out.data(), qint64(in.size()), 0, qint64(in.size()), width, kClasses);
        QCOMPARE(format(out), expected);
    }

    void majorityFilterOfARange()
    {
        // Filtering a sub-range gives the same frames as filtering everything.
        QRandomGenerator rng(5);
        std::vector<std::int32_t> in(500);
        for (auto &l : in)
            l = rng.bounded(10) == 0 ? -1 : rng.bounded(kClasses);
        std::vector<std::int32_t> all(in.size()), part(in.size(), 99);
        LabelSmoothing::majorityFilter(in.data(), all.data(), 500, 0, 500, 7, kClasses);
        LabelSmoothing::majorityFilter(in.data(), part.data(), 500, 123, 321, 7, kClasses);
        for (qint64 f = 0; f < 500; ++f)
            QCOMPARE(part[size_t(f)], f >= 123 && f < 321 ? all[size_t(f)] : 99);
    }

    void mergeShortBouts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("minFrames");
        QTest::addColumn<Favour>("favour");
        QTest::addColumn<QString>("expected");
        const Favour none;
        QTest::newRow("1 changes nothing") << "AABAA" << 1 << none << "AABAA";
        QTest::newRow("short between equal neighbours") << "AABAA" << 2 << none << "AAAAA";
        QTest::newRow("short at the start joins its only neighbour")
                << "ABBBB" << 2 << none << "BBBBB";
        QTest::newRow("short at the end") << "AAAAB" << 2 << none << "AAAAA";
        QTest::newRow("equal evidence: left neighbour") << "AAABCCC" << 2 << none << "AAAACCC";
        // Frame 3 favours C (index 2): the right neighbour wins.
        QTest::newRow("more probable neighbour wins")
                << "AAABCCC" << 2 << Favour{{3, 2}} << "AAACCCC";
        // Shortest first: C (1 frame) joins B (tie, left) and makes it 3 frames long; taking the
        // earliest short bout B first would have given AAAAAAAADDDDD.
        QTest::newRow("shortest bout first") << "AAAAABBCDDDDD" << 3 << none << "AAAAABBBDDDDD";
        QTest::newRow("every bout short") << "ABABAB" << 3 << none << "BBBBBB";
        QTest::newRow("segment shorter than the minimum is kept") << "A" << 3 << none << "A";
        QTest::newRow("short segment becomes one bout") << "AB" << 3 << none << "BB";
        QTest::newRow("gap not bridged") << "AAAA.B.AAAA" << 3 << none << "AAAA.B.AAAA";
        QTest::newRow("short bout before a gap joins its own side")
                << "AAAAB.BAAAA" << 3 << none << "AAAAA.AAAAA";
        QTest::newRow("long bouts untouched") << "AAABBBCCC" << 3 << none << "AAABBBCCC";
    }
    void mergeShortBouts()
    {
        QFETCH(QString, input);
        QFETCH(int, minFrames);
        QFETCH(Favour, favour);
        QFETCH(QString, expected);
        std::vector<std::int32_t> labels = parse(input);
        const std::vector<float> p = probabilities(qint64(labels.size()), favour);
        LabelSmoothing::mergeShortBouts(
                labels.data(), 0, qint64(labels.size()), minFrames, p.data(), kClasses);
        QCOMPARE(format(labels), expected);
    }

    void mergeRegion_data()
    {
        QTest::addColumn<QString>("labels");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("minFrames");
        QTest::addColumn<int>("regionFirst");
        QTest::addColumn<int>("regionEnd");
        // Change at frames [6, 7). Left: skip the touching run (B at 5..6), then AAAA at 1..4 is
        // long -> start 1. Right: skip C at 7..7, then DDD at 8..10 is long -> end 11.
        QTest::newRow("stops at long runs") << "CAAAABBCDDDE" << 6 << 7 << 3 << 1 << 11;
        QTest::newRow("segment ends are boundaries") << "AB.ABAB.BA" << 4 << 5 << 3 << 3 << 7;
        QTest::newRow("all short: whole segment") << "ABABABAB" << 3 << 4 << 3 << 0 << 8;
        QTest::newRow("change at a gap") << "AAA.BBB" << 3 << 4 << 2 << 0 << 7;
    }
    void mergeRegion()
    {
        QFETCH(QString, labels);
        QFETCH(int, first);
        QFETCH(int, end);
        QFETCH(int, minFrames);
        QFETCH(int, regionFirst);
        QFETCH(int, regionEnd);
        const std::vector<std::int32_t> l = parse(labels);
        const FrameRange r
                = LabelSmoothing::mergeRegion(l.data(), qint64(l.size()), first, end, minFrames);
        QCOMPARE(r.first, qint64(regionFirst));
        QCOMPARE(r.end(), qint64(regionEnd));
    }

    // Merging only mergeRegion() after a change gives what merging everything gives.
    void mergeRegionIsEnough()
    {
        QRandomGenerator rng(17);
        for (int round = 0; round < 300; ++round) {
            const int n = 20 + rng.bounded(200);
            const int minFrames = 2 + rng.bounded(6);
            std::vector<std::int32_t> before(static_cast<size_t>(n));
            for (int f = 0; f < n;) {
                const int len = 1 + rng.bounded(8);
                const int cls = rng.bounded(12) == 0 ? -1 : rng.bounded(kClasses);
                for (int i = f; i < std::min(n, f + len); ++i)
                    before[size_t(i)] = cls;
                f += len;
            }
            std::vector<float> p(size_t(n) * kClasses);
            for (float &v : p)
                v = float(rng.generateDouble());
            std::vector<std::int32_t> out = before;
            LabelSmoothing::mergeShortBouts(out.data(), 0, n, minFrames, p.data(), kClasses);
            // Change a range of the input.
            std::vector<std::int32_t> after = before;
            const int first = rng.bounded(n);
            const int end = std::min(n, first + 1 + rng.bounded(10));
            for (int f = first; f < end; ++f)
                after[size_t(f)] = rng.bounded(8) == 0 ? -1 : rng.bounded(kClasses);
            const FrameRange r
                    = LabelSmoothing::mergeRegion(after.data(), n, first, end, minFrames);
            QVERIFY(r.first <= first && r.end() >= end);
            std::copy(after.begin() + r.first, after.begin() + r.end(), out.begin() + r.first);
            LabelSmoothing::mergeShortBouts(
                    out.data(), r.first, r.end(), minFrames, p.data(), kClasses);
            std::vector<std::int32_t> full = after;
            LabelSmoothing::mergeShortBouts(full.data(), 0, n, minFrames, p.data(), kClasses);
            QVERIFY2(
                    out == full,
                    qPrintable(QStringLiteral("round %1: %2 -> %3 (region %4..%5), got %6, want %7")
                                       .arg(round)
                                       .arg(format(before), format(after))
                                       .arg(r.first)
                                       .arg(r.end())
                                       .arg(format(out), format(full))));
        }
    }
};

QTEST_GUILESS_MAIN(TestLabelSmoothing)
#include "test_label_smoothing.moc"
