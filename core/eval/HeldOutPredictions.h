// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <map>
#include <vector>

namespace ethoscribe {

// One held-out recording of a cross-validation run: its true labels and every stream's
// probabilities. Written by the cross-validation (one file predictions/<video>.csv, see
// PredictionsCsv) and evaluated by CvEvaluation.
struct HeldOutPredictions
{
    QString video;          // unique name in the run (file stem, e.g. "video03")
    int fold = 0;           // 0-based fold that held it out
    std::vector<int> truth; // per frame (0-based): class index, -1 = unlabeled (not evaluated)
    // "i3d/rgb", "i3d/flow", "r2plus1d/rgb", "r2plus1d/flow" -> frames x classes, row-major,
    // softmax probabilities. Any subset may be present.
    std::map<QString, std::vector<float>> probabilities;
};

} // namespace ethoscribe
