// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis engine's network work: video frames per second of FramePredictor - what the
// inference engine runs for every block - in dense mode and with stride 4, each eager and through
// frozen, optimised copies (FrozenPasses), on frames already decoded and resized, with the largest
// probability difference between the two paths and the share of windows whose top class agrees.
// Networks at full size (the paper's I3D at 224 px and R(2+1)D-18 at 112 px) or, with --small,
// the small configuration, random weights; or, with --models, trained model files. RGB and flow.
// "Both networks, both streams" is the rate at which all four run one after the other over the same
// frames: the full-fidelity figure without reading frames and flow (the analyze command reports
// those). Prints figures, never fails on time. Run: OPENBLAS_NUM_THREADS=1 bench_analysis [--small]
// [--frames N] [--stride-frames N]
//      [--batch N] [--dense-outputs N] [--only MODEL/STREAM] [--models DIR] [--threads N]
#include <torch/torch.h>

#include "BenchUtil.h"

#include "checkpoint/CheckpointFile.h"
#include "nets/NetworkFactory.h"
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
};

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
        else {
            std::cout << "usage: bench_analysis [--frames N] [--stride-frames N] [--batch N] "
                         "[--dense-outputs N] [--only MODEL/STREAM] [--small | --models DIR] "
                         "[--threads N]\n";
            return a == "--help" ? 0 : 2;
        }
    }
    if (!std::getenv("OPENBLAS_NUM_THREADS"))
        setenv("OPENBLAS_NUM_THREADS", "1", 1);
    nets::TorchRuntime::setThreads(
            o.threads > 0 ? o.threads : int(std::max(1u, std::thread::hardware_concurrency())));
    torch::manual_seed(0);
    std::printf("bench_analysis: %s, %s networks, %d frames dense (%d outputs per pass), %d frames "
                "stride 4, "
                "batch %d; load %s\n",
                nets::TorchRuntime::describe(torch::kCPU).c_str(),
                !o.models.empty() ? o.models.c_str()
                : o.small         ? "small"
                                  : "full-size",
                o.frames,
                o.denseOutputs,
                o.strideFrames,
                o.batch,
                benchutil::loadAverage().constData());
    std::printf("%-9s %-5s %-7s %12s %12s %8s %14s %10s %9s\n",
                "network",
                "input",
                "windows",
                "eager fr/s",
                "frozen fr/s",
                "frozen/",
                "first trace s",
                "max diff",
                "same top");

    double denseEager = 0, denseFrozen = 0, strideEager = 0, strideFrozen = 0; // s per frame
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
                std::vector<float> eagerRows, frozenRows;
                timeRun(predictor, store, &eagerRows); // warm-up: first-call allocations
                const double eager = timeRun(predictor, store, &eagerRows);
                predictor.setFrozenPasses(std::make_shared<FrozenPasses>());
                const double firstFrozen = timeRun(predictor, store, &frozenRows); // traces first
                const double frozen = timeRun(predictor, store, &frozenRows);
                const double frames = double(store.frameCount());
                float difference = 0;
                int sameLabel = 0;
                for (size_t i = 0; i < eagerRows.size(); ++i)
                    difference = std::max(difference, std::abs(eagerRows[i] - frozenRows[i]));
                const size_t classes = eagerRows.size() / size_t(store.frameCount());
                for (size_t f = 0; f + classes <= eagerRows.size(); f += classes) {
                    const auto e = eagerRows.begin() + std::ptrdiff_t(f);
                    const auto z = frozenRows.begin() + std::ptrdiff_t(f);
                    sameLabel += std::max_element(e, e + std::ptrdiff_t(classes)) - e
                                 == std::max_element(z, z + std::ptrdiff_t(classes)) - z;
                }
                std::printf("%-9s %-5s %-7s %12.2f %12.2f %7.2fx %14.1f %10.1e %8.2f%%\n",
                            nets::toString(arch).c_str(),
                            nets::toString(stream).c_str(),
                            dense ? "dense" : "stride4",
                            frames / eager,
                            frames / frozen,
                            eager / frozen,
                            firstFrozen - frozen,
                            double(difference),
                            100.0 * sameLabel / frames);
                std::fflush(stdout);
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
    std::printf("load %s\n", benchutil::loadAverage().constData());
    return 0;
}
