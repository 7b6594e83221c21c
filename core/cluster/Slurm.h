// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ethoscribe {

// What Ethoscribe asks of SLURM, through its own programs (sbatch, squeue, scontrol, sacct,
// scancel): nothing home-made replaces the scheduler. The parsers are separate from the process
// calls so that they can be tested without a cluster.
namespace slurm {

// The state of one job array element, as the scheduler reports it.
struct JobState
{
    QString state;    // PENDING, RUNNING, COMPLETED, FAILED, TIMEOUT, OUT_OF_MEMORY, CANCELLED, ...
    QString reason;   // Resources, Priority, Dependency, DependencyNeverSatisfied, TimeLimit, ...
    QString exitCode; // "0:0" (code:signal) when known

    bool pending() const { return state == QLatin1String("PENDING"); }
    bool active() const;   // running, configuring, completing, suspended
    bool finished() const; // ended, whatever the outcome
};

// Element key as squeue and sacct print it: "<array job id>_<index>".
QString elementKey(const QString &jobId, int index);

// `squeue -h -r -o %i|%T|%r` lines -> element key -> state.
QHash<QString, JobState> parseSqueue(const QString &text);
// `sacct -n -P -X -o JobID,State,ExitCode,Reason` lines -> element key -> state ("CANCELLED by
// 0" becomes CANCELLED).
QHash<QString, JobState> parseSacct(const QString &text);
// `scontrol -o show job ID` lines (one record per line) -> element key -> state. Records of
// array elements not yet split off ("ArrayTaskId=2-5") are expanded.
QHash<QString, JobState> parseScontrol(const QString &text);
// `sbatch --parsable` output ("123" or "123;cluster") -> the job id, empty when it is not one.
QString parseSbatchJobId(const QString &text);
// 0,1,2,3,5 -> "0-3,5".
QString compressIndices(QList<int> indices);

// The state in plain words for a biologist ("waiting for a free node", "stopped at its time
// limit (--time): resubmit it with more time").
QString describe(const JobState &state);

// The program on the PATH, or empty.
QString findProgram(const QString &name);

struct ProcessResult
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs a SLURM program (found on the PATH) and waits at most `timeoutMs`.
ProcessResult runProgram(const QString &program,
                         const QStringList &arguments,
                         int timeoutMs = 60000,
                         const QString &workingDirectory = {});

// Submits `script` as a job array over `indices`, after `afterOkJob` when given (its tasks are
// cancelled when that job fails). Returns the job id, or empty with a plain-words *error
// (sbatch's own message included).
QString submitArray(const QString &script,
                    const QList<int> &indices,
                    const QString &afterOkJob,
                    const QStringList &extraArguments,
                    const QString &workingDirectory,
                    QString *error);

// What the scheduler knows about these jobs' elements: squeue for queued and running ones, then
// sacct (when the cluster keeps accounting) and scontrol (recently ended jobs) for the others.
// False with *error when the scheduler cannot be asked at all.
bool query(const QStringList &jobIds, QHash<QString, JobState> *states, QString *error);

// Cancels job array elements ("123_4"); false with *error.
bool cancel(const QStringList &elements, QString *error);

} // namespace slurm
} // namespace ethoscribe
