// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/ClusterRun.h"

#include "io/LabelExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <map>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRun)
};

constexpr char kFormat[] = "ethoscribe-cluster-run";

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Single-quoted for /bin/sh.
QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// The last `count` lines of a text file (reads at most its last 16 KB).
QStringList tailLines(const QString &path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = f.size();
    f.seek(std::max<qint64>(0, size - 16384));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines;
}

// The task's latest progress event in words: a flow task writes events.jsonl in its folder, a
// training task's cross-validation run in run/, an analysis prints its events into its log.
QString lastProgress(const ClusterTask &task, const QString &taskDir, const QString &log)
{
    QString events = QDir(taskDir).filePath(QStringLiteral("events.jsonl"));
    if (task.kind == QLatin1String("train"))
        events = QDir(taskDir).filePath(QStringLiteral("run/events.jsonl"));
    else if (task.kind == QLatin1String("analyze"))
        events = log;
    const QStringList lines = tailLines(events, 20);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const QJsonObject e = QJsonDocument::fromJson(it->toUtf8()).object();
        const QString name = e.value(QStringLiteral("event")).toString();
        if (name == QLatin1String("progress") && e.contains(QStringLiteral("stage")))
            return Tr::tr("%1: %2, %3 of %4")
                    .arg(QFileInfo(e.value(QStringLiteral("video")).toString()).fileName(),
                         e.value(QStringLiteral("stage")).toString())
                    .arg(e.value(QStringLiteral("done")).toInteger())
                    .arg(e.value(QStringLiteral("total")).toInteger());
        if (name == QLatin1String("progress"))
            return Tr::tr("step %1 of %2")
                    .arg(e.value(QStringLiteral("iter")).toInt())
                    .arg(e.value(QStringLiteral("iters")).toInt());
        if (name == QLatin1String("flow") || name == QLatin1String("predicting")
            || name == QLatin1String("features") || name == QLatin1String("loading"))
            return Tr::tr("%1 %2: frame %3 of %4")
                    .arg(name, e.value(QStringLiteral("video")).toString())
                    .arg(e.value(QStringLiteral("frame")).toInteger())
                    .arg(e.value(QStringLiteral("frames")).toInteger());
    }
    return {};
}

} // namespace

QJsonObject SlurmOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("partition"), partition},
                       {QStringLiteral("gres"), gres},
                       {QStringLiteral("time"), time},
                       {QStringLiteral("mem"), mem},
                       {QStringLiteral("cpus"), cpus}};
}

SlurmOptions SlurmOptions::fromJson(const QJsonObject &o)
{
    SlurmOptions s;
    s.partition = o.value(QStringLiteral("partition")).toString();
    s.gres = o.value(QStringLiteral("gres")).toString();
    s.time = o.value(QStringLiteral("time")).toString();
    s.mem = o.value(QStringLiteral("mem")).toString();
    s.cpus = o.value(QStringLiteral("cpus")).toInt();
    return s;
}

QStringList SlurmOptions::directives() const
{
    QStringList d;
    d << QStringLiteral("#SBATCH --cpus-per-task=%1").arg(std::max(1, cpus));
    if (!partition.isEmpty())
        d << QStringLiteral("#SBATCH --partition=") + partition;
    if (!gres.isEmpty())
        d << QStringLiteral("#SBATCH --gres=") + gres;
    if (!time.isEmpty())
        d << QStringLiteral("#SBATCH --time=") + time;
    if (!mem.isEmpty())
        d << QStringLiteral("#SBATCH --mem=") + mem;
    return d;
}

QString SlurmOptions::check() const
{
    static const QRegularExpression timeForm(
            QStringLiteral("^(\\d+-)?\\d{1,3}(:\\d{1,2}){0,2}$|^\\d+-\\d+$"));
    static const QRegularExpression memForm(QStringLiteral("^\\d+[KMGT]?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.:,=-]+$"));
    if (!time.isEmpty() && !timeForm.match(time).hasMatch())
        return Tr::tr("--time must look like HH:MM:SS (or D-HH:MM:SS), e.g. 04:00:00.");
    if (!mem.isEmpty() && !memForm.match(mem).hasMatch())
        return Tr::tr("--mem must be an amount such as 8G or 16000M.");
    if (cpus < 0 || cpus > 4096)
        return Tr::tr("--cpus must be a whole number of at least 1.");
    if (!partition.isEmpty() && !word.match(partition).hasMatch())
        return Tr::tr("--partition must be a partition name as 'sinfo' prints it.");
    if (!gres.isEmpty() && !word.match(gres).hasMatch())
        return Tr::tr("--gres must look like gpu:1.");
    return {};
}

QString ClusterTask::id() const
{
    return QStringLiteral("%1-%2").arg(kind).arg(index, 3, 10, QLatin1Char('0'));
}

QString ClusterTask::describe() const
{
    if (kind == QLatin1String("flow"))
        return Tr::tr("optical flow of %1").arg(video);
    if (kind == QLatin1String("analyze")) {
        QStringList names;
        for (const QString &v : videos)
            names << QFileInfo(v).fileName();
        return names.size() <= 3 ? names.join(QStringLiteral(", "))
                                 : Tr::tr("%1 and %2 more")
                                           .arg(names.mid(0, 2).join(QStringLiteral(", ")))
                                           .arg(names.size() - 2);
    }
    return Tr::tr("fold %1, %2 %3").arg(fold).arg(model, stream);
}

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::NotSubmitted:
        return QStringLiteral("not-submitted");
    case TaskState::Queued:
        return QStringLiteral("queued");
    case TaskState::Running:
        return QStringLiteral("running");
    case TaskState::Done:
        return QStringLiteral("done");
    case TaskState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool ClusterRun::save(QString *error) const
{
    QJsonArray taskList;
    for (const ClusterTask &t : tasks) {
        QJsonObject o{{QStringLiteral("kind"), t.kind},
                      {QStringLiteral("index"), t.index},
                      {QStringLiteral("attempts"), QJsonArray::fromStringList(t.attempts)}};
        if (t.kind == QLatin1String("flow")) {
            o.insert(QStringLiteral("video"), t.video);
        } else if (t.kind == QLatin1String("analyze")) {
            o.insert(QStringLiteral("videos"), QJsonArray::fromStringList(t.videos));
        } else {
            o.insert(QStringLiteral("fold"), t.fold);
            o.insert(QStringLiteral("model"), t.model);
            o.insert(QStringLiteral("stream"), t.stream);
        }
        taskList.append(o);
    }
    QJsonArray foldList;
    for (int f : folds)
        foldList.append(f);
    const QJsonObject doc{{QStringLiteral("format"), QLatin1String(kFormat)},
                          {QStringLiteral("formatVersion"), 1},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("project"), project},
                          {QStringLiteral("out"), outDir},
                          {QStringLiteral("behaviors"), QJsonArray::fromStringList(behaviors)},
                          {QStringLiteral("executable"), executable},
                          {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
                          {QStringLiteral("models"), QJsonArray::fromStringList(models)},
                          {QStringLiteral("streams"), QJsonArray::fromStringList(streams)},
                          {QStringLiteral("folds"), foldList},
                          {QStringLiteral("slurm"), slurm.toJson()},
                          {QStringLiteral("data"), dataHash},
                          {QStringLiteral("created"), created},
                          {QStringLiteral("tasks"), taskList},
                          {QStringLiteral("jobs"), jobs}};
    return LabelExport::writeFile(QDir(dir).filePath(fileName()),
                                  QJsonDocument(doc).toJson(QJsonDocument::Indented),
                                  error);
}

bool ClusterRun::load(const QString &path, ClusterRun *run, QString *error)
{
    const QString file = QDir(path).filePath(fileName());
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QFileInfo(path).isDir()
                             ? Tr::tr("%1 is not a cluster run (it has no %2).")
                                       .arg(native(path), fileName())
                             : Tr::tr("The run folder %1 does not exist.").arg(native(path));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        if (error)
            *error = Tr::tr("%1 is damaged (%2); the run cannot be followed or collected.")
                             .arg(native(file),
                                  doc.isObject() ? Tr::tr("not a cluster run")
                                                 : parseError.errorString());
        return false;
    }
    ClusterRun r;
    r.dir = QFileInfo(path).absoluteFilePath();
    r.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("cv"));
    r.project = o.value(QStringLiteral("project")).toString();
    r.outDir = o.value(QStringLiteral("out")).toString();
    for (const QJsonValue &b : o.value(QStringLiteral("behaviors")).toArray())
        r.behaviors << b.toString();
    r.executable = o.value(QStringLiteral("executable")).toString();
    for (const QJsonValue &a : o.value(QStringLiteral("arguments")).toArray())
        r.arguments << a.toString();
    for (const QJsonValue &a : o.value(QStringLiteral("models")).toArray())
        r.models << a.toString();
    for (const QJsonValue &a : o.value(QStringLiteral("streams")).toArray())
        r.streams << a.toString();
    for (const QJsonValue &a : o.value(QStringLiteral("folds")).toArray())
        r.folds << a.toInt();
    r.slurm = SlurmOptions::fromJson(o.value(QStringLiteral("slurm")).toObject());
    r.dataHash = o.value(QStringLiteral("data")).toString();
    r.created = o.value(QStringLiteral("created")).toString();
    r.jobs = o.value(QStringLiteral("jobs")).toArray();
    for (const QJsonValue &value : o.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject t = value.toObject();
        ClusterTask task;
        task.kind = t.value(QStringLiteral("kind")).toString();
        task.index = t.value(QStringLiteral("index")).toInt(-1);
        task.video = t.value(QStringLiteral("video")).toString();
        for (const QJsonValue &v : t.value(QStringLiteral("videos")).toArray())
            task.videos << v.toString();
        task.fold = t.value(QStringLiteral("fold")).toInt(-1);
        task.model = t.value(QStringLiteral("model")).toString();
        task.stream = t.value(QStringLiteral("stream")).toString();
        for (const QJsonValue &a : t.value(QStringLiteral("attempts")).toArray())
            task.attempts << a.toString();
        if ((task.kind != QLatin1String("flow") && task.kind != QLatin1String("train")
             && task.kind != QLatin1String("analyze"))
            || task.index < 0) {
            if (error)
                *error = Tr::tr("%1 is damaged (a task of unknown kind); the run cannot be "
                                "followed "
                                "or collected.")
                                 .arg(native(file));
            return false;
        }
        r.tasks.push_back(task);
    }
    *run = std::move(r);
    return true;
}

ClusterTask *ClusterRun::find(const QString &kind, int index)
{
    for (ClusterTask &t : tasks)
        if (t.kind == kind && t.index == index)
            return &t;
    return nullptr;
}

QString ClusterRun::taskDir(const ClusterTask &task) const
{
    return QDir(dir).filePath(QStringLiteral("tasks/") + task.id());
}

QString ClusterRun::scriptPath(const QString &kind) const
{
    return QDir(dir).filePath(QStringLiteral("job-%1.sh").arg(kind));
}

QString ClusterRun::logPath(const ClusterTask &task, const QString &element) const
{
    return QDir(dir).filePath(QStringLiteral("logs/%1-%2-%3.out")
                                      .arg(task.kind)
                                      .arg(task.index)
                                      .arg(element.section(QLatin1Char('_'), 0, 0)));
}

bool ClusterRun::writeScripts(QString *error) const
{
    QDir(dir).mkpath(QStringLiteral("logs"));
    QStringList kinds;
    for (const ClusterTask &t : tasks)
        if (!kinds.contains(t.kind))
            kinds << t.kind;
    for (const QString &kind : kinds) {
        QStringList lines{
                QStringLiteral("#!/bin/sh"),
                QStringLiteral("# Written by ethoscribe-cli for the cluster run in this "
                               "folder; submitted by it as a job array."),
                QStringLiteral("#SBATCH --job-name=ethoscribe-%1").arg(kind),
                QStringLiteral("#SBATCH --output=%1")
                        .arg(QDir(dir).filePath(QStringLiteral("logs/%1-%a-%A.out").arg(kind)))};
        lines << slurm.directives();
        lines << QStringLiteral("exec %1 runs task %2 %3 \"$SLURM_ARRAY_TASK_ID\"")
                         .arg(shellQuote(executable), shellQuote(dir), kind);
        if (!LabelExport::writeFile(scriptPath(kind),
                                    (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(),
                                    error))
            return false;
        QFile::setPermissions(scriptPath(kind),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::ExeOther);
    }
    return true;
}

bool ClusterRun::submit(const QList<int> &taskPositions, QString *error)
{
    // Positions per kind, flow first: training tasks wait for the flow they need.
    std::map<QString, QList<int>> byKind;
    for (int i = 0; i < int(tasks.size()); ++i)
        if (taskPositions.isEmpty() || taskPositions.contains(i))
            byKind[tasks[size_t(i)].kind] << i;
    QString flowJob;
    for (const QString &kind :
         {QStringLiteral("flow"), QStringLiteral("train"), QStringLiteral("analyze")}) {
        const auto it = byKind.find(kind);
        if (it == byKind.end())
            continue;
        QList<int> indices;
        for (int p : it->second)
            indices << tasks[size_t(p)].index;
        const QString after = kind == QLatin1String("train") ? flowJob : QString();
        const QString job = slurm::submitArray(scriptPath(kind), indices, after, {}, dir, error);
        if (job.isEmpty())
            return false;
        for (int p : it->second)
            tasks[size_t(p)].attempts << slurm::elementKey(job, tasks[size_t(p)].index);
        QJsonArray list;
        for (int i : indices)
            list.append(i);
        jobs.append(QJsonObject{{QStringLiteral("id"), job},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("indices"), list},
                                {QStringLiteral("after"), after},
                                {QStringLiteral("submitted"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        if (kind == QLatin1String("flow"))
            flowJob = job;
        if (!save(error))
            return false;
    }
    return true;
}

QStringList ClusterRun::jobIds() const
{
    QStringList ids;
    for (const QJsonValue &j : jobs)
        ids << j.toObject().value(QStringLiteral("id")).toString();
    for (const ClusterTask &t : tasks)
        for (const QString &a : t.attempts)
            ids << a.section(QLatin1Char('_'), 0, 0);
    ids.removeAll(QString());
    ids.removeDuplicates();
    return ids;
}

bool ClusterRun::writeTaskStatus(const QString &taskDir, const QJsonObject &status, QString *error)
{
    QDir().mkpath(taskDir);
    return LabelExport::writeFile(QDir(taskDir).filePath(QStringLiteral("status.json")),
                                  QJsonDocument(status).toJson(QJsonDocument::Indented),
                                  error);
}

QJsonObject ClusterRun::readTaskStatus(const QString &taskDir)
{
    QFile f(QDir(taskDir).filePath(QStringLiteral("status.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool ClusterRun::anyTaskReportedIn() const
{
    for (const ClusterTask &t : tasks)
        if (!readTaskStatus(taskDir(t)).isEmpty())
            return true;
    return false;
}

TaskStatus ClusterRun::status(const ClusterTask &task,
                              const QHash<QString, slurm::JobState> &scheduler,
                              bool schedulerKnown) const
{
    TaskStatus s;
    if (task.attempts.isEmpty()) {
        s.detail = Tr::tr("not submitted");
        return s;
    }
    s.element = task.attempts.last();
    const QString folder = taskDir(task);
    QJsonObject own = readTaskStatus(folder);
    // A status left by an earlier submission of the task says nothing about this one.
    if (own.value(QStringLiteral("job")).toString() != s.element)
        own = {};
    const QString ownState = own.value(QStringLiteral("state")).toString();
    s.logTail = tailLines(logPath(task, s.element), 5);
    if (ownState == QLatin1String("done")) {
        s.state = TaskState::Done;
        return s;
    }
    const auto known = scheduler.constFind(s.element);
    if (known != scheduler.constEnd() && known->pending()) {
        const bool never = known->reason == QLatin1String("DependencyNeverSatisfied");
        s.state = never ? TaskState::Failed : TaskState::Queued;
        s.detail = slurm::describe(*known);
        return s;
    }
    if (known != scheduler.constEnd() && known->active()) {
        s.state = TaskState::Running;
        s.progress = lastProgress(task, folder, logPath(task, s.element));
        s.detail = own.isEmpty()
                           ? Tr::tr("starting")
                           : Tr::tr("on %1").arg(own.value(QStringLiteral("host")).toString());
        return s;
    }
    // Ended, or the scheduler could not be asked.
    if (!schedulerKnown) {
        s.state = ownState == QLatin1String("failed") ? TaskState::Failed : TaskState::Running;
        s.detail = ownState == QLatin1String("failed")
                           ? own.value(QStringLiteral("error")).toString()
                           : Tr::tr("unknown: the scheduler could not be asked; the task's own "
                                    "record says it was running");
        s.progress = lastProgress(task, folder, logPath(task, s.element));
        return s;
    }
    s.state = TaskState::Failed;
    QStringList why;
    if (ownState == QLatin1String("failed"))
        why << own.value(QStringLiteral("error")).toString();
    if (known != scheduler.constEnd()) {
        if (known->state != QLatin1String("COMPLETED") || why.isEmpty())
            why << slurm::describe(*known);
    }
    if (own.isEmpty()) {
        const bool cancelledByDependency
                = known != scheduler.constEnd()
                  && known->reason == QLatin1String("DependencyNeverSatisfied");
        if (!cancelledByDependency && !anyTaskReportedIn())
            why << Tr::tr("no task could write into the run folder %1: it is probably not on "
                          "storage the compute nodes share. Put the run on shared storage (your "
                          "home or a project file system, not /tmp) and submit it again.")
                            .arg(native(dir));
        else if (!cancelledByDependency)
            why << Tr::tr("it left no record in its folder (it never started, or was killed at "
                          "once)");
    } else if (ownState == QLatin1String("running")) {
        why << Tr::tr("it stopped without finishing (killed?)");
    }
    if (known == scheduler.constEnd() && own.isEmpty() && why.isEmpty())
        why << Tr::tr("the scheduler no longer knows it");
    for (QString &w : why)
        while (w.endsWith(QLatin1Char('.')))
            w.chop(1);
    why.removeAll(QString());
    why.removeDuplicates();
    s.detail = why.join(QStringLiteral("; "));
    return s;
}

} // namespace ethoscribe
