// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: probing a video file (container, codec, frame index) as adding it to a project does.
// The first byte chooses the file name extension. Promise: no crash, no hang; refused with a
// message naming the file, or described with a positive frame count and size.
#include "FuzzUtil.h"

#include "project/VideoProbe.h"
#include "video/VideoReader.h"

#include <QFile>

using namespace ethoscribe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    fuzz::ensureApplication();
    static const char *const extensions[] = {".mp4", ".avi", ".mpg", ".mkv", ".gif", ".wmv"};
    // A new name for every input: the frame index cache is keyed by path, size and time.
    static quint64 counter = 0;
    const QString path = fuzz::scratchFile(
            data + 1,
            size - 1,
            QStringLiteral("-%1%2").arg(++counter).arg(QLatin1String(extensions[data[0] % 6])));
    QString error;
    const auto record = VideoProbe::probe(path, &error);
    QFile::remove(VideoReader::indexCacheFile(path));
    QFile::remove(path);
    VideoReader::clearMemoryIndexCache();
    if (!record) {
        if (!error.contains(QStringLiteral("ethoscribe-fuzz")))
            fuzz::broken("a refused video's message names the file", error);
    } else if (record->frameCount <= 0 || record->width <= 0 || record->height <= 0) {
        fuzz::broken("a probed video has frames and a size");
    }
    return 0;
}
