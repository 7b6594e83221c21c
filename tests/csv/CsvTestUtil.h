// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

// Golden files of the CSV exchange tests live in tests/csv/golden.
inline QString csvGoldenPath(const QString &name)
{
    QString root = qEnvironmentVariable("ETHOSCRIBE_TEST_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(ETHOSCRIBE_CSV_TEST_SOURCE_DIR "/..");
    return QDir(root).filePath(QStringLiteral("csv/golden/") + name);
}

inline QByteArray readCsvGolden(const QString &name)
{
    QFile file(csvGoldenPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}
