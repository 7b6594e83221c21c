// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/video: small helpers around FFmpeg's C API. Not for other areas: public
// headers of core/video never include libav headers.

#include <QString>

extern "C" {
#include <libavutil/error.h>
}

namespace ethoscribe::ffmpeg {

// FFmpeg's own text for an AVERROR code ("Invalid data found when processing input").
inline QString errorText(int averror)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(averror, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

// Silences FFmpeg's console logging (it would print for every damaged packet) unless
// ETHOSCRIBE_FFMPEG_LOG is set. Called once by VideoReader/VideoWriter.
void initLogging();

} // namespace ethoscribe::ffmpeg
