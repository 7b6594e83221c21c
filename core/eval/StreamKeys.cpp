// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/StreamKeys.h"

namespace ethoscribe::eval {

QStringList networkNames()
{
    return {QStringLiteral("i3d"), QStringLiteral("r2plus1d")};
}

QStringList streamNames()
{
    return {QStringLiteral("rgb"), QStringLiteral("flow")};
}

QString streamKey(const QString &network, const QString &stream)
{
    return network + QLatin1Char('/') + stream;
}

QStringList streamKeys()
{
    QStringList keys;
    for (const QString &network : networkNames()) {
        for (const QString &stream : streamNames())
            keys << streamKey(network, stream);
    }
    return keys;
}

QString bothModelName()
{
    return QStringLiteral("both");
}

QString modelTitle(const QString &model)
{
    if (model == QLatin1String("i3d"))
        return QStringLiteral("I3D");
    if (model == QLatin1String("r2plus1d"))
        return QStringLiteral("R(2+1)D");
    if (model == bothModelName())
        return QStringLiteral("I3D + R(2+1)D");
    return model;
}

} // namespace ethoscribe::eval
