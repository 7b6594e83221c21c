// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels/LabelTrack.h"
#include "project/ProjectRecords.h"
#include "stats/TrackStatistics.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace ethoscribe {

class BehaviorSet;
class Document;

// One track of one video with its statistics: a row group of `project stats` and of the
// Statistics window.
struct VideoTrackStatistics
{
    VideoId video = 0;
    QString videoPath; // as stored in the project
    QString track;     // ProjectStatistics::trackLabel() of the track
    double fps = 0.0;  // 0 when unknown (seconds are then 0)
    LabelTrack labels;
    TrackStatistics stats;
    QVector<TimeBin> bins; // empty without time bins
};

// Statistics of a video, a selection of videos or the whole project, for the command-line tool and
// the Statistics window alike.
namespace ProjectStatistics {

// A track's name in statistics and on the command line: the annotator of a manual track, else
// "<kind>:<model>:<stream>" (for example "prediction:i3d:rgb").
QString trackLabel(const TrackRecord &track);
// The stored track of a video named `name`: an annotator, a model, "model:stream" or a
// trackLabel(). Empty name: the first manual track, else the first track. Null when none
// matches. The fused prediction ("fused", ProjectFusion) is not stored: see isFused().
const TrackRecord *resolveTrack(const Document &doc, VideoId video, const QString &name);
// Whether `name` means the fused prediction of the stored streams (ProjectFusion::trackName(),
// ignoring case).
bool isFused(const QString &name);
// The distinct trackLabel()s of the videos' tracks: manual tracks first, then "fused" when any of
// the videos has predictions, then the streams' own predictions.
QStringList trackNames(const Document &doc, const QVector<VideoId> &videos);

// The labels of a video's fused prediction (ProjectFusion::fuse with the caller's parameters);
// nullopt when the video has none (or it is not available yet).
using FusedLabels = std::function<std::optional<LabelTrack>(const VideoRecord &video)>;

// The statistics of the track `trackName` of each video: a stored track (resolveTrack), or, when
// isFused(trackName), the labels `fused` gives (none without it); videos without such a track are
// left out. binSeconds > 0 adds time bins of that length (a video whose frame rate is unknown gets
// no bins and its name in *problem).
QVector<VideoTrackStatistics> compute(const Document &doc,
                                      const QVector<VideoId> &videos,
                                      const QString &trackName,
                                      double binSeconds,
                                      QString *problem = nullptr,
                                      const FusedLabels &fused = {});

// The selection as one: frames, seconds, bouts and transitions summed over the videos; shares of
// the pooled labeled frames and of all frames; mean and median bout over all bouts of the videos;
// latency the mean over the videos that show the behavior (-1 when none does). fps is the videos'
// common frame rate, or 0 when they differ.
TrackStatistics pooled(const QVector<VideoTrackStatistics> &videos);

// The numbers as CSV (locale-independent, '.' decimals): the header
//   video,track,bin_start_s,bin_end_s,behavior,frames,seconds,percent_of_labeled,bouts,
//   mean_bout_s,latency_s
// then one row per video, track, time bin ("all" for the whole video) and behavior; with a pooled
// statistics, its rows follow with the video "(pooled)".
QByteArray csv(const QVector<VideoTrackStatistics> &videos,
               const TrackStatistics *pooledStats = nullptr);

} // namespace ProjectStatistics

} // namespace ethoscribe
