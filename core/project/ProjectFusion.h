// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fusion/FusionParameters.h"
#include "labels/LabelTrack.h"
#include "labels/PredictionTrack.h"
#include "project/ProjectRecords.h"

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <functional>
#include <optional>

namespace ethoscribe {

class BehaviorSet;
class ProjectDatabase;

// The fused prediction of a project's video - what the review window's timeline shows - for
// everything that wants it outside the window: exporting every video's prediction, statistics of
// the fused prediction (`project stats --track fused`, the Statistics window), `project export
// --track fused`. One rule for which stored tracks are fused and one place for the fusion
// parameters the window saves in the project, so that all of them agree with the timeline.
namespace ProjectFusion {

// The name of the fused prediction as a track in statistics and on the command line.
QString trackName(); // "fused"

// --- the window's fusion parameters, saved in the project's settings ---
// The saved parameters; a missing or invalid value keeps the default of FusionParameters, and a
// combination that is not valid as a whole gives the defaults.
FusionParameters savedParameters(const std::function<QString(const QString &key)> &setting);
// The (key, value) settings that savedParameters() reads back.
QVector<QPair<QString, QString>> settings(const FusionParameters &params);

// --- which stored tracks are fused ---
// Index network * 2 + stream, as FusionModel: i3d rgb, i3d flow, r2plus1d rgb, r2plus1d flow;
// 0 where there is none.
using Inputs = std::array<TrackId, 4>;
// For each network and stream the newest prediction track of the video (highest id), kept when its
// stored probabilities (layout(id), nullopt or null when none) have the video's frame count and
// the classes of the first input kept (in the order above); another behavior set is not fused with
// the first. The model and stream names are FusionModel's ("i3d", "r2plus1d"; "rgb", "flow").
Inputs inputs(const QVector<TrackRecord> &tracksOfVideo,
              qint64 frameCount,
              const std::function<std::optional<PredictionLayout>(TrackId)> &layout);
// Whether any network's prediction track exists among the tracks (a cheap test without reading
// probabilities: inputs() may still find none usable).
bool hasPredictionTracks(const QVector<TrackRecord> &tracksOfVideo);

// --- the fused prediction ---
struct FusedVideo
{
    int inputCount = 0;            // streams fused; 0: the video has no usable prediction
    qint64 predictedFrames = 0;    // frames with a fused prediction (the rest are not analysed yet)
    LabelTrack labels;             // the fused labels as behaviors (classes matched by name)
    PredictionTrack probabilities; // the fused probabilities (only when asked for)
};
// Reads the video's input tracks from db (which must be open on the calling thread; the project
// may be open elsewhere for writing) and fuses them with params, on the calling thread only.
// Classes are matched to behaviors by name, case-insensitively; a class no behavior is named after
// leaves its frames unlabeled (its probabilities stay in `probabilities`). nullopt and *error
// when the project cannot be read or params are invalid.
std::optional<FusedVideo> fuse(ProjectDatabase &db,
                               const VideoRecord &video,
                               const BehaviorSet &behaviors,
                               const FusionParameters &params,
                               bool withProbabilities,
                               QString *error = nullptr);

// --- every video's fused prediction as CSV files ---
struct FolderExport
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QStringList writtenFiles; // absolute paths, in order
    int videosWritten = 0;
    QStringList partlyAnalysed;   // videos (paths as stored) with frames not predicted yet
    QStringList unmatchedClasses; // model classes no behavior is named after (their p_ columns)
};
// Writes the fused prediction of each of `videos` that has one into folder, as the window's
// Export Prediction does for one video: <base>_prediction.csv (per frame: behavior and each
// behavior's probability, LabelExport's format) and <base>_prediction_bouts.csv. The base names
// come from LabelExport::BaseNames over all of `videos` in order, so pass the project's videos in
// project order and a video gets the same name in every export. Frames not analysed yet are left
// empty. Opens a read-only connection of its own to projectPath, so it runs on any thread while
// the project is open elsewhere; each video's tracks are read, fused and written in turn (memory
// for one video at a time). progress(done, total) is called before each video and at the end and
// may return false to cancel; files already written stay.
FolderExport exportToFolder(const QString &projectPath,
                            const QVector<VideoRecord> &videos,
                            const BehaviorSet &behaviors,
                            const FusionParameters &params,
                            const QString &folder,
                            const std::function<bool(int done, int total)> &progress = {});

} // namespace ProjectFusion
} // namespace ethoscribe
