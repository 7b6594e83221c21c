// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli analyze` end to end through QProcess ($ETHOSCRIBE_CLI), with tiny random models
// written here: CSV files per video, a corrupt video among good ones reported and skipped (exit
// code 1), a second run into a project computes nothing, a changed checkpoint recomputes only its
// own stream, and bad input (models of other behaviors, an output folder that cannot be written)
// is refused in plain words.
#include <torch/torch.h>

#include "ModelTestUtil.h"
#include "ProcessTestUtil.h"
#include "VideoTestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace ethoscribe;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<QJsonObject> events;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        r.events.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return r;
}

QList<QJsonObject> eventsNamed(const CliRun &r, const QString &name)
{
    QList<QJsonObject> found;
    for (const QJsonObject &e : r.events)
        if (e.value(QStringLiteral("event")).toString() == name)
            found.append(e);
    return found;
}

int lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count('\n'));
}

} // namespace

class TestAnalyzeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good1, m_good2, m_corrupt, m_rgb, m_flow;
    const QStringList m_classes{QStringLiteral("eat"), QStringLiteral("rest"), QStringLiteral("walk")};

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VideoWriterSettings settings;
        settings.codec = QStringLiteral("mpeg4");
        settings.width = 64;
        settings.height = 48;
        QString error;
        m_good1 = path(QStringLiteral("good1.avi"));
        m_good2 = path(QStringLiteral("good2.avi"));
        QVERIFY2(testutil::writeCodedVideo(m_good1, settings, 40, &error, 6), qPrintable(error));
        QVERIFY2(testutil::writeCodedVideo(m_good2, settings, 25, &error, 6), qPrintable(error));
        m_corrupt = path(QStringLiteral("corrupt.mp4"));
        QFile junk(m_corrupt);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        m_rgb = testutil::saveTinyModel(path(QStringLiteral("r2_rgb.safetensors")),
                          nets::Architecture::R2Plus1D, nets::Stream::Rgb, m_classes, 1);
        m_flow = testutil::saveTinyModel(path(QStringLiteral("i3d_flow.safetensors")),
                           nets::Architecture::I3D, nets::Stream::Flow, m_classes, 2);
    }

    void corruptVideoAmongGoodOnes()
    {
        const QString out = path(QStringLiteral("out1"));
        const CliRun r = cli({QStringLiteral("analyze"), m_good1, m_corrupt, m_good2,
                              QStringLiteral("--model"), m_rgb, QStringLiteral("--model"), m_flow,
                              QStringLiteral("--out"), out, QStringLiteral("--probabilities"),
                              QStringLiteral("--threads"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("1 of 3 videos")), qPrintable(r.err));
        const QList<QJsonObject> errors = eventsNamed(r, QStringLiteral("error"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].value(QStringLiteral("video")).toString().endsWith(
                QStringLiteral("corrupt.mp4")));
        QCOMPARE(eventsNamed(r, QStringLiteral("done")).size(), 2);
        QVERIFY(!eventsNamed(r, QStringLiteral("progress")).isEmpty());
        // After each video but the last, how far the batch is and how long the rest needs (from
        // the first video's seconds per byte, once it computed something; the failed video
        // counts as processed).
        const QList<QJsonObject> batch = eventsNamed(r, QStringLiteral("batch"));
        QCOMPARE(batch.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(batch[i].value(QStringLiteral("videos_done")).toInt(), i + 1);
            QCOMPARE(batch[i].value(QStringLiteral("videos")).toInt(), 3);
            QVERIFY2(batch[i].contains(QStringLiteral("seconds_left")),
                     qPrintable(QJsonDocument(batch[i]).toJson()));
            QVERIFY(batch[i].value(QStringLiteral("seconds_left")).toInteger() >= 0);
        }
        // The first estimate covers the corrupt file and good2, the second only good2.
        QVERIFY(batch[0].value(QStringLiteral("seconds_left")).toInteger()
                >= batch[1].value(QStringLiteral("seconds_left")).toInteger());
        // One row per frame plus the header; probabilities sum to 1.
        QCOMPARE(lineCount(out + QStringLiteral("/good1_ethogram.csv")), 41);
        QCOMPARE(lineCount(out + QStringLiteral("/good2_ethogram.csv")), 26);
        QVERIFY(lineCount(out + QStringLiteral("/good1_bouts.csv")) >= 2);
        QFile f(out + QStringLiteral("/good1_ethogram.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[0].startsWith("frame,time_s,behavior,"));
        for (int i = 1; i <= 40; ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QVERIFY(m_classes.contains(QString::fromUtf8(cells[2])));
            double sum = 0;
            for (int c = 3; c < cells.size(); ++c)
                sum += cells[c].toDouble();
            QVERIFY2(std::abs(sum - 1.0) < 1e-4, lines[i].constData());
        }
    }

    void videosOfTheSameNameKeepTheirFiles()
    {
        // cage1/good1.avi and cage2/good1.avi (the 40- and the 25-frame video): the second
        // one's files get _2, in the order given, and neither overwrites the other's.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cage1")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cage2")));
        const QString first = path(QStringLiteral("cage1/good1.avi"));
        const QString second = path(QStringLiteral("cage2/good1.avi"));
        QVERIFY(QFile::copy(m_good1, first));
        QVERIFY(QFile::copy(m_good2, second));
        const QString out = path(QStringLiteral("out-same"));
        const CliRun r = cli({QStringLiteral("analyze"),
                              first,
                              second,
                              QStringLiteral("--model"),
                              m_rgb,
                              QStringLiteral("--out"),
                              out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files),
                 (QStringList{QStringLiteral("good1_2_bouts.csv"),
                              QStringLiteral("good1_2_ethogram.csv"),
                              QStringLiteral("good1_bouts.csv"),
                              QStringLiteral("good1_ethogram.csv")}));
        QCOMPARE(lineCount(out + QStringLiteral("/good1_ethogram.csv")), 41);
        QCOMPARE(lineCount(out + QStringLiteral("/good1_2_ethogram.csv")), 26);
        const QList<QJsonObject> done = eventsNamed(r, QStringLiteral("done"));
        QCOMPARE(done.size(), 2);
        QVERIFY(done[1].value(QStringLiteral("files"))
                        .toArray()
                        .at(0)
                        .toString()
                        .endsWith(QStringLiteral("/good1_2_ethogram.csv")));
    }

    void projectRunsComputeOnlyWhatIsMissing()
    {
        const QString project = path(QStringLiteral("p.ethoproj"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QStringList common{QStringLiteral("--project"), project,
                                 QStringLiteral("--flow-method"), QStringLiteral("dis"),
                                 QStringLiteral("--out"), path(QStringLiteral("out2"))};
        CliRun r = cli(QStringList{QStringLiteral("analyze"), m_good1, QStringLiteral("--model"),
                                   m_rgb, QStringLiteral("--model"), m_flow}
                       + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject done = eventsNamed(r, QStringLiteral("done"))[0];
        QCOMPARE(done.value(QStringLiteral("computed_frames")).toInt(), 80);
        // Where the time went: optical flow, reading frames, networks, within the whole.
        const double seconds = done.value(QStringLiteral("seconds")).toDouble();
        double parts = 0;
        for (const char *key : {"flow_seconds", "frames_seconds", "network_seconds"}) {
            QVERIFY2(done.value(QLatin1String(key)).toDouble() > 0, key);
            parts += done.value(QLatin1String(key)).toDouble();
        }
        QVERIFY(seconds > 0 && parts <= seconds);
        // Again: nothing to compute.
        r = cli(QStringList{QStringLiteral("analyze"), m_good1, QStringLiteral("--model"), m_rgb,
                            QStringLiteral("--model"), m_flow}
                + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(eventsNamed(r, QStringLiteral("done"))[0].value(QStringLiteral("computed_frames")).toInt(),
                 0);
        QVERIFY(!eventsNamed(r, QStringLiteral("done"))[0].contains(QStringLiteral("seconds")));
        // Another RGB checkpoint: only its stream is computed again.
        const QString rgb2 = testutil::saveTinyModel(path(QStringLiteral("r2_rgb_2.safetensors")),
                                       nets::Architecture::R2Plus1D, nets::Stream::Rgb, m_classes, 7);
        r = cli(QStringList{QStringLiteral("analyze"), m_good1, QStringLiteral("--model"), rgb2,
                            QStringLiteral("--model"), m_flow}
                + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(eventsNamed(r, QStringLiteral("done"))[0].value(QStringLiteral("computed_frames")).toInt(),
                 40);
    }

    void flowReadFromAnotherProjectsCache()
    {
        // p.ethoproj (above) holds good1's DIS flow. Another project reads it from there
        // (--flow-cache-of, as a cluster task reads the main project's); good2's flow, which p
        // does not have, is computed into the other project's own cache; p's cache is not
        // written. The ethogram is the one computed with the project's own flow.
        const QString shared = path(QStringLiteral("p.ethoproj"));
        const QDir sharedFlow(path(QStringLiteral("p.cache/flow")));
        const QStringList cached = sharedFlow.entryList(QDir::Files);
        QCOMPARE(cached.size(), 1);
        const QByteArray sharedBefore = testutil::fileSha256(sharedFlow.filePath(cached.first()));
        const QString project = path(QStringLiteral("q.ethoproj"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        CliRun r = cli({QStringLiteral("analyze"),
                        m_good1,
                        m_good2,
                        QStringLiteral("--model"),
                        m_rgb,
                        QStringLiteral("--model"),
                        m_flow,
                        QStringLiteral("--project"),
                        project,
                        QStringLiteral("--flow-method"),
                        QStringLiteral("dis"),
                        QStringLiteral("--flow-cache-of"),
                        shared,
                        QStringLiteral("--out"),
                        path(QStringLiteral("out-q"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList own = QDir(path(QStringLiteral("q.cache/flow"))).entryList(QDir::Files);
        QCOMPARE(own.size(), 1); // good2's
        QVERIFY(own.first() != cached.first());
        QCOMPARE(sharedFlow.entryList(QDir::Files), cached);
        QCOMPARE(testutil::fileSha256(sharedFlow.filePath(cached.first())), sharedBefore);

        const QString alone = path(QStringLiteral("q2.ethoproj"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), alone}).exitCode, 0);
        r = cli({QStringLiteral("analyze"),
                 m_good1,
                 QStringLiteral("--model"),
                 m_rgb,
                 QStringLiteral("--model"),
                 m_flow,
                 QStringLiteral("--project"),
                 alone,
                 QStringLiteral("--flow-method"),
                 QStringLiteral("dis"),
                 QStringLiteral("--out"),
                 path(QStringLiteral("out-q2"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(path(QStringLiteral("q2.cache/flow"))).entryList(QDir::Files).size(), 1);
        const QByteArray a = testutil::fileSha256(path(QStringLiteral("out-q/good1_ethogram.csv")));
        QVERIFY(!a.isEmpty());
        QCOMPARE(testutil::fileSha256(path(QStringLiteral("out-q2/good1_ethogram.csv"))), a);

        // A project that does not exist is refused in words.
        r = cli({QStringLiteral("analyze"),
                 m_good1,
                 QStringLiteral("--model"),
                 m_rgb,
                 QStringLiteral("--flow-cache-of"),
                 path(QStringLiteral("nowhere.ethoproj")),
                 QStringLiteral("--out"),
                 path(QStringLiteral("out-none"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("nowhere.ethoproj"))
                         && r.err.contains(QStringLiteral("does not exist")),
                 qPrintable(r.err));
    }

    void ctrlCStopsAndASecondRunResumes()
    {
        const QString project = path(QStringLiteral("stop.ethoproj"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QStringList args{QStringLiteral("analyze"),
                               m_good1,
                               m_good2,
                               QStringLiteral("--model"),
                               m_rgb,
                               QStringLiteral("--model"),
                               m_flow,
                               QStringLiteral("--project"),
                               project,
                               QStringLiteral("--flow-method"),
                               QStringLiteral("dis"),
                               QStringLiteral("--out"),
                               path(QStringLiteral("out3"))};
        QProcess p;
        p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
        QVERIFY(p.waitForStarted());
        // Ctrl+C once the first progress line is out.
        QByteArray out;
        while (!out.contains("\"progress\"") && p.state() == QProcess::Running) {
            p.waitForReadyRead(10000);
            out += p.readAllStandardOutput();
        }
        QVERIFY(out.contains("\"progress\""));
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(120000));
        out += p.readAllStandardOutput();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("Stopped")), qPrintable(err));
        QVERIFY(out.count("\"event\":\"done\"") < 2);
        // The same command finishes the rest.
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(eventsNamed(r, QStringLiteral("done")).size(), 2);
    }

    void badInput()
    {
        const QString other = testutil::saveTinyModel(path(QStringLiteral("other.safetensors")),
                                        nets::Architecture::I3D, nets::Stream::Rgb,
                                        {QStringLiteral("a"), QStringLiteral("b")}, 3);
        CliRun r = cli({QStringLiteral("analyze"), m_good1, QStringLiteral("--model"), m_rgb,
                        QStringLiteral("--model"), other, QStringLiteral("--out"),
                        path(QStringLiteral("out3"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("must share their behaviors")), qPrintable(r.err));
        // --out is a file.
        r = cli({QStringLiteral("analyze"), m_good1, QStringLiteral("--model"), m_rgb,
                 QStringLiteral("--out"), m_corrupt});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot write into the folder")), qPrintable(r.err));
        // Not a model.
        r = cli({QStringLiteral("analyze"), m_good1, QStringLiteral("--model"), m_corrupt,
                 QStringLiteral("--out"), path(QStringLiteral("out4"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be used")), qPrintable(r.err));
        // A precision that does not exist.
        r = cli({QStringLiteral("analyze"),
                 m_good1,
                 QStringLiteral("--model"),
                 m_rgb,
                 QStringLiteral("--precision"),
                 QStringLiteral("fp16"),
                 QStringLiteral("--out"),
                 path(QStringLiteral("out5"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("float32, float16 or int8")), qPrintable(r.err));
    }

    // --precision int8 analyses with 8-bit networks and writes the same files.
    void int8Precision()
    {
        const QString out = path(QStringLiteral("out6"));
        const CliRun r = cli({QStringLiteral("analyze"),
                              m_good2,
                              QStringLiteral("--model"),
                              m_rgb,
                              QStringLiteral("--precision"),
                              QStringLiteral("int8"),
                              QStringLiteral("--out"),
                              out});
        if (r.exitCode == 1 && r.err.contains(QStringLiteral("8-bit integers")))
            QSKIP(qPrintable(r.err));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(eventsNamed(r, QStringLiteral("done")).size(), 1);
        QCOMPARE(lineCount(out + QStringLiteral("/good2_ethogram.csv")), 26);
    }

    // --precision float16 analyses with 16-bit copies and writes the same files, or, on a
    // processor without bfloat16 instructions, stops with a message that says what to do.
    void float16Precision()
    {
        const QString out = path(QStringLiteral("out7"));
        const CliRun r = cli({QStringLiteral("analyze"),
                              m_good2,
                              QStringLiteral("--model"),
                              m_rgb,
                              QStringLiteral("--precision"),
                              QStringLiteral("FLOAT16"),
                              QStringLiteral("--out"),
                              out});
        if (r.exitCode == 1 && r.err.contains(QStringLiteral("16-bit floating point here"))) {
            QVERIFY2(r.err.contains(QStringLiteral("32-bit floating point instead")),
                     qPrintable(r.err));
            QSKIP(qPrintable(r.err));
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(eventsNamed(r, QStringLiteral("done")).size(), 1);
        QCOMPARE(lineCount(out + QStringLiteral("/good2_ethogram.csv")), 26);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "test_analyze_cli.moc"
