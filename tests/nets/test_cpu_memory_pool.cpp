// SPDX-License-Identifier: GPL-3.0-or-later
// nets::CpuMemoryPool, LibTorch's CPU allocator in the programs that run networks: freed large
// tensors give their memory to the next of about the same size, small ones are not kept, the
// limit evicts the oldest, trim() frees all, memory is aligned as LibTorch's own, threads can
// allocate and free at once, uninstalling hands back LibTorch's allocator without mixing up
// whose memory is whose, and a network computes the same with either allocator.
#include <torch/torch.h>

#include "nets/CpuMemoryPool.h"
#include "nets/NetworkFactory.h"

#include <c10/core/CPUAllocator.h>

#include <QFile>
#include <QTest>

#include <cstdint>
#include <random>
#include <set>
#include <thread>

using namespace ethoscribe::nets;

namespace {
constexpr int64_t kMiB = int64_t(1) << 20;

// A float tensor of `bytes` bytes from LibTorch's current CPU allocator.
torch::Tensor bytesTensor(int64_t bytes)
{
    return torch::empty({bytes / int64_t(sizeof(float))}, torch::kFloat);
}

const void *address(const torch::Tensor &t)
{
    return t.data_ptr();
}

// The VmFlags of the mapping that holds `p` (/proc/self/smaps), or a null string.
QString mappingFlags(const void *p)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const auto at = quintptr(p);
    bool inside = false;
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.left(space).contains(':')) {
            bool ok1 = false, ok2 = false;
            const quintptr from = line.left(dash).toULongLong(&ok1, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && from <= at && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return QString::fromLatin1(line.mid(8).trimmed());
        }
    }
    return QString(QLatin1String(""));
}
} // namespace

class TestCpuMemoryPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("ETHOSCRIBE_CPU_POOL_MB");
        QVERIFY(CpuMemoryPool::install());
        QVERIFY(CpuMemoryPool::isInstalled());
    }
    void init()
    {
        CpuMemoryPool &pool = CpuMemoryPool::instance();
        pool.setLimitBytes(CpuMemoryPool::defaultLimitBytes());
        pool.trim();
        pool.resetCounters();
    }
    void cleanupTestCase() { CpuMemoryPool::uninstall(); }

    void freedBlockServesTheNextTensorOfItsSize()
    {
        CpuMemoryPool &pool = CpuMemoryPool::instance();
        torch::Tensor a = bytesTensor(kMiB);
        const void *first = address(a);
        a = torch::Tensor();
        QCOMPARE(pool.stats().keptBlocks, size_t(1));
        QCOMPARE(pool.stats().keptBytes, size_t(kMiB));
        torch::Tensor b = bytesTensor(kMiB);
        QCOMPARE(address(b), first);
        QCOMPARE(pool.stats().keptBlocks, size_t(0));
        QCOMPARE(pool.stats().hits, uint64_t(1));
        QCOMPARE(pool.stats().misses, uint64_t(1));
        // Written through, read back: the memory is the tensor's.
        b.fill_(3.5f);
        QCOMPARE(b.sum().item<double>(), 3.5 * double(kMiB / 4));
    }

    void fitsWithinAnEighth_data()
    {
        QTest::addColumn<int64_t>("request");
        QTest::addColumn<bool>("reused");
        QTest::newRow("same size") << kMiB << true;
        QTest::newRow("a sixteenth smaller") << kMiB - kMiB / 16 << true;
        QTest::newRow("an eighth smaller") << kMiB - kMiB / 9 << true;
        QTest::newRow("half") << kMiB / 2 << false;
        QTest::newRow("one byte larger") << kMiB + 4 << false;
    }
    void fitsWithinAnEighth()
    {
        QFETCH(int64_t, request);
        QFETCH(bool, reused);
        const void *kept = nullptr;
        {
            torch::Tensor a = bytesTensor(kMiB);
            kept = address(a);
        }
        torch::Tensor b = bytesTensor(request);
        QCOMPARE(CpuMemoryPool::instance().stats().hits, uint64_t(reused ? 1 : 0));
        if (reused)
            QCOMPARE(address(b), kept);
        QCOMPARE(CpuMemoryPool::instance().stats().keptBlocks, size_t(reused ? 0 : 1));
    }

    void keepsAtMostTwiceThePeakOfLiveTensors()
    {
        CpuMemoryPool &pool = CpuMemoryPool::instance();
        QCOMPARE(CpuMemoryPool::kBudgetFactor, size_t(2));
        std::vector<torch::Tensor> live{bytesTensor(kMiB), bytesTensor(kMiB)};
        const void *second = address(live[1]);
        live.clear(); // kept, oldest first
        QCOMPARE(pool.stats().liveBytes, size_t(0));
        QCOMPARE(pool.stats().keptBytes, size_t(2 * kMiB));
        QCOMPARE(pool.stats().peakLiveBytes, size_t(2 * kMiB));
        // 3 MiB fits no kept block: 3 live (the new peak) and 2 kept are within 2 x 3.
        torch::Tensor big = bytesTensor(3 * kMiB);
        QCOMPARE(pool.stats().peakLiveBytes, size_t(3 * kMiB));
        QCOMPARE(pool.stats().keptBlocks, size_t(2));
        big = torch::Tensor();
        QCOMPARE(pool.stats().keptBytes, size_t(5 * kMiB));
        // 1.5 MiB fits none either (3 MiB is more than an eighth larger): 1.5 live and 5 kept
        // are over 6, so the oldest kept block goes back to the system.
        torch::Tensor a = bytesTensor(kMiB + kMiB / 2);
        QCOMPARE(pool.stats().keptBlocks, size_t(2));
        QCOMPARE(pool.stats().keptBytes, size_t(4 * kMiB));
        torch::Tensor b = bytesTensor(kMiB);
        QCOMPARE(address(b), second);
        QCOMPARE(pool.stats().hits, uint64_t(1));
        QCOMPARE(pool.stats().liveBytes, size_t(2 * kMiB + kMiB / 2));
    }

    void smallTensorsAreNotKept()
    {
        {
            torch::Tensor small = bytesTensor(CpuMemoryPool::kMinPooledBytes / 2);
            small.fill_(1);
        }
        QCOMPARE(CpuMemoryPool::instance().stats().keptBlocks, size_t(0));
        QCOMPARE(CpuMemoryPool::instance().stats().misses, uint64_t(0));
    }

    void alignedAsLibTorchAligns()
    {
        for (int64_t bytes : {int64_t(4), int64_t(100), int64_t(4096) + 4, kMiB + 36, 3 * kMiB}) {
            const torch::Tensor t = torch::empty({bytes}, torch::kUInt8);
            QCOMPARE(reinterpret_cast<std::uintptr_t>(t.data_ptr()) % 64, std::uintptr_t(0));
        }
    }

    void limitEvictsTheOldest()
    {
        CpuMemoryPool &pool = CpuMemoryPool::instance();
        pool.setLimitBytes(3 * kMiB);
        std::vector<torch::Tensor> live;
        for (int i = 0; i < 4; ++i)
            live.push_back(bytesTensor(kMiB));
        std::vector<const void *> addresses;
        for (const torch::Tensor &t : live)
            addresses.push_back(address(t));
        live.clear(); // frees the first, second, third, fourth: the first is evicted
        QCOMPARE(pool.stats().keptBlocks, size_t(3));
        QCOMPARE(pool.stats().keptBytes, size_t(3 * kMiB));
        std::set<const void *> reused;
        for (int i = 0; i < 3; ++i) {
            live.push_back(bytesTensor(kMiB));
            reused.insert(address(live.back()));
        }
        QCOMPARE(reused, std::set<const void *>(addresses.begin() + 1, addresses.end()));
        QCOMPARE(pool.stats().hits, uint64_t(3));

        // Lowering the limit evicts at once; a block larger than the limit is never kept.
        live.clear();
        QCOMPARE(pool.stats().keptBytes, size_t(3 * kMiB));
        pool.setLimitBytes(kMiB);
        QCOMPARE(pool.stats().keptBlocks, size_t(1));
        QCOMPARE(pool.stats().peakKeptBytes, size_t(3 * kMiB));
        {
            torch::Tensor big = bytesTensor(4 * kMiB);
        }
        QCOMPARE(pool.stats().keptBytes, size_t(kMiB));
    }

    void largeBlocksAskForHugePages()
    {
        if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            QSKIP("this kernel has no transparent huge pages");
        const torch::Tensor large = bytesTensor(int64_t(CpuMemoryPool::kHugePageBytes));
        const torch::Tensor small = bytesTensor(kMiB);
        const QString largeFlags = mappingFlags(address(large));
        const QString smallFlags = mappingFlags(address(small));
        if (largeFlags.isNull())
            QSKIP("/proc/self/smaps cannot be read");
        QVERIFY2(largeFlags.split(QLatin1Char(' ')).contains(QLatin1String("hg")),
                 qPrintable(largeFlags));
        QVERIFY2(!smallFlags.split(QLatin1Char(' ')).contains(QLatin1String("hg")),
                 qPrintable(smallFlags));
    }

    void trimFreesEverything()
    {
        {
            torch::Tensor a = bytesTensor(kMiB), b = bytesTensor(2 * kMiB);
        }
        QCOMPARE(CpuMemoryPool::instance().stats().keptBytes, size_t(3 * kMiB));
        CpuMemoryPool::instance().trim();
        QCOMPARE(CpuMemoryPool::instance().stats().keptBytes, size_t(0));
        QCOMPARE(CpuMemoryPool::instance().stats().keptBlocks, size_t(0));
    }

    void rawInterface()
    {
        c10::Allocator *allocator = c10::GetCPUAllocator();
        QCOMPARE(allocator, static_cast<c10::Allocator *>(&CpuMemoryPool::instance()));
        QVERIFY(allocator->raw_deleter() != nullptr);
        void *p = allocator->raw_allocate(size_t(kMiB));
        QVERIFY(p);
        allocator->raw_deallocate(p);
        QCOMPARE(CpuMemoryPool::instance().stats().keptBlocks, size_t(1));
        QVERIFY(!allocator->allocate(0).get());
    }

    void threadsAllocateAndFreeAtOnce()
    {
        CpuMemoryPool &pool = CpuMemoryPool::instance();
        pool.setLimitBytes(size_t(24 * kMiB));
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int id = 0; id < 4; ++id) {
            threads.emplace_back([id, &wrong] {
                std::mt19937 rng{uint32_t(id)};
                std::uniform_int_distribution<int64_t> size(CpuMemoryPool::kMinPooledBytes / 4,
                                                            kMiB);
                std::vector<torch::Tensor> held;
                for (int i = 0; i < 300; ++i) {
                    torch::Tensor t = torch::full({size(rng)}, float(id * 1000 + i));
                    held.push_back(t);
                    if (held.size() > 3) {
                        const torch::Tensor &old = held.front();
                        const float expected = old[0].item<float>();
                        if (!old.eq(expected).all().item<bool>())
                            ++wrong;
                        held.erase(held.begin());
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
        const CpuMemoryPool::Stats stats = pool.stats();
        QVERIFY(stats.keptBytes <= size_t(24 * kMiB));
        QVERIFY(stats.hits > 0);
        QVERIFY(stats.hits + stats.misses >= uint64_t(4 * 300));
    }

    void uninstallKeepsEachBlockWithItsOwner()
    {
        torch::Tensor fromPool = bytesTensor(kMiB);
        CpuMemoryPool::uninstall();
        QVERIFY(!CpuMemoryPool::isInstalled());
        torch::Tensor fromLibTorch = bytesTensor(kMiB);
        QCOMPARE(CpuMemoryPool::instance().stats().misses, uint64_t(1));
        fromPool = torch::Tensor(); // back to the pool, which is still there
        QCOMPARE(CpuMemoryPool::instance().stats().keptBlocks, size_t(1));
        QVERIFY(CpuMemoryPool::install());
        fromLibTorch = torch::Tensor(); // back to LibTorch's allocator, not the pool
        QCOMPARE(CpuMemoryPool::instance().stats().keptBlocks, size_t(1));
    }

    void environmentSetsTheLimit()
    {
        CpuMemoryPool::uninstall();
        qputenv("ETHOSCRIBE_CPU_POOL_MB", "0");
        QVERIFY(!CpuMemoryPool::install());
        QVERIFY(!CpuMemoryPool::isInstalled());
        qputenv("ETHOSCRIBE_CPU_POOL_MB", "64");
        QVERIFY(CpuMemoryPool::install());
        QCOMPARE(CpuMemoryPool::instance().limitBytes(), size_t(64 * kMiB));
        qunsetenv("ETHOSCRIBE_CPU_POOL_MB");
    }

    void networkComputesTheSameWithEitherAllocator()
    {
        NetConfig c;
        c.arch = Architecture::R2Plus1D;
        c.inChannels = 3;
        c.classes = 8;
        c.widthMultiplier = 0.25;
        c.depth = 10;
        torch::manual_seed(7);
        auto net = makeNetwork(c);
        net->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({2, 3, 16, 56, 56});
        const torch::Tensor pooled = net->forward(x).clone();
        const torch::Tensor again = net->forward(x).clone(); // from kept blocks
        QVERIFY(CpuMemoryPool::instance().stats().hits > 0);
        CpuMemoryPool::uninstall();
        const torch::Tensor own = net->forward(x);
        QVERIFY(CpuMemoryPool::install());
        QVERIFY(torch::equal(pooled, again));
        QVERIFY(torch::equal(pooled, own));
    }
};

QTEST_GUILESS_MAIN(TestCpuMemoryPool)
#include "test_cpu_memory_pool.moc"
