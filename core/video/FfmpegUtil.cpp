// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/FfmpegUtil.h"

#include <QtGlobal>

#include <mutex>

extern "C" {
#include <libavutil/log.h>
}

namespace ethoscribe::ffmpeg {

void initLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("ETHOSCRIBE_FFMPEG_LOG"))
            av_log_set_level(AV_LOG_QUIET);
        else
            av_log_set_level(AV_LOG_INFO);
    });
}

} // namespace ethoscribe::ffmpeg
