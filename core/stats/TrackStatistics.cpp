// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/TrackStatistics.h"

#include <QJsonArray>

#include <algorithm>
#include <set>

namespace ethoscribe {

QVector<BehaviorId> statisticsBehaviorOrder(const BehaviorSet &behaviors,
                                            const QVector<const LabelTrack *> &tracks)
{
    QVector<BehaviorId> order = behaviors.ids();
    std::set<BehaviorId> extra;
    for (const LabelTrack *track : tracks) {
        for (const Bout &bout : track->bouts()) {
            if (!behaviors.contains(bout.behavior))
                extra.insert(bout.behavior);
        }
    }
    for (BehaviorId id : extra)
        order.append(id);
    return order;
}

QString statisticsBehaviorName(const BehaviorSet &behaviors, BehaviorId id)
{
    const Behavior *b = behaviors.byId(id);
    return b ? b->name : QStringLiteral("#%1").arg(id);
}

QJsonObject BehaviorBudget::toJson() const
{
    return QJsonObject{{QStringLiteral("behavior"), name},
                       {QStringLiteral("id"), behavior},
                       {QStringLiteral("frames"), double(frames)},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("percent_of_labeled"), percentOfLabeled},
                       {QStringLiteral("percent_of_video"), percentOfVideo},
                       {QStringLiteral("bouts"), boutCount},
                       {QStringLiteral("mean_bout_frames"), meanBoutFrames},
                       {QStringLiteral("median_bout_frames"), medianBoutFrames},
                       {QStringLiteral("mean_bout_seconds"), meanBoutSeconds},
                       {QStringLiteral("median_bout_seconds"), medianBoutSeconds},
                       {QStringLiteral("latency_frames"),
                        latencyFrames < 0 ? QJsonValue() : QJsonValue(double(latencyFrames))},
                       {QStringLiteral("latency_seconds"),
                        latencyFrames < 0 ? QJsonValue() : QJsonValue(latencySeconds)}};
}

qint64 TransitionMatrix::total() const
{
    qint64 sum = 0;
    for (const QVector<qint64> &row : counts) {
        for (qint64 c : row)
            sum += c;
    }
    return sum;
}

QJsonObject TransitionMatrix::toJson() const
{
    QJsonArray ids;
    for (BehaviorId id : behaviors)
        ids.append(id);
    QJsonArray countRows;
    QJsonArray probabilityRows;
    for (int i = 0; i < counts.size(); ++i) {
        QJsonArray countRow;
        QJsonArray probabilityRow;
        for (int j = 0; j < counts[i].size(); ++j) {
            countRow.append(double(counts[i][j]));
            probabilityRow.append(probabilities[i][j]);
        }
        countRows.append(countRow);
        probabilityRows.append(probabilityRow);
    }
    return QJsonObject{{QStringLiteral("behavior_ids"), ids},
                       {QStringLiteral("counts"), countRows},
                       {QStringLiteral("probabilities"), probabilityRows}};
}

TrackStatistics TrackStatistics::compute(const LabelTrack &track,
                                         const BehaviorSet &behaviors,
                                         double fps,
                                         bool transitionsAcrossUnlabeled)
{
    TrackStatistics stats;
    stats.frameCount = track.frameCount();
    stats.labeledFrames = track.labeledFrames();
    stats.fps = fps;
    const QVector<BehaviorId> order = statisticsBehaviorOrder(behaviors, {&track});
    QHash<BehaviorId, int> index;
    for (int i = 0; i < order.size(); ++i)
        index.insert(order[i], i);

    const QVector<Bout> bouts = track.bouts();
    QVector<QVector<qint64>> lengths(order.size());
    QVector<qint64> first(order.size(), -1);
    for (const Bout &bout : bouts) {
        const int i = index.value(bout.behavior);
        lengths[i].append(bout.length());
        if (first[i] < 0) // bouts come in frame order
            first[i] = bout.start;
    }
    const double secondsPerFrame = fps > 0 ? 1.0 / fps : 0.0;
    for (int i = 0; i < order.size(); ++i) {
        BehaviorBudget budget;
        budget.behavior = order[i];
        budget.name = statisticsBehaviorName(behaviors, order[i]);
        QVector<qint64> &l = lengths[i];
        budget.boutCount = l.size();
        for (qint64 length : l)
            budget.frames += length;
        budget.seconds = double(budget.frames) * secondsPerFrame;
        if (stats.labeledFrames > 0)
            budget.percentOfLabeled = 100.0 * double(budget.frames) / double(stats.labeledFrames);
        if (stats.frameCount > 0)
            budget.percentOfVideo = 100.0 * double(budget.frames) / double(stats.frameCount);
        if (!l.isEmpty()) {
            budget.meanBoutFrames = double(budget.frames) / double(l.size());
            std::sort(l.begin(), l.end());
            const int n = l.size();
            budget.medianBoutFrames
                    = n % 2 ? double(l[n / 2]) : 0.5 * double(l[n / 2 - 1] + l[n / 2]);
        }
        budget.meanBoutSeconds = budget.meanBoutFrames * secondsPerFrame;
        budget.medianBoutSeconds = budget.medianBoutFrames * secondsPerFrame;
        budget.latencyFrames = first[i];
        budget.latencySeconds = first[i] < 0 ? -1.0 : double(first[i]) * secondsPerFrame;
        stats.budgets.append(budget);
    }

    TransitionMatrix &m = stats.transitions;
    m.behaviors = order;
    m.counts = QVector<QVector<qint64>>(order.size(), QVector<qint64>(order.size(), 0));
    m.probabilities = QVector<QVector<double>>(order.size(), QVector<double>(order.size(), 0.0));
    for (int i = 1; i < bouts.size(); ++i) {
        if (transitionsAcrossUnlabeled || bouts[i].start == bouts[i - 1].end)
            ++m.counts[index.value(bouts[i - 1].behavior)][index.value(bouts[i].behavior)];
    }
    for (int i = 0; i < order.size(); ++i) {
        qint64 rowSum = 0;
        for (qint64 c : m.counts[i])
            rowSum += c;
        for (int j = 0; rowSum > 0 && j < order.size(); ++j)
            m.probabilities[i][j] = double(m.counts[i][j]) / double(rowSum);
    }
    return stats;
}

const BehaviorBudget *TrackStatistics::budget(BehaviorId behavior) const
{
    for (const BehaviorBudget &b : budgets) {
        if (b.behavior == behavior)
            return &b;
    }
    return nullptr;
}

QJsonObject TrackStatistics::toJson() const
{
    QJsonArray budgetArray;
    for (const BehaviorBudget &b : budgets)
        budgetArray.append(b.toJson());
    return QJsonObject{{QStringLiteral("frames"), double(frameCount)},
                       {QStringLiteral("labeled_frames"), double(labeledFrames)},
                       {QStringLiteral("fps"), fps},
                       {QStringLiteral("behaviors"), budgetArray},
                       {QStringLiteral("transitions"), transitions.toJson()}};
}

QJsonObject TimeBin::toJson() const
{
    QJsonObject o = stats.toJson();
    const double secondsPerFrame = stats.fps > 0 ? 1.0 / stats.fps : 0.0;
    o.insert(QStringLiteral("start_frame"), double(start));
    o.insert(QStringLiteral("end_frame"), double(end));
    o.insert(QStringLiteral("start_seconds"), double(start) * secondsPerFrame);
    o.insert(QStringLiteral("end_seconds"), double(end) * secondsPerFrame);
    return o;
}

QVector<TimeBin> timeBins(const LabelTrack &track,
                          const BehaviorSet &behaviors,
                          double fps,
                          qint64 binFrames)
{
    QVector<TimeBin> bins;
    if (binFrames < 1)
        return bins;
    const QVector<Bout> bouts = track.bouts();
    qsizetype next = 0; // first bout that may reach into the current bin
    for (qint64 start = 0; start < track.frameCount(); start += binFrames) {
        const qint64 end = std::min(track.frameCount(), start + binFrames);
        LabelTrack part(end - start);
        while (next < bouts.size() && bouts[next].end <= start)
            ++next;
        for (qsizetype i = next; i < bouts.size() && bouts[i].start < end; ++i)
            part.assign(std::max(bouts[i].start, start) - start,
                        std::min(bouts[i].end, end) - start,
                        bouts[i].behavior);
        TimeBin bin;
        bin.start = start;
        bin.end = end;
        bin.stats = TrackStatistics::compute(part, behaviors, fps);
        bins.append(bin);
    }
    // Every bin lists the behaviors of the whole track in one order, so that columns line up;
    // one that occurs only outside a bin is listed there with zeros.
    const QVector<BehaviorId> order = statisticsBehaviorOrder(behaviors, {&track});
    for (TimeBin &bin : bins) {
        QVector<BehaviorBudget> budgets;
        for (BehaviorId id : order) {
            const BehaviorBudget *b = bin.stats.budget(id);
            if (b) {
                budgets.append(*b);
            } else {
                BehaviorBudget empty;
                empty.behavior = id;
                empty.name = statisticsBehaviorName(behaviors, id);
                budgets.append(empty);
            }
        }
        bin.stats.budgets = budgets;
    }
    return bins;
}

} // namespace ethoscribe
