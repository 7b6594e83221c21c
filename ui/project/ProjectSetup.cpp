// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectSetup.h"

#include "behaviors/BehaviorSet.h"
#include "project/ContentHash.h"
#include "project/Document.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ethoscribe::ProjectSetup {

bool createProject(Document &document, const QString &path, QString *error)
{
    if (!document.create(path)) {
        if (error)
            *error = document.errorString();
        return false;
    }
    if (!document.database().setBehaviors(BehaviorSet::jhuangDefault().behaviors())) {
        if (error)
            *error = document.database().errorString();
        document.close();
        return false;
    }
    // Reopen so that the document loads the behaviors it now has.
    if (!document.open(path)) {
        if (error)
            *error = document.errorString();
        return false;
    }
    return true;
}

bool probeVideo(const QString &path,
                VideoRecord *record,
                QString *error,
                const std::function<void(double)> &progress,
                const std::atomic_bool *cancel)
{
    VideoReader reader;
    if (cancel)
        reader.setInterruptCheck([cancel] { return cancel->load(); });
    reader.setIndexProgress([progress, cancel](qint64 done, qint64 total) {
        if (progress && total > 0)
            progress(0.9 * double(done) / double(total));
        return !(cancel && cancel->load());
    });
    QString why;
    if (!reader.open(path, &why)) {
        if (error)
            *error = (cancel && cancel->load())
                             ? QCoreApplication::translate("ProjectSetup", "Cancelled.")
                             : why;
        return false;
    }
    const VideoInfo &info = reader.info();
    if (info.frameCount <= 0) {
        if (error)
            *error = QCoreApplication::translate(
                             "ProjectSetup",
                             "%1 contains no video frames. Check that it is a video file and "
                             "that it was copied completely.")
                             .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString hashError;
    const QString hash = ContentHash::ofFile(path, &hashError);
    if (hash.isEmpty()) {
        if (error)
            *error = hashError;
        return false;
    }
    if (progress)
        progress(1.0);
    VideoRecord r;
    r.path = QFileInfo(path).absoluteFilePath();
    r.contentHash = hash;
    r.fileSize = info.fileSize > 0 ? info.fileSize : QFileInfo(path).size();
    r.frameCount = info.frameCount;
    r.fpsNum = info.fpsNum;
    r.fpsDen = info.fpsDen > 0 ? info.fpsDen : 1;
    r.width = info.width;
    r.height = info.height;
    r.codec = info.codec;
    r.durationSeconds = info.durationSeconds > 0
                                ? info.durationSeconds
                                : (info.fps() > 0 ? info.frameCount / info.fps() : 0);
    *record = r;
    return true;
}

} // namespace ethoscribe::ProjectSetup
