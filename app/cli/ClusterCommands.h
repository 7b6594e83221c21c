// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterRun.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace ethoscribe::cli {

// --slurm and the scheduler options, shared by `cv` and `runs resubmit`.
struct SlurmCommandOptions
{
    QCommandLineOption slurm;
    QCommandLineOption partition;
    QCommandLineOption gres;
    QCommandLineOption time;
    QCommandLineOption cpus;
    QCommandLineOption mem;

    SlurmCommandOptions();
    // slurmDescription (when not empty) replaces --slurm's description (cv's by default).
    void addTo(QCommandLineParser &parser,
               bool withSlurmFlag,
               const QString &slurmDescription = QString()) const;
    // Fills *options from what is set (keeping the rest); false with a usage message.
    bool read(const QCommandLineParser &parser, SlurmOptions *options, QString *message) const;
};

// What `cv --slurm` hands over: the run as `cv` would do it locally.
struct ClusterCvRequest
{
    QString project;
    QString annotator;
    QString outDir;
    QStringList models;    // "i3d", "r2plus1d"
    QStringList streams;   // "rgb", "flow"
    QList<int> folds;      // empty: all
    bool finalModels = false; // and the fold on all recordings (--final; also in arguments)
    QStringList arguments;    // the cv options every task gets (paths absolute)
    SlurmOptions slurm;
    bool human = false;
};

// What to say when sbatch is not on the PATH.
QString sbatchMissing();
// sbatch is on the PATH and runDir is new or empty; otherwise prints why (*exitCode) and false.
bool readyToSubmit(const QString &runDir, int *exitCode);

// Writes the run folder, submits the job arrays and prints the job ids. Returns the exit code.
int submitCvToCluster(const ClusterCvRequest &request);

// What `analyze --slurm` hands over.
struct ClusterAnalyzeRequest
{
    QString runDir;
    QString outDir;     // where `runs collect` puts the CSV files
    QString project;    // where it puts the predictions; empty: none
    QStringList videos; // absolute paths
    int videosPerTask = 1;
    QStringList arguments; // the analyze options every task gets (paths absolute)
    QStringList behaviors; // the tasks' projects' behaviors, in order
    SlurmOptions slurm;
    bool human = false;
};

int submitAnalyzeToCluster(const ClusterAnalyzeRequest &request);

} // namespace ethoscribe::cli
