// SPDX-License-Identifier: GPL-3.0-or-later
// Our R(2+1)D and I3D, loaded through the importer from state dicts that PyTorch saved, give the
// reference implementations' outputs: torchvision 0.14's r2plus1d_18 (400 classes, random
// weights and batch-norm statistics) and a re-implementation of pytorch-i3d's InceptionI3d.
#include "WeightsTestUtil.h"

#include "weights/SafeTensors.h"
#include "weights/WeightImporter.h"
#include "weights/WeightsFile.h"

#include "nets/NetworkFactory.h"

#include <QTemporaryDir>

using namespace ethoscribe;

class TestTorchvisionEquivalence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<nets::VideoNetworkImpl> load(nets::Architecture arch,
                                                 int classes,
                                                 const char *file,
                                                 WeightImportReport *report)
    {
        StateDict sd;
        QString error;
        if (!WeightsFile::read(m_dir.filePath(file), &sd, nullptr, &error))
            qFatal("%s", qPrintable(error));
        auto net = nets::makeNetwork(nets::NetConfig::forStream(arch, nets::Stream::Rgb, classes));
        *report = WeightImporter::load(sd, *net, arch);
        net->eval();
        return net;
    }

    StateDict io(const char *file)
    {
        StateDict t;
        QString error;
        if (!SafeTensors::read(m_dir.filePath(file), &t, nullptr, &error))
            qFatal("%s", qPrintable(error));
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WEIGHTS_MAKE_FIXTURES(QStringLiteral("equivalence"), m_dir.path());
    }

    void r2plus1dMatchesTorchvision()
    {
        WeightImportReport report;
        auto net = load(nets::Architecture::R2Plus1D, 400, "r2plus1d_400.pt", &report);
        QCOMPARE(report.matched.size(), report.networkTensors);
        QVERIFY(report.missing.isEmpty() && report.unexpected.isEmpty()
                && report.reinitialised.isEmpty() && report.shapeMismatched.isEmpty());
        auto t = io("r2plus1d_400_io.safetensors");
        c10::InferenceMode guard;
        const torch::Tensor y = net->forward(t["input"]);
        QCOMPARE(y.sizes().vec(), t["output"].sizes().vec());
        const double diff = weightstest::maxAbsDiff(y, t["output"]);
        qInfo("R(2+1)D-18 vs torchvision: max |difference| %.3g over outputs of magnitude %.3g",
              diff,
              t["output"].abs().max().item<double>());
        QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
    }

    void i3dMatchesPytorchI3d()
    {
        WeightImportReport report;
        auto net = load(nets::Architecture::I3D, 8, "i3d_8.pt", &report);
        QCOMPARE(report.matched.size(), report.networkTensors);
        QVERIFY(report.missing.isEmpty() && report.unexpected.isEmpty()
                && report.reinitialised.isEmpty() && report.shapeMismatched.isEmpty());
        auto t = io("i3d_8_io.safetensors");
        const torch::Tensor expected = t["output"]; // [1, 8, 1] (pytorch-i3d keeps time)
        c10::InferenceMode guard;
        const torch::Tensor dense = net->forwardDense(t["input"]);
        QCOMPARE(dense.sizes().vec(), expected.sizes().vec());
        const double diffDense = weightstest::maxAbsDiff(dense, expected);
        const double diff = weightstest::maxAbsDiff(net->forward(t["input"]), expected.mean(2));
        qInfo("I3D vs pytorch-i3d: max |difference| %.3g (dense %.3g) over outputs of magnitude "
              "%.3g",
              diff,
              diffDense,
              expected.abs().max().item<double>());
        QVERIFY2(diffDense < 1e-4, qPrintable(QString::number(diffDense)));
        QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
    }
};

QTEST_GUILESS_MAIN(TestTorchvisionEquivalence)
#include "test_torchvision_equivalence.moc"
