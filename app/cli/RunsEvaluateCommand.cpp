// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli runs evaluate RUN_DIR`: turns the held-out predictions of a cross-validation run
// into the paper's evaluation (fusion sweep, per-behavior scores, confusion matrices, plots).
// Parsing and wiring only: the work is done by core/eval and ui/plots.
#include "CliCommand.h"
#include "RunReport.h"

#include "eval/CvEvaluation.h"
#include "eval/StreamKeys.h"
#include "io/LabelExport.h"
#ifdef ETHOSCRIBE_WITH_PLOTS
#include "plots/CvPlots.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunsEvaluateCommand)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Puts the evaluation into summary.json under "evaluation", keeping what the run wrote there.
bool updateSummary(const QDir &run, const QJsonObject &evaluation, QString *error)
{
    const QString path = run.filePath(QStringLiteral("summary.json"));
    QJsonObject summary;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("Could not read %1: %2.").arg(native(path), file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            *error = Tr::tr("%1 is damaged (%2), so the evaluation was not added to it.")
                             .arg(native(path), parseError.errorString());
            return false;
        }
        summary = doc.object();
    }
    summary.insert(QStringLiteral("evaluation"), evaluation);
    return LabelExport::writeFile(
            path, QJsonDocument(summary).toJson(QJsonDocument::Indented), error);
}

int runRunsEvaluate(const QStringList &args)
{
    const QString command = QStringLiteral("runs evaluate");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Evaluates a cross-validation run: reads RUN_DIR/predictions/*.csv (and "
            "RUN_DIR/losses.csv when present) and writes fusion_sweep.csv, per_behavior.csv, "
            "confusion_<model>_<rgb_weight>.csv and plots/ (PNG, PDF, SVG) into RUN_DIR, and "
            "the evaluation into RUN_DIR/summary.json. Accuracy counts labeled frames only."));
    parser.addPositionalArgument(
            QStringLiteral("run"), Tr::tr("The run folder."), Tr::tr("RUN_DIR"));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the evaluation as JSON.")});
    parser.addOption({QStringLiteral("no-plots"), Tr::tr("Do not draw the plots.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;

    const QString runPath = parser.positionalArguments().at(0);
    const QFileInfo runInfo(runPath);
    if (!runInfo.exists())
        return fail(Tr::tr("The run folder %1 does not exist.").arg(native(runPath)));
    if (!runInfo.isDir())
        return fail(Tr::tr("%1 is not a folder; give the folder of a cross-validation run.")
                            .arg(native(runPath)));
    const QDir run(runInfo.absoluteFilePath());
    QString error;
    RunReport report;
    const bool plots = !parser.isSet(QStringLiteral("no-plots"));
    if (!writeRunReport(run.path(), plots, &report, &error))
        return fail(error);
    const CvEvaluation &evaluation = report.evaluation;
    for (const QString &warning : evaluation.warnings())
        err() << "ethoscribe-cli: " << warning << Qt::endl;
#ifndef ETHOSCRIBE_WITH_PLOTS
    if (plots)
        err() << "ethoscribe-cli: "
              << Tr::tr("plots skipped: this ethoscribe-cli was built without the GUI "
                        "(ETHOSCRIBE_BUILD_GUI=OFF).")
              << Qt::endl;
#endif
    QStringList written = report.written;
    const int reportFiles = report.reportFiles;
    const bool plotted = report.plotted;
    const QJsonObject json = evaluation.toJson();
    if (!updateSummary(run, json, &error))
        return fail(error);
    written << run.filePath(QStringLiteral("summary.json"));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray files;
        for (const QString &path : written)
            files.append(run.relativeFilePath(path));
        QJsonObject doc = json;
        doc.insert(QStringLiteral("run"), native(run.path()));
        doc.insert(QStringLiteral("plots"), plotted);
        doc.insert(QStringLiteral("written"), files);
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }

    out() << Tr::tr("%1: %2 recordings, %3 folds, %4 labeled frames, %5 behaviors.")
                     .arg(native(run.path()),
                          QString::number(evaluation.videoCount()),
                          QString::number(evaluation.folds().size()),
                          QString::number(evaluation.labeledFrames()),
                          QString::number(evaluation.classNames().size()))
          << "\n\n";
    printRunTable(evaluation, out());
    out() << Tr::tr("Wrote %1 report files%2 and summary.json in %3.")
                     .arg(QString::number(reportFiles),
                          plotted ? Tr::tr(" and %1 plot files in plots/")
                                            .arg(written.size() - reportFiles - 1)
                                  : QString(),
                          native(run.path()))
          << Qt::endl;
    return ExitOk;
}

CliCommandRegistration registration{
        "runs evaluate",
        QT_TRANSLATE_NOOP("CliCommand",
                          "Evaluate a cross-validation run: accuracy, fusion sweep, "
                          "confusion matrices, plots"),
        &runRunsEvaluate};

} // namespace
