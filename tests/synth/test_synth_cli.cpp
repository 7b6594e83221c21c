// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli synth`: files written, progress and summary, plain errors for bad arguments.
#include <QtTest>

class TestSynthCli : public QObject
{
    Q_OBJECT

    QString m_cli;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(m_cli, QStringList{"synth"} + args);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
        if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
            QSKIP("ETHOSCRIBE_CLI does not name the ethoscribe-cli executable");
    }

    void writesVideosAndLabels()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("out");
        QByteArray out, err;
        const int code = run({"--out",
                              dir,
                              "--videos",
                              "2",
                              "--seconds",
                              "1",
                              "--seed",
                              "3",
                              "--difficulty",
                              "0.7",
                              "--threads",
                              "1"},
                             &out,
                             &err);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("Wrote 2 videos"), out.constData());
        QVERIFY2(err.contains("synth:") && err.contains("60/60 frames"), err.constData());
        for (const char *name : {"video01", "video02"}) {
            QVERIFY(QFileInfo(dir + "/" + name + ".mp4").size() > 1000);
            QFile csv(dir + "/" + name + ".csv");
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = csv.readAll().split('\n');
            QCOMPARE(lines.first(), QByteArray("frame,time_s,behavior"));
            QCOMPARE(lines.size(), 32);
            QVERIFY(lines.at(30).startsWith("29,0.966667,"));
        }
    }

    void otherSizeAndCodec()
    {
        QTemporaryDir tmp;
        QByteArray err;
        QCOMPARE(run({"--out",
                      tmp.path(),
                      "--videos",
                      "1",
                      "--seconds",
                      "0.5",
                      "--width",
                      "160",
                      "--height",
                      "120",
                      "--fps",
                      "10",
                      "--codec",
                      "mjpeg"},
                     nullptr,
                     &err),
                 0);
        QVERIFY(QFileInfo::exists(tmp.filePath("video01.avi")));
        QFile csv(tmp.filePath("video01.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 6);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no out") << QStringList{"--videos", "1"} << "--out";
        QTest::newRow("not a number")
                << QStringList{"--out", "OUT", "--videos", "abc"} << "--videos";
        QTest::newRow("difficulty too high")
                << QStringList{"--out", "OUT", "--difficulty", "2"} << "difficulty";
        QTest::newRow("negative seconds")
                << QStringList{"--out", "OUT", "--seconds", "-1"} << "length";
        QTest::newRow("odd width") << QStringList{"--out", "OUT", "--width", "321"} << "frame size";
        QTest::newRow("unknown option")
                << QStringList{"--out", "OUT", "--colour", "red"} << "colour";
        QTest::newRow("unwritable folder")
                << QStringList{"--out", "BLOCKED/sub", "--seconds", "0.2"} << "folder";
        QTest::newRow("unknown codec")
                << QStringList{"--out", "OUT", "--seconds", "0.2", "--codec", "nosuchcodec"}
                << "nosuchcodec";
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath("BLOCKED"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        for (QString &a : args) {
            a.replace("BLOCKED", tmp.filePath("BLOCKED"));
            a.replace("OUT", tmp.filePath("out"));
        }
        QByteArray out, err;
        const int code = run(args, &out, &err);
        QVERIFY2(code != 0, out.constData());
        QVERIFY2(QString::fromUtf8(err).contains(message, Qt::CaseInsensitive), err.constData());
    }
};

QTEST_MAIN(TestSynthCli)
#include "test_synth_cli.moc"
