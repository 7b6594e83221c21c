// SPDX-License-Identifier: GPL-3.0-or-later
// Cluster runs without a cluster: what SLURM's programs print is parsed right, a task's state
// follows from the scheduler's view and the run folder (queued, running with progress, done,
// stopped at its time limit, out of memory, a folder the nodes cannot see), the batch scripts
// say what was asked, the labels snapshot travels intact and refuses damage, and the command
// line refuses plainly, writing nothing, where there is no sbatch or a run is not finished.
#include "ProcessTestUtil.h"

#include "cluster/ClusterRun.h"
#include "cluster/Slurm.h"
#include "cv/TrainingSnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ethoscribe;

class TestClusterRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSqueue();
    void parseSacctAndScontrol();
    void sbatchAndIndices();
    void optionsAndScripts();
    void saveAndLoad();
    void taskStates();
    void snapshotRoundTrip();
    void snapshotDamaged();
    void commandLineRefusals();

private:
    static ClusterRun makeRun(const QString &dir);
};

void TestClusterRun::parseSqueue()
{
    const auto s = slurm::parseSqueue(QStringLiteral("12_0|RUNNING|None\n"
                                                     "12_[3-5,8]|PENDING|Dependency\n"
                                                     "13_1|PENDING|DependencyNeverSatisfied\n"
                                                     "garbage\n"
                                                     "14|RUNNING|None\n"));
    QCOMPARE(s.size(), 6);
    QCOMPARE(s.value(QStringLiteral("12_0")).state, QStringLiteral("RUNNING"));
    QVERIFY(s.value(QStringLiteral("12_0")).active());
    for (const char *k : {"12_3", "12_4", "12_5", "12_8"}) {
        QVERIFY2(s.value(QString::fromLatin1(k)).pending(), k);
        QCOMPARE(s.value(QString::fromLatin1(k)).reason, QStringLiteral("Dependency"));
    }
    QVERIFY(!s.contains(QStringLiteral("12_6")));
    QCOMPARE(s.value(QStringLiteral("13_1")).reason, QStringLiteral("DependencyNeverSatisfied"));
    QVERIFY(!s.contains(QStringLiteral("14"))); // not an array element
}

void TestClusterRun::parseSacctAndScontrol()
{
    const auto a = slurm::parseSacct(QStringLiteral("20_0|COMPLETED|0:0|None\n"
                                                    "20_0.batch|COMPLETED|0:0|\n"
                                                    "20_1|TIMEOUT|0:15|TimeLimit\n"
                                                    "20_2|CANCELLED by 0|0:15|None\n"
                                                    "20_3|OUT_OF_MEMORY|0:125|OutOfMemory\n"
                                                    "20_[4-5]|PENDING|0:0|Dependency\n"));
    QCOMPARE(a.size(), 6);
    QVERIFY(a.value(QStringLiteral("20_0")).finished());
    QCOMPARE(a.value(QStringLiteral("20_1")).state, QStringLiteral("TIMEOUT"));
    QCOMPARE(a.value(QStringLiteral("20_1")).exitCode, QStringLiteral("0:15"));
    QCOMPARE(a.value(QStringLiteral("20_2")).state, QStringLiteral("CANCELLED"));
    QCOMPARE(a.value(QStringLiteral("20_3")).state, QStringLiteral("OUT_OF_MEMORY"));
    QVERIFY(a.value(QStringLiteral("20_5")).pending());
    QVERIFY(!a.value(QStringLiteral("20_5")).finished());

    // Real `scontrol -o show job` records (abridged), one element split off and a pending range.
    const auto c = slurm::parseScontrol(
            QStringLiteral("JobId=31 ArrayJobId=30 ArrayTaskId=1 JobName=ethoscribe-train "
                           "UserId=root(0) JobState=TIMEOUT Reason=TimeLimit Dependency=(null) "
                           "Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:15\n"
                           "JobId=30 ArrayJobId=30 ArrayTaskId=2-3 JobName=ethoscribe-train "
                           "JobState=PENDING Reason=Resources ExitCode=0:0\n"
                           "JobId=40 JobName=plain JobState=COMPLETED Reason=None ExitCode=0:0\n"));
    QCOMPARE(c.size(), 3);
    QCOMPARE(c.value(QStringLiteral("30_1")).state, QStringLiteral("TIMEOUT"));
    QCOMPARE(c.value(QStringLiteral("30_1")).reason, QStringLiteral("TimeLimit"));
    QCOMPARE(c.value(QStringLiteral("30_1")).exitCode, QStringLiteral("0:15"));
    QVERIFY(c.value(QStringLiteral("30_3")).pending());

    // Plain words, pointing at the option that helps.
    QVERIFY(slurm::describe({QStringLiteral("TIMEOUT"), {}, {}}).contains(QLatin1String("--time")));
    QVERIFY(slurm::describe({QStringLiteral("OUT_OF_MEMORY"), {}, {}})
                    .contains(QLatin1String("--mem")));
    QVERIFY(slurm::describe({QStringLiteral("FAILED"), {}, QStringLiteral("3:0")})
                    .contains(QLatin1String("exit code 3")));
    QVERIFY(slurm::describe({QStringLiteral("PENDING"), QStringLiteral("Resources"), {}})
                    .contains(QLatin1String("free node")));
}

void TestClusterRun::sbatchAndIndices()
{
    QCOMPARE(slurm::parseSbatchJobId(QStringLiteral("4711\n")), QStringLiteral("4711"));
    QCOMPARE(slurm::parseSbatchJobId(QStringLiteral("4711;cluster2\n")), QStringLiteral("4711"));
    QCOMPARE(slurm::parseSbatchJobId(QStringLiteral("sbatch: error: invalid partition")),
             QString());
    QCOMPARE(slurm::parseSbatchJobId(QString()), QString());
    QCOMPARE(slurm::compressIndices({5, 0, 1, 2, 3, 9, 3}), QStringLiteral("0-3,5,9"));
    QCOMPARE(slurm::compressIndices({7}), QStringLiteral("7"));
    QCOMPARE(slurm::compressIndices({}), QString());
}

ClusterRun TestClusterRun::makeRun(const QString &dir)
{
    ClusterRun run;
    run.dir = dir;
    run.project = QStringLiteral("/data/lab's cage.ethoproj");
    run.executable = QStringLiteral("/opt/it's here/ethoscribe-cli");
    run.arguments = {QStringLiteral("--iterations"), QStringLiteral("5")};
    run.models = {QStringLiteral("i3d")};
    run.streams = {QStringLiteral("rgb"), QStringLiteral("flow")};
    run.slurm.partition = QStringLiteral("gpu");
    run.slurm.gres = QStringLiteral("gpu:1");
    run.slurm.time = QStringLiteral("04:00:00");
    run.slurm.mem = QStringLiteral("8G");
    run.slurm.cpus = 4;
    run.dataHash = QStringLiteral("abc");
    ClusterTask flow;
    flow.kind = QStringLiteral("flow");
    flow.index = 0;
    flow.video = QStringLiteral("video01");
    flow.attempts = {QStringLiteral("50_0")};
    ClusterTask train;
    train.kind = QStringLiteral("train");
    train.index = 0;
    train.fold = 0;
    train.model = QStringLiteral("i3d");
    train.stream = QStringLiteral("flow");
    train.attempts = {QStringLiteral("51_0")};
    ClusterTask train2 = train;
    train2.index = 1;
    train2.fold = 1;
    train2.attempts = {QStringLiteral("51_1")};
    run.tasks = {flow, train, train2};
    return run;
}

void TestClusterRun::optionsAndScripts()
{
    SlurmOptions o;
    QVERIFY(o.check().isEmpty());
    o.time = QStringLiteral("4 hours");
    QVERIFY(o.check().contains(QLatin1String("--time")));
    for (const char *t : {"04:00:00", "30", "1-12:00:00", "90:00"}) {
        o.time = QString::fromLatin1(t);
        QVERIFY2(o.check().isEmpty(), t);
    }
    o.mem = QStringLiteral("lots");
    QVERIFY(o.check().contains(QLatin1String("--mem")));
    o.mem = QStringLiteral("16000M");
    o.partition = QStringLiteral("gpu; rm -rf /");
    QVERIFY(o.check().contains(QLatin1String("--partition")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClusterRun run = makeRun(dir.path());
    QString error;
    QVERIFY2(run.writeScripts(&error), qPrintable(error));
    QFile script(run.scriptPath(QStringLiteral("train")));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(script.readAll());
    QVERIFY(text.startsWith(QLatin1String("#!/bin/sh\n")));
    for (const char *line : {"#SBATCH --cpus-per-task=4",
                             "#SBATCH --partition=gpu",
                             "#SBATCH --gres=gpu:1",
                             "#SBATCH --time=04:00:00",
                             "#SBATCH --mem=8G"})
        QVERIFY2(text.contains(QLatin1String(line)), line);
    QVERIFY(text.contains(
            QStringLiteral("#SBATCH --output=%1/logs/train-%a-%A.out").arg(dir.path())));
    // Quoted for the shell, apostrophes included.
    QVERIFY2(text.contains(QStringLiteral("exec '/opt/it'\\''s here/ethoscribe-cli' runs task '%1' "
                                          "train \"$SLURM_ARRAY_TASK_ID\"")
                                   .arg(dir.path())),
             qPrintable(text));
    QVERIFY(QFileInfo(run.scriptPath(QStringLiteral("flow"))).isExecutable());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("logs"))).isDir());
}

void TestClusterRun::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClusterRun run = makeRun(dir.path());
    run.folds = {1};
    QString error;
    QVERIFY2(run.save(&error), qPrintable(error));
    ClusterRun back;
    QVERIFY2(ClusterRun::load(dir.path(), &back, &error), qPrintable(error));
    QCOMPARE(back.project, run.project);
    QCOMPARE(back.executable, run.executable);
    QCOMPARE(back.arguments, run.arguments);
    QCOMPARE(back.models, run.models);
    QCOMPARE(back.streams, run.streams);
    QCOMPARE(back.folds, run.folds);
    QCOMPARE(back.slurm.toJson(), run.slurm.toJson());
    QCOMPARE(back.tasks.size(), run.tasks.size());
    for (size_t i = 0; i < run.tasks.size(); ++i) {
        QCOMPARE(back.tasks[i].id(), run.tasks[i].id());
        QCOMPARE(back.tasks[i].attempts, run.tasks[i].attempts);
        QCOMPARE(back.tasks[i].describe(), run.tasks[i].describe());
    }
    QCOMPARE(back.tasks[1].id(), QStringLiteral("train-000"));

    // Not a run, damaged, missing: said plainly.
    QTemporaryDir empty;
    QVERIFY(!ClusterRun::load(empty.path(), &back, &error));
    QVERIFY2(error.contains(QLatin1String("not a cluster run")), qPrintable(error));
    QVERIFY(!ClusterRun::load(empty.filePath(QStringLiteral("nowhere")), &back, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QFile f(dir.filePath(ClusterRun::fileName()));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"format\": \"ethoscribe-cluster-run\", \"tasks\": [{\"kind\": \"bake\"}]}");
    f.close();
    QVERIFY(!ClusterRun::load(dir.path(), &back, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
}

void TestClusterRun::taskStates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClusterRun run = makeRun(dir.path());
    const ClusterTask &flow = run.tasks[0];
    const ClusterTask &train = run.tasks[1];
    const ClusterTask &train2 = run.tasks[2];
    using slurm::JobState;
    QHash<QString, JobState> view;

    // Waiting for the flow, and never starting because the flow failed.
    view.insert(QStringLiteral("51_0"),
                {QStringLiteral("PENDING"), QStringLiteral("Dependency"), {}});
    TaskStatus s = run.status(train, view, true);
    QCOMPARE(s.state, TaskState::Queued);
    QVERIFY2(s.detail.contains(QLatin1String("optical flow")), qPrintable(s.detail));
    view.insert(QStringLiteral("51_0"),
                {QStringLiteral("PENDING"), QStringLiteral("DependencyNeverSatisfied"), {}});
    QCOMPARE(run.status(train, view, true).state, TaskState::Failed);

    // A task that ended without ever writing into the run folder, while no task ever did: the
    // folder is not on storage the nodes see.
    view.insert(QStringLiteral("50_0"),
                {QStringLiteral("FAILED"), QStringLiteral("None"), QStringLiteral("1:0")});
    s = run.status(flow, view, true);
    QCOMPARE(s.state, TaskState::Failed);
    QVERIFY2(s.detail.contains(QLatin1String("storage the compute nodes share")),
             qPrintable(s.detail));

    // Running, with its progress from its events.
    QString error;
    QVERIFY(ClusterRun::writeTaskStatus(run.taskDir(train),
                                        {{QStringLiteral("state"), QStringLiteral("running")},
                                         {QStringLiteral("job"), QStringLiteral("51_0")},
                                         {QStringLiteral("host"), QStringLiteral("node7")}},
                                        &error));
    QVERIFY(QDir().mkpath(QDir(run.taskDir(train)).filePath(QStringLiteral("run"))));
    QFile events(QDir(run.taskDir(train)).filePath(QStringLiteral("run/events.jsonl")));
    QVERIFY(events.open(QIODevice::WriteOnly));
    events.write("{\"event\":\"progress\",\"iter\":3,\"iters\":10,\"loss\":1.2}\n"
                 "{\"event\":\"checkpoint\",\"iter\":3}\n");
    events.close();
    view.insert(QStringLiteral("51_0"), {QStringLiteral("RUNNING"), QStringLiteral("None"), {}});
    s = run.status(train, view, true);
    QCOMPARE(s.state, TaskState::Running);
    QCOMPARE(s.progress, QStringLiteral("step 3 of 10"));
    QVERIFY(s.detail.contains(QLatin1String("node7")));

    // Stopped by the scheduler at its time limit: said, with the log's last lines.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("logs"))));
    QFile log(run.logPath(train, QStringLiteral("51_0")));
    QCOMPARE(log.fileName(), dir.filePath(QStringLiteral("logs/train-0-51.out")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("line 1\nline 2\nline 3\nline 4\nline 5\n"
              "slurmstepd: error: *** JOB 51 ON node7 CANCELLED AT 2026-12-01 DUE TO TIME LIMIT "
              "***\n\n");
    log.close();
    view.insert(QStringLiteral("51_0"),
                {QStringLiteral("TIMEOUT"), QStringLiteral("TimeLimit"), QStringLiteral("0:15")});
    s = run.status(train, view, true);
    QCOMPARE(s.state, TaskState::Failed);
    QVERIFY2(s.detail.contains(QLatin1String("time limit")), qPrintable(s.detail));
    QCOMPARE(s.logTail.size(), 5);
    QVERIFY(s.logTail.last().contains(QLatin1String("DUE TO TIME LIMIT")));

    // The scheduler has forgotten it: the task's own record decides.
    view.remove(QStringLiteral("51_0"));
    s = run.status(train, view, true);
    QCOMPARE(s.state, TaskState::Failed);
    QVERIFY2(s.detail.contains(QLatin1String("without finishing")), qPrintable(s.detail));
    s = run.status(train, view, false);
    QCOMPARE(s.state, TaskState::Running);
    QVERIFY2(s.detail.contains(QLatin1String("could not be asked")), qPrintable(s.detail));

    // Now another task did write into the folder: a silent one is not blamed on storage.
    s = run.status(flow, view, true);
    QCOMPARE(s.state, TaskState::Failed);
    QVERIFY2(!s.detail.contains(QLatin1String("storage")), qPrintable(s.detail));
    QVERIFY2(s.detail.contains(QLatin1String("no record")), qPrintable(s.detail));

    // Out of memory, with the task's own error.
    QVERIFY(ClusterRun::writeTaskStatus(run.taskDir(train2),
                                        {{QStringLiteral("state"), QStringLiteral("failed")},
                                         {QStringLiteral("job"), QStringLiteral("51_1")},
                                         {QStringLiteral("error"), QStringLiteral("killed")}},
                                        &error));
    view.insert(QStringLiteral("51_1"), {QStringLiteral("OUT_OF_MEMORY"), {}, {}});
    s = run.status(train2, view, true);
    QCOMPARE(s.state, TaskState::Failed);
    QVERIFY2(s.detail.contains(QLatin1String("killed"))
                     && s.detail.contains(QLatin1String("--mem")),
             qPrintable(s.detail));

    // Done, even while the scheduler still shows it completing; a record of an earlier
    // submission does not count for the resubmitted one.
    QVERIFY(ClusterRun::writeTaskStatus(run.taskDir(train),
                                        {{QStringLiteral("state"), QStringLiteral("done")},
                                         {QStringLiteral("job"), QStringLiteral("51_0")}},
                                        &error));
    view.insert(QStringLiteral("51_0"), {QStringLiteral("COMPLETING"), {}, {}});
    QCOMPARE(run.status(train, view, true).state, TaskState::Done);
    run.tasks[1].attempts << QStringLiteral("60_0");
    view.insert(QStringLiteral("60_0"),
                {QStringLiteral("PENDING"), QStringLiteral("Priority"), {}});
    s = run.status(run.tasks[1], view, true);
    QCOMPARE(s.state, TaskState::Queued);
    QCOMPARE(s.element, QStringLiteral("60_0"));

    ClusterTask never;
    never.kind = QStringLiteral("train");
    QCOMPARE(run.status(never, view, true).state, TaskState::NotSubmitted);
}

namespace {
TrainingSnapshot sampleSnapshot()
{
    TrainingSnapshot s;
    s.projectPath = QStringLiteral("/data/cage.ethoproj");
    s.classNames = {QStringLiteral("eat"), QStringLiteral("groom"), QStringLiteral("rest")};
    s.flowMethod = QStringLiteral("dis");
    for (int i = 0; i < 3; ++i) {
        TrainingSnapshot::Video v;
        v.record.id = i + 1;
        v.record.path = QStringLiteral("videos/v%1.mp4").arg(i);
        v.record.contentHash = QStringLiteral("hash%1").arg(i);
        v.record.frameCount = 100 + i;
        v.record.fpsNum = 30;
        v.record.recording = i == 2 ? QStringLiteral("rec") : QString();
        v.absolutePath = QStringLiteral("/data/videos/v%1.mp4").arg(i);
        v.name = QStringLiteral("v%1").arg(i);
        v.recording = i == 2 ? QStringLiteral("rec") : v.record.path;
        v.annotator = QStringLiteral("ana");
        v.labels.assign(size_t(v.record.frameCount), -1);
        if (i < 2)
            for (int f = 10; f < 90; ++f) {
                v.labels[size_t(f)] = (f / (7 + i)) % 3;
                ++v.labeledFrames;
            }
        s.videos.push_back(v);
    }
    return s;
}
} // namespace

void TestClusterRun::snapshotRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TrainingSnapshot s = sampleSnapshot();
    const QString path = dir.filePath(QStringLiteral("snapshot.json"));
    QString error;
    QVERIFY2(s.save(path, &error), qPrintable(error));
    TrainingSnapshot back;
    QVERIFY2(TrainingSnapshot::load(path, &back, &error), qPrintable(error));
    QCOMPARE(back.projectPath, s.projectPath);
    QCOMPARE(back.classNames, s.classNames);
    QCOMPARE(back.flowMethod, s.flowMethod);
    QCOMPARE(back.dataHash(), s.dataHash());
    QCOMPARE(back.videos.size(), s.videos.size());
    for (size_t i = 0; i < s.videos.size(); ++i) {
        const auto &a = s.videos[i];
        const auto &b = back.videos[i];
        QCOMPARE(b.labels, a.labels);
        QCOMPARE(b.labeledFrames, a.labeledFrames);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.recording, a.recording);
        QCOMPARE(b.absolutePath, a.absolutePath);
        QCOMPARE(b.annotator, a.annotator);
        QCOMPARE(b.record.id, a.record.id);
        QCOMPARE(b.record.path, a.record.path);
        QCOMPARE(b.record.contentHash, a.record.contentHash);
        QCOMPARE(b.record.frameCount, a.record.frameCount);
        QCOMPARE(b.record.recording, a.record.recording);
    }
    QCOMPARE(back.find(QStringLiteral("v1")), 1);
    // Run-length encoded: far smaller than one number per frame.
    QVERIFY(QFileInfo(path).size() < 4000);
}

void TestClusterRun::snapshotDamaged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("snapshot.json"));
    QString error;
    QVERIFY(sampleSnapshot().save(path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject original = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    auto rewrite = [&](const QJsonObject &o) {
        QFile w(path);
        QVERIFY(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
        w.write(QJsonDocument(o).toJson());
    };
    TrainingSnapshot back;
    // A label changed behind the hash's back.
    QJsonObject o = original;
    QJsonArray videos = o.value(QStringLiteral("videos")).toArray();
    QJsonObject v0 = videos[0].toObject();
    QJsonArray runs = v0.value(QStringLiteral("labels")).toArray();
    QJsonArray run1 = runs[1].toArray();
    run1[0] = (run1[0].toInt() + 1) % 3;
    runs[1] = run1;
    v0.insert(QStringLiteral("labels"), runs);
    videos[0] = v0;
    o.insert(QStringLiteral("videos"), videos);
    rewrite(o);
    QVERIFY(!TrainingSnapshot::load(path, &back, &error));
    QVERIFY2(error.contains(QLatin1String("data hash")), qPrintable(error));
    // Labels that run past the video's end, or an unknown class.
    v0 = original.value(QStringLiteral("videos")).toArray()[0].toObject();
    runs = v0.value(QStringLiteral("labels")).toArray();
    runs.append(QJsonArray{0, 5});
    v0.insert(QStringLiteral("labels"), runs);
    videos = original.value(QStringLiteral("videos")).toArray();
    videos[0] = v0;
    o = original;
    o.insert(QStringLiteral("videos"), videos);
    rewrite(o);
    QVERIFY(!TrainingSnapshot::load(path, &back, &error));
    QVERIFY2(error.contains(QLatin1String("do not fit")), qPrintable(error));
    // Not JSON, not a snapshot, missing.
    QFile t(path);
    QVERIFY(t.open(QIODevice::WriteOnly | QIODevice::Truncate));
    t.write("{\"format\": ");
    t.close();
    QVERIFY(!TrainingSnapshot::load(path, &back, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QVERIFY(!TrainingSnapshot::load(dir.filePath(QStringLiteral("none.json")), &back, &error));
    QVERIFY2(error.contains(QLatin1String("Could not read")), qPrintable(error));
}

void TestClusterRun::commandLineRefusals()
{
    const QString cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
    if (cli.isEmpty())
        QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
    if (!QFileInfo(cli).isExecutable())
        QSKIP("ethoscribe-cli is not built in this build (the sanitizer suite leaves it out)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // No SLURM programs on the PATH.
    QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
    bare.insert(QStringLiteral("PATH"), dir.filePath(QStringLiteral("empty-bin")));
    const QString out = dir.filePath(QStringLiteral("run"));
    auto r = testutil::runProcess(cli,
                                  {QStringLiteral("cv"),
                                   dir.filePath(QStringLiteral("p.ethoproj")),
                                   QStringLiteral("--out"),
                                   out,
                                   QStringLiteral("--slurm")},
                                  60000,
                                  {},
                                  bare);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("sbatch was not found")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    r = testutil::runProcess(cli,
                             {QStringLiteral("analyze"),
                              dir.filePath(QStringLiteral("v.mp4")),
                              QStringLiteral("--model"),
                              dir.filePath(QStringLiteral("m")),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--slurm"),
                              QStringLiteral("--run"),
                              out},
                             60000,
                             {},
                             bare);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("sbatch was not found")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    r = testutil::runProcess(cli,
                             {QStringLiteral("analyze"),
                              QStringLiteral("v.mp4"),
                              QStringLiteral("--model"),
                              QStringLiteral("m"),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--run"),
                              out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--slurm")), qPrintable(r.err));
    // Scheduler options belong to --slurm; --resume is not how a cluster run continues.
    r = testutil::runProcess(cli,
                             {QStringLiteral("cv"),
                              QStringLiteral("p.ethoproj"),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--time"),
                              QStringLiteral("01:00:00")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--slurm")), qPrintable(r.err));
    r = testutil::runProcess(cli,
                             {QStringLiteral("cv"),
                              QStringLiteral("p.ethoproj"),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--slurm"),
                              QStringLiteral("--time"),
                              QStringLiteral("soon")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("HH:MM:SS")), qPrintable(r.err));
    r = testutil::runProcess(cli,
                             {QStringLiteral("cv"),
                              QStringLiteral("p.ethoproj"),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--slurm"),
                              QStringLiteral("--resume")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("runs resubmit")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));

    // A folder that is no cluster run.
    r = testutil::runProcess(cli, {QStringLiteral("runs"), QStringLiteral("status"), dir.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a cluster run")), qPrintable(r.err));

    // Collecting a run whose tasks have not reported done, without a scheduler to ask: refused,
    // nothing written.
    const QString runDir = dir.filePath(QStringLiteral("cluster-run"));
    QVERIFY(QDir().mkpath(runDir));
    ClusterRun run = makeRun(runDir);
    QString error;
    QVERIFY(run.save(&error));
    r = testutil::runProcess(
            cli, {QStringLiteral("runs"), QStringLiteral("collect"), runDir}, 60000, {}, bare);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not finished"))
                     && r.err.contains(QLatin1String("nothing was changed")),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("manifest.json"))));
    QVERIFY(!QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("folds"))));
    // Status says the scheduler could not be asked; resubmit refuses to guess.
    r = testutil::runProcess(
            cli, {QStringLiteral("runs"), QStringLiteral("status"), runDir}, 60000, {}, bare);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("could not be asked")), qPrintable(r.out));
    r = testutil::runProcess(
            cli, {QStringLiteral("runs"), QStringLiteral("resubmit"), runDir}, 60000, {}, bare);
    QCOMPARE(r.exitCode, 2);
    r = testutil::runProcess(cli,
                             {QStringLiteral("runs"),
                              QStringLiteral("resubmit"),
                              runDir,
                              QStringLiteral("--failed")},
                             60000,
                             {},
                             bare);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("sbatch was not found")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestClusterRun)
#include "test_cluster_run.moc"
