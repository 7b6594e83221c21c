// SPDX-License-Identifier: GPL-3.0-or-later
// Models > Retrain...: the dialog starts a real tiny cross-validation (`ethoscribe-cli cv` as a
// detached child) on a generated project, shows its progress and loss curve, and on completion
// the run is recorded in the project through the window's recorder and its accuracy shown, read
// back from the run's summary. Cancel stops the child after a checkpoint and leaves the project
// without the run; Resume finishes it from the checkpoint; a dialog opened on the project later
// follows the latest run. A child killed with SIGKILL shows as interrupted, the project unchanged.
// Where a SLURM cluster answers (packaging/slurm-local.sh), the same run submitted to it is
// followed through `runs status`, collected and recorded.
#include "ProcessTestUtil.h"

#include "cv/RunFolder.h"
#include "flow/FlowCache.h"
#include "flow/FlowCacheLock.h"
#include "flow/FlowOptions.h"
#include "plots/QCustomPlotHeader.h"
#include "project/ProjectDatabase.h"
#include "training/RetrainDialog.h"
#include "training/RunResultsDialog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <map>

using namespace ethoscribe;

namespace {

QString describe(const testutil::ProcessRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(r.exitCode)
            .arg(r.out.right(2000), r.err.right(2000));
}

QStringList tiny(int iterations)
{
    return {QStringLiteral("--width"),
            QStringLiteral("0.125"),
            QStringLiteral("--crop"),
            QStringLiteral("32"),
            QStringLiteral("--iterations"),
            QString::number(iterations),
            QStringLiteral("--checkpoint-every"),
            QStringLiteral("10"),
            QStringLiteral("--seed"),
            QStringLiteral("3")};
}

// Appends events to a run folder's events.jsonl.
bool appendEvents(const QString &run, const QList<QJsonObject> &events)
{
    QFile f(QDir(run).filePath(QStringLiteral("events.jsonl")));
    if (!f.open(QIODevice::Append))
        return false;
    for (const QJsonObject &e : events)
        f.write(QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

// The folder of a cv run that another computer is running (only its folder tells about it): a
// manifest saying so, with the run's networks and streams, and these events.
bool writeRunElsewhere(const QString &run,
                       const QStringList &models,
                       const QStringList &streams,
                       const QList<QJsonObject> &events)
{
    if (!QDir().mkpath(run))
        return false;
    QFile manifest(QDir(run).filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::WriteOnly))
        return false;
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("running")},
                                             {QStringLiteral("host"),
                                              QStringLiteral("lab-pc.elsewhere.example")},
                                             {QStringLiteral("pid"), 4242},
                                             {QStringLiteral("options"),
                                              QJsonObject{{QStringLiteral("models"),
                                                           QJsonArray::fromStringList(models)},
                                                          {QStringLiteral("streams"),
                                                           QJsonArray::fromStringList(streams)}}}})
                           .toJson());
    return appendEvents(run, events);
}

} // namespace

class TestRetrainDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runToTheEnd();
    void cancelAndResume();
    void killedChild();
    void waitsForFlowOfAnotherProgram();
    void timeLeftOfARunFollowedLater();
    void theRunsOwnFractionDuringFeatures();
    void onTheCluster();
    void resultsView();

private:
    RetrainDialog *makeDialog();
    int recordedRuns();

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_recorded;
};

void TestRetrainDialog::initTestCase()
{
    m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
    if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
        QSKIP("ethoscribe-cli is not built here");
    QVERIFY(m_dir.isValid());
    const QString videos = m_dir.filePath(QStringLiteral("videos"));
    auto r = testutil::runProcess(m_cli,
                                  {QStringLiteral("synth"),
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
                                   QStringLiteral("mpeg4")},
                                  120000);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_project = m_dir.filePath(QStringLiteral("cage.ethoproj"));
    r = testutil::runProcess(m_cli,
                             {QStringLiteral("project"), QStringLiteral("create"), m_project});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = testutil::runProcess(m_cli,
                             {QStringLiteral("project"),
                              QStringLiteral("add-video"),
                              m_project,
                              QDir(videos).filePath(QStringLiteral("video01.mp4")),
                              QDir(videos).filePath(QStringLiteral("video02.mp4"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const char *stem : {"video01", "video02"}) {
        r = testutil::runProcess(
                m_cli,
                {QStringLiteral("project"),
                 QStringLiteral("import-labels"),
                 m_project,
                 QStringLiteral("--video"),
                 QString::fromLatin1(stem) + QStringLiteral(".mp4"),
                 QDir(videos).filePath(QString::fromLatin1(stem) + QStringLiteral(".csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
}

RetrainDialog *TestRetrainDialog::makeDialog()
{
    // The window's recorder: its own connection to the project.
    auto *dialog
            = new RetrainDialog(m_project, m_cli, [this](const QString &runDir, QString *error) {
                  ProjectDatabase db;
                  if (!db.open(m_project)) {
                      *error = db.errorString();
                      return false;
                  }
                  m_recorded << runDir;
                  const auto r = RunFolder::record(db, runDir, error);
                  return r == RunFolder::RecordResult::Recorded
                         || r == RunFolder::RecordResult::AlreadyRecorded;
              });
    // One network, one stream, one thread: tiny and quick.
    dialog->findChild<QCheckBox *>(); // the form exists
    return dialog;
}

int TestRetrainDialog::recordedRuns()
{
    ProjectDatabase db;
    if (!db.open(m_project, ProjectDatabase::OpenMode::ReadOnly))
        return -1;
    return int(db.cvRuns().size());
}

void TestRetrainDialog::runToTheEnd()
{
    std::unique_ptr<RetrainDialog> dialog(makeDialog());
    dialog->show();
    QStringList extra = tiny(6);
    dialog->setExtraArguments(extra);
    // The form's choices: I3D on RGB only.
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 6); // networks, streams, models on all recordings, cluster
    boxes[1]->setChecked(false);                           // R(2+1)D
    boxes[3]->setChecked(false);                           // flow
    dialog->findChildren<QSpinBox *>().at(1)->setValue(1); // threads
    QVERIFY(dialog->arguments().contains(QStringLiteral("i3d")));
    QVERIFY(dialog->arguments().contains(QStringLiteral("rgb")));
    // The models for new videos are made by default: a last fold on all recordings.
    QVERIFY(boxes[4]->isChecked());
    QVERIFY(dialog->arguments().contains(QStringLiteral("--final")));
    QPushButton *browse = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Browse..."))
            browse = b;
    QVERIFY(browse && browse->isEnabled());
    dialog->startRun();
    // The form, its Browse button included, cannot change a run that is going on.
    QVERIFY(dialog->state() == RunMonitor::State::Starting
            || dialog->state() == RunMonitor::State::Running);
    QVERIFY(!browse->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == RunMonitor::State::Done
                                     || dialog->state() == RunMonitor::State::Failed,
                             180000);
    QVERIFY2(dialog->state() == RunMonitor::State::Done, qPrintable(dialog->statusText()));
    QVERIFY(browse->isEnabled());
    // Results from the run's summary, and the run recorded in the project once.
    QVERIFY2(dialog->resultText().contains(QLatin1String("i3d:"))
                     && dialog->resultText().contains(QLatin1String("%")),
             qPrintable(dialog->resultText()));
    QVERIFY(QFileInfo::exists(QDir(dialog->runDir()).filePath(QStringLiteral("summary.json"))));
    QCOMPARE(recordedRuns(), 1);
    QCOMPARE(m_recorded.size(), 1);
    QCOMPARE(m_recorded.first(), dialog->runDir());
    // Two folds and the models on all recordings, which predict nothing.
    const QString finalModel
            = QDir(dialog->runDir())
                      .filePath(QStringLiteral("folds/fold02/i3d_rgb/model.safetensors"));
    QVERIFY(QFileInfo::exists(finalModel));
    QVERIFY2(dialog->logText().contains(
                     QLatin1String("Fold 3 of 3: all recordings (the models for new videos)")),
             qPrintable(dialog->logText()));
    // Behaviors a fold cannot learn are named with the recording, not with the command line's
    // fold numbers (from 0), which would contradict the log's (from 1). video01 has only
    // micro-movement and walk, video02 groom and walk; nothing has drink.
    QVERIFY2(dialog->logText().contains(QLatin1String(
                     "Without videos/video02.mp4 no training example is left of 'drink', 'eat', "
                     "'groom', 'hang', 'rear', 'rest': the models of this fold")),
             qPrintable(dialog->logText()));
    QVERIFY2(dialog->logText().contains(QLatin1String(
                     "No recording has an example of 'drink', 'eat', 'hang', 'rear', 'rest': ")),
             qPrintable(dialog->logText()));
    QVERIFY(!dialog->logText().contains(QLatin1String("Fold 0")));
    // "Use the New Models" hands them to the window in one click.
    QPushButton *use = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Use the New Models"))
            use = b;
    QVERIFY(use && use->isEnabled() && dialog->canUseNewModels());
    QSignalSpy used(dialog.get(), &RetrainDialog::useModels);
    use->click();
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.first().first().toStringList(), QStringList{finalModel});
    // The loss curve was drawn from the progress events.
    auto *plot = dialog->findChild<QCustomPlot *>();
    QVERIFY(plot && plot->graphCount() == 3); // one per fold
    QVERIFY(plot->graph(0)->dataCount() >= 1);
    // Named with folds counted from 1, as the log counts them.
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("fold 1, i3d rgb"));
    const auto *bar = dialog->findChild<QProgressBar *>();
    QCOMPARE(bar->value(), 1000);
}

void TestRetrainDialog::cancelAndResume()
{
    std::unique_ptr<RetrainDialog> dialog(makeDialog());
    dialog->setExtraArguments(tiny(150));
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    boxes[1]->setChecked(false);
    boxes[3]->setChecked(false);
    boxes[4]->setChecked(false); // no models on all recordings: the folds alone
    dialog->findChildren<QSpinBox *>().at(1)->setValue(1);
    dialog->startRun();
    // Once it has trained past a checkpoint, stop it.
    QTRY_VERIFY_WITH_TIMEOUT(QRegularExpression(QStringLiteral("step (2\\d|[3-9]\\d|1\\d\\d) of"))
                                     .match(dialog->statusText())
                                     .hasMatch(),
                             120000);
    const QString run = dialog->runDir();
    dialog->cancelRun();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != RunMonitor::State::Running, 60000);
    QCOMPARE(dialog->state(), RunMonitor::State::Cancelled);
    // In the window's words: Resume is a button here, not the command line's --resume.
    QTRY_VERIFY2(dialog->logText().contains(
                         QLatin1String("Stopped. Resume continues from the last checkpoint.")),
                 qPrintable(dialog->logText()));
    QVERIFY2(!dialog->logText().contains(QLatin1String("--resume")), qPrintable(dialog->logText()));
    QFile manifest(QDir(run).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("cancelled")));
    QCOMPARE(recordedRuns(), 1); // only the first test's run

    // Closed and opened again: the new dialog finds the stopped run and resumes it.
    dialog.reset(makeDialog());
    QCOMPARE(dialog->runDir(), run);
    QTRY_COMPARE(dialog->state(), RunMonitor::State::Cancelled); // once its folder has been read
    dialog->resumeRun();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == RunMonitor::State::Done
                                     || dialog->state() == RunMonitor::State::Failed
                                     || dialog->state() == RunMonitor::State::Cancelled,
                             240000);
    QVERIFY2(dialog->state() == RunMonitor::State::Done, qPrintable(dialog->statusText()));
    QCOMPARE(recordedRuns(), 2);
    // Without models on all recordings there is nothing new to use from here.
    QVERIFY(!dialog->canUseNewModels());
    QFile events(QDir(run).filePath(QStringLiteral("events.jsonl")));
    QVERIFY(events.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(events.readAll())
                     .contains(QRegularExpression(QStringLiteral("\"resume_from\":[1-9]"))),
             "the resumed run did not continue from its checkpoint");
}

void TestRetrainDialog::killedChild()
{
    std::unique_ptr<RetrainDialog> dialog(makeDialog());
    dialog->setExtraArguments(tiny(400));
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    boxes[1]->setChecked(false);
    boxes[3]->setChecked(false);
    boxes[4]->setChecked(false);
    dialog->findChildren<QSpinBox *>().at(1)->setValue(1);
    dialog->startRun();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QLatin1String("step")), 120000);
    QFile manifest(QDir(dialog->runDir()).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const qint64 pid = QJsonDocument::fromJson(manifest.readAll())
                               .object()
                               .value(QStringLiteral("pid"))
                               .toInteger();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RunMonitor::State::Interrupted, 30000);
    QVERIFY2(dialog->statusText().contains(QLatin1String("without finishing")),
             qPrintable(dialog->statusText()));
    QCOMPARE(recordedRuns(), 2); // unchanged
    // Resume is offered.
    QPushButton *resume = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Resume"))
            resume = b;
    QVERIFY(resume && resume->isEnabled());
}

// The window's analysis is computing a video's optical flow when Retrain starts: the log says the
// run waits for it, and Stop works while it waits, leaving that cache to its owner.
void TestRetrainDialog::waitsForFlowOfAnotherProgram()
{
    QString cachePath;
    {
        ProjectDatabase db;
        QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
        const VideoRecord v = db.videos().constFirst();
        cachePath = FlowCache::pathFor(m_project, v.contentHash, flowOptionsForProject(db).method);
    }
    QVERIFY(!QFileInfo::exists(cachePath));
    FlowCacheLock analysis(cachePath);
    QString error;
    QCOMPARE(analysis.tryLock(&error), FlowCacheLock::Outcome::Locked);

    std::unique_ptr<RetrainDialog> dialog(makeDialog());
    dialog->setExtraArguments(tiny(5));
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    boxes[1]->setChecked(false); // R(2+1)D
    boxes[2]->setChecked(false); // RGB: flow alone
    boxes[4]->setChecked(false);
    dialog->findChildren<QSpinBox *>().at(1)->setValue(1);
    dialog->startRun();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->logText().contains(QLatin1String("is being computed by")),
                             60000);
    QVERIFY2(dialog->logText().contains(QLatin1String("this run continues when it is done")),
             qPrintable(dialog->logText()));
    QVERIFY2(dialog->logText().contains(QLatin1String("this computer")),
             qPrintable(dialog->logText()));
    QCOMPARE(dialog->state(), RunMonitor::State::Running);
    dialog->cancelRun();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != RunMonitor::State::Running, 60000);
    QCOMPARE(dialog->state(), RunMonitor::State::Cancelled);
    QVERIFY(!QFileInfo::exists(cachePath)); // nothing written into the other's cache
    QVERIFY(analysis.isLocked());
}

// The dialog opened again while a run goes on (here: a run on another computer, which only its
// folder tells about): the progress bar counts every training of a fold (two networks here), and
// the time left comes from the events' own times, not from when they were read.
void TestRetrainDialog::timeLeftOfARunFollowedLater()
{
    const QString folder = m_dir.filePath(QStringLiteral("elsewhere"));
    const QString run = QDir(folder).filePath(QStringLiteral("far.runs/run-1"));
    // An hour ago: started, 10 minutes of optical flow, then 50 of 100 steps of the first of four
    // trainings, 2 s each.
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto at = [&](qint64 ms) {
        return base.addMSecs(ms).toString(Qt::ISODateWithMs);
    };
    QList<QJsonObject> events;
    events.append({{QStringLiteral("event"), QStringLiteral("start")},
                   {QStringLiteral("folds"), 2},
                   {QStringLiteral("time"), at(0)}});
    events.append({{QStringLiteral("event"), QStringLiteral("fold")},
                   {QStringLiteral("fold"), 0},
                   {QStringLiteral("folds"), 2},
                   {QStringLiteral("recording"), QStringLiteral("video01.mp4")},
                   {QStringLiteral("time"), at(1000)}});
    for (int i = 1; i <= 50; ++i)
        events.append({{QStringLiteral("event"), QStringLiteral("progress")},
                       {QStringLiteral("fold"), 0},
                       {QStringLiteral("model"), QStringLiteral("i3d")},
                       {QStringLiteral("stream"), QStringLiteral("rgb")},
                       {QStringLiteral("iter"), i},
                       {QStringLiteral("iters"), 100},
                       {QStringLiteral("loss"), 1.0},
                       {QStringLiteral("time"), at(600000 + (i - 1) * 2000)}});
    QVERIFY(writeRunElsewhere(run,
                              {QStringLiteral("i3d"), QStringLiteral("r2plus1d")},
                              {QStringLiteral("rgb")},
                              events));
    RetrainDialog dialog(QDir(folder).filePath(QStringLiteral("far.ethoproj")), m_cli, {});
    QTRY_COMPARE(dialog.state(), RunMonitor::State::Running);
    // 12.5% done; 12.25% in the 98 s since the first step: 700 s left.
    QTRY_COMPARE(dialog.findChild<QProgressBar *>()->value(), 125);
    QCOMPARE(dialog.timeLeftText(), TimeLeftEstimate::describe(700000));
    QVERIFY(!dialog.timeLeftText().isEmpty());
}

// A --tune head run spends most of its time on the backbones' features before its first training
// step (92% with the full networks): the bar follows the events' own "fraction" (features and
// trainings weighed by their cost), not the count of trainings, which would stand at 0.
void TestRetrainDialog::theRunsOwnFractionDuringFeatures()
{
    const QString folder = m_dir.filePath(QStringLiteral("features"));
    const QString run = QDir(folder).filePath(QStringLiteral("head.runs/run-1"));
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-600);
    auto at = [&](qint64 ms) {
        return base.addMSecs(ms).toString(Qt::ISODateWithMs);
    };
    QList<QJsonObject> events;
    events.append({{QStringLiteral("event"), QStringLiteral("start")},
                   {QStringLiteral("folds"), 2},
                   {QStringLiteral("time"), at(0)}});
    // 40 features events, 3 s apart, the run 0.5% further each time.
    for (int i = 1; i <= 40; ++i)
        events.append({{QStringLiteral("event"), QStringLiteral("features")},
                       {QStringLiteral("model"), QStringLiteral("i3d")},
                       {QStringLiteral("stream"), QStringLiteral("rgb")},
                       {QStringLiteral("video"), QStringLiteral("video02")},
                       {QStringLiteral("frame"), i * 64},
                       {QStringLiteral("frames"), 2560},
                       {QStringLiteral("fraction"), 0.005 * i},
                       {QStringLiteral("time"), at(2000 + i * 3000)}});
    QVERIFY(writeRunElsewhere(
            run, {QStringLiteral("i3d")}, {QStringLiteral("rgb"), QStringLiteral("flow")}, events));
    RetrainDialog dialog(QDir(folder).filePath(QStringLiteral("head.ethoproj")), m_cli, {});
    QTRY_COMPARE(dialog.state(), RunMonitor::State::Running);
    QTRY_COMPARE(dialog.findChild<QProgressBar *>()->value(), 200);
    // 19.5% in the 117 s between the first and the last event: 480 s left.
    QCOMPARE(dialog.timeLeftText(), TimeLeftEstimate::describe(480000));

    // The first training step: the run says 25% (counting trainings would say 0.25% of 4).
    QVERIFY(appendEvents(run,
                         {{{QStringLiteral("event"), QStringLiteral("progress")},
                           {QStringLiteral("fold"), 0},
                           {QStringLiteral("model"), QStringLiteral("i3d")},
                           {QStringLiteral("stream"), QStringLiteral("rgb")},
                           {QStringLiteral("iter"), 1},
                           {QStringLiteral("iters"), 100},
                           {QStringLiteral("loss"), 2.0},
                           {QStringLiteral("fraction"), 0.25},
                           {QStringLiteral("time"), at(130000)}}}));
    QTRY_COMPARE(dialog.findChild<QProgressBar *>()->value(), 250);
}

void TestRetrainDialog::onTheCluster()
{
    const auto info = testutil::runProcess(
            QStringLiteral("sinfo"),
            {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%T")},
            20000);
    if (QStandardPaths::findExecutable(QStringLiteral("sbatch")).isEmpty() || info.exitCode != 0
        || !(info.out.contains(QLatin1String("idle")) || info.out.contains(QLatin1String("mixed"))
             || info.out.contains(QLatin1String("allocated"))))
        QSKIP("No SLURM cluster answers here (packaging/slurm-local.sh start)");
    std::unique_ptr<RetrainDialog> dialog(makeDialog());
    dialog->setExtraArguments(tiny(6));
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    boxes[1]->setChecked(false);
    boxes[3]->setChecked(false);
    // Enabled once the dialog has read the folder of the project's latest run (interrupted).
    QTRY_VERIFY(boxes[5]->isEnabled());
    boxes[5]->setChecked(true);
    dialog->startRun();
    // Submitted: the dialog is closed, leaving the run on the cluster; opened again, it finds the
    // run, follows it and collects it.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->clusterState() == QLatin1String("running")
                                     || dialog->clusterState() == QLatin1String("failed"),
                             120000);
    QCOMPARE(dialog->clusterState(), QStringLiteral("running"));
    const QString submitted = dialog->runDir();
    dialog.reset(makeDialog());
    QCOMPARE(dialog->clusterState(), QStringLiteral("running"));
    QCOMPARE(dialog->runDir(), submitted);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->clusterState() == QLatin1String("done")
                                     || dialog->clusterState() == QLatin1String("failed"),
                             240000);
    QVERIFY2(dialog->clusterState() == QLatin1String("done"), qPrintable(dialog->statusText()));
    QVERIFY(QFileInfo::exists(QDir(dialog->runDir()).filePath(QStringLiteral("cluster.json"))));
    QVERIFY2(dialog->resultText().contains(QLatin1String("i3d:")),
             qPrintable(dialog->resultText()));
    QCOMPARE(recordedRuns(), 3);
}

void TestRetrainDialog::resultsView()
{
    // The runs the project recorded above, as Models > Training Results lists them.
    QStringList runs;
    {
        ProjectDatabase db;
        QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
        for (const CvRunRecord &r : db.cvRuns())
            runs << r.config.value(QStringLiteral("runDir")).toString();
    }
    QVERIFY(runs.size() >= 2);
    // A run that finished while nobody followed it (a copy of a finished run folder here) is
    // recorded when the window opens the project or lists the results; once only.
    {
        const QString copy = QFileInfo(runs[0]).dir().filePath(QStringLiteral("unfollowed"));
        QVERIFY(QDir().mkpath(copy));
        for (const QFileInfo &f : QDir(runs[0]).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(f.absoluteFilePath(), QDir(copy).filePath(f.fileName())));
        ProjectDatabase db;
        QVERIFY(db.open(m_project));
        QString error;
        QCOMPARE(RunFolder::recordFinished(db, m_project, &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(RunFolder::recordFinished(db, m_project, &error), 0);
        QCOMPARE(int(db.cvRuns().size()), int(runs.size()) + 1);
    }
    // A run whose folder went missing is listed and explained.
    runs << m_dir.filePath(QStringLiteral("cage.runs/gone"));
    RunResultsDialog dialog(runs);
    dialog.selectRun(0);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("i3d:"))
                     && dialog.summaryText().contains(QLatin1String("at RGB weight")),
             qPrintable(dialog.summaryText()));
    const QStringList plots = dialog.plotNames();
    QVERIFY2(plots.contains(QStringLiteral("fusion_accuracy"))
                     && plots.contains(QStringLiteral("behavior_accuracy_i3d")),
             qPrintable(plots.join(QLatin1Char(' '))));
    QVERIFY(std::any_of(plots.begin(), plots.end(), [](const QString &p) {
        return p.startsWith(QLatin1String("confusion_i3d"));
    }));
    // "Use These Models": the first run made models on all recordings (runToTheEnd): they are
    // chosen first, after the folds.
    {
        QCOMPARE(dialog.foldModels().size(), 3);
        QCOMPARE(dialog.chosenFold(), 2);
        QVERIFY2(dialog.foldModels().at(2).first().contains(QLatin1String("/fold02/")),
                 qPrintable(dialog.foldModels().at(2).first()));
        bool named = false;
        for (const QComboBox *box : dialog.findChildren<QComboBox *>())
            named = named
                    || box->currentText()
                               == QLatin1String("All recordings (the models for new videos)");
        QVERIFY(named);
    }
    // A run without them: by default the fold whose held-out recording was predicted best
    // (worked out here from summary.json: mean over the models at their best weight).
    dialog.selectRun(1);
    {
        QFile f(QDir(runs[1]).filePath(QStringLiteral("summary.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject models = QJsonDocument::fromJson(f.readAll())
                                           .object()
                                           .value(QStringLiteral("evaluation"))
                                           .toObject()
                                           .value(QStringLiteral("models"))
                                           .toObject();
        std::map<int, double> sum;
        for (const QJsonValue &m : models) {
            const double best = m.toObject().value(QStringLiteral("best_rgb_weight")).toDouble();
            for (const QJsonValue &w : m.toObject().value(QStringLiteral("weights")).toArray())
                if (qFuzzyCompare(1.0 + w.toObject().value(QStringLiteral("rgb_weight")).toDouble(),
                                  1.0 + best))
                    for (const QJsonValue &fold :
                         w.toObject().value(QStringLiteral("folds")).toArray())
                        sum[fold.toObject().value(QStringLiteral("fold")).toInt()]
                                += fold.toObject().value(QStringLiteral("accuracy")).toDouble();
        }
        QVERIFY(!sum.empty());
        int expected = 0;
        for (const auto &[fold, total] : sum)
            if (total > sum[expected])
                expected = fold;
        QCOMPARE(dialog.foldModels().size(), int(sum.size()));
        QCOMPARE(dialog.chosenFold(), expected);
        for (const QStringList &files : dialog.foldModels())
            for (const QString &file : files)
                QVERIFY2(QFileInfo(file).isFile()
                                 && file.endsWith(QLatin1String("model.safetensors")),
                         qPrintable(file));
        QSignalSpy used(&dialog, &RunResultsDialog::useModels);
        dialog.chooseFold(1);
        dialog.useChosenModels();
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.first().first().toStringList(), dialog.foldModels().at(1));
        QVERIFY(used.first().first().toStringList().first().contains(QLatin1String("fold01")));
    }
    // A damaged summary.json, and one without an evaluation, are explained, not crashed on.
    const QString damaged = m_dir.filePath(QStringLiteral("cage.runs/damaged"));
    const QString unevaluated = m_dir.filePath(QStringLiteral("cage.runs/unevaluated"));
    for (const auto &[dir, text] : {std::pair{damaged, QByteArray("{\"evaluation\": {\"models\"")},
                                    std::pair{unevaluated, QByteArray("{\"status\": \"done\"}")}}) {
        QVERIFY(QDir().mkpath(dir));
        QFile f(QDir(dir).filePath(QStringLiteral("summary.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    {
        RunResultsDialog broken({damaged, unevaluated});
        broken.selectRun(0);
        QVERIFY2(broken.summaryText().contains(QLatin1String("damaged")),
                 qPrintable(broken.summaryText()));
        QVERIFY(broken.foldModels().isEmpty());
        broken.selectRun(1);
        QVERIFY2(broken.summaryText().contains(QLatin1String("no evaluation")),
                 qPrintable(broken.summaryText()));
    }
    dialog.selectRun(int(runs.size()) - 1);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("missing")),
             qPrintable(dialog.summaryText()));
    QVERIFY(dialog.plotNames().isEmpty());
    // Side by side.
    dialog.setCompared({0, 1, int(runs.size()) - 1});
    QCOMPARE(dialog.comparedRuns(), 3);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("compare"));
    QVERIFY(table);
    QVERIFY(table->rowCount() >= 3);
    bool best = false;
    for (int r = 0; r < table->rowCount(); ++r)
        best = best || table->verticalHeaderItem(r)->text() == QLatin1String("i3d, best accuracy");
    QVERIFY(best);
    QVERIFY(table->item(0, 0) && table->item(0, 0)->text().endsWith(QLatin1Char('%')));
}

QTEST_MAIN(TestRetrainDialog)
#include "test_retrain_dialog.moc"
