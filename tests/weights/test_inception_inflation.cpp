// SPDX-License-Identifier: GPL-3.0-or-later
// Inflating 2D Inception-v1 weights (made by PyTorch, pytorch-i3d names with 2D kernels) into
// I3D: on a "boring video" (one image repeated 16 times) the inflated first convolution gives
// the 2D network's activations on that image, away from the temporally padded ends.
#include "WeightsTestUtil.h"

#include "weights/InceptionInflater.h"
#include "weights/SafeTensors.h"
#include "weights/WeightsFile.h"

#include "nets/NetworkFactory.h"
#include "nets/Unit3D.h"

#include <QTemporaryDir>

using namespace ethoscribe;

class TestInceptionInflation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StateDict m_weights2d;
    StateDict m_io;

    static std::shared_ptr<nets::VideoNetworkImpl> makeI3D(int inChannels)
    {
        nets::NetConfig c;
        c.arch = nets::Architecture::I3D;
        c.classes = 8;
        c.inChannels = inChannels;
        return nets::makeNetwork(c);
    }

    static torch::Tensor firstUnit(nets::VideoNetworkImpl &net, const torch::Tensor &x)
    {
        for (const auto &child : net.named_children())
            if (child.key() == "Conv3d_1a_7x7")
                return std::dynamic_pointer_cast<nets::Unit3DImpl>(child.value())->forward(x);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WEIGHTS_MAKE_FIXTURES(QStringLiteral("inflation"), m_dir.path());
        QString error;
        QVERIFY2(WeightsFile::read(m_dir.filePath("inception2d.pt"), &m_weights2d, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(SafeTensors::read(
                         m_dir.filePath("inflation_io.safetensors"), &m_io, nullptr, &error),
                 qPrintable(error));
        QVERIFY(m_weights2d.contains("Conv2d_1a_7x7.conv2d.weight"));
    }

    void inflatesEveryKernel()
    {
        auto net = makeI3D(3);
        const auto report = InceptionInflater::inflateInto(m_weights2d, *net, {});
        // 57 convolutions with batch norm; the 1000-class ImageNet classifier is re-initialised.
        QCOMPARE(report.adapted.size(), 57);
        QCOMPARE(report.reinitialised, (QStringList{"logits.conv3d.weight", "logits.conv3d.bias"}));
        QVERIFY2(report.missing.isEmpty(), qPrintable(report.missing.join(',')));
        QVERIFY2(report.unexpected.isEmpty(), qPrintable(report.unexpected.join(',')));
        QVERIFY(report.shapeMismatched.isEmpty());
        QVERIFY(report.isUsable());
        // Mixed_4b.b1b is 3x3x3: its kernel is the 2D one divided by 3 at every time step.
        torch::Tensor k3;
        for (const auto &p : net->named_parameters(true))
            if (p.key() == "Mixed_4b.b1b.conv3d.weight")
                k3 = p.value();
        const torch::Tensor k2 = m_weights2d["Mixed_4b.b1b.conv2d.weight"];
        QCOMPARE(k3.size(2), int64_t(3));
        for (int t = 0; t < 3; ++t)
            QVERIFY(torch::allclose(k3.select(2, t) * 3, k2, 1e-5, 1e-6));
    }

    void boringVideoGivesTheTwoDimensionalActivations()
    {
        auto net = makeI3D(3);
        InceptionInflater::inflateInto(m_weights2d, *net, {});
        net->eval();
        const torch::Tensor image = m_io["image"];    // [1, 3, 112, 112]
        const torch::Tensor expected = m_io["conv1"]; // [1, 64, 56, 56], the 2D unit's output
        const torch::Tensor video = image.unsqueeze(2).repeat({1, 1, 16, 1, 1});
        torch::NoGradGuard g;
        const torch::Tensor y = firstUnit(*net, video); // [1, 64, 8, 56, 56]
        QVERIFY(y.defined());
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{1, 64, 8, 56, 56}));
        // Kernel 7, stride 2, SAME padding 2 before and 3 after: outputs 1..5 see only real frames.
        for (int t = 1; t <= 5; ++t) {
            const double diff = weightstest::maxAbsDiff(y.select(2, t), expected);
            QVERIFY2(diff < 1e-4, qPrintable(QStringLiteral("time %1: %2").arg(t).arg(diff)));
        }
        // At the ends, the zero padding makes them differ (the test can tell the two apart).
        QVERIFY(weightstest::maxAbsDiff(y.select(2, 0), expected) > 1e-3);
    }

    void flowInflationAveragesTheColourChannels()
    {
        auto net = makeI3D(2);
        const auto report = InceptionInflater::inflateInto(m_weights2d, *net, {});
        QVERIFY(report.adapted.contains("Conv3d_1a_7x7.conv3d.weight"));
        QVERIFY(report.isUsable());
        torch::Tensor stem;
        for (const auto &p : net->named_parameters(true))
            if (p.key() == "Conv3d_1a_7x7.conv3d.weight")
                stem = p.value();
        const torch::Tensor k2 = m_weights2d["Conv2d_1a_7x7.conv2d.weight"].mean(1); // [64, 7, 7]
        QCOMPARE(stem.sizes().vec(), (std::vector<int64_t>{64, 2, 7, 7, 7}));
        for (int c = 0; c < 2; ++c)
            for (int t = 0; t < 7; ++t)
                QVERIFY(torch::allclose(stem.select(1, c).select(1, t) * 7, k2, 1e-5, 1e-6));
    }
};

QTEST_GUILESS_MAIN(TestInceptionInflation)
#include "test_inception_inflation.moc"
