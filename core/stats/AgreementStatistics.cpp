// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/AgreementStatistics.h"

#include "stats/TrackStatistics.h"

#include <QJsonArray>

namespace ethoscribe {

QJsonObject BehaviorAgreement::toJson() const
{
    return QJsonObject{{QStringLiteral("behavior"), name},
                       {QStringLiteral("id"), behavior},
                       {QStringLiteral("support"), double(support)},
                       {QStringLiteral("predicted"), double(predicted)},
                       {QStringLiteral("true_positives"), double(truePositives)},
                       {QStringLiteral("precision"), precision},
                       {QStringLiteral("recall"), recall},
                       {QStringLiteral("f1"), f1}};
}

AgreementStatistics AgreementStatistics::compute(const LabelTrack &reference,
                                                 const LabelTrack &predicted,
                                                 const BehaviorSet &behaviors)
{
    AgreementStatistics stats;
    stats.behaviors = statisticsBehaviorOrder(behaviors, {&reference, &predicted});
    const int n = stats.behaviors.size();
    QHash<BehaviorId, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(stats.behaviors[i], i);
    stats.confusion = QVector<QVector<qint64>>(n, QVector<qint64>(n, 0));

    // Sweep both bout lists at once: every overlap of two labeled bouts is a block of frames
    // labeled in both.
    const QVector<Bout> a = reference.bouts();
    const QVector<Bout> b = predicted.bouts();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start);
        const qint64 end = std::min(a[i].end, b[j].end);
        if (start < end)
            stats.confusion[index.value(a[i].behavior)][index.value(b[j].behavior)] += end - start;
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }

    QVector<qint64> rowSums(n, 0);
    QVector<qint64> columnSums(n, 0);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            rowSums[r] += stats.confusion[r][c];
            columnSums[c] += stats.confusion[r][c];
        }
        stats.agreeingFrames += stats.confusion[r][r];
    }
    for (qint64 s : rowSums)
        stats.comparedFrames += s;
    if (stats.comparedFrames > 0) {
        const double total = double(stats.comparedFrames);
        stats.accuracy = double(stats.agreeingFrames) / total;
        double expected = 0.0;
        for (int k = 0; k < n; ++k)
            expected += (double(rowSums[k]) / total) * (double(columnSums[k]) / total);
        if (expected < 1.0)
            stats.kappa = (stats.accuracy - expected) / (1.0 - expected);
        else
            stats.kappa = stats.accuracy >= 1.0 ? 1.0 : 0.0;
    }

    double f1Sum = 0.0;
    int f1Count = 0;
    for (int k = 0; k < n; ++k) {
        BehaviorAgreement agreement;
        agreement.behavior = stats.behaviors[k];
        agreement.name = statisticsBehaviorName(behaviors, agreement.behavior);
        agreement.support = rowSums[k];
        agreement.predicted = columnSums[k];
        agreement.truePositives = stats.confusion[k][k];
        if (agreement.predicted > 0)
            agreement.precision = double(agreement.truePositives) / double(agreement.predicted);
        if (agreement.support > 0)
            agreement.recall = double(agreement.truePositives) / double(agreement.support);
        if (agreement.precision + agreement.recall > 0)
            agreement.f1 = 2.0 * agreement.precision * agreement.recall
                           / (agreement.precision + agreement.recall);
        if (agreement.support > 0 || agreement.predicted > 0) {
            f1Sum += agreement.f1;
            ++f1Count;
        }
        stats.perBehavior.append(agreement);
    }
    stats.macroF1 = f1Count > 0 ? f1Sum / f1Count : 0.0;
    return stats;
}

const BehaviorAgreement *AgreementStatistics::agreement(BehaviorId behavior) const
{
    for (const BehaviorAgreement &a : perBehavior) {
        if (a.behavior == behavior)
            return &a;
    }
    return nullptr;
}

QJsonObject AgreementStatistics::toJson() const
{
    QJsonArray ids;
    for (BehaviorId id : behaviors)
        ids.append(id);
    QJsonArray rows;
    for (const QVector<qint64> &row : confusion) {
        QJsonArray r;
        for (qint64 c : row)
            r.append(double(c));
        rows.append(r);
    }
    QJsonArray per;
    for (const BehaviorAgreement &a : perBehavior)
        per.append(a.toJson());
    return QJsonObject{{QStringLiteral("compared_frames"), double(comparedFrames)},
                       {QStringLiteral("agreeing_frames"), double(agreeingFrames)},
                       {QStringLiteral("accuracy"), accuracy},
                       {QStringLiteral("kappa"), kappa},
                       {QStringLiteral("macro_f1"), macroF1},
                       {QStringLiteral("behavior_ids"), ids},
                       {QStringLiteral("confusion"), rows},
                       {QStringLiteral("behaviors"), per}};
}

} // namespace ethoscribe
