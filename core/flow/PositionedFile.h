// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <memory>

class QFile;

namespace ethoscribe {

// A file read and written at explicit offsets, without a shared file position, so that several
// threads can read (and write disjoint ranges) at once: pread/pwrite on POSIX systems; elsewhere a
// QFile behind a mutex. sync() makes what was written durable (fdatasync) before it returns.
class PositionedFile
{
public:
    enum class Mode { Read, ReadWrite, Create }; // Create truncates or creates
    PositionedFile();
    ~PositionedFile();
    PositionedFile(const PositionedFile &) = delete;
    PositionedFile &operator=(const PositionedFile &) = delete;

    bool open(const QString &path, Mode mode, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    qint64 size() const;

    // Reads exactly `bytes` bytes at `offset`; false (with *error) on failure or a short read.
    bool readAt(qint64 offset, char *data, qint64 bytes, QString *error) const;
    bool writeAt(qint64 offset, const char *data, qint64 bytes, QString *error);
    bool sync(QString *error);

private:
    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QFile> m_file; // non-POSIX fallback
    mutable QMutex m_mutex;        // guards m_file's position
};

} // namespace ethoscribe
