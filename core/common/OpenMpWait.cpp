// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/OpenMpWait.h"

#include <QByteArray>

#include <cstdlib>
#include <string>

namespace ethoscribe {

void setOpenMpWaitForChildren()
{
    if (std::getenv("OMP_WAIT_POLICY") || std::getenv("GOMP_SPINCOUNT"))
        return;
    ::setenv("GOMP_SPINCOUNT", std::to_string(kOpenMpSpinCount).c_str(), 0);
}

QString describeOpenMpWait()
{
    const QByteArray policy = qgetenv("OMP_WAIT_POLICY");
    const QByteArray spin = qgetenv("GOMP_SPINCOUNT");
    QString s;
    if (!spin.isEmpty())
        s = QStringLiteral("OpenMP threads spin %1 times, then sleep (GOMP_SPINCOUNT=%1)")
                    .arg(QString::fromLocal8Bit(spin));
    if (!policy.isEmpty())
        s += (s.isEmpty() ? QStringLiteral("OpenMP threads wait as OMP_WAIT_POLICY=%1 says")
                          : QStringLiteral("; OMP_WAIT_POLICY=%1"))
                     .arg(QString::fromLocal8Bit(policy));
    return s.isEmpty()
                   ? QStringLiteral("OpenMP threads wait as libgomp does by default (spin, then "
                                    "sleep)")
                   : s;
}

} // namespace ethoscribe
