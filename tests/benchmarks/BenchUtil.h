// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>

namespace benchutil {

// /proc/loadavg, printed before and after a benchmark: figures taken on a busy machine are not
// figures.
inline QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readAll().trimmed();
}

} // namespace benchutil
