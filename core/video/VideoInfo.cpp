// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/VideoInfo.h"

namespace ethoscribe {

QJsonObject VideoInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("path")] = path;
    o[QStringLiteral("container")] = container;
    o[QStringLiteral("containerLongName")] = containerLongName;
    o[QStringLiteral("codec")] = codec;
    o[QStringLiteral("codecLongName")] = codecLongName;
    o[QStringLiteral("pixelFormat")] = pixelFormat;
    o[QStringLiteral("width")] = width;
    o[QStringLiteral("height")] = height;
    o[QStringLiteral("frameCount")] = double(frameCount);
    o[QStringLiteral("fpsNum")] = fpsNum;
    o[QStringLiteral("fpsDen")] = fpsDen;
    o[QStringLiteral("fps")] = fps();
    o[QStringLiteral("durationSeconds")] = durationSeconds;
    o[QStringLiteral("keyframeCount")] = double(keyframeCount);
    o[QStringLiteral("bitRate")] = double(bitRate);
    o[QStringLiteral("fileSize")] = double(fileSize);
    o[QStringLiteral("missingFrameCount")] = double(missingFrameCount);
    o[QStringLiteral("timestampsFromContainer")] = timestampsFromContainer;
    return o;
}

} // namespace ethoscribe
