// SPDX-License-Identifier: GPL-3.0-or-later
// WeightImporter's report on tiny networks: identity import, classifier re-initialisation, RGB to
// flow stem, files of another architecture or width, absent batch-norm counters, extra tensors.
#include "WeightsTestUtil.h"

#include "weights/InceptionInflater.h"
#include "weights/WeightImporter.h"

#include "nets/NetworkFactory.h"

using namespace ethoscribe;
using nets::Architecture;

namespace {

nets::NetConfig tiny(Architecture arch, int classes, int inChannels = 3, double width = 0.125)
{
    nets::NetConfig c;
    c.arch = arch;
    c.classes = classes;
    c.inChannels = inChannels;
    c.widthMultiplier = width;
    c.depth = 10;
    return c;
}

StateDict stateOf(const torch::nn::Module &m)
{
    StateDict sd;
    for (const auto &p : m.named_parameters(true))
        sd.insert(p.key(), p.value().detach().clone());
    for (const auto &b : m.named_buffers(true))
        if (!sd.contains(b.key()))
            sd.insert(b.key(), b.value().detach().clone());
    return sd;
}

// Random batch-norm statistics so that buffers matter in the comparisons.
void randomiseBuffers(torch::nn::Module &m)
{
    torch::NoGradGuard g;
    for (auto &b : m.named_buffers(true)) {
        if (b.key().find("running_var") != std::string::npos)
            b.value().uniform_(0.5, 1.5);
        else if (b.key().find("running_mean") != std::string::npos)
            b.value().normal_(0, 0.1);
    }
}

torch::Tensor input(Architecture arch, int channels)
{
    torch::manual_seed(5);
    return torch::randn({1,
                         channels,
                         8,
                         arch == Architecture::I3D ? 64 : 32,
                         arch == Architecture::I3D ? 64 : 32});
}

} // namespace

class TestWeightImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(1); }

    void identityImportGivesTheSameNetwork_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(Architecture::I3D);
        QTest::newRow("r2plus1d") << int(Architecture::R2Plus1D);
    }
    void identityImportGivesTheSameNetwork()
    {
        QFETCH(int, arch);
        const auto a = Architecture(arch);
        auto source = nets::makeNetwork(tiny(a, 8));
        randomiseBuffers(*source);
        auto target = nets::makeNetwork(tiny(a, 8));
        const auto report = WeightImporter::load(stateOf(*source), *target, a);
        QCOMPARE(report.matched.size(), report.networkTensors);
        QVERIFY(report.missing.isEmpty() && report.unexpected.isEmpty()
                && report.reinitialised.isEmpty() && report.shapeMismatched.isEmpty()
                && report.adapted.isEmpty());
        QVERIFY(report.isUsable());
        QCOMPARE(report.coverage(), 1.0);
        source->eval();
        target->eval();
        torch::NoGradGuard g;
        const auto x = input(a, 3);
        QCOMPARE(weightstest::maxAbsDiff(source->forward(x), target->forward(x)), 0.0);
    }

    void otherClassCountReinitialisesTheClassifier_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<QStringList>("classifier");
        QTest::newRow("i3d") << int(Architecture::I3D)
                             << QStringList{"logits.conv3d.weight", "logits.conv3d.bias"};
        QTest::newRow("r2plus1d") << int(Architecture::R2Plus1D)
                                  << QStringList{"fc.weight", "fc.bias"};
    }
    void otherClassCountReinitialisesTheClassifier()
    {
        QFETCH(int, arch);
        QFETCH(QStringList, classifier);
        const auto a = Architecture(arch);
        auto source = nets::makeNetwork(tiny(a, 400));
        auto target = nets::makeNetwork(tiny(a, 8));
        const StateDict before = stateOf(*target);
        const auto report = WeightImporter::load(stateOf(*source), *target, a);
        QCOMPARE(report.reinitialised, classifier);
        QCOMPARE(report.matched.size(), report.networkTensors - 2);
        QVERIFY(report.shapeMismatched.isEmpty());
        QVERIFY(report.isUsable());
        QVERIFY(report.notes.join(' ').contains("classifier"));
        // The classifier kept its fresh values; the rest came from the file.
        const StateDict after = stateOf(*target);
        for (const auto &k : classifier)
            QVERIFY(torch::equal(after[k.toStdString()], before[k.toStdString()]));
        const std::string stem = WeightImporter::stemKey(a);
        QVERIFY(torch::equal(after[stem], stateOf(*source)[stem]));
        QVERIFY(!torch::equal(after[stem], before[stem]));
    }

    void flowNetworkFromRgbWeightsAveragesTheStem_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(Architecture::I3D);
        QTest::newRow("r2plus1d") << int(Architecture::R2Plus1D);
    }
    void flowNetworkFromRgbWeightsAveragesTheStem()
    {
        QFETCH(int, arch);
        const auto a = Architecture(arch);
        auto rgb = nets::makeNetwork(tiny(a, 8, 3));
        auto flow = nets::makeNetwork(tiny(a, 8, 2));
        const auto report = WeightImporter::load(stateOf(*rgb), *flow, a);
        const std::string stem = WeightImporter::stemKey(a);
        QCOMPARE(report.adapted, QStringList{QString::fromStdString(stem)});
        QCOMPARE(report.matched.size(), report.networkTensors - 1);
        const torch::Tensor k3 = stateOf(*rgb)[stem];
        const torch::Tensor k2 = stateOf(*flow)[stem];
        QCOMPARE(k2.size(1), int64_t(2));
        const torch::Tensor mean = k3.mean(1);
        QVERIFY(torch::allclose(k2.select(1, 0), mean));
        QVERIFY(torch::allclose(k2.select(1, 1), mean));
        // Without adaptation it is a shape mismatch that makes the import unusable.
        WeightImporter::Options strict;
        strict.adaptStemChannels = false;
        auto flow2 = nets::makeNetwork(tiny(a, 8, 2));
        const auto r2 = WeightImporter::load(stateOf(*rgb), *flow2, a, strict);
        QCOMPARE(r2.shapeMismatched.size(), 1);
        QVERIFY(!r2.isUsable());
        QVERIFY(r2.problem().contains("other shapes"));
    }

    void weightsOfTheOtherArchitectureAreRefused()
    {
        auto i3d = nets::makeNetwork(tiny(Architecture::I3D, 8));
        auto r21d = nets::makeNetwork(tiny(Architecture::R2Plus1D, 8));
        const StateDict sd = stateOf(*i3d);
        int counters = 0;
        for (const auto &k : sd.keys())
            counters += k.find("num_batches_tracked") != std::string::npos;
        const auto report = WeightImporter::load(sd, *r21d, Architecture::R2Plus1D);
        QVERIFY(report.matched.isEmpty());
        QCOMPARE(report.unexpected.size(), int(sd.size()) - counters);
        QVERIFY(!report.isUsable());
        QVERIFY2(report.problem().contains("another architecture"), qPrintable(report.problem()));
    }

    void otherWidthIsAShapeMismatch()
    {
        auto wide = nets::makeNetwork(tiny(Architecture::R2Plus1D, 8, 3, 0.25));
        auto narrow = nets::makeNetwork(tiny(Architecture::R2Plus1D, 8, 3, 0.125));
        const auto report = WeightImporter::load(stateOf(*wide), *narrow, Architecture::R2Plus1D);
        QVERIFY(report.shapeMismatched.size() > 10);
        QVERIFY(!report.isUsable());
    }

    void absentCountersAndExtraTensorsAreReported()
    {
        auto source = nets::makeNetwork(tiny(Architecture::I3D, 8));
        StateDict sd;
        int counters = 0;
        const StateDict all = stateOf(*source);
        for (const auto &item : all.items()) {
            if (item.key().find("num_batches_tracked") != std::string::npos) {
                ++counters; // files from PyTorch < 0.4.1 (pytorch-i3d's) have none
                continue;
            }
            if (item.key() == "Mixed_3b.b0.bn.running_var")
                continue; // really missing
            sd.insert(item.key(), item.value());
        }
        sd.insert("aux_classifier.weight", torch::zeros({3}));
        auto target = nets::makeNetwork(tiny(Architecture::I3D, 8));
        const auto report = WeightImporter::load(sd, *target, Architecture::I3D);
        QVERIFY(counters > 50);
        QCOMPARE(report.missing, QStringList{"Mixed_3b.b0.bn.running_var"});
        QCOMPARE(report.unexpected, QStringList{"aux_classifier.weight"});
        QCOMPARE(report.matched.size(), report.networkTensors - 1);
        QVERIFY(report.isUsable());
        QVERIFY(report.notes.join(' ').contains("step counter"));
        QVERIFY(report.countsLine().contains("missing 1, unexpected 1"));
    }

    void halfPrecisionWeightsAreConverted()
    {
        auto source = nets::makeNetwork(tiny(Architecture::R2Plus1D, 8));
        StateDict sd;
        const StateDict all = stateOf(*source);
        for (const auto &item : all.items())
            sd.insert(item.key(),
                      item.value().is_floating_point() ? item.value().to(torch::kHalf)
                                                       : item.value());
        auto target = nets::makeNetwork(tiny(Architecture::R2Plus1D, 8));
        const auto report = WeightImporter::load(sd, *target, Architecture::R2Plus1D);
        QCOMPARE(report.matched.size(), report.networkTensors);
        const auto w = stateOf(*target)["stem.0.weight"];
        QCOMPARE(w.scalar_type(), torch::kFloat);
        QVERIFY(torch::equal(w, sd["stem.0.weight"].to(torch::kFloat)));
    }

    void inflatedKernelSumsToTheTwoDimensionalOne()
    {
        const torch::Tensor k2 = torch::randn({4, 3, 7, 7});
        const torch::Tensor k3 = InceptionInflater::inflateKernel(k2, 5);
        QCOMPARE(k3.sizes().vec(), (std::vector<int64_t>{4, 3, 5, 7, 7}));
        QVERIFY(torch::allclose(k3.sum(2), k2, 1e-6, 1e-6));
        QVERIFY(torch::allclose(k3.select(2, 0) * 5, k2));
        QCOMPARE(InceptionInflater::to3DName("Conv2d_2c_3x3.conv2d.weight"),
                 std::string("Conv3d_2c_3x3.conv3d.weight"));
        QCOMPARE(InceptionInflater::to3DName("Mixed_4b.b1b.conv2d.weight"),
                 std::string("Mixed_4b.b1b.conv3d.weight"));
        QCOMPARE(InceptionInflater::to3DName("Mixed_4b.b1b.bn.running_mean"),
                 std::string("Mixed_4b.b1b.bn.running_mean"));
    }
};

QTEST_GUILESS_MAIN(TestWeightImporter)
#include "test_weight_importer.moc"
