// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/ClipSampler.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace ethoscribe {

// Builds batches on worker threads ahead of the network and hands them out in step order, at
// most `prefetch` steps ahead of the consumer. Records how long the consumer waited for data, so
// that training can report the fraction of time the network was starved. The destructor stops
// and joins the workers.
class BatchLoader
{
public:
    using MakeBatch = std::function<TrainingBatch(int step)>;

    BatchLoader(MakeBatch make, int firstStep, int endStep, int threads, int prefetch);
    ~BatchLoader();
    BatchLoader(const BatchLoader &) = delete;
    BatchLoader &operator=(const BatchLoader &) = delete;

    // The batch of the next step (blocks until it is built).
    TrainingBatch next();
    // Seconds next() spent waiting so far.
    double waitSeconds() const { return m_waitSeconds; }

private:
    void work();

    MakeBatch m_make;
    int m_endStep;
    int m_prefetch;
    int m_nextToBuild;
    int m_nextToTake;
    bool m_stop = false;
    std::map<int, TrainingBatch> m_ready;
    std::mutex m_mutex;
    std::condition_variable m_readyChanged;
    std::condition_variable m_taken;
    std::vector<std::thread> m_threads;
    double m_waitSeconds = 0;
};

} // namespace ethoscribe
