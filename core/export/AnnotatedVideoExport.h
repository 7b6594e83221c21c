// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"

#include <QString>

#include <atomic>
#include <functional>

namespace ethoscribe {

struct AnnotatedVideoOptions
{
    qint64 first = 0; // first frame written
    qint64 end = -1;  // one past the last; -1: to the end of the video
    // The moving ethogram strip along the bottom shows this many seconds around the current
    // frame, which sits under a white marker in its middle.
    double stripSeconds = 20.0;
    QString codec = QStringLiteral("h264");
    int quality = 20; // libx264 CRF: lower is better and larger
};

// File > Export annotated video and `ethoscribe-cli export-video`: the video re-encoded with the
// behavior of each frame written in its colour at the top left and a moving ethogram strip along
// the bottom, as labs show in talks and papers. Frames are decoded in order (frame-exact); the
// file appears under its name only when complete (written as .<name>.part.<ext>, then renamed), so
// a cancelled or failed export leaves nothing behind. Needs a QGuiApplication (fonts).
class AnnotatedVideoExport
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The colours of the labels box and of a strip cell for a behavior (unlabeled: dark grey).
    static QColor colorOf(const BehaviorSet &behaviors, BehaviorId id);

    static bool write(const QString &videoPath,
                      const LabelTrack &track,
                      const BehaviorSet &behaviors,
                      const QString &outPath,
                      const AnnotatedVideoOptions &options,
                      const Progress &progress,
                      const std::atomic_bool *cancel,
                      QString *error);
};

} // namespace ethoscribe
