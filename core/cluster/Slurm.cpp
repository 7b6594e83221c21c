// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/Slurm.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace ethoscribe::slurm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slurm)
};

// "3", "2-5", "2-5:2", "1,4-6%2" -> the indices.
QList<int> expandIndices(QString text)
{
    QList<int> result;
    const int throttle = text.indexOf(QLatin1Char('%'));
    if (throttle >= 0)
        text.truncate(throttle);
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString range = part;
        int step = 1;
        const int colon = range.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            step = std::max(1, range.mid(colon + 1).toInt());
            range.truncate(colon);
        }
        const int dash = range.indexOf(QLatin1Char('-'));
        bool okA = false, okB = true;
        const int a = range.left(dash < 0 ? range.size() : dash).toInt(&okA);
        const int b = dash < 0 ? a : range.mid(dash + 1).toInt(&okB);
        if (!okA || !okB || b < a || b - a > 1000000)
            continue;
        for (int i = a; i <= b; i += step)
            result << i;
    }
    return result;
}

// An array element id as squeue and sacct print it: "123_4", or "123_[4-7]" for elements not yet
// split off (expanded); ids without an element (plain jobs) are ignored.
void insertElements(QHash<QString, JobState> *states, const QString &id, const JobState &state)
{
    const int open = id.indexOf(QStringLiteral("_["));
    if (open > 0 && id.endsWith(QLatin1Char(']'))) {
        const QString job = id.left(open);
        for (int i : expandIndices(id.mid(open + 2, id.size() - open - 3)))
            states->insert(QStringLiteral("%1_%2").arg(job).arg(i), state);
    } else if (id.contains(QLatin1Char('_'))) {
        states->insert(id, state);
    }
}

QString firstLine(const QString &text)
{
    const QString t = text.trimmed();
    return t.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

bool JobState::active() const
{
    static const QStringList names{QStringLiteral("RUNNING"),
                                   QStringLiteral("CONFIGURING"),
                                   QStringLiteral("COMPLETING"),
                                   QStringLiteral("SUSPENDED"),
                                   QStringLiteral("STAGE_OUT"),
                                   QStringLiteral("RESIZING"),
                                   QStringLiteral("SIGNALING"),
                                   QStringLiteral("REQUEUED"),
                                   QStringLiteral("REQUEUE_FED"),
                                   QStringLiteral("REQUEUE_HOLD")};
    return names.contains(state);
}

bool JobState::finished() const
{
    return !state.isEmpty() && !pending() && !active();
}

QString elementKey(const QString &jobId, int index)
{
    return jobId + QLatin1Char('_') + QString::number(index);
}

QHash<QString, JobState> parseSqueue(const QString &text)
{
    QHash<QString, JobState> states;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.trimmed().split(QLatin1Char('|'));
        if (f.size() < 2)
            continue;
        const QString id = f[0].trimmed();
        insertElements(&states,
                       id,
                       {f[1].trimmed(), f.size() > 2 ? f[2].trimmed() : QString(), QString()});
    }
    return states;
}

QHash<QString, JobState> parseSacct(const QString &text)
{
    QHash<QString, JobState> states;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.trimmed().split(QLatin1Char('|'));
        if (f.size() < 2)
            continue;
        const QString id = f[0].trimmed();
        if (id.contains(QLatin1Char('.'))) // job steps ("123_4.batch")
            continue;
        insertElements(&states,
                       id,
                       {f[1].trimmed().section(QLatin1Char(' '), 0, 0),
                        f.size() > 3 ? f[3].trimmed() : QString(),
                        f.size() > 2 ? f[2].trimmed() : QString()});
    }
    return states;
}

QHash<QString, JobState> parseScontrol(const QString &text)
{
    QHash<QString, JobState> states;
    static const QRegularExpression field(QStringLiteral("(\\w+)=(\\S*)"));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QHash<QString, QString> values;
        auto it = field.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!values.contains(m.captured(1)))
                values.insert(m.captured(1), m.captured(2));
        }
        const QString job = values.value(QStringLiteral("ArrayJobId"));
        const QString tasks = values.value(QStringLiteral("ArrayTaskId"));
        if (job.isEmpty() || tasks.isEmpty() || tasks == QLatin1String("N/A"))
            continue;
        const JobState s{values.value(QStringLiteral("JobState")),
                         values.value(QStringLiteral("Reason")),
                         values.value(QStringLiteral("ExitCode"))};
        for (int i : expandIndices(tasks))
            states.insert(elementKey(job, i), s);
    }
    return states;
}

QString parseSbatchJobId(const QString &text)
{
    const QString id = firstLine(text).section(QLatin1Char(';'), 0, 0).trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    return digits.match(id).hasMatch() ? id : QString();
}

QString compressIndices(QList<int> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    QStringList parts;
    for (qsizetype i = 0; i < indices.size();) {
        qsizetype j = i;
        while (j + 1 < indices.size() && indices[j + 1] == indices[j] + 1)
            ++j;
        parts << (j == i ? QString::number(indices[i])
                         : QStringLiteral("%1-%2").arg(indices[i]).arg(indices[j]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

QString describe(const JobState &s)
{
    const QString &st = s.state;
    const QString &r = s.reason;
    if (st == QLatin1String("PENDING")) {
        if (r == QLatin1String("Dependency"))
            return Tr::tr("waiting for the optical flow tasks to finish");
        if (r == QLatin1String("DependencyNeverSatisfied"))
            return Tr::tr("will never start: an optical flow task it needs failed");
        if (r == QLatin1String("Resources") || r == QLatin1String("Priority")
            || r == QLatin1String("None") || r.isEmpty())
            return Tr::tr("waiting for a free node");
        if (r.contains(QLatin1String("Partition")))
            return Tr::tr("waiting: the partition is not available (%1)").arg(r);
        if (r.contains(QLatin1String("Held")))
            return Tr::tr("held (release it with scontrol release)");
        return Tr::tr("waiting (%1)").arg(r);
    }
    if (st == QLatin1String("RUNNING") || st == QLatin1String("CONFIGURING")
        || st == QLatin1String("COMPLETING"))
        return Tr::tr("running");
    if (st == QLatin1String("COMPLETED"))
        return Tr::tr("ended normally");
    if (st == QLatin1String("TIMEOUT"))
        return Tr::tr("stopped by the scheduler at its time limit: resubmit it with more time "
                      "(--time)");
    if (st == QLatin1String("OUT_OF_MEMORY"))
        return Tr::tr(
                "stopped by the scheduler: it ran out of memory; resubmit it with more memory "
                "(--mem)");
    if (st == QLatin1String("CANCELLED")) {
        if (r == QLatin1String("DependencyNeverSatisfied"))
            return Tr::tr(
                    "cancelled by the scheduler because an optical flow task it needs failed");
        return Tr::tr("cancelled (with scancel, or by an administrator)");
    }
    if (st == QLatin1String("NODE_FAIL"))
        return Tr::tr("its node failed");
    if (st == QLatin1String("BOOT_FAIL"))
        return Tr::tr("its node could not be started");
    if (st == QLatin1String("PREEMPTED"))
        return Tr::tr("preempted by a job of higher priority");
    if (st == QLatin1String("DEADLINE"))
        return Tr::tr("stopped at its deadline");
    if (st == QLatin1String("FAILED"))
        return s.exitCode.isEmpty()
                       ? Tr::tr("failed")
                       : Tr::tr("failed (exit code %1)").arg(s.exitCode.section(':', 0, 0));
    return st.toLower();
}

QString findProgram(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

ProcessResult runProgram(const QString &program,
                         const QStringList &arguments,
                         int timeoutMs,
                         const QString &workingDirectory)
{
    ProcessResult r;
    const QString path = findProgram(program);
    if (path.isEmpty()) {
        r.err = Tr::tr("%1 was not found on the PATH").arg(program);
        return r;
    }
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(path, arguments);
    if (!p.waitForStarted(timeoutMs)) {
        r.err = p.errorString();
        return r;
    }
    r.started = true;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = Tr::tr("%1 did not answer within %2 s").arg(program).arg(timeoutMs / 1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

QString submitArray(const QString &script,
                    const QList<int> &indices,
                    const QString &afterOkJob,
                    const QStringList &extraArguments,
                    const QString &workingDirectory,
                    QString *error)
{
    QStringList args{QStringLiteral("--parsable"),
                     QStringLiteral("--array=") + compressIndices(indices)};
    if (!afterOkJob.isEmpty())
        args << QStringLiteral("--dependency=afterok:") + afterOkJob
             << QStringLiteral("--kill-on-invalid-dep=yes");
    args << extraArguments << script;
    const ProcessResult r = runProgram(QStringLiteral("sbatch"), args, 120000, workingDirectory);
    const QString id = r.exitCode == 0 ? parseSbatchJobId(r.out) : QString();
    if (id.isEmpty() && error) {
        QString why = r.err.trimmed();
        why.remove(QRegularExpression(QStringLiteral("^sbatch: error: "),
                                      QRegularExpression::MultilineOption));
        if (why.isEmpty())
            why = r.out.trimmed();
        *error = Tr::tr("The cluster refused the job: %1")
                         .arg(why.isEmpty() ? Tr::tr("no answer") : why);
        if (why.contains(QLatin1String("partition"), Qt::CaseInsensitive))
            *error += QLatin1Char(' ') + Tr::tr("'sinfo' lists the partitions of this cluster.");
    }
    return id;
}

bool query(const QStringList &jobIds, QHash<QString, JobState> *states, QString *error)
{
    states->clear();
    if (jobIds.isEmpty())
        return true;
    const QString list = jobIds.join(QLatin1Char(','));
    // squeue refuses the whole request when one of the jobs has left the controller's memory,
    // so each job is asked alone.
    bool anyAnswer = false;
    QString lastError;
    for (const QString &job : jobIds) {
        const ProcessResult q = runProgram(QStringLiteral("squeue"),
                                           {QStringLiteral("-h"),
                                            QStringLiteral("-r"),
                                            QStringLiteral("-j"),
                                            job,
                                            QStringLiteral("-o"),
                                            QStringLiteral("%i|%T|%r")});
        if (!q.started) {
            lastError = q.err;
            continue;
        }
        if (q.exitCode == 0) {
            anyAnswer = true;
            states->insert(parseSqueue(q.out));
        } else if (q.err.contains(QLatin1String("Invalid job id"))) {
            anyAnswer = true; // ended long ago
        } else {
            lastError = firstLine(q.err);
        }
    }
    if (!anyAnswer) {
        if (error)
            *error = Tr::tr("The scheduler could not be asked (%1).").arg(lastError);
        return false;
    }
    // Ended elements: accounting when the cluster keeps it, then the controller's memory.
    const ProcessResult a = runProgram(QStringLiteral("sacct"),
                                       {QStringLiteral("-n"),
                                        QStringLiteral("-P"),
                                        QStringLiteral("-X"),
                                        QStringLiteral("-j"),
                                        list,
                                        QStringLiteral("-o"),
                                        QStringLiteral("JobID,State,ExitCode,Reason")});
    if (a.exitCode == 0) {
        const auto ended = parseSacct(a.out);
        for (auto it = ended.begin(); it != ended.end(); ++it)
            if (!states->contains(it.key()) && it.value().finished())
                states->insert(it.key(), it.value());
    }
    for (const QString &job : jobIds) {
        const ProcessResult c = runProgram(
                QStringLiteral("scontrol"),
                {QStringLiteral("-o"), QStringLiteral("show"), QStringLiteral("job"), job});
        if (c.exitCode != 0)
            continue;
        const auto ended = parseScontrol(c.out);
        for (auto it = ended.begin(); it != ended.end(); ++it)
            if (!states->contains(it.key()) && it.value().finished())
                states->insert(it.key(), it.value());
    }
    return true;
}

bool cancel(const QStringList &elements, QString *error)
{
    if (elements.isEmpty())
        return true;
    const ProcessResult r = runProgram(QStringLiteral("scancel"), elements);
    if (r.exitCode == 0)
        return true;
    if (error)
        *error = Tr::tr("scancel failed: %1").arg(firstLine(r.err.isEmpty() ? r.out : r.err));
    return false;
}

} // namespace ethoscribe::slurm
