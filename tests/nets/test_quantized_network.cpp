// SPDX-License-Identifier: GPL-3.0-or-later
// nets::QuantizedNetwork: the 8-bit copy of a network follows the float one (features, per-clip
// and dense logits) on tiny I3D and R(2+1)D with batch norms that are not the identity, keeps the
// weights of the time it was built, has one quantized convolution per float one, and serves
// inputs of several shapes.
#include <torch/torch.h>

#include "nets/NetworkFactory.h"
#include "nets/QuantizedNetwork.h"
#include "nets/SamePadding.h"

#include <QTest>

using namespace ethoscribe::nets;

namespace {
NetConfig config(Architecture arch, int inChannels, double width, int depth)
{
    NetConfig c;
    c.arch = arch;
    c.inChannels = inChannels;
    c.classes = 8;
    c.widthMultiplier = width;
    c.depth = depth;
    return c;
}

// Batch norms as training leaves them: statistics and affine parameters away from the identity,
// so that folding them into the convolutions is tested.
void randomizeBatchNorms(VideoNetworkImpl &net)
{
    torch::NoGradGuard noGrad;
    for (const auto &m : net.modules(false)) {
        if (auto *bn = m->as<torch::nn::BatchNorm3dImpl>()) {
            const int64_t c = bn->running_mean.size(0);
            bn->running_mean.copy_(torch::randn({c}) * 0.2);
            bn->running_var.copy_(torch::rand({c}) * 1.5 + 0.5);
            bn->weight.copy_(torch::rand({c}) + 0.5);
            bn->bias.copy_(torch::randn({c}) * 0.1);
        }
    }
}

// Largest difference relative to the reference's range.
double relativeError(const torch::Tensor &value, const torch::Tensor &reference)
{
    const double range = (reference.max() - reference.min()).item<double>();
    return (value - reference).abs().max().item<double>() / std::max(range, 1e-12);
}

// Clips with some structure (a moving bright blob on noise), not pure noise.
torch::Tensor clips(int n, int channels, int frames, int size, int seed)
{
    torch::manual_seed(uint64_t(seed));
    torch::Tensor x = torch::randn({n, channels, frames, size, size}) * 0.3;
    const torch::Tensor coords = torch::arange(size).to(torch::kFloat);
    for (int i = 0; i < n; ++i) {
        for (int t = 0; t < frames; ++t) {
            const double cx = size * (0.3 + 0.4 * (t + i) / double(frames + n));
            const torch::Tensor blob = torch::exp(-((coords.view({-1, 1}) - size / 2.0).pow(2)
                                                    + (coords.view({1, -1}) - cx).pow(2))
                                                  / (size * size / 32.0));
            x.select(0, i).select(1, t) += 2 * blob;
        }
    }
    return x;
}
} // namespace

class TestQuantizedNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        at::set_num_threads(2);
        std::string why;
        if (!QuantizedNetwork::isAvailable(&why))
            QSKIP(why.c_str());
    }

    void followsTheFloatNetwork_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("convolutions");
        const int i3d = int(Architecture::I3D), r21 = int(Architecture::R2Plus1D);
        // I3D: 3 units + 9 Inception modules of 6; R(2+1)D: 2 in the stem, 4 per block, 3
        // shortcuts.
        QTest::newRow("i3d rgb") << i3d << 3 << 18 << 64 << 3 + 9 * 6;
        QTest::newRow("i3d flow") << i3d << 2 << 18 << 56 << 3 + 9 * 6;
        QTest::newRow("r2plus1d-10 rgb") << r21 << 3 << 10 << 56 << 2 + 4 * 4 + 3;
        QTest::newRow("r2plus1d-18 flow") << r21 << 2 << 18 << 32 << 2 + 8 * 4 + 3;
    }
    void followsTheFloatNetwork()
    {
        QFETCH(int, arch);
        QFETCH(int, channels);
        QFETCH(int, depth);
        QFETCH(int, size);
        QFETCH(int, convolutions);
        torch::manual_seed(3);
        auto net = makeNetwork(config(Architecture(arch), channels, 0.25, depth));
        randomizeBatchNorms(*net);
        net->eval();
        const torch::Tensor calibration = clips(4, channels, 16, size, 1);
        auto q = QuantizedNetwork::build(*net, calibration);
        QCOMPARE(q->convolutionCount(), convolutions);

        // Other clips than the calibration's.
        const torch::Tensor x = clips(3, channels, 16, size, 2);
        torch::Tensor features, logits, qFeatures, qLogits;
        {
            c10::InferenceMode mode;
            features = net->features(x);
            logits = net->forward(x);
            qFeatures = q->features(x);
            qLogits = q->forward(x, false);
        }
        QCOMPARE(qFeatures.sizes(), features.sizes());
        QCOMPARE(qLogits.sizes(), logits.sizes());
        QVERIFY(!qFeatures.is_quantized());
        const double featureError = relativeError(qFeatures, features);
        const double logitError = relativeError(qLogits, logits);
        qInfo("largest difference relative to the range: features %.4f, logits %.4f",
              featureError,
              logitError);
        QVERIFY2(featureError < 0.1, qPrintable(QString::number(featureError)));
        QVERIFY2(logitError < 0.1, qPrintable(QString::number(logitError)));
        // Not merely a constant: the quantized features vary with the input as the float ones.
        const double correlation
                = torch::corrcoef(torch::stack({qFeatures.flatten(), features.flatten()}))[0][1]
                          .item<double>();
        QVERIFY2(correlation > 0.99, qPrintable(QString::number(correlation)));

        // Dense passes go through the same copy.
        const torch::Tensor pass = clips(1, channels, 32, size, 3);
        torch::Tensor dense, qDense;
        {
            c10::InferenceMode mode;
            dense = net->forwardDense(pass);
            qDense = q->forward(pass, true);
        }
        QCOMPARE(qDense.sizes(), dense.sizes());
        QVERIFY2(relativeError(qDense, dense) < 0.1,
                 qPrintable(QString::number(relativeError(qDense, dense))));
    }

    void poolsExactly_data()
    {
        QTest::addColumn<QList<int>>("shape"); // N, C, T, H, W
        QTest::addColumn<QList<int>>("kernel");
        QTest::addColumn<QList<int>>("stride");
        QTest::addColumn<int>("zeroPoint");
        QTest::addColumn<bool>("channelsLast");
        // I3D's pools (1x3x3/1x2x2, 3x3x3/2x2x2, 2x2x2/2x2x2, the branches' 3x3x3/1x1x1) on odd
        // and even sizes, and a zero point above 0 (padding is 0.0, not the smallest code).
        QTest::newRow("1x3x3 s1x2x2 odd") << QList<int>{2, 5, 7, 13, 11} << QList<int>{1, 3, 3}
                                          << QList<int>{1, 2, 2} << 0 << true;
        QTest::newRow("3x3x3 s2 even") << QList<int>{1, 4, 8, 14, 14} << QList<int>{3, 3, 3}
                                       << QList<int>{2, 2, 2} << 0 << true;
        QTest::newRow("2x2x2 s2 odd") << QList<int>{3, 3, 5, 7, 9} << QList<int>{2, 2, 2}
                                      << QList<int>{2, 2, 2} << 0 << false;
        QTest::newRow("3x3x3 s1 zero point 40") << QList<int>{2, 6, 4, 7, 7} << QList<int>{3, 3, 3}
                                                << QList<int>{1, 1, 1} << 40 << true;
    }
    void poolsExactly()
    {
        QFETCH(QList<int>, shape);
        QFETCH(QList<int>, kernel);
        QFETCH(QList<int>, stride);
        QFETCH(int, zeroPoint);
        QFETCH(bool, channelsLast);
        torch::manual_seed(11);
        torch::Tensor x = torch::randn({shape[0], shape[1], shape[2], shape[3], shape[4]});
        if (channelsLast)
            x = x.contiguous(torch::MemoryFormat::ChannelsLast3d);
        const torch::Tensor q = torch::quantize_per_tensor(x, 0.02, zeroPoint, torch::kQUInt8);
        const std::array<int64_t, 3> k{kernel[0], kernel[1], kernel[2]};
        const std::array<int64_t, 3> s{stride[0], stride[1], stride[2]};
        const torch::Tensor pooled = QuantizedNetwork::maxPoolSame(q, k, s);
        QVERIFY(pooled.is_quantized());
        QCOMPARE(pooled.q_zero_point(), int64_t(zeroPoint));
        const torch::Tensor expected = maxPool3dSame(q.dequantize(), k, s);
        QCOMPARE(pooled.sizes(), expected.sizes());
        QVERIFY(torch::equal(pooled.dequantize(), expected));
    }

    void keepsTheWeightsOfItsTime()
    {
        torch::manual_seed(4);
        auto net = makeNetwork(config(Architecture::R2Plus1D, 3, 0.25, 10));
        net->eval();
        const torch::Tensor x = clips(2, 3, 16, 32, 5);
        auto q = QuantizedNetwork::build(*net, x);
        torch::Tensor before, after;
        {
            c10::InferenceMode mode;
            before = q->features(x);
        }
        {
            torch::NoGradGuard noGrad;
            for (auto &p : net->named_parameters())
                if (p.key().find("layer") == 0)
                    p.value().zero_();
        }
        {
            c10::InferenceMode mode;
            after = q->features(x);
            QVERIFY(net->features(x).abs().max().item<double>() == 0.0);
        }
        QVERIFY(torch::equal(before, after));
    }

    void servesInputsOfSeveralShapes()
    {
        // One copy serves full and last batches and dense passes. oneDNN, with two threads, cannot
        // convert weights packed for one input shape to some others (the full-size I3D's Mixed_5
        // convolutions after a batch of 2, given a batch of 1, at 224 px): measured, not assumed.
        torch::manual_seed(8);
        auto net = makeNetwork(config(Architecture::I3D, 3, 1.0, 18));
        net->eval();
        const torch::Tensor x = clips(2, 3, 16, 224, 9);
        auto q = QuantizedNetwork::build(*net, x.slice(0, 0, 1));
        c10::InferenceMode mode;
        const torch::Tensor both = q->features(x);
        const torch::Tensor second = q->features(x.slice(0, 1, 2));
        const torch::Tensor longer = q->forward(clips(1, 3, 24, 224, 10), true);
        QCOMPARE(second.sizes(), both.slice(0, 1, 2).sizes());
        // Integer arithmetic: the clip's result does not depend on the batch it came in.
        QVERIFY(torch::allclose(second, both.slice(0, 1, 2), 1e-5, 1e-6));
        QCOMPARE(longer.size(0), 1);
    }

    void inputCodesQuantizeExactly_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(Architecture::I3D);
        QTest::newRow("r2plus1d") << int(Architecture::R2Plus1D);
    }
    void inputCodesQuantizeExactly()
    {
        // FrameStore's values v / 127.5 - 1: told, every one of the 256 quantizes exactly;
        // measured (range [-1, 1]), they fall halfway between two codes.
        QFETCH(int, arch);
        torch::manual_seed(12);
        auto net = makeNetwork(config(Architecture(arch), 2, 0.25, 10));
        randomizeBatchNorms(*net);
        net->eval();
        const double step = 1.0 / 127.5;
        // Flow-like clips: most values at 127 or 128 (no motion), a moving patch of others.
        torch::Tensor codes = torch::randint(127, 129, {2, 2, 16, 32, 32});
        for (int t = 0; t < 16; ++t)
            codes.select(2, t)
                    .narrow(2, 4 + t, 8)
                    .narrow(3, 10, 8)
                    .copy_(torch::randint(0, 256, {2, 2, 8, 8}));
        const torch::Tensor x = (codes.to(torch::kFloat) * step - 1.0).contiguous();
        torch::Tensor all = torch::arange(256).to(torch::kFloat) * step - 1.0;
        all = all.view({1, 1, 1, 16, 16}).repeat({1, 2, 16, 2, 2}).contiguous();
        const torch::Tensor calibration = torch::cat({x, all});

        auto told = QuantizedNetwork::build(*net, calibration, {step, -1.0});
        auto measured = QuantizedNetwork::build(*net, calibration);
        QVERIFY(torch::allclose(told->quantizedInput(all), all, 0, 1e-6));
        const double measuredInputError
                = (measured->quantizedInput(all) - all).abs().max().item<double>();
        QVERIFY2(measuredInputError > 0.4 * step, qPrintable(QString::number(measuredInputError)));

        // The shift is undone in the first convolution's bias (and padding stays 0.0): the copy
        // still follows the float network. (On random networks both copies follow it about
        // equally; on the demo's trained flow networks the codes took the labels that agree
        // with the float network's from 57-74% to 98% or more: docs/BENCHMARKS.md.)
        c10::InferenceMode mode;
        const double error = relativeError(told->features(x), net->features(x));
        QVERIFY2(error < 0.1, qPrintable(QString::number(error)));
    }

    void rangesGrowWithWhatTheyMiss()
    {
        // Calibrated on faint clips, the copy meets strong ones: its ranges grow, and it follows
        // the float network on them as if calibrated on them.
        torch::manual_seed(13);
        auto net = makeNetwork(config(Architecture::R2Plus1D, 3, 0.25, 10));
        randomizeBatchNorms(*net);
        net->eval();
        const torch::Tensor strong = clips(2, 3, 16, 32, 14);
        auto q = QuantizedNetwork::build(*net, strong * 0.05);
        QCOMPARE(q->rangeUpdates(), 0);
        c10::InferenceMode mode;
        const double error = relativeError(q->features(strong), net->features(strong));
        QCOMPARE(q->rangeUpdates(), 1);
        QVERIFY2(error < 0.1, qPrintable(QString::number(error)));
        q->features(strong); // now within the ranges
        QCOMPARE(q->rangeUpdates(), 1);
    }

    void calibrationDecidesTheRanges()
    {
        // The same network calibrated on the same clips gives the same copy (bit for bit);
        // calibrated on inputs of another range, another one.
        torch::manual_seed(5);
        auto net = makeNetwork(config(Architecture::I3D, 3, 0.25, 18));
        net->eval();
        const torch::Tensor calibration = clips(2, 3, 16, 32, 6);
        auto a = QuantizedNetwork::build(*net, calibration);
        auto b = QuantizedNetwork::build(*net, calibration);
        auto c = QuantizedNetwork::build(*net, calibration * 4);
        const torch::Tensor x = clips(2, 3, 16, 32, 7);
        c10::InferenceMode mode;
        QVERIFY(torch::equal(a->features(x), b->features(x)));
        QVERIFY(!torch::equal(a->features(x), c->features(x)));
    }
};

QTEST_GUILESS_MAIN(TestQuantizedNetwork)
#include "test_quantized_network.moc"
