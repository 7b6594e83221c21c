// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/Slurm.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ethoscribe {

// What the user asks of the scheduler for each task.
struct SlurmOptions
{
    QString partition; // empty: the cluster's default
    QString gres;      // e.g. gpu:1
    QString time;      // HH:MM:SS or D-HH:MM:SS; empty: the partition's default
    QString mem;       // e.g. 8G; empty: the cluster's default
    int cpus = 0;      // per task; 0: 1

    QJsonObject toJson() const;
    static SlurmOptions fromJson(const QJsonObject &o);
    // #SBATCH lines for these options.
    QStringList directives() const;
    // Plain-words problem with the values (a malformed --time), or empty.
    QString check() const;
};

// One task of a cluster run: a slice of the work that writes only into its own folder.
struct ClusterTask
{
    // "flow" (optical flow of one video), "train" (one fold x network x stream) or "analyze"
    // (predictions for a group of videos)
    QString kind;
    int index = 0; // its element of the job array of its kind
    QString video; // flow
    QStringList videos; // analyze: absolute paths
    int fold = -1; // train
    QString model;
    QString stream;
    QStringList attempts; // job array elements ("123_4") of each submission, the latest last

    QString id() const; // "flow-000", "train-012"
    QString describe() const;
};

enum class TaskState { NotSubmitted, Queued, Running, Done, Failed };
QString taskStateName(TaskState state); // "queued", "running", ...

struct TaskStatus
{
    TaskState state = TaskState::NotSubmitted;
    QString element;  // latest job array element
    QString detail;   // plain words: why it waits, how it failed
    QString progress; // "step 120/600", "frame 300 of 900"
    QStringList logTail;
};

// A cross-validation run or a batch analysis handed to a SLURM cluster (docs/CLUSTER.md). The
// folder of a cross-validation run, on storage
// the compute nodes share, holds:
//   cluster.json     this object: the project, the command each task runs, the SLURM options,
//                    every task and every submission
//   snapshot.json    the labels when the run was submitted (TrainingSnapshot::save): every task
//                    learns from exactly these, whatever the biologist labels meanwhile
//   job-flow.sh, job-train.sh    the batch scripts (one job array each)
//   logs/<kind>-<index>-<job>.out    each task's output
//   tasks/<task id>/  a task's own folder: status.json (written by the task itself: running,
//                    done or failed, on which node, why) and, for a training task, a
//                    cross-validation run folder of its one fold, network and stream
// and, once collected, everything a local `cv` writes (manifest.json, folds/, predictions/,
// summary.json, plots/ ...). A batch analysis has job-analyze.sh and one task per group of videos,
// each analysing into its own project and CSV folder (tasks/analyze-NNN/task.ethoproj, out/);
// collecting copies the CSV files into the analysis's output folder and the predictions into the
// project.
class ClusterRun
{
public:
    static QString fileName() { return QStringLiteral("cluster.json"); }
    static QString snapshotFileName() { return QStringLiteral("snapshot.json"); }

    QString kind = QStringLiteral("cv"); // "cv" or "analyze"
    QString dir;           // absolute
    QString project;       // absolute; for an analysis, empty when it has none
    QString outDir;        // an analysis's CSV folder
    QStringList behaviors; // an analysis's behaviors (its tasks' projects get them)
    QString executable;    // the ethoscribe-cli each task runs
    QStringList arguments; // the `cv` options every training task gets
    QStringList models;    // the run's networks, streams and folds (empty folds: all)
    QStringList streams;
    QList<int> folds;
    SlurmOptions slurm;
    QString dataHash;
    QString created;
    std::vector<ClusterTask> tasks;
    QJsonArray jobs; // {"id", "kind", "indices", "after", "submitted"}

    bool save(QString *error) const;
    static bool load(const QString &dir, ClusterRun *run, QString *error);

    ClusterTask *find(const QString &kind, int index);
    QString taskDir(const ClusterTask &task) const;
    QString scriptPath(const QString &kind) const;
    QString logPath(const ClusterTask &task, const QString &element) const;
    // Writes job-<kind>.sh for every kind the run has.
    bool writeScripts(QString *error) const;

    // Submits the tasks given (all when empty) as one job array per kind, training after flow;
    // records the submissions. Returns false with *error when sbatch refuses (what was submitted
    // before stays recorded).
    bool submit(const QList<int> &taskPositions, QString *error);

    // A task's state from the scheduler's view (slurm::query; `schedulerKnown` false when it
    // could not be asked) and the run folder.
    TaskStatus status(const ClusterTask &task,
                      const QHash<QString, slurm::JobState> &scheduler,
                      bool schedulerKnown) const;
    // Job ids of every submission.
    QStringList jobIds() const;

    // What a task writes into tasks/<id>/status.json.
    static bool writeTaskStatus(const QString &taskDir, const QJsonObject &status, QString *error);
    static QJsonObject readTaskStatus(const QString &taskDir);

private:
    bool anyTaskReportedIn() const;
};

} // namespace ethoscribe
