// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-validation on a SLURM cluster: `cv --slurm` (submitCvToCluster), `runs status`,
// `runs collect`, `runs resubmit` and `runs task` (what each job array element runs). Parsing,
// printing and wiring only: the run folder and the scheduler are ClusterRun's and slurm's
// (core/cluster), the training is the `cv` command's own, the flow FlowComputation's.
#include "ClusterCommands.h"
#include "CliCommand.h"
#include "CliMain.h"

#include "cv/FoldPlan.h"
#include "cv/TrainingSnapshot.h"
#include "flow/FlowCache.h"
#include "flow/FlowComputation.h"
#include "flow/FlowOptions.h"
#include "io/LabelExport.h"
#include "project/Document.h"
#include "project/ProjectDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <atomic>
#include <csignal>
#include <map>

#include <unistd.h>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterCommands)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::atomic_bool g_taskCancel{false};

extern "C" void cancelTask(int)
{
    g_taskCancel.store(true);
}

int runCommand(const QString &name, const QStringList &args)
{
    for (const auto &c : commands())
        if (c.name == name) {
            QStringList sub = args;
            sub.prepend(QStringLiteral("ethoscribe-cli ") + name);
            return c.run(sub);
        }
    return fail(QStringLiteral("internal error: no command %1 in this executable").arg(name));
}

QString countsText(const std::map<TaskState, int> &counts)
{
    QStringList parts;
    auto add = [&](TaskState s, const QString &words) {
        const auto it = counts.find(s);
        if (it != counts.end() && it->second > 0)
            parts << words.arg(it->second);
    };
    add(TaskState::Done, Tr::tr("%1 done"));
    add(TaskState::Running, Tr::tr("%1 running"));
    add(TaskState::Queued, Tr::tr("%1 queued"));
    add(TaskState::Failed, Tr::tr("%1 failed"));
    add(TaskState::NotSubmitted, Tr::tr("%1 not submitted"));
    return parts.join(QStringLiteral(", "));
}

// Every task's status; *schedulerNote says why the scheduler could not be asked.
std::vector<TaskStatus> allStatuses(const ClusterRun &run, QString *schedulerNote)
{
    QHash<QString, slurm::JobState> states;
    QString why;
    const bool known = slurm::query(run.jobIds(), &states, &why);
    if (!known)
        *schedulerNote = why;
    std::vector<TaskStatus> result;
    for (const ClusterTask &t : run.tasks)
        result.push_back(run.status(t, states, known));
    return result;
}

// Links (or, across file systems, copies) every file of `from` into `to`, keeping the tree;
// files already there are kept. Checkpoints for resuming are left behind.
bool linkTree(const QString &from, const QString &to, QString *error)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (QFileInfo(source).fileName() == QLatin1String("checkpoint.safetensors"))
            continue;
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (QFileInfo::exists(target))
            continue;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData())
                    != 0
            && !QFile::copy(source, target)) {
            *error = Tr::tr("Could not copy %1 into the run folder (is the disk full?).")
                             .arg(native(source));
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// runs task RUN KIND INDEX: one element of a job array.

int runFlowTask(const ClusterRun &run, const ClusterTask &task, const QString &taskDir)
{
    TrainingSnapshot snapshot;
    QString error;
    if (!TrainingSnapshot::load(
                QDir(run.dir).filePath(ClusterRun::snapshotFileName()), &snapshot, &error)) {
        err() << "ethoscribe-cli: " << error << Qt::endl;
        return ExitFailure;
    }
    const int v = snapshot.find(task.video);
    if (v < 0) {
        err() << "ethoscribe-cli: " << Tr::tr("The run has no video %1.").arg(task.video)
              << Qt::endl;
        return ExitFailure;
    }
    const auto &video = snapshot.videos[size_t(v)];
    FlowOptions options;
    flowMethodFromName(snapshot.flowMethod, &options.method);
    options.threads = std::max(1, run.slurm.cpus);
    const QString cache
            = FlowCache::pathFor(snapshot.projectPath, video.record.contentHash, options.method);
    QFile events(QDir(taskDir).filePath(QStringLiteral("events.jsonl")));
    events.open(QIODevice::Append);
    qint64 last = -1;
    auto progress = [&](qint64 done, qint64 total) {
        if (done - last < 64 && done != total)
            return;
        last = done;
        const QJsonObject e{{QStringLiteral("event"), QStringLiteral("flow")},
                            {QStringLiteral("video"), video.name},
                            {QStringLiteral("frame"), done},
                            {QStringLiteral("frames"), total}};
        const QByteArray line = QJsonDocument(e).toJson(QJsonDocument::Compact);
        events.write(line + '\n');
        events.flush();
        out() << line << Qt::endl;
    };
    auto waiting = [&](const QString &holder) {
        if (holder.isEmpty())
            return;
        const QJsonObject e{{QStringLiteral("event"), QStringLiteral("waiting")},
                            {QStringLiteral("video"), video.name},
                            {QStringLiteral("holder"), holder}};
        const QByteArray line = QJsonDocument(e).toJson(QJsonDocument::Compact);
        events.write(line + '\n');
        events.flush();
        out() << line << Qt::endl;
    };
    if (!FlowComputation::ensure(video.absolutePath,
                                 video.record.contentHash,
                                 cache,
                                 options,
                                 progress,
                                 &g_taskCancel,
                                 &error,
                                 waiting)) {
        err() << "ethoscribe-cli: " << error << Qt::endl;
        QJsonObject status = ClusterRun::readTaskStatus(taskDir);
        status.insert(QStringLiteral("error"), error);
        ClusterRun::writeTaskStatus(taskDir, status, nullptr);
        return ExitFailure;
    }
    return ExitOk;
}

int runRunsTask(const QStringList &args)
{
    const QString command = QStringLiteral("runs task");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Runs one task of a cluster run (what each element of its job arrays runs; you "
                   "do not need to call it yourself)."));
    parser.addPositionalArgument(
            QStringLiteral("run"), Tr::tr("The run folder."), Tr::tr("RUN_DIR"));
    parser.addPositionalArgument(QStringLiteral("kind"), Tr::tr("flow or train."));
    parser.addPositionalArgument(QStringLiteral("index"), Tr::tr("The task's array index."));
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 3, 3, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    ClusterRun run;
    QString error;
    if (!ClusterRun::load(pos[0], &run, &error))
        return fail(error);
    bool ok = false;
    const int index = pos[2].toInt(&ok);
    ClusterTask *task = ok ? run.find(pos[1], index) : nullptr;
    if (!task)
        return fail(Tr::tr("The run has no %1 task %2.").arg(pos[1], pos[2]));
    const QString taskDir = run.taskDir(*task);
    const QByteArray jobId = qgetenv("SLURM_ARRAY_JOB_ID");
    const QString element = jobId.isEmpty() ? QStringLiteral("local")
                                            : slurm::elementKey(QString::fromLatin1(jobId), index);
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject status{{QStringLiteral("state"), QStringLiteral("running")},
                       {QStringLiteral("job"), element},
                       {QStringLiteral("host"), QSysInfo::machineHostName()},
                       {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                       {QStringLiteral("started"), started}};
    // This first write is also the proof that the compute node sees the run folder.
    if (!ClusterRun::writeTaskStatus(taskDir, status, &error))
        return fail(error);
    out() << Tr::tr("%1 (%2) on %3, job %4")
                     .arg(task->id(), task->describe(), QSysInfo::machineHostName(), element)
          << Qt::endl;

    g_taskCancel.store(false);
    std::signal(SIGTERM, cancelTask);
    std::signal(SIGINT, cancelTask);
    int exitCode;
    QString taskError;
    if (task->kind == QLatin1String("flow")) {
        exitCode = runFlowTask(run, *task, taskDir);
        taskError = ClusterRun::readTaskStatus(taskDir).value(QStringLiteral("error")).toString();
    } else if (task->kind == QLatin1String("analyze")) {
        // Its own project (created on the first attempt, resumed by the next) and CSV folder.
        const QString project = QDir(taskDir).filePath(QStringLiteral("task.ethoproj"));
        if (!QFileInfo::exists(project)) {
            Document doc;
            bool made = doc.create(project);
            for (const QString &name : run.behaviors)
                made = made && doc.addBehavior(name).has_value();
            if (!made) {
                const QString why = doc.errorString();
                QFile::remove(project);
                status.insert(QStringLiteral("state"), QStringLiteral("failed"));
                status.insert(QStringLiteral("error"), why);
                ClusterRun::writeTaskStatus(taskDir, status, nullptr);
                return fail(why);
            }
        }
        QStringList analyze = task->videos;
        analyze << run.arguments << QStringLiteral("--out")
                << QDir(taskDir).filePath(QStringLiteral("out")) << QStringLiteral("--project")
                << project;
        exitCode = runCommand(QStringLiteral("analyze"), analyze);
        if (exitCode != ExitOk)
            taskError = Tr::tr("the analysis failed (exit code %1): see the log's last lines")
                                .arg(exitCode);
    } else {
        const QString runDir = QDir(taskDir).filePath(QStringLiteral("run"));
        QStringList cv{run.project};
        cv << run.arguments;
        cv << QStringLiteral("--folds") << QString::number(task->fold) << QStringLiteral("--models")
           << task->model << QStringLiteral("--streams") << task->stream << QStringLiteral("--out")
           << runDir << QStringLiteral("--no-record") << QStringLiteral("--snapshot")
           << QDir(run.dir).filePath(ClusterRun::snapshotFileName());
        // A resubmitted task continues from its last checkpoint.
        if (QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("manifest.json"))))
            cv << QStringLiteral("--resume");
        exitCode = runCommand(QStringLiteral("cv"), cv);
        QFile manifest(QDir(runDir).filePath(QStringLiteral("manifest.json")));
        if (exitCode != ExitOk && manifest.open(QIODevice::ReadOnly)) {
            const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
            taskError
                    = m.value(QStringLiteral("status")).toString() == QLatin1String("cancelled")
                              ? Tr::tr("stopped by a signal (from the scheduler or scancel) after "
                                       "saving a checkpoint; resubmitted, it continues from there")
                              : m.value(QStringLiteral("error")).toString();
        }
    }
    status.insert(QStringLiteral("state"),
                  exitCode == ExitOk ? QStringLiteral("done") : QStringLiteral("failed"));
    status.insert(QStringLiteral("exitCode"), exitCode);
    status.insert(QStringLiteral("finished"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (exitCode != ExitOk)
        status.insert(QStringLiteral("error"),
                      taskError.isEmpty()
                              ? Tr::tr("it failed (exit code %1); see its log").arg(exitCode)
                              : taskError);
    if (!ClusterRun::writeTaskStatus(taskDir, status, &error))
        return fail(error);
    return exitCode;
}

// ---------------------------------------------------------------------------------------------
// runs status RUN

int runRunsStatus(const QStringList &args)
{
    const QString command = QStringLiteral("runs status");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Shows how far a cluster run is: each task queued, running (with its progress), "
            "done, or failed with the reason and the last lines of its log. Asks the "
            "scheduler (squeue, sacct, scontrol) and reads the run folder; changes nothing."));
    parser.addPositionalArgument(
            QStringLiteral("run"), Tr::tr("The run folder."), Tr::tr("RUN_DIR"));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the status as JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    ClusterRun run;
    QString error;
    if (!ClusterRun::load(parser.positionalArguments().at(0), &run, &error))
        return fail(error);
    QString schedulerNote;
    const std::vector<TaskStatus> statuses = allStatuses(run, &schedulerNote);
    std::map<TaskState, int> counts;
    for (const TaskStatus &s : statuses)
        ++counts[s.state];
    const bool complete = counts[TaskState::Done] == int(run.tasks.size());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (size_t i = 0; i < run.tasks.size(); ++i) {
            const ClusterTask &t = run.tasks[i];
            const TaskStatus &s = statuses[i];
            list.append(
                    QJsonObject{{QStringLiteral("id"), t.id()},
                                {QStringLiteral("kind"), t.kind},
                                {QStringLiteral("task"), t.describe()},
                                {QStringLiteral("state"), taskStateName(s.state)},
                                {QStringLiteral("job"), s.element},
                                {QStringLiteral("detail"), s.detail},
                                {QStringLiteral("progress"), s.progress},
                                {QStringLiteral("log"), QJsonArray::fromStringList(s.logTail)}});
        }
        QJsonObject c;
        for (const auto &[state, n] : counts)
            c.insert(taskStateName(state), n);
        const QJsonObject doc{{QStringLiteral("run"), native(run.dir)},
                              {QStringLiteral("jobs"), QJsonArray::fromStringList(run.jobIds())},
                              {QStringLiteral("tasks"), list},
                              {QStringLiteral("counts"), c},
                              {QStringLiteral("complete"), complete},
                              {QStringLiteral("scheduler"), schedulerNote}};
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        out().flush();
        return ExitOk;
    }
    out() << Tr::tr("%1: jobs %2; %3 tasks: %4.")
                     .arg(native(run.dir), run.jobIds().join(QStringLiteral(", ")))
                     .arg(run.tasks.size())
                     .arg(countsText(counts))
          << Qt::endl;
    if (!schedulerNote.isEmpty())
        out() << schedulerNote << Qt::endl;
    for (size_t i = 0; i < run.tasks.size(); ++i) {
        const ClusterTask &t = run.tasks[i];
        const TaskStatus &s = statuses[i];
        QString line
                = QStringLiteral("  %1  %2: %3").arg(t.id(), t.describe(), taskStateName(s.state));
        if (!s.progress.isEmpty())
            line += QStringLiteral(", ") + s.progress;
        if (!s.detail.isEmpty() && s.state != TaskState::Done)
            line += QStringLiteral(" (") + s.detail + QLatin1Char(')');
        out() << line << '\n';
        if (s.state == TaskState::Failed)
            for (const QString &l : s.logTail)
                out() << "      | " << l << '\n';
    }
    if (complete)
        out() << Tr::tr("All tasks are done: collect the run with 'ethoscribe-cli runs collect "
                        "%1'.")
                         .arg(native(run.dir))
              << '\n';
    else if (counts[TaskState::Failed] > 0)
        out() << Tr::tr("Resubmit the failed tasks with 'ethoscribe-cli runs resubmit %1 --failed' "
                        "(add --time or --mem when the scheduler stopped them).")
                         .arg(native(run.dir))
              << '\n';
    out().flush();
    return ExitOk;
}

// ---------------------------------------------------------------------------------------------
// runs collect RUN

// An analysis: every task's CSV files into the output folder, and (with a project, unless
// noRecord) every task's prediction tracks into the project, which an analysis there then resumes
// instead of recomputing.
int collectAnalysis(const ClusterRun &run, const QString &projectPath, bool noRecord)
{
    QString error;
    Document doc;
    const bool toProject = !projectPath.isEmpty() && !noRecord;
    if (toProject) {
        if (!doc.open(projectPath))
            return fail(doc.errorString());
        if (doc.isReadOnly())
            return fail(
                    Tr::tr("The project %1 is open in another program (%2), so the predictions "
                           "cannot be added now. Close it and collect again; nothing was changed.")
                            .arg(native(projectPath), doc.readOnlyReason()));
    }
    if (!QDir().mkpath(run.outDir))
        return fail(Tr::tr("Could not create the folder %1.").arg(native(run.outDir)));
    int files = 0, tracks = 0, kept = 0;
    // Each task named its files among its own videos only; here they are named among all the
    // run's videos, in order, as one 'analyze' of them all here would: a second video of the same
    // name in another task gets <name>_2_... instead of overwriting the first one's files.
    LabelExport::BaseNames runNames;
    for (const ClusterTask &t : run.tasks) {
        LabelExport::BaseNames taskNames;
        QHash<QString, QString> runBase; // the task's base -> the run's
        for (const QString &video : t.videos) {
            const QString fileName = QFileInfo(video).fileName();
            runBase.insert(taskNames.forVideo(fileName), runNames.forVideo(fileName));
        }
        const QDir taskOut(QDir(run.taskDir(t)).filePath(QStringLiteral("out")));
        for (const QString &name : taskOut.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
            QString targetName = name;
            for (const QLatin1String suffix :
                 {QLatin1String("_ethogram.csv"), QLatin1String("_bouts.csv")})
                if (name.endsWith(suffix)) {
                    const QString base = name.chopped(suffix.size());
                    targetName = runBase.value(base, base) + suffix;
                    break;
                }
            const QString target = QDir(run.outDir).filePath(targetName);
            QFile::remove(target);
            if (!QFile::copy(taskOut.filePath(name), target))
                return fail(
                        Tr::tr("Could not write %1 (is the disk full or the folder read-only?).")
                                .arg(native(target)));
            ++files;
        }
        if (!toProject)
            continue;
        ProjectDatabase task;
        const QString taskProject = QDir(run.taskDir(t)).filePath(QStringLiteral("task.ethoproj"));
        if (!task.open(taskProject, ProjectDatabase::OpenMode::ReadOnly))
            return fail(Tr::tr("The project of task %1 cannot be read (%2); resubmit it.")
                                .arg(t.id(), task.errorString()));
        for (const VideoRecord &v : task.videos()) {
            std::optional<VideoId> id;
            for (const VideoRecord &mine : doc.videos())
                if (mine.contentHash == v.contentHash)
                    id = mine.id;
            if (!id) {
                VideoRecord added = v;
                added.path = task.absoluteVideoPath(v);
                id = doc.addVideo(added);
                if (!id)
                    return fail(doc.errorString());
            }
            for (const TrackRecord &track : task.tracks(v.id)) {
                if (track.kind != TrackKind::Prediction)
                    continue;
                const TrackRecord *existing = doc.predictionTrack(*id, track.model, track.stream);
                if (existing && existing->source == track.source) {
                    ++kept; // collected before, or computed here from the same model
                    continue;
                }
                const std::optional<PredictionTrack> rows = task.predictions(track.id);
                if (!rows)
                    return fail(
                            Tr::tr("The predictions of task %1 cannot be read (%2); resubmit it.")
                                    .arg(t.id(), task.errorString()));
                if (!doc.addPredictionTrack(*id,
                                            TrackKind::Prediction,
                                            track.model,
                                            track.stream,
                                            *rows,
                                            track.source))
                    return fail(doc.errorString());
                ++tracks;
            }
        }
    }
    out() << Tr::tr("Collected %1 CSV files into %2.").arg(files).arg(native(run.outDir))
          << Qt::endl;
    if (toProject)
        out() << Tr::tr("Added %1 prediction tracks to %2 (%3 were there already).")
                         .arg(tracks)
                         .arg(native(projectPath))
                         .arg(kept)
              << Qt::endl;
    return ExitOk;
}

int runRunsCollect(const QStringList &args)
{
    const QString command = QStringLiteral("runs collect");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Gathers a finished cluster run: evaluates it as a local 'cv' would (the same "
                   "files and plots in the run folder) and records it in the project. Refuses, "
                   "changing nothing, while a task is not done."));
    parser.addPositionalArgument(
            QStringLiteral("run"), Tr::tr("The run folder."), Tr::tr("RUN_DIR"));
    const QCommandLineOption project{QStringLiteral("project"),
                                     Tr::tr("The project to record the run in (default: the one it "
                                            "was submitted from)."),
                                     Tr::tr("file")};
    const QCommandLineOption noRecord{QStringLiteral("no-record"),
                                      Tr::tr("Do not record the run in the project.")};
    const QCommandLineOption human{QStringLiteral("human"),
                                   Tr::tr("Print readable lines instead of JSON lines.")};
    parser.addOptions({project, noRecord, human});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    ClusterRun run;
    QString error;
    if (!ClusterRun::load(parser.positionalArguments().at(0), &run, &error))
        return fail(error);
    QString schedulerNote;
    const std::vector<TaskStatus> statuses = allStatuses(run, &schedulerNote);
    QStringList unfinished;
    std::map<TaskState, int> counts;
    for (size_t i = 0; i < run.tasks.size(); ++i) {
        ++counts[statuses[i].state];
        if (statuses[i].state != TaskState::Done)
            unfinished << QStringLiteral("%1 (%2): %3")
                                  .arg(run.tasks[i].id(),
                                       run.tasks[i].describe(),
                                       taskStateName(statuses[i].state));
    }
    if (!unfinished.isEmpty()) {
        err() << "ethoscribe-cli: "
              << Tr::tr("The run is not finished (%1), so it was not collected and nothing was "
                        "changed. Collect it when 'ethoscribe-cli runs status' says every task is "
                        "done.")
                         .arg(countsText(counts))
              << Qt::endl;
        for (const QString &u : unfinished.mid(0, 10))
            err() << "  " << u << Qt::endl;
        return ExitFailure;
    }
    if (run.kind == QLatin1String("analyze"))
        return collectAnalysis(run,
                               parser.isSet(project) ? parser.value(project) : run.project,
                               parser.isSet(noRecord));
    // Every training task's models and held-out predictions into the run's own folds/.
    for (const ClusterTask &t : run.tasks) {
        if (t.kind != QLatin1String("train"))
            continue;
        const QString folds = QDir(run.taskDir(t)).filePath(QStringLiteral("run/folds"));
        if (!QFileInfo(folds).isDir())
            return fail(Tr::tr("The folder of task %1 (%2) has no results (%3 is missing); "
                               "resubmit it with 'ethoscribe-cli runs resubmit'.")
                                .arg(t.id(), t.describe(), native(folds)));
        if (!linkTree(folds, QDir(run.dir).filePath(QStringLiteral("folds")), &error))
            return fail(error);
    }
    // The evaluation is the `cv` command's own, gathering instead of training.
    QStringList cv{parser.isSet(project) ? parser.value(project) : run.project};
    cv << run.arguments;
    cv << QStringLiteral("--models") << run.models.join(QLatin1Char(','))
       << QStringLiteral("--streams") << run.streams.join(QLatin1Char(','));
    if (!run.folds.isEmpty()) {
        QStringList f;
        for (int fold : run.folds)
            f << QString::number(fold);
        cv << QStringLiteral("--folds") << f.join(QLatin1Char(','));
    }
    cv << QStringLiteral("--out") << run.dir << QStringLiteral("--resume")
       << QStringLiteral("--snapshot") << QDir(run.dir).filePath(ClusterRun::snapshotFileName())
       << QStringLiteral("--gather");
    if (parser.isSet(noRecord))
        cv << QStringLiteral("--no-record");
    if (parser.isSet(human))
        cv << QStringLiteral("--human");
    return runCommand(QStringLiteral("cv"), cv);
}

// ---------------------------------------------------------------------------------------------
// runs resubmit RUN --failed

int runRunsResubmit(const QStringList &args)
{
    const QString command = QStringLiteral("runs resubmit");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Submits the failed tasks of a cluster run again (a training task continues from "
            "its last checkpoint). Scheduler options given here replace the run's for these "
            "and later submissions, e.g. --time when tasks hit their time limit."));
    parser.addPositionalArgument(
            QStringLiteral("run"), Tr::tr("The run folder."), Tr::tr("RUN_DIR"));
    const QCommandLineOption failed{QStringLiteral("failed"),
                                    Tr::tr("Resubmit every failed task.")};
    parser.addOption(failed);
    SlurmCommandOptions so;
    so.addTo(parser, false);
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    if (!parser.isSet(failed))
        return usageError(command, Tr::tr("Say which tasks to resubmit: --failed."));
    ClusterRun run;
    QString error;
    if (!ClusterRun::load(parser.positionalArguments().at(0), &run, &error))
        return fail(error);
    QString message;
    if (!so.read(parser, &run.slurm, &message))
        return usageError(command, message);
    if (slurm::findProgram(QStringLiteral("sbatch")).isEmpty())
        return fail(sbatchMissing());
    QString schedulerNote;
    const std::vector<TaskStatus> statuses = allStatuses(run, &schedulerNote);
    if (!schedulerNote.isEmpty())
        return fail(schedulerNote + QLatin1Char(' ')
                    + Tr::tr("Nothing was resubmitted: without the scheduler it is not known which "
                             "tasks failed."));
    QList<int> positions;
    QStringList stuck; // pending elements that can never start
    for (size_t i = 0; i < run.tasks.size(); ++i) {
        if (statuses[i].state != TaskState::Failed)
            continue;
        positions << int(i);
        stuck << statuses[i].element;
    }
    if (positions.isEmpty()) {
        out() << Tr::tr("No task has failed; nothing was resubmitted.") << Qt::endl;
        return ExitOk;
    }
    // Elements still pending on a dependency that failed would otherwise wait forever.
    QString ignored;
    slurm::cancel(stuck, &ignored);
    if (!run.writeScripts(&error))
        return fail(error);
    const size_t jobsBefore = size_t(run.jobs.size());
    if (!run.submit(positions, &error))
        return fail(error);
    QStringList ids;
    for (size_t j = jobsBefore; j < size_t(run.jobs.size()); ++j)
        ids << run.jobs[qsizetype(j)].toObject().value(QStringLiteral("id")).toString();
    out() << Tr::tr("Resubmitted failed tasks: %1, as job %2. Follow them with 'ethoscribe-cli "
                    "runs "
                    "status %3'.")
                     .arg(positions.size())
                     .arg(ids.join(QStringLiteral(", ")), native(run.dir))
          << Qt::endl;
    return ExitOk;
}

CliCommandRegistration taskRegistration{
        "runs task",
        QT_TRANSLATE_NOOP("CliCommand",
                          "Run one task of a cluster run (started by the job arrays)"),
        &runRunsTask,
        CommandNeeds::Networks}; // runs `cv` and `analyze` in-process
CliCommandRegistration statusRegistration{
        "runs status",
        QT_TRANSLATE_NOOP("CliCommand",
                          "Show a cluster run's tasks: queued, running, done or failed"),
        &runRunsStatus};
CliCommandRegistration collectRegistration{
        "runs collect",
        QT_TRANSLATE_NOOP("CliCommand",
                          "Evaluate a finished cluster run and record it in the project"),
        &runRunsCollect,
        CommandNeeds::Networks}; // gathers through `cv` in-process
CliCommandRegistration resubmitRegistration{
        "runs resubmit",
        QT_TRANSLATE_NOOP("CliCommand", "Submit the failed tasks of a cluster run again"),
        &runRunsResubmit};

} // namespace

namespace ethoscribe::cli {

SlurmCommandOptions::SlurmCommandOptions()
    : slurm(QStringLiteral("slurm"),
            Tr::tr("Run on a SLURM cluster: write the run folder (on storage the compute nodes "
                   "share), submit one job array task per fold, network and stream (after one per "
                   "video for optical flow), print the job ids and return. Follow with 'runs "
                   "status', gather with 'runs collect'."))
    , partition(QStringLiteral("partition"),
                Tr::tr("SLURM partition (default: the cluster's default)."),
                Tr::tr("name"))
    , gres(QStringLiteral("gres"),
           Tr::tr("Generic resources per task, e.g. gpu:1."),
           Tr::tr("spec"))
    , time(QStringLiteral("time"),
           Tr::tr("Time limit per task, HH:MM:SS (default: the partition's)."),
           Tr::tr("limit"))
    , cpus(QStringLiteral("cpus"),
           Tr::tr("CPU cores per task (default 1); the networks use them all."),
           Tr::tr("N"))
    , mem(QStringLiteral("mem"),
          Tr::tr("Memory per task, e.g. 8G (default: the cluster's)."),
          Tr::tr("size"))
{}

void SlurmCommandOptions::addTo(QCommandLineParser &parser,
                                bool withSlurmFlag,
                                const QString &slurmDescription) const
{
    if (withSlurmFlag) {
        QCommandLineOption option = slurm;
        if (!slurmDescription.isEmpty())
            option.setDescription(slurmDescription);
        parser.addOption(option);
    }
    parser.addOptions({partition, gres, time, cpus, mem});
}

bool SlurmCommandOptions::read(const QCommandLineParser &parser,
                               SlurmOptions *options,
                               QString *message) const
{
    if (parser.isSet(partition))
        options->partition = parser.value(partition);
    if (parser.isSet(gres))
        options->gres = parser.value(gres);
    if (parser.isSet(time))
        options->time = parser.value(time);
    if (parser.isSet(mem))
        options->mem = parser.value(mem);
    if (parser.isSet(cpus)) {
        bool ok = false;
        options->cpus = parser.value(cpus).toInt(&ok);
        if (!ok || options->cpus < 1) {
            *message = Tr::tr("--cpus must be a whole number of at least 1.");
            return false;
        }
    }
    *message = options->check();
    return message->isEmpty();
}

QString sbatchMissing()
{
    return Tr::tr("sbatch was not found, so nothing can go to a cluster: run this on the cluster's "
                  "login node (or load its SLURM module first, e.g. 'module load slurm'), or leave "
                  "out --slurm to run here. Nothing was written.");
}

bool readyToSubmit(const QString &runDir, int *exitCode)
{
    if (slurm::findProgram(QStringLiteral("sbatch")).isEmpty()) {
        *exitCode = fail(sbatchMissing());
        return false;
    }
    const QDir folder(runDir);
    if (folder.exists() && !folder.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty()) {
        *exitCode = fail(Tr::tr("The folder %1 is not empty. Choose a new folder for the run (on "
                                "storage the compute nodes share).")
                                 .arg(native(runDir)));
        return false;
    }
    return true;
}

int submitCvToCluster(const ClusterCvRequest &request)
{
    const QString outDir = QFileInfo(request.outDir).absoluteFilePath();
    const QDir folder(outDir);
    int code = ExitOk;
    if (!readyToSubmit(outDir, &code))
        return code;
    TrainingSnapshot snapshot;
    QString error;
    if (!TrainingSnapshot::read(request.project, request.annotator, &snapshot, &error))
        return fail(error);
    if (snapshot.labeledVideos().empty())
        return fail(Tr::tr("No video of the project has labels. Label some frames (or import "
                           "labels) before training."));
    FoldPlan plan;
    if (!FoldPlan::leaveOneRecordingOut(snapshot, &plan, &error))
        return fail(error);
    if (request.finalModels)
        plan.appendAllRecordingsFold(snapshot);
    for (int f : request.folds)
        if (f < 0 || f >= int(plan.folds.size()))
            return fail(Tr::tr("There is no fold %1: the run has folds 0 to %2.")
                                .arg(f)
                                .arg(plan.folds.size() - 1));

    ClusterRun run;
    run.dir = outDir;
    run.project = QFileInfo(request.project).absoluteFilePath();
    run.executable = cliExecutable();
    run.arguments = request.arguments;
    run.models = request.models;
    run.streams = request.streams;
    run.folds = request.folds;
    run.slurm = request.slurm;
    run.dataHash = snapshot.dataHash();
    run.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    std::vector<int> videos; // that the chosen folds read
    for (const FoldPlan::Fold &fold : plan.folds) {
        if (!request.folds.isEmpty() && !request.folds.contains(fold.index))
            continue;
        for (const auto *list : {&fold.training, &fold.heldOut})
            for (int v : *list)
                if (std::find(videos.begin(), videos.end(), v) == videos.end())
                    videos.push_back(v);
        for (const QString &model : request.models)
            for (const QString &stream : request.streams) {
                ClusterTask t;
                t.kind = QStringLiteral("train");
                t.fold = fold.index;
                t.model = model;
                t.stream = stream;
                run.tasks.push_back(t);
            }
    }
    std::sort(videos.begin(), videos.end());
    for (int v : videos) {
        const auto &video = snapshot.videos[size_t(v)];
        if (!QFileInfo::exists(video.absolutePath))
            return fail(Tr::tr("The video %1 is missing (it was expected at %2). Put it back, or "
                               "find moved videos with 'ethoscribe-cli project relocate'.")
                                .arg(video.name, native(video.absolutePath)));
    }
    if (request.streams.contains(QStringLiteral("flow"))) {
        std::vector<ClusterTask> flow;
        for (int v : videos) {
            ClusterTask t;
            t.kind = QStringLiteral("flow");
            t.video = snapshot.videos[size_t(v)].name;
            flow.push_back(t);
        }
        run.tasks.insert(run.tasks.begin(), flow.begin(), flow.end());
    }
    std::map<QString, int> next;
    for (ClusterTask &t : run.tasks)
        t.index = next[t.kind]++;

    const bool created = !folder.exists();
    if (!QDir().mkpath(outDir))
        return fail(Tr::tr("Could not create the run folder %1.").arg(native(outDir)));
    auto undo = [&](const QString &message) {
        // Nothing of a refused run stays behind.
        if (created)
            QDir(outDir).removeRecursively();
        else
            for (const QString &e : QDir(outDir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries))
                QFileInfo(folder.filePath(e)).isDir() ? QDir(folder.filePath(e)).removeRecursively()
                                                      : QFile::remove(folder.filePath(e));
        return fail(message);
    };
    if (!snapshot.save(folder.filePath(ClusterRun::snapshotFileName()), &error)
        || !run.writeScripts(&error) || !run.save(&error))
        return undo(error);
    if (!run.submit({}, &error)) {
        if (run.jobs.isEmpty())
            return undo(error + QLatin1Char(' ') + Tr::tr("Nothing was submitted."));
        // The flow job went in, the training job did not: cancel it, so nothing runs for a run
        // that cannot finish.
        QStringList ids = run.jobIds();
        QString ignored;
        slurm::cancel(ids, &ignored);
        return undo(error + QLatin1Char(' ') + Tr::tr("The part already submitted was cancelled."));
    }
    QJsonArray jobs = run.jobs;
    if (!request.human) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("submitted")},
                                           {QStringLiteral("out"), outDir},
                                           {QStringLiteral("tasks"), int(run.tasks.size())},
                                           {QStringLiteral("jobs"), jobs}})
                         .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return ExitOk;
    }
    for (const QJsonValue &j : jobs) {
        const QJsonObject o = j.toObject();
        const int n = int(o.value(QStringLiteral("indices")).toArray().size());
        QString text
                = o.value(QStringLiteral("kind")).toString() == QLatin1String("flow")
                          ? Tr::tr("Submitted job %1: optical flow of videos: %2.")
                          : Tr::tr("Submitted job %1: training tasks (one per fold, network and "
                                   "stream): %2.");
        if (!o.value(QStringLiteral("after")).toString().isEmpty())
            text += QLatin1Char(' ') + Tr::tr("They start when the optical flow is done.");
        out() << text.arg(o.value(QStringLiteral("id")).toString()).arg(n) << Qt::endl;
    }
    out() << Tr::tr("Follow the run with 'ethoscribe-cli runs status %1'; when every task is done, "
                    "gather it with 'ethoscribe-cli runs collect %1'.")
                     .arg(native(outDir))
          << Qt::endl;
    if (outDir.startsWith(QLatin1String("/tmp/")))
        err() << "ethoscribe-cli: "
              << Tr::tr("note: the run folder is under /tmp, which compute nodes usually do not "
                        "share; 'runs status' will say so if the tasks cannot reach it.")
              << Qt::endl;
    return ExitOk;
}

int submitAnalyzeToCluster(const ClusterAnalyzeRequest &request)
{
    const QString runDir = QFileInfo(request.runDir).absoluteFilePath();
    const QDir folder(runDir);
    int code = ExitOk;
    if (!readyToSubmit(runDir, &code))
        return code;
    ClusterRun run;
    run.kind = QStringLiteral("analyze");
    run.dir = runDir;
    run.project = request.project;
    run.outDir = request.outDir;
    run.behaviors = request.behaviors;
    run.executable = cliExecutable();
    run.arguments = request.arguments;
    run.slurm = request.slurm;
    run.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (qsizetype i = 0; i < request.videos.size(); i += request.videosPerTask) {
        ClusterTask t;
        t.kind = QStringLiteral("analyze");
        t.index = int(run.tasks.size());
        t.videos = request.videos.mid(i, request.videosPerTask);
        run.tasks.push_back(t);
    }
    const bool created = !folder.exists();
    if (!QDir().mkpath(runDir))
        return fail(Tr::tr("Could not create the run folder %1.").arg(native(runDir)));
    QString error;
    if (!run.writeScripts(&error) || !run.save(&error) || !run.submit({}, &error)) {
        if (created)
            QDir(runDir).removeRecursively();
        return fail(error + QLatin1Char(' ') + Tr::tr("Nothing was submitted."));
    }
    const QString job = run.jobIds().value(0);
    if (!request.human) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("submitted")},
                                           {QStringLiteral("out"), runDir},
                                           {QStringLiteral("tasks"), int(run.tasks.size())},
                                           {QStringLiteral("jobs"), run.jobs}})
                         .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return ExitOk;
    }
    out() << Tr::tr("Submitted job %1: analysis tasks (videos per task: %2): %3.")
                     .arg(job)
                     .arg(request.videosPerTask)
                     .arg(run.tasks.size())
          << Qt::endl;
    out() << Tr::tr("Follow it with 'ethoscribe-cli runs status %1'; when every task is done, "
                    "'ethoscribe-cli "
                    "runs collect %1' puts the CSV files into %2%3.")
                     .arg(native(runDir),
                          native(request.outDir),
                          request.project.isEmpty() ? QString()
                                                    : Tr::tr(" and the predictions into %1")
                                                              .arg(native(request.project)))
          << Qt::endl;
    return ExitOk;
}

} // namespace ethoscribe::cli
