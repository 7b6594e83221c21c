// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets: a per-process scratch file for readers that take a path, and a
// check that aborts (so that libFuzzer and the replay report the input) when a promise breaks.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

// A file in the temporary folder holding `data`, named with `suffix` (some readers look at it).
inline QString scratchFile(const uint8_t *data, size_t size, const QString &suffix)
{
    const QString path = QDir::temp().filePath(QStringLiteral("ethoscribe-fuzz-%1%2")
                                                       .arg(QCoreApplication::applicationPid())
                                                       .arg(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

// Qt needs an application object for some of its classes (QSqlDatabase, QStandardPaths).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "ethoscribe-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app
            = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
    QStandardPaths::setTestModeEnabled(true); // caches go to a test location, not the user's
}

[[noreturn]] inline void broken(const char *promise, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz: broken promise: %s %s\n", promise, qPrintable(detail));
    std::abort();
}

} // namespace fuzz
