// SPDX-License-Identifier: GPL-3.0-or-later
// FusionModel: one-frame cases computed by hand (weights, renormalisation over the streams and
// networks present, the two networks' mix, disagreement, confidence and margin), frames that some
// stream has not predicted yet, smoothing through the model, incremental updates equal to a full
// recompute, threads, input and parameter errors, and FusionModel::fusePair.
#include "fusion/FusionModel.h"
#include "labels/PredictionTrack.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace ethoscribe;

namespace {

using Row = QVector<float>;
using Net = FusionModel::Network;
using Str = FusionModel::Stream;

const QStringList kNames
        = {QStringLiteral("rest"), QStringLiteral("walk"), QStringLiteral("groom")};
// Row values meaning "connected, but this frame is not predicted".
const Row kMissing = {-1.0f};

// A random track: softmax-like rows, a fraction of the frames not predicted.
PredictionTrack randomTrack(qint64 frames, int classes, quint32 seed, int missingPercent)
{
    QStringList names;
    for (int c = 0; c < classes; ++c)
        names << QStringLiteral("c%1").arg(c);
    PredictionTrack track(frames, names);
    QRandomGenerator rng(seed);
    std::vector<float> row(static_cast<size_t>(classes));
    qint64 f = 0;
    while (f < frames) {
        // Runs of a dominant class and of missing frames, as a real analysis gives.
        const qint64 len = 1 + rng.bounded(40);
        const bool missing = int(rng.bounded(100)) < missingPercent;
        const int dominant = rng.bounded(classes);
        for (qint64 i = f; i < std::min(frames, f + len); ++i) {
            if (missing)
                continue;
            float sum = 0;
            for (int c = 0; c < classes; ++c) {
                row[size_t(c)] = float(rng.generateDouble()) + (c == dominant ? 1.5f : 0.0f);
                sum += row[size_t(c)];
            }
            for (float &v : row)
                v /= sum;
            track.setRow(i, row.data());
        }
        f += len;
    }
    return track;
}

void compareOutputs(const FusionOutput &a, const FusionOutput &b)
{
    QCOMPARE(a.frameCount, b.frameCount);
    QCOMPARE(a.classNames, b.classNames);
    QVERIFY(a.probabilities == b.probabilities);
    QVERIFY(a.confidence == b.confidence);
    QVERIFY(a.margin == b.margin);
    QVERIFY(a.disagreement == b.disagreement);
    QVERIFY(a.flags == b.flags);
    for (qint64 f = 0; f < a.frameCount; ++f) {
        if (a.labels[size_t(f)] != b.labels[size_t(f)])
            QFAIL(qPrintable(QStringLiteral("label of frame %1: %2 vs %3")
                                     .arg(f)
                                     .arg(a.labels[size_t(f)])
                                     .arg(b.labels[size_t(f)])));
    }
}

} // namespace

class TestFusionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputed_data()
    {
        // One frame, three classes. An empty row: stream not connected; kMissing: connected but
        // this frame not predicted. expected empty: the frame is not predicted.
        QTest::addColumn<Row>("i3dRgb");
        QTest::addColumn<Row>("i3dFlow");
        QTest::addColumn<Row>("r2Rgb");
        QTest::addColumn<Row>("r2Flow");
        QTest::addColumn<double>("rgbWeight");
        QTest::addColumn<double>("modelMix");
        QTest::addColumn<Row>("expected");
        QTest::addColumn<int>("label");
        QTest::addColumn<float>("margin");
        QTest::addColumn<bool>("partial");
        QTest::addColumn<bool>("disagrees");
        QTest::addColumn<float>("disagreement");

        const Row a = {0.5f, 0.3f, 0.2f};
        const Row b = {0.1f, 0.2f, 0.7f};
        const Row ir = {0.6f, 0.3f, 0.1f};
        const Row iflow = {0.2f, 0.2f, 0.6f};
        const Row rr = {0.1f, 0.8f, 0.1f};
        const Row rf = {0.3f, 0.3f, 0.4f};
        // Only one stream: the fused row is that stream's row.
        QTest::newRow("one stream") << a << Row() << Row() << Row() << 0.4 << 0.5 << a << 0 << 0.2f
                                    << false << false << 0.0f;
        // 0.4 * a + 0.6 * b = (0.26, 0.24, 0.50); RGB says rest, flow groom: they disagree,
        // half L1 = (0.4 + 0.1 + 0.5) / 2 = 0.5.
        QTest::newRow("rgb and flow 0.4/0.6")
                << a << b << Row() << Row() << 0.4 << 0.5 << Row{0.26f, 0.24f, 0.50f} << 2 << 0.24f
                << false << true << 0.5f;
        // Flow has not predicted this frame: RGB alone (weight renormalised to 1), never halved.
        QTest::newRow("missing flow: renormalised") << a << kMissing << Row() << Row() << 0.4 << 0.5
                                                    << a << 0 << 0.2f << true << false << 0.0f;
        // RGB weight 1: flow has no say, so its absence is not "partial".
        QTest::newRow("missing flow at rgb weight 1")
                << a << kMissing << Row() << Row() << 1.0 << 0.5 << a << 0 << 0.2f << false << false
                << 0.0f;
        // RGB weight 1 and only flow present: nothing with a positive weight -> not predicted.
        QTest::newRow("only a zero-weight stream") << kMissing << b << Row() << Row() << 1.0 << 0.5
                                                   << Row() << -1 << 0.0f << false << false << 0.0f;
        // F_i3d = 0.5 ir + 0.5 iflow = (0.4, 0.25, 0.35); F_r2 = (0.2, 0.55, 0.25);
        // 0.75 F_i3d + 0.25 F_r2 = (0.35, 0.325, 0.325). Networks: rest vs walk, half L1 0.3.
        QTest::newRow("two networks, mix 0.75")
                << ir << iflow << rr << rf << 0.5 << 0.75 << Row{0.35f, 0.325f, 0.325f} << 0
                << 0.025f << false << true << 0.3f;
        // R(2+1)D has nothing at this frame: I3D alone; disagreement falls back to I3D's
        // RGB (rest) vs flow (groom): half L1 = (0.4 + 0.1 + 0.5) / 2 = 0.5.
        QTest::newRow("one network missing: renormalised over networks")
                << ir << iflow << kMissing << kMissing << 0.5 << 0.75 << Row{0.4f, 0.25f, 0.35f}
                << 0 << 0.05f << true << true << 0.5f;
        // One stream per network: F_i3d = ir, F_r2 = rf; 0.5 / 0.5 -> (0.45, 0.3, 0.25).
        QTest::newRow("one stream per network")
                << ir << kMissing << kMissing << rf << 0.4 << 0.5 << Row{0.45f, 0.3f, 0.25f} << 0
                << 0.15f << true << true << 0.3f;
        // Mix 1: R(2+1)D gets no weight, but disagreement still compares the networks.
        QTest::newRow("mix 1 ignores R(2+1)D")
                << ir << iflow << rr << rf << 0.5 << 1.0 << Row{0.4f, 0.25f, 0.35f} << 0 << 0.05f
                << false << true << 0.3f;
        QTest::newRow("mix 1 and I3D missing: not predicted")
                << kMissing << kMissing << rr << rf << 0.5 << 1.0 << Row() << -1 << 0.0f << false
                << false << 0.0f;
        QTest::newRow("nothing predicted") << kMissing << kMissing << kMissing << kMissing << 0.4
                                           << 0.5 << Row() << -1 << 0.0f << false << false << 0.0f;
        QTest::newRow("tie: first class")
                << Row{0.4f, 0.4f, 0.2f} << Row() << Row() << Row() << 0.4 << 0.5
                << Row{0.4f, 0.4f, 0.2f} << 0 << 0.0f << false << false << 0.0f;
        QTest::newRow("networks agree") << rr << Row() << rr << Row() << 0.4 << 0.5 << rr << 1
                                        << 0.7f << false << false << 0.0f;
    }
    void handComputed()
    {
        QFETCH(Row, i3dRgb);
        QFETCH(Row, i3dFlow);
        QFETCH(Row, r2Rgb);
        QFETCH(Row, r2Flow);
        QFETCH(double, rgbWeight);
        QFETCH(double, modelMix);
        QFETCH(Row, expected);
        QFETCH(int, label);
        QFETCH(float, margin);
        QFETCH(bool, partial);
        QFETCH(bool, disagrees);
        QFETCH(float, disagreement);

        FusionModel model;
        std::vector<std::unique_ptr<PredictionTrack>> tracks;
        const std::pair<Net, Str> slots[] = {{Net::I3d, Str::Rgb},
                                             {Net::I3d, Str::Flow},
                                             {Net::R2Plus1d, Str::Rgb},
                                             {Net::R2Plus1d, Str::Flow}};
        const Row rows[] = {i3dRgb, i3dFlow, r2Rgb, r2Flow};
        for (int i = 0; i < 4; ++i) {
            if (rows[i].isEmpty())
                continue;
            tracks.push_back(std::make_unique<PredictionTrack>(1, kNames));
            if (rows[i] != kMissing)
                tracks.back()->setRow(0, rows[i].constData());
            QVERIFY(model.setInput(slots[i].first, slots[i].second, tracks.back().get()));
        }
        FusionParameters params;
        params.rgbWeight = rgbWeight;
        params.modelMix = modelMix;
        QString error;
        QVERIFY2(model.recompute(params, &error), qPrintable(error));
        const FusionOutput &out = model.output();
        QCOMPARE(out.frameCount, 1);
        QCOMPARE(out.isPredicted(0), !expected.isEmpty());
        QCOMPARE(out.labels[0], label);
        for (int c = 0; c < 3; ++c) {
            const float want = expected.isEmpty() ? 0.0f : expected[c];
            QVERIFY2(qAbs(out.row(0)[c] - want) < 1e-6f,
                     qPrintable(QStringLiteral("class %1: %2, expected %3")
                                        .arg(c)
                                        .arg(out.row(0)[c])
                                        .arg(want)));
        }
        const float confidence
                = expected.isEmpty() ? 0.0f : *std::max_element(expected.begin(), expected.end());
        QVERIFY(qAbs(out.confidence[0] - confidence) < 1e-6f);
        QVERIFY2(qAbs(out.margin[0] - margin) < 1e-6f, qPrintable(QString::number(out.margin[0])));
        QCOMPARE(out.isPartial(0), partial);
        QCOMPARE(out.disagrees(0), disagrees);
        QVERIFY2(qAbs(out.disagreement[0] - disagreement) < 1e-6f,
                 qPrintable(QString::number(out.disagreement[0])));
    }

    // Random inputs against a plain double-precision implementation of the documented formula,
    // for class counts that take the vectorised path (multiples of 4) and the general one.
    void matchesReferenceImplementation_data()
    {
        QTest::addColumn<int>("classes");
        QTest::addColumn<double>("rgbWeight");
        QTest::addColumn<double>("modelMix");
        for (int classes : {2, 3, 4, 8, 12, 16}) {
            QTest::addRow("%d classes", classes) << classes << 0.4 << 0.5;
            QTest::addRow("%d classes, 0.85/0.2", classes) << classes << 0.85 << 0.2;
        }
        QTest::addRow("8 classes, rgb only") << 8 << 1.0 << 0.5;
        QTest::addRow("8 classes, r2plus1d only") << 8 << 0.3 << 0.0;
    }
    void matchesReferenceImplementation()
    {
        QFETCH(int, classes);
        QFETCH(double, rgbWeight);
        QFETCH(double, modelMix);
        const qint64 n = 4000;
        const PredictionTrack in[4] = {randomTrack(n, classes, 21, 15),
                                       randomTrack(n, classes, 22, 15),
                                       randomTrack(n, classes, 23, 15),
                                       randomTrack(n, classes, 24, 15)};
        FusionModel model;
        for (int i = 0; i < 4; ++i)
            QVERIFY(model.setInput(Net(i / 2), Str(i % 2), &in[i]));
        QVERIFY(model.recompute(FusionParameters{rgbWeight, modelMix, 1, 1}));
        const FusionOutput &out = model.output();
        const double sw[2] = {rgbWeight, 1.0 - rgbWeight};
        const double nw[2] = {modelMix, 1.0 - modelMix};
        const auto argmax = [](const std::vector<double> &r, double *gap) {
            int best = 0;
            for (int c = 1; c < int(r.size()); ++c)
                best = r[size_t(c)] > r[size_t(best)] ? c : best;
            double second = 0;
            for (int c = 0; c < int(r.size()); ++c)
                second = c != best ? std::max(second, r[size_t(c)]) : second;
            if (gap)
                *gap = r[size_t(best)] - second;
            return best;
        };
        for (qint64 f = 0; f < n; ++f) {
            std::vector<double> net[2];
            bool defined[2] = {false, false};
            bool partial = false;
            for (int k = 0; k < 2; ++k) {
                double total = 0;
                net[k].assign(size_t(classes), 0.0);
                for (int s = 0; s < 2; ++s) {
                    const PredictionTrack &t = in[2 * k + s];
                    if (!t.isPredicted(f)) {
                        partial = partial || (sw[s] > 0 && nw[k] > 0);
                        continue;
                    }
                    total += sw[s];
                    for (int c = 0; c < classes; ++c)
                        net[k][size_t(c)] += sw[s] * t.probability(f, c);
                }
                defined[k] = total > 0;
                for (double &v : net[k])
                    v = defined[k] ? v / total : 0.0;
            }
            const double mixTotal = (defined[0] ? nw[0] : 0.0) + (defined[1] ? nw[1] : 0.0);
            const bool predicted = mixTotal > 0;
            QCOMPARE(out.isPredicted(f), predicted);
            if (!predicted) {
                QCOMPARE(out.labels[size_t(f)], -1);
                continue;
            }
            std::vector<double> fused(size_t(classes), 0.0);
            for (int k = 0; k < 2; ++k) {
                for (int c = 0; c < classes && defined[k]; ++c)
                    fused[size_t(c)] += nw[k] * net[k][size_t(c)] / mixTotal;
            }
            for (int c = 0; c < classes; ++c)
                QVERIFY(std::abs(out.row(f)[c] - fused[size_t(c)]) < 1e-5);
            double gap = 0;
            const int best = argmax(fused, &gap);
            if (gap > 1e-5)
                QCOMPARE(out.labels[size_t(f)], best);
            QVERIFY(std::abs(out.confidence[size_t(f)] - fused[size_t(best)]) < 1e-5);
            QVERIFY(std::abs(out.margin[size_t(f)] - gap) < 1e-5);
            QCOMPARE(out.isPartial(f), partial);
            // Disagreement: the networks where both are defined, else one network's streams.
            const std::vector<double> *x = nullptr, *y = nullptr;
            std::vector<double> rows[2];
            if (defined[0] && defined[1]) {
                x = &net[0];
                y = &net[1];
            } else {
                const int k = defined[0] ? 0 : 1;
                if (in[2 * k].isPredicted(f) && in[2 * k + 1].isPredicted(f)) {
                    for (int s = 0; s < 2; ++s)
                        for (int c = 0; c < classes; ++c)
                            rows[s].push_back(in[2 * k + s].probability(f, c));
                    x = &rows[0];
                    y = &rows[1];
                }
            }
            double expected = 0;
            bool differ = false;
            if (x) {
                for (int c = 0; c < classes; ++c)
                    expected += 0.5 * std::abs((*x)[size_t(c)] - (*y)[size_t(c)]);
                double gx = 0, gy = 0;
                const int ax = argmax(*x, &gx), ay = argmax(*y, &gy);
                differ = ax != ay;
                if (gx > 1e-5 && gy > 1e-5)
                    QCOMPARE(out.disagrees(f), differ);
            } else {
                QVERIFY(!out.disagrees(f));
            }
            QVERIFY(std::abs(out.disagreement[size_t(f)] - expected) < 1e-5);
        }
    }

    // The bug this replaces: a predicted row averaged with an unpredicted (all-zero) one came out
    // at half confidence and counted as predicted.
    void missingFramesAreNotAveragedWithZeros()
    {
        const qint64 n = 10;
        PredictionTrack rgb(n, kNames), flow(n, kNames);
        const float r[] = {0.1f, 0.8f, 0.1f};
        const float f[] = {0.2f, 0.5f, 0.3f};
        for (qint64 i = 0; i < n; ++i)
            rgb.setRow(i, r);
        for (qint64 i = 0; i < 4; ++i) // flow is behind: frames 0..3 only
            flow.setRow(i, f);
        FusionModel model;
        QVERIFY(model.setInput(Net::I3d, Str::Rgb, &rgb));
        QVERIFY(model.setInput(Net::I3d, Str::Flow, &flow));
        QVERIFY(model.recompute(FusionParameters()));
        const FusionOutput &out = model.output();
        for (qint64 i = 0; i < n; ++i) {
            QVERIFY(out.isPredicted(i));
            QCOMPARE(out.isPartial(i), i >= 4);
            QCOMPARE(out.labels[size_t(i)], 1);
        }
        QVERIFY(qAbs(out.confidence[0] - (0.4f * 0.8f + 0.6f * 0.5f)) < 1e-6f);
        QCOMPARE(out.confidence[7], 0.8f); // the RGB row itself, not 0.4
        QCOMPARE(out.row(7)[0], 0.1f);

        // Rows arrive: updateRange says what changed, and the frames are complete again.
        for (qint64 i = 4; i < 7; ++i)
            flow.setRow(i, f);
        const FrameRange changed = model.updateRange(4, 3);
        QCOMPARE(changed, (FrameRange{4, 3}));
        QVERIFY(!out.isPartial(5));
        QVERIFY(out.isPartial(7));
        QVERIFY(qAbs(out.confidence[5] - out.confidence[0]) < 1e-7f);

        // A third, unconnected stream never makes frames partial; frames none predicted are not
        // predicted and hold zeros.
        PredictionTrack empty(n, kNames);
        FusionModel alone;
        QVERIFY(alone.setInput(Net::R2Plus1d, Str::Flow, &empty));
        QVERIFY(alone.recompute(FusionParameters()));
        for (qint64 i = 0; i < n; ++i) {
            QVERIFY(!alone.output().isPredicted(i));
            QCOMPARE(alone.output().labels[size_t(i)], -1);
            QCOMPARE(alone.output().row(i)[1], 0.0f);
        }
    }

    void smoothingThroughTheModel()
    {
        // Labels rest x4, walk, rest x4, gap, groom x2: a majority filter of 3 removes the walk
        // frame; a minimum of 3 frames cannot join the groom pair across the gap.
        const qint64 n = 12;
        PredictionTrack rgb(n, kNames);
        const float rest[] = {0.7f, 0.2f, 0.1f};
        const float walk[] = {0.3f, 0.6f, 0.1f};
        const float groom[] = {0.1f, 0.2f, 0.7f};
        for (qint64 f = 0; f < 9; ++f)
            rgb.setRow(f, f == 4 ? walk : rest);
        rgb.setRow(10, groom);
        rgb.setRow(11, groom);
        FusionModel model;
        QVERIFY(model.setInput(Net::I3d, Str::Rgb, &rgb));
        FusionParameters params;
        QVERIFY(model.recompute(params));
        QCOMPARE(model.output().labels[4], 1);
        params.medianWidth = 3;
        QVERIFY(model.recompute(params));
        const std::vector<std::int32_t> smoothed = {0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 2, 2};
        QVERIFY(model.output().labels == smoothed);
        // Smoothing leaves probabilities and confidence alone.
        QCOMPARE(model.output().confidence[4], 0.6f);
        params.medianWidth = 1;
        params.minBoutFrames = 3;
        QVERIFY(model.recompute(params));
        QVERIFY(model.output().labels == smoothed);
        params.minBoutFrames = 1;
        QVERIFY(model.recompute(params));
        QCOMPARE(model.output().labels[4], 1); // back to the plain argmax
    }

    // Rows arriving range by range in random order, fused incrementally, give exactly what a full
    // recompute of the final inputs gives - with and without smoothing.
    void incrementalEqualsFull_data()
    {
        QTest::addColumn<int>("medianWidth");
        QTest::addColumn<int>("minBoutFrames");
        QTest::newRow("no smoothing") << 1 << 1;
        QTest::newRow("majority 5") << 5 << 1;
        QTest::newRow("min bout 4") << 1 << 4;
        QTest::newRow("both") << 7 << 6;
    }
    void incrementalEqualsFull()
    {
        QFETCH(int, medianWidth);
        QFETCH(int, minBoutFrames);
        const qint64 n = 3000;
        const int classes = 5;
        QRandomGenerator rng(99 + medianWidth * 10 + minBoutFrames);
        PredictionTrack source[4] = {randomTrack(n, classes, 1, 0),
                                     randomTrack(n, classes, 2, 0),
                                     randomTrack(n, classes, 3, 0),
                                     randomTrack(n, classes, 4, 0)};
        PredictionTrack live[4] = {PredictionTrack(n, source[0].classNames()),
                                   PredictionTrack(n, source[0].classNames()),
                                   PredictionTrack(n, source[0].classNames()),
                                   PredictionTrack(n, source[0].classNames())};
        FusionModel incremental;
        for (int i = 0; i < 4; ++i)
            QVERIFY(incremental.setInput(Net(i / 2), Str(i % 2), &live[i]));
        incremental.setMaxThreads(1);
        FusionParameters params;
        params.rgbWeight = 0.3;
        params.modelMix = 0.6;
        params.medianWidth = medianWidth;
        params.minBoutFrames = minBoutFrames;
        QVERIFY(incremental.recompute(params));
        for (int step = 0; step < 150; ++step) {
            const int stream = rng.bounded(4);
            const qint64 first = rng.bounded(int(n));
            const qint64 count = std::min<qint64>(n - first, 1 + rng.bounded(120));
            if (rng.bounded(10) == 0) {
                live[stream].clearRows(first, count);
            } else {
                live[stream].setRows(first, count, source[stream].row(first));
            }
            const FrameRange changed = incremental.updateRange(first, count);
            QVERIFY(changed.first <= first && changed.end() >= first + count);
            if (step % 25 == 0 || step == 149) {
                FusionModel full;
                for (int i = 0; i < 4; ++i)
                    QVERIFY(full.setInput(Net(i / 2), Str(i % 2), &live[i]));
                QVERIFY(full.recompute(params));
                compareOutputs(incremental.output(), full.output());
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("after step %1").arg(step)));
            }
        }
    }

    // Changing only the smoothing reuses the fused rows; the result equals a fresh model's.
    void smoothingOnlyChangesMatchFreshModel()
    {
        const PredictionTrack rgb = randomTrack(2000, 4, 7, 10);
        const PredictionTrack flow = randomTrack(2000, 4, 8, 10);
        FusionModel model;
        QVERIFY(model.setInput(Net::R2Plus1d, Str::Rgb, &rgb));
        QVERIFY(model.setInput(Net::R2Plus1d, Str::Flow, &flow));
        const FusionParameters sequence[] = {{0.4, 0.5, 1, 1},
                                             {0.4, 0.5, 5, 1},
                                             {0.4, 0.5, 5, 8},
                                             {0.4, 0.5, 1, 8},
                                             {0.4, 0.5, 1, 1},
                                             {0.7, 0.5, 3, 3}};
        for (const FusionParameters &p : sequence) {
            QVERIFY(model.recompute(p));
            FusionModel fresh;
            QVERIFY(fresh.setInput(Net::R2Plus1d, Str::Rgb, &rgb));
            QVERIFY(fresh.setInput(Net::R2Plus1d, Str::Flow, &flow));
            QVERIFY(fresh.recompute(p));
            compareOutputs(model.output(), fresh.output());
        }
    }

    void threadsGiveTheSameResult()
    {
        const qint64 n = 200000; // several blocks
        const PredictionTrack a = randomTrack(n, 8, 11, 5);
        const PredictionTrack b = randomTrack(n, 8, 12, 5);
        const PredictionTrack c = randomTrack(n, 8, 13, 5);
        FusionModel one, pool, own;
        one.setMaxThreads(1);
        own.setMaxThreads(3);
        for (FusionModel *m : {&one, &pool, &own}) {
            QVERIFY(m->setInput(Net::I3d, Str::Rgb, &a));
            QVERIFY(m->setInput(Net::I3d, Str::Flow, &b));
            QVERIFY(m->setInput(Net::R2Plus1d, Str::Flow, &c));
            QVERIFY(m->recompute(FusionParameters{0.4, 0.5, 3, 5}));
        }
        compareOutputs(one.output(), pool.output());
        compareOutputs(one.output(), own.output());
    }

    void inputAndParameterErrors()
    {
        PredictionTrack a(10, kNames), longer(11, kNames), other(10, {"x", "y", "z"});
        FusionModel model;
        QString error;
        QVERIFY(model.setInput(Net::I3d, Str::Rgb, &a, &error));
        QVERIFY(!model.setInput(Net::I3d, Str::Flow, &longer, &error));
        QVERIFY(error.contains(QStringLiteral("11")) && error.contains(QStringLiteral("10")));
        QVERIFY(!model.setInput(Net::R2Plus1d, Str::Rgb, &other, &error));
        QVERIFY(error.contains(QStringLiteral("groom")));
        QCOMPARE(model.inputCount(), 1);
        // Replacing the only input by a track of another size is fine.
        QVERIFY(model.setInput(Net::I3d, Str::Rgb, &longer, &error));
        QCOMPARE(model.frameCount(), 11);
        QVERIFY(model.setInput(Net::I3d, Str::Rgb, nullptr));
        QCOMPARE(model.inputCount(), 0);
        QVERIFY(model.recompute(FusionParameters()));
        QCOMPARE(model.output().frameCount, 0);

        QVERIFY(model.setInput(Net::I3d, Str::Rgb, &a));
        QVERIFY(model.recompute(FusionParameters()));
        const FusionParameters bad[] = {{-0.1, 0.5, 1, 1},
                                        {0.4, 1.5, 1, 1},
                                        {0.4, 0.5, 4, 1},
                                        {0.4, 0.5, 0, 1},
                                        {0.4, 0.5, 1, 0},
                                        {qQNaN(), 0.5, 1, 1}};
        for (const FusionParameters &p : bad) {
            error.clear();
            QVERIFY(!model.recompute(p, &error));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(model.parameters() == FusionParameters()); // unchanged
        QVERIFY(FusionModel::networkFromName(QStringLiteral("R2Plus1D")) == Net::R2Plus1d);
        QVERIFY(FusionModel::streamFromName(QStringLiteral(" flow")) == Str::Flow);
        QVERIFY(!FusionModel::networkFromName(QStringLiteral("c3d")));
    }

    void fusePair()
    {
        PredictionTrack a(3, kNames), b(3, kNames);
        const float ra[] = {0.5f, 0.3f, 0.2f};
        const float rb[] = {0.1f, 0.2f, 0.7f};
        a.setRow(0, ra);
        b.setRow(0, rb);
        a.setRow(1, ra); // frame 1: only a; frame 2: neither
        PredictionTrack out;
        QVERIFY(FusionModel::fusePair(out, a, b, 0.4, 0.6));
        QVERIFY(qAbs(out.probability(0, 0) - 0.26f) < 1e-6f);
        QVERIFY(qAbs(out.probability(0, 1) - 0.24f) < 1e-6f);
        QVERIFY(qAbs(out.probability(0, 2) - 0.50f) < 1e-6f);
        QCOMPARE(out.probability(1, 0), 0.5f); // a alone, not 0.4 * 0.5
        QVERIFY(!out.isPredicted(2));
        QCOMPARE(out.predictedCount(), 2);
        // Weights that do not sum to 1 are renormalised: 2/3 equals 0.4/0.6.
        PredictionTrack scaled;
        QVERIFY(FusionModel::fusePair(scaled, a, b, 2.0, 3.0));
        for (int c = 0; c < 3; ++c)
            QVERIFY(qAbs(scaled.probability(0, c) - out.probability(0, c)) < 1e-6f);
        // Weight 1 / 0 gives one stream exactly; a frame only the zero-weight one has is not
        // predicted.
        PredictionTrack only;
        QVERIFY(FusionModel::fusePair(only, b, a, 1.0, 0.0));
        QCOMPARE(only.probability(0, 2), 0.7f);
        QVERIFY(!only.isPredicted(1));
        // Memory is reused and the result is the same as into a fresh track.
        QVERIFY(FusionModel::fusePair(out, a, b, 2.0, 3.0));
        QCOMPARE(out, scaled);

        QString error;
        PredictionTrack longer(4, kNames), other(3, {"x", "y", "z"});
        QVERIFY(!FusionModel::fusePair(out, a, longer, 0.5, 0.5, &error));
        QVERIFY(error.contains(QStringLiteral("3")) && error.contains(QStringLiteral("4")));
        QVERIFY(!FusionModel::fusePair(out, a, other, 0.5, 0.5, &error));
        QVERIFY(!FusionModel::fusePair(out, a, b, 0.0, 0.0, &error));
        QVERIFY(!FusionModel::fusePair(out, a, b, -1.0, 2.0, &error));
    }
};

QTEST_GUILESS_MAIN(TestFusionModel)
#include "test_fusion_model.moc"
