// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace ethoscribe {

class Document;

// The demo of the first start: two short synthetic cage videos with their true behaviors, in a
// project whose timeline already shows those behaviors ("ground truth") and a copy the user can
// relabel. GUI-free steps; MainWindow runs the slow ones in the background.
namespace DemoProject {

// Defaults of the README's demo command.
constexpr int kVideoCount = 2;
constexpr int kSeconds = 60;
constexpr quint64 kSeed = 1;

QString projectPath(const QString &folder); // folder/demo.ethoproj
// The synthetic videos present in folder (videoNN.mp4 with a videoNN.csv beside it), sorted.
// The demo generates them again when fewer than kVideoCount are there (a cancelled run).
QStringList findVideos(const QString &folder);
QString labelsPathFor(const QString &videoPath); // videoNN.csv

// Generates the synthetic videos into folder. progress gets (done, total) frames; cancel stops
// (then false with an empty *error). Slow: call it off the GUI thread.
bool generate(const QString &folder,
              int videoCount,
              int seconds,
              quint64 seed,
              const std::function<void(qint64, qint64)> &progress,
              std::atomic_bool *cancel,
              QString *error);

// Adds the probed videos to the (open, empty) document and imports each video's true labels as
// the manual track "ground truth" and as the track of `annotator`, which the user edits. The
// undo history is cleared afterwards: the demo starts with nothing to undo.
bool populate(Document &document,
              const QVector<VideoRecord> &videos,
              const QString &annotator,
              QString *error);

QString groundTruthName();

// The small models that come with Ethoscribe (resources/demo-models: trained by the project's own
// 'train' on synthetic videos of another seed, see its README), copied into folder/models so that
// the demo project refers to them by a relative path. Returns the copies (absolute paths), or an
// empty list and *error when they are not installed or cannot be copied.
QStringList installModels(const QString &folder, QString *error);
// Where the bundled models were found (empty when nowhere).
QString bundledModelsFolder();

} // namespace DemoProject
} // namespace ethoscribe
