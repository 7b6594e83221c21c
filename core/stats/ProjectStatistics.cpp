// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/ProjectStatistics.h"

#include "behaviors/BehaviorSet.h"
#include "io/LabelExport.h"
#include "project/Document.h"
#include "project/ProjectFusion.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace ethoscribe::ProjectStatistics {

using LabelExport::csvField;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStatistics)
};

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 4);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

} // namespace

QString trackLabel(const TrackRecord &t)
{
    if (t.kind == TrackKind::Manual)
        return t.name;
    QString label = trackKindName(t.kind);
    if (!t.model.isEmpty())
        label += QLatin1Char(':') + t.model;
    if (!t.stream.isEmpty())
        label += QLatin1Char(':') + t.stream;
    return label;
}

const TrackRecord *resolveTrack(const Document &doc, VideoId video, const QString &name)
{
    const QVector<TrackRecord> tracks = doc.tracks(video);
    for (const TrackRecord &t : tracks) {
        if (name.isEmpty() && t.kind == TrackKind::Manual)
            return doc.track(t.id);
        if (!name.isEmpty()
            && (trackLabel(t) == name || (t.kind == TrackKind::Manual && t.name == name)
                || (t.kind != TrackKind::Manual
                    && (t.model == name || t.model + QLatin1Char(':') + t.stream == name
                        || (name == trackKindName(t.kind))))))
            return doc.track(t.id);
    }
    if (name.isEmpty() && !tracks.isEmpty())
        return doc.track(tracks.first().id);
    return nullptr;
}

bool isFused(const QString &name)
{
    return name.compare(ProjectFusion::trackName(), Qt::CaseInsensitive) == 0;
}

QStringList trackNames(const Document &doc, const QVector<VideoId> &videos)
{
    QStringList manual, other;
    bool predicted = false;
    for (VideoId video : videos) {
        const QVector<TrackRecord> tracks = doc.tracks(video);
        predicted = predicted || ProjectFusion::hasPredictionTracks(tracks);
        for (const TrackRecord &t : tracks) {
            QStringList &list = t.kind == TrackKind::Manual ? manual : other;
            const QString label = trackLabel(t);
            if (!list.contains(label) && !isFused(label))
                list << label;
        }
    }
    if (predicted)
        other.prepend(ProjectFusion::trackName());
    return manual + other;
}

QVector<VideoTrackStatistics> compute(const Document &doc,
                                      const QVector<VideoId> &videos,
                                      const QString &trackName,
                                      double binSeconds,
                                      QString *problem,
                                      const FusedLabels &fused)
{
    QVector<VideoTrackStatistics> result;
    QStringList noFps;
    const bool wantsFused = isFused(trackName);
    for (VideoId id : videos) {
        const VideoRecord *video = doc.video(id);
        if (!video)
            continue;
        VideoTrackStatistics v;
        if (wantsFused) {
            std::optional<LabelTrack> labels = fused ? fused(*video) : std::nullopt;
            if (!labels)
                continue;
            v.track = ProjectFusion::trackName();
            v.labels = std::move(*labels);
        } else {
            const TrackRecord *track = resolveTrack(doc, id, trackName);
            const LabelTrack *labels = track ? doc.labels(track->id) : nullptr;
            if (!labels)
                continue;
            v.track = trackLabel(*track);
            v.labels = *labels;
        }
        v.video = id;
        v.videoPath = video->path;
        v.fps = video->fpsDen > 0 ? double(video->fpsNum) / video->fpsDen : 0.0;
        v.stats = TrackStatistics::compute(v.labels, doc.behaviors(), v.fps);
        if (binSeconds > 0) {
            if (v.fps > 0)
                v.bins = timeBins(v.labels,
                                  doc.behaviors(),
                                  v.fps,
                                  std::max<qint64>(1, qRound64(binSeconds * v.fps)));
            else
                noFps << video->path;
        }
        result.append(v);
    }
    if (problem)
        *problem = noFps.isEmpty()
                           ? QString()
                           : Tr::tr("The frame rate of %1 is unknown, so it cannot be cut into "
                                    "time bins.")
                                     .arg(noFps.join(QStringLiteral(", ")));
    return result;
}

TrackStatistics pooled(const QVector<VideoTrackStatistics> &videos)
{
    TrackStatistics total;
    if (videos.isEmpty())
        return total;
    // Behaviors in the order they first appear (every video lists the whole behavior set).
    QVector<BehaviorId> order;
    std::map<BehaviorId, QString> names;
    for (const VideoTrackStatistics &v : videos)
        for (const BehaviorBudget &b : v.stats.budgets)
            if (names.emplace(b.behavior, b.name).second)
                order << b.behavior;
    total.fps = videos.first().fps;
    for (const VideoTrackStatistics &v : videos) {
        total.frameCount += v.stats.frameCount;
        total.labeledFrames += v.stats.labeledFrames;
        if (!qFuzzyCompare(v.fps, total.fps))
            total.fps = 0.0;
    }
    for (BehaviorId behavior : std::as_const(order)) {
        BehaviorBudget b;
        b.behavior = behavior;
        b.name = names[behavior];
        std::vector<double> boutFrames, boutSeconds;
        double latencyFrames = 0, latencySeconds = 0;
        int showing = 0;
        for (const VideoTrackStatistics &v : videos) {
            const BehaviorBudget *own = v.stats.budget(behavior);
            if (!own)
                continue;
            b.frames += own->frames;
            b.seconds += own->seconds;
            b.boutCount += own->boutCount;
            if (own->latencyFrames >= 0) {
                latencyFrames += double(own->latencyFrames);
                latencySeconds += own->latencySeconds;
                ++showing;
            }
            for (const Bout &bout : v.labels.bouts()) {
                if (bout.behavior != behavior)
                    continue;
                boutFrames.push_back(double(bout.length()));
                boutSeconds.push_back(v.fps > 0 ? double(bout.length()) / v.fps : 0.0);
            }
        }
        b.percentOfLabeled = total.labeledFrames > 0
                                     ? 100.0 * double(b.frames) / double(total.labeledFrames)
                                     : 0.0;
        b.percentOfVideo
                = total.frameCount > 0 ? 100.0 * double(b.frames) / double(total.frameCount) : 0.0;
        if (b.boutCount > 0) {
            b.meanBoutFrames = double(b.frames) / b.boutCount;
            b.meanBoutSeconds = b.seconds / b.boutCount;
            b.medianBoutFrames = median(boutFrames);
            b.medianBoutSeconds = median(boutSeconds);
        }
        if (showing > 0) {
            b.latencyFrames = qRound64(latencyFrames / showing);
            b.latencySeconds = latencySeconds / showing;
        }
        total.budgets.append(b);
    }
    // Transitions: the videos' counts summed behavior by behavior, then normalised per row.
    TransitionMatrix &m = total.transitions;
    m.behaviors = order;
    m.counts = QVector<QVector<qint64>>(order.size(), QVector<qint64>(order.size(), 0));
    m.probabilities = QVector<QVector<double>>(order.size(), QVector<double>(order.size(), 0.0));
    for (const VideoTrackStatistics &v : videos) {
        const TransitionMatrix &own = v.stats.transitions;
        for (int from = 0; from < own.behaviors.size(); ++from)
            for (int to = 0; to < own.behaviors.size(); ++to)
                m.counts[order.indexOf(own.behaviors[from])][order.indexOf(own.behaviors[to])]
                        += own.counts[from][to];
    }
    for (int from = 0; from < order.size(); ++from) {
        qint64 row = 0;
        for (qint64 c : std::as_const(m.counts[from]))
            row += c;
        for (int to = 0; to < order.size() && row > 0; ++to)
            m.probabilities[from][to] = double(m.counts[from][to]) / double(row);
    }
    return total;
}

QByteArray csv(const QVector<VideoTrackStatistics> &videos, const TrackStatistics *pooledStats)
{
    QByteArray text = "video,track,bin_start_s,bin_end_s,behavior,frames,seconds,"
                      "percent_of_labeled,bouts,mean_bout_s,latency_s\n";
    auto addRows = [&](const QString &video,
                       const QString &track,
                       const QByteArray &from,
                       const QByteArray &to,
                       const QVector<BehaviorBudget> &budgets) {
        for (const BehaviorBudget &b : budgets)
            text += csvField(video) + ',' + csvField(track) + ',' + from + ',' + to + ','
                    + csvField(b.name) + ',' + QByteArray::number(b.frames) + ','
                    + number(b.seconds) + ',' + number(b.percentOfLabeled) + ','
                    + QByteArray::number(b.boutCount) + ',' + number(b.meanBoutSeconds) + ','
                    + (b.latencyFrames < 0 ? QByteArray() : number(b.latencySeconds)) + '\n';
    };
    QStringList tracks;
    for (const VideoTrackStatistics &v : videos) {
        addRows(v.videoPath, v.track, "all", "all", v.stats.budgets);
        for (const TimeBin &bin : v.bins)
            addRows(v.videoPath,
                    v.track,
                    number(double(bin.start) / v.fps),
                    number(double(bin.end) / v.fps),
                    bin.stats.budgets);
        if (!tracks.contains(v.track))
            tracks << v.track;
    }
    if (pooledStats)
        addRows(QStringLiteral("(pooled)"),
                tracks.join(QLatin1Char('+')),
                "all",
                "all",
                pooledStats->budgets);
    return text;
}

} // namespace ethoscribe::ProjectStatistics
