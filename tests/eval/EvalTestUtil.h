// SPDX-License-Identifier: GPL-3.0-or-later
// Generated held-out predictions for the evaluation tests: reproducible random probabilities
// and truth, or probabilities that make a chosen class the argmax.
#pragma once

#include "eval/HeldOutPredictions.h"
#include "eval/StreamKeys.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QVector>

#include <vector>

namespace evaltest {

// Probabilities (rows sum to 1) whose argmax is predicted[f]: 0.7 there, the rest shared.
inline std::vector<float> peakedProbabilities(const QVector<int> &predicted, int classCount)
{
    std::vector<float> values(size_t(predicted.size()) * size_t(classCount),
                              0.3f / float(classCount - 1));
    for (int f = 0; f < predicted.size(); ++f)
        values[size_t(f) * classCount + predicted[f]] = 0.7f;
    return values;
}

// Softmax-like random rows.
inline std::vector<float> randomProbabilities(QRandomGenerator &rng, int frames, int classCount)
{
    std::vector<float> values(size_t(frames) * size_t(classCount));
    for (int f = 0; f < frames; ++f) {
        float sum = 0.0f;
        for (int c = 0; c < classCount; ++c) {
            const float v = float(rng.generateDouble()) + 0.01f;
            values[size_t(f) * classCount + c] = v * v * v;
            sum += v * v * v;
        }
        for (int c = 0; c < classCount; ++c)
            values[size_t(f) * classCount + c] /= sum;
    }
    return values;
}

// A recording with random truth (about a sixth unlabeled) and the given streams at random.
inline ethoscribe::HeldOutPredictions randomVideo(QRandomGenerator &rng,
                                                  const QString &name,
                                                  int fold,
                                                  int frames,
                                                  int classCount,
                                                  const QStringList &keys
                                                  = ethoscribe::eval::streamKeys())
{
    ethoscribe::HeldOutPredictions video;
    video.video = name;
    video.fold = fold;
    for (int f = 0; f < frames; ++f)
        video.truth.push_back(rng.bounded(6) == 0 ? -1 : rng.bounded(classCount));
    for (const QString &key : keys)
        video.probabilities[key] = randomProbabilities(rng, frames, classCount);
    return video;
}

inline QStringList fourClasses()
{
    return {QStringLiteral("drink"),
            QStringLiteral("eat"),
            QStringLiteral("groom"),
            QStringLiteral("hang")};
}

} // namespace evaltest
