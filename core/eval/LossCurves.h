// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/LossCurve.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ethoscribe {

// Reads the training log of a cross-validation run, losses.csv, written by the trainer:
//
//   fold,model,stream,iter,loss,lr
//   0,i3d,rgb,10,1.873000,0.001
//
// fold: 0-based; model: i3d or r2plus1d; stream: rgb or flow; iter: integer; loss, lr: reals
// with '.' as decimal separator (scientific notation and nan accepted). Columns are found by
// name (any order). One LossCurve per (fold, model, stream), sorted by model, stream (rgb first)
// and fold; points sorted by iteration.
class LossCurves
{
public:
    // Errors name the file and the line.
    static bool read(const QString &path, std::vector<LossCurve> *curves, QString *error = nullptr);
    static bool parse(const QByteArray &data,
                      const QString &displayName,
                      std::vector<LossCurve> *curves,
                      QString *error = nullptr);
};

} // namespace ethoscribe
