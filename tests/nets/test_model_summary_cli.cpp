// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli model summary`: layer table and JSON, and plain-words usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestModelSummaryCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Result run(const QStringList &args)
    {
        Result r;
        const QString cli = QString::fromLocal8Bit(qgetenv("ETHOSCRIBE_CLI"));
        if (cli.isEmpty())
            return r;
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("model"), QStringLiteral("summary")} + args);
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ETHOSCRIBE_CLI"))
            QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
    }

    void json_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("size");
        QTest::newRow("i3d rgb") << "i3d"
                                 << "rgb"
                                 << "Conv3d_1a_7x7" << 3 << 224;
        QTest::newRow("r2plus1d flow") << "r2plus1d"
                                       << "flow"
                                       << "stem" << 2 << 112;
    }
    void json()
    {
        QFETCH(QString, arch);
        QFETCH(QString, stream);
        QFETCH(QString, first);
        QFETCH(int, inChannels);
        QFETCH(int, size);
        // A narrow network keeps the single forward pass cheap.
        const Result r = run({"--arch",
                              arch,
                              "--stream",
                              stream,
                              "--classes",
                              "5",
                              "--width",
                              "0.125",
                              "--depth",
                              "10",
                              "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("arch").toString(), arch);
        const QJsonArray input = o.value("input_shape").toArray();
        QCOMPARE(input.at(1).toInt(), inChannels);
        QCOMPARE(input.at(3).toInt(), size);
        const QJsonArray layers = o.value("layers").toArray();
        QVERIFY(layers.size() >= 8);
        QCOMPARE(layers.first().toObject().value("name").toString(), first);
        qint64 sum = 0;
        for (const auto &l : layers)
            sum += l.toObject().value("parameters").toInteger();
        QVERIFY(sum > 0);
        QCOMPARE(sum, o.value("parameters").toInteger());
        const QJsonArray last = layers.last().toObject().value("output_shape").toArray();
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.at(1).toInt(), 5);
    }

    void table()
    {
        const Result r = run({"--arch", "r2plus1d", "--width", "0.125", "--depth", "10"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("layer4"));
        QVERIFY(r.out.contains("Total parameters:"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arch") << QStringList{} << "--arch is required";
        QTest::newRow("unknown arch") << QStringList{"--arch", "resnet"} << "unknown network";
        QTest::newRow("bad stream")
                << QStringList{"--arch", "i3d", "--stream", "depth"} << "unknown stream";
        QTest::newRow("bad classes")
                << QStringList{"--arch", "i3d", "--classes", "0"} << "at least one output class";
        QTest::newRow("bad frames")
                << QStringList{"--arch", "i3d", "--frames", "12"} << "multiple of 8";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestModelSummaryCli)
#include "test_model_summary_cli.moc"
