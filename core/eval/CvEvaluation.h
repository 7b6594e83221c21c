// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/FusionResult.h"
#include "eval/HeldOutPredictions.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <map>
#include <vector>

namespace ethoscribe {

// The evaluation of a leave-one-video-out cross-validation run, as in Nguyen et al. 2019: for
// each model and two-stream fusion weight, the confusion matrix, the overall accuracy, per
// behavior accuracy (= recall, Fig. 7), precision, recall and F1, and the accuracy per fold.
//
// Models: "i3d" and "r2plus1d" (each network alone, its two streams fused as
// p = w_rgb * p_rgb + (1 - w_rgb) * p_flow, w_rgb = 0.0, 0.1, ..., 1.0, so 1.0 is the RGB stream
// alone and 0.0 the flow stream alone) and "both" (the mean of the two networks' fused
// probabilities at the same w_rgb). A network with one stream is evaluated at the weight that
// means that stream only (1.0 for RGB, 0.0 for flow); "both" exists at the weights both networks
// have. A stream counts only when every recording has it (otherwise the accuracies would cover
// different frames); a stream missing from some recordings is left out with a warning.
//
// Only labeled frames (truth >= 0) count. The predicted class is the argmax of the fused
// probabilities (the first one on a tie). The files carry no predicted flags, so a stream's row
// that is all zero means that stream did not predict the frame (PredictionTrack::
// fromUnmaskedValues); fusion then uses the streams that did, never averaging with zeros
// (FusionModel::fusePair), and a frame no stream predicted is counted in
// FusionResult::unpredictedFrames instead.
// Owns its results; cheap to copy.
class CvEvaluation
{
public:
    // Checks the input (unique valid class names, a known stream key for every probability
    // matrix, matrix sizes frames x classes, truth in [-1, classes), unique video names) and
    // evaluates. On a problem returns an empty evaluation and explains it in *error.
    static CvEvaluation evaluate(const QStringList &classNames,
                                 const std::vector<HeldOutPredictions> &videos,
                                 QString *error = nullptr);

    bool isEmpty() const { return m_results.empty(); }
    const QStringList &classNames() const { return m_classNames; }
    // Evaluated models in display order: i3d, r2plus1d, both.
    QStringList models() const;
    // Evaluated rgb weights of a model, ascending (empty when the model was not evaluated).
    QVector<double> rgbWeights(const QString &model) const;
    // nullptr when the model was not evaluated at that weight (weights are rounded to tenths).
    const FusionResult *result(const QString &model, double rgbWeight) const;
    // Fraction of labeled frames predicted correctly; NaN when not evaluated.
    double accuracy(const QString &model, double rgbWeight) const;
    // confusion[truth][predicted] in frames, class order; empty when not evaluated.
    QVector<QVector<qint64>> confusion(const QString &model, double rgbWeight) const;
    // Per class: accuracy (= recall), precision, recall, F1 and frames (support); nullptr when
    // not evaluated.
    const BehaviorAgreement *behavior(const QString &model, double rgbWeight, int classIndex) const;
    // Fold -> accuracy on the recordings that fold held out; empty when not evaluated.
    std::map<int, double> foldAccuracy(const QString &model, double rgbWeight) const;
    // The rgb weight with the highest accuracy (the lowest such weight on a tie); -1 when the
    // model was not evaluated.
    double bestWeight(const QString &model) const;

    int videoCount() const { return m_videoCount; }
    qint64 labeledFrames() const { return m_labeledFrames; }
    QVector<int> folds() const { return m_folds; }
    // Streams left out because some recordings lack them, as sentences for the user.
    const QStringList &warnings() const { return m_warnings; }

    // Writes into dir (which must exist), each file to a temporary name then renamed:
    //   fusion_sweep.csv   model,rgb_weight,accuracy          (accuracy a fraction, 6 decimals)
    //   per_behavior.csv   model,rgb_weight,behavior,accuracy,precision,recall,f1,frames
    //   confusion_<model>_<rgb_weight>.csv  truth,<class>...  (one row per true class, counts)
    // rgb_weight has one decimal ("0.4"). Numbers use '.' whatever the locale. The written
    // paths are appended to *written.
    bool writeReport(const QString &dir,
                     QString *error = nullptr,
                     QStringList *written = nullptr) const;
    // For summary.json: classes, videos, labeled frames, folds; per model its best weight and
    // per weight the accuracy, macro F1, kappa and the accuracy per fold.
    QJsonObject toJson() const;

    // "0.4"
    static QString weightText(double rgbWeight);
    static QString confusionFileName(const QString &model, double rgbWeight);

private:
    QStringList m_classNames;
    // (model, rgb weight in tenths) -> result
    std::map<std::pair<QString, int>, FusionResult> m_results;
    QStringList m_models;
    int m_videoCount = 0;
    qint64 m_labeledFrames = 0;
    QVector<int> m_folds;
    QStringList m_warnings;
};

} // namespace ethoscribe
