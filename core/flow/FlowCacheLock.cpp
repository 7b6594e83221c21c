// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowCacheLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowCache)
};

std::atomic<int> g_heartbeatMs{FlowCacheLock::Timing{}.heartbeatMs};
std::atomic<int> g_staleMs{FlowCacheLock::Timing{}.staleMs};

} // namespace

FlowCacheLock::FlowCacheLock(const QString &cachePath)
    : m_path(cachePath + QStringLiteral(".lock"))
{}

FlowCacheLock::~FlowCacheLock()
{
    unlock();
}

FlowCacheLock::Timing FlowCacheLock::timing()
{
    return {g_heartbeatMs.load(), g_staleMs.load()};
}

void FlowCacheLock::setTiming(const Timing &timing)
{
    g_heartbeatMs = timing.heartbeatMs;
    g_staleMs = timing.staleMs;
}

bool FlowCacheLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

FlowCacheLock::Outcome FlowCacheLock::tryLock(QString *error)
{
    if (isLocked())
        return Outcome::Locked;
    m_holder.clear();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Tr::tr("Could not create the folder %1 for the flow cache.")
                             .arg(QDir::toNativeSeparators(folder));
        return Outcome::Failed;
    }
    auto lock = std::make_unique<QLockFile>(m_path);
    lock->setStaleLockTime(g_staleMs.load());
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        {
            std::lock_guard<std::mutex> guard(m_mutex);
            m_stop = false;
        }
        const int interval = std::max(1, g_heartbeatMs.load());
        m_heartbeat = std::thread([this, interval] { heartbeat(interval); });
        return Outcome::Locked;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        // The holder writes its details just after creating the file: give it a moment.
        bool known = lock->getLockInfo(&pid, &host, &app);
        for (int i = 0; !known && i < 10; ++i) {
            QThread::msleep(10);
            known = lock->getLockInfo(&pid, &host, &app);
        }
        if (known) {
            const QString where = host.isEmpty() || host == QSysInfo::machineHostName()
                                          ? Tr::tr("on this computer")
                                          : Tr::tr("on the computer %1").arg(host);
            m_holder = app.isEmpty() ? Tr::tr("process %1 %2").arg(pid).arg(where)
                                     : Tr::tr("process %1 (%2) %3").arg(pid).arg(app, where);
        } else {
            m_holder = Tr::tr("another program");
        }
        return Outcome::HeldElsewhere;
    }
    if (error)
        *error = Tr::tr("Could not create the lock file %1 that keeps two programs from writing "
                        "the same flow cache: you may not write in the folder %2.")
                         .arg(QDir::toNativeSeparators(m_path),
                              QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
    return Outcome::Failed;
}

void FlowCacheLock::unlock()
{
    if (m_heartbeat.joinable()) {
        {
            std::lock_guard<std::mutex> guard(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_heartbeat.join();
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

void FlowCacheLock::heartbeat(int intervalMs)
{
    std::unique_lock<std::mutex> guard(m_mutex);
    while (!m_wake.wait_for(
            guard, std::chrono::milliseconds(intervalMs), [this] { return m_stop; })) {
        // ExistingOnly: never recreate a lock file that someone removed.
        QFile file(m_path);
        if (file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
            file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    }
}

} // namespace ethoscribe
