// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace ethoscribe {

QString Sha256::ofFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Sha256", "Cannot read %1: %2")
                             .arg(path, file.errorString());
        return QString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = QCoreApplication::translate("Sha256", "Cannot read %1: %2")
                             .arg(path, file.errorString());
        return QString();
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool Sha256::isValidExpectation(const QString &expected)
{
    if (expected.size() < kMinimumPrefix || expected.size() > kFullLength)
        return false;
    for (const QChar c : expected) {
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return false;
    }
    return true;
}

bool Sha256::matches(const QString &actual, const QString &expected)
{
    return !expected.isEmpty() && actual.size() == kFullLength
           && actual.startsWith(expected, Qt::CaseInsensitive);
}

QString Sha256::describeExpectation(const QString &expected)
{
    return expected.size() == kFullLength
                   ? QCoreApplication::translate("Sha256", "SHA-256 %1").arg(expected.toLower())
                   : QCoreApplication::translate("Sha256", "a SHA-256 starting with %1")
                             .arg(expected.toLower());
}

} // namespace ethoscribe
