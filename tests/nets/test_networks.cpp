// SPDX-License-Identifier: GPL-3.0-or-later
// The network definitions: exact parameter counts and state_dict names of the published networks
// (so that pretrained weights map by name), output shapes of forward() and forwardDense() on tiny
// configurations, dropout, determinism in eval mode, SAME padding.
#include <torch/torch.h>

#include "nets/I3D.h"
#include "nets/NetworkFactory.h"
#include "nets/R2Plus1D.h"
#include "nets/R2Plus1DBlock.h"
#include "nets/SamePadding.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ethoscribe::nets;

namespace {
NetConfig config(Architecture arch, int inChannels, int classes, double width = 1.0, int depth = 18)
{
    NetConfig c;
    c.arch = arch;
    c.inChannels = inChannels;
    c.classes = classes;
    c.widthMultiplier = width;
    c.depth = depth;
    return c;
}

QString shapeString(const torch::Tensor &t)
{
    QStringList parts;
    for (int64_t d : t.sizes())
        parts << QString::number(d);
    return parts.join('x');
}

// "key shape" for every parameter and buffer, as the golden files list them.
QSet<QString> stateDictLines(VideoNetworkImpl &net)
{
    QSet<QString> lines;
    for (const auto &p : net.named_parameters())
        lines.insert(QString::fromStdString(p.key()) + ' ' + shapeString(p.value()));
    for (const auto &b : net.named_buffers())
        lines.insert(QString::fromStdString(b.key()) + ' ' + shapeString(b.value()));
    return lines;
}
} // namespace

class TestNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(1);
        at::set_num_threads(2);
    }

    void parameterCounts_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("depth");
        QTest::addColumn<qlonglong>("expected");
        // I3D: sum of numel() over InceptionI3d(classes, in_channels=c).parameters() of
        // piergiaj/pytorch-i3d (pytorch_i3d.py), instantiated with PyTorch 1.13.1. By hand:
        // the classifier is 1024*classes + classes (410,000 for 400 classes, 8,200 for 8) and
        // the first convolution has 64*7*7*7 = 21,952 weights per input channel, so
        // 12,697,264 - 401,800 = 12,295,464 and each flow variant is 21,952 smaller.
        const int i3d = int(Architecture::I3D), r21 = int(Architecture::R2Plus1D);
        QTest::newRow("i3d rgb 400") << i3d << 3 << 400 << 18 << 12697264LL;
        QTest::newRow("i3d flow 400") << i3d << 2 << 400 << 18 << 12675312LL;
        QTest::newRow("i3d rgb 8") << i3d << 3 << 8 << 18 << 12295464LL;
        QTest::newRow("i3d flow 8") << i3d << 2 << 8 << 18 << 12273512LL;
        // R(2+1)D: torchvision 0.14.1 r2plus1d_18(num_classes=...) parameters(); the fc has
        // 512*classes + classes, the stem's first convolution 45*7*7 = 2,205 per input channel.
        QTest::newRow("r2plus1d rgb 400") << r21 << 3 << 400 << 18 << 31505325LL;
        QTest::newRow("r2plus1d rgb 8") << r21 << 3 << 8 << 18 << 31304229LL;
        QTest::newRow("r2plus1d flow 8") << r21 << 2 << 8 << 18 << 31302024LL;
        // torchvision VideoResNet(BasicBlock, [Conv2Plus1D]*4, [3, 4, 6, 3], R2Plus1dStem).
        QTest::newRow("r2plus1d-34 rgb 400") << r21 << 3 << 400 << 34 << 61831661LL;
    }
    void parameterCounts()
    {
        QFETCH(int, arch);
        QFETCH(int, inChannels);
        QFETCH(int, classes);
        QFETCH(int, depth);
        QFETCH(qlonglong, expected);
        auto net = makeNetwork(config(Architecture(arch), inChannels, classes, 1.0, depth));
        QCOMPARE(qlonglong(net->parameterCount()), expected);
    }

    void stateDictMatchesReference_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<QString>("golden");
        QTest::newRow("i3d") << int(Architecture::I3D) << "i3d_400_rgb_state_dict.txt";
        QTest::newRow("r2plus1d_18")
                << int(Architecture::R2Plus1D) << "r2plus1d_18_400_state_dict.txt";
    }
    void stateDictMatchesReference()
    {
        QFETCH(int, arch);
        QFETCH(QString, golden);
        const QByteArray dir = qgetenv("ETHOSCRIBE_TEST_SOURCE_DIR");
        QVERIFY2(!dir.isEmpty(), "ETHOSCRIBE_TEST_SOURCE_DIR is not set (run through ctest)");
        QFile file(QString::fromLocal8Bit(dir) + "/nets/golden/" + golden);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
                 qPrintable("cannot read " + file.fileName()));
        QSet<QString> expected;
        for (const QByteArray &line : file.readAll().split('\n')) {
            // A 0-dim buffer (num_batches_tracked) has an empty shape: "key " -> keep the space.
            if (!line.isEmpty() && !line.startsWith('#'))
                expected.insert(QString::fromUtf8(line));
        }
        QVERIFY(expected.size() > 200);
        auto net = makeNetwork(config(Architecture(arch), 3, 400));
        const QSet<QString> actual = stateDictLines(*net);
        const QSet<QString> missing = expected - actual;
        const QSet<QString> extra = actual - expected;
        QVERIFY2(missing.isEmpty(),
                 qPrintable("missing: " + QStringList(missing.values()).mid(0, 5).join(", ")));
        QVERIFY2(extra.isEmpty(),
                 qPrintable("unexpected: " + QStringList(extra.values()).mid(0, 5).join(", ")));
    }

    void midPlanesFormula_data()
    {
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("expected");
        // floor(27*in*out / (9*in + 3*out)), torchvision's values for R(2+1)D-18.
        QTest::newRow("64-64") << 64 << 64 << 144;
        QTest::newRow("64-128") << 64 << 128 << 230;
        QTest::newRow("128-128") << 128 << 128 << 288;
        QTest::newRow("128-256") << 128 << 256 << 460;
        QTest::newRow("256-512") << 256 << 512 << 921;
        QTest::newRow("512-512") << 512 << 512 << 1152;
    }
    void midPlanesFormula()
    {
        QFETCH(int, in);
        QFETCH(int, out);
        QFETCH(int, expected);
        QCOMPARE(midPlanes(in, out), expected);
    }

    void samePadding()
    {
        // Size 7, kernel 3, stride 2: 7 % 2 = 1 -> pad max(3 - 1, 0) = 2 -> 1 before, 1 after.
        // Size 8, kernel 7, stride 2: 8 % 2 = 0 -> pad 5 -> 2 before, 3 after.
        // Size 5, kernel 1, stride 1: no padding.
        torch::Tensor x = torch::ones({1, 1, 7, 8, 5});
        torch::Tensor p = padSame(x, Triple{3, 7, 1}, Triple{2, 2, 1});
        QCOMPARE(p.size(2), 9);
        QCOMPARE(p.size(3), 13);
        QCOMPARE(p.size(4), 5);
        // Zeros before and after, the data in the middle at the right offsets.
        QCOMPARE(p.index({0, 0, 0}).abs().sum().item<float>(), 0.0f);
        QCOMPARE(p.index({0, 0, 8}).abs().sum().item<float>(), 0.0f);
        QCOMPARE(p.index({0, 0, torch::indexing::Slice(), 1}).sum().item<float>(), 0.0f);
        QCOMPARE(p.index({0, 0, torch::indexing::Slice(), 2}).sum().item<float>(), 35.0f);
        QCOMPARE(p.index({0, 0, torch::indexing::Slice(), 10}).sum().item<float>(), 0.0f);
        QCOMPARE(p.sum().item<float>(), 280.0f);
        // The SAME max pool keeps ceil(size / stride) outputs.
        torch::Tensor m
                = maxPool3dSame(torch::rand({1, 2, 7, 9, 9}), Triple{3, 3, 3}, Triple{2, 2, 2});
        QCOMPARE(m.sizes().vec(), (std::vector<int64_t>{1, 2, 4, 5, 5}));
    }

    // On the CPU SAME max pooling runs one dimension after the other (maxPool3dSeparable): exactly
    // LibTorch's max_pool3d after the same padding, for I3D's kernels and strides, odd sizes,
    // negative values, and in bfloat16 (which max_pool3d lacks on the CPU) the float result.
    void separableMaxPooling()
    {
        const std::vector<std::pair<Triple, Triple>> pools{{{1, 3, 3}, {1, 2, 2}},
                                                           {{3, 3, 3}, {2, 2, 2}},
                                                           {{2, 2, 2}, {2, 2, 2}},
                                                           {{3, 3, 3}, {1, 1, 1}}};
        for (const auto &[kernel, stride] : pools) {
            for (const std::vector<int64_t> &shape :
                 {std::vector<int64_t>{2, 3, 8, 14, 14}, std::vector<int64_t>{1, 2, 5, 9, 7}}) {
                const torch::Tensor x = torch::randn(shape);
                const torch::Tensor reference
                        = torch::max_pool3d(padSame(x, kernel, stride),
                                            {kernel[0], kernel[1], kernel[2]},
                                            {stride[0], stride[1], stride[2]});
                QVERIFY(torch::equal(maxPool3dSame(x, kernel, stride), reference));
                const torch::Tensor b = x.to(torch::kBFloat16);
                const torch::Tensor pooled = maxPool3dSame(b, kernel, stride);
                QCOMPARE(pooled.scalar_type(), torch::kBFloat16);
                QVERIFY(torch::equal(pooled.to(torch::kFloat),
                                     maxPool3dSame(b.to(torch::kFloat), kernel, stride)));
                // In training the gradient is max_pool3d's (all of it to one element of each
                // box, also where inputs are equal).
                const torch::Tensor t = x.clamp_min(0).detach().requires_grad_(true);
                maxPool3dSame(t, kernel, stride).sum().backward();
                const torch::Tensor r = x.clamp_min(0).detach().requires_grad_(true);
                torch::max_pool3d(padSame(r, kernel, stride),
                                  {kernel[0], kernel[1], kernel[2]},
                                  {stride[0], stride[1], stride[2]})
                        .sum()
                        .backward();
                QVERIFY(torch::equal(t.grad(), r.grad()));
            }
        }
    }

    void tinyForwardShapes_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("denseSteps");
        const int i3d = int(Architecture::I3D), r21 = int(Architecture::R2Plus1D);
        QTest::newRow("i3d rgb 16") << i3d << 3 << 16 << 64 << 1;
        QTest::newRow("i3d flow 16") << i3d << 2 << 16 << 64 << 1;
        QTest::newRow("i3d rgb 64 dense") << i3d << 3 << 64 << 32 << 7;
        QTest::newRow("r2plus1d rgb 16") << r21 << 3 << 16 << 32 << 1;
        QTest::newRow("r2plus1d flow 16") << r21 << 2 << 16 << 32 << 1;
        QTest::newRow("r2plus1d rgb 64 dense") << r21 << 3 << 64 << 32 << 7;
        QTest::newRow("r2plus1d rgb 40 dense") << r21 << 3 << 40 << 32 << 4;
    }
    void tinyForwardShapes()
    {
        QFETCH(int, arch);
        QFETCH(int, inChannels);
        QFETCH(int, frames);
        QFETCH(int, size);
        QFETCH(int, denseSteps);
        const int classes = 8;
        auto net = makeNetwork(config(Architecture(arch), inChannels, classes, 0.125, 10));
        net->eval();
        torch::NoGradGuard noGrad;
        torch::Tensor x = torch::randn({2, inChannels, frames, size, size});
        torch::Tensor y = net->forward(x);
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{2, classes}));
        torch::Tensor d = net->forwardDense(x);
        QCOMPARE(d.sizes().vec(), (std::vector<int64_t>{2, classes, denseSteps}));
        QCOMPARE(denseSteps, frames / VideoNetworkImpl::kDenseStride - 1);
        if (frames == 16) {
            // One 16-frame clip: the dense output is the per-clip output.
            QVERIFY(torch::allclose(d.squeeze(2), y, 1e-5, 1e-5));
        }
        QVERIFY(torch::isfinite(d).all().item<bool>());
        if (denseSteps > 1) {
            // Time is kept: the steps see different frames and give different outputs.
            QVERIFY(!torch::allclose(d.select(2, 0), d.select(2, denseSteps - 1)));
        }
    }

    void dropoutKeepProbability()
    {
        NetConfig c = config(Architecture::R2Plus1D, 3, 8, 0.125, 10);
        QCOMPARE(c.dropoutKeep, 0.36);
        for (Architecture arch : {Architecture::I3D, Architecture::R2Plus1D}) {
            c.arch = arch;
            auto net = makeNetwork(c);
            auto children = net->named_children();
            auto *dropout = children.find("dropout");
            QVERIFY(dropout);
            auto *impl = (*dropout)->as<torch::nn::Dropout>();
            QVERIFY(impl);
            QCOMPARE(impl->options.p(), 1.0 - 0.36);
        }
        // Dropout sits before the classifier: in training mode it zeroes about 64% of the
        // classifier's inputs, so repeated forwards differ; in eval mode they do not.
        auto net = makeNetwork(c);
        torch::NoGradGuard noGrad;
        torch::Tensor x = torch::randn({1, 3, 16, 32, 32});
        net->eval();
        torch::Tensor a = net->forward(x);
        torch::Tensor b = net->forward(x);
        QVERIFY(torch::equal(a, b));
        NetConfig keepAll = c;
        keepAll.dropoutKeep = 1.0;
        auto noDropout = makeNetwork(keepAll);
        auto *p = noDropout->named_children().find("dropout");
        QCOMPARE((*p)->as<torch::nn::Dropout>()->options.p(), 0.0);
    }

    void dropoutActsInTraining()
    {
        // Feed the classifier input straight to the dropout module: with keep 0.36 the kept
        // fraction of a large all-ones tensor is close to 0.36 and kept values are scaled 1/0.36.
        NetConfig c = config(Architecture::I3D, 3, 8, 0.125);
        auto net = makeNetwork(c);
        net->train();
        auto *d = net->named_children().find("dropout");
        torch::Tensor ones = torch::ones({100000});
        torch::Tensor out = (*d)->as<torch::nn::Dropout>()->forward(ones);
        const double kept = (out > 0).to(torch::kDouble).mean().item<double>();
        QVERIFY2(std::abs(kept - 0.36) < 0.01, qPrintable(QString::number(kept)));
        QVERIFY(std::abs(out.max().item<float>() - 1.0f / 0.36f) < 1e-4f);
    }

    void evalIsDeterministic_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(Architecture::I3D);
        QTest::newRow("r2plus1d") << int(Architecture::R2Plus1D);
    }
    void evalIsDeterministic()
    {
        QFETCH(int, arch);
        auto net = makeNetwork(config(Architecture(arch), 3, 8, 0.125, 10));
        torch::Tensor x = torch::randn({2, 3, 16, 32, 32});
        net->eval();
        torch::Tensor a, b;
        {
            c10::InferenceMode mode;
            a = net->forward(x);
            b = net->forward(x);
        }
        QVERIFY(torch::equal(a, b));
        // Batch composition does not change a clip's output in eval mode.
        torch::Tensor single;
        {
            c10::InferenceMode mode;
            single = net->forward(x.slice(0, 1, 2));
        }
        QVERIFY(torch::allclose(single, a.slice(0, 1, 2), 1e-4, 1e-5));
        // Training mode uses batch statistics and dropout: the output changes.
        net->train();
        torch::NoGradGuard noGrad;
        torch::Tensor t = net->forward(x);
        QVERIFY(!torch::allclose(t, a));
    }

    void widthAndDepthScale()
    {
        auto full = makeNetwork(config(Architecture::R2Plus1D, 3, 8));
        auto half = makeNetwork(config(Architecture::R2Plus1D, 3, 8, 0.5));
        auto shallow = makeNetwork(config(Architecture::R2Plus1D, 3, 8, 1.0, 10));
        QVERIFY(half->parameterCount() < full->parameterCount() / 3);
        QVERIFY(shallow->parameterCount() < full->parameterCount() / 2);
        // Depth 10 has one block per layer: layer1.1 does not exist.
        QVERIFY(shallow->named_parameters().find("layer1.0.conv1.0.0.weight"));
        QVERIFY(!shallow->named_parameters().find("layer1.1.conv1.0.0.weight"));
        auto i3dHalf = makeNetwork(config(Architecture::I3D, 3, 8, 0.5));
        QCOMPARE(i3dHalf->named_parameters()["Conv3d_1a_7x7.conv3d.weight"].size(0), 32);
        QCOMPARE(i3dHalf->named_parameters()["logits.conv3d.weight"].size(1), 512);
    }

    void invalidConfigurations_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("classes");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("keep");
        QTest::addColumn<int>("depth");
        const int i3d = int(Architecture::I3D), r21 = int(Architecture::R2Plus1D);
        QTest::newRow("no classes") << i3d << 3 << 0 << 1.0 << 0.36 << 18;
        QTest::newRow("no channels") << i3d << 0 << 8 << 1.0 << 0.36 << 18;
        QTest::newRow("zero width") << r21 << 3 << 8 << 0.0 << 0.36 << 18;
        QTest::newRow("keep 0") << r21 << 3 << 8 << 1.0 << 0.0 << 18;
        QTest::newRow("keep > 1") << r21 << 3 << 8 << 1.0 << 1.5 << 18;
        QTest::newRow("depth 50") << r21 << 3 << 8 << 1.0 << 0.36 << 50;
    }
    void invalidConfigurations()
    {
        QFETCH(int, arch);
        QFETCH(int, inChannels);
        QFETCH(int, classes);
        QFETCH(double, width);
        QFETCH(double, keep);
        QFETCH(int, depth);
        NetConfig c = config(Architecture(arch), inChannels, classes, width, depth);
        c.dropoutKeep = keep;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeNetwork(c));
    }

    void wrongInputIsReported()
    {
        auto net = makeNetwork(config(Architecture::R2Plus1D, 2, 8, 0.125, 10));
        torch::NoGradGuard noGrad;
        QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(torch::zeros({1, 3, 16, 32, 32})));
        QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(torch::zeros({3, 16, 32, 32})));
    }

    void describeLayers_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("i3d") << int(Architecture::I3D)
                             << QStringList{"Conv3d_1a_7x7",    "MaxPool3d_2a_3x3",
                                            "Conv3d_2b_1x1",    "Conv3d_2c_3x3",
                                            "MaxPool3d_3a_3x3", "Mixed_3b",
                                            "Mixed_3c",         "MaxPool3d_4a_3x3",
                                            "Mixed_4b",         "Mixed_4c",
                                            "Mixed_4d",         "Mixed_4e",
                                            "Mixed_4f",         "MaxPool3d_5a_2x2",
                                            "Mixed_5b",         "Mixed_5c",
                                            "avg_pool",         "dropout",
                                            "logits",           "squeeze + mean over time"};
        QTest::newRow("r2plus1d") << int(Architecture::R2Plus1D)
                                  << QStringList{"stem",
                                                 "layer1",
                                                 "layer2",
                                                 "layer3",
                                                 "layer4",
                                                 "avgpool",
                                                 "dropout",
                                                 "fc"};
    }
    void describeLayers()
    {
        QFETCH(int, arch);
        QFETCH(QStringList, names);
        auto net = makeNetwork(config(Architecture(arch), 3, 8, 0.125, 10));
        const std::vector<int64_t> input{1, 3, 16, 64, 64};
        const auto rows = net->describeLayers(input);
        QStringList actual;
        int64_t total = 0;
        for (const auto &r : rows) {
            actual << QString::fromStdString(r.name);
            total += r.parameters;
        }
        QCOMPARE(actual, names);
        QCOMPARE(total, net->parameterCount());
        QCOMPARE(rows.back().outputShape, (std::vector<int64_t>{1, 8}));
        QVERIFY(net->is_training()); // restored
        // Temporal and spatial strides of the feature extractor.
        if (Architecture(arch) == Architecture::I3D) {
            QCOMPARE(rows[15].outputShape, (std::vector<int64_t>{1, 128, 2, 2, 2}));
        } else {
            QCOMPARE(rows[4].outputShape, (std::vector<int64_t>{1, 64, 2, 4, 4}));
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "test_networks.moc"
