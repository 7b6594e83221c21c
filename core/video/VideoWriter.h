// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QImage;

namespace ethoscribe {

// How VideoWriter encodes. The defaults give a small H.264 file like a lab camera's.
struct VideoWriterSettings
{
    // Any libavcodec encoder name: "h264" (means libx264), "mpeg1video", "mpeg4", "mjpeg",
    // "ffv1", "wmv2", "msmpeg4", ...
    QString codec = QStringLiteral("h264");
    int width = 320;
    int height = 240;
    int fpsNum = 30;
    int fpsDen = 1;
    // Keyframe interval in frames (the longest distance between two keyframes; x264 may put
    // extra keyframes at scene cuts).
    int gopSize = 30;
    // H.264: the CRF (0 = lossless .. 51 = worst; 23 is x264's default).
    // Other codecs (constant quantizer): qscale = clamp(2^((quality - 11) / 6), 2, 31), the
    // same "6 steps double the quantizer" rule as H.264, so 23 -> qscale 4, 17 -> 2, 35 -> 16.
    // (qscale 1 is not used: MPEG-1 and WMV2 then overflow coefficients and buffers.)
    // Ignored by lossless codecs (ffv1).
    int quality = 23;
    // Encoder threads. 1 gives bit-exact, reproducible files (same input -> same bytes).
    int threads = 1;
    // Largest run of B-frames; -1 keeps the encoder's default (x264: 3, MPEG-1/MPEG-4: 0).
    int maxBFrames = -1;
    // H.264: x264's speed/size trade-off ("ultrafast" ... "medium" ... "veryslow").
    QString preset = QStringLiteral("medium");
};

// Encodes QImages into a video file with FFmpeg's libraries: the synthetic-video generator and
// the tests use it. The container is chosen from the file extension (.mp4 .m4v .mpg .mpeg .avi
// .mkv .mov .wmv .asf). Frame n gets presentation time n * fpsDen / fpsNum seconds.
// Not thread-safe: use one VideoWriter from one thread at a time.
class VideoWriter
{
public:
    VideoWriter();
    ~VideoWriter(); // closes (flushes) the file if still open
    VideoWriter(const VideoWriter &) = delete;
    VideoWriter &operator=(const VideoWriter &) = delete;

    // Creates (overwrites) the file. On failure returns false and sets *error (may be null) to
    // a plain-language message naming the file.
    bool open(const QString &path, const VideoWriterSettings &settings, QString *error);
    // Appends one frame. Any QImage format; it must have the size given in the settings. The
    // alpha channel, if any, is ignored. Converted to the encoder's pixel format (BT.601).
    bool write(const QImage &frame, QString *error);
    // Flushes the encoder and writes the container trailer. Safe to call when not open.
    bool close(QString *error);

    bool isOpen() const;
    qint64 framesWritten() const;
    QString path() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ethoscribe
