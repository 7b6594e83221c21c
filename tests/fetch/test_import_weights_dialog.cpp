// SPDX-License-Identifier: GPL-3.0-or-later
// Models > Import Pretrained Weights (ImportWeightsDialog) with the real ethoscribe-cli: the
// published list read from `model fetch --list --json` (a catalog in ETHOSCRIBE_MODEL_CATALOG
// pointing at an HTTP server inside the test), a published model downloaded and imported with the
// project's behaviors, a weights file imported, a file that is not weights refused with the
// command's reason, a stalled download stopped; and the window's record of imported models that
// Retrain starts from.
#include "HttpTestServer.h"
#include "TinyPublishedWeights.h"
#include "checkpoint/CheckpointFile.h"
#include "mainwindow/MainWindow.h"
#include "nets/NetworkFactory.h"
#include "project/Document.h"
#include "training/ImportWeightsDialog.h"
#include "weights/PretrainedCatalog.h"
#include "weights/SafeTensors.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

class TestImportWeightsDialog : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server;
    QTemporaryDir m_dir;
    QString m_weightsPath;
    QStringList m_behaviors{QStringLiteral("sleep"), QStringLiteral("eat"), QStringLiteral("walk")};

    QJsonObject entry(const QString &name, const QString &path, const QByteArray &weights) const
    {
        return QJsonObject{
                {"name", name},
                {"description", "tiny R(2+1)D for tests"},
                {"url", m_server.url(path).toString()},
                {"fileName", name + ".weights.safetensors"},
                {"sha256",
                 QString::fromLatin1(
                         QCryptographicHash::hash(weights, QCryptographicHash::Sha256).toHex())},
                {"architecture", "r2plus1d"},
                {"stream", "rgb"},
                {"classes", 5},
                {"depth", 10},
                {"widthMultiplier", 0.125},
                {"approximateSize", weights.size()},
                {"source", "made by test_import_weights_dialog"}};
    }

    std::unique_ptr<ImportWeightsDialog> makeDialog(const QString &models)
    {
        auto dialog = std::make_unique<ImportWeightsDialog>(
                qEnvironmentVariable("ETHOSCRIBE_CLI"), m_behaviors, models);
        QSignalSpy loaded(dialog.get(), &ImportWeightsDialog::catalogLoaded);
        if (!loaded.wait(60000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariable("ETHOSCRIBE_CLI").isEmpty())
            QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
        QVERIFY(m_server.listen());
        // The "published" file: a tiny R(2+1)D's state dict with torchvision's names.
        const StateDict state = testutil::tinyPublishedState();
        m_weightsPath = m_dir.filePath(QStringLiteral("published.safetensors"));
        QString error;
        QVERIFY2(SafeTensors::write(m_weightsPath, state, {}, &error), qPrintable(error));
        QFile f(m_weightsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray weights = f.readAll();
        m_server.addFile("/tiny.safetensors", weights);
        m_server.addFile("/stall.safetensors", weights);
        HttpTestServer::Faults stall;
        stall.stallAfter = weights.size() / 4;
        stall.stallTimes = 100;
        m_server.setFaults("/stall.safetensors", stall);
        const QString catalog = m_dir.filePath(QStringLiteral("catalog.json"));
        QFile c(catalog);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(QJsonDocument(
                        QJsonObject{
                                {"models",
                                 QJsonArray{entry("tiny", "/tiny.safetensors", weights),
                                            entry("tiny-stall", "/stall.safetensors", weights)}}})
                        .toJson());
        c.close();
        // The dialog's ethoscribe-cli inherits these.
        qputenv(PretrainedCatalog::kEnvironmentVariable, QFile::encodeName(catalog));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
    }

    void fetchesPublishedWeights()
    {
        const QString models = m_dir.filePath(QStringLiteral("project/models"));
        const auto dialog = makeDialog(models);
        QVERIFY(dialog);
        QCOMPARE(dialog->publishedNames(), (QStringList{"tiny", "tiny-stall"}));
        QVERIFY(!dialog->setPublished(QStringLiteral("no-such-weights")));
        QVERIFY(dialog->setPublished(QStringLiteral("tiny")));
        QCOMPARE(dialog->outputPath(), QDir(models).filePath(QStringLiteral("tiny.safetensors")));
        QSignalSpy imported(dialog.get(), &ImportWeightsDialog::imported);
        QSignalSpy failed(dialog.get(), &ImportWeightsDialog::failed);
        dialog->start();
        QVERIFY(dialog->isRunning());
        QVERIFY2(imported.wait(120000), qPrintable(dialog->logText()));
        QCOMPARE(failed.count(), 0);
        const QString model = imported.first().at(0).toString();
        QCOMPARE(model, QDir(models).filePath(QStringLiteral("tiny.safetensors")));
        QCOMPARE(imported.first().at(1).toString(), QStringLiteral("r2plus1d"));
        QCOMPARE(imported.first().at(2).toString(), QStringLiteral("rgb"));
        // The classifier is made for the project's behaviors, in their order.
        Checkpoint description;
        QString error;
        QVERIFY2(CheckpointFile::readDescription(model, &description, &error), qPrintable(error));
        QCOMPARE(description.spec.behaviors, m_behaviors);
        QVERIFY(description.extra.contains(QStringLiteral("fetch")));
        QVERIFY2(dialog->logText().contains(QStringLiteral("SHA-256")),
                 qPrintable(dialog->logText()));
        QVERIFY(!dialog->isRunning());
    }

    void importsAWeightsFile()
    {
        const QString models = m_dir.filePath(QStringLiteral("file-project/models"));
        const auto dialog = makeDialog(models);
        QVERIFY(dialog);
        dialog->setSourceFile(m_weightsPath, QStringLiteral("r2plus1d"), QStringLiteral("flow"));
        // Named after the file, the network and the stream, in the project's models folder.
        QCOMPARE(dialog->outputPath(),
                 QDir(models).filePath(QStringLiteral("published-r2plus1d-flow.safetensors")));
        dialog->setExtraArguments({QStringLiteral("--width"),
                                   QStringLiteral("0.125"),
                                   QStringLiteral("--depth"),
                                   QStringLiteral("10")});
        QSignalSpy imported(dialog.get(), &ImportWeightsDialog::imported);
        dialog->start();
        QVERIFY2(imported.wait(120000), qPrintable(dialog->logText()));
        const QString model = imported.first().at(0).toString();
        QCOMPARE(imported.first().at(2).toString(), QStringLiteral("flow"));
        Checkpoint description;
        QString error;
        QVERIFY2(CheckpointFile::readDescription(model, &description, &error), qPrintable(error));
        QVERIFY(description.spec.architecture == nets::Architecture::R2Plus1D);
        QVERIFY(description.spec.stream == nets::Stream::Flow);
        QCOMPARE(description.spec.behaviors, m_behaviors);
        // The command's own report is in the log.
        QVERIFY2(dialog->logText().contains(QStringLiteral("Tensors:")),
                 qPrintable(dialog->logText()));
    }

    void refusesWhatIsNotWeights()
    {
        const QString models = m_dir.filePath(QStringLiteral("bad-project/models"));
        const auto dialog = makeDialog(models);
        QVERIFY(dialog);
        const QString notWeights = m_dir.filePath(QStringLiteral("notes.pt"));
        QFile f(notWeights);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not network weights\n");
        f.close();
        dialog->setSourceFile(notWeights, QStringLiteral("i3d"), QStringLiteral("rgb"));
        QSignalSpy failed(dialog.get(), &ImportWeightsDialog::failed);
        QSignalSpy imported(dialog.get(), &ImportWeightsDialog::imported);
        dialog->start();
        QVERIFY(failed.wait(60000));
        QCOMPARE(imported.count(), 0);
        const QString why = failed.first().first().toString();
        QVERIFY2(why.contains(QStringLiteral("notes.pt")), qPrintable(why));
        QVERIFY(!QFileInfo::exists(dialog->outputPath()));
        // Incomplete forms are explained without starting anything.
        dialog->setSourceFile(QString(), QStringLiteral("i3d"), QStringLiteral("rgb"));
        QString error;
        QVERIFY(dialog->arguments(&error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("weights file")), qPrintable(error));
    }

    void stopsAStalledDownload()
    {
        const QString models = m_dir.filePath(QStringLiteral("stall-project/models"));
        const auto dialog = makeDialog(models);
        QVERIFY(dialog);
        QVERIFY(dialog->setPublished(QStringLiteral("tiny-stall")));
        QSignalSpy failed(dialog.get(), &ImportWeightsDialog::failed);
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->logText().contains(QStringLiteral("ethoscribe-cli model")),
                                 10000);
        QTest::qWait(1500); // inside the stalled download
        QVERIFY(dialog->isRunning());
        dialog->cancel();
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("continues")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!dialog->isRunning());
        QVERIFY(!QFileInfo::exists(dialog->outputPath()));
    }

    void windowRemembersStartingWeights()
    {
        MainWindow window;
        window.setInteractive(false);
        const QString project = m_dir.filePath(QStringLiteral("window/p.ethoproj"));
        QDir().mkpath(QFileInfo(project).absolutePath());
        QVERIFY(window.newProject(project));
        QVERIFY(window.startingWeights().isEmpty());
        const QString a = m_dir.filePath(QStringLiteral("window/models/a.safetensors"));
        const QString b = m_dir.filePath(QStringLiteral("window/models/b.safetensors"));
        QDir().mkpath(QFileInfo(a).absolutePath());
        QVERIFY(QFile::copy(m_weightsPath, a));
        QVERIFY(QFile::copy(m_weightsPath, b));
        QVERIFY(window.addStartingWeights(a, QStringLiteral("i3d"), QStringLiteral("rgb")));
        QVERIFY(window.addStartingWeights(b, QStringLiteral("r2plus1d"), QStringLiteral("flow")));
        // A newer import for the same network and stream replaces the older.
        QVERIFY(window.addStartingWeights(b, QStringLiteral("i3d"), QStringLiteral("rgb")));
        QMap<QString, QString> expected{{QStringLiteral("i3d/rgb"), b},
                                        {QStringLiteral("r2plus1d/flow"), b}};
        QCOMPARE(window.startingWeights(), expected);
        // Kept in the project (relative to it), and a deleted file is no longer offered.
        QVERIFY(window.openProject(project));
        QCOMPARE(window.startingWeights(), expected);
        QVERIFY(QFile::remove(b));
        QVERIFY(window.startingWeights().isEmpty());
    }
};

QTEST_MAIN(TestImportWeightsDialog)
#include "test_import_weights_dialog.moc"
