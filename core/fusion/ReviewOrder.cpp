// SPDX-License-Identifier: GPL-3.0-or-later
#include "fusion/ReviewOrder.h"

#include <algorithm>

namespace ethoscribe::ReviewOrder {

QVector<ReviewBout> rank(const FusionOutput &output)
{
    QVector<ReviewBout> bouts;
    const qint64 n = output.frameCount;
    for (qint64 f = 0; f < n;) {
        const std::int32_t label = output.labels[size_t(f)];
        if (label < 0 || !output.isPredicted(f)) {
            ++f;
            continue;
        }
        ReviewBout b;
        b.start = f;
        b.label = label;
        double confidence = 0.0;
        qint64 disagreeing = 0;
        while (f < n && output.labels[size_t(f)] == label && output.isPredicted(f)) {
            confidence += output.confidence[size_t(f)];
            disagreeing += output.disagrees(f) ? 1 : 0;
            ++f;
        }
        b.end = f;
        const double frames = double(b.end - b.start);
        b.meanConfidence = float(confidence / frames);
        b.disagreement = float(double(disagreeing) / frames);
        b.doubt = (1.0 - double(b.meanConfidence)) + double(b.disagreement);
        bouts.append(b);
    }
    std::stable_sort(bouts.begin(), bouts.end(), [](const ReviewBout &a, const ReviewBout &b) {
        return a.doubt > b.doubt;
    });
    return bouts;
}

std::optional<ReviewBout> step(const QVector<ReviewBout> &ranked, qint64 frame, bool forward)
{
    if (ranked.isEmpty())
        return std::nullopt;
    const auto here = std::find_if(ranked.begin(), ranked.end(), [frame](const ReviewBout &b) {
        return b.contains(frame);
    });
    if (here == ranked.end())
        return ranked.first();
    const qsizetype i = here - ranked.begin() + (forward ? 1 : -1);
    if (i < 0 || i >= ranked.size())
        return std::nullopt;
    return ranked.at(i);
}

} // namespace ethoscribe::ReviewOrder
