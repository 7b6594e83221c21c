// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis engine's network work: video frames per second of FramePredictor - what the
// inference engine runs for every block - in dense mode and with stride 4, each eager and through
// frozen, optimised copies (FrozenPasses), through 8-bit copies (QuantizedPasses, when this
// LibTorch has a quantized engine) and through 16-bit copies (Float16Passes: bfloat16, when the
// processor has bfloat16 instructions), on frames already decoded and resized, with the largest
// probability difference of each against eager and the share of frames whose top class agrees.
// Networks at full size (the paper's I3D at 224 px and R(2+1)D-18 at 112 px) or, with --small,
// the small configuration, random weights; or, with --models, trained model files. RGB and flow.
// "Both networks, both streams" is the rate at which all four run one after the other over the same
// frames: the full-fidelity figure without reading frames and flow (the analyze command reports
// those). Tensors come from CpuMemoryPool, as in the programs; --allocators also times the frozen
// and 8-bit copies with LibTorch's own allocator (before the pool's timed runs), with the page
// faults per frame of each, and --system-allocator leaves LibTorch's own in place throughout.
// Prints figures, never fails on time. Run: OPENBLAS_NUM_THREADS=1 bench_analysis [--small]
// [--frames N] [--stride-frames N]
//      [--batch N] [--dense-outputs N] [--only MODEL/STREAM] [--models DIR] [--threads N]
//      [--allocators | --system-allocator]
#include <torch/torch.h>

#include "BenchUtil.h"

#include "checkpoint/CheckpointFile.h"
#include "nets/CpuMemoryPool.h"
#include "nets/NetworkFactory.h"
#include "nets/QuantizedNetwork.h"
#include "nets/TorchRuntime.h"
#include "training/FramePredictor.h"
#include "training/FrameStore.h"
#include "training/TrainingOptions.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <sys/resource.h>
#include <thread>

using namespace ethoscribe;

namespace {

struct Options
{
    int frames = 300;      // dense passes
    int strideFrames = 96; // stride 4 (a window every 4th frame)
    int threads = 0;
    int batch = 4;
    int denseOutputs = 8;
    bool small = false; // the small configuration (width 0.25, 56 px crops of 64 px frames)
    std::string models; // a folder with i3d_rgb.safetensors, ... (trained weights) instead
    std::string only;   // "i3d/rgb", ... or empty for all four
    bool compareAllocators = false;
    bool systemAllocator = false;
};

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

FrameStore randomStore(qint64 frames, int size, int channels, quint32 seed)
{
    std::mt19937 rng(seed);
    std::vector<uint8_t> data(size_t(frames) * size * size * channels);
    for (uint8_t &b : data)
        b = uint8_t(rng() & 0xff);
    FrameStore store;
    store.assign(frames, size, channels, std::move(data));
    return store;
}

// Seconds for one probabilities() over the store; the rows in *rows.
double timeRun(FramePredictor &predictor, const FrameStore &store, std::vector<float> *rows)
{
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!predictor.probabilities(store, {}, nullptr, rows, &error)) {
        std::cerr << "bench_analysis: " << error.toStdString() << "\n";
        std::exit(1);
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--frames" && i + 1 < argc)
            o.frames = std::max(80, std::atoi(argv[++i]));
        else if (a == "--stride-frames" && i + 1 < argc)
            o.strideFrames = std::max(16, std::atoi(argv[++i]));
        else if (a == "--batch" && i + 1 < argc)
            o.batch = std::max(1, std::atoi(argv[++i]));
        else if (a == "--dense-outputs" && i + 1 < argc)
            o.denseOutputs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--small")
            o.small = true;
        else if (a == "--models" && i + 1 < argc)
            o.models = argv[++i];
        else if (a == "--only" && i + 1 < argc)
            o.only = argv[++i];
        else if (a == "--threads" && i + 1 < argc)
            o.threads = std::atoi(argv[++i]);
        else if (a == "--allocators")
            o.compareAllocators = true;
        else if (a == "--system-allocator")
            o.systemAllocator = true;
        else {
            std::cout << "usage: bench_analysis [--frames N] [--stride-frames N] [--batch N] "
                         "[--dense-outputs N] [--only MODEL/STREAM] [--small | --models DIR] "
                         "[--threads N] [--allocators | --system-allocator]\n";
            return a == "--help" ? 0 : 2;
        }
    }
    if (!std::getenv("OPENBLAS_NUM_THREADS"))
        setenv("OPENBLAS_NUM_THREADS", "1", 1);
    nets::TorchRuntime::setThreads(
            o.threads > 0 ? o.threads : int(std::max(1u, std::thread::hardware_concurrency())));
    torch::manual_seed(0);
    if (o.systemAllocator)
        o.compareAllocators = false;
    else
        nets::CpuMemoryPool::install();
    std::printf("bench_analysis: %s, %s networks, %d frames dense (%d outputs per pass), %d frames "
                "stride 4, "
                "batch %d, %s; load %s\n",
                nets::TorchRuntime::describe(torch::kCPU).c_str(),
                !o.models.empty() ? o.models.c_str()
                : o.small         ? "small"
                                  : "full-size",
                o.frames,
                o.denseOutputs,
                o.strideFrames,
                o.batch,
                nets::CpuMemoryPool::isInstalled() ? "tensors from CpuMemoryPool"
                                                   : "LibTorch's own CPU allocator",
                benchutil::loadAverage().constData());
    std::string noInt8;
    const bool int8 = nets::QuantizedNetwork::isAvailable(&noInt8);
    if (!int8)
        std::printf("no 8-bit copies: %s\n", noInt8.c_str());
    std::string noBf16;
    const bool bf16 = nets::TorchRuntime::float16Supported(torch::kCPU, &noBf16);
    if (!bf16)
        std::printf("no bfloat16 copies: %s\n", noBf16.c_str());
    std::printf("%-9s %-5s %-7s %10s %11s %7s %8s %9s %8s %10s %8s %8s %9s %8s %7s %10s %7s %9s "
                "%8s\n",
                "network",
                "input",
                "windows",
                "eager fr/s",
                "frozen fr/s",
                "frozen/",
                "trace s",
                "max diff",
                "same top",
                "int8 fr/s",
                "int8/",
                "calib s",
                "max diff",
                "same top",
                "updates",
                "bf16 fr/s",
                "bf16/",
                "max diff",
                "same top");

    // s per frame
    double denseEager = 0, denseFrozen = 0, strideEager = 0, strideFrozen = 0;
    double denseInt8 = 0, strideInt8 = 0, denseBf16 = 0, strideBf16 = 0;
    auto compare = [](const std::vector<float> &a, const std::vector<float> &b, qint64 frames) {
        float difference = 0;
        int same = 0;
        for (size_t i = 0; i < a.size(); ++i)
            difference = std::max(difference, std::abs(a[i] - b[i]));
        const size_t classes = a.size() / size_t(frames);
        for (size_t f = 0; f + classes <= a.size(); f += classes) {
            const auto x = a.begin() + std::ptrdiff_t(f);
            const auto y = b.begin() + std::ptrdiff_t(f);
            same += std::max_element(x, x + std::ptrdiff_t(classes)) - x
                    == std::max_element(y, y + std::ptrdiff_t(classes)) - y;
        }
        return std::make_pair(double(difference), 100.0 * same / double(frames));
    };
    struct AllocatorRow
    {
        std::string name;
        double frames = 0;
        double frozen[2] = {0, 0}; // seconds: pool, LibTorch's own
        double int8[2] = {0, 0};
        long frozenFaults[2] = {0, 0};
        long int8Faults[2] = {0, 0};
        nets::CpuMemoryPool::Stats pool;
    };
    std::vector<AllocatorRow> allocatorRows;
    for (nets::Architecture arch : {nets::Architecture::I3D, nets::Architecture::R2Plus1D}) {
        for (nets::Stream stream : {nets::Stream::Rgb, nets::Stream::Flow}) {
            if (!o.only.empty() && o.only != nets::toString(arch) + "/" + nets::toString(stream))
                continue;
            nets::NetConfig config = nets::NetConfig::forStream(arch, stream, 8);
            int resize = nets::resizeSize(arch);
            int crop = nets::cropSize(arch);
            if (o.small) {
                const TrainingOptions small
                        = TrainingOptions::forSize(ModelSize::Small, arch, stream, 8);
                config = small.network;
                resize = small.resizeSize;
                crop = small.cropSize;
            }
            std::shared_ptr<nets::VideoNetworkImpl> net;
            if (!o.models.empty()) {
                const QString path
                        = QString::fromStdString(o.models + "/" + nets::toString(arch) + "_"
                                                 + nets::toString(stream) + ".safetensors");
                Checkpoint checkpoint;
                QString error;
                if (!CheckpointFile::load(path, &checkpoint, &error)
                    || !(net = checkpoint.makeNetwork(&error))) {
                    std::cerr << "bench_analysis: " << error.toStdString() << "\n";
                    return 1;
                }
                const QJsonObject transform
                        = checkpoint.extra.value(QStringLiteral("transform")).toObject();
                crop = transform.value(QStringLiteral("crop")).toInt(checkpoint.spec.inputSize);
                resize = transform.value(QStringLiteral("resize")).toInt((crop * 8 + 6) / 7);
            } else {
                net = nets::makeNetwork(config);
            }
            net->eval();
            const int channels = nets::inputChannels(stream);
            for (bool dense : {true, false}) {
                const FrameStore store = randomStore(dense ? o.frames : o.strideFrames,
                                                     resize,
                                                     channels,
                                                     quint32(int(arch) * 2 + int(stream)));
                FramePredictor predictor(*net, torch::kCPU, resize, crop, o.batch);
                predictor.setWindows(dense, 4);
                predictor.setDenseOutputs(o.denseOutputs);
                std::vector<float> eagerRows, frozenRows, int8Rows;
                AllocatorRow allocatorRow;
                allocatorRow.name = nets::toString(arch) + " " + nets::toString(stream) + " "
                                    + (dense ? "dense" : "stride4");
                allocatorRow.frames = double(store.frameCount());
                nets::CpuMemoryPool::instance().resetCounters();
                timeRun(predictor, store, &eagerRows); // warm-up: first-call allocations
                const double eager = timeRun(predictor, store, &eagerRows);
                predictor.setFrozenPasses(std::make_shared<FrozenPasses>());
                const double firstFrozen = timeRun(predictor, store, &frozenRows); // traces first
                std::shared_ptr<QuantizedPasses> passes;
                double firstQuantized = 0;
                if (int8) {
                    passes = std::make_shared<QuantizedPasses>();
                    predictor.setQuantizedPasses(passes);
                    firstQuantized = timeRun(predictor, store, &int8Rows); // calibrates first
                    predictor.setQuantizedPasses(nullptr);
                }
                long faults = 0;
                if (o.compareAllocators) {
                    // LibTorch's own allocator first, on the copies just traced and calibrated
                    // (measured after the pool's runs it came out up to 1.8x slower than in a run
                    // of its own): a warm-up run, then the timed one; the same for the pool.
                    nets::CpuMemoryPool::uninstall();
                    timeRun(predictor, store, &frozenRows);
                    faults = minorFaults();
                    allocatorRow.frozen[1] = timeRun(predictor, store, &frozenRows);
                    allocatorRow.frozenFaults[1] = minorFaults() - faults;
                    if (passes) {
                        predictor.setQuantizedPasses(passes);
                        timeRun(predictor, store, &int8Rows);
                        faults = minorFaults();
                        allocatorRow.int8[1] = timeRun(predictor, store, &int8Rows);
                        allocatorRow.int8Faults[1] = minorFaults() - faults;
                        predictor.setQuantizedPasses(nullptr);
                    }
                    nets::CpuMemoryPool::install();
                    timeRun(predictor, store, &frozenRows);
                }
                faults = minorFaults();
                const double frozen = timeRun(predictor, store, &frozenRows);
                allocatorRow.frozen[0] = frozen;
                allocatorRow.frozenFaults[0] = minorFaults() - faults;
                const double frames = double(store.frameCount());
                const auto [difference, sameLabel]
                        = compare(eagerRows, frozenRows, store.frameCount());
                double quantized = 0;
                std::pair<double, double> int8Agreement{0, 0};
                int updates = 0;
                if (passes) {
                    predictor.setQuantizedPasses(passes);
                    if (o.compareAllocators)
                        timeRun(predictor, store, &int8Rows);
                    faults = minorFaults();
                    quantized = timeRun(predictor, store, &int8Rows);
                    allocatorRow.int8[0] = quantized;
                    allocatorRow.int8Faults[0] = minorFaults() - faults;
                    int8Agreement = compare(eagerRows, int8Rows, store.frameCount());
                    updates = passes->rangeUpdates();
                    predictor.setQuantizedPasses(nullptr);
                }
                double halfSeconds = 0;
                std::pair<double, double> bf16Agreement{0, 0};
                if (bf16) {
                    std::vector<float> bf16Rows;
                    predictor.setFloat16Passes(std::make_shared<Float16Passes>(*net, torch::kCPU));
                    timeRun(predictor, store, &bf16Rows); // traces its frozen copies first
                    halfSeconds = timeRun(predictor, store, &bf16Rows);
                    bf16Agreement = compare(eagerRows, bf16Rows, store.frameCount());
                    predictor.setFloat16Passes(nullptr);
                }
                std::printf("%-9s %-5s %-7s %10.2f %11.2f %6.2fx %8.1f %9.1e %7.2f%% %10.2f "
                            "%7.2fx %8.1f %9.1e %7.2f%% %7d %10.2f %6.2fx %9.1e %7.2f%%\n",
                            nets::toString(arch).c_str(),
                            nets::toString(stream).c_str(),
                            dense ? "dense" : "stride4",
                            frames / eager,
                            frames / frozen,
                            eager / frozen,
                            firstFrozen - frozen,
                            difference,
                            sameLabel,
                            int8 ? frames / quantized : 0.0,
                            int8 ? frozen / quantized : 0.0,
                            firstQuantized - quantized,
                            int8Agreement.first,
                            int8Agreement.second,
                            updates,
                            bf16 ? frames / halfSeconds : 0.0,
                            bf16 ? frozen / halfSeconds : 0.0,
                            bf16Agreement.first,
                            bf16Agreement.second);
                std::fflush(stdout);
                allocatorRow.pool = nets::CpuMemoryPool::instance().stats();
                if (o.compareAllocators)
                    allocatorRows.push_back(allocatorRow);
                (dense ? denseInt8 : strideInt8) += quantized / frames;
                (dense ? denseBf16 : strideBf16) += halfSeconds / frames;
                (dense ? denseEager : strideEager) += eager / frames;
                (dense ? denseFrozen : strideFrozen) += frozen / frames;
            }
        }
    }
    std::printf("\nboth networks, both streams (one after the other), video frames/s:\n");
    std::printf("  dense:    eager %.2f, frozen %.2f (%.2fx)\n",
                1.0 / denseEager,
                1.0 / denseFrozen,
                denseEager / denseFrozen);
    std::printf("  stride 4: eager %.2f, frozen %.2f (%.2fx)\n",
                1.0 / strideEager,
                1.0 / strideFrozen,
                strideEager / strideFrozen);
    std::printf("  hours of compute per hour of 30 fps video: dense frozen %.2f, stride 4 frozen "
                "%.2f\n",
                30.0 * denseFrozen,
                30.0 * strideFrozen);
    if (int8)
        std::printf("  int8: dense %.2f (%.2fx frozen, %.2f hours per hour), stride 4 %.2f "
                    "(%.2fx frozen)\n",
                    1.0 / denseInt8,
                    denseFrozen / denseInt8,
                    30.0 * denseInt8,
                    1.0 / strideInt8,
                    strideFrozen / strideInt8);
    if (bf16)
        std::printf("  bfloat16: dense %.2f (%.2fx frozen, %.2f hours per hour), stride 4 %.2f "
                    "(%.2fx frozen)\n",
                    1.0 / denseBf16,
                    denseFrozen / denseBf16,
                    30.0 * denseBf16,
                    1.0 / strideBf16,
                    strideFrozen / strideBf16);
    if (!allocatorRows.empty()) {
        std::printf("\nallocators: video frames/s and page faults per frame, CpuMemoryPool (pool) "
                    "against LibTorch's own (own, measured first):\n");
        std::printf("%-21s %8s %8s %6s %7s %7s %8s %8s %6s %7s %7s %9s %6s\n",
                    "network",
                    "frozen",
                    "own",
                    "pool/",
                    "flt/fr",
                    "own",
                    "int8",
                    "own",
                    "pool/",
                    "flt/fr",
                    "own",
                    "kept MiB",
                    "hits");
        for (const AllocatorRow &r : allocatorRows) {
            const auto rate = [&](double seconds) {
                return seconds > 0 ? r.frames / seconds : 0.0;
            };
            const auto ratio = [](double pool, double own) {
                return pool > 0 ? own / pool : 0.0;
            };
            const std::uint64_t requests = r.pool.hits + r.pool.misses;
            std::printf("%-21s %8.2f %8.2f %5.2fx %7.0f %7.0f %8.2f %8.2f %5.2fx %7.0f %7.0f %9.0f "
                        "%5.1f%%\n",
                        r.name.c_str(),
                        rate(r.frozen[0]),
                        rate(r.frozen[1]),
                        ratio(r.frozen[0], r.frozen[1]),
                        double(r.frozenFaults[0]) / r.frames,
                        double(r.frozenFaults[1]) / r.frames,
                        rate(r.int8[0]),
                        rate(r.int8[1]),
                        ratio(r.int8[0], r.int8[1]),
                        double(r.int8Faults[0]) / r.frames,
                        double(r.int8Faults[1]) / r.frames,
                        double(r.pool.peakKeptBytes) / double(1 << 20),
                        requests ? 100.0 * double(r.pool.hits) / double(requests) : 0.0);
        }
    }
    std::printf("load %s\n", benchutil::loadAverage().constData());
    return 0;
}
