// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running a program (ethoscribe-cli, a child mode of the test itself) from a test, and hashing
// files to show that they did not change.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace ethoscribe::testutil {

struct ProcessRun
{
    enum { TimedOut = -1, Crashed = -2 };
    int exitCode = TimedOut; // or Crashed
    QString out;
    QString err;
};

// Runs program with args; modifier (may be empty) runs in the child before exec; environment
// (when not empty) replaces the test's own.
inline ProcessRun runProcess(const QString &program,
                             const QStringList &args,
                             int timeoutMs = 60000,
                             const std::function<void()> &modifier = {},
                             const QProcessEnvironment &environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    if (modifier)
        p.setChildProcessModifier(modifier);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {ProcessRun::TimedOut, QString(), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : int(ProcessRun::Crashed),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// SHA-256 of a file's contents; empty when it cannot be read.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// The tensor data of a safetensors file: everything after its JSON header, which holds the time
// it was written (so two files of the same weights differ there). Empty when it cannot be read.
inline QByteArray safetensorsData(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 8)
        return QByteArray();
    const QByteArray all = f.readAll();
    quint64 header = 0;
    for (int i = 0; i < 8; ++i)
        header |= quint64(quint8(all[i])) << (8 * i);
    if (header > quint64(all.size() - 8))
        return QByteArray();
    return all.mid(8 + qsizetype(header));
}

} // namespace ethoscribe::testutil
