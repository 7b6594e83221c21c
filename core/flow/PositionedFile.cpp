// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/PositionedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PositionedFile)
};

#ifdef Q_OS_UNIX
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

PositionedFile::PositionedFile() = default;

PositionedFile::~PositionedFile()
{
    close();
}

bool PositionedFile::open(const QString &path, Mode mode, QString *error)
{
    close();
    m_path = path;
#ifdef Q_OS_UNIX
    int flags = O_CLOEXEC;
    if (mode == Mode::Read)
        flags |= O_RDONLY;
    else if (mode == Mode::ReadWrite)
        flags |= O_RDWR;
    else
        flags |= O_RDWR | O_CREAT | O_TRUNC;
    do {
        m_fd = ::open(QFile::encodeName(path).constData(), flags, 0644);
    } while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0) {
        if (error)
            *error = Tr::tr("Could not open %1: %2.")
                             .arg(QDir::toNativeSeparators(path), systemError());
        return false;
    }
    return true;
#else
    m_file = std::make_unique<QFile>(path);
    QIODevice::OpenMode m = mode == Mode::Read ? QIODevice::ReadOnly : QIODevice::ReadWrite;
    if (mode == Mode::Create)
        m |= QIODevice::Truncate;
    if (!m_file->open(m)) {
        if (error)
            *error = Tr::tr("Could not open %1: %2.")
                             .arg(QDir::toNativeSeparators(path), m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
#endif
}

void PositionedFile::close()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
#endif
    m_file.reset();
}

bool PositionedFile::isOpen() const
{
    return m_fd >= 0 || m_file;
}

qint64 PositionedFile::size() const
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (m_fd < 0 || ::fstat(m_fd, &st) != 0)
        return -1;
    return qint64(st.st_size);
#else
    QMutexLocker lock(&m_mutex);
    return m_file ? m_file->size() : -1;
#endif
}

bool PositionedFile::readAt(qint64 offset, char *data, qint64 bytes, QString *error) const
{
    const QString name = QDir::toNativeSeparators(m_path);
#ifdef Q_OS_UNIX
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = ::pread(m_fd, data + done, size_t(bytes - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            if (error)
                *error = Tr::tr("Could not read %1: %2.").arg(name, systemError());
            return false;
        }
        if (n == 0) {
            if (error)
                *error = Tr::tr("%1 ends early (it is truncated).").arg(name);
            return false;
        }
        done += n;
    }
    return true;
#else
    QMutexLocker lock(&m_mutex);
    if (!m_file || !m_file->seek(offset) || m_file->read(data, bytes) != bytes) {
        if (error)
            *error = Tr::tr("Could not read %1 (it may be truncated).").arg(name);
        return false;
    }
    return true;
#endif
}

bool PositionedFile::writeAt(qint64 offset, const char *data, qint64 bytes, QString *error)
{
    const QString name = QDir::toNativeSeparators(m_path);
#ifdef Q_OS_UNIX
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = ::pwrite(m_fd, data + done, size_t(bytes - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (error)
                *error = Tr::tr("Could not write %1: %2. Check the free disk space; what was "
                                "finished is kept and the computation resumes from there.")
                                 .arg(name, systemError());
            return false;
        }
        done += n;
    }
    return true;
#else
    QMutexLocker lock(&m_mutex);
    if (!m_file || !m_file->seek(offset) || m_file->write(data, bytes) != bytes) {
        if (error)
            *error = Tr::tr("Could not write %1: %2. Check the free disk space; what was "
                            "finished is kept and the computation resumes from there.")
                             .arg(name, m_file ? m_file->errorString() : QString());
        return false;
    }
    return true;
#endif
}

bool PositionedFile::sync(QString *error)
{
#ifdef Q_OS_UNIX
    int rc;
    do {
        rc = ::fdatasync(m_fd);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        if (error)
            *error = Tr::tr("Could not write %1 to disk: %2.")
                             .arg(QDir::toNativeSeparators(m_path), systemError());
        return false;
    }
    return true;
#else
    QMutexLocker lock(&m_mutex);
    if (!m_file || !m_file->flush()) {
        if (error)
            *error = Tr::tr("Could not write %1 to disk.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
#endif
}

} // namespace ethoscribe
