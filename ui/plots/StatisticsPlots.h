// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"
#include "stats/TrackStatistics.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QCustomPlot;

namespace ethoscribe {

// One video's track and its statistics, as the statistics plots draw them.
struct StatisticsPlotInput
{
    QString name; // the video
    LabelTrack track;
    double fps = 30.0;
    TrackStatistics stats;
    QVector<TimeBin> bins; // empty: no behavior-over-time plot
};

// The statistics plots of a selection of videos (QCustomPlot, drawn offscreen):
//   ethogram            the tracks one above the other, each bout in its behavior's colour
//   time_budget         the share of labeled time of each behavior, per video (stacked bars)
//   behavior_over_time_<video>   seconds of each behavior per time bin (with bins)
//   transitions_<video>          the transition probabilities as a heatmap
class StatisticsPlots
{
public:
    static void fillEthogram(QCustomPlot *plot,
                             const QVector<StatisticsPlotInput> &videos,
                             const BehaviorSet &behaviors);
    static void fillTimeBudget(QCustomPlot *plot,
                               const QVector<StatisticsPlotInput> &videos,
                               const BehaviorSet &behaviors);
    static void fillOverTime(QCustomPlot *plot,
                             const StatisticsPlotInput &video,
                             const BehaviorSet &behaviors);
    static void fillTransitions(QCustomPlot *plot,
                                const TrackStatistics &stats,
                                const BehaviorSet &behaviors);

    // Writes each plot into dir as .png, .pdf and .svg, and its numbers as .csv (locale-
    // independent). The written paths are appended to *written.
    static bool writeAll(const QString &dir,
                         const QVector<StatisticsPlotInput> &videos,
                         const BehaviorSet &behaviors,
                         QString *error = nullptr,
                         QStringList *written = nullptr);
};

} // namespace ethoscribe
