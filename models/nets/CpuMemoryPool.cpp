// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/CpuMemoryPool.h"

#include <c10/core/CPUAllocator.h>
#include <c10/util/Exception.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ethoscribe::nets {

namespace {

// Every block starts with a header that says how large it is; the tensor's data follows, aligned
// as LibTorch aligns its own (64 bytes, what its vectorized kernels assume).
constexpr std::size_t kAlignment = 64;
constexpr std::size_t kHeaderBytes = 64;
constexpr std::uint64_t kMagic = 0x45746f506f6f6c31ull; // "EtoPool1"
constexpr std::uint8_t kPriority = 200;                 // above LibTorch's own registrations
constexpr std::size_t kPageBytes = 4096;

struct Header
{
    std::size_t capacity;
    std::uint64_t magic;
    std::size_t mapped; // bytes mapped with mmap, or 0 when from the C library
};
static_assert(sizeof(Header) <= kHeaderBytes, "the header must fit before the data");

void *allocateBlock(std::size_t capacity)
{
    void *block = nullptr;
    std::size_t mapped = 0;
#if defined(MADV_HUGEPAGE)
    // Large blocks in 2 MiB pages where the kernel offers them (transparent huge pages in
    // "madvise" mode, Debian's default): a new block then costs one fault per 2 MiB, not per
    // 4 KiB.
    if (capacity >= CpuMemoryPool::kHugePageBytes) {
        mapped = kHeaderBytes + capacity;
        block = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (block == MAP_FAILED)
            return nullptr;
        madvise(block, mapped, MADV_HUGEPAGE); // only advice: without it, normal pages
    } else
#endif
            if (posix_memalign(&block, kAlignment, kHeaderBytes + capacity) != 0) {
        return nullptr;
    }
    Header *header = static_cast<Header *>(block);
    header->capacity = capacity;
    header->magic = kMagic;
    header->mapped = mapped;
    return block;
}

void freeBlock(void *block)
{
    const Header *header = static_cast<const Header *>(block);
    if (header->mapped)
        munmap(block, header->mapped);
    else
        std::free(block);
}

void *dataOf(void *block)
{
    return static_cast<char *>(block) + kHeaderBytes;
}

void *blockOf(void *data)
{
    return static_cast<char *>(data) - kHeaderBytes;
}

} // namespace

CpuMemoryPool::CpuMemoryPool()
{
    m_stats.limitBytes = defaultLimitBytes();
}

CpuMemoryPool &CpuMemoryPool::instance()
{
    static CpuMemoryPool *pool = new CpuMemoryPool;
    return *pool;
}

std::size_t CpuMemoryPool::defaultLimitBytes()
{
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        return std::size_t(pages) * std::size_t(pageSize) / 4;
#endif
    return std::size_t(2) << 30;
}

bool CpuMemoryPool::install()
{
    CpuMemoryPool &pool = instance();
    if (const char *mb = std::getenv("ETHOSCRIBE_CPU_POOL_MB"); mb && *mb) {
        char *end = nullptr;
        const unsigned long long value = std::strtoull(mb, &end, 10);
        if (end && *end == '\0') {
            if (value == 0)
                return false;
            pool.setLimitBytes(std::size_t(value) << 20);
        }
    }
    c10::SetCPUAllocator(&pool, kPriority);
    return true;
}

void CpuMemoryPool::uninstall()
{
    if (!isInstalled())
        return;
    c10::SetCPUAllocator(c10::GetDefaultCPUAllocator(), kPriority);
    instance().trim();
}

bool CpuMemoryPool::isInstalled()
{
    return c10::GetCPUAllocator() == &instance();
}

std::string CpuMemoryPool::describe()
{
    if (!isInstalled())
        return "freed tensors go back to the system (LibTorch's own CPU allocator)";
    return "freed tensors of 64 KiB or more are kept for reuse, up to "
           + std::to_string(instance().limitBytes() >> 20)
           + " MiB (ETHOSCRIBE_CPU_POOL_MB; 0 turns this off)";
}

c10::DataPtr CpuMemoryPool::allocate(std::size_t bytes) const
{
    const c10::Device cpu(c10::DeviceType::CPU);
    if (bytes == 0)
        return {nullptr, nullptr, &CpuMemoryPool::release, cpu};
    const bool pooled = bytes >= kMinPooledBytes;
    const std::size_t capacity
            = pooled ? (bytes + kPageBytes - 1) / kPageBytes * kPageBytes : bytes;
    void *block = nullptr;
    if (pooled) {
        std::vector<void *> evicted;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            block = takeLocked(capacity);
            if (!block) {
                // No kept block fits, so a new one is made. Kept blocks of sizes no longer asked
                // for (another network, another input size) would pile up: hold at most twice
                // the most that live tensors have needed at once, giving back the oldest first.
                m_stats.liveBytes += capacity;
                m_stats.peakLiveBytes = std::max(m_stats.peakLiveBytes, m_stats.liveBytes);
                const std::size_t budget = kBudgetFactor * m_stats.peakLiveBytes;
                if (m_stats.liveBytes + m_stats.keptBytes > budget)
                    evictOldestLocked(m_stats.liveBytes + m_stats.keptBytes - budget, &evicted);
            }
        }
        for (void *b : evicted)
            freeBlock(b);
    }
    if (!block)
        block = allocateBlock(capacity);
    if (!block && pooled) {
        // Kept blocks of other sizes may be what the system lacks.
        const_cast<CpuMemoryPool *>(this)->trim();
        block = allocateBlock(capacity);
    }
    if (!block && pooled) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stats.liveBytes -= capacity;
    }
    TORCH_CHECK(block, "not enough memory: tried to allocate ", bytes, " bytes on the CPU");
    void *data = dataOf(block);
    return {data, data, &CpuMemoryPool::release, cpu};
}

c10::DeleterFnPtr CpuMemoryPool::raw_deleter() const
{
    return &CpuMemoryPool::release;
}

void CpuMemoryPool::release(void *data)
{
    if (!data)
        return;
    void *block = blockOf(data);
    const Header *header = static_cast<const Header *>(block);
    TORCH_INTERNAL_ASSERT(header->magic == kMagic,
                          "CpuMemoryPool: freeing a block it did not allocate");
    if (header->capacity >= kMinPooledBytes && instance().giveBack(block, header->capacity))
        return;
    freeBlock(block);
}

void *CpuMemoryPool::takeLocked(std::size_t capacity) const
{
    const auto it = m_bySize.lower_bound(capacity);
    if (it == m_bySize.end() || it->first > capacity + capacity / 8) {
        ++m_stats.misses;
        return nullptr;
    }
    ++m_stats.hits;
    void *block = it->second.block;
    m_byAge.erase(it->second.age);
    m_stats.keptBytes -= it->first;
    m_stats.liveBytes += it->first;
    --m_stats.keptBlocks;
    m_bySize.erase(it);
    return block;
}

bool CpuMemoryPool::giveBack(void *block, std::size_t capacity)
{
    std::vector<void *> evicted;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stats.liveBytes -= capacity;
        if (capacity > m_stats.limitBytes)
            return false;
        if (m_stats.keptBytes + capacity > m_stats.limitBytes)
            evictOldestLocked(m_stats.keptBytes + capacity - m_stats.limitBytes, &evicted);
        const std::uint64_t age = m_nextAge++;
        m_byAge.emplace(age, m_bySize.emplace(capacity, Kept{block, age}));
        m_stats.keptBytes += capacity;
        ++m_stats.keptBlocks;
        m_stats.peakKeptBytes = std::max(m_stats.peakKeptBytes, m_stats.keptBytes);
    }
    for (void *b : evicted)
        freeBlock(b);
    return true;
}

void CpuMemoryPool::evictOldestLocked(std::size_t bytes, std::vector<void *> *evicted) const
{
    std::size_t freed = 0;
    while (freed < bytes && !m_byAge.empty()) {
        const auto oldest = m_byAge.begin();
        evicted->push_back(oldest->second->second.block);
        freed += oldest->second->first;
        m_stats.keptBytes -= oldest->second->first;
        --m_stats.keptBlocks;
        m_bySize.erase(oldest->second);
        m_byAge.erase(oldest);
    }
}

void CpuMemoryPool::setLimitBytes(std::size_t bytes)
{
    std::vector<void *> evicted;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stats.limitBytes = bytes;
        if (m_stats.keptBytes > bytes)
            evictOldestLocked(m_stats.keptBytes - bytes, &evicted);
    }
    for (void *b : evicted)
        freeBlock(b);
}

std::size_t CpuMemoryPool::limitBytes() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stats.limitBytes;
}

void CpuMemoryPool::trim()
{
    std::vector<void *> blocks;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        blocks.reserve(m_bySize.size());
        for (const auto &[capacity, kept] : m_bySize)
            blocks.push_back(kept.block);
        m_bySize.clear();
        m_byAge.clear();
        m_stats.keptBytes = 0;
        m_stats.keptBlocks = 0;
    }
    for (void *b : blocks)
        freeBlock(b);
}

CpuMemoryPool::Stats CpuMemoryPool::stats() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stats;
}

void CpuMemoryPool::resetCounters()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stats.hits = 0;
    m_stats.misses = 0;
    m_stats.peakKeptBytes = m_stats.keptBytes;
    m_stats.peakLiveBytes = m_stats.liveBytes;
}

} // namespace ethoscribe::nets
