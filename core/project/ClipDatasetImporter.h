// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace ethoscribe {

class ProjectDatabase;

// Turns a folder of behavior clips (like the clipped database of Jhuang et al. 2010) into project
// videos, each fully labeled with its clip's behavior. Two layouts are understood:
//   - flat: files named <recording>_<behavior>_<index>.<ext>, e.g. video3_drink_0012.mpg;
//   - one sub-folder per behavior holding the clips, e.g. drink/video3_0012.mpg.
// A clip's source recording is the part of its file name before the first '_' ("video3"; the
// whole name when it has none); it goes into VideoRecord::recording so that leave-one-video-out
// folds hold out all clips of one recording together.
class ClipDatasetImporter
{
public:
    struct Clip
    {
        QString path; // absolute
        QString recording;
        QString behaviorName;
    };

    struct Options
    {
        // Name of the manual track that holds the clip labels.
        QString annotator = QStringLiteral("clips");
        // Clip behavior name -> project behavior name (case-insensitive).
        QHash<QString, QString> nameMapping;
        // Add behaviors the project does not have instead of skipping their clips.
        bool addUnknownBehaviors = false;
    };

    struct Result
    {
        int imported = 0;
        QVector<VideoId> videos;
        // Unknown behavior name -> number of clips skipped because of it.
        QMap<QString, int> unknownNames;
        // "<file>: <reason>" for every clip that was not imported for another reason.
        QStringList skipped;
        QStringList addedBehaviors;
        bool cancelled = false;
    };

    // The clips in folder (recursively), in a stable order; files whose names fit neither layout
    // are listed in *unrecognized. nullopt (and *error) when the folder cannot be read.
    static std::optional<QVector<Clip>> scan(const QString &folder,
                                             QStringList *unrecognized,
                                             QString *error);

    // Imports the clips of folder into an open, writable project: reads each clip's frame count
    // (VideoProbe), then adds all videos, tracks and labels in one transaction (all or nothing).
    // progress (may be empty) gets (clips read, clips to read); cancel (may be null) stops before
    // anything is written. nullopt and *error when the project could not be written.
    static std::optional<Result> importInto(ProjectDatabase &db,
                                            const QString &folder,
                                            const Options &options,
                                            const std::function<void(int, int)> &progress,
                                            const std::atomic_bool *cancel,
                                            QString *error);
};

} // namespace ethoscribe
