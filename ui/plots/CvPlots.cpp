// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/CvPlots.h"

#include "behaviors/BehaviorSet.h"
#include "eval/CvEvaluation.h"
#include "eval/StreamKeys.h"
#include "plots/PlotExport.h"
#include "plots/QCustomPlotHeader.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CvPlots)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QColor seriesColor(int index)
{
    static const QVector<QColor> palette = BehaviorSet::defaultPalette();
    return palette[index % palette.size()];
}

void addTitle(QCustomPlot *plot, const QString &title)
{
    plot->plotLayout()->insertRow(0);
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, font));
}

// Moves the legend out of the axis rect into its own column on the right, at the top (an empty
// element below it takes the rest of the height, so its entries stay together).
void legendOnTheRight(QCustomPlot *plot, int row)
{
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(plot->legend);
    auto *column = new QCPLayoutGrid;
    plot->plotLayout()->addElement(row, 1, column);
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    column->addElement(0, 0, plot->legend);
    column->addElement(1, 0, new QCPLayoutElement(plot));
    column->setRowStretchFactor(0, 0.001);
    column->setRowStretchFactor(1, 1.0);
    plot->legend->setMargins(QMargins(6, 4, 6, 4));
}

// x axis of the fusion figures: w_rgb from 0.0 to 1.0 in steps of 0.1.
void setupWeightAxis(QCustomPlot *plot)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(0.1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setNumberFormat(QStringLiteral("f"));
    plot->xAxis->setNumberPrecision(1);
    plot->xAxis->setRange(-0.05, 1.05);
    plot->xAxis->grid()->setZeroLinePen(Qt::NoPen);
    plot->xAxis->setLabel(Tr::tr("RGB weight (optical-flow weight = 1 - RGB weight)"));
}

void addLine(QCustomPlot *plot,
             const QString &name,
             const QColor &color,
             const QVector<double> &x,
             const QVector<double> &y)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, 6));
    graph->setData(x, y, true);
}

// Value axis range with a margin around the data, clipped to [lower, upper].
void fitValueAxis(QCustomPlot *plot, double lower, double upper)
{
    bool found = false;
    QCPRange range;
    for (int i = 0; i < plot->graphCount(); ++i) {
        bool ok = false;
        const QCPRange g = plot->graph(i)->getValueRange(ok);
        if (!ok)
            continue;
        range = found ? QCPRange(std::min(range.lower, g.lower), std::max(range.upper, g.upper))
                      : g;
        found = true;
    }
    if (!found) {
        plot->yAxis->setRange(lower, std::min(upper, lower + 1.0));
        return;
    }
    const double pad = std::max(1e-6, 0.08 * (range.upper - range.lower));
    double a = std::max(lower, range.lower - pad);
    double b = std::min(upper, range.upper + pad);
    if (b - a < 1e-3) {
        a = std::max(lower, a - 1.0);
        b = std::min(upper, b + 1.0);
    }
    plot->yAxis->setRange(a, b);
}

QString weightTitle(const CvEvaluation &evaluation, const QString &model, double rgbWeight)
{
    const bool network = model != eval::bothModelName();
    const QString weight = CvEvaluation::weightText(rgbWeight);
    QString which;
    if (network && rgbWeight >= 1.0)
        which = Tr::tr("RGB stream alone");
    else if (network && rgbWeight <= 0.0)
        which = Tr::tr("optical-flow stream alone");
    else
        which = Tr::tr("RGB weight %1, flow weight %2")
                        .arg(weight, CvEvaluation::weightText(1.0 - rgbWeight));
    if (CvEvaluation::weightText(evaluation.bestWeight(model)) == weight
        && evaluation.rgbWeights(model).size() > 1)
        which += Tr::tr(" (best)");
    return Tr::tr("%1, %2: accuracy %3%")
            .arg(eval::modelTitle(model),
                 which,
                 QString::number(100.0 * evaluation.accuracy(model, rgbWeight), 'f', 1));
}

} // namespace

void CvPlots::fillBehaviorAccuracy(QCustomPlot *plot,
                                   const CvEvaluation &evaluation,
                                   const QString &model)
{
    const QVector<double> weights = evaluation.rgbWeights(model);
    const QStringList &classes = evaluation.classNames();
    for (int c = 0; c < classes.size(); ++c) {
        QVector<double> y;
        for (double w : weights)
            y.append(100.0 * evaluation.result(model, w)->behaviorAccuracy(c));
        addLine(plot, classes[c], seriesColor(c), weights, y);
    }
    setupWeightAxis(plot);
    plot->yAxis->setLabel(Tr::tr("Accuracy of the behavior (% of its frames recognised)"));
    plot->yAxis->setRange(0, 102);
    addTitle(plot,
             Tr::tr("%1: accuracy of each behavior by fusion ratio").arg(eval::modelTitle(model)));
    legendOnTheRight(plot, 1);
}

void CvPlots::fillConfusion(QCustomPlot *plot,
                            const CvEvaluation &evaluation,
                            const QString &model,
                            double rgbWeight)
{
    const QStringList &classes = evaluation.classNames();
    const int n = int(classes.size());
    const QVector<QVector<qint64>> confusion = evaluation.confusion(model, rgbWeight);
    if (confusion.size() != n || n == 0)
        return;

    plot->xAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRangeReversed(true); // first class at the top, as in the paper
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, classes[i]);
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(-40);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setSubTicks(false);
        axis->setTickLength(0, 4);
        axis->grid()->setVisible(false);
    }
    plot->xAxis->setLabel(Tr::tr("Predicted behavior"));
    plot->yAxis->setLabel(Tr::tr("True behavior"));

    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(247, 251, 255));
    gradient.setColorStopAt(0.5, QColor(107, 174, 214));
    gradient.setColorStopAt(1.0, QColor(8, 48, 107));
    map->setGradient(gradient);
    map->setInterpolate(false);
    map->setTightBoundary(false);
    map->setDataRange(QCPRange(0.0, 1.0));

    QFont cellFont = plot->font();
    cellFont.setPointSizeF(cellFont.pointSizeF() * (n > 6 ? 0.75 : 0.9));
    for (int r = 0; r < n; ++r) {
        qint64 rowSum = 0;
        for (qint64 v : confusion[r])
            rowSum += v;
        for (int c = 0; c < n; ++c) {
            const double fraction = rowSum > 0 ? double(confusion[r][c]) / double(rowSum) : 0.0;
            map->data()->setCell(c, r, fraction);
            auto *text = new QCPItemText(plot);
            text->setClipToAxisRect(true);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(c, r);
            text->setPositionAlignment(Qt::AlignCenter);
            text->setTextAlignment(Qt::AlignCenter);
            text->setFont(cellFont);
            text->setColor(fraction > 0.55 ? Qt::white : Qt::black);
            text->setText(QStringLiteral("%1\n%2%")
                                  .arg(confusion[r][c])
                                  .arg(QString::number(100.0 * fraction, 'f', 1)));
        }
    }

    addTitle(plot, weightTitle(evaluation, model, rgbWeight));
    auto *scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(1, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setDataRange(QCPRange(0.0, 1.0));
    scale->setGradient(gradient);
    scale->axis()->setLabel(Tr::tr("Fraction of the true behavior's frames"));
    map->setColorScale(scale);
    auto *margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
}

void CvPlots::fillFusionAccuracy(QCustomPlot *plot, const CvEvaluation &evaluation)
{
    const QStringList models = evaluation.models();
    for (int m = 0; m < models.size(); ++m) {
        const QVector<double> weights = evaluation.rgbWeights(models[m]);
        QVector<double> y;
        for (double w : weights)
            y.append(100.0 * evaluation.accuracy(models[m], w));
        addLine(plot, eval::modelTitle(models[m]), seriesColor(m), weights, y);
    }
    setupWeightAxis(plot);
    plot->yAxis->setLabel(Tr::tr("Accuracy (% of labeled frames)"));
    fitValueAxis(plot, 0.0, 100.0);
    addTitle(plot, Tr::tr("Accuracy by two-stream fusion ratio"));
    legendOnTheRight(plot, 1);
}

void CvPlots::fillTrainingLoss(QCustomPlot *plot,
                               const std::vector<LossCurve> &curves,
                               const QString &model,
                               const QString &stream)
{
    int index = 0;
    for (const LossCurve &curve : curves) {
        if (curve.model != model || curve.stream != stream)
            continue;
        QVector<double> x, y;
        for (size_t i = 0; i < curve.iterations.size(); ++i) {
            x.append(double(curve.iterations[i]));
            y.append(curve.losses[i]);
        }
        QCPGraph *graph = plot->addGraph();
        graph->setName(Tr::tr("fold %1").arg(curve.fold));
        graph->setPen(QPen(seriesColor(index++), 1.5));
        graph->setData(x, y, true);
    }
    plot->xAxis->setLabel(Tr::tr("Iteration"));
    plot->yAxis->setLabel(Tr::tr("Training loss"));
    plot->rescaleAxes();
    fitValueAxis(plot, 0.0, std::numeric_limits<double>::max());
    addTitle(plot,
             Tr::tr("%1, %2 stream: training loss")
                     .arg(eval::modelTitle(model),
                          stream == QLatin1String("rgb") ? Tr::tr("RGB") : Tr::tr("optical-flow")));
    legendOnTheRight(plot, 1);
}

bool CvPlots::writeAll(const QString &dir,
                       const CvEvaluation &evaluation,
                       const std::vector<LossCurve> &curves,
                       QString *error,
                       QStringList *written)
{
    QDir folder(dir);
    if (!folder.mkpath(QStringLiteral("plots")))
        return setError(
                error,
                Tr::tr("Could not create the folder \"%1\".")
                        .arg(QDir::toNativeSeparators(folder.filePath(QStringLiteral("plots")))));
    const QDir plots(folder.filePath(QStringLiteral("plots")));
    // Each figure gets a fresh plot, drawn offscreen and never shown.
    const auto save = [&](const QString &stem, int width, int height, const auto &fill) {
        QCustomPlot plot;
        plot.resize(width, height);
        fill(&plot);
        return PlotExport::saveAll(&plot, plots.filePath(stem), width, height, error, written);
    };

    if (!evaluation.isEmpty()) {
        for (const QString &model : evaluation.models()) {
            if (!save(QStringLiteral("behavior_accuracy_%1").arg(model),
                      900,
                      560,
                      [&](QCustomPlot *p) { fillBehaviorAccuracy(p, evaluation, model); }))
                return false;
        }
        for (const QString &model : evaluation.models()) {
            std::set<int> tenths{int(std::lround(evaluation.bestWeight(model) * 10))};
            if (model != eval::bothModelName()) {
                for (double w : evaluation.rgbWeights(model)) {
                    if (w <= 0.0 || w >= 1.0)
                        tenths.insert(int(std::lround(w * 10)));
                }
            }
            for (int t : tenths) {
                const double w = t / 10.0;
                const int n = int(evaluation.classNames().size());
                const int size = std::clamp(220 + 70 * n, 420, 1000);
                if (!save(QStringLiteral("confusion_%1_%2").arg(model, CvEvaluation::weightText(w)),
                          size + 160,
                          size,
                          [&](QCustomPlot *p) { fillConfusion(p, evaluation, model, w); }))
                    return false;
            }
        }
        if (!save(QStringLiteral("fusion_accuracy"), 800, 500, [&](QCustomPlot *p) {
                fillFusionAccuracy(p, evaluation);
            }))
            return false;
    }
    std::set<std::pair<int, int>> lossPlots;
    for (const LossCurve &curve : curves)
        lossPlots.emplace(int(eval::networkNames().indexOf(curve.model)),
                          int(eval::streamNames().indexOf(curve.stream)));
    for (const auto &[m, s] : lossPlots) {
        if (m < 0 || s < 0)
            continue;
        const QString model = eval::networkNames().at(m);
        const QString stream = eval::streamNames().at(s);
        if (!save(QStringLiteral("training_loss_%1_%2").arg(model, stream),
                  800,
                  500,
                  [&](QCustomPlot *p) { fillTrainingLoss(p, curves, model, stream); }))
            return false;
    }
    return true;
}

} // namespace ethoscribe
