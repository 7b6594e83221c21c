// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/VideoProbe.h"

#include "project/ContentHash.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ethoscribe::VideoProbe {

std::optional<VideoRecord> probe(const QString &path,
                                 QString *error,
                                 const std::function<void(double)> &progress,
                                 const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        if (error)
            *error = QCoreApplication::translate("VideoProbe", "The video %1 does not exist.")
                             .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    VideoReader reader;
    reader.setDecoderThreads(1);
    if (cancel)
        reader.setInterruptCheck([cancel] { return cancel->load(); });
    reader.setIndexProgress([progress, cancel](qint64 done, qint64 total) {
        if (progress && total > 0)
            progress(0.9 * double(done) / double(total));
        return !(cancel && cancel->load());
    });
    QString why;
    if (!reader.open(info.absoluteFilePath(), &why)) {
        if (error)
            *error = (cancel && cancel->load())
                             ? QCoreApplication::translate("VideoProbe", "Cancelled.")
                             : why;
        return std::nullopt;
    }
    const VideoInfo &vi = reader.info();
    if (vi.frameCount <= 0) {
        if (error)
            *error = QCoreApplication::translate("VideoProbe",
                                                 "The video %1 has no frames that can be read.")
                             .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    VideoRecord v;
    v.path = info.absoluteFilePath();
    v.contentHash = ContentHash::ofFile(v.path, error);
    if (v.contentHash.isEmpty())
        return std::nullopt;
    v.fileSize = vi.fileSize > 0 ? vi.fileSize : info.size();
    v.frameCount = vi.frameCount;
    v.fpsNum = vi.fpsNum;
    v.fpsDen = vi.fpsDen > 0 ? vi.fpsDen : 1;
    v.width = vi.width;
    v.height = vi.height;
    v.codec = vi.codec;
    v.durationSeconds = vi.durationSeconds > 0
                                ? vi.durationSeconds
                                : (vi.fps() > 0 ? double(vi.frameCount) / vi.fps() : 0.0);
    if (progress)
        progress(1.0);
    return v;
}

} // namespace ethoscribe::VideoProbe
