// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-validation on a real SLURM cluster (packaging/slurm-local.sh starts a one-node one on
// this machine; CI does): a tiny `cv --slurm` of two synthetic recordings is submitted, followed
// with `runs status`, refused by `runs collect` while unfinished, collected, and must equal a
// local `cv` with the same seed file for file; the run is recorded in the project. A task stopped
// by the scheduler at its time limit shows as failed, saying to give more --time. A task killed
// with scancel shows as failed with its reason, `runs resubmit --failed` runs it again from its
// checkpoint, and the run then collects. `analyze --slurm` with the run's models writes the same
// CSV files as a local analysis and puts the predictions into the project (a local analysis there
// then computes nothing). A partition that does not exist is refused, leaving nothing. Reported as
// skipped where no cluster answers.
#include "ProcessTestUtil.h"

#include "project/ProjectDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ethoscribe;
using testutil::runProcess;

namespace {

QString describe(const testutil::ProcessRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(r.exitCode)
            .arg(r.out.right(3000), r.err.right(3000));
}

} // namespace

class TestSlurmCv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void submitFollowCollect();
    void analyzeOnCluster();
    void killedTaskResubmitted();
    void unknownPartition();
    void timeLimitReported();

private:
    testutil::ProcessRun cli(const QStringList &args, int timeoutMs = 300000) const
    {
        return runProcess(m_cli, args, timeoutMs);
    }
    // Polls `runs status --json` until every task is done (true) or one failed / time ran out.
    bool waitForRun(const QString &run, int timeoutMs, QJsonObject *last) const;
    QStringList tinyOptions() const;

    QString m_cli;
    QTemporaryDir m_dir{
            QDir::home().filePath(QStringLiteral(".cache/ethoscribe-slurm-test-XXXXXX"))};
    QString m_project;
};

void TestSlurmCv::initTestCase()
{
    m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
    if (m_cli.isEmpty())
        QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
    if (QStandardPaths::findExecutable(QStringLiteral("sinfo")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("sbatch")).isEmpty())
        QSKIP("No SLURM here (start one with packaging/slurm-local.sh start)");
    const auto info = runProcess(QStringLiteral("sinfo"),
                                 {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%T")},
                                 20000);
    if (info.exitCode != 0
        || !(info.out.contains(QLatin1String("idle")) || info.out.contains(QLatin1String("mixed"))
             || info.out.contains(QLatin1String("allocated"))))
        QSKIP(qPrintable(QStringLiteral("No SLURM node answers (sinfo: %1)")
                                 .arg((info.out + info.err).trimmed())));
    // The run folder must be on storage the node sees: here it is this machine's.
    QVERIFY(m_dir.isValid());
    const QString videos = m_dir.filePath(QStringLiteral("videos"));
    auto r = cli({QStringLiteral("synth"),
                  QStringLiteral("--out"),
                  videos,
                  QStringLiteral("--videos"),
                  QStringLiteral("2"),
                  QStringLiteral("--seconds"),
                  QStringLiteral("4"),
                  QStringLiteral("--width"),
                  QStringLiteral("96"),
                  QStringLiteral("--height"),
                  QStringLiteral("72"),
                  QStringLiteral("--codec"),
                  QStringLiteral("mpeg4")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_project = m_dir.filePath(QStringLiteral("cage.ethoproj"));
    r = cli({QStringLiteral("project"), QStringLiteral("create"), m_project});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("project"),
             QStringLiteral("add-video"),
             m_project,
             QDir(videos).filePath(QStringLiteral("video01.mp4")),
             QDir(videos).filePath(QStringLiteral("video02.mp4"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const char *stem : {"video01", "video02"}) {
        r = cli({QStringLiteral("project"),
                 QStringLiteral("import-labels"),
                 m_project,
                 QStringLiteral("--video"),
                 QString::fromLatin1(stem) + QStringLiteral(".mp4"),
                 QDir(videos).filePath(QString::fromLatin1(stem) + QStringLiteral(".csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
}

QStringList TestSlurmCv::tinyOptions() const
{
    return {QStringLiteral("--models"),
            QStringLiteral("i3d"),
            QStringLiteral("--streams"),
            QStringLiteral("rgb,flow"),
            QStringLiteral("--iterations"),
            QStringLiteral("6"),
            QStringLiteral("--width"),
            QStringLiteral("0.125"),
            QStringLiteral("--crop"),
            QStringLiteral("32"),
            QStringLiteral("--seed"),
            QStringLiteral("7"),
            QStringLiteral("--threads"),
            QStringLiteral("1")};
}

bool TestSlurmCv::waitForRun(const QString &run, int timeoutMs, QJsonObject *last) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const auto r = cli(
                {QStringLiteral("runs"), QStringLiteral("status"), run, QStringLiteral("--json")},
                60000);
        *last = QJsonDocument::fromJson(r.out.toUtf8()).object();
        if (last->value(QStringLiteral("complete")).toBool())
            return true;
        if (last->value(QStringLiteral("counts")).toObject().value(QStringLiteral("failed")).toInt()
            > 0)
            return false;
        QThread::msleep(1000);
    }
    return false;
}

void TestSlurmCv::submitFollowCollect()
{
    // A task that cannot finish within its one-minute limit, submitted first so that the
    // scheduler stops it while the rest runs; timeLimitReported() looks at it at the end.
    const QString limited = m_dir.filePath(QStringLiteral("limited"));
    auto l = cli({QStringLiteral("cv"),
                  m_project,
                  QStringLiteral("--models"),
                  QStringLiteral("i3d"),
                  QStringLiteral("--streams"),
                  QStringLiteral("rgb"),
                  QStringLiteral("--folds"),
                  QStringLiteral("0"),
                  QStringLiteral("--iterations"),
                  QStringLiteral("100000"),
                  QStringLiteral("--width"),
                  QStringLiteral("0.125"),
                  QStringLiteral("--crop"),
                  QStringLiteral("32"),
                  QStringLiteral("--out"),
                  limited,
                  QStringLiteral("--slurm"),
                  QStringLiteral("--time"),
                  QStringLiteral("00:01:00")});
    QVERIFY2(l.exitCode == 0, qPrintable(describe(l)));

    const QString run = m_dir.filePath(QStringLiteral("cluster"));
    // With the models on all recordings (--final): one more fold, its tasks like the others.
    auto r = cli(QStringList{QStringLiteral("cv"), m_project} + tinyOptions()
                 + QStringList{QStringLiteral("--final"),
                               QStringLiteral("--out"),
                               run,
                               QStringLiteral("--slurm"),
                               QStringLiteral("--cpus"),
                               QStringLiteral("1"),
                               QStringLiteral("--mem"),
                               QStringLiteral("1G")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject submitted = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(submitted.value(QStringLiteral("event")).toString(), QStringLiteral("submitted"));
    // 2 flow + (2 folds + the fold on all recordings) x 2 streams
    QCOMPARE(submitted.value(QStringLiteral("tasks")).toInt(), 2 + 6);
    QCOMPARE(submitted.value(QStringLiteral("jobs")).toArray().size(), 2);
    // The jobs call ethoscribe-cli as users do, not the part of it that runs networks (which
    // `cv` runs in).
    {
        QFile runFile(QDir(run).filePath(QStringLiteral("cluster.json")));
        QVERIFY(runFile.open(QIODevice::ReadOnly));
        const QString executable = QJsonDocument::fromJson(runFile.readAll())
                                           .object()
                                           .value(QStringLiteral("executable"))
                                           .toString();
        QCOMPARE(QFileInfo(executable).canonicalFilePath(), QFileInfo(m_cli).canonicalFilePath());
    }

    // Collecting at once is refused and changes nothing (the first tasks take seconds).
    r = cli({QStringLiteral("runs"), QStringLiteral("collect"), run});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not finished")), qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(QDir(run).filePath(QStringLiteral("manifest.json"))));

    QJsonObject status;
    QVERIFY2(waitForRun(run, 240000, &status), QJsonDocument(status).toJson().constData());
    for (const QJsonValue &t : status.value(QStringLiteral("tasks")).toArray())
        QCOMPARE(t.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));

    r = cli({QStringLiteral("runs"), QStringLiteral("collect"), run});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    const QJsonObject done = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(done.value(QStringLiteral("event")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QStringLiteral("recorded")).toString(), QStringLiteral("yes"));

    // The same run here, with the same seed: the same files.
    const QString local = m_dir.filePath(QStringLiteral("local"));
    r = cli(QStringList{QStringLiteral("cv"), m_project} + tinyOptions()
            + QStringList{QStringLiteral("--final"),
                          QStringLiteral("--out"),
                          local,
                          QStringLiteral("--no-record")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const char *file : {"predictions/video01.csv",
                             "predictions/video02.csv",
                             "fusion_sweep.csv",
                             "per_behavior.csv",
                             "losses.csv",
                             "confusion_i3d_0.4.csv"}) {
        const QByteArray a = testutil::fileSha256(QDir(local).filePath(QString::fromLatin1(file)));
        QVERIFY2(!a.isEmpty(), file);
        QVERIFY2(a == testutil::fileSha256(QDir(run).filePath(QString::fromLatin1(file))), file);
    }
    for (const char *file : {"summary.json", "plots"})
        QVERIFY2(QFileInfo::exists(QDir(run).filePath(QString::fromLatin1(file))), file);
    // The models on all recordings: the same weights.
    for (const char *stream : {"rgb", "flow"}) {
        const QString model = QStringLiteral("folds/fold02/i3d_%1/model.safetensors")
                                      .arg(QString::fromLatin1(stream));
        const QByteArray a = testutil::safetensorsData(QDir(run).filePath(model));
        QVERIFY2(!a.isEmpty(), qPrintable(model));
        QVERIFY2(a == testutil::safetensorsData(QDir(local).filePath(model)), qPrintable(model));
    }

    // Recorded once in the project, naming the folder.
    {
        ProjectDatabase db;
        QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
        int recorded = 0;
        for (const CvRunRecord &rec : db.cvRuns())
            recorded += rec.config.value(QStringLiteral("runDir")).toString() == run;
        QCOMPARE(recorded, 1);
    }
    // Collecting again records nothing new.
    r = cli({QStringLiteral("runs"), QStringLiteral("collect"), run});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("\"recorded\":\"already\"")), qPrintable(describe(r)));
}

void TestSlurmCv::analyzeOnCluster()
{
    // The models of the collected run above.
    const QDir fold(m_dir.filePath(QStringLiteral("cluster/folds/fold00")));
    const QStringList models{QStringLiteral("--model"),
                             fold.filePath(QStringLiteral("i3d_rgb/model.safetensors")),
                             QStringLiteral("--model"),
                             fold.filePath(QStringLiteral("i3d_flow/model.safetensors"))};
    for (int i : {1, 3})
        if (!QFileInfo::exists(models[i]))
            QSKIP("needs the models of submitFollowCollect");
    // Two videos of the same name from different folders (video02 under another folder and
    // name), one per task: collected as video01_... and video01_2_..., as one 'analyze' of both
    // here names them, neither overwriting the other.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cage2")));
    const QString second = m_dir.filePath(QStringLiteral("cage2/video01.mp4"));
    QVERIFY(QFile::exists(second)
            || QFile::copy(m_dir.filePath(QStringLiteral("videos/video02.mp4")), second));
    const QStringList videos{m_dir.filePath(QStringLiteral("videos/video01.mp4")), second};
    const QString run = m_dir.filePath(QStringLiteral("analysis-run"));
    const QString out = m_dir.filePath(QStringLiteral("analysis-cluster"));
    auto r = cli(QStringList{QStringLiteral("analyze")} + videos + models
                 + QStringList{QStringLiteral("--out"),
                               out,
                               QStringLiteral("--project"),
                               m_project,
                               QStringLiteral("--run"),
                               run,
                               QStringLiteral("--slurm"),
                               QStringLiteral("--cpus"),
                               QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tasks")).toInt(),
            2);
    QJsonObject status;
    QVERIFY2(waitForRun(run, 240000, &status), QJsonDocument(status).toJson().constData());
    r = cli({QStringLiteral("runs"), QStringLiteral("collect"), run});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Added 4 prediction tracks")), qPrintable(describe(r)));
    // The tasks read the optical flow the project has cached (its flow tasks above made it)
    // instead of computing it again into their own projects' caches.
    for (const char *task : {"analyze-000", "analyze-001"}) {
        const QDir taskCache(QDir(run).filePath(
                QStringLiteral("tasks/%1/task.cache/flow").arg(QLatin1String(task))));
        QVERIFY2(taskCache.entryList(QDir::Files).isEmpty(),
                 qPrintable(taskCache.entryList(QDir::Files).join(QLatin1Char(' '))));
    }

    // Here, without a project: the same files.
    const QString local = m_dir.filePath(QStringLiteral("analysis-local"));
    r = cli(QStringList{QStringLiteral("analyze")} + videos + models
            + QStringList{QStringLiteral("--out"),
                          local,
                          QStringLiteral("--flow-method"),
                          QStringLiteral("tvl1"),
                          QStringLiteral("--threads"),
                          QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files),
             (QStringList{QStringLiteral("video01_2_bouts.csv"),
                          QStringLiteral("video01_2_ethogram.csv"),
                          QStringLiteral("video01_bouts.csv"),
                          QStringLiteral("video01_ethogram.csv")}));
    for (const char *file : {"video01_ethogram.csv",
                             "video01_bouts.csv",
                             "video01_2_ethogram.csv",
                             "video01_2_bouts.csv"}) {
        const QByteArray a = testutil::fileSha256(QDir(local).filePath(QString::fromLatin1(file)));
        QVERIFY2(!a.isEmpty(), file);
        QVERIFY2(a == testutil::fileSha256(QDir(out).filePath(QString::fromLatin1(file))), file);
    }
    // In the project, the collected predictions are used: nothing is computed again.
    r = cli(QStringList{QStringLiteral("analyze")} + videos + models
            + QStringList{QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("analysis-again")),
                          QStringLiteral("--project"),
                          m_project});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.count(QLatin1String("\"computed_frames\":0,")), 2);
    // Collecting again adds nothing.
    r = cli({QStringLiteral("runs"), QStringLiteral("collect"), run});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Added 0 prediction tracks")),
             qPrintable(describe(r)));
}

void TestSlurmCv::killedTaskResubmitted()
{
    // Long enough to be caught running: 150 steps, a checkpoint every 10.
    const QString run = m_dir.filePath(QStringLiteral("killed"));
    QStringList options{QStringLiteral("--models"),
                        QStringLiteral("i3d"),
                        QStringLiteral("--streams"),
                        QStringLiteral("rgb"),
                        QStringLiteral("--iterations"),
                        QStringLiteral("150"),
                        QStringLiteral("--checkpoint-every"),
                        QStringLiteral("10"),
                        QStringLiteral("--width"),
                        QStringLiteral("0.125"),
                        QStringLiteral("--crop"),
                        QStringLiteral("32"),
                        QStringLiteral("--folds"),
                        QStringLiteral("0")};
    auto r = cli(QStringList{QStringLiteral("cv"), m_project} + options
                 + QStringList{QStringLiteral("--out"),
                               run,
                               QStringLiteral("--slurm"),
                               QStringLiteral("--human")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Submitted job")), qPrintable(describe(r)));

    // Wait until it has trained a few steps, then kill it as an administrator would.
    QElapsedTimer timer;
    timer.start();
    QString element;
    while (timer.elapsed() < 120000) {
        r = cli({QStringLiteral("runs"), QStringLiteral("status"), run, QStringLiteral("--json")});
        const QJsonObject task = QJsonDocument::fromJson(r.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("tasks"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        if (task.value(QStringLiteral("state")).toString() == QLatin1String("running")
            && task.value(QStringLiteral("progress")).toString().startsWith(QLatin1String("step"))
            && task.value(QStringLiteral("progress")).toString()
                       != QLatin1String("step 0 of 150")) {
            element = task.value(QStringLiteral("job")).toString();
            break;
        }
        QVERIFY2(task.value(QStringLiteral("state")).toString() != QLatin1String("done"),
                 "the task finished before it could be killed");
        QThread::msleep(300);
    }
    QVERIFY2(!element.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(runProcess(QStringLiteral("scancel"), {element}, 20000).exitCode, 0);

    QJsonObject status;
    QVERIFY(!waitForRun(run, 120000, &status));
    const QJsonObject task = status.value(QStringLiteral("tasks")).toArray().at(0).toObject();
    QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY2(task.value(QStringLiteral("detail")).toString().contains(QLatin1String("cancelled"))
                     && task.value(QStringLiteral("detail"))
                                .toString()
                                .contains(QLatin1String("checkpoint")),
             QJsonDocument(task).toJson().constData());
    r = cli({QStringLiteral("runs"), QStringLiteral("status"), run});
    QVERIFY2(r.out.contains(QLatin1String("runs resubmit")), qPrintable(describe(r)));
    r = cli({QStringLiteral("runs"), QStringLiteral("collect"), run});
    QCOMPARE(r.exitCode, 1);

    r = cli({QStringLiteral("runs"), QStringLiteral("resubmit"), run, QStringLiteral("--failed")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Resubmitted failed tasks: 1,")),
             qPrintable(describe(r)));
    QVERIFY2(waitForRun(run, 240000, &status), QJsonDocument(status).toJson().constData());
    // It continued from its checkpoint rather than starting over.
    QFile events(QDir(run).filePath(QStringLiteral("tasks/train-000/run/events.jsonl")));
    QVERIFY(events.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(events.readAll())
                     .contains(QRegularExpression(QStringLiteral("\"resume_from\":[1-9]"))),
             "the resubmitted task did not resume from its checkpoint");
    r = cli({QStringLiteral("runs"), QStringLiteral("collect"), run, QStringLiteral("--human")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(QFileInfo::exists(QDir(run).filePath(QStringLiteral("predictions/video01.csv"))));
}

void TestSlurmCv::unknownPartition()
{
    const QString run = m_dir.filePath(QStringLiteral("nowhere"));
    const auto r = cli(QStringList{QStringLiteral("cv"), m_project} + tinyOptions()
                       + QStringList{QStringLiteral("--out"),
                                     run,
                                     QStringLiteral("--slurm"),
                                     QStringLiteral("--partition"),
                                     QStringLiteral("no-such-partition")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("The cluster refused the job"))
                     && r.err.contains(QLatin1String("sinfo")),
             qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(run));
}

void TestSlurmCv::timeLimitReported()
{
    const QString limited = m_dir.filePath(QStringLiteral("limited"));
    QJsonObject status;
    QVERIFY(!waitForRun(limited, 240000, &status));
    const QJsonObject task = status.value(QStringLiteral("tasks")).toArray().at(0).toObject();
    QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QString detail = task.value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QLatin1String("time limit"))
                     && detail.contains(QLatin1String("--time")),
             qPrintable(detail));
    QVERIFY2(task.value(QStringLiteral("log")).toArray().size() > 0,
             QJsonDocument(task).toJson().constData());
    // Nothing of it reached the project.
    ProjectDatabase db;
    QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
    for (const CvRunRecord &rec : db.cvRuns())
        QVERIFY(rec.config.value(QStringLiteral("runDir")).toString() != limited);
}

QTEST_GUILESS_MAIN(TestSlurmCv)
#include "test_slurm_cv.moc"
