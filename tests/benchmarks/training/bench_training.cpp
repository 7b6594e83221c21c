// SPDX-License-Identifier: GPL-3.0-or-later
// bench_training: what training costs here, as figures measured in one run.
//  1. One SGD step (forward, backward, update) of the full R(2+1)D-18 at 16x112x112: our C++
//     against torchvision's r2plus1d_18 in Python with the same batch, threads and optimizer
//     (ratio > 1: C++ faster); and our step with --tune top (last block and classifier).
//  2. The Trainer on the small configuration (both networks, RGB): steps/s and the fraction of
//     time the network waited for its data loader.
//  3. --tune top and --tune head against --tune all for the small configuration: a step that
//     trains only the last block and the classifier; the one-off cost of the backbone features
//     per frame, and a classifier step.
// Prints figures; never fails on time. Options: --iterations N (default 3), --batch N
// (default 2), --threads N (default: all cores), --no-python.
#include <torch/torch.h>

#include "training/ClipSampler.h"
#include "training/FramePredictor.h"
#include "training/FrameStore.h"
#include "training/Trainer.h"

#include "nets/NetworkFactory.h"
#include "nets/TorchRuntime.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <random>

using namespace ethoscribe;

namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

// topOnly: only the last block and the classifier are trained (--tune top): the rest is frozen,
// so the backward pass stops at the last block.
double cppStepsPerSecond(int batch, int iterations, bool topOnly = false)
{
    torch::manual_seed(1);
    auto net = nets::makeNetwork(
            nets::NetConfig::forStream(nets::Architecture::R2Plus1D, nets::Stream::Rgb, 8));
    net->train();
    std::vector<torch::Tensor> parameters;
    std::vector<std::string> trainable = net->classifierModules();
    for (const std::string &m : net->lastBlockModules())
        trainable.push_back(m);
    for (auto &p : net->named_parameters(true)) {
        bool train = !topOnly;
        for (const std::string &m : trainable)
            train = train || p.key().rfind(m, 0) == 0;
        p.value().set_requires_grad(train);
        if (train)
            parameters.push_back(p.value());
    }
    torch::optim::SGD sgd(parameters,
                          torch::optim::SGDOptions(1e-3).momentum(0.9).weight_decay(1e-4));
    const torch::Tensor x = torch::randn({batch, 3, 16, 112, 112});
    const torch::Tensor y = torch::randint(0, 8, {batch}, torch::kLong);
    auto step = [&] {
        sgd.zero_grad();
        torch::nn::functional::cross_entropy(net->forward(x), y).backward();
        sgd.step();
    };
    step(); // warm-up
    const double t = now();
    for (int i = 0; i < iterations; ++i)
        step();
    return iterations / (now() - t);
}

double pythonStepsPerSecond(int batch, int iterations, int threads)
{
    const QString script
            = QStringLiteral(
                      "import time,torch\n"
                      "from torchvision.models.video import r2plus1d_18\n"
                      "torch.set_num_threads(%1)\n"
                      "torch.manual_seed(1)\n"
                      "m=r2plus1d_18(num_classes=8).train()\n"
                      "o=torch.optim.SGD(m.parameters(),lr=1e-3,momentum=0.9,weight_decay=1e-4)\n"
                      "x=torch.randn(%2,3,16,112,112); y=torch.randint(0,8,(%2,))\n"
                      "def step():\n"
                      "  o.zero_grad(); torch.nn.functional.cross_entropy(m(x),y).backward(); "
                      "o.step()\n"
                      "step()\n"
                      "t=time.perf_counter()\n"
                      "for i in range(%3): step()\n"
                      "print('PY', %3/(time.perf_counter()-t), flush=True)\n")
                      .arg(threads)
                      .arg(batch)
                      .arg(iterations);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return 0;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("PY "))
            return line.mid(3).toDouble();
    return 0;
}

FrameStore randomStore(qint64 frames, int size)
{
    std::mt19937 rng(5);
    std::vector<uint8_t> data(size_t(frames) * size * size * 3);
    for (auto &v : data)
        v = uint8_t(rng());
    FrameStore s;
    s.assign(frames, size, 3, std::move(data));
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int iterations = 3, batch = 2, threads = QThread::idealThreadCount();
    bool python = true;
    bool smallOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--iterations") && i + 1 < args.size())
            iterations = args[++i].toInt();
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batch = args[++i].toInt();
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = args[++i].toInt();
        else if (args[i] == QLatin1String("--no-python"))
            python = false;
        else if (args[i] == QLatin1String("--no-mkldnn"))
            at::globalContext().setUserEnabledMkldnn(false);
        else if (args[i] == QLatin1String("--small-only"))
            smallOnly = true;
    }
    nets::TorchRuntime::setThreads(threads);
    std::printf("%s, OPENBLAS_NUM_THREADS=%s\n",
                nets::TorchRuntime::describe(torch::kCPU).c_str(),
                qgetenv("OPENBLAS_NUM_THREADS").constData());

    // 1. Full R(2+1)D-18 training step, C++ against Python.
    if (!smallOnly) {
        const double cpp = cppStepsPerSecond(batch, iterations);
        std::printf(
                "\nR(2+1)D-18 training step, batch %d, 16x112x112, %d threads:\n", batch, threads);
        std::printf("  C++ (ours)            %.3f steps/s  (%.2f s/step)\n", cpp, 1 / cpp);
        const double top = cppStepsPerSecond(batch, iterations, true);
        std::printf("  C++, --tune top       %.3f steps/s  (%.2f s/step, %.2fx a full step)\n",
                    top,
                    1 / top,
                    top / cpp);
        if (python) {
            const double py = pythonStepsPerSecond(batch, iterations, threads);
            if (py > 0)
                std::printf("  Python torchvision    %.3f steps/s  (%.2f s/step)\n  C++ / Python = "
                            "%.2f\n",
                            py,
                            1 / py,
                            cpp / py);
            else
                std::printf("  Python torchvision: not available (python3-torchvision missing?)\n");
        }
    }

    // 2. The Trainer on the small configuration.
    const int classes = 8;
    FrameStore store = randomStore(600, 64);
    std::vector<TrainingExample> examples;
    for (qint64 f = 0; f < store.frameCount(); ++f)
        examples.push_back({&store, f, int(f / 75) % classes});
    TrainingSet set;
    for (int c = 0; c < classes; ++c)
        set.classNames << QStringLiteral("c%1").arg(c);
    set.examples = examples;
    std::printf("\nSmall configuration (width 0.25, 56 px crops, batch 8), Trainer with 1 loader "
                "thread:\n");
    for (auto arch : {nets::Architecture::I3D, nets::Architecture::R2Plus1D}) {
        TrainingOptions o
                = TrainingOptions::forSize(ModelSize::Small, arch, nets::Stream::Rgb, classes);
        o.iterations = 40;
        o.checkpointEvery = 1000;
        QTemporaryDir dir;
        Trainer trainer(o, torch::kCPU);
        TrainingOutcome out;
        QString error;
        if (!trainer.train(set, dir.path(), &out, &error)) {
            std::printf("  %s: %s\n", nets::toString(arch).c_str(), qPrintable(error));
            continue;
        }
        std::printf("  %-9s %.1f steps/s (%.0f clips/s), waiting for data %.1f%% of the time\n",
                    nets::toString(arch).c_str(),
                    o.iterations / out.seconds,
                    o.iterations * o.batchSize / out.seconds,
                    100 * out.dataWaitFraction);

        // 3. Top: the last block and the classifier, the same clips through the whole network.
        {
            TrainingOptions top = o;
            top.tune = TuneMode::Top;
            QTemporaryDir topDir;
            Trainer topTrainer(top, torch::kCPU);
            TrainingOutcome topOut;
            if (topTrainer.train(set, topDir.path(), &topOut, &error))
                std::printf("            --tune top: %.1f steps/s (%.2fx a full step)\n",
                            top.iterations / topOut.seconds,
                            (top.iterations / topOut.seconds) / (o.iterations / out.seconds));
            else
                std::printf("            --tune top: %s\n", qPrintable(error));
        }

        // Head: features once per frame, then classifier steps.
        FramePredictor predictor(*out.network, torch::kCPU, o.resizeSize, o.cropSize, 16);
        torch::Tensor features;
        double t = now();
        predictor.features(store, {}, nullptr, &features, &error);
        const double perFrame = (now() - t) / double(store.frameCount());
        TrainingOptions head = o;
        head.tune = TuneMode::Head;
        head.iterations = 200;
        TrainingSet headSet = set;
        headSet.features = {features};
        for (qint64 f = 0; f < store.frameCount(); ++f)
            headSet.featureRows.emplace_back(0, f);
        QTemporaryDir headDir;
        Trainer headTrainer(head, torch::kCPU);
        TrainingOutcome headOut;
        headTrainer.train(headSet, headDir.path(), &headOut, &error);
        std::printf("            --tune head: features %.1f ms per frame (once per video), then "
                    "%.0f classifier steps/s (%.0fx a full step)\n",
                    1000 * perFrame,
                    head.iterations / headOut.seconds,
                    (head.iterations / headOut.seconds) / (o.iterations / out.seconds));
    }
    return 0;
}
