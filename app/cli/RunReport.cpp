// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunReport.h"

#include "eval/LossCurves.h"
#include "eval/PredictionsCsv.h"
#include "eval/StreamKeys.h"

#ifdef ETHOSCRIBE_WITH_PLOTS
#include "plots/CvPlots.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace ethoscribe::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
};

QString percent(double fraction)
{
    return std::isnan(fraction) ? QStringLiteral("-")
                                : QStringLiteral("%1%").arg(100.0 * fraction, 0, 'f', 1);
}
} // namespace

bool writeRunReport(const QString &runDir, bool plots, RunReport *report, QString *error)
{
    const QString predictionsDir = QDir(runDir).filePath(QStringLiteral("predictions"));
    if (!QFileInfo(predictionsDir).isDir()) {
        if (error)
            *error = Tr::tr("The run folder %1 has no predictions folder; cross-validation writes "
                            "one "
                            "predictions/<video>.csv per held-out recording.")
                             .arg(QDir::toNativeSeparators(runDir));
        return false;
    }
    QStringList classNames;
    std::vector<HeldOutPredictions> videos;
    if (!PredictionsCsv::readFolder(predictionsDir, &classNames, &videos, error))
        return false;
    std::vector<LossCurve> curves;
    const QString lossesPath = QDir(runDir).filePath(QStringLiteral("losses.csv"));
    if (QFileInfo::exists(lossesPath) && !LossCurves::read(lossesPath, &curves, error))
        return false;
    RunReport r;
    r.evaluation = CvEvaluation::evaluate(classNames, videos, error);
    if (r.evaluation.isEmpty())
        return false;
    if (!r.evaluation.writeReport(runDir, error, &r.written))
        return false;
    r.reportFiles = int(r.written.size());
    if (plots) {
#ifdef ETHOSCRIBE_WITH_PLOTS
        if (!CvPlots::writeAll(runDir, r.evaluation, curves, error, &r.written))
            return false;
        r.plotted = true;
#endif
    }
    *report = std::move(r);
    return true;
}

void printRunTable(const CvEvaluation &evaluation, QTextStream &stream)
{
    const QVector<double> columns{0.0, 0.4, 1.0};
    stream << Tr::tr("model").leftJustified(16);
    for (double w : columns)
        stream << Tr::tr("rgb %1").arg(CvEvaluation::weightText(w)).rightJustified(10);
    stream << "   " << Tr::tr("best rgb weight") << '\n';
    for (const QString &model : evaluation.models()) {
        stream << eval::modelTitle(model).leftJustified(16);
        for (double w : columns)
            stream << percent(evaluation.accuracy(model, w)).rightJustified(10);
        const double best = evaluation.bestWeight(model);
        stream << "   " << CvEvaluation::weightText(best) << " ("
               << percent(evaluation.accuracy(model, best)) << ")\n";
    }
    stream << '\n'
           << Tr::tr("rgb 1.0 is the RGB stream alone, rgb 0.0 the optical-flow stream alone; '-': "
                     "not evaluated.")
           << '\n';
    stream.flush();
}

} // namespace ethoscribe::cli
