// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace ethoscribe {

// What VideoReader found out about a video file: exact frame count (from an index of every
// packet, not the container's estimate), frame rate as a rational, size and formats.
struct VideoInfo
{
    QString path;      // absolute path
    QString container; // FFmpeg demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2", "avi", "gif"
    QString containerLongName;
    QString codec; // FFmpeg codec name, e.g. "h264", "wmv3", "gif"
    QString codecLongName;
    QString pixelFormat; // decoder pixel format, e.g. "yuv420p", "yuv444p", "bgra"
    int width = 0;
    int height = 0;
    qint64 frameCount = 0; // exact number of frames (0-based indexes 0 .. frameCount-1)
    int fpsNum = 0;        // frame rate = fpsNum / fpsDen frames per second
    int fpsDen = 1;
    double durationSeconds = 0;
    qint64 keyframeCount = 0;
    qint64 bitRate = 0;  // bits per second of the whole file, 0 if unknown
    qint64 fileSize = 0; // bytes
    // Frames the container declares but whose data is missing (a truncated file); 0 normally.
    qint64 missingFrameCount = 0;
    // True when frame order and times come from container timestamps; false when the file has
    // none (e.g. AVI with B-frames) and the order was found by decoding once.
    bool timestampsFromContainer = true;

    double fps() const { return fpsDen > 0 ? double(fpsNum) / fpsDen : 0.0; }
    QJsonObject toJson() const;
};

} // namespace ethoscribe
