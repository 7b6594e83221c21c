// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace ethoscribe {

// The training loss of one network on one stream in one cross-validation fold, in iteration
// order (as logged by the trainer in losses.csv, see LossCurves).
struct LossCurve
{
    int fold = 0;   // 0-based
    QString model;  // "i3d" or "r2plus1d"
    QString stream; // "rgb" or "flow"
    std::vector<qint64> iterations;
    std::vector<double> losses;
    std::vector<double> learningRates;
};

} // namespace ethoscribe
