// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <c10/core/Allocator.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace ethoscribe::nets {

// LibTorch's CPU allocator for the programs that run networks: keeps the memory of freed large
// tensors and hands it to the next tensor of about the same size, and maps large blocks in 2 MiB
// pages.
//
// Why: a network pass allocates and frees the same large activations again and again. glibc
// gives every block above its mmap threshold (at most 32 MiB) back to the kernel when it is
// freed, so each pass faults its activations in anew, 4 KiB at a time. Measured with
// bench_analysis (full-size I3D, RGB, 2 cores, LibTorch's own allocator): 8.1 million page faults
// and 29% of the CPU time in the kernel. With this pool (same run, LibTorch's allocator timed
// first, all four full-size networks): frozen float 1.7-4.2x and 8-bit 1.3-2.1x the video
// frames/s, at about the same peak resident memory (docs/BENCHMARKS.md, "Tensor memory").
//
// Blocks of kMinPooledBytes or more are kept. A request takes the smallest kept block that is at
// least as large and at most an eighth larger. When none fits and a new block is made, the
// oldest kept blocks go back to the system until live and kept blocks together are at most
// kBudgetFactor times the most the live ones ever were: without that bound, kept blocks of sizes
// no longer asked for piled up (I3D eager, frozen and 8-bit one after the other: 2.5 GB peak
// resident against 1.3 GB). limitBytes() caps what is kept; trim() gives everything back (the
// analysis engine calls it when its queue is empty, so an idle window holds nothing).
// Thread-safe: tensors may be freed on any thread. Small blocks come from the C library.
//
// install() makes it LibTorch's CPU allocator; call it at start-up, before any thread uses torch
// (LibTorch's allocator registry is not thread-safe). Tensors allocated before keep their own
// deleter, so installing and uninstalling never mixes up whose memory is whose.
class CpuMemoryPool final : public c10::Allocator
{
public:
    static constexpr std::size_t kMinPooledBytes = std::size_t(1) << 16;
    // Blocks from this size on are mapped in 2 MiB pages where the kernel offers them.
    static constexpr std::size_t kHugePageBytes = std::size_t(2) << 20;
    // Live and kept blocks together stay within this many times the peak of the live ones.
    static constexpr std::size_t kBudgetFactor = 2;

    struct Stats
    {
        std::uint64_t hits = 0;   // pooled-size requests served from kept blocks
        std::uint64_t misses = 0; // pooled-size requests that went to the C library
        std::size_t keptBytes = 0;
        std::size_t keptBlocks = 0;
        std::size_t peakKeptBytes = 0;
        std::size_t liveBytes = 0; // in pooled-size tensors that exist now
        std::size_t peakLiveBytes = 0;
        std::size_t limitBytes = 0;
    };

    // The one pool of this process (never destroyed: tensors may be freed during exit).
    static CpuMemoryPool &instance();

    // Makes the pool LibTorch's CPU allocator. The environment variable ETHOSCRIBE_CPU_POOL_MB
    // sets the limit in MiB; 0 leaves LibTorch's own allocator in place (returns false).
    static bool install();
    // LibTorch's own CPU allocator again (benchmarks compare the two); kept blocks are freed.
    static void uninstall();
    static bool isInstalled();
    // One line for --version: whether the pool is in place, and its limit.
    static std::string describe();
    // A quarter of the physical memory (2 GiB where it cannot be read).
    static std::size_t defaultLimitBytes();

    c10::DataPtr allocate(std::size_t bytes) const override;
    c10::DeleterFnPtr raw_deleter() const override;

    void setLimitBytes(std::size_t bytes);
    std::size_t limitBytes() const;
    // Frees every kept block.
    void trim();
    Stats stats() const;
    void resetCounters();

private:
    CpuMemoryPool();
    static void release(void *data);
    // Under m_mutex: a kept block for `capacity` bytes, or nullptr.
    void *takeLocked(std::size_t capacity) const;
    // A pooled-size block whose tensor is gone: kept unless larger than the limit; false when
    // the caller must free it.
    bool giveBack(void *block, std::size_t capacity);
    // Under m_mutex: moves the oldest kept blocks, at least `bytes` of them, to *evicted.
    void evictOldestLocked(std::size_t bytes, std::vector<void *> *evicted) const;

    struct Kept
    {
        void *block;
        std::uint64_t age;
    };
    using BySize = std::multimap<std::size_t, Kept>;

    mutable std::mutex m_mutex;
    mutable BySize m_bySize;
    mutable std::map<std::uint64_t, BySize::iterator> m_byAge;
    mutable Stats m_stats;
    std::uint64_t m_nextAge = 0;
};

} // namespace ethoscribe::nets
