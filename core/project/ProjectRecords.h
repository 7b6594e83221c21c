// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"
#include "labels/Bout.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ethoscribe {

// Plain rows of the project database, as ProjectDatabase reads and writes them. Frames are
// 0-based and ranges half-open [start, end) everywhere.

using VideoId = qint64;
using TrackId = qint64;

// One video of a project. `path` is stored relative to the folder of the project file so that a
// project folder can be moved or copied as a whole; ProjectDatabase::absoluteVideoPath resolves it.
struct VideoRecord
{
    VideoId id = 0;
    QString path;
    QString contentHash;
    qint64 fileSize = 0;
    qint64 frameCount = 0;
    int fpsNum = 0;
    int fpsDen = 1;
    int width = 0;
    int height = 0;
    QString codec;
    double durationSeconds = 0;
    // Source recording of a clip (all clips of one recording are held out together in
    // leave-one-video-out folds). Empty: the video is its own recording.
    QString recording;

    QString recordingOrPath() const { return recording.isEmpty() ? path : recording; }
};

enum class TrackKind { Manual, Prediction, Fused };

QString trackKindName(TrackKind kind);
// False when the name is not "manual", "prediction" or "fused".
bool trackKindFromName(const QString &name, TrackKind *kind);

// A label track of one video: a manual track (name = annotator), or a model's predictions
// (model "i3d"/"r2plus1d", stream "rgb"/"flow") or their fusion. Bouts live in the bouts table;
// per-frame probabilities of prediction tracks in prediction_tracks + prediction_chunks.
struct TrackRecord
{
    TrackId id = 0;
    VideoId videoId = 0;
    TrackKind kind = TrackKind::Manual;
    QString name;
    QString model;
    QString stream;
    // What a prediction track was computed from, e.g. the checkpoint's hash and the video's content
    // hash, so that a new checkpoint invalidates only the streams it produced. Free text; empty
    // for manual tracks and for tracks stored before it existed.
    QString source = QString();
};

// The shape of a prediction track's stored probabilities: frameCount rows of classNames.size()
// classes, stored in blocks of chunkFrames frames (block k holds frames [k * chunkFrames,
// (k + 1) * chunkFrames), the last one shorter). A null layout (no classes) means the track has
// no stored probabilities.
struct PredictionLayout
{
    qint64 frameCount = 0;
    QStringList classNames;
    int chunkFrames = 0;

    bool isNull() const { return classNames.isEmpty(); }
    int classCount() const { return int(classNames.size()); }
};

// A registered model checkpoint (path relative to the project folder when inside it).
struct ModelRecord
{
    qint64 id = 0;
    QString name;
    QString architecture;
    QString stream;
    QString path;
    QJsonObject metadata;
    QString createdAt;
};

// One cross-validation run: its configuration and, per fold, its results.
struct CvRunRecord
{
    qint64 id = 0;
    QString name;
    QJsonObject config;
    QString createdAt;
};

} // namespace ethoscribe
