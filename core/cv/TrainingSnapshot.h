// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace ethoscribe {

class ProjectDatabase;

// What training and cross-validation need from a project, read in one consistent snapshot (a
// read transaction), so that a run never sees half of an edit another process is making and
// never needs write access: the class list (the project's behaviors in display order) and, per
// video, where its file is and its per-frame labels as class indices (-1 = unlabeled).
struct TrainingSnapshot
{
    struct Video
    {
        VideoRecord record;
        QString absolutePath;
        QString name;      // file stem, unique within the snapshot ("video03", "video03-2", ...)
        QString recording; // group for leave-one-recording-out folds
        QString annotator; // manual track the labels come from
        std::vector<int> labels; // per frame: class index, -1 unlabeled
        qint64 labeledFrames = 0;
    };

    QString projectPath;
    QStringList classNames;
    QString flowMethod;        // the project's flow/method setting ("tvl1", "dis")
    std::vector<Video> videos; // project order; videos without labels are kept (labeledFrames 0)

    // Reads the project at `projectPath` read-only. `annotator` picks the manual track by name;
    // empty: the manual track with the most labeled frames of each video. Returns false with a
    // plain-words *error when the project cannot be read or has no behaviors.
    static bool read(const QString &projectPath,
                     const QString &annotator,
                     TrainingSnapshot *snapshot,
                     QString *error);
    // Same from an open database.
    static bool read(ProjectDatabase &db,
                     const QString &annotator,
                     TrainingSnapshot *snapshot,
                     QString *error);

    // The snapshot as a file, for work that runs elsewhere and later (a cluster task) and must
    // see the labels as they were when it was submitted, without opening the project: JSON with
    // absolute video paths and run-length encoded labels. save() writes atomically; load()
    // refuses a damaged file or one whose labels do not match its recorded data hash.
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, TrainingSnapshot *snapshot, QString *error);

    // Videos with at least one labeled frame.
    std::vector<int> labeledVideos() const;
    // Index of a video by name, file name, path or id text; -1 if none.
    int find(const QString &nameOrPath) const;
    // A SHA-256 over the class names and every labeled video's hash and labels: names the exact
    // training data in checkpoints and run manifests.
    QString dataHash() const;
};

} // namespace ethoscribe
