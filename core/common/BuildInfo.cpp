// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BuildInfo.h"

#include <QStringList>

#include <opencv2/core/version.hpp>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libswscale/swscale.h>
}

namespace ethoscribe {

namespace {
QString avVersion(unsigned v)
{
    return QStringLiteral("%1.%2.%3")
            .arg(AV_VERSION_MAJOR(v))
            .arg(AV_VERSION_MINOR(v))
            .arg(AV_VERSION_MICRO(v));
}
} // namespace

QString BuildInfo::version()
{
    return QStringLiteral(ETHOSCRIBE_VERSION);
}

QString BuildInfo::libraryVersions()
{
    QStringList lines;
    lines << QStringLiteral("Qt %1 (built with %2)")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("FFmpeg libavformat %1, libavcodec %2, libavutil %3, libswscale %4")
                     .arg(avVersion(avformat_version()),
                          avVersion(avcodec_version()),
                          avVersion(avutil_version()),
                          avVersion(swscale_version()));
    lines << QStringLiteral("OpenCV %1").arg(QStringLiteral(CV_VERSION));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ethoscribe
