// SPDX-License-Identifier: GPL-3.0-or-later
// bench_fusion: FusionModel on 10.5 hours of 30 fps video (1,134,000 frames) x 8 classes x the
// four streams (I3D and R(2+1)D, RGB and flow), 1% of the frames missing in one stream: a full
// recompute after a slider move (the target is under 50 ms), smoothing, an incremental update as
// rows arrive; and reading the probabilities back from a project in blocks (a window vs the whole
// track). Baselines measured in the same run: a plain pass that sums the four inputs (the least
// memory traffic any fusion needs) and a memcpy of one stream.
//
//   bench_fusion [--frames N] [--repeats N] [--dir FOLDER]
//
// Prints figures, never fails on time. Run on an otherwise idle machine; the load average is
// printed before and after.
#include "BenchUtil.h"
#include "fusion/FusionModel.h"
#include "labels/PredictionTrack.h"
#include "project/ProjectDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace ethoscribe;
using benchutil::loadAverage;

namespace {

struct Timing
{
    double median = 0;
    double best = 0;
};

// Runs work `repeats` times (after one warm-up run) and returns the median and best time in ms.
Timing measure(int repeats, const std::function<void(int)> &work)
{
    work(-1);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        work(i);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return Timing{ms[ms.size() / 2], ms.front()};
}

PredictionTrack makeStream(qint64 frames, const QStringList &names, quint32 seed, bool gaps)
{
    const int classes = int(names.size());
    PredictionTrack track(frames, names);
    QRandomGenerator rng(seed);
    std::vector<float> rows(size_t(frames) * size_t(classes));
    for (qint64 f = 0; f < frames; ++f) {
        float *r = rows.data() + size_t(f) * size_t(classes);
        // Bouts of a dominant class (2 s), as a network's output looks; the four streams agree
        // except for a few frames around each change (each is 7 frames late on the one before).
        const int dominant = int(((f + 7 * qint64(seed)) / 60) % classes);
        float sum = 0;
        for (int c = 0; c < classes; ++c) {
            r[c] = float(rng.generateDouble()) + (c == dominant ? 2.0f : 0.0f);
            sum += r[c];
        }
        for (int c = 0; c < classes; ++c)
            r[c] /= sum;
    }
    track.setRows(0, frames, rows.data());
    if (gaps) {
        for (qint64 f = 5000; f < frames; f += 100000) // 1%: 1000-frame holes
            track.clearRows(f, std::min<qint64>(1000, frames - f));
    }
    return track;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("frames"),
                      QStringLiteral("Frames of the video."),
                      QStringLiteral("n"),
                      QStringLiteral("1134000")});
    parser.addOption({QStringLiteral("repeats"),
                      QStringLiteral("Timed runs per figure (the median is printed)."),
                      QStringLiteral("n"),
                      QStringLiteral("21")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Folder for the project of the storage figures."),
                      QStringLiteral("folder"),
                      QDir::tempPath()});
    parser.process(app);
    const qint64 frames = parser.value(QStringLiteral("frames")).toLongLong();
    const int repeats = std::max(3, parser.value(QStringLiteral("repeats")).toInt());
    const QStringList names
            = {"drink", "eat", "groom", "hang", "micromove", "rest", "walk", "rear"};
    const int classes = int(names.size());

    std::printf("bench_fusion: %lld frames x %d classes x 4 streams, %d threads in the pool, "
                "load average before: %s\n",
                frames,
                classes,
                QThreadPool::globalInstance()->maxThreadCount(),
                loadAverage().constData());

    const PredictionTrack streams[4] = {makeStream(frames, names, 1, false),
                                        makeStream(frames, names, 2, true),
                                        makeStream(frames, names, 3, false),
                                        makeStream(frames, names, 4, false)};
    const double inputMb = 4.0 * double(frames) * classes * sizeof(float) / 1e6;

    // Baselines: the inputs read once (sum), one stream copied.
    volatile float sink = 0;
    const Timing sum = measure(repeats, [&](int) {
        float s = 0;
        const float *p[4] = {streams[0].values().data(),
                             streams[1].values().data(),
                             streams[2].values().data(),
                             streams[3].values().data()};
        const size_t n = streams[0].values().size();
        for (size_t i = 0; i < n; ++i)
            s += p[0][i] + p[1][i] + p[2][i] + p[3][i];
        sink = s;
    });
    std::vector<float> copy(streams[0].values().size());
    const Timing memcpyOne = measure(repeats, [&](int i) {
        std::memcpy(copy.data(), streams[0].values().data(), copy.size() * sizeof(float));
        copy[size_t(std::max(0, i))] += 1.0f;
    });
    std::printf("baseline: sum of the 4 inputs (%.0f MB, 1 thread) %.1f ms (%.1f GB/s); memcpy of "
                "one stream %.1f ms\n",
                inputMb,
                sum.median,
                inputMb / sum.median,
                memcpyOne.median);

    const auto connect = [&](FusionModel &model) {
        for (int i = 0; i < 4; ++i)
            model.setInput(FusionModel::Network(i / 2), FusionModel::Stream(i % 2), &streams[i]);
    };
    for (int threads : {1, 0}) {
        FusionModel model;
        model.setMaxThreads(threads);
        connect(model);
        const char *label = threads == 1 ? "1 thread" : "thread pool";
        FusionParameters p;
        // A slider move: new weights, so every frame is fused again.
        const Timing slider = measure(repeats, [&](int i) {
            p.rgbWeight = 0.3 + 0.01 * (i + 1);
            model.recompute(p);
        });
        std::printf("recompute after a weight slider move, %s: median %.1f ms, best %.1f ms = "
                    "%.2fx the sum pass, %.1f ns per frame\n",
                    label,
                    slider.median,
                    slider.best,
                    slider.median / sum.median,
                    slider.median * 1e6 / double(frames));
        p.medianWidth = 5;
        p.minBoutFrames = 15;
        const Timing smoothSlider = measure(repeats, [&](int i) {
            p.rgbWeight = 0.3 + 0.01 * (i + 1);
            model.recompute(p);
        });
        const Timing smoothOnly = measure(repeats, [&](int i) {
            p.minBoutFrames = 10 + (i + 1) % 10;
            model.recompute(p);
        });
        std::printf("  with smoothing (majority 5, min bout 10-19): weight move %.1f ms, smoothing "
                    "move only %.1f ms\n",
                    smoothSlider.median,
                    smoothOnly.median);
        // Rows arriving: 256 frames of one stream.
        QRandomGenerator rng(5);
        p.medianWidth = 1;
        p.minBoutFrames = 1;
        model.recompute(p);
        const Timing update = measure(
                repeats * 10, [&](int) { model.updateRange(rng.bounded(int(frames - 256)), 256); });
        p.medianWidth = 5;
        p.minBoutFrames = 15;
        model.recompute(p);
        const Timing updateSmooth = measure(
                repeats * 10, [&](int) { model.updateRange(rng.bounded(int(frames - 256)), 256); });
        std::printf("  updateRange of 256 frames: %.3f ms, with smoothing %.3f ms\n",
                    update.median,
                    updateSmooth.median);
    }

    // Storage: one stream in a project, read back whole and as a 5-minute window.
    QTemporaryDir dir(QDir(parser.value(QStringLiteral("dir")))
                              .filePath(QStringLiteral("bench_fusion-XXXXXX")));
    ProjectDatabase db;
    if (dir.isValid() && db.create(dir.filePath(QStringLiteral("bench.ethoproj")))) {
        VideoRecord v;
        v.path = QStringLiteral("v.mp4");
        v.frameCount = frames;
        const VideoId video = db.addVideo(v).value_or(0);
        const TrackId track
                = db.addTrack(TrackRecord{0, video, TrackKind::Prediction, {}, {}, {}}).value_or(0);
        QElapsedTimer timer;
        timer.start();
        const bool written = db.writePredictions(track, streams[1]);
        const double writeMs = double(timer.nsecsElapsed()) / 1e6;
        const Timing whole = measure(3, [&](int) { (void)db.predictions(track); });
        const qint64 window = std::min<qint64>(frames, 9000);
        std::vector<float> rows(size_t(window) * size_t(classes));
        int chunks = 0;
        QRandomGenerator rng(6);
        const Timing part = measure(repeats, [&](int) {
            db.readPredictionRows(track,
                                  rng.bounded(int(frames - window + 1)),
                                  window,
                                  rows.data(),
                                  nullptr,
                                  &chunks);
        });
        const std::vector<float> batch(256 * size_t(classes), 0.125f);
        const Timing append = measure(repeats, [&](int) {
            db.writePredictionRows(
                    track, rng.bounded(int(frames - 256)), 256, classes, batch.data());
        });
        std::printf("storage (%s): whole track written in %.0f ms%s, read %.0f ms; a 5-minute "
                    "window (%lld frames, %d blocks) read in %.2f ms = %.4f of the whole; 256 "
                    "rows committed in %.2f ms\n",
                    qPrintable(QDir::toNativeSeparators(dir.path())),
                    writeMs,
                    written ? "" : " (FAILED)",
                    whole.median,
                    window,
                    chunks,
                    part.median,
                    part.median / whole.median,
                    append.median);
    } else {
        std::printf("storage: could not create a project in %s\n",
                    qPrintable(parser.value(QStringLiteral("dir"))));
    }
    std::printf("load average after: %s\n", loadAverage().constData());
    return 0;
}
