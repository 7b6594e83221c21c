// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowMethod.h"

namespace ethoscribe {

QString flowMethodName(FlowMethod m)
{
    switch (m) {
    case FlowMethod::TvL1:
        return QStringLiteral("tvl1");
    case FlowMethod::Dis:
        return QStringLiteral("dis");
    }
    return QString();
}

bool flowMethodFromName(const QString &name, FlowMethod *m)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tvl1") || n == QLatin1String("tv-l1")) {
        *m = FlowMethod::TvL1;
        return true;
    }
    if (n == QLatin1String("dis")) {
        *m = FlowMethod::Dis;
        return true;
    }
    return false;
}

} // namespace ethoscribe
