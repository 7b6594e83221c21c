// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ContentHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

namespace ethoscribe::ContentHash {

namespace {
constexpr qint64 kEdge = 4 * 1024 * 1024;
constexpr qint64 kChunk = 256 * 1024;
constexpr int kMiddleChunks = 8;
constexpr qint64 kWholeBelow = 10 * 1024 * 1024;

bool addRange(QFile &file, qint64 offset, qint64 length, QCryptographicHash &hash)
{
    if (!file.seek(offset))
        return false;
    QByteArray buffer;
    while (length > 0) {
        buffer = file.read(qMin<qint64>(length, 1024 * 1024));
        if (buffer.isEmpty())
            return false;
        hash.addData(buffer);
        length -= buffer.size();
    }
    return true;
}
} // namespace

QString ofFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ContentHash", "Could not read the video %1: %2")
                             .arg(path, file.errorString());
        return {};
    }
    const qint64 size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint64 sizeLe = qToLittleEndian<quint64>(quint64(size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&sizeLe), sizeof sizeLe));
    bool ok = true;
    if (size <= kWholeBelow) {
        ok = addRange(file, 0, size, hash);
    } else {
        ok = addRange(file, 0, kEdge, hash);
        const qint64 middle = size - 2 * kEdge - kChunk;
        for (int i = 1; ok && i <= kMiddleChunks; ++i)
            ok = addRange(file, kEdge + middle * i / (kMiddleChunks + 1), kChunk, hash);
        ok = ok && addRange(file, size - kEdge, kEdge, hash);
    }
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("ContentHash",
                                                 "Could not read the video %1 to the end: %2")
                             .arg(path, file.errorString());
        return {};
    }
    return QStringLiteral("sha256s1:") + QString::fromLatin1(hash.result().toHex());
}

} // namespace ethoscribe::ContentHash
