// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/LossCurve.h"

#include <QString>
#include <QStringList>

#include <vector>

class QCustomPlot;

namespace ethoscribe {

class CvEvaluation;

// The figures of a cross-validation run, as in Nguyen et al. 2019, drawn with QCustomPlot. The
// fill functions draw into an empty plot (for a window or for export); writeAll() renders every
// figure offscreen into <dir>/plots/ as PNG, PDF and SVG (see PlotExport).
class CvPlots
{
public:
    // Fig. 7: accuracy of each behavior (= recall) against the rgb weight, one line per
    // behavior, for one model.
    static void fillBehaviorAccuracy(QCustomPlot *plot,
                                     const CvEvaluation &evaluation,
                                     const QString &model);
    // Figs. 8-9: confusion matrix as a heatmap, each row normalised to the true behavior's
    // frames, with the count and the percentage in each cell; class names on both axes.
    static void fillConfusion(QCustomPlot *plot,
                              const CvEvaluation &evaluation,
                              const QString &model,
                              double rgbWeight);
    // Fig. 10: overall accuracy against the rgb weight, one line per model (i3d, r2plus1d, both).
    static void fillFusionAccuracy(QCustomPlot *plot, const CvEvaluation &evaluation);
    // Training loss against iteration of one network and stream, one line per fold.
    static void fillTrainingLoss(QCustomPlot *plot,
                                 const std::vector<LossCurve> &curves,
                                 const QString &model,
                                 const QString &stream);

    // Writes into <dir>/plots/ (created when missing):
    //   behavior_accuracy_<model>          Fig. 7, per evaluated model
    //   confusion_<model>_<rgb_weight>     each model at its best weight, and each network's
    //                                      streams alone (weights 1.0 and 0.0)
    //   fusion_accuracy                    Fig. 10
    //   training_loss_<model>_<stream>     when curves holds that network and stream
    // each as .png, .pdf and .svg. The written paths are appended to *written.
    static bool writeAll(const QString &dir,
                         const CvEvaluation &evaluation,
                         const std::vector<LossCurve> &curves,
                         QString *error = nullptr,
                         QStringList *written = nullptr);
};

} // namespace ethoscribe
