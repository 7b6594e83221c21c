// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/StatisticsPlots.h"

#include "io/LabelExport.h"
#include "plots/PlotExport.h"
#include "plots/QCustomPlotHeader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsPlots)
};

QColor behaviorColor(const BehaviorSet &behaviors, BehaviorId id)
{
    const Behavior *b = behaviors.byId(id);
    return b && b->color.isValid() ? b->color : QColor(128, 128, 128);
}

void addTitle(QCustomPlot *plot, const QString &title)
{
    plot->plotLayout()->insertRow(0);
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, font));
}

void legendOnTheRight(QCustomPlot *plot)
{
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(plot->legend);
    auto *column = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 1, column);
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    column->addElement(0, 0, plot->legend);
    column->addElement(1, 0, new QCPLayoutElement(plot));
    column->setRowStretchFactor(0, 0.001);
}

// A file name stem from a video path: "videos/cage 3.mp4" -> "cage_3".
QString stemOf(const QString &video)
{
    QString stem = QFileInfo(video).completeBaseName();
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
    return stem.isEmpty() ? QStringLiteral("video") : stem;
}

using LabelExport::csvField;

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 4);
}

} // namespace

void StatisticsPlots::fillEthogram(QCustomPlot *plot,
                                   const QVector<StatisticsPlotInput> &videos,
                                   const BehaviorSet &behaviors)
{
    addTitle(plot, Tr::tr("Ethogram"));
    const int n = int(videos.size());
    double longest = 1.0;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int row = 0; row < n; ++row) {
        const StatisticsPlotInput &v = videos[row];
        const double fps = v.fps > 0 ? v.fps : 30.0;
        longest = std::max(longest, double(v.track.frameCount()) / fps);
        ticker->addTick(row, QFileInfo(v.name).fileName());
        // One rectangle per bout, in the behavior's colour.
        for (const Bout &bout : v.track.bouts()) {
            auto *rect = new QCPItemRect(plot);
            rect->topLeft->setCoords(double(bout.start) / fps, row - 0.4);
            rect->bottomRight->setCoords(double(bout.end) / fps, row + 0.4);
            const QColor c = behaviorColor(behaviors, bout.behavior);
            rect->setPen(Qt::NoPen);
            rect->setBrush(c);
        }
    }
    // A legend entry per behavior (empty graphs carry the colours).
    for (const Behavior &b : behaviors.behaviors()) {
        QCPGraph *g = plot->addGraph();
        g->setName(b.name);
        g->setPen(QPen(behaviorColor(behaviors, b.id), 8));
    }
    plot->xAxis->setRange(0, longest);
    plot->xAxis->setLabel(Tr::tr("Time (s)"));
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(-0.6, n - 0.4);
    plot->yAxis->setRangeReversed(true); // first video at the top
    plot->yAxis->grid()->setVisible(false);
    legendOnTheRight(plot);
}

void StatisticsPlots::fillTimeBudget(QCustomPlot *plot,
                                     const QVector<StatisticsPlotInput> &videos,
                                     const BehaviorSet &behaviors)
{
    addTitle(plot, Tr::tr("Time budget (% of labeled time)"));
    const int n = int(videos.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys;
    for (int i = 0; i < n; ++i) {
        keys << i;
        ticker->addTick(i, QFileInfo(videos[i].name).fileName());
    }
    QCPBars *below = nullptr;
    for (const Behavior &b : behaviors.behaviors()) {
        QVector<double> values;
        for (const StatisticsPlotInput &v : videos) {
            const BehaviorBudget *budget = v.stats.budget(b.id);
            values << (budget ? budget->percentOfLabeled : 0.0);
        }
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(b.name);
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(behaviorColor(behaviors, b.id));
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(n > 6 ? -40 : 0);
    plot->xAxis->setRange(-0.6, n - 0.4);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0, 100);
    plot->yAxis->setLabel(Tr::tr("% of labeled time"));
    legendOnTheRight(plot);
}

void StatisticsPlots::fillOverTime(QCustomPlot *plot,
                                   const StatisticsPlotInput &video,
                                   const BehaviorSet &behaviors)
{
    addTitle(plot, Tr::tr("%1: behavior over time").arg(QFileInfo(video.name).fileName()));
    const double fps = video.fps > 0 ? video.fps : 30.0;
    double top = 1.0;
    for (const Behavior &b : behaviors.behaviors()) {
        QVector<double> x, y;
        for (const TimeBin &bin : video.bins) {
            const BehaviorBudget *budget = bin.stats.budget(b.id);
            x << double(bin.start) / fps;
            y << (budget ? budget->seconds : 0.0);
            top = std::max(top, y.last());
        }
        QCPGraph *g = plot->addGraph();
        g->setName(b.name);
        g->setPen(QPen(behaviorColor(behaviors, b.id), 2));
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setData(x, y, true);
    }
    const double end = video.bins.isEmpty() ? 1.0 : double(video.bins.last().end) / fps;
    plot->xAxis->setRange(0, end);
    plot->xAxis->setLabel(Tr::tr("Start of the time bin (s)"));
    plot->yAxis->setRange(0, top * 1.05);
    plot->yAxis->setLabel(Tr::tr("Seconds in the bin"));
    legendOnTheRight(plot);
}

void StatisticsPlots::fillTransitions(QCustomPlot *plot,
                                      const TrackStatistics &stats,
                                      const BehaviorSet &behaviors)
{
    addTitle(plot, Tr::tr("Transition probabilities (row: from, column: to)"));
    const TransitionMatrix &m = stats.transitions;
    const int n = int(m.behaviors.size());
    if (n == 0)
        return;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, statisticsBehaviorName(behaviors, m.behaviors[i]));
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(-40);
    plot->xAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRangeReversed(true);
    plot->xAxis->setLabel(Tr::tr("To"));
    plot->yAxis->setLabel(Tr::tr("From"));
    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    for (int from = 0; from < n; ++from)
        for (int to = 0; to < n; ++to)
            map->data()->setCell(to, from, m.probabilities[from][to]);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(255, 255, 255));
    gradient.setColorStopAt(1.0, QColor(8, 48, 107));
    map->setGradient(gradient);
    map->setInterpolate(false);
    map->setTightBoundary(false);
    map->setDataRange(QCPRange(0.0, 1.0));
    for (int from = 0; from < n; ++from)
        for (int to = 0; to < n; ++to) {
            if (m.counts[from][to] == 0)
                continue;
            auto *label = new QCPItemText(plot);
            label->position->setCoords(to, from);
            label->setText(QString::number(m.probabilities[from][to], 'f', 2));
            label->setColor(m.probabilities[from][to] > 0.5 ? Qt::white : Qt::black);
        }
}

bool StatisticsPlots::writeAll(const QString &dir,
                               const QVector<StatisticsPlotInput> &videos,
                               const BehaviorSet &behaviors,
                               QString *error,
                               QStringList *written)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = Tr::tr("Could not create the folder %1 (is it read-only?).")
                             .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QDir folder(dir);
    const auto save = [&](const QString &stem,
                          int width,
                          int height,
                          const auto &fill,
                          const QByteArray &csv) {
        QCustomPlot plot;
        plot.resize(width, height);
        fill(&plot);
        if (!PlotExport::saveAll(&plot, folder.filePath(stem), width, height, error, written))
            return false;
        const QString csvPath = folder.filePath(stem + QStringLiteral(".csv"));
        if (!LabelExport::writeFile(csvPath, csv, error))
            return false;
        if (written)
            *written << csvPath;
        return true;
    };

    // The ethogram's numbers are its bouts.
    QByteArray bouts = "video,behavior,start_s,end_s\n";
    for (const StatisticsPlotInput &v : videos) {
        const double fps = v.fps > 0 ? v.fps : 30.0;
        for (const Bout &b : v.track.bouts())
            bouts += csvField(v.name) + ','
                     + csvField(statisticsBehaviorName(behaviors, b.behavior)) + ','
                     + number(double(b.start) / fps) + ',' + number(double(b.end) / fps) + '\n';
    }
    const int height = std::clamp(160 + 40 * int(videos.size()), 300, 2000);
    if (!save(
                QStringLiteral("ethogram"),
                1000,
                height,
                [&](QCustomPlot *p) { fillEthogram(p, videos, behaviors); },
                bouts))
        return false;

    QByteArray budget = "video,behavior,percent_of_labeled,seconds\n";
    for (const StatisticsPlotInput &v : videos)
        for (const BehaviorBudget &b : v.stats.budgets)
            budget += csvField(v.name) + ',' + csvField(b.name) + ',' + number(b.percentOfLabeled)
                      + ',' + number(b.seconds) + '\n';
    if (!save(
                QStringLiteral("time_budget"),
                std::clamp(300 + 60 * int(videos.size()), 600, 2000),
                500,
                [&](QCustomPlot *p) { fillTimeBudget(p, videos, behaviors); },
                budget))
        return false;

    for (const StatisticsPlotInput &v : videos) {
        const QString stem = stemOf(v.name);
        const double fps = v.fps > 0 ? v.fps : 30.0;
        if (!v.bins.isEmpty()) {
            QByteArray over = "bin_start_s,bin_end_s,behavior,seconds\n";
            for (const TimeBin &bin : v.bins)
                for (const BehaviorBudget &b : bin.stats.budgets)
                    over += number(double(bin.start) / fps) + ',' + number(double(bin.end) / fps)
                            + ',' + csvField(b.name) + ',' + number(b.seconds) + '\n';
            if (!save(
                        QStringLiteral("behavior_over_time_") + stem,
                        900,
                        500,
                        [&](QCustomPlot *p) { fillOverTime(p, v, behaviors); },
                        over))
                return false;
        }
        const TransitionMatrix &m = v.stats.transitions;
        QByteArray transitions = "from,to,count,probability\n";
        for (int from = 0; from < m.behaviors.size(); ++from)
            for (int to = 0; to < m.behaviors.size(); ++to)
                transitions += csvField(statisticsBehaviorName(behaviors, m.behaviors[from])) + ','
                               + csvField(statisticsBehaviorName(behaviors, m.behaviors[to])) + ','
                               + QByteArray::number(m.counts[from][to]) + ','
                               + number(m.probabilities[from][to]) + '\n';
        const int size = std::clamp(220 + 60 * int(m.behaviors.size()), 420, 1000);
        if (!save(
                    QStringLiteral("transitions_") + stem,
                    size + 120,
                    size,
                    [&](QCustomPlot *p) { fillTransitions(p, v.stats, behaviors); },
                    transitions))
            return false;
    }
    return true;
}

} // namespace ethoscribe
