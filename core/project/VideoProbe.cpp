// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/VideoProbe.h"

#include "project/ContentHash.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ethoscribe::VideoProbe {

std::optional<VideoRecord> probe(const QString &path, QString *error)
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
    if (!reader.open(info.absoluteFilePath(), error))
        return std::nullopt;
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
    v.fileSize = info.size();
    v.frameCount = vi.frameCount;
    v.fpsNum = vi.fpsNum;
    v.fpsDen = vi.fpsDen > 0 ? vi.fpsDen : 1;
    v.width = vi.width;
    v.height = vi.height;
    v.codec = vi.codec;
    v.durationSeconds = vi.durationSeconds;
    return v;
}

} // namespace ethoscribe::VideoProbe
