// SPDX-License-Identifier: GPL-3.0-or-later
#include "cv/RunFolder.h"

#include "cv/RunMonitor.h"

#include "project/ProjectDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ethoscribe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunFolder)
};

QJsonObject readJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Could not read %1: %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = Tr::tr("%1 is damaged (%2).")
                             .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return {};
    }
    return doc.object();
}
} // namespace

QJsonObject RunFolder::readManifest(const QString &runDir, QString *error)
{
    return readJson(QDir(runDir).filePath(QStringLiteral("manifest.json")), error);
}

bool RunFolder::writeSummary(const QString &runDir,
                             const QJsonObject &manifest,
                             const QJsonObject &evaluation,
                             QString *error)
{
    QJsonObject summary;
    for (const char *key : {"format",
                            "project",
                            "data",
                            "classes",
                            "options",
                            "folds",
                            "status",
                            "created",
                            "finished",
                            "device",
                            "flowMethod",
                            "time",
                            "trainings"})
        if (manifest.contains(QLatin1String(key)))
            summary.insert(QLatin1String(key), manifest.value(QLatin1String(key)));
    summary.insert(QStringLiteral("format"), QStringLiteral("ethoscribe-cv-summary"));
    summary.insert(QStringLiteral("evaluation"), evaluation);
    const QString path = QDir(runDir).filePath(QStringLiteral("summary.json"));
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(summary).toJson(QJsonDocument::Indented));
        if (f.commit())
            return true;
    }
    if (error)
        *error = Tr::tr("Could not write %1 (is the disk full?): %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
}

RunFolder::RecordResult RunFolder::record(const QString &projectPath,
                                          const QString &runDir,
                                          QString *error)
{
    ProjectDatabase db;
    if (!db.open(projectPath, ProjectDatabase::OpenMode::ReadWrite)) {
        if (error)
            *error = db.errorString();
        return RecordResult::Failed;
    }
    if (db.isReadOnly()) {
        if (error)
            *error = db.readOnlyReason();
        return RecordResult::ProjectBusy;
    }
    return record(db, runDir, error);
}

RunFolder::RecordResult RunFolder::record(ProjectDatabase &db,
                                          const QString &runDir,
                                          QString *error)
{
    const QString absolute = QFileInfo(runDir).absoluteFilePath();
    const QJsonObject summary
            = readJson(QDir(runDir).filePath(QStringLiteral("summary.json")), error);
    if (summary.isEmpty())
        return RecordResult::Failed;
    for (const CvRunRecord &r : db.cvRuns())
        if (r.config.value(QStringLiteral("runDir")).toString() == absolute)
            return RecordResult::AlreadyRecorded;
    CvRunRecord run;
    run.name = QFileInfo(absolute).fileName();
    run.config = QJsonObject{{QStringLiteral("runDir"), absolute},
                             {QStringLiteral("options"), summary.value(QStringLiteral("options"))},
                             {QStringLiteral("status"), summary.value(QStringLiteral("status"))},
                             {QStringLiteral("data"), summary.value(QStringLiteral("data"))},
                             {QStringLiteral("time"), summary.value(QStringLiteral("time"))}};
    ProjectDatabase::Transaction tx(db);
    const auto id = db.addCvRun(run);
    if (!id) {
        if (error)
            *error = db.errorString();
        return RecordResult::Failed;
    }
    const QJsonObject evaluation = summary.value(QStringLiteral("evaluation")).toObject();
    const QJsonArray folds = summary.value(QStringLiteral("folds")).toArray();
    for (const QJsonValue &v : folds) {
        QJsonObject fold = v.toObject();
        const int index = fold.value(QStringLiteral("fold")).toInt();
        fold.insert(QStringLiteral("evaluation"), evaluation);
        if (!db.setCvResult(*id, index, fold)) {
            if (error)
                *error = db.errorString();
            return RecordResult::Failed;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = db.errorString();
        return RecordResult::Failed;
    }
    return RecordResult::Recorded;
}

int RunFolder::recordFinished(ProjectDatabase &db, const QString &projectPath, QString *error)
{
    int recorded = 0;
    for (const QString &run : RunMonitor::runsOf(projectPath)) {
        if (RunMonitor::stateOf(run) != RunMonitor::State::Done
            || !QFileInfo::exists(QDir(run).filePath(QStringLiteral("summary.json"))))
            continue;
        QString problem;
        const RecordResult r = record(db, run, &problem);
        if (r == RecordResult::Recorded)
            ++recorded;
        else if (r != RecordResult::AlreadyRecorded && error && error->isEmpty())
            *error = problem;
    }
    return recorded;
}

} // namespace ethoscribe
