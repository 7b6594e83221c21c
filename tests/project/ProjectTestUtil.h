// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the project tests.

#include "behaviors/BehaviorSet.h"
#include "project/Document.h"

#include <QTest>

namespace ethoscribe::projecttest {

// A project with the eight default behaviors, one video record of `frames` frames (no file
// behind it) and one manual track. Returns the track id (0 on failure, with a QTest failure).
inline TrackId makeProject(Document &doc,
                           const QString &path,
                           qint64 frames,
                           VideoId *videoOut = nullptr)
{
    if (!doc.create(path)) {
        qWarning("%s", qPrintable(doc.errorString()));
        return 0;
    }
    const BehaviorSet defaults = BehaviorSet::jhuangDefault();
    for (const Behavior &b : defaults.behaviors())
        if (!doc.addBehavior(b.name, b.color, b.key))
            return 0;
    doc.undoStack()->clear();
    VideoRecord v;
    v.path = QStringLiteral("videos/cage1.mp4");
    v.contentHash = QStringLiteral("sha256s1:00");
    v.fileSize = 1000;
    v.frameCount = frames;
    v.fpsNum = 30;
    v.fpsDen = 1;
    v.width = 320;
    v.height = 240;
    v.codec = QStringLiteral("h264");
    v.durationSeconds = frames / 30.0;
    const std::optional<VideoId> video = doc.addVideo(v);
    if (!video)
        return 0;
    if (videoOut)
        *videoOut = *video;
    return doc.addManualTrack(*video, QStringLiteral("alice")).value_or(0);
}

} // namespace ethoscribe::projecttest
