// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SystemMemory.h"

#include <QFile>
#include <QLocale>

#include <unistd.h>

#include <algorithm>

namespace ethoscribe {

qint64 parseCgroupLimit(const QByteArray &text)
{
    const QByteArray value = text.trimmed();
    if (value.isEmpty() || value == "max")
        return -1;
    bool ok = false;
    const qint64 limit = value.toLongLong(&ok);
    // cgroup v1 writes "no limit" as a huge number (the largest multiple of the page size).
    if (!ok || limit <= 0 || limit >= (qint64(1) << 60))
        return -1;
    return limit;
}

namespace {
qint64 readLimit(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return parseCgroupLimit(file.readAll());
}

// The tightest limit of this process's control group and the groups above it.
qint64 cgroupLimit()
{
    QFile self(QStringLiteral("/proc/self/cgroup"));
    if (!self.open(QIODevice::ReadOnly))
        return -1;
    qint64 tightest = -1;
    auto consider = [&](qint64 limit) {
        if (limit > 0 && (tightest < 0 || limit < tightest))
            tightest = limit;
    };
    for (const QByteArray &line : self.readAll().split('\n')) {
        // "0::/user.slice/..." (v2) or "7:memory:/slurm/uid_1/job_2" (v1).
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3)
            continue;
        const bool v2 = parts[0] == "0" && parts[1].isEmpty();
        const bool v1Memory = parts[1].split(',').contains("memory");
        if (!v2 && !v1Memory)
            continue;
        QString group = QString::fromUtf8(parts.mid(2).join(':'));
        const QString root
                = v2 ? QStringLiteral("/sys/fs/cgroup") : QStringLiteral("/sys/fs/cgroup/memory");
        const QString file
                = v2 ? QStringLiteral("/memory.max") : QStringLiteral("/memory.limit_in_bytes");
        for (;;) {
            consider(readLimit(root + group + file));
            if (group.isEmpty() || group == QLatin1String("/"))
                break;
            group.truncate(std::max<qsizetype>(0, group.lastIndexOf(QLatin1Char('/'))));
        }
    }
    return tightest;
}
} // namespace

qint64 usableMemoryBytes()
{
    qint64 physical = 0;
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        physical = qint64(pages) * qint64(pageSize);
#endif
    const qint64 limit = cgroupLimit();
    if (limit > 0 && (physical <= 0 || limit < physical))
        return limit;
    return physical;
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace ethoscribe
