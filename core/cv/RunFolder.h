// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ethoscribe {

class ProjectDatabase;

// The folder of a training or cross-validation run, as the project and other programs see it
// (the contract is in docs/ARCHITECTURE.md, "Runs"): a run writes only into its folder, and the
// project records a finished run from it - the command-line tool itself when nothing else holds
// the project, otherwise whoever holds it (the GUI) by calling record() with its own database.
class RunFolder
{
public:
    // manifest.json, or an empty object with *error.
    static QJsonObject readManifest(const QString &runDir, QString *error);
    // Writes summary.json: the run's configuration, status and timings from the manifest plus
    // `evaluation` (CvEvaluation::toJson()) and `trainings`.
    static bool writeSummary(const QString &runDir,
                             const QJsonObject &manifest,
                             const QJsonObject &evaluation,
                             QString *error);

    enum class RecordResult { Recorded, AlreadyRecorded, ProjectBusy, Failed };
    // Records a finished run in the project at `projectPath` (a cv_runs row naming the folder,
    // and per fold its results from summary.json) when it can open it for writing; ProjectBusy
    // when another program holds it (that program records the run later).
    static RecordResult record(const QString &projectPath, const QString &runDir, QString *error);
    // Same with a database that is already open for writing (the GUI's).
    static RecordResult record(ProjectDatabase &db, const QString &runDir, QString *error);
    // Records every finished run in the project's run folder (<project>.runs) that the project
    // does not list yet: a run that ended while nobody followed it (the Retrain dialog was closed
    // and the window held the project, so the run could not record itself). Returns how many were
    // recorded; *error names the first that could not be.
    static int recordFinished(ProjectDatabase &db, const QString &projectPath, QString *error);
};

} // namespace ethoscribe
