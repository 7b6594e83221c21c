// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli model import` and `model inflate` run as a user would (QProcess) on files that
// PyTorch wrote: torchvision's R(2+1)D-18 state dict, pytorch-i3d-named I3D weights (.pt and
// .safetensors) and 2D Inception-v1 weights; wrong architectures and non-weights are refused.
#include "WeightsTestUtil.h"

#include "checkpoint/CheckpointFile.h"
#include "weights/WeightsFile.h"

#include <QTemporaryDir>

using namespace ethoscribe;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestModelImportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariable("ETHOSCRIBE_CLI").isEmpty())
            QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
        WEIGHTS_MAKE_FIXTURES(QStringLiteral("cli"), m_dir.path());
    }

    void importsTorchvisionR2Plus1D()
    {
        const QString out = path("r21d.safetensors");
        const Run r = cli({"model",
                           "import",
                           path("r2plus1d_kinetics.pth"),
                           "--arch",
                           "r2plus1d",
                           "--stream",
                           "rgb",
                           "--classes",
                           "8",
                           "--out",
                           out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // 2 fc tensors re-initialised, everything else matched.
        QVERIFY2(r.out.contains("re-initialised 2, missing 0, unexpected 0, shape mismatches 0"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("drink, eat, groom, hang, micro-movement, rear, rest, walk"),
                 qPrintable(r.out));
        Checkpoint cp;
        QString error;
        QVERIFY2(CheckpointFile::load(out, &cp, &error), qPrintable(error));
        QVERIFY(cp.spec.architecture == nets::Architecture::R2Plus1D);
        QVERIFY(cp.spec.stream == nets::Stream::Rgb);
        QCOMPARE(cp.spec.behaviors.size(), 8);
        QCOMPARE(cp.spec.inputSize, 112);
        QVERIFY(cp.extra.value("import").toObject().value("source").toString()
                == "r2plus1d_kinetics.pth");
        // Weights are the file's (classifier aside).
        StateDict source;
        QVERIFY(WeightsFile::read(path("r2plus1d_kinetics.pth"), &source, nullptr, &error));
        QCOMPARE(int(cp.weights.size()), int(source.size()));
        for (const auto &item : source.items()) {
            if (item.key().rfind("fc.", 0) == 0) {
                QCOMPARE(cp.weights[item.key()].size(0), int64_t(8));
                continue;
            }
            QVERIFY2(torch::equal(cp.weights[item.key()], item.value()), item.key().c_str());
        }
        QVERIFY(cp.makeNetwork(&error));
    }

    void importsI3dForFlowAndFromSafetensors()
    {
        const QString flow = path("i3d-flow.safetensors");
        Run r = cli({"model",
                     "import",
                     path("i3d_kinetics.pt"),
                     "--arch",
                     "i3d",
                     "--stream",
                     "flow",
                     "--behaviors",
                     "sleep,eat,walk",
                     "--out",
                     flow});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("adapted 1, re-initialised 2, missing 0, unexpected 0"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("averaging over the colour channels"), qPrintable(r.out));
        Checkpoint cp;
        QString error;
        QVERIFY2(CheckpointFile::load(flow, &cp, &error), qPrintable(error));
        QVERIFY(cp.spec.stream == nets::Stream::Flow);
        QCOMPARE(cp.spec.behaviors, (QStringList{"sleep", "eat", "walk"}));
        QCOMPARE(cp.weights["Conv3d_1a_7x7.conv3d.weight"].size(1), int64_t(2));

        // Same classes as the file: nothing re-initialised.
        r = cli({"model",
                 "import",
                 path("i3d_kinetics.safetensors"),
                 "--arch",
                 "i3d",
                 "--classes",
                 "400",
                 "--out",
                 path("i3d-400.safetensors")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(
                r.out.contains(
                        "adapted 0, re-initialised 0, missing 0, unexpected 0, shape mismatches 0"),
                qPrintable(r.out));
        QVERIFY(r.out.contains("safetensors"));
    }

    void inflates2DInception()
    {
        const QString out = path("inflated.safetensors");
        const Run r
                = cli({"model", "inflate", path("inception2d.pt"), "--classes", "8", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("adapted 57, re-initialised 2, missing 0, unexpected 0"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("inflated to 3D"), qPrintable(r.out));
        Checkpoint cp;
        QString error;
        QVERIFY2(CheckpointFile::load(out, &cp, &error), qPrintable(error));
        QVERIFY(cp.spec.architecture == nets::Architecture::I3D);
        QCOMPARE(cp.weights["Conv3d_1a_7x7.conv3d.weight"].size(2), int64_t(7));
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("i3d file as r2plus1d") << QStringList{"model",
                                                             "import",
                                                             "i3d_kinetics.pt",
                                                             "--arch",
                                                             "r2plus1d",
                                                             "--classes",
                                                             "8"}
                                              << 1 << "another architecture";
        QTest::newRow("r2plus1d file as i3d") << QStringList{"model",
                                                             "import",
                                                             "r2plus1d_kinetics.pth",
                                                             "--arch",
                                                             "i3d",
                                                             "--classes",
                                                             "8"}
                                              << 1 << "does not fit the i3d network for rgb input";
        QTest::newRow("not weights")
                << QStringList{"model", "import", "notes.txt", "--arch", "i3d", "--classes", "8"}
                << 1 << "not a weights file";
        QTest::newRow("missing file")
                << QStringList{"model", "import", "absent.pt", "--arch", "i3d", "--classes", "8"}
                << 1 << "does not exist";
        QTest::newRow("inflate a 3D file")
                << QStringList{"model", "inflate", "r2plus1d_kinetics.pth", "--classes", "8"} << 1
                << "does not fit";
        QTest::newRow("no arch")
                << QStringList{"model", "import", "i3d_kinetics.pt", "--classes", "8"} << 2
                << "--arch";
        QTest::newRow("unknown arch") << QStringList{"model",
                                                     "import",
                                                     "i3d_kinetics.pt",
                                                     "--arch",
                                                     "c3d",
                                                     "--classes",
                                                     "8"}
                                      << 2 << "not a network";
        QTest::newRow("classes and behaviors disagree") << QStringList{"model",
                                                                       "import",
                                                                       "i3d_kinetics.pt",
                                                                       "--arch",
                                                                       "i3d",
                                                                       "--classes",
                                                                       "4",
                                                                       "--behaviors",
                                                                       "a,b"}
                                                        << 2 << "--classes is 4";
        QTest::newRow("no classes")
                << QStringList{"model", "import", "i3d_kinetics.pt", "--arch", "i3d"} << 2
                << "--classes";
    }
    void refuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        args[2] = path(args[2]);
        const QString out = path("refused.safetensors");
        args << "--out" << out;
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestModelImportCli)
#include "test_model_import_cli.moc"
