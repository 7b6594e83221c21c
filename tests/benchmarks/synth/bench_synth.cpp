// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic-video generation speed: rendering alone (one thread), rendering + H.264 encoding of
// one video (one thread), and a whole data set with one and with all cores. Prints frames/s and
// ratios against the rendering baseline; never fails on time.
//   bench_synth [--videos N] [--seconds S]   (default 4 videos x 20 s)
#include "synth/SyntheticCage.h"
#include "synth/SyntheticDataset.h"
#include "video/VideoWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace ethoscribe;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int videos = 4;
    double seconds = 20.0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--videos"))
            videos = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(i + 1).toDouble();
    }
    SyntheticCageOptions o;
    o.seconds = seconds;
    QElapsedTimer t;
    t.start();
    const SyntheticCage cage(o);
    const double setupMs = t.nsecsElapsed() / 1e6;
    t.restart();
    qint64 checksum = 0;
    for (qint64 f = 0; f < cage.frameCount(); ++f)
        checksum += cage.renderFrame(f).constBits()[f % 1000];
    const double renderFps = cage.frameCount() / (t.nsecsElapsed() / 1e9);

    QTemporaryDir tmp;
    t.restart();
    VideoWriter writer;
    QString error;
    VideoWriterSettings settings;
    if (!writer.open(tmp.filePath("one.mp4"), settings, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (qint64 f = 0; f < cage.frameCount(); ++f)
        writer.write(cage.renderFrame(f), &error);
    writer.close(&error);
    const double encodeFps = cage.frameCount() / (t.nsecsElapsed() / 1e9);

    auto dataset = [&](int threads) {
        SyntheticDatasetOptions d;
        d.videos = videos;
        d.seconds = seconds;
        d.threads = threads;
        QElapsedTimer timer;
        timer.start();
        if (!SyntheticDataset::generate(
                    tmp.filePath(QString("set%1").arg(threads)), d, {}, nullptr, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return d.videos * qint64(d.seconds * d.fps + 0.5) / (timer.nsecsElapsed() / 1e9);
    };
    const double set1 = dataset(1);
    const int cores = std::max(1, QThread::idealThreadCount());
    const double setN = dataset(cores);

    std::printf("synthetic cage 320x240, %lld frames per video (checksum %lld)\n",
                static_cast<long long>(cage.frameCount()),
                static_cast<long long>(checksum));
    std::printf("  setup (layout, script, static scene): %8.1f ms\n", setupMs);
    std::printf("  render only, 1 thread:                %8.0f frames/s  (1.00)\n", renderFps);
    std::printf("  render + H.264 encode, 1 thread:      %8.0f frames/s  (%.2f)\n",
                encodeFps,
                encodeFps / renderFps);
    std::printf("  data set %d x %.0f s, 1 thread:        %8.0f frames/s  (%.2f)\n",
                videos,
                seconds,
                set1,
                set1 / renderFps);
    std::printf("  data set %d x %.0f s, %d threads:       %8.0f frames/s  (%.2f)\n",
                videos,
                seconds,
                cores,
                setN,
                setN / renderFps);
    std::printf("  => 12 x 60 s (21600 frames) would take about %.0f s with %d threads\n",
                21600.0 / setN,
                cores);
    return 0;
}
