// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/BatchLoader.h"

#include <chrono>

namespace ethoscribe {

BatchLoader::BatchLoader(MakeBatch make, int firstStep, int endStep, int threads, int prefetch)
    : m_make(std::move(make))
    , m_endStep(endStep)
    , m_prefetch(std::max(1, prefetch))
    , m_nextToBuild(firstStep)
    , m_nextToTake(firstStep)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { work(); });
}

BatchLoader::~BatchLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_taken.notify_all();
    m_readyChanged.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

void BatchLoader::work()
{
    for (;;) {
        int step;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_taken.wait(lock, [this] {
                return m_stop || m_nextToBuild >= m_endStep
                       || m_nextToBuild < m_nextToTake + m_prefetch;
            });
            if (m_stop || m_nextToBuild >= m_endStep)
                return;
            step = m_nextToBuild++;
        }
        TrainingBatch batch = m_make(step);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_ready.emplace(step, std::move(batch));
        }
        m_readyChanged.notify_all();
    }
}

TrainingBatch BatchLoader::next()
{
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_readyChanged.wait(lock, [this] { return m_ready.count(m_nextToTake) > 0; });
    TrainingBatch batch = std::move(m_ready[m_nextToTake]);
    m_ready.erase(m_nextToTake);
    ++m_nextToTake;
    lock.unlock();
    m_taken.notify_all();
    m_waitSeconds
            += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return batch;
}

} // namespace ethoscribe
