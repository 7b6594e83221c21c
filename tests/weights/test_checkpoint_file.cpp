// SPDX-License-Identifier: GPL-3.0-or-later
// Ethoscribe's model files: outputs unchanged after a save/load round trip, SGD state restored
// so that training continues identically, and plain-words refusals (newer format, plain
// weights, damaged file, incompatible model).
#include "WeightsTestUtil.h"

#include "checkpoint/CheckpointFile.h"
#include "weights/SafeTensors.h"

#include "behaviors/BehaviorSet.h"
#include "nets/NetworkFactory.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace ethoscribe;

namespace {

ModelSpec tinySpec(nets::Architecture arch, nets::Stream stream)
{
    ModelSpec s;
    s.architecture = arch;
    s.stream = stream;
    s.behaviors = BehaviorSet::jhuangDefault().names();
    s.inputSize = arch == nets::Architecture::I3D ? 64 : 32;
    s.widthMultiplier = 0.125;
    s.trainingData = QStringLiteral("synthetic cage, 3 videos, sha256 0123abcd");
    return s;
}

Checkpoint makeCheckpoint(const ModelSpec &spec, std::shared_ptr<nets::VideoNetworkImpl> *netOut)
{
    nets::NetConfig c = Checkpoint::netConfigFor(spec);
    c.depth = 10;
    auto net = nets::makeNetwork(c);
    torch::NoGradGuard g;
    for (auto &b : net->named_buffers(true))
        if (b.key().find("running_var") != std::string::npos)
            b.value().uniform_(0.5, 1.5);
    *netOut = net;
    return Checkpoint::fromNetwork(spec, *net);
}

torch::Tensor clip(const ModelSpec &s)
{
    torch::manual_seed(3);
    return torch::randn({2, nets::inputChannels(s.stream), 8, s.inputSize, s.inputSize});
}

} // namespace

class TestCheckpointFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsOutputs_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("stream");
        QTest::newRow("i3d rgb") << int(nets::Architecture::I3D) << int(nets::Stream::Rgb);
        QTest::newRow("i3d flow") << int(nets::Architecture::I3D) << int(nets::Stream::Flow);
        QTest::newRow("r2plus1d rgb")
                << int(nets::Architecture::R2Plus1D) << int(nets::Stream::Rgb);
        QTest::newRow("r2plus1d flow")
                << int(nets::Architecture::R2Plus1D) << int(nets::Stream::Flow);
    }
    void roundTripKeepsOutputs()
    {
        QFETCH(int, arch);
        QFETCH(int, stream);
        const ModelSpec spec = tinySpec(nets::Architecture(arch), nets::Stream(stream));
        std::shared_ptr<nets::VideoNetworkImpl> net;
        Checkpoint cp = makeCheckpoint(spec, &net);
        cp.extra.insert(QStringLiteral("note"), QStringLiteral("round trip"));
        const QString file
                = m_dir.filePath(QStringLiteral("model-%1-%2.safetensors").arg(arch).arg(stream));
        QString error;
        QVERIFY2(CheckpointFile::save(file, cp, &error), qPrintable(error));

        Checkpoint back;
        QVERIFY2(CheckpointFile::load(file, &back, &error), qPrintable(error));
        QCOMPARE(back.spec, spec);
        QCOMPARE(back.network.depth, 10);
        QCOMPARE(back.formatVersion, CheckpointFile::kFormatVersion);
        QVERIFY(!back.appVersion.isEmpty());
        QVERIFY(back.created.isValid());
        QVERIFY(qAbs(back.created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(back.extra.value("note").toString(), QStringLiteral("round trip"));
        QVERIFY(!back.optimizer);
        auto loaded = back.makeNetwork(&error);
        QVERIFY2(loaded, qPrintable(error));
        net->eval();
        loaded->eval();
        c10::InferenceMode guard;
        const auto x = clip(spec);
        QCOMPARE(weightstest::maxAbsDiff(net->forward(x), loaded->forward(x)), 0.0);

        // The description alone, without tensors.
        Checkpoint description;
        QVERIFY2(CheckpointFile::readDescription(file, &description, &error), qPrintable(error));
        QCOMPARE(description.spec, spec);
        QVERIFY(description.weights.is_empty());
    }

    void optimizerStateResumesTraining()
    {
        const ModelSpec spec = tinySpec(nets::Architecture::R2Plus1D, nets::Stream::Rgb);
        nets::NetConfig c = Checkpoint::netConfigFor(spec);
        c.depth = 10;
        c.dropoutKeep = 1.0;
        torch::manual_seed(7);
        auto net = nets::makeNetwork(c);
        torch::optim::SGD sgd(net->parameters(),
                              torch::optim::SGDOptions(0.05).momentum(0.9).weight_decay(1e-4));
        const auto x = clip(spec);
        const auto target = torch::tensor({int64_t(1), int64_t(5)});
        auto step = [&](nets::VideoNetworkImpl &n, torch::optim::SGD &opt) {
            opt.zero_grad();
            torch::nn::functional::cross_entropy(n.forward(x), target).backward();
            opt.step();
        };
        for (int i = 0; i < 2; ++i)
            step(*net, sgd);

        Checkpoint cp = Checkpoint::fromNetwork(spec, *net);
        cp.network = c;
        cp.optimizer = OptimizerState::fromSgd(sgd, *net, 2, 1);
        QCOMPARE(int(cp.optimizer->momentumBuffers.size()), int(net->parameters().size()));
        const QString file = m_dir.filePath("resume.safetensors");
        QString error;
        QVERIFY2(CheckpointFile::save(file, cp, &error), qPrintable(error));
        // Continue the original one step.
        step(*net, sgd);

        Checkpoint back;
        QVERIFY2(CheckpointFile::load(file, &back, &error), qPrintable(error));
        QVERIFY(back.optimizer);
        QCOMPARE(back.optimizer->step, qint64(2));
        QCOMPARE(back.optimizer->epoch, 1);
        QCOMPARE(back.optimizer->momentum, 0.9);
        QCOMPARE(back.network.dropoutKeep, 1.0);
        auto resumed = back.makeNetwork(&error);
        QVERIFY2(resumed, qPrintable(error));
        torch::optim::SGD sgd2(resumed->parameters(), torch::optim::SGDOptions(1.0));
        QVERIFY2(back.optimizer->applyTo(sgd2, *resumed, &error), qPrintable(error));
        QCOMPARE(static_cast<torch::optim::SGDOptions &>(sgd2.param_groups()[0].options()).lr(),
                 0.05);
        step(*resumed, sgd2);
        // Same weights as the original after its third step (momentum included).
        const auto a = net->named_parameters(true);
        const auto b = resumed->named_parameters(true);
        double worst = 0;
        for (const auto &item : a.items())
            worst = std::max(worst, weightstest::maxAbsDiff(item.value(), b[item.key()]));
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
        // Without the momentum buffers the step would differ: the comparison can fail.
        auto fresh = back.makeNetwork(&error);
        torch::optim::SGD sgd3(fresh->parameters(),
                               torch::optim::SGDOptions(0.05).momentum(0.9).weight_decay(1e-4));
        step(*fresh, sgd3);
        double freshWorst = 0;
        const auto f = fresh->named_parameters(true);
        for (const auto &item : a.items())
            freshWorst = std::max(freshWorst, weightstest::maxAbsDiff(item.value(), f[item.key()]));
        QVERIFY(freshWorst > 1e-4);
    }

    void refusesNewerFormat()
    {
        QJsonObject meta{{"format", "ethoscribe-checkpoint"},
                         {"formatVersion", CheckpointFile::kFormatVersion + 1},
                         {"appVersion", "9.0.0"},
                         {"model", tinySpec(nets::Architecture::I3D, nets::Stream::Rgb).toJson()}};
        StateDict sd;
        sd.insert("model.x", torch::zeros({2}));
        const QString file = m_dir.filePath("future.safetensors");
        QString error;
        QVERIFY(SafeTensors::write(
                file,
                sd,
                {{"ethoscribe", QString::fromUtf8(QJsonDocument(meta).toJson())}},
                &error));
        Checkpoint cp;
        QVERIFY(!CheckpointFile::load(file, &cp, &error));
        QVERIFY2(error.contains("newer version of Ethoscribe") && error.contains("9.0.0")
                         && error.contains("future.safetensors"),
                 qPrintable(error));
        QVERIFY(!CheckpointFile::readDescription(file, &cp, &error));
        QVERIFY2(error.contains("Update Ethoscribe"), qPrintable(error));
    }

    void refusesPlainWeightsAndDamagedFiles()
    {
        StateDict sd;
        sd.insert("fc.weight", torch::zeros({8, 4}));
        const QString plain = m_dir.filePath("plain.safetensors");
        QString error;
        QVERIFY(SafeTensors::write(plain, sd, {}, &error));
        Checkpoint cp;
        QVERIFY(!CheckpointFile::load(plain, &cp, &error));
        QVERIFY2(error.contains("not an Ethoscribe model") && error.contains("model import"),
                 qPrintable(error));

        // A truncated model file.
        std::shared_ptr<nets::VideoNetworkImpl> net;
        const Checkpoint good
                = makeCheckpoint(tinySpec(nets::Architecture::I3D, nets::Stream::Rgb), &net);
        const QString file = m_dir.filePath("cut.safetensors");
        QVERIFY(CheckpointFile::save(file, good, &error));
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2));
        QVERIFY(!CheckpointFile::load(file, &cp, &error));
        QVERIFY2(error.contains("cut.safetensors")
                         && error.contains("not an Ethoscribe model file"),
                 qPrintable(error));
        QVERIFY(!CheckpointFile::load(m_dir.filePath("absent.safetensors"), &cp, &error));
        QVERIFY2(error.contains("does not exist"), qPrintable(error));

        // Weights that do not fit the described network.
        Checkpoint wrong = good;
        wrong.weights = StateDict();
        for (const auto &item : good.weights.items())
            if (item.key() != "Mixed_3b.b0.conv3d.weight")
                wrong.weights.insert(item.key(), item.value());
        QVERIFY(CheckpointFile::save(file, wrong, &error));
        QVERIFY(CheckpointFile::load(file, &cp, &error));
        QVERIFY(!cp.makeNetwork(&error));
        QVERIFY2(error.contains("Mixed_3b.b0.conv3d.weight"), qPrintable(error));
    }

    void saveRefusesAnInconsistentCheckpoint()
    {
        std::shared_ptr<nets::VideoNetworkImpl> net;
        Checkpoint cp = makeCheckpoint(tinySpec(nets::Architecture::I3D, nets::Stream::Rgb), &net);
        cp.spec.behaviors.removeLast();
        QString error;
        QVERIFY(!CheckpointFile::save(m_dir.filePath("bad.safetensors"), cp, &error));
        QVERIFY2(error.contains("7 behaviors") && error.contains("8 outputs"), qPrintable(error));
    }

    void compatibility_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << 0 << "";
        QTest::newRow("architecture") << 1 << "r2plus1d network is needed";
        QTest::newRow("stream") << 2 << "trained on rgb input, but flow input";
        QTest::newRow("behaviors") << 3 << "but this project uses";
        QTest::newRow("order") << 4 << "another order";
        QTest::newRow("width") << 5 << "width";
    }
    void compatibility()
    {
        QFETCH(int, change);
        QFETCH(QString, expected);
        const ModelSpec found = tinySpec(nets::Architecture::I3D, nets::Stream::Rgb);
        ModelSpec wanted = found;
        switch (change) {
        case 1:
            wanted.architecture = nets::Architecture::R2Plus1D;
            break;
        case 2:
            wanted.stream = nets::Stream::Flow;
            break;
        case 3:
            wanted.behaviors = QStringList{"sleep", "eat"};
            break;
        case 4:
            wanted.behaviors.move(0, 1);
            break;
        case 5:
            wanted.widthMultiplier = 1.0;
            break;
        default:
            break;
        }
        const QString problem
                = CheckpointFile::compatibilityProblem(found, wanted, "m.safetensors");
        if (expected.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY2(problem.contains(expected), qPrintable(problem));
            QVERIFY(problem.contains("m.safetensors"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckpointFile)
#include "test_checkpoint_file.moc"
