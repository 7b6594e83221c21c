// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

class QLockFile;

namespace ethoscribe {

// Who may write a flow cache: one computation at a time, across the processes and computers that
// share a project's folder (the window's analysis, a Retrain run, `ethoscribe-cli flow`, cluster
// tasks). Without it two writers append their chunks at the same place in the file and each
// other's work is lost.
//
// The lock is a QLockFile beside the cache (CACHE.lock) naming the process, program and computer
// that holds it. A lock left behind by a process that crashed is taken over: on this computer at
// once (its process is gone), from another computer once it has not been touched for
// timing().staleMs, because its holder touches it every timing().heartbeatMs while it holds it.
// (The clocks of computers sharing a folder must agree to within the stale time.)
class FlowCacheLock
{
public:
    explicit FlowCacheLock(const QString &cachePath);
    ~FlowCacheLock(); // unlocks
    FlowCacheLock(const FlowCacheLock &) = delete;
    FlowCacheLock &operator=(const FlowCacheLock &) = delete;

    enum class Outcome {
        Locked,        // this object holds the lock
        HeldElsewhere, // another process (or another FlowCacheLock) holds it: holder() says who
        Failed         // the lock file cannot be created: *error says why
    };
    // Creates the cache's folder if needed. Does not wait for the lock (only, briefly, for a new
    // holder to have written its details).
    Outcome tryLock(QString *error);
    void unlock();
    bool isLocked() const;

    // After HeldElsewhere: who holds it, as a phrase for a sentence ("process 1234 (ethoscribe-cli)
    // on this computer").
    QString holder() const { return m_holder; }
    QString lockPath() const { return m_path; }

    struct Timing
    {
        int heartbeatMs = 30 * 1000;
        int staleMs = 3 * 60 * 1000;
    };
    static Timing timing();
    // For tests: shorter times. Applies to locks created afterwards.
    static void setTiming(const Timing &timing);

private:
    void heartbeat(int intervalMs);

    QString m_path;
    QString m_holder;
    std::unique_ptr<QLockFile> m_lock;
    std::thread m_heartbeat;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

} // namespace ethoscribe
